package main

import (
	"fmt"
	"io"
	"net/http"

	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui"
)

// target is one URL of the mix, with the body size it must answer.
type target struct {
	kind, path string
	size       int64
}

// browserEncodings is what Chromium asks for over HTTPS.
const browserEncodings = "gzip, deflate, br, zstd"

// defaultMix is one round of requests as browsers make them: mostly pages
// and small assets, and one wasm download in twenty requests (a real
// client downloads it once, then runs from its cache).
func defaultMix() []target {
	k, _ := kb.LoadEmbedded()
	pages := append([]string{}, ui.Pages...)
	pages = append(pages, "/?q=calf", "/?q=magnesium&type=remedy")
	if k != nil {
		pages = append(pages, ui.EntryPages(k)[:3]...)
	}
	assets := []string{"/app.js", "/wasm_exec.js", "/app.css", "/web/app.css", "/web/theme.js",
		"/manifest.webmanifest", "/app-worker.js", "/web/icons/icon-192.png", "/web/icons/icon.svg"}
	var mix []target
	for i := 0; len(mix) < 19; i++ {
		mix = append(mix, target{kind: "page", path: pages[i%len(pages)]})
		if len(mix) < 19 {
			mix = append(mix, target{kind: "asset", path: assets[i%len(assets)]})
		}
	}
	return append(mix, target{kind: "wasm", path: "/web/app.wasm"})
}

// checkTargets fetches each target once: each must answer 200, and its
// size is what every later answer must match.
func checkTargets(client *http.Client, base string, mix []target) ([]target, error) {
	for i := range mix {
		n, err := fetch(client, base, &mix[i])
		if err != nil {
			return nil, fmt.Errorf("before the load: %v", err)
		}
		mix[i].size = n
	}
	return mix, nil
}

// fetch requests a target, reads the whole body and checks status and size.
func fetch(client *http.Client, base string, t *target) (int64, error) {
	req, err := http.NewRequest(http.MethodGet, base+t.path, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Accept-Encoding", browserEncodings)
	res, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	n, err := io.Copy(io.Discard, res.Body)
	switch {
	case err != nil:
		return n, fmt.Errorf("GET %s: reading the body: %v", t.path, err)
	case res.StatusCode != http.StatusOK:
		return n, fmt.Errorf("GET %s: status %d", t.path, res.StatusCode)
	case t.size != 0 && n != t.size:
		return n, fmt.Errorf("GET %s: %d bytes, want %d", t.path, n, t.size)
	}
	return n, nil
}
