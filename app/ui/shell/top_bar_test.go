package shell

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// navTargets are the navigation's links, read from a rendered top bar.
func navTargets(t *testing.T, doc *uitest.Node) []*uitest.Node {
	t.Helper()
	navs := doc.Tagged("nav")
	if len(navs) != 1 || navs[0].Attrs["aria-label"] != "Main" {
		t.Fatalf("want one nav labelled Main, got %d", len(navs))
	}
	return navs[0].Tagged("a")
}

func TestTopBarMarksOnlyTheCurrentScreen(t *testing.T) {
	s := uitest.Site(t, diary.NewMemStorage())
	links := navTargets(t, uitest.Render(t, &topBar{site: s}))
	if len(links) < 4 {
		t.Fatalf("only %d navigation links", len(links))
	}
	currents := []string{"", "/entry/calf", "/nowhere"}
	for _, l := range links {
		currents = append(currents, l.Attrs["href"])
	}
	for _, current := range currents {
		marked := 0
		for _, l := range navTargets(t, uitest.Render(t, &topBar{Current: current, site: s})) {
			switch got := l.Attrs["aria-current"]; {
			case l.Attrs["href"] == current && got == "page":
				marked++
			case got != "":
				t.Errorf("on %q the link to %s is marked %q", current, l.Attrs["href"], got)
			}
		}
		isNav := false
		for _, l := range links {
			isNav = isNav || l.Attrs["href"] == current
		}
		if want := map[bool]int{true: 1, false: 0}[isNav]; marked != want {
			t.Errorf("on %q %d links are marked current, want %d", current, marked, want)
		}
	}
}

func TestTopBarOffersHelpAndTheGuideOnEveryScreen(t *testing.T) {
	doc := uitest.Render(t, &topBar{Current: site.DiaryPath, site: uitest.Site(t, diary.NewMemStorage())})
	header := doc.Tagged("header")
	if len(header) != 1 || !header[0].HasClass("topbar") {
		t.Fatal("no header.topbar")
	}
	brand := header[0].Find(func(n *uitest.Node) bool { return n.HasClass("brand") })
	if len(brand) != 1 || brand[0].Attrs["href"] != site.HomePath {
		t.Error("the name does not lead home")
	}
	guide := doc.MustID(t, "cramp-now")
	if guide.Tag != "a" || guide.Attrs["href"] != site.CrampNowPath || guide.Text() != "Cramp now" {
		t.Errorf("the Cramp now control is %s %v %q; want a plain link to the guide", guide.Tag, guide.Attrs, guide.Text())
	}
	help := doc.Find(func(n *uitest.Node) bool { return n.HasClass("nav-help") })
	if len(help) != 1 || help[0].Attrs["href"] != site.RedFlagsPath {
		t.Error("the navigation does not lead to when to get help")
	}
	for _, path := range []string{site.DiaryPath, "/sources", "/about"} {
		if len(doc.Find(func(n *uitest.Node) bool { return n.Tag == "a" && n.Attrs["href"] == path })) != 1 {
			t.Errorf("no single navigation link to %s", path)
		}
	}
	if doc.ByID("theme-switch") == nil {
		t.Error("the theme switch is missing from the header")
	}
}

func TestCrampNowButtonTellsTheGuideItCameFromTheApp(t *testing.T) {
	ctx := uitest.Context(t)
	flags := &site.Flags{}
	b := &crampNowButton{flags: flags}
	b.opening(ctx, app.Event{})
	if !flags.GuideFromApp {
		t.Error("opening the guide left no mark for its exit")
	}
	(&crampNowButton{}).opening(ctx, app.Event{}) // a page without flags must not crash
}

func TestThemeSwitchCyclesThroughEveryTheme(t *testing.T) {
	ctx := uitest.Context(t)
	s := &themeSwitch{theme: len(themes) - 1}
	s.OnMount(ctx)
	if s.theme != 0 || themes[0].value != "dark" {
		t.Fatalf("with no theme applied the switch shows %q; dark is the default", themes[s.theme].value)
	}
	seen := map[string]bool{}
	for i := 0; i <= len(themes); i++ {
		want := themes[i%len(themes)].label
		btn := uitest.Render(t, s).MustID(t, "theme-switch")
		if btn.Tag != "button" || btn.Attrs["type"] != "button" {
			t.Errorf("theme switch is %s type %q", btn.Tag, btn.Attrs["type"])
		}
		if got := btn.Attrs["title"]; got != "Theme: "+want {
			t.Errorf("after %d taps the switch's title is %q, want %q", i, got, "Theme: "+want)
		}
		if label := btn.Attrs["aria-label"]; !strings.HasPrefix(label, "Theme: "+want+".") || !strings.Contains(label, "Change theme") {
			t.Errorf("after %d taps aria-label is %q", i, label)
		}
		seen[want] = true
		s.next(ctx, app.Event{})
	}
	if len(seen) != len(themes) {
		t.Errorf("the switch showed %d of %d themes", len(seen), len(themes))
	}
}

// Every screen but home carries the way back the installed app needs (the
// stylesheet shows it only there); without history to go back to, it is a
// plain link home.
func TestTopBarOffersAWayBackAwayFromHome(t *testing.T) {
	s := uitest.Site(t, diary.NewMemStorage())
	for _, current := range []string{site.HomePath, site.DiaryPath, site.RedFlagsPath, "", "/entry/calf-muscle"} {
		back := uitest.Render(t, &topBar{Current: current, site: s}).ByID("back-link")
		if (back != nil) != (current != site.HomePath) {
			t.Errorf("on %q the way back is shown %t", current, back != nil)
			continue
		}
		if back != nil && (back.Tag != "a" || back.Attrs["href"] != site.HomePath || back.Attrs["aria-label"] != "Back" || !back.HasClass("back-link")) {
			t.Errorf("on %q the way back is %s %v", current, back.Tag, back.Attrs)
		}
	}
}
