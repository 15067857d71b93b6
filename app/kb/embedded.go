package kb

import "github.com/nightcramp/nightcramp/data"

// LoadEmbedded loads the knowledge base embedded in the binary from the
// data directory.
func LoadEmbedded() (*KB, error) {
	return Load(data.FS)
}
