package shell

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// navTargets are the navigation's links, read from a rendered top bar.
func navTargets(t *testing.T, doc *node) []*node {
	t.Helper()
	navs := doc.tags("nav")
	if len(navs) != 1 || navs[0].attrs["aria-label"] != "Main" {
		t.Fatalf("want one nav labelled Main, got %d", len(navs))
	}
	return navs[0].tags("a")
}

func TestTopBarMarksOnlyTheCurrentScreen(t *testing.T) {
	s := testSite(t)
	links := navTargets(t, render(t, &topBar{site: s}))
	if len(links) < 4 {
		t.Fatalf("only %d navigation links", len(links))
	}
	currents := []string{"", "/entry/calf", "/nowhere"}
	for _, l := range links {
		currents = append(currents, l.attrs["href"])
	}
	for _, current := range currents {
		marked := 0
		for _, l := range navTargets(t, render(t, &topBar{Current: current, site: s})) {
			switch got := l.attrs["aria-current"]; {
			case l.attrs["href"] == current && got == "page":
				marked++
			case got != "":
				t.Errorf("on %q the link to %s is marked %q", current, l.attrs["href"], got)
			}
		}
		isNav := false
		for _, l := range links {
			isNav = isNav || l.attrs["href"] == current
		}
		if want := map[bool]int{true: 1, false: 0}[isNav]; marked != want {
			t.Errorf("on %q %d links are marked current, want %d", current, marked, want)
		}
	}
}

func TestTopBarOffersHelpAndTheGuideOnEveryScreen(t *testing.T) {
	doc := render(t, &topBar{Current: site.DiaryPath, site: testSite(t)})
	header := doc.tags("header")
	if len(header) != 1 || !header[0].hasClass("topbar") {
		t.Fatal("no header.topbar")
	}
	brand := header[0].all(func(n *node) bool { return n.hasClass("brand") })
	if len(brand) != 1 || brand[0].attrs["href"] != site.HomePath {
		t.Error("the name does not lead home")
	}
	guide := doc.mustID(t, "cramp-now")
	if guide.tag != "a" || guide.attrs["href"] != site.CrampNowPath || guide.Text() != "Cramp now" {
		t.Errorf("the Cramp now control is %s %v %q; want a plain link to the guide", guide.tag, guide.attrs, guide.Text())
	}
	help := doc.all(func(n *node) bool { return n.hasClass("nav-help") })
	if len(help) != 1 || help[0].attrs["href"] != site.RedFlagsPath {
		t.Error("the navigation does not lead to when to get help")
	}
	for _, path := range []string{site.DiaryPath, "/sources", "/about"} {
		if len(doc.all(func(n *node) bool { return n.tag == "a" && n.attrs["href"] == path })) != 1 {
			t.Errorf("no single navigation link to %s", path)
		}
	}
	if doc.byID("theme-switch") == nil {
		t.Error("the theme switch is missing from the header")
	}
}

func TestCrampNowButtonTellsTheGuideItCameFromTheApp(t *testing.T) {
	ctx := testContext(t)
	flags := &site.Flags{}
	b := &crampNowButton{flags: flags}
	b.opening(ctx, app.Event{})
	if !flags.GuideFromApp {
		t.Error("opening the guide left no mark for its exit")
	}
	(&crampNowButton{}).opening(ctx, app.Event{}) // a page without flags must not crash
}

func TestThemeSwitchCyclesThroughEveryTheme(t *testing.T) {
	ctx := testContext(t)
	s := &themeSwitch{theme: len(themes) - 1}
	s.OnMount(ctx)
	if s.theme != 0 || themes[0].value != "dark" {
		t.Fatalf("with no theme applied the switch shows %q; dark is the default", themes[s.theme].value)
	}
	seen := map[string]bool{}
	for i := 0; i <= len(themes); i++ {
		want := themes[i%len(themes)].label
		btn := render(t, s).mustID(t, "theme-switch")
		if btn.tag != "button" || btn.attrs["type"] != "button" {
			t.Errorf("theme switch is %s type %q", btn.tag, btn.attrs["type"])
		}
		if got := btn.attrs["title"]; got != "Theme: "+want {
			t.Errorf("after %d taps the switch's title is %q, want %q", i, got, "Theme: "+want)
		}
		if label := btn.attrs["aria-label"]; !strings.HasPrefix(label, "Theme: "+want+".") || !strings.Contains(label, "Change theme") {
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
	s := testSite(t)
	for _, current := range []string{site.HomePath, site.DiaryPath, site.RedFlagsPath, "", "/entry/calf-muscle"} {
		back := render(t, &topBar{Current: current, site: s}).byID("back-link")
		if (back != nil) != (current != site.HomePath) {
			t.Errorf("on %q the way back is shown %t", current, back != nil)
			continue
		}
		if back != nil && (back.tag != "a" || back.attrs["href"] != site.HomePath || back.attrs["aria-label"] != "Back" || !back.hasClass("back-link")) {
			t.Errorf("on %q the way back is %s %v", current, back.tag, back.attrs)
		}
	}
}
