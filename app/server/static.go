package server

import (
	"bytes"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
)

// Export reports what ExportStatic wrote.
type Export struct {
	// Pages is how many pre-rendered pages were written.
	Pages int
	// Precached is how many URLs the service worker precaches, and
	// PrecachedBytes their total size as files (what the cache holds).
	Precached      int
	PrecachedBytes int64
	// PageBytes is the pages' share of PrecachedBytes.
	PageBytes int64
}

// goAppFiles are the files go-app's handler makes for every site.
var goAppFiles = []string{"/app.js", "/app-worker.js", "/wasm_exec.js", "/app.css"}

// ExportStatic writes the site to dir for a static host: every page of the
// route table pre-rendered to PATH/index.html (the root's to index.html),
// which any file server answers at PATH/ with no configuration; go-app's
// files; the manifest; every asset with its precompressed variants; the
// not-found page again as 404.html; and a _headers file listing the
// security headers for hosts that read one. Every page carries the
// Content-Security-Policy as a meta tag. Build the Site with Config.Prefix
// set when the host serves it under a path.
//
// It refuses (and names the file) when a URL the service worker precaches
// has no file in dir: on the host, that would fail the worker's install.
func (s *Site) ExportStatic(dir string) (Export, error) {
	var report Export
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return report, err
	}
	for _, p := range goAppFiles {
		body, err := s.render(p)
		if err != nil {
			return report, err
		}
		if err := writeFile(filepath.Join(dir, filepath.FromSlash(p[1:])), body); err != nil {
			return report, err
		}
	}
	for _, p := range s.cfg.Pages {
		page, err := s.render(p)
		if err != nil {
			return report, err
		}
		if page, err = withPolicyMeta(p, page); err != nil {
			return report, err
		}
		if err := writeFile(pageFile(dir, p), page); err != nil {
			return report, err
		}
		if p == s.cfg.NotFound {
			if err := writeFile(filepath.Join(dir, "404.html"), page); err != nil {
				return report, err
			}
		}
		report.Pages++
	}
	if err := s.writeManifest(dir); err != nil {
		return report, err
	}
	if err := writeFile(filepath.Join(dir, "_headers"), headersFile()); err != nil {
		return report, err
	}
	if err := s.assets.writeTo(dir); err != nil {
		return report, err
	}
	return report, s.checkPrecache(dir, &report)
}

// render asks go-app's handler for a path, as a browser would.
func (s *Site) render(p string) ([]byte, error) {
	rec := httptest.NewRecorder()
	s.app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("rendering %s: status %d (is it a registered route?)", p, rec.Code)
	}
	return rec.Body.Bytes(), nil
}

// pageFile is where the export writes the page at path p.
func pageFile(dir, p string) string {
	return filepath.Join(dir, filepath.FromSlash(strings.Trim(p, "/")), "index.html")
}

// checkPrecache proves that every precached URL has its file in dir, the
// file a static server answers it with, and totals their sizes.
func (s *Site) checkPrecache(dir string, report *Export) error {
	root := resolver(s.app)("/")
	var missing []string
	for _, u := range s.Precache() {
		rel := strings.TrimPrefix(u, root)
		name := filepath.Join(dir, filepath.FromSlash(rel))
		if rel == "" || strings.HasSuffix(rel, "/") {
			name = filepath.Join(name, "index.html")
		}
		info, err := os.Stat(name)
		if err != nil || !strings.HasPrefix(u, root) {
			missing = append(missing, fmt.Sprintf("%s (for %s)", name, u))
			continue
		}
		report.Precached++
		report.PrecachedBytes += info.Size()
		if filepath.Base(name) == "index.html" {
			report.PageBytes += info.Size()
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("the export in %s lacks files the service worker precaches, so it would never install: %s", dir, strings.Join(missing, ", "))
	}
	return nil
}

// charsetMeta opens the head of every page go-app writes; the policy goes
// right after it, before any stylesheet or script it governs.
const charsetMeta = `<meta charset="UTF-8">`

// policyMeta is the Content-Security-Policy for a page whose host sends no
// headers.
var policyMeta = `<meta http-equiv="Content-Security-Policy" content="` + html.EscapeString(MetaContentSecurityPolicy) + `">`

// withPolicyMeta puts policyMeta into the page at path p.
func withPolicyMeta(p string, page []byte) ([]byte, error) {
	if !bytes.Contains(page, []byte(charsetMeta)) {
		return nil, fmt.Errorf("the page %s has no %s to put the security policy after", p, charsetMeta)
	}
	return bytes.Replace(page, []byte(charsetMeta), []byte(charsetMeta+"\n    "+policyMeta), 1), nil
}

// headersFile is a _headers file (Netlify, Cloudflare Pages) giving every
// path the security headers, and the wasm its MIME type.
func headersFile() []byte {
	var b strings.Builder
	b.WriteString("# Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages).\n")
	b.WriteString("# Written by `nightcramp static`; see README, \"Deploying: security headers\".\n/*\n")
	for _, kv := range SecurityHeaders {
		fmt.Fprintf(&b, "  %s: %s\n", kv[0], kv[1])
	}
	b.WriteString("/web/app.wasm\n  Content-Type: application/wasm\n")
	return []byte(b.String())
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
