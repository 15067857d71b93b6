package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// An identical rebuild is not an update; changed content is, and the reload
// the banner offers shows the new version.
func TestRebuildIsAnUpdateOnlyWhenContentChanges(t *testing.T) {
	v1 := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(v1.Addr)
	b.open(v1.URL + "/")
	b.waitWorker(precache(t, v1.URL+"/app-worker.js"))

	same := filepath.Join(t.TempDir(), "web")
	if err := buildWeb(same, "./cmd/nightcramp"); err != nil {
		t.Fatal(err)
	}
	v1.Stop()
	rebuilt := startServer(t, builds.server, same, v1.Addr)
	if rebuilt.Version != v1.Version {
		t.Fatalf("an identical rebuild changed the version: %s, then %s", v1.Version, rebuilt.Version)
	}
	if b.checkForUpdate() {
		t.Fatal("the browser found an update after an identical rebuild")
	}

	changed := filepath.Join(t.TempDir(), "web")
	if err := copyDir(same, changed); err != nil {
		t.Fatal(err)
	}
	appendFile(t, filepath.Join(changed, "app.css"), "\n/* changed */\n")
	rebuilt.Stop()
	v2 := startServer(t, builds.server, changed, v1.Addr)
	if v2.Version == v1.Version {
		t.Fatal("changed content kept the version")
	}
	if !b.checkForUpdate() {
		t.Fatal("the browser found no update after the content changed")
	}
	b.waitWorker(precache(t, v2.URL+"/app-worker.js"))
	b.waitTrue(`document.getElementById("update-reload")`, "the update banner")
	if got := b.text("#app-version"); got != "Version "+v1.Version {
		t.Errorf("before the reload the page shows %q, want version %s", got, v1.Version)
	}
	b.click("#update-reload")
	b.waitTrue(`document.getElementById("app-version").textContent === "Version `+v2.Version+`" && !document.getElementById("app-wasm-loader")`, "version 2 after the reload")
}

// checkForUpdate asks the service worker registration to look for a new
// worker and reports whether it found one.
func (b *browser) checkForUpdate() bool {
	var found bool
	b.eval(`navigator.serviceWorker.getRegistration()
	  .then((reg) => reg.update().then(() => !!(reg.installing || reg.waiting)))`, &found)
	return found
}

func appendFile(t *testing.T, name, text string) {
	t.Helper()
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}

// fastUpdateChecksJS runs, from the first moment of each document, the
// app's long timers (ten minutes or more: the update check every 30) every
// 300 ms, so that a test sees in seconds what a phone left open sees in an
// hour; it counts the timers set and the checks made.
const fastUpdateChecksJS = `
window.__longTimers = 0;
window.__updateChecks = 0;
const setIntervalBefore = window.setInterval;
window.setInterval = (fn, ms, ...rest) => {
  if (ms >= 10 * 60 * 1000) { window.__longTimers++; ms = 300; }
  return setIntervalBefore(fn, ms, ...rest);
};
const updateBefore = ServiceWorkerRegistration.prototype.update;
ServiceWorkerRegistration.prototype.update = function () {
  window.__updateChecks++;
  return updateBefore.call(this);
};`

// A page left open finds the new version by itself and says so; it never
// reloads on its own; the person's reload shows version 2.
func TestOpenPageFindsTheUpdateByItselfAndNeverReloads(t *testing.T) {
	v1 := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(v1.Addr)
	b.onNewDocument(fastUpdateChecksJS)
	b.open(v1.URL + "/")
	b.waitWorker(precache(t, v1.URL+"/app-worker.js"))
	var timers int
	b.eval(`window.__longTimers`, &timers)
	if timers != 1 {
		t.Fatalf("the app set %d long timers, want 1 (the periodic update check)", timers)
	}
	b.waitTrue(`window.__updateChecks >= 2`, "the app's own update checks")
	b.eval(`window.__sameDocument = true`, nil)

	v2 := deployChangedCSS(t, v1)
	b.waitWorker(precache(t, v2.URL+"/app-worker.js"))
	b.waitTrue(`document.getElementById("update-reload")`, "the update banner, with no reload and no navigation")
	mustContain(t, "the banner", b.text("#update-banner"), "A new version is ready")
	var same bool
	b.eval(`window.__sameDocument === true && document.getElementById("app-version").textContent === "Version `+v1.Version+`"`, &same)
	if !same {
		t.Fatal("the page reloaded by itself")
	}
	b.proveAlive()
	b.click("#update-reload")
	b.waitTrue(`document.getElementById("app-version").textContent === "Version `+v2.Version+`" && !document.getElementById("app-wasm-loader")`, "version 2 after the reload")
}

