package e2e

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// builds are made once per test run by TestMain and shared by every test.
var builds struct {
	root     string // the repository
	work     string // temporary directory holding everything built
	server   string // the native nightcramp binary
	floor    string // the native floor binary
	web      string // web directory of the app, wasm precompressed
	floorWeb string // web directory of the floor page
	chromium string
}

// buildAll builds the server, the app's web directory and the floor's.
func buildAll() error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	builds.root = root
	if builds.work, err = os.MkdirTemp("", "nightcramp-e2e-"); err != nil {
		return err
	}
	builds.server = filepath.Join(builds.work, "nightcramp")
	builds.floor = filepath.Join(builds.work, "floor")
	builds.web = filepath.Join(builds.work, "web")
	builds.floorWeb = filepath.Join(builds.work, "floor-web")
	steps := []func() error{
		func() error { return goBuild(builds.server, "./cmd/nightcramp", false) },
		func() error { return goBuild(builds.floor, "./cmd/floor", false) },
		func() error { return buildWeb(builds.web, "./cmd/nightcramp") },
		func() error { return buildWeb(builds.floorWeb, "./cmd/floor") },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	// Brotli at level 11 is slow and single-threaded: both at once.
	floorDone := make(chan error, 1)
	go func() { floorDone <- run(builds.server, "precompress", "-web", builds.floorWeb) }()
	return errors.Join(run(builds.server, "precompress", "-web", builds.web), <-floorDone)
}

// coreWeb is the web directory of the floor built with -tags core (the
// knowledge base and its queries, no screens), precompressed. It is made on
// first use: only the boot benchmark serves it, so the tests never wait for
// it. The plain floor binary serves it: its pages are the same.
func coreWeb(tb testing.TB) string {
	core.once.Do(func() {
		core.dir = filepath.Join(builds.work, "core-web")
		core.err = buildWeb(core.dir, "./cmd/floor", "-tags", "core")
		if core.err == nil {
			core.err = run(builds.server, "precompress", "-web", core.dir)
		}
	})
	if core.err != nil {
		tb.Fatal(core.err)
	}
	return core.dir
}

var core struct {
	once sync.Once
	dir  string
	err  error
}

// buildWeb makes a web directory: the repository's static assets plus a
// freshly built wasm of pkg.
func buildWeb(dir, pkg string, flags ...string) error {
	if err := copyAssets(filepath.Join(builds.root, "web"), dir); err != nil {
		return err
	}
	return goBuild(filepath.Join(dir, "app.wasm"), pkg, true, flags...)
}

// goBuild builds pkg the way the Makefile does, with any extra build flags.
func goBuild(out, pkg string, wasm bool, flags ...string) error {
	args := append(append([]string{"build", "-trimpath"}, flags...), "-o", out, pkg)
	cmd := exec.Command("go", args...)
	cmd.Dir = builds.root
	cmd.Env = os.Environ()
	if wasm {
		cmd.Env = append(cmd.Env, "GOOS=js", "GOARCH=wasm")
	}
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %v\n%s", pkg, err, b)
	}
	return nil
}

func run(name string, args ...string) error {
	if b, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		return fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, b)
	}
	return nil
}

// copyAssets copies the committed static files, not build outputs.
func copyAssets(src, dst string) error {
	return copyTree(src, dst, func(rel string) bool { return !strings.HasPrefix(rel, "app.wasm") })
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

// copyDir copies a whole directory, build outputs included.
func copyDir(src, dst string) error {
	return copyTree(src, dst, func(string) bool { return true })
}

// copyTree copies the files of src for which keep(relative path) is true.
func copyTree(src, dst string, keep func(rel string) bool) error {
	return filepath.Walk(src, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !keep(rel) {
			return nil
		}
		return copyFile(path, filepath.Join(dst, rel))
	})
}

func repoRoot() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}").Output()
	if err != nil {
		return "", fmt.Errorf("finding the module root: %v", err)
	}
	return strings.TrimSpace(string(out)), nil
}
