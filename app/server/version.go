package server

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
)

// contentVersion derives the app version from everything a client downloads:
// the web assets (the wasm embeds the code and the knowledge base) and the
// server-made files (worker template, handler settings). An identical rebuild
// gives the same version, so clients see no update; any change gives another.
func contentVersion(store *assetStore, settings ...string) string {
	paths := make([]string, 0, len(store.files))
	for p := range store.files {
		paths = append(paths, p)
	}
	sort.Strings(paths)

	h := sha256.New()
	for _, p := range paths {
		h.Write([]byte(p))
		h.Write([]byte{0})
		h.Write([]byte(store.files[p].etag))
	}
	for _, s := range settings {
		h.Write([]byte{0})
		h.Write([]byte(s))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
