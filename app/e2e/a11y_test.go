package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// axeSource is axe-core, installed by .ci/deps from .ci/package-lock.json.
var axeSource = sync.OnceValues(func() (string, error) {
	b, err := os.ReadFile(filepath.Join(builds.root, ".ci", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		return "", fmt.Errorf("axe-core is missing (run `make deps`): %w", err)
	}
	return string(b), nil
})

// axeTags are the rule sets checked: WCAG 2.0 to 2.2, A and AA, and axe's
// best practices.
const axeRunJS = `axe.run(document, {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
}).then((r) => ({
  passes: r.passes.length,
  violations: r.violations.map((v) => v.id + ": " + v.help + " [" + v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ") + "]"),
}))`

// checkAccessibility runs axe-core on the current page and fails the test on
// any violation.
func (b *browser) checkAccessibility(where string) {
	b.t.Helper()
	src, err := axeSource()
	if err != nil {
		b.t.Fatal(err)
	}
	var loaded bool
	b.eval(`typeof axe !== "undefined"`, &loaded)
	if !loaded {
		b.eval(src+";true", nil)
	}
	var result struct {
		Passes     int
		Violations []string
	}
	b.eval(axeRunJS, &result)
	if result.Passes < 10 {
		b.t.Errorf("%s: axe-core checked only %d rules: it did not really run", where, result.Passes)
	}
	for _, v := range result.Violations {
		b.t.Errorf("%s: %s", where, v)
	}
}

// a11yRoutes are every kind of page, each with its content.
func a11yRoutes() []string {
	k := knowledge()
	cause := firstWithRelations(k, "cause")
	return []string{"/", "/?q=calf&type=remedy", "/?q=zzzz", "/entry/" + cause.ID,
		"/entry/" + k.Related(cause.ID)[0].Entry.ID, "/entry/no-such-entry", "/red-flags", "/sources", "/about",
		"/diary", "/diary/new", "/diary/edit?id=no-such-entry", "/diary/summary", "/diary/data", "/profile",
		"/cramp-now", "/cramp-now?step=1", "/cramp-now?step=end", "/bedtime", "/bedtime?step=1", "/bedtime?step=end"}
}

func TestAccessibilityOfEveryRouteInBothThemesAndWidths(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	for _, theme := range []string{"dark", "light"} {
		for _, width := range []int64{360, 1280} {
			t.Run(fmt.Sprintf("%s-%d", theme, width), func(t *testing.T) {
				b := newBrowser(t)
				b.Guard.Allow(s.Addr)
				b.onNewDocument(fmt.Sprintf(`localStorage.setItem("nightcramp-theme", %q)`, theme))
				b.do(chromedp.EmulateViewport(width, 800))
				for _, route := range a11yRoutes() {
					b.open(s.URL + route)
					var applied string
					b.eval(`document.documentElement.dataset.theme`, &applied)
					if applied != theme {
						t.Fatalf("theme %q was not applied: %q", theme, applied)
					}
					b.openFilters()
					b.checkAccessibility(route)
				}
			})
		}
	}
}

// Keyboard alone reaches and uses every control: Tab moves through them
// with a visible focus, and Space on a body-map muscle filters by it.
func TestKeyboardReachesEveryControlWithVisibleFocus(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/")
	b.openFilters()

	var controls int
	b.eval(`[...document.querySelectorAll("a[href], button, input, summary")].filter((el) => el.offsetParent !== null || el.closest(".map-area")).length`, &controls)
	seen := map[string]bool{}
	for i := 0; i < controls+10; i++ {
		b.do(chromedp.KeyEvent("\t"))
		var focus struct {
			ID, Tag, Outline string
			Visible          bool
		}
		b.eval(`(() => { const el = document.activeElement;
		  const target = el.closest(".map-area") || el;
		  const style = getComputedStyle(target);
		  return { ID: el.id || el.textContent.trim().slice(0, 30), Tag: el.tagName, Outline: style.outlineStyle + " " + style.outlineWidth,
		    Visible: el.matches(":focus-visible") && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 }; })()`, &focus)
		if focus.Tag == "BODY" {
			continue
		}
		if !focus.Visible {
			t.Errorf("focus on %s %q is not visible (outline %s)", focus.Tag, focus.ID, focus.Outline)
		}
		seen[focus.ID] = true
	}
	for _, id := range []string{"search", "map-calf", "f-type-remedy", "theme-switch"} {
		if !seen[id] {
			t.Errorf("Tab never reached #%s", id)
		}
	}

	b.do(chromedp.Focus(chromedp.CSS("#map-calf")), chromedp.KeyEvent(" "))
	b.expectView("?muscle=calf")
	var live string
	b.eval(`document.getElementById("result-count").getAttribute("aria-live")`, &live)
	if live != "polite" {
		t.Errorf("the result count is not announced: aria-live=%q", live)
	}
}
