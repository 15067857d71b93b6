package e2e

import (
	"bufio"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// server is a running nightcramp (or floor) process.
type server struct {
	cmd     *exec.Cmd
	URL     string // e.g. http://127.0.0.1:41234
	Addr    string // host:port
	Version string
}

// startServer runs bin serving webDir on addr ("127.0.0.1:0" for any port)
// and stops it when the test ends.
func startServer(t testing.TB, bin, webDir, addr string) *server {
	t.Helper()
	s, err := launchServer(bin, webDir, addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	return s
}

func launchServer(bin, webDir, addr string) (*server, error) {
	cmd := exec.Command(bin, "-addr", addr, "-web", webDir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{cmd: cmd}
	lines := bufio.NewScanner(stdout)
	deadline := time.AfterFunc(20*time.Second, func() { cmd.Process.Kill() })
	defer deadline.Stop()
	for lines.Scan() {
		line := lines.Text()
		if _, v, ok := strings.Cut(line, " version "); ok {
			s.Version, _, _ = strings.Cut(v, ",")
		}
		if u, ok := strings.CutPrefix(line, "listening on "); ok {
			s.URL = u
			s.Addr = strings.TrimPrefix(u, "http://")
			go io.Copy(io.Discard, stdout)
			return s, nil
		}
	}
	cmd.Wait()
	return nil, fmt.Errorf("%s did not start: %s", bin, stderr.String())
}

// Stop ends the server and waits until its port is free.
func (s *server) Stop() {
	if s.cmd.ProcessState != nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
}
