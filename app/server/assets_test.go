package server

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"testing/fstest"
)

func testStore(t *testing.T, extra fstest.MapFS) *assetStore {
	t.Helper()
	wasm := []byte("\x00asm pretend wasm pretend wasm pretend wasm")
	files := fstest.MapFS{
		"app.wasm":    {Data: wasm},
		"app.wasm.gz": {Data: gzipBytes(wasm)},
		"app.wasm.br": {Data: brotliBytes(wasm)},
		"app.css":     {Data: []byte("body{}")},
		"icon.png":    {Data: []byte("\x89PNG\r\n\x1a\n")},
	}
	for k, v := range extra {
		files[k] = v
	}
	store, err := loadAssets(files)
	if err != nil {
		t.Fatal(err)
	}
	return store
}

func get(h http.Handler, path, acceptEncoding, ifNoneMatch string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	if acceptEncoding != "" {
		req.Header.Set("Accept-Encoding", acceptEncoding)
	}
	if ifNoneMatch != "" {
		req.Header.Set("If-None-Match", ifNoneMatch)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestWasmNegotiatesPrecompressedVariant(t *testing.T) {
	store := testStore(t, nil)
	cases := []struct{ accept, want string }{
		{"gzip, deflate, br", "br"},
		{"gzip, deflate", "gzip"},
		{"br;q=0, gzip", "gzip"},
		{"identity", ""},
		{"", ""},
	}
	for _, c := range cases {
		rec := get(store, "/web/app.wasm", c.accept, "")
		if got := rec.Header().Get("Content-Encoding"); got != c.want {
			t.Errorf("Accept-Encoding %q: got encoding %q, want %q", c.accept, got, c.want)
		}
		if rec.Header().Get("Vary") != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: no Vary header", c.accept)
		}
		if rec.Header().Get("Content-Type") != "application/wasm" {
			t.Errorf("Content-Type %q", rec.Header().Get("Content-Type"))
		}
		raw := store.files["/web/app.wasm"].raw
		if c.want == "" && rec.Body.String() != string(raw) || c.want != "" && !decodesTo(c.want, rec.Body.Bytes(), raw) {
			t.Errorf("Accept-Encoding %q: the body is not the wasm", c.accept)
		}
	}
}

func TestETagRevalidates(t *testing.T) {
	store := testStore(t, nil)
	first := get(store, "/web/app.wasm", "gzip", "")
	etag := first.Header().Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	if rec := get(store, "/web/app.wasm", "gzip", etag); rec.Code != http.StatusNotModified {
		t.Errorf("revalidation with the same ETag gave %d", rec.Code)
	}
	if rec := get(store, "/web/app.wasm", "br", etag); rec.Code != http.StatusOK {
		t.Errorf("another encoding must not match the gzip ETag: got %d", rec.Code)
	}
}

func TestStaleVariantIsNotServed(t *testing.T) {
	store := testStore(t, fstest.MapFS{"app.wasm.br": {Data: brotliBytes([]byte("old build"))}})
	rec := get(store, "/web/app.wasm", "br, gzip", "")
	if got := rec.Header().Get("Content-Encoding"); got != "gzip" {
		t.Errorf("a stale .br must be dropped; got encoding %q", got)
	}
}

func TestMissingAssetIs404(t *testing.T) {
	if rec := get(testStore(t, nil), "/web/nope.js", "", ""); rec.Code != http.StatusNotFound {
		t.Errorf("got %d", rec.Code)
	}
}

func TestTextAssetsAreGzippedOnce(t *testing.T) {
	store := testStore(t, nil)
	if _, ok := store.files["/web/app.css"].encoded["gzip"]; !ok {
		t.Error("app.css has no gzip variant")
	}
	if _, ok := store.files["/web/icon.png"].encoded["gzip"]; ok {
		t.Error("a PNG must not be gzipped")
	}
}
