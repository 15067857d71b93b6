package e2e

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// A strange URL never blanks the page: what is not understood is left out
// and said, and markup in the text stays text.
func TestStrangeURLsShowAHelpfulPage(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	hostile := `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`
	strange := "?" + url.Values{
		"q":      {hostile},
		"muscle": {"elbow,calf"},
		"colour": {"blue"},
		"grade":  {strings.Repeat("x", 5000)},
	}.Encode()
	b.open(s.URL + "/" + strange)
	b.waitTrue(`document.getElementById("ignored-notice")`, "the notice of what was ignored")
	var state struct {
		Pwned  bool
		Images int
		Value  string
	}
	b.eval(`({Pwned: !!window.__pwned, Images: document.querySelectorAll("main img").length, Value: document.getElementById("search").value})`, &state)
	if state.Pwned || state.Images > 0 {
		t.Errorf("markup from the URL ran or rendered: %+v", state)
	}
	if !strings.Contains(state.Value, "<script>") {
		t.Errorf("the search field should show the text as typed, got %q", state.Value)
	}
	b.expectView(strange)

	b.typeInto("#search", "")
	b.open(s.URL + "/?" + strings.Repeat("a=1&", 2000))
	b.proveAlive()

	if res, _ := httpGet(t, s.URL+"/entry/%22%3E%3Cscript%3E"); res.StatusCode != 404 {
		t.Errorf("a malformed entry path got %d, want 404", res.StatusCode)
	}
	b.open(s.URL + "/entry/no-such-entry")
	b.waitTrue(`document.getElementById("entry-not-found")`, "the entry-not-found page")
	b.click(`#entry-not-found a`)
	b.expectView("")
}

// The layout holds from 320 px to desktop, and at 200% text size: nothing
// overflows sideways, body text is at least 16 px, and controls are at least
// 44 px tall.
func TestLayoutHoldsOnSmallScreensAndLargeText(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	for _, c := range []struct {
		width int64
		zoom  string
	}{{320, "100%"}, {360, "200%"}, {1280, "100%"}} {
		t.Run(fmt.Sprintf("%dpx-%s", c.width, c.zoom), func(t *testing.T) {
			b := newBrowser(t)
			b.Guard.Allow(s.Addr)
			b.do(chromedp.EmulateViewport(c.width, 800))
			for _, route := range a11yRoutes() {
				b.open(s.URL + route)
				b.openFilters()
				b.eval(fmt.Sprintf(`document.documentElement.style.fontSize = %q`, c.zoom), nil)
				var m struct {
					Overflow     int
					BodyPx       float64
					SmallTargets []string
				}
				b.eval(`(() => {
				  const small = [...document.querySelectorAll("main button, main input, main summary, header a, header button, .card a, .map-area")]
				    .filter((el) => el.offsetParent !== null || el.classList.contains("map-area"))
				    .filter((el) => { const r = el.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
				    .filter((el) => el.type !== "checkbox")
				    .map((el) => el.tagName + "#" + (el.id || el.textContent.trim().slice(0, 20)));
				  return { Overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
				    BodyPx: parseFloat(getComputedStyle(document.body).fontSize), SmallTargets: small };
				})()`, &m)
				if m.Overflow > 0 {
					t.Errorf("%s: the page overflows sideways by %d px", route, m.Overflow)
				}
				if m.BodyPx < 16 {
					t.Errorf("%s: body text is %.1f px", route, m.BodyPx)
				}
				if len(m.SmallTargets) > 0 {
					t.Errorf("%s: touch targets under 44 px: %v", route, m.SmallTargets)
				}
			}
		})
	}
}

// The theme is dark by default, can be switched, and the choice survives a
// reload without a flash of the other theme.
func TestThemeSwitchPersists(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/about")
	theme := func() string {
		var v string
		b.eval(`document.documentElement.dataset.theme + " " + getComputedStyle(document.body).backgroundColor`, &v)
		return v
	}
	if got := theme(); got != "dark "+nightRGB {
		t.Fatalf("default theme = %q", got)
	}
	b.click("#theme-switch")
	if got := theme(); got != "light rgb(241, 236, 225)" {
		t.Errorf("after one switch: %q", got)
	}
	b.onNewDocument(`document.addEventListener("DOMContentLoaded", () => {
	  window.__firstTheme = document.documentElement.dataset.theme + " " + getComputedStyle(document.body).backgroundColor;
	});`)
	b.reload()
	var first string
	b.eval(`window.__firstTheme`, &first)
	if first != "light rgb(241, 236, 225)" {
		t.Errorf("before the wasm, the reloaded page was %q", first)
	}
}

// "Match system" follows the system's colour scheme, also when it changes
// while the app is open.
func TestSystemThemeFollowsTheSystemSetting(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.onNewDocument(`localStorage.setItem("nightcramp-theme", "system")`)
	b.emulateColorScheme("light")
	b.open(s.URL + "/about")
	b.waitTrue(`document.documentElement.dataset.scheme === "light" && getComputedStyle(document.body).backgroundColor === "rgb(241, 236, 225)"`, "the light scheme")
	b.emulateColorScheme("dark")
	b.waitTrue(`document.documentElement.dataset.scheme === "dark" && getComputedStyle(document.body).backgroundColor === "`+nightRGB+`"`, "the dark scheme after the system changed")
}
