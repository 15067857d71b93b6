package install

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// The install offer draws what the browser allows, and nothing else.
func TestInstallOfferStates(t *testing.T) {
	for _, c := range []struct {
		name                      string
		offered, iOS, asked, open bool
		button                    string // the id of the one button, "" for none
	}{
		{name: "nothing offered", button: ""},
		{name: "Chromium offers a prompt", offered: true, button: "install-button"},
		{name: "its prompt was used", offered: true, asked: true, button: ""},
		{name: "iPhone", iOS: true, button: "install-how"},
		{name: "iPhone, steps open", iOS: true, open: true, button: "install-how"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := uitest.Render(t, &installControl{offered: c.offered, iOS: c.iOS, asked: c.asked, sheetOpen: c.open})
			box := doc.MustID(t, "install")
			var buttons []string
			for _, b := range box.Tagged("button") {
				if b.Attrs["id"] != "install-sheet-close" {
					buttons = append(buttons, b.Attrs["id"])
				}
			}
			if strings.Join(buttons, ",") != c.button {
				t.Fatalf("buttons %v, want %q", buttons, c.button)
			}
			if c.button == "" {
				if box.Text() != "" || box.Tag == "aside" {
					t.Errorf("with nothing to offer the box is an %s saying %q", box.Tag, box.Text())
				}
				return
			}
			if box.Tag != "aside" || box.Attrs["aria-label"] != "Install Nightcramp" {
				t.Errorf("the offer is %s %v, want a labelled aside", box.Tag, box.Attrs)
			}
			if !strings.Contains(box.Text(), "home screen") {
				t.Errorf("the offer says %q", box.Text())
			}
			if c.iOS {
				how := box.MustID(t, "install-how")
				if serverBool(t, how, "aria-expanded") != c.open || how.Attrs["aria-controls"] != "install-sheet" {
					t.Errorf("How to add it: %v with the steps open %v", how.Attrs, c.open)
				}
				if (box.ByID("install-sheet") != nil) != c.open {
					t.Errorf("steps shown %v, want %v", box.ByID("install-sheet") != nil, c.open)
				}
			}
		})
	}
}

func TestIPhoneStepsShowTheIconsToLookFor(t *testing.T) {
	doc := uitest.Render(t, installSheet(func(app.Context, app.Event) {}))
	sheet := doc.MustID(t, "install-sheet")
	title := sheet.MustID(t, "install-sheet-title")
	if sheet.Attrs["aria-labelledby"] != "install-sheet-title" || !strings.Contains(title.Text(), "Home Screen") {
		t.Errorf("the sheet is labelled by %q, titled %q", sheet.Attrs["aria-labelledby"], title.Text())
	}
	steps := sheet.Tagged("li")
	if len(steps) != 3 {
		t.Fatalf("%d steps, want Share, Add to Home Screen, Add", len(steps))
	}
	for i, want := range []struct {
		words string
		icon  []string
	}{{"Share", shareIcon}, {"Add to Home Screen", addIcon}, {"Tap Add", nil}} {
		if !strings.Contains(steps[i].Text(), want.words) {
			t.Errorf("step %d says %q, want %q", i+1, steps[i].Text(), want.words)
		}
		svgs := steps[i].Tagged("svg")
		if want.icon == nil {
			if len(svgs) != 0 {
				t.Errorf("step %d draws an icon it has not", i+1)
			}
			continue
		}
		if len(svgs) != 1 || !svgs[0].Has("aria-hidden") {
			t.Fatalf("step %d: %d icons, or one screen readers read", i+1, len(svgs))
		}
		var drawn []string
		for _, p := range svgs[0].Tagged("path") {
			drawn = append(drawn, p.Attrs["d"])
		}
		if strings.Join(drawn, "|") != strings.Join(want.icon, "|") {
			t.Errorf("step %d draws %v, want %v", i+1, drawn, want.icon)
		}
	}
	if close := sheet.MustID(t, "install-sheet-close"); close.Tag != "button" || close.Text() != "Close" {
		t.Errorf("close control is %s %q", close.Tag, close.Text())
	}
}

func TestInstallControlHandlers(t *testing.T) {
	ctx := uitest.Context(t)
	c := &installControl{offered: true, iOS: true}
	c.OnMount(ctx)
	// Outside a browser nothing is installable and no iPhone is seen.
	if c.offered || c.iOS {
		t.Errorf("after mounting natively: offered %v, iOS %v", c.offered, c.iOS)
	}
	if c.stop == nil {
		t.Error("the display mode is not followed")
	}
	c.OnDismount()

	c.offered = true
	c.install(ctx, app.Event{})
	if !c.asked {
		t.Fatal("the Install button stays after its prompt was shown")
	}
	if uitest.Render(t, c).ByID("install-button") != nil {
		t.Error("a used prompt is offered again")
	}
	c.OnAppInstallChange(ctx)
	if c.asked {
		t.Error("a new offer from the browser keeps the button hidden")
	}

	c.iOS = true
	for i, want := range []bool{true, false, true} {
		c.toggleSheet(ctx, app.Event{})
		if c.sheetOpen != want {
			t.Errorf("after %d taps the steps are open %v", i+1, c.sheetOpen)
		}
		if got := uitest.Render(t, c).ByID("install-sheet") != nil; got != want {
			t.Errorf("after %d taps the sheet is drawn %v", i+1, got)
		}
	}
	(&installControl{}).OnDismount() // never mounted: nothing to stop
	if isInstalled() || isIOSBrowser() {
		t.Error("outside a browser the page counts as installed or on an iPhone")
	}
	if _, ok := Offer().(*installControl); !ok {
		t.Errorf("Offer is %T", Offer())
	}
}

// serverBool reads a boolean attribute as go-app's server writes it: a
// "true" value as the bare name (which uitest reads as "true"), "false" as
// the word.
func serverBool(t *testing.T, n *uitest.Node, attr string) bool {
	t.Helper()
	v, ok := n.Attrs[attr]
	if !ok || (v != "true" && v != "false") {
		t.Fatalf("attribute %s is missing or not a boolean: %q", attr, v)
	}
	return v == "true"
}
