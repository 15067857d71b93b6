package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"log"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
)

// encodings lists the precompressed variants the server knows, best first.
var encodings = []struct{ name, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// asset is one file of the web directory, held in memory with its
// precompressed variants so that a request costs no disk read and no
// compression work.
type asset struct {
	contentType string
	etag        string
	raw         []byte
	encoded     map[string][]byte // by Content-Encoding name
}

// assetStore serves the web directory at /web/ from memory.
type assetStore struct {
	files map[string]*asset // by URL path, e.g. "/web/app.wasm"
}

// loadAssets reads every file of webDir into memory. Files named X.gz or X.br
// become the precompressed variants of X; text assets without one are
// gzipped here, once.
func loadAssets(webDir fs.FS) (*assetStore, error) {
	store := &assetStore{files: map[string]*asset{}}
	variants := map[string][]byte{}
	err := fs.WalkDir(webDir, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(webDir, name)
		if err != nil {
			return err
		}
		if isVariant(name) {
			variants[name] = body
			return nil
		}
		store.files["/web/"+name] = newAsset(name, body)
		return nil
	})
	if err != nil {
		return nil, err
	}
	store.attachVariants(variants)
	return store, nil
}

func isVariant(name string) bool {
	for _, e := range encodings {
		if strings.HasSuffix(name, e.ext) {
			return true
		}
	}
	return false
}

func newAsset(name string, body []byte) *asset {
	sum := sha256.Sum256(body)
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = http.DetectContentType(body)
	}
	return &asset{
		contentType: ctype,
		etag:        `"` + hex.EncodeToString(sum[:12]) + `"`,
		raw:         body,
		encoded:     map[string][]byte{},
	}
}

// attachVariants pairs X.gz and X.br with X, and gzips compressible files
// that came without one. A variant that does not decode to X (left over from
// an earlier build) is dropped: serving it would run old code.
func (s *assetStore) attachVariants(variants map[string][]byte) {
	for name, body := range variants {
		for _, e := range encodings {
			a, ok := s.files["/web/"+strings.TrimSuffix(name, e.ext)]
			if !ok || !strings.HasSuffix(name, e.ext) {
				continue
			}
			if decodesTo(e.name, body, a.raw) {
				a.encoded[e.name] = body
			} else {
				log.Printf("ignoring web/%s: it is not a compressed copy of web/%s (stale build?)", name, strings.TrimSuffix(name, e.ext))
			}
		}
	}
	for _, a := range s.files {
		if _, ok := a.encoded["gzip"]; !ok && compressible(a.contentType) {
			a.encoded["gzip"] = gzipBytes(a.raw)
		}
	}
}

// decodesTo reports whether body, decoded as encoding, equals raw.
func decodesTo(encoding string, body, raw []byte) bool {
	var r io.Reader
	switch encoding {
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return false
		}
		r = zr
	case "br":
		r = brotli.NewReader(bytes.NewReader(body))
	default:
		return false
	}
	decoded, err := io.ReadAll(io.LimitReader(r, int64(len(raw))+1))
	return err == nil && bytes.Equal(decoded, raw)
}

func compressible(contentType string) bool {
	return strings.HasPrefix(contentType, "text/") ||
		strings.Contains(contentType, "javascript") ||
		strings.Contains(contentType, "json") ||
		strings.Contains(contentType, "svg") ||
		strings.Contains(contentType, "wasm")
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// lookup returns the asset at an URL path.
func (s *assetStore) lookup(urlPath string) (*asset, bool) {
	a, ok := s.files[urlPath]
	return a, ok
}

// ServeHTTP serves an asset, precompressed when the client accepts it.
func (s *assetStore) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a, ok := s.lookup(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	a.serve(w, r)
}

func (a *asset) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Cache-Control", "no-cache")
	if len(a.encoded) > 0 {
		h.Add("Vary", "Accept-Encoding")
	}
	body, encoding := a.negotiate(r.Header.Get("Accept-Encoding"))
	etag := a.etag
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
		etag = strings.TrimSuffix(etag, `"`) + "-" + encoding + `"`
	}
	h.Set("ETag", etag)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if matchesETag(r.Header.Get("If-None-Match"), etag) {
		h.Del("Content-Length")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// negotiate picks the best variant the client accepts.
func (a *asset) negotiate(acceptEncoding string) ([]byte, string) {
	for _, e := range encodings {
		if body, ok := a.encoded[e.name]; ok && accepts(acceptEncoding, e.name) {
			return body, e.name
		}
	}
	return a.raw, ""
}

// accepts reports whether an Accept-Encoding header allows an encoding,
// honouring an explicit q=0.
func accepts(header, encoding string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), encoding) {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

func matchesETag(header, etag string) bool {
	for _, candidate := range strings.Split(header, ",") {
		candidate = strings.TrimPrefix(strings.TrimSpace(candidate), "W/")
		if candidate == etag || candidate == "*" {
			return true
		}
	}
	return false
}

// describe reports sizes for the start-up log.
func (a *asset) describe() string {
	parts := []string{fmt.Sprintf("%d B raw", len(a.raw))}
	for _, e := range encodings {
		if b, ok := a.encoded[e.name]; ok {
			parts = append(parts, fmt.Sprintf("%d B %s", len(b), e.name))
		}
	}
	return strings.Join(parts, ", ")
}
