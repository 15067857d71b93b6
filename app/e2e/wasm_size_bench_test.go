package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/nightcramp/nightcramp/app/wasmsize"
)

// BenchmarkWasmBytes prints where the app's wasm outgrows the floor's: the
// code each package adds and the growth of the data section, so that a size
// budget overrun points at what to cut.
func BenchmarkWasmBytes(b *testing.B) {
	app, floor := readWasmSizes(b, builds.web), readWasmSizes(b, builds.floorWeb)
	fmt.Printf("\nwasm bytes over the floor (raw): total %+d, data section %+d\n", app.Total-floor.Total, app.Data-floor.Data)
	fmt.Printf("%10s %10s %10s  %s\n", "app", "floor", "added", "package (as named in the wasm)")
	growth := app.Largest()
	sort.SliceStable(growth, func(i, j int) bool {
		return growth[i].Bytes-floor.Code[growth[i].Path] > growth[j].Bytes-floor.Code[growth[j].Path]
	})
	for _, p := range growth[:min(15, len(growth))] {
		fmt.Printf("%10d %10d %+10d  %s\n", p.Bytes, floor.Code[p.Path], p.Bytes-floor.Code[p.Path], p.Path)
	}
	b.ReportMetric(float64(app.Total-floor.Total), "raw-bytes-over-floor")
}

func readWasmSizes(b *testing.B, web string) wasmsize.Sizes {
	module, err := os.ReadFile(filepath.Join(web, "app.wasm"))
	if err != nil {
		b.Fatal(err)
	}
	s, err := wasmsize.Read(module)
	if err != nil {
		b.Fatal(err)
	}
	return s
}
