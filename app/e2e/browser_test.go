package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/nightcramp/nightcramp/app/chromium"
)

// browser is a headless Chromium with a fresh profile whose every request
// passes through an originGuard.
type browser struct {
	t     testing.TB
	ctx   context.Context
	Guard *originGuard
}

// newBrowser starts Chromium for one test and closes it when the test ends.
func newBrowser(t testing.TB) *browser {
	t.Helper()
	profile := newProfile(t)
	b, stop := newBrowserOn(t, profile)
	t.Cleanup(func() {
		stop()
		os.RemoveAll(profile)
	})
	return b
}

// newProfile makes an empty Chromium profile directory. The caller removes
// it. os.MkdirTemp, not t.TempDir: Chromium may still write to its profile
// while t.TempDir's cleanup runs.
func newProfile(t testing.TB) string {
	t.Helper()
	profile, err := os.MkdirTemp("", "nightcramp-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	return profile
}

// newBrowserOn starts Chromium on an existing profile, which outlives it.
// stop closes the browser and waits for its process to end, so that the
// next browser on the profile finds what this one wrote.
func newBrowserOn(t testing.TB, profile string) (b *browser, stop func()) {
	t.Helper()
	guard := newOriginGuard(t)
	opts := chromium.Options(builds.chromium, profile,
		chromedp.WindowSize(412, 915),
		chromedp.ProxyServer(guard.URL()),
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		// Chromium's own services (time, updates, sign-in) call Google at
		// start; they are not the app, and must not blur the origin check.
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,CertificateTransparencyComponentUpdater"),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("disable-field-trial-config", true),
		chromedp.Flag("no-service-autorun", true),
		chromedp.Flag("gaia-url", "http://accounts.invalid"),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancelCtx()
			cancelAlloc()
		})
	}
	t.Cleanup(stop)
	// The first action starts the browser and ties it to its context: that
	// must be ctx itself, not a context with a timeout.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	watchPageRequests(t, ctx, guard)
	return &browser{t: t, ctx: ctx, Guard: guard}, stop
}

// watchPageRequests hands every request of the page to the guard.
func watchPageRequests(t testing.TB, ctx context.Context, guard *originGuard) {
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			guard.notePage(e.Request.URL)
		}
	})
	if err == nil {
		_, err = chromedp.Call(ctx, network.Enable, network.EnableParams{})
	}
	if err != nil {
		t.Fatal(err)
	}
}

// timeout bounds every browser step: a hang fails the test, it does not
// stall the suite.
const timeout = 60 * time.Second

// do runs actions and fails the test on error.
func (b *browser) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := b.try(actions...); err != nil {
		b.t.Fatal(err)
	}
}

func (b *browser) try(actions ...chromedp.Action[chromedp.Void]) error {
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	return chromedp.Do(ctx, actions...)
}

// open navigates to url, retrying Chromium's occasional lost execution
// context, and waits until go-app's wasm has started.
func (b *browser) open(url string) {
	b.t.Helper()
	b.navigate(url)
	b.waitWasm()
}

// navigate loads url, retrying the rare "Cannot find context" that
// Chromium reports after about:blank.
func (b *browser) navigate(url string) {
	b.t.Helper()
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if err = b.try(chromedp.Navigate(url)); err == nil || !strings.Contains(err.Error(), "Cannot find context") {
			break
		}
	}
	if err != nil {
		b.t.Fatalf("opening %s: %v", url, err)
	}
}

// waitWasm waits until go-app removed its loader: the wasm runs.
func (b *browser) waitWasm() {
	b.t.Helper()
	b.waitTrue(`document.readyState === "complete" && !document.getElementById("app-wasm-loader")`, "the wasm to start")
}

// waitTrue polls a JavaScript expression until it is truthy.
func (b *browser) waitTrue(expr, what string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("!!("+expr+")"))
		if err == nil && ok {
			return
		}
		select {
		case <-ctx.Done():
			b.t.Fatalf("waiting for %s: %v (last error: %v)", what, ctx.Err(), err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// waitIdle waits until the browser has been idle twice, which is after the
// app's idle-time work (ui.startIdleWork) has run.
func (b *browser) waitIdle() {
	b.t.Helper()
	b.eval(`new Promise((done) => requestIdleCallback(() => setTimeout(() => requestIdleCallback(() => done(true)), 0)))`, nil)
}

// eval evaluates JavaScript, awaiting a promise, and decodes the result
// into out.
func (b *browser) eval(expr string, out any) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("evaluating %s: %v", expr, err)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			b.t.Fatalf("decoding %s: %v", raw, err)
		}
	}
}

// text returns an element's text content.
func (b *browser) text(selector string) string {
	var s string
	b.eval(fmt.Sprintf(`(document.querySelector(%q) || {}).textContent || ""`, selector), &s)
	return s
}

// attr returns an element's attribute, or "" without one.
func (b *browser) attr(selector, name string) string {
	var s string
	b.eval(fmt.Sprintf(`(document.querySelector(%q) || {getAttribute: () => ""}).getAttribute(%q) || ""`, selector, name), &s)
	return s
}

// typeInto types text into an input, as keystrokes.
func (b *browser) typeInto(selector, text string) {
	b.t.Helper()
	b.do(chromedp.WaitVisible(chromedp.CSS(selector)), chromedp.SendKeys(chromedp.CSS(selector), text))
}

// setOffline emulates a lost network for the page and for its service
// worker, which is a target of its own: emulation on the page alone lets the
// worker's fetches through.
func (b *browser) setOffline(offline bool) {
	b.t.Helper()
	targets, err := chromedp.Targets(b.ctx)
	if err != nil {
		b.t.Fatal(err)
	}
	b.emulateNetwork(b.ctx, offline)
	for _, info := range targets {
		if info.Type == "service_worker" {
			worker, cancel := chromedp.NewContext(b.ctx, chromedp.WithTargetID(info.TargetID))
			b.t.Cleanup(cancel)
			b.emulateNetwork(worker, offline)
		}
	}
}

func (b *browser) emulateNetwork(target context.Context, offline bool) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(target, timeout)
	defer cancel()
	unlimited := -1.0
	_, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: &offline,
		MatchedNetworkConditions: []*network.Conditions{{
			Offline: offline, DownloadThroughput: unlimited, UploadThroughput: unlimited,
		}},
	})
	if err == nil && target == b.ctx {
		_, err = chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{
			Offline: offline, DownloadThroughput: unlimited, UploadThroughput: unlimited,
		})
	}
	if err != nil {
		b.t.Fatal(err)
	}
}

// newTab opens a second tab in the same browser, as when a shared link is
// opened.
func (b *browser) newTab() *browser {
	b.t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	b.t.Cleanup(cancel)
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		b.t.Fatal(err)
	}
	watchPageRequests(b.t, ctx, b.Guard)
	return &browser{t: b.t, ctx: ctx, Guard: b.Guard}
}

// emulateColorScheme makes the page see the system's colour scheme as
// "light" or "dark".
func (b *browser) emulateColorScheme(scheme string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	}); err != nil {
		b.t.Fatal(err)
	}
}
