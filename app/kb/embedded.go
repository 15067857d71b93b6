package kb

import "github.com/nightcramp/nightcramp/data"

// LoadEmbedded loads the knowledge base embedded in the binary from the
// data directory, validating every file.
func LoadEmbedded() (*KB, error) {
	return Load(data.FS)
}

// LoadEmbeddedTrusted loads the same knowledge base without validating it
// again: for the browser, whose wasm embeds the very files that the native
// binary and the tests, built from the same tree, validate (the server
// refuses to start on any problem). See loadTrusted.
func LoadEmbeddedTrusted() (*KB, error) {
	return loadTrusted(data.FS)
}
