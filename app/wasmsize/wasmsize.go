// Package wasmsize tells where the bytes of a Go WebAssembly binary go: the
// code of each Go package, and the data segment. It reads the module's own
// sections, so it needs no toolchain support (go tool nm does not read wasm).
package wasmsize

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Sizes is the size of a module's parts, in bytes.
type Sizes struct {
	// Code is the size of each package's function bodies, by import path.
	Code map[string]int
	// Data is the size of the data section: strings, tables and embedded
	// files.
	Data int
	// Total is the size of the whole module.
	Total int
}

// Package is one line of a size report.
type Package struct {
	Path  string
	Bytes int
}

// Largest lists the packages by code size, largest first.
func (s Sizes) Largest() []Package {
	list := make([]Package, 0, len(s.Code))
	for p, n := range s.Code {
		list = append(list, Package{p, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Bytes != list[j].Bytes {
			return list[i].Bytes > list[j].Bytes
		}
		return list[i].Path < list[j].Path
	})
	return list
}

const (
	sectionCustom = 0
	sectionImport = 2
	sectionCode   = 10
	sectionData   = 11
)

var errNotWasm = errors.New("not a WebAssembly module")

// Read measures a WebAssembly module.
func Read(module []byte) (Sizes, error) {
	if len(module) < 8 || !bytes.Equal(module[:4], []byte("\x00asm")) {
		return Sizes{}, errNotWasm
	}
	s := Sizes{Code: map[string]int{}, Total: len(module)}
	var bodies []int
	var names map[int]string
	imported := 0
	r := reader{b: module[8:]}
	for !r.done() {
		id := r.byte()
		payload := reader{b: r.bytes(int(r.uint()))}
		if r.err != nil {
			return Sizes{}, r.err
		}
		switch id {
		case sectionImport:
			imported = countFuncImports(&payload)
		case sectionCode:
			bodies = bodySizes(&payload)
		case sectionData:
			s.Data = len(payload.b)
		case sectionCustom:
			if payload.name() == "name" {
				names = funcNames(&payload)
			}
		}
		if payload.err != nil {
			return Sizes{}, fmt.Errorf("section %d: %w", id, payload.err)
		}
	}
	for i, n := range bodies {
		s.Code[packageOf(names[imported+i])] += n
	}
	return s, nil
}

// packageOf is the import path of a Go symbol as the wasm name section
// spells it, with "/" written as "_": "github.com_a_b.(*T).M",
// "encoding_json.Marshal" or "runtime.mallocgc".
func packageOf(symbol string) string {
	if symbol == "" {
		return "(unnamed)"
	}
	start := 0
	for _, domain := range []string{".com_", ".org_", ".in_", ".io_", ".net_", ".dev_"} {
		if i := strings.Index(symbol, domain); i > 0 && !strings.ContainsAny(symbol[:i], "._(") {
			start = i + len(domain)
			break
		}
	}
	dot := strings.IndexByte(symbol[start:], '.')
	if dot < 0 {
		return symbol
	}
	return symbol[:start+dot]
}

func countFuncImports(r *reader) int {
	n, funcs := r.uint(), 0
	for i := uint64(0); i < n && r.err == nil; i++ {
		r.name()
		r.name()
		switch kind := r.byte(); kind {
		case 0: // function: type index
			r.uint()
			funcs++
		case 1: // table: element type, limits
			r.byte()
			r.limits()
		case 2: // memory
			r.limits()
		case 3: // global: value type, mutability
			r.byte()
			r.byte()
		default:
			r.fail(fmt.Errorf("import kind %d", kind))
		}
	}
	return funcs
}

func bodySizes(r *reader) []int {
	n := r.uint()
	sizes := make([]int, 0, min(n, uint64(len(r.b))))
	for i := uint64(0); i < n && r.err == nil; i++ {
		size := int(r.uint())
		r.bytes(size)
		sizes = append(sizes, size)
	}
	return sizes
}

// funcNames reads the function-name subsection of the "name" section.
func funcNames(r *reader) map[int]string {
	names := map[int]string{}
	for !r.done() && r.err == nil {
		id := r.byte()
		sub := reader{b: r.bytes(int(r.uint()))}
		if id != 1 {
			continue
		}
		n := sub.uint()
		for i := uint64(0); i < n && sub.err == nil; i++ {
			idx := int(sub.uint())
			names[idx] = sub.name()
		}
		r.fail(sub.err)
	}
	return names
}

// reader walks a byte slice in WebAssembly's encoding, keeping the first
// error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) done() bool { return len(r.b) == 0 || r.err != nil }

func (r *reader) fail(err error) {
	if r.err == nil && err != nil {
		r.err = err
	}
}

func (r *reader) byte() byte {
	if len(r.b) < 1 {
		r.fail(errors.New("unexpected end"))
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) uint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail(errors.New("bad number"))
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.fail(errors.New("length past the end"))
		r.b = nil
		return nil
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

func (r *reader) name() string { return string(r.bytes(int(r.uint()))) }

func (r *reader) limits() {
	if r.byte()&1 == 1 {
		r.uint()
	}
	r.uint()
}
