package server

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ExportStatic writes the site to dir for a static host: the pre-rendered
// pages, go-app's files and every asset with its precompressed variants.
// Build the Site with Config.Prefix set when the host serves it under a path.
// pages adds routes beyond the fixed ones, such as one per entry.
func (s *Site) ExportStatic(dir string, pages ...string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(dir, s.app, pages...); err != nil {
		return fmt.Errorf("writing pages: %w", err)
	}
	return s.assets.writeTo(dir)
}

// writeTo copies every asset and its variants below dir, as web/...
func (s *assetStore) writeTo(dir string) error {
	for urlPath, a := range s.files {
		name := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(urlPath, "/")))
		if err := writeFile(name, a.raw); err != nil {
			return err
		}
		for _, e := range encodings {
			if body, ok := a.encoded[e.name]; ok {
				if err := writeFile(name+e.ext, body); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func writeFile(name string, body []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, body, 0o644)
}
