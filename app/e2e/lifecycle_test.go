package e2e

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// closedWithin waits until the server closes conn and says how long that
// took; a connection still open after limit fails the test.
func closedWithin(t *testing.T, conn net.Conn, limit time.Duration) time.Duration {
	t.Helper()
	start := time.Now()
	conn.SetReadDeadline(start.Add(limit))
	_, err := io.Copy(io.Discard, conn)
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatalf("the server kept the connection open for %v", limit)
	}
	return time.Since(start)
}

// A client that sends its headers too slowly, or keeps a connection idle,
// is cut off (ReadHeaderTimeout 5 s, IdleTimeout 60 s) instead of holding a
// connection for ever.
func TestSlowAndIdleClientsAreCutOff(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	t.Run("slow headers", func(t *testing.T) {
		t.Parallel()
		conn, err := net.Dial("tcp", s.Addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n"))
		if took := closedWithin(t, conn, 15*time.Second); took < 4*time.Second {
			t.Errorf("closed after %v: sooner than the 5 s header timeout", took)
		}
	})
	t.Run("idle keep-alive", func(t *testing.T) {
		t.Parallel()
		conn, err := net.Dial("tcp", s.Addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.Write([]byte("GET /web/app.css HTTP/1.1\r\nHost: x\r\n\r\n"))
		r := bufio.NewReader(conn)
		res, err := http.ReadResponse(r, nil)
		if err != nil || res.StatusCode != 200 {
			t.Fatalf("first request: %v %v", res, err)
		}
		io.Copy(io.Discard, res.Body)
		if took := closedWithin(t, conn, 75*time.Second); took < 55*time.Second {
			t.Errorf("an idle connection was closed after %v: sooner than the 60 s idle timeout", took)
		}
	})
}

// On SIGINT or SIGTERM the server finishes the request in flight, then
// exits with status 0 and stops listening.
func TestShutdownOnSignalFinishesRequestsInFlight(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
			conn, err := net.Dial("tcp", s.Addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			// The raw wasm is megabytes: the server is still writing it while
			// the client reads slowly.
			conn.Write([]byte("GET /web/app.wasm HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n"))
			r := bufio.NewReaderSize(conn, 4096)
			res, err := http.ReadResponse(r, nil)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := strconv.Atoi(res.Header.Get("Content-Length"))
			first := make([]byte, 4096)
			n, _ := io.ReadFull(res.Body, first)
			s.cmd.Process.Signal(sig)
			time.Sleep(300 * time.Millisecond)
			rest, err := io.Copy(io.Discard, res.Body)
			if err != nil || n+int(rest) != want {
				t.Errorf("the response in flight got %d of %d bytes (%v)", n+int(rest), want, err)
			}
			done := make(chan error, 1)
			go func() { done <- s.cmd.Wait() }()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("the server exited with %v after %v", err, sig)
				}
			case <-time.After(15 * time.Second):
				t.Fatalf("the server did not exit after %v", sig)
			}
			if c, err := net.DialTimeout("tcp", s.Addr, time.Second); err == nil {
				c.Close()
				t.Errorf("the server still accepts connections after %v", sig)
			}
		})
	}
}
