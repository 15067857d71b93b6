//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"

	"github.com/nightcramp/nightcramp/app/server"
)

// runNative serves the floor page with Nightcramp's own server, so that a
// comparison measures the app, not a difference in serving.
func runNative(args []string) int {
	fs := flag.NewFlagSet("floor", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8001", "address to listen on")
	web := fs.String("web", "web", "directory with app.wasm")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	site, err := server.New(server.Config{WebDir: *web, Pages: []string{"/"}})
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		return 1
	}
	fmt.Printf("floor %s\nlistening on http://%s\n", site.Describe(), ln.Addr())
	if err := http.Serve(ln, site.Handler()); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		return 1
	}
	return 0
}
