package wasmsize

import (
	"errors"
	"testing"
)

// module builds a tiny wasm module: one imported function, two bodies of
// 3 and 5 bytes named after two packages, and a 4-byte data section.
func module() []byte {
	section := func(id byte, payload ...byte) []byte {
		return append([]byte{id, byte(len(payload))}, payload...)
	}
	name := func(s string) []byte { return append([]byte{byte(len(s))}, s...) }
	imports := append([]byte{1}, name("go")...)
	imports = append(imports, name("f")...)
	imports = append(imports, 0, 0) // function of type 0
	code := []byte{2, 3, 0, 0, 0x0b, 5, 0, 0, 0, 0, 0x0b}
	funcs := []byte{3, 0}
	funcs = append(funcs, name("go.f")...)
	funcs = append(funcs, 1)
	funcs = append(funcs, name("github.com_a_b.(*T).M")...)
	funcs = append(funcs, 2)
	funcs = append(funcs, name("encoding_json.Marshal")...)
	names := append(name("name"), 1, byte(len(funcs)))
	names = append(names, funcs...)
	m := []byte("\x00asm\x01\x00\x00\x00")
	m = append(m, section(sectionImport, imports...)...)
	m = append(m, section(sectionCode, code...)...)
	m = append(m, section(sectionData, 1, 2, 3, 4)...)
	m = append(m, section(sectionCustom, names...)...)
	return m
}

func TestReadCountsCodePerPackageAndData(t *testing.T) {
	m := module()
	s, err := Read(m)
	if err != nil {
		t.Fatal(err)
	}
	if s.Code["github.com_a_b"] != 3 || s.Code["encoding_json"] != 5 || len(s.Code) != 2 {
		t.Errorf("code by package = %v, want github.com_a_b 3 and encoding_json 5", s.Code)
	}
	if s.Data != 4 || s.Total != len(m) {
		t.Errorf("data %d total %d, want 4 and %d", s.Data, s.Total, len(m))
	}
	if l := s.Largest(); l[0].Path != "encoding_json" {
		t.Errorf("largest first: %v", l)
	}
}

func TestReadRefusesWhatIsNotWasm(t *testing.T) {
	if _, err := Read([]byte("<html>")); !errors.Is(err, errNotWasm) {
		t.Errorf("err = %v, want errNotWasm", err)
	}
	m := module()
	if _, err := Read(m[:len(m)-3]); err == nil {
		t.Error("a truncated module read without error")
	}
}

func TestPackageOf(t *testing.T) {
	for symbol, want := range map[string]string{
		"runtime.mallocgc": "runtime",
		"github.com_nightcramp_nightcramp_app_kb.Load":   "github.com_nightcramp_nightcramp_app_kb",
		"github.com_x_y.(*T).M":                          "github.com_x_y",
		"slices.pdqsortCmpFunc_go.shape.struct___a.b___": "slices",
		"": "(unnamed)",
	} {
		if got := packageOf(symbol); got != want {
			t.Errorf("packageOf(%q) = %q, want %q", symbol, got, want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(module())
	f.Fuzz(func(t *testing.T, b []byte) {
		Read(b) // must not panic
	})
}
