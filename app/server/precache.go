package server

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageURL is the address a page answers at on any static host: the export
// writes the page to PATH/index.html, which every file server answers at
// PATH/ (the root's is "/"). The worker answers PATH too, from the same
// cached page.
func pageURL(path string) string {
	if path == "/" || strings.HasSuffix(path, "/") {
		return path
	}
	return path + "/"
}

// resolver returns the handler's URL resolver: the path prefix, if any.
func resolver(h *app.Handler) func(string) string {
	resources := h.Resources
	if resources == nil {
		resources = app.LocalDir("") // what go-app uses when none is set
	}
	return func(p string) string {
		u := resources.Resolve(p)
		// Resolve("/") drops the slash under a prefix; the root page answers
		// at the prefix with its slash, like every other page.
		if p == "/" && !strings.HasSuffix(u, "/") {
			u += "/"
		}
		return u
	}
}

// precacheURLs is the service worker's precache list: go-app's files, the
// assets every page loads, and every page of the route table at its
// pageURL, all resolved under the prefix. It names exactly the URLs the
// static export's files answer (ExportStatic checks it).
func precacheURLs(h *app.Handler, cfg Config) []string {
	resolve := resolver(h)
	var urls []string
	add := func(paths ...string) {
		for _, p := range paths {
			if p == "" {
				continue
			}
			if u := resolve(p); !slices.Contains(urls, u) {
				urls = append(urls, u)
			}
		}
	}
	// What go-app's own worker precaches (makeAppWorkerJS), less its "/",
	// which is among the pages.
	add("/app.css", "/app.js", "/manifest.webmanifest", "/wasm_exec.js", "/web/app.wasm")
	add(h.Fonts...)
	add(h.Icon.Default, h.Icon.Large, h.Icon.Maskable)
	add(h.Styles...)
	add(h.Scripts...)
	add(h.CacheableResources...)
	for _, p := range cfg.Pages {
		add(pageURL(p))
	}
	slices.Sort(urls)
	return urls
}

// workerScript is the service worker template with the precache list and
// the not-found page filled in; go-app fills in the version.
func workerScript(h *app.Handler, cfg Config) string {
	list, _ := json.Marshal(precacheURLs(h, cfg))
	notFound := ""
	if cfg.NotFound != "" {
		notFound = resolver(h)(pageURL(cfg.NotFound))
	}
	nf, _ := json.Marshal(notFound)
	s := strings.ReplaceAll(workerTemplate, "{{.ResourcesToCache}}", string(list))
	return strings.ReplaceAll(s, "{{.NotFoundPage}}", string(nf))
}

// Precache is the service worker's precache list.
func (s *Site) Precache() []string { return precacheURLs(s.app, s.cfg) }
