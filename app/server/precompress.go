package server

import (
	"bytes"
	"fmt"
	"os"

	"github.com/andybalholm/brotli"
)

// Precompress writes file.gz and file.br beside file at the highest levels,
// once per build, so the server never compresses the wasm at request time.
// The two run side by side: brotli at level 11 takes most of the time.
func Precompress(file string) error {
	raw, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	brc := make(chan []byte, 1)
	go func() { brc <- brotliBytes(raw) }()
	if err := os.WriteFile(file+".gz", gzipBytes(raw), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(file+".br", <-brc, 0o644); err != nil {
		return fmt.Errorf("writing brotli: %w", err)
	}
	return nil
}

func brotliBytes(raw []byte) []byte {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	w.Write(raw) // writes to a bytes.Buffer cannot fail
	w.Close()
	return buf.Bytes()
}
