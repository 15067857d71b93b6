package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui"
)

// disableScripts turns the page's JavaScript off, as a person or a
// browser setting may; DevTools can still read the page.
func (b *browser) disableScripts() {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		b.t.Fatal(err)
	}
}

// blockWasm makes every request for the wasm fail, so that the page stays
// the pre-rendered one: what a person sees until the wasm runs.
func (b *browser) blockWasm() {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		b.t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{URLPatterns: []*network.BlockPattern{{URLPattern: "*://*:*/web/app.wasm", Block: true}}}); err != nil {
		b.t.Fatal(err)
	}
}

// openPrerendered opens a page without waiting for the wasm, which will
// not come.
func (b *browser) openPrerendered(url string) {
	b.t.Helper()
	b.navigate(url)
	b.waitTrue(`document.readyState === "complete"`, "the page to load")
}

// followPrerendered clicks a link or button of a page the wasm does not
// drive and waits for the page it leads to.
func (b *browser) followPrerendered(selector, wantLocation string) {
	b.t.Helper()
	b.do(chromedp.Click(chromedp.CSS(selector)))
	b.waitTrue(fmt.Sprintf(`location.pathname + location.search === %q && document.readyState === "complete" && document.querySelector("h1")`, wantLocation),
		"the page at "+wantLocation)
}

// With scripts off, the guide can be followed from its start to its end,
// and back, and "Did it help?" answered: its controls are links and a
// form that the server renders.
func TestGuideCanBeFollowedWithScriptsOff(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.disableScripts()
	b.openPrerendered(s.URL + ui.CrampNowPath)
	steps := knowledge().FirstAid()
	for place := 0; place <= len(steps)+1; place++ {
		want := ui.CrampNowPath + guidePlaceQuery(place)
		if place > 0 {
			b.followPrerendered("#guide-next", want)
		}
		v := b.guide()
		if v.Place != place || v.Location != want {
			t.Fatalf("with scripts off, place %d at %s, want %d at %s", v.Place, v.Location, place, want)
		}
		if place >= 1 && place <= len(steps) && v.StepID != steps[place-1].ID {
			t.Errorf("with scripts off, place %d shows step %q, want %q", place, v.StepID, steps[place-1].ID)
		}
	}
	var loaderShown bool
	b.eval(`(() => { const l = document.getElementById("app-wasm-loader"); return !!l && getComputedStyle(l).display !== "none"; })()`, &loaderShown)
	if loaderShown {
		t.Error("with scripts off, the loading bar shows though the wasm can never come")
	}

	b.followPrerendered("#guide-helped-no", ui.CrampNowPath+"?step=end&helped=no")
	var doctorFlags int
	b.eval(`document.querySelectorAll("#guide-doctor-flags li").length`, &doctorFlags)
	if doctorFlags == 0 {
		t.Error(`with scripts off, answering "No" shows no signs that need a doctor`)
	}
	b.followPrerendered("#guide-back", ui.CrampNowPath+guidePlaceQuery(len(steps)))
	b.followPrerendered("#guide-exit", "/")
}

// With scripts off, the diary's shell says what it needs and shows no
// loading bar that never ends.
func TestDiaryShellSaysItNeedsScripts(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.disableScripts()
	for _, path := range []string{"/diary", "/diary/new"} {
		b.openPrerendered(s.URL + path)
		var view struct {
			Note   string
			Loader bool
		}
		b.eval(`(() => {
		  const n = document.getElementById("diary-needs-scripts");
		  const l = document.getElementById("app-wasm-loader");
		  return { Note: n && n.offsetParent ? n.textContent : "", Loader: !!l && getComputedStyle(l).display !== "none" };
		})()`, &view)
		if !strings.Contains(view.Note, "JavaScript") || view.Loader {
			t.Errorf("%s with scripts off: note %q, loading bar shown %v", path, view.Note, view.Loader)
		}
	}
	// With scripts on, the note stays hidden and the diary opens.
	b2 := newBrowser(t)
	b2.Guard.Allow(s.Addr)
	b2.openDiaryPage(s.URL + "/diary")
	var noteShown bool
	b2.eval(`!!document.querySelector(".needs-scripts") && !!document.querySelector(".needs-scripts").offsetParent`, &noteShown)
	if noteShown {
		t.Error("with scripts on, the diary says it needs JavaScript")
	}
}

// Before the wasm runs, the guide's controls are links that work, and the
// loading indicator covers none of them, nor any content.
func TestGuideWorksBeforeTheWasmAndTheLoaderCoversNothing(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.do(chromedp.EmulateViewport(360, 740))
	b.blockWasm()
	b.openPrerendered(s.URL + ui.CrampNowPath + "?step=1")
	var covered []string
	b.eval(`(() => {
	  const loader = document.getElementById("app-wasm-loader");
	  if (!loader) return ["no loader: the page is not the pre-rendered one"];
	  const out = [];
	  for (const el of document.querySelectorAll("#guide-exit, #guide-back, #guide-next, #guide-sentence, #guide-progress")) {
	    const r = el.getBoundingClientRect();
	    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
	    if (r.bottom > innerHeight || !el.contains(hit)) out.push(el.id + " under " + (hit ? hit.id || hit.className : "nothing"));
	  }
	  return out;
	})()`, &covered)
	if len(covered) > 0 {
		t.Errorf("before the wasm runs, at 360 x 740, these are hidden or covered: %v", covered)
	}
	b.followPrerendered("#guide-next", ui.CrampNowPath+"?step=2")
	b.followPrerendered("#guide-back", ui.CrampNowPath+"?step=1")
	var live string
	b.eval(`document.getElementById("guide").dataset.live`, &live)
	if live != "false" {
		t.Fatalf("the wasm ran though it was blocked (data-live %q): the test proves nothing", live)
	}
}

