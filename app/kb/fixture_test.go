package kb

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// baseFS returns the small valid data set of testdata/base as an in-memory
// file system, with files replaced or added by overrides (name -> content;
// an empty content removes the file).
func baseFS(tb testing.TB, overrides map[string]string) fstest.MapFS {
	tb.Helper()
	fsys := fstest.MapFS{}
	entries, err := os.ReadDir(filepath.Join("testdata", "base"))
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join("testdata", "base", e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		fsys[e.Name()] = &fstest.MapFile{Data: data}
	}
	for name, content := range overrides {
		if content == "" {
			delete(fsys, name)
		} else {
			fsys[name] = &fstest.MapFile{Data: []byte(content)}
		}
	}
	return fsys
}

// fixtureFS returns the base data set overlaid with the files of a fixture
// directory. The directory's remove.txt lists base files to leave out; its
// expect.txt is not part of the data.
func fixtureFS(tb testing.TB, dir string) fstest.MapFS {
	tb.Helper()
	overrides := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		switch e.Name() {
		case "expect.txt":
		case "remove.txt":
			for _, name := range strings.Fields(string(data)) {
				overrides[name] = ""
			}
		default:
			overrides[e.Name()] = string(data)
		}
	}
	return baseFS(tb, overrides)
}
