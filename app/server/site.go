// Package server serves the Nightcramp PWA and exports it as a static site.
// It is linked only into the native binary, never into the wasm.
package server

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

//go:embed worker.js
var workerTemplate string

// Config says where the site's files are and how the site is addressed.
type Config struct {
	// WebDir holds app.wasm (and its .gz and .br), app.css and the icons.
	WebDir string
	// Prefix is the URL path the site lives under on a static host, such as
	// "/nightcramp" for a GitHub Pages project; empty at the root.
	Prefix string
	// Pages are the paths of every route (the route table, without trailing
	// slashes): each is precached, and exported, as its own pre-rendered page.
	Pages []string
	// Shortcuts are the pages the manifest offers on a long press of the
	// home-screen icon; each must be one of Pages.
	Shortcuts []Shortcut
	// NotFound is the page (one of Pages) the worker answers, offline, for
	// an address that is no page; the export copies it to 404.html.
	NotFound string
}

// Shortcut is a page the manifest offers as a shortcut.
type Shortcut struct {
	Path, Name, ShortName, Description string
}

// ErrMissingWasm means the web directory has no built app.wasm.
var ErrMissingWasm = errors.New("app.wasm is missing")

// Site is the ready-to-serve PWA: go-app's handler plus the assets.
type Site struct {
	// Version changes when, and only when, anything a client downloads does.
	Version  string
	app      *app.Handler
	assets   *assetStore
	manifest *asset
	cfg      Config
}

// New loads the web directory and configures the PWA.
func New(cfg Config) (*Site, error) {
	if _, err := os.Stat(filepath.Join(cfg.WebDir, "app.wasm")); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w from %s: build it first with `make build`, or use `make run`, which builds and serves", ErrMissingWasm, cfg.WebDir)
	}
	store, err := loadAssets(os.DirFS(cfg.WebDir))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", cfg.WebDir, err)
	}
	wasm, _ := store.lookup("/web/app.wasm")
	h := newAppHandler(cfg, len(wasm.raw))
	manifest := makeManifest(h, cfg, store)
	h.Version = contentVersion(store, h.ServiceWorkerTemplate, pwaSettings(h), cfg.Prefix, string(manifest))
	return &Site{Version: h.Version, app: h, assets: store, manifest: manifestAsset(manifest), cfg: cfg}, nil
}

// Handler serves the whole site: assets from memory, pages and PWA files
// from go-app, every response with the security headers, and refusals for
// what a static site never answers (see guard).
func (s *Site) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/web/", s.assets)
	for _, p := range manifestPaths {
		mux.Handle(p, http.HandlerFunc(s.manifest.serve))
	}
	mux.Handle("/", s.app)
	return withSecurityHeaders(guard(mux))
}

// Describe lists what is served, for the start-up log.
func (s *Site) Describe() string {
	wasm, _ := s.assets.lookup("/web/app.wasm")
	return fmt.Sprintf("version %s, app.wasm %s", s.Version, wasm.describe())
}

// newAppHandler configures go-app for Nightcramp: own icons (go-app's
// defaults are remote), the night colours, and the fixed service worker.
func newAppHandler(cfg Config, wasmSize int) *app.Handler {
	h := &app.Handler{
		Name:               "Nightcramp",
		ShortName:          "Nightcramp",
		Title:              "Nightcramp: night leg cramps, explained",
		Description:        "Causes and remedies of night leg cramps, graded against the evidence. Works offline.",
		Lang:               "en",
		BackgroundColor:    nightBackground,
		ThemeColor:         nightBackground,
		LoadingLabel:       "Loading {progress}%",
		Icon:               icons,
		Styles:             []string{"/web/app.css", "/web/diary.css", "/web/guide.css"},
		Scripts:            []string{"/web/theme.js", "/web/nav.js"},
		CacheableResources: []string{icons.SVG},
		RawHeaders:         []string{`<meta name="color-scheme" content="dark">`, firstPaintWhole},
		WasmContentLength:  strconv.Itoa(wasmSize),
	}
	if cfg.Prefix != "" {
		h.Resources = app.PrefixedLocation(cfg.Prefix)
	}
	h.ServiceWorkerTemplate = workerScript(h, cfg)
	return h
}

// firstPaintWhole holds the first paint until the page's main content,
// heading included, is parsed: the browser may otherwise paint a long
// page's top bar alone, and a person woken by a cramp would see a page with
// no heading. Every page has its content in <main id="main">; a page
// without one paints once parsed, as before.
const firstPaintWhole = `<link rel="expect" href="#main" blocking="render">`

// nightBackground is the page colour from the first byte of HTML: the
// manifest, the theme colour and app.css all use it.
const nightBackground = "#0b1020"

var icons = app.Icon{
	Default:  "/web/icons/icon-192.png",
	Large:    "/web/icons/icon-512.png",
	Maskable: "/web/icons/maskable-512.png",
	SVG:      "/web/icons/icon.svg",
}

// pwaSettings is the part of the handler's configuration that ends up in
// what clients download, so that changing it changes the version.
func pwaSettings(h *app.Handler) string {
	return fmt.Sprint(h.Name, h.ShortName, h.Title, h.Description, h.Lang,
		h.BackgroundColor, h.ThemeColor, h.LoadingLabel, h.Icon, h.Styles, h.Scripts,
		h.CacheableResources, h.RawHeaders, h.WasmContentLength)
}
