package server

import (
	"bytes"
	"encoding/json"
	"image"
	_ "image/png" // screenshots are PNG
	"path/filepath"
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The web app manifest is made here, in one place, rather than by go-app:
// go-app's has no id, categories, screenshots or shortcuts, and its scope is
// "/" even when the site lives under a path prefix. It keeps every field
// go-app writes (manifest_test.go checks that) and is served at go-app's own
// path, so the page's <link rel="manifest"> and the service worker's
// precache, both go-app's, get this one.

// manifestPaths are where go-app would answer with its manifest.
var manifestPaths = []string{"/manifest.webmanifest", "/manifest.json"}

// shortcut is an action offered on a long press of the home-screen icon.
type shortcut struct {
	Name        string         `json:"name"`
	ShortName   string         `json:"short_name"`
	Description string         `json:"description"`
	URL         string         `json:"url"`
	Icons       []manifestIcon `json:"icons"`
}

// shortcutIcon is shown beside each shortcut.
const shortcutIcon = "/web/icons/icon-192.png"

// screenshot is a picture of the app shown by richer install dialogs.
type screenshot struct {
	Src        string `json:"src"`
	Sizes      string `json:"sizes"`
	Type       string `json:"type"`
	FormFactor string `json:"form_factor"`
	Label      string `json:"label"`
}

// screenshots are the pictures cmd/screenshots makes from the real app.
var screenshots = []screenshot{
	{Src: "/web/screenshots/narrow.png", FormFactor: "narrow", Label: "Search causes and remedies of night leg cramps on a phone"},
	{Src: "/web/screenshots/wide.png", FormFactor: "wide", Label: "Nightcramp on a large screen: search, filters and graded results"},
}

type manifestIcon struct {
	Src     string `json:"src"`
	Type    string `json:"type"`
	Purpose string `json:"purpose,omitempty"`
	Sizes   string `json:"sizes"`
}

type manifest struct {
	ID              string         `json:"id"`
	Name            string         `json:"name"`
	ShortName       string         `json:"short_name"`
	Description     string         `json:"description"`
	Lang            string         `json:"lang"`
	Dir             string         `json:"dir"`
	StartURL        string         `json:"start_url"`
	Scope           string         `json:"scope"`
	Display         string         `json:"display"`
	BackgroundColor string         `json:"background_color"`
	ThemeColor      string         `json:"theme_color"`
	Categories      []string       `json:"categories"`
	Icons           []manifestIcon `json:"icons"`
	Screenshots     []screenshot   `json:"screenshots,omitempty"`
	Shortcuts       []shortcut     `json:"shortcuts,omitempty"`
}

// makeManifest builds the manifest from the handler's settings (h, before
// go-app initialises it), the site's route table (cfg) and the screenshots
// present in store. URLs go through the handler's resolver, so a prefixed
// site's manifest points inside its prefix.
func makeManifest(h *app.Handler, cfg Config, store *assetStore) []byte {
	resolve := resolver(h)
	// The scope ends with a slash; the start URL and id lie inside it.
	root := resolve("/")
	m := manifest{
		ID:              root,
		Name:            h.Name,
		ShortName:       h.ShortName,
		Description:     h.Description,
		Lang:            h.Lang,
		Dir:             "ltr",
		StartURL:        root,
		Scope:           root,
		Display:         "standalone",
		BackgroundColor: h.BackgroundColor,
		ThemeColor:      h.ThemeColor,
		Categories:      []string{"health", "medical"},
		Icons: []manifestIcon{
			{Src: resolve(h.Icon.Maskable), Type: "image/png", Purpose: "maskable", Sizes: "512x512"},
			{Src: resolve(h.Icon.SVG), Type: "image/svg+xml", Sizes: "any"},
			{Src: resolve(h.Icon.Large), Type: "image/png", Sizes: "512x512"},
			{Src: resolve(h.Icon.Default), Type: "image/png", Sizes: "192x192"},
		},
		Screenshots: presentScreenshots(store, resolve),
		Shortcuts:   offeredShortcuts(cfg, resolve),
	}
	body, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		panic(err) // plain strings and slices always encode
	}
	return body
}

// presentScreenshots lists the screenshots found in the web directory with
// the size the PNG itself declares, so the manifest cannot disagree with
// the picture.
func presentScreenshots(store *assetStore, resolve func(string) string) []screenshot {
	var out []screenshot
	for _, s := range screenshots {
		a, ok := store.lookup(s.Src)
		if !ok {
			continue
		}
		cfg, _, err := image.DecodeConfig(bytes.NewReader(a.raw))
		if err != nil {
			continue
		}
		s.Sizes = strconv.Itoa(cfg.Width) + "x" + strconv.Itoa(cfg.Height)
		s.Type = "image/png"
		s.Src = resolve(s.Src)
		out = append(out, s)
	}
	return out
}

// offeredShortcuts are the route table's shortcuts whose page is one of
// the site's pages (so each is precached and opens offline), at the page's
// precached URL.
func offeredShortcuts(cfg Config, resolve func(string) string) []shortcut {
	var out []shortcut
	for _, s := range cfg.Shortcuts {
		if !slices.Contains(cfg.Pages, s.Path) {
			continue
		}
		out = append(out, shortcut{
			Name: s.Name, ShortName: s.ShortName, Description: s.Description,
			URL:   resolve(pageURL(s.Path)),
			Icons: []manifestIcon{{Src: resolve(shortcutIcon), Type: "image/png", Sizes: "192x192"}},
		})
	}
	return out
}

// manifestAsset holds the manifest like any asset: in memory, gzipped once,
// with an ETag.
func manifestAsset(body []byte) *asset {
	a := newAsset("manifest.webmanifest", body)
	a.contentType = "application/manifest+json"
	a.encoded["gzip"] = gzipBytes(body)
	return a
}

// writeManifest replaces the manifest go-app's static export wrote.
func (s *Site) writeManifest(dir string) error {
	return writeFile(filepath.Join(dir, "manifest.webmanifest"), s.manifest.raw)
}