// A link followed from the bottom of a long page opens the next page at
// its top; back returns to the place on the first page, and forward to
// the top of the second.
func TestLinkOpensAPageAtItsTopAndBackReturnsToThePlace(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.do(chromedp.EmulateViewport(360, 740))
	entry := longestEntry()
	b.open(s.URL + "/entry/" + entry)
	// The link near the bottom, centred as the click helper leaves it.
	link := `.red-flag-notice a[href="/red-flags"]`
	var y float64
	b.eval(`(() => { document.querySelector(`+jsString(link)+`).scrollIntoView({block: "center"}); return window.scrollY; })()`, &y)
	if y < 500 {
		t.Fatalf("the entry %s is too short to test scrolling: its last link is at %.0f px", entry, y)
	}
	b.click(link)
	b.waitTrue(`location.pathname === "/red-flags" && document.querySelector("main h1") && document.querySelector("main h1").textContent === "When to get help"`, "the red-flags page")
	b.sleep(300)
	expectScroll(b, "the red-flags page opened by a link", 0)

	b.do(chromedp.NavigateBack())
	b.waitTrue(fmt.Sprintf(`location.pathname === "/entry/%s" && Math.abs(window.scrollY - %f) <= 2`, entry, y), "back to the place on the entry")
	b.do(chromedp.NavigateForward())
	b.waitTrue(`location.pathname === "/red-flags"`, "forward to the red-flags page")
	b.sleep(300)
	expectScroll(b, "the red-flags page after forward", 0)
}

func expectScroll(b *browser, where string, want float64) {
	b.t.Helper()
	var y float64
	b.eval(`window.scrollY`, &y)
	if y != want {
		b.t.Errorf("%s is scrolled to %.0f px, want %.0f", where, y, want)
	}
}

// longestEntry is the entry with the most text, whose page is long.
func longestEntry() string {
	best, size := "", 0
	k := knowledge()
	for _, t := range []kb.EntryType{kb.TypeCause, kb.TypeRemedy} {
		for _, e := range k.Entries(t) {
			if n := len(e.Body) + len(e.Summary) + 200*len(e.Sources) + 100*len(k.Related(e.ID)); n > size {
				best, size = e.ID, n
			}
		}
	}
	return best
}

// firstHeadingJS notes the page's first heading as the first contentful
// paint shows it, long before the wasm can draw anything.
const firstHeadingJS = `
new PerformanceObserver((list, observer) => {
  for (const e of list.getEntries()) {
    if (e.name === "first-contentful-paint" && window.__firstH1 === undefined) {
      const h = document.querySelector("h1");
      window.__firstH1 = h ? h.textContent : "";
      observer.disconnect();
    }
  }
}).observe({ type: "paint", buffered: true });`

// headingRoutes are a route of each kind with the heading it must show
// from the first paint; with unknown, an address that is no route too.
func headingRoutes(unknown bool) [][2]string {
	k := knowledge()
	cause := k.Entries(kb.TypeCause)[0]
	routes := [][2]string{
		{"/", "Night leg cramps"},
		{ui.CrampNowPath, "Cramp now"},
		{"/red-flags", "When to get help"},
		{"/about", "About Nightcramp"},
		{"/entry/" + cause.ID, cause.Title},
		{"/diary", "Your night diary"},
		{"/diary/new", "Log a cramp"},
		{"/diary/summary", "Night cramps: summary for a doctor"},
		{"/profile", "Your profile"},
	}
	if unknown {
		routes = append(routes, [2]string{"/no-such-page", "Page not found"})
	}
	return routes
}

// expectFirstHeadings opens each route and checks the heading of its
// first paint.
func (b *browser) expectFirstHeadings(base, when string, routes [][2]string) {
	b.t.Helper()
	for _, r := range routes {
		b.open(base + r[0])
		var got string
		b.eval(`window.__firstH1 === undefined ? "(no paint seen)" : window.__firstH1`, &got)
		if got != r[1] {
			b.t.Errorf("%s, %s first painted the heading %q, want %q", when, r[0], got, r[1])
		}
	}
}

// Every route paints its own heading first, never another page's content:
// rendered by the server, then from the service worker online, then
// offline with the server stopped. An unknown address gets the not-found
// page from the worker.
func TestEveryRoutePaintsItsOwnHeadingFirst(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.onNewDocument(firstHeadingJS)
	b.expectFirstHeadings(s.URL, "online before the worker", headingRoutes(false))
	b.waitWorker(precache(t, s.URL+"/app-worker.js"))
	b.expectFirstHeadings(s.URL, "online from the worker", headingRoutes(true))
	s.Stop()
	if !b.networkIsDown() {
		t.Fatal("the server still answers after it was stopped")
	}
	b.expectFirstHeadings(s.URL, "offline", headingRoutes(true))
}
