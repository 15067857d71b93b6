// Command loadtest puts the real Nightcramp server under load on loopback
// and reports throughput, latency and the memory the server holds.
//
// It starts the server binary itself on a free port, checks every target
// once, then runs a mix of page, asset and wasm requests from many
// connections for a bounded time (and at most a bounded number of
// requests), stops the server with SIGTERM and exits non-zero on any error.
//
// Usage:
//
//	loadtest [-server bin/nightcramp] [-web web] [-c 200] [-d 30s] [-max 3000000]
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:]))
}
