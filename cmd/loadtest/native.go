package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"os"
	"time"
)

// run parses the flags and runs the load test; it returns the exit code.
func run(args []string) int {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	bin := fs.String("server", "bin/nightcramp", "the server binary to start")
	web := fs.String("web", "web", "its web directory (with the built, precompressed wasm)")
	conns := fs.Int("c", 200, "concurrent connections")
	dur := fs.Duration("d", 30*time.Second, "how long to send requests")
	max := fs.Int64("max", 3_000_000, "stop after this many requests even if time is left")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := loadTest(*bin, *web, *conns, *dur, *max); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		return 1
	}
	return 0
}

// loadTest starts the server, loads it and reports; it fails on any error.
func loadTest(bin, web string, conns int, dur time.Duration, max int64) error {
	srv, err := startServer(bin, web)
	if err != nil {
		return err
	}
	defer srv.stop()
	client := newClient(conns)
	targets, err := checkTargets(client, srv.url, defaultMix())
	if err != nil {
		return err
	}
	before := srv.memory()
	fmt.Printf("load: %d connections for %v (at most %d requests) against %s\n", conns, dur, max, srv.url)
	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	res := runLoad(ctx, client, srv.url, targets, conns, max)
	after := srv.memory()
	res.print(os.Stdout)
	fmt.Printf("server memory before: %s\nserver memory after:  %s\n", before, after)
	if err := srv.stop(); err != nil {
		return fmt.Errorf("the server did not shut down cleanly: %v", err)
	}
	if res.errors > 0 {
		return fmt.Errorf("%d of %d requests failed", res.errors, res.requests)
	}
	return nil
}

// newClient keeps one connection per worker alive and leaves bodies
// compressed, as a browser's network stack would receive them.
func newClient(conns int) *http.Client {
	return &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			MaxIdleConns:        conns,
			MaxIdleConnsPerHost: conns,
			MaxConnsPerHost:     conns,
			DisableCompression:  true,
			IdleConnTimeout:     90 * time.Second,
		},
	}
}
