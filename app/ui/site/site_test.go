package site_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

func TestBusyMarksAndClearsEachThing(t *testing.T) {
	ctx := uitest.Context(t)
	if site.IsBusy(ctx) || len(site.BusyWith(ctx)) != 0 {
		t.Fatalf("a new page is busy with %v", site.BusyWith(ctx))
	}
	steps := []struct {
		what string
		busy bool
		want map[string]bool
	}{
		{"timer", true, map[string]bool{"timer": true}},
		{"diary", true, map[string]bool{"timer": true, "diary": true}},
		{"timer", true, map[string]bool{"timer": true, "diary": true}},
		{"timer", false, map[string]bool{"diary": true}},
		{"import", false, map[string]bool{"diary": true}}, // clearing what was never set
		{"diary", false, map[string]bool{}},
	}
	for i, s := range steps {
		site.SetBusy(ctx, s.what, s.busy)
		got := site.BusyWith(ctx)
		if len(got) != len(s.want) || (len(got) > 0 && !reflect.DeepEqual(got, s.want)) {
			t.Errorf("step %d (%s %v): busy with %v, want %v", i, s.what, s.busy, got, s.want)
		}
		if site.IsBusy(ctx) != (len(s.want) > 0) {
			t.Errorf("step %d: IsBusy %v with %v", i, site.IsBusy(ctx), got)
		}
	}
}

// A caller that keeps the map BusyWith returned must not see later marks:
// SetBusy stores a new map each time.
func TestBusyNeverChangesAMapAlreadyHandedOut(t *testing.T) {
	ctx := uitest.Context(t)
	site.SetBusy(ctx, "timer", true)
	before := site.BusyWith(ctx)
	site.SetBusy(ctx, "diary", true)
	site.SetBusy(ctx, "timer", false)
	if len(before) != 1 || !before["timer"] {
		t.Errorf("a map handed out earlier changed to %v", before)
	}
}

func TestNewSiteHasEverythingAPageReads(t *testing.T) {
	k := uitest.KB(t)
	loadErr := errors.New("data/remedies.json: entry 3: field \"grade\" is missing")
	for name, s := range map[string]*site.Site{
		"browser":       site.New(k, nil),
		"failed":        site.New(nil, loadErr),
		"native (test)": memSite(t, nil, nil),
	} {
		if s.Diary == nil || s.Flags == nil || s.Background == nil {
			t.Errorf("%s: missing parts %+v", name, s)
		}
		if s.Flags.GuideFromApp {
			t.Errorf("%s: a new page thinks the guide was opened from the app", name)
		}
	}
	failed := site.New(nil, loadErr)
	if failed.KB != nil || failed.LoadErr != loadErr {
		t.Errorf("the load error is not kept: %+v", failed)
	}
	if s := site.New(k, nil); s.KB != k || s.LoadErr != nil {
		t.Errorf("the knowledge base is not kept: %+v", s)
	}
}

func TestPathsListsEachRouteInOrder(t *testing.T) {
	routes := []site.Route{{Path: site.HomePath}, {Path: site.DiaryPath}, {Path: site.EntryPath("calf")}}
	if got := site.Paths(routes); !reflect.DeepEqual(got, []string{"/", "/diary", "/entry/calf"}) {
		t.Errorf("Paths = %v", got)
	}
	if got := site.Paths(nil); len(got) != 0 {
		t.Errorf("Paths(nil) = %v", got)
	}
}

func TestEntryPathsAreUnderTheEntryPrefix(t *testing.T) {
	k := uitest.KB(t)
	for _, e := range k.Entries("remedy") {
		p := site.EntryPath(e.ID)
		if !strings.HasPrefix(p, site.EntryPrefix) || strings.TrimPrefix(p, site.EntryPrefix) != e.ID {
			t.Errorf("entry %s has path %q", e.ID, p)
		}
	}
	for _, p := range []string{site.HomePath, site.CrampNowPath, site.RedFlagsPath, site.DiaryPath, site.DiaryNewPath, site.ProfilePath, site.NotFoundPath} {
		if !strings.HasPrefix(p, "/") || (p != "/" && strings.HasSuffix(p, "/")) {
			t.Errorf("address %q must start with a slash and not end with one", p)
		}
	}
	if !strings.HasSuffix(site.EntryPrefix, "/") {
		t.Errorf("EntryPrefix %q must end with a slash", site.EntryPrefix)
	}
}

func TestSVGPartsAreDrawnInTheSVGNamespace(t *testing.T) {
	// go-app creates elements in HTML's namespace unless told: a path made
	// there is never drawn.
	for name, ui := range map[string]app.UI{
		"path":    site.SVGPath("leg", "M0 0 h10"),
		"caption": site.SVGText(62, 14, "Front & back"),
	} {
		el, ok := ui.(app.HTML)
		if !ok || el.XMLNamespace() != site.SVGNS {
			t.Errorf("%s is not in the SVG namespace", name)
		}
	}
	if err := app.Match(app.Elem("path").Class("leg").Attr("d", "M0 0 h10"), site.SVGPath("leg", "M0 0 h10")); err != nil {
		t.Errorf("path: %v", err)
	}
	want := app.Elem("text").Attr("x", 62).Attr("y", 14).Attr("text-anchor", "middle").Class("map-caption")
	if err := app.Match(want, site.SVGText(62, 14, "Front & back")); err != nil {
		t.Errorf("caption: %v", err)
	}
	if err := app.Match(app.Text("Front & back"), site.SVGText(62, 14, "Front & back"), 0); err != nil {
		t.Errorf("caption text: %v", err)
	}
	if got := app.HTMLString(site.SVGText(1, 2, "<b>")); !strings.Contains(got, ">&lt;b&gt;</text>") {
		t.Errorf("markup in a caption is not kept as text: %s", got)
	}
}
