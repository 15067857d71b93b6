package e2e

import (
	"net"
	"os/exec"
	"strings"
	"testing"
)

// runCLI runs the real binary and returns its exit code and stderr.
func runCLI(t *testing.T, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(builds.server, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err := cmd.Run()
	code := 0
	if exitErr, ok := err.(*exec.ExitError); ok {
		code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, stderr.String()
}

// Bad input on the command line gets one line naming the problem and a
// non-zero exit, never a stack trace.
func TestCommandLineErrorsAreOneClearLine(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown flag", []string{"-bogus"}, 2, "flag provided but not defined: -bogus"},
		{"stray argument", []string{"-web", builds.web, "extra"}, 2, `unexpected argument "extra"`},
		{"busy port", []string{"-web", builds.web, "-addr", busy.Addr().String()}, 1, "cannot listen on " + busy.Addr().String()},
		{"missing wasm", []string{"-web", t.TempDir()}, 1, "build it first with `make build`"},
		{"static without -out", []string{"static", "-web", builds.web}, 2, "static needs -out DIR"},
	}
	for _, c := range cases {
		code, stderr := runCLI(t, c.args...)
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if code != c.code || len(lines) != 1 || !strings.Contains(stderr, c.want) || strings.Contains(stderr, "goroutine") {
			t.Errorf("%s: exit %d, stderr %q; want exit %d and one line containing %q", c.name, code, stderr, c.code, c.want)
		}
	}
}
