package e2e

import (
	"os"
	"path/filepath"
	"testing"
)

// A precached resource that cannot be fetched fails the installation: no
// worker takes control and no half-filled cache is left behind.
func TestServiceWorkerInstallFailsWholeWhenAResourceIsMissing(t *testing.T) {
	web := filepath.Join(t.TempDir(), "web")
	if err := copyDir(builds.web, web); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(web, "icons", "icon.svg")); err != nil {
		t.Fatal(err)
	}
	s := startServer(t, builds.server, web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.onNewDocument(workerStatesJS)
	b.open(s.URL + "/")
	b.waitTrue(`(window.__workerStates || []).includes("redundant")`, "the installing worker to be discarded")
	var state struct {
		Active     bool
		Controlled bool
		Entries    int
	}
	b.eval(`(async () => {
	  const reg = await navigator.serviceWorker.getRegistration();
	  let entries = 0;
	  for (const key of await caches.keys()) entries += (await (await caches.open(key)).keys()).length;
	  return { Active: !!(reg && reg.active), Controlled: !!navigator.serviceWorker.controller, Entries: entries };
	})()`, &state)
	if state.Active || state.Controlled || state.Entries > 0 {
		t.Errorf("after a failed install: %+v; want no active worker, no control, no cached entries", state)
	}
	b.proveAlive()
}

// workerStatesJS records the states of the worker the page registers.
const workerStatesJS = `
window.__workerStates = [];
const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
navigator.serviceWorker.register = (...args) => register(...args).then((reg) => {
  const worker = reg.installing;
  if (worker) {
    window.__workerStates.push(worker.state);
    worker.addEventListener("statechange", () => window.__workerStates.push(worker.state));
  }
  return reg;
});`
