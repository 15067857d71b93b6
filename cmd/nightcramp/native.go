//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/server"
	"github.com/nightcramp/nightcramp/app/ui"
	"github.com/nightcramp/nightcramp/data"
)

// loadKnowledge loads and validates the embedded knowledge base: on invalid
// data the server does not start, so no wasm that skips the checks
// (native_wasm.go) is ever served with it.
func loadKnowledge() (*kb.KB, error) { return kb.LoadEmbedded() }

// runNative runs a subcommand and returns the exit code. Errors are one line
// on stderr: a person reads them, not a stack trace.
func runNative(args []string, knowledge *kb.KB, loadErr error) int {
	err := loadErr
	if err == nil {
		err = dispatch(args, knowledge)
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintln(os.Stderr, "nightcramp:", err)
		return 2
	default:
		fmt.Fprintln(os.Stderr, "nightcramp:", err)
		return 1
	}
}

var errUsage = errors.New("usage")

func dispatch(args []string, knowledge *kb.KB) error {
	if len(args) > 0 {
		switch args[0] {
		case "static":
			return runStatic(args[1:], knowledge)
		case "precompress":
			return runPrecompress(args[1:])
		case "deploy-config":
			return runDeployConfig(args[1:])
		case "serve":
			args = args[1:]
		}
	}
	return runServe(args, knowledge)
}

// newFlags returns a flag set that reports bad flags as one line.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(os.Stdout)
			fs.PrintDefaults()
			return err
		}
		return fmt.Errorf("%w: %v (run with -h for the flags)", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q (run with -h for the flags)", errUsage, fs.Arg(0))
	}
	return nil
}

func runServe(args []string, knowledge *kb.KB) error {
	fs := newFlags("serve")
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
	web := fs.String("web", "web", "directory with app.wasm, app.css and icons")
	if err := parse(fs, args); err != nil {
		return err
	}
	site, err := server.New(siteConfig(*web, "", knowledge))
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %v", *addr, errors.Unwrap(err))
	}
	fmt.Printf("Nightcramp %s\nlistening on http://%s\n", site.Describe(), ln.Addr())
	return serve(ln, site.Handler())
}

// serve runs the server until SIGINT or SIGTERM, then lets requests in
// flight finish.
func serve(ln net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
		// "OPTIONS *" reaches the handler, which refuses it like any OPTIONS.
		DisableGeneralOptionsHandler: true,
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Shutdown(shutdown)
}

func runStatic(args []string, knowledge *kb.KB) error {
	fs := newFlags("static")
	out := fs.String("out", "", "directory to write the site to (required)")
	prefix := fs.String("prefix", "", "URL path the site lives under, e.g. /nightcramp for a GitHub Pages project")
	web := fs.String("web", "web", "directory with app.wasm, app.css and icons")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("%w: static needs -out DIR", errUsage)
	}
	site, err := server.New(siteConfig(*web, *prefix, knowledge))
	if err != nil {
		return err
	}
	report, err := site.ExportStatic(*out)
	if err != nil {
		return err
	}
	fmt.Printf("wrote the static site to %s (%s)\n", *out, site.Describe())
	fmt.Printf("%d pages; the service worker precaches %d URLs, %d bytes (pages %d bytes)\n",
		report.Pages, report.Precached, report.PrecachedBytes, report.PageBytes)
	return nil
}

// siteConfig hands the route table to the server: every route's path
// (each precached), the shortcuts and the not-found page.
func siteConfig(web, prefix string, knowledge *kb.KB) server.Config {
	cfg := server.Config{WebDir: web, Prefix: prefix, NotFound: ui.NotFoundPath}
	for _, r := range ui.Routes(knowledge) {
		cfg.Pages = append(cfg.Pages, r.Path)
		if c := r.Shortcut; c != nil {
			cfg.Shortcuts = append(cfg.Shortcuts, server.Shortcut{Path: r.Path, Name: c.Name, ShortName: c.ShortName, Description: c.Description})
		}
	}
	return cfg
}

func runPrecompress(args []string) error {
	fs := newFlags("precompress")
	web := fs.String("web", "web", "directory with app.wasm")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := server.Precompress(filepath.Join(*web, "app.wasm")); err != nil {
		return err
	}
	warnStaleReviews(os.Stderr, time.Now())
	return nil
}

// warnStaleReviews prints a warning, never an error, for each entry of the
// embedded knowledge base last reviewed over 12 months before now. `make
// build` runs precompress, so the build shows them.
func warnStaleReviews(w io.Writer, now time.Time) {
	for _, p := range kb.StaleReviews(data.FS, now) {
		fmt.Fprintf(w, "nightcramp: warning: %s\n", p)
	}
}

// runDeployConfig prints the shipped configuration for a static server
// (nginx or caddy), as deploy/ holds it.
func runDeployConfig(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("%w: deploy-config needs a server: nginx or caddy", errUsage)
	}
	conf, err := server.DeployConfig(args[0])
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	fmt.Print(conf)
	return nil
}
