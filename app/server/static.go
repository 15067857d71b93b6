package server

import (
	"bytes"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ExportStatic writes the site to dir for a static host: the pre-rendered
// pages, go-app's files and every asset with its precompressed variants.
// Build the Site with Config.Prefix set when the host serves it under a path.
// pages adds routes beyond the fixed ones, such as one per entry.
// Every page carries the Content-Security-Policy as a meta tag, and a
// _headers file lists the security headers for hosts that read one.
func (s *Site) ExportStatic(dir string, pages ...string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(dir, s.app, pages...); err != nil {
		return fmt.Errorf("writing pages: %w", err)
	}
	if err := s.writeManifest(dir); err != nil {
		return err
	}
	if err := addPolicyMeta(dir); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(dir, "_headers"), headersFile()); err != nil {
		return err
	}
	return s.assets.writeTo(dir)
}

// charsetMeta opens the head of every page go-app writes; the policy goes
// right after it, before any stylesheet or script it governs.
const charsetMeta = `<meta charset="UTF-8">`

// policyMeta is the Content-Security-Policy for a page whose host sends no
// headers.
var policyMeta = `<meta http-equiv="Content-Security-Policy" content="` + html.EscapeString(MetaContentSecurityPolicy) + `">`

// addPolicyMeta puts policyMeta into every exported HTML page.
func addPolicyMeta(dir string) error {
	return filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(name) != ".html" {
			return err
		}
		page, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		if !bytes.Contains(page, []byte(charsetMeta)) {
			return fmt.Errorf("%s has no %s to put the security policy after", name, charsetMeta)
		}
		page = bytes.Replace(page, []byte(charsetMeta), []byte(charsetMeta+"\n    "+policyMeta), 1)
		return os.WriteFile(name, page, 0o644)
	})
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
