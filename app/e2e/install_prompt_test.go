package e2e

import (
	"context"
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// offerInstallJS puts the test in charge of Chromium's install offer.
// Headless Chromium offers installation by itself a few seconds after the
// service worker is ready; those events are counted and held back, so that
// the page sees an offer exactly when the test makes one. offerInstall
// (outcome) dispatches a beforeinstallprompt event as Chromium does, whose
// prompt() records the call and whose userChoice answers outcome
// ("accepted" or "dismissed"). It returns whether a listener took the event
// over (preventDefault), as go-app's does to keep the prompt for later.
const offerInstallJS = `
window.__browserOffers = 0;
window.addEventListener("beforeinstallprompt", (e) => {
  if (e.isTrusted) { window.__browserOffers++; e.stopImmediatePropagation(); }
}, true);
window.__prompted = [];
window.offerInstall = (outcome) => {
  const e = new Event("beforeinstallprompt", { cancelable: true });
  e.platforms = ["web"];
  e.prompt = () => { window.__prompted.push(outcome); return Promise.resolve(); };
  e.userChoice = Promise.resolve({ outcome, platform: "web" });
  window.dispatchEvent(e);
  return e.defaultPrevented;
};`

const installButtonShown = `(() => { const b = document.getElementById("install-button"); return !!b && b.offsetParent !== null; })()`

func TestInstallButtonPromptsOnlyWhenChromiumOffers(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.onNewDocument(offerInstallJS)
	b.open(s.URL + "/")
	b.proveAlive()
	b.mustNotShow(installButtonShown, "an install button before the browser offered installation")

	b.offerInstall("accepted")
	b.waitTrue(installButtonShown, "the install button once Chromium offers installation")
	if got := b.text("#install-button"); got != "Install" {
		t.Errorf("install button says %q", got)
	}
	b.checkAccessibility("/ with the install offer")
	b.click("#install-button")
	b.waitTrue(`window.__prompted.length === 1`, "prompt() on the browser's event")
	b.waitTrue(`!document.getElementById("install-button")`, "the button to go once its prompt was used")

	b.eval(`window.dispatchEvent(new Event("appinstalled")); true`, nil)
	b.proveAlive()
	b.mustNotShow(installButtonShown, "an install button after the app was installed")
	var prompted []string
	b.eval(`window.__prompted`, &prompted)
	if len(prompted) != 1 {
		t.Errorf("prompt() was called %d times, want once", len(prompted))
	}
}

// A dismissed prompt is no error: the button goes, nothing alarming is
// said, the app runs on, and the button returns when Chromium offers again.
func TestDismissedInstallPromptIsQuietAndCanComeBack(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.onNewDocument(offerInstallJS)
	b.open(s.URL + "/about")

	b.offerInstall("dismissed")
	b.waitTrue(installButtonShown, "the install button")
	b.click("#install-button")
	b.waitTrue(`window.__prompted.join() === "dismissed"`, "prompt() on the browser's event")
	b.waitTrue(`!document.getElementById("install-button")`, "the button to go after the prompt")
	var said struct {
		Install string
		Alerts  int
	}
	b.eval(`({ Install: document.getElementById("install").textContent, Alerts: document.querySelectorAll("[role=alert]").length })`, &said)
	if said.Install != "" || said.Alerts != 0 {
		t.Errorf("after a dismissed prompt the page says %+v, want nothing", said)
	}
	b.proveAlive()

	b.offerInstall("accepted")
	b.waitTrue(installButtonShown, "the install button when Chromium offers again")
}

// Inside the installed app (display-mode standalone) there is no install
// button, even with a prompt in hand; the same page in a browser tab shows it.
func TestNoInstallButtonInsideTheInstalledApp(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.onNewDocument(offerInstallJS)
	b.onNewDocument(displayModeJS(true))
	b.open(s.URL + "/")
	b.offerInstall("accepted")
	b.proveAlive() // the event was handled in the meantime
	b.mustNotShow(installButtonShown, "an install button inside the installed app")

	b.setStandalone(false)
	b.waitTrue(installButtonShown, "the install button once the page is a browser tab again")
}

// On an iPhone there is no prompt: a button opens the illustrated "Share,
// then Add to Home Screen" steps instead; never inside the installed app.
func TestIPhoneGetsAddToHomeScreenSteps(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.emulateUserAgent(iPhoneSafari)
	b.onNewDocument(displayModeJS(false))
	b.open(s.URL + "/")
	b.waitTrue(`document.getElementById("install-how")`, "the How to add it button on an iPhone")
	b.mustNotShow(installButtonShown, "an Install button on an iPhone, which has no prompt")
	var expanded string
	b.eval(`document.getElementById("install-how").getAttribute("aria-expanded")`, &expanded)
	if expanded != "false" {
		t.Errorf("aria-expanded = %q before opening", expanded)
	}

	b.click("#install-how")
	b.waitTrue(`document.getElementById("install-sheet")`, "the Add to Home Screen steps")
	var sheet struct {
		Text     string
		Steps    int
		Drawings int
		Expanded string
	}
	b.eval(`(() => { const s = document.getElementById("install-sheet");
	  return { Text: s.textContent, Steps: s.querySelectorAll("li").length, Drawings: s.querySelectorAll("svg path").length,
	    Expanded: document.getElementById("install-how").getAttribute("aria-expanded") }; })()`, &sheet)
	mustContain(t, "the iPhone sheet", sheet.Text, "Share", "Add to Home Screen")
	if sheet.Steps != 3 || sheet.Drawings < 4 || sheet.Expanded != "true" {
		t.Errorf("sheet: %d steps, %d drawn paths, aria-expanded %q; want 3 steps, drawings, true", sheet.Steps, sheet.Drawings, sheet.Expanded)
	}
	b.checkAccessibility("/ with the iPhone sheet open")
	b.click("#install-sheet-close")
	b.waitTrue(`!document.getElementById("install-sheet")`, "the sheet to close")

	b.setStandalone(true)
	b.waitTrue(`!document.getElementById("install-how")`, "no install help inside the installed app")
}

const iPhoneSafari = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"

// offerInstall dispatches a synthetic beforeinstallprompt (offerInstallJS)
// and checks that the app took it over.
func (b *browser) offerInstall(outcome string) {
	b.t.Helper()
	var kept bool
	b.eval(`offerInstall(`+jsString(outcome)+`)`, &kept)
	if !kept {
		b.t.Fatal("nothing kept the beforeinstallprompt event (go-app's listener calls preventDefault)")
	}
}

// mustNotShow checks that a condition is false now and stays false for a
// moment, long enough for go-app to render anything it was told.
func (b *browser) mustNotShow(expr, what string) {
	b.t.Helper()
	for i := 0; i < 10; i++ {
		var shown bool
		b.eval(`!!(`+expr+`)`, &shown)
		if shown {
			b.t.Errorf("the page shows %s", what)
			return
		}
		b.sleep(50)
	}
}

// displayModeJS stands in for the display mode, which Chromium 156 does not
// emulate (Emulation.setEmulatedMedia ignores display-mode: measured). The
// page's matchMedia answers "(display-mode: standalone)" as the installed
// app's would, starting as standalone says, and tells its change listeners
// when setStandalone switches it; every other query goes to Chromium. go-app
// and the app both read the display mode through matchMedia.
func displayModeJS(standalone bool) string {
	return fmt.Sprintf(`(() => {
  const query = "(display-mode: standalone)";
  const realMatchMedia = window.matchMedia.bind(window);
  const listeners = new Set();
  let standalone = %t;
  window.__setStandalone = (on) => {
    standalone = on;
    for (const l of listeners) l({ matches: on, media: query });
  };
  window.matchMedia = (q) => q.replace(/\s/g, "") !== query.replace(/\s/g, "") ? realMatchMedia(q) : {
    media: query,
    get matches() { return standalone; },
    addEventListener: (type, l) => listeners.add(l),
    removeEventListener: (type, l) => listeners.delete(l),
  };
})();`, standalone)
}

// setStandalone switches the display mode displayModeJS stands in for.
func (b *browser) setStandalone(on bool) {
	b.t.Helper()
	b.eval(fmt.Sprintf(`window.__setStandalone(%t); matchMedia("(display-mode: standalone)").matches`, on), nil)
}

func (b *browser) emulateUserAgent(ua string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: ua}); err != nil {
		b.t.Fatal(err)
	}
}