// A hold timer on the first-aid guide runs on through an update: nothing
// reloads, and the update is offered once the person is back in the app's
// frame.
func TestFirstAidTimerRunsOnThroughAnUpdate(t *testing.T) {
	place, _ := guideHeldStep(t)
	step := fmt.Sprint(place)
	v1 := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(v1.Addr)
	b.onNewDocument(fastUpdateChecksJS)
	b.open(v1.URL + "/")
	b.waitWorker(precache(t, v1.URL+"/app-worker.js"))
	b.eval(`window.__sameDocument = true; goappNav("/cramp-now?step=`+step+`"); true`, nil)
	b.waitTrue(`document.getElementById("guide-timer-start")`, "the hold timer of step "+step)
	b.click("#guide-timer-start")
	b.waitTrue(`document.getElementById("guide-timer").dataset.state === "running"`, "the timer to run")
	var before int
	b.eval(`+document.getElementById("guide-timer").dataset.remaining`, &before)

	v2 := deployChangedCSS(t, v1)
	b.waitWorker(precache(t, v2.URL+"/app-worker.js"))
	b.waitTrue(`+document.getElementById("guide-timer").dataset.remaining < `+fmt.Sprint(before), "the timer to count on")
	var state struct {
		Same    bool
		Running string
	}
	b.eval(`({ Same: window.__sameDocument === true, Running: document.getElementById("guide-timer").dataset.state })`, &state)
	if !state.Same || state.Running != "running" {
		t.Fatalf("after the update arrived: same page %v, timer %q; want the same page and a running timer", state.Same, state.Running)
	}

	b.click("#guide-timer-stop")
	b.eval(`goappNav("/"); true`, nil)
	b.waitTrue(`document.getElementById("update-reload")`, "the update offered back in the app's frame")
	b.click("#update-reload")
	b.waitTrue(`document.getElementById("app-version").textContent === "Version `+v2.Version+`" && !document.getElementById("app-wasm-loader")`, "version 2 after the reload")
}

// deployChangedCSS stops v1 and serves, at its address, a version 2 that
// differs by a comment in app.css.
func deployChangedCSS(t *testing.T, v1 *server) *server {
	t.Helper()
	web := deployedWeb(t)
	v1.Stop()
	v2 := startServer(t, builds.server, web, v1.Addr)
	if v2.Version == v1.Version {
		t.Fatal("changed content kept the version")
	}
	return v2
}

// deployedWeb is a version 2 web directory: app.css with a comment added.
func deployedWeb(t *testing.T) string {
	t.Helper()
	web := filepath.Join(t.TempDir(), "web")
	if err := copyDir(builds.web, web); err != nil {
		t.Fatal(err)
	}
	appendFile(t, filepath.Join(web, "app.css"), "\n/* version 2 */\n")
	return web
}

// With a diary entry not yet saved, Reload asks first: "Not now" keeps the
// page and what was typed; "Reload anyway" reloads into version 2.
func TestReloadAsksFirstWithAnUnsavedDiaryEntry(t *testing.T) {
	v1 := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(v1.Addr)
	b.onNewDocument(fastUpdateChecksJS)
	b.open(v1.URL + "/diary/new")
	b.waitWorker(precache(t, v1.URL+"/app-worker.js"))
	b.typeInto("#log-note", "woke at 3, left calf")
	b.eval(`window.__sameDocument = true`, nil)

	v2 := deployChangedCSS(t, v1)
	b.waitWorker(precache(t, v2.URL+"/app-worker.js"))
	b.waitTrue(`document.getElementById("update-reload")`, "the update banner")
	b.click("#update-reload")
	b.waitTrue(`document.getElementById("update-busy")`, "the question before reloading")
	mustContain(t, "the question", b.text("#update-banner"), "not saved", "Reload anyway", "Not now")
	b.click("#update-later")
	b.waitTrue(`document.getElementById("update-reload")`, "the plain banner after Not now")
	var kept struct {
		Same bool
		Note string
	}
	b.eval(`({ Same: window.__sameDocument === true, Note: document.getElementById("log-note").value })`, &kept)
	if !kept.Same || kept.Note != "woke at 3, left calf" {
		t.Fatalf("after Not now: same page %v, note %q; want the same page and the note", kept.Same, kept.Note)
	}
	b.click("#update-reload")
	b.waitTrue(`document.getElementById("update-reload-anyway")`, "Reload anyway")
	b.click("#update-reload-anyway")
	b.waitTrue(`document.getElementById("app-version").textContent === "Version `+v2.Version+`" && !document.getElementById("app-wasm-loader")`, "version 2 after Reload anyway")
}
