// Command screenshots photographs the real app for the web app manifest: it
// builds the server and the wasm into a temporary directory, serves them,
// and has headless Chromium capture the home page as a phone shows it
// (narrow.png) and as a large screen does (wide.png), as the installed app
// shows it (no install offer), in the night theme. Run it with
// `make screenshots`; the PNGs in web/screenshots/ are committed.
//
// Usage:
//
//	screenshots [-out web/screenshots] [-web web]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// shot is one screenshot: its file, the viewport in CSS pixels, the pixel
// ratio and the page shown.
type shot struct {
	file          string
	width, height int64
	scale         float64
	mobile        bool
	path          string
}

// shots are what the manifest lists (app/server/manifest.go).
var shots = []shot{
	{file: "narrow.png", width: 360, height: 740, scale: 2, mobile: true, path: "/"},
	{file: "wide.png", width: 1280, height: 800, scale: 1, path: "/?q=calf"},
}

func main() {
	out := flag.String("out", filepath.Join("web", "screenshots"), "directory to write the PNGs to")
	web := flag.String("web", "web", "directory with the static assets (app.css, icons)")
	flag.Parse()
	if err := run(*out, *web); err != nil {
		fmt.Fprintln(os.Stderr, "screenshots:", err)
		os.Exit(1)
	}
}

func run(out, web string) error {
	work, err := os.MkdirTemp("", "nightcramp-screenshots-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	bin, err := build(work, web)
	if err != nil {
		return err
	}
	srv, err := serve(bin, filepath.Join(work, "web"))
	if err != nil {
		return err
	}
	defer srv.stop()
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, s := range shots {
		png, err := capture(srv.url+s.path, s)
		if err != nil {
			return fmt.Errorf("%s: %w", s.file, err)
		}
		if err := os.WriteFile(filepath.Join(out, s.file), png, 0o644); err != nil {
			return err
		}
		fmt.Printf("wrote %s (%dx%d CSS px at %gx, %d bytes)\n", filepath.Join(out, s.file), s.width, s.height, s.scale, len(png))
	}
	return nil
}
