package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// build makes the server and a web directory (the static assets plus a
// fresh wasm) in work, leaving the repository's web/app.wasm alone.
func build(work, web string) (bin string, err error) {
	bin = filepath.Join(work, "nightcramp")
	dst := filepath.Join(work, "web")
	if err := goBuild(bin, false); err != nil {
		return "", err
	}
	if err := copyAssets(web, dst); err != nil {
		return "", err
	}
	if err := goBuild(filepath.Join(dst, "app.wasm"), true); err != nil {
		return "", err
	}
	return bin, runCmd(bin, "precompress", "-web", dst)
}

func goBuild(out string, wasm bool) error {
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, "./cmd/nightcramp")
	cmd.Env = os.Environ()
	if wasm {
		cmd.Env = append(cmd.Env, "GOOS=js", "GOARCH=wasm")
	}
	return runPrepared(cmd)
}

func runCmd(name string, args ...string) error {
	return runPrepared(exec.Command(name, args...))
}

func runPrepared(cmd *exec.Cmd) error {
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, b)
	}
	return nil
}

// copyAssets copies web's committed files: not the built wasm, and not the
// screenshots being remade.
func copyAssets(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if strings.HasPrefix(rel, "app.wasm") || rel == "screenshots" {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
}

// server is the running nightcramp.
type server struct {
	cmd *exec.Cmd
	url string
}

// serve starts bin on a free loopback port and waits until it listens.
func serve(bin, web string) (*server, error) {
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0", "-web", web)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	deadline := time.AfterFunc(20*time.Second, func() { cmd.Process.Kill() })
	defer deadline.Stop()
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		if u, ok := strings.CutPrefix(lines.Text(), "listening on "); ok {
			go io.Copy(io.Discard, stdout)
			return &server{cmd: cmd, url: u}, nil
		}
	}
	cmd.Wait()
	return nil, fmt.Errorf("the server did not start")
}

func (s *server) stop() {
	s.cmd.Process.Signal(syscall.SIGTERM)
	s.cmd.Wait()
}
