package e2e

import (
	"context"
	"io"
	"net"
	"net/http"
	"testing"

	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// An update whose download breaks halfway (the connection drops in the
// middle of the new wasm) changes nothing: no banner, nothing alarming, the
// running version goes on, online and offline.
func TestUpdateBrokenHalfwayKeepsTheRunningVersion(t *testing.T) {
	v1 := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(v1.Addr)
	b.open(v1.URL + "/")
	b.waitWorker(precache(t, v1.URL+"/app-worker.js"))

	behind := startServer(t, builds.server, deployedWeb(t), "127.0.0.1:0")
	if behind.Version == v1.Version {
		t.Fatal("changed content kept the version")
	}
	v1.Stop()
	cutWasmHalfway(t, v1.Addr, behind.Addr)
	checkFailedUpdate(t, b, v1)
}

// With storage full, the new version cannot be stored: the same quiet
// outcome as a broken download.
func TestUpdateWithStorageFullKeepsTheRunningVersion(t *testing.T) {
	v1 := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(v1.Addr)
	b.open(v1.URL + "/")
	b.waitWorker(precache(t, v1.URL+"/app-worker.js"))

	var usage float64
	b.eval(`navigator.storage.estimate().then((e) => e.usage)`, &usage)
	quota := usage + 64<<10 // room for a little, not for a new wasm
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: v1.URL, QuotaSize: &quota}); err != nil {
		t.Fatal(err)
	}
	// navigator.storage.estimate() goes on reporting the real quota
	// (measured), but writes meet the override: prove the storage is full
	// with a write of 1 MB, then remove the probe.
	var probe string
	b.eval(`caches.open("quota-probe")
	  .then((c) => c.put("/quota-probe", new Response(new Uint8Array(1 << 20))))
	  .then(() => "stored", (e) => e.name)
	  .then((r) => caches.delete("quota-probe").then(() => r))`, &probe)
	if probe != "QuotaExceededError" {
		t.Fatalf("a 1 MB write with the quota override gave %q, want QuotaExceededError", probe)
	}
	deployChangedCSS(t, v1)
	checkFailedUpdate(t, b, v1)
}

// checkFailedUpdate makes the page look for the update that cannot install,
// waits until the browser gave it up, and checks that the page runs on at
// version 1, says nothing, and still works after a reload and offline.
func checkFailedUpdate(t *testing.T, b *browser, v1 *server) {
	t.Helper()
	b.eval(`(async () => {
	  const reg = await navigator.serviceWorker.getRegistration();
	  window.__update = [];
	  reg.addEventListener("updatefound", () => {
	    const w = reg.installing;
	    window.__update.push(w.state);
	    w.addEventListener("statechange", () => window.__update.push(w.state));
	  });
	  await reg.update().catch(() => {});
	  return true;
	})()`, nil)
	b.waitTrue(`window.__update.includes("redundant")`, "the browser to give up the new version")
	b.sleep(500)
	var page struct {
		Banner, Version string
		Alerts          int
	}
	pageJS := `({ Banner: document.getElementById("update-banner").textContent, Version: document.getElementById("app-version").textContent,
	  Alerts: document.querySelectorAll("[role=alert]").length })`
	b.eval(pageJS, &page)
	if page.Banner != "" || page.Alerts != 0 || page.Version != "Version "+v1.Version {
		t.Errorf("after the failed update the page shows %+v; want no banner, no alert, version %s", page, v1.Version)
	}
	b.proveAlive()

	b.reload()
	b.eval(pageJS, &page)
	if page.Version != "Version "+v1.Version || page.Banner != "" {
		t.Errorf("after a reload the page shows %+v; want version %s and no banner", page, v1.Version)
	}
	b.proveAlive()
	b.setOffline(true)
	b.reload()
	b.proveAlive()
	b.setOffline(false)
}

// cutWasmHalfway serves addr by forwarding to upstream, except that the
// wasm's response stops halfway: the connection drops as on a train going
// into a tunnel.
func cutWasmHalfway(t *testing.T, addr, upstream string) {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req, _ := http.NewRequest(r.Method, "http://"+upstream+r.URL.RequestURI(), nil)
		req.Header = r.Header.Clone()
		if r.URL.Path == "/web/app.wasm" {
			// The browser holds this wasm already (version 2 changed only
			// app.css) and would get a 304 with no body to cut: ask for
			// the whole file, as for a new wasm.
			req.Header.Del("If-None-Match")
			req.Header.Del("If-Modified-Since")
		}
		res, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer res.Body.Close()
		for k, v := range res.Header {
			w.Header()[k] = v
		}
		w.WriteHeader(res.StatusCode)
		if r.URL.Path != "/web/app.wasm" || res.StatusCode != http.StatusOK {
			io.Copy(w, res.Body)
			return
		}
		io.CopyN(w, res.Body, res.ContentLength/2)
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler) // drops the connection mid-body
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
}
