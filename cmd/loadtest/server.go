package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"
)

// server is the nightcramp process under load. It runs with
// GODEBUG=gctrace=1, so that its heap after each collection can be read
// from its stderr without adding any endpoint to the real server.
type server struct {
	cmd     *exec.Cmd
	url     string
	mu      sync.Mutex
	lastGC  string
	stopped bool
	exitErr error
}

func startServer(bin, web string) (*server, error) {
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0", "-web", web)
	cmd.Env = append(os.Environ(), "GODEBUG=gctrace=1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %v (build it with `make build`)", bin, err)
	}
	s := &server{cmd: cmd}
	go s.watchGC(stderr)
	lines := bufio.NewScanner(stdout)
	timer := time.AfterFunc(30*time.Second, func() { cmd.Process.Kill() })
	defer timer.Stop()
	for lines.Scan() {
		if u, ok := strings.CutPrefix(lines.Text(), "listening on "); ok {
			s.url = u
			go func() {
				for lines.Scan() {
				}
			}()
			return s, nil
		}
	}
	cmd.Wait()
	return nil, fmt.Errorf("%s -web %s did not start", bin, web)
}

// gcLine matches gctrace's "heap at start -> at end -> live MB".
var gcLine = regexp.MustCompile(`(\d+)->(\d+)->(\d+) MB`)

func (s *server) watchGC(stderr interface{ Read([]byte) (int, error) }) {
	lines := bufio.NewScanner(stderr)
	for lines.Scan() {
		if m := gcLine.FindStringSubmatch(lines.Text()); m != nil {
			s.mu.Lock()
			s.lastGC = m[3] + " MB live heap after the last GC"
			s.mu.Unlock()
		}
	}
}

// memory reports the server's resident memory, its peak, and its live heap
// at the last garbage collection.
func (s *server) memory() string {
	status, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	field := func(name string) string {
		for _, line := range strings.Split(string(status), "\n") {
			if v, ok := strings.CutPrefix(line, name+":"); ok {
				return strings.Join(strings.Fields(v), " ")
			}
		}
		return "?"
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	gc := s.lastGC
	if gc == "" {
		gc = "no GC yet"
	}
	return fmt.Sprintf("RSS %s (peak %s), %s", field("VmRSS"), field("VmHWM"), gc)
}

// stop sends SIGTERM and waits for a clean exit; it is safe to call twice.
func (s *server) stop() error {
	if s.stopped {
		return s.exitErr
	}
	s.stopped = true
	s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case s.exitErr = <-done:
	case <-time.After(15 * time.Second):
		s.cmd.Process.Kill()
		s.exitErr = fmt.Errorf("still running 15 s after SIGTERM")
	}
	return s.exitErr
}
