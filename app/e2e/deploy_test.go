package e2e

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	site "github.com/nightcramp/nightcramp/app/server"
	"github.com/nightcramp/nightcramp/app/ui"
)

// The static export on real static servers from Debian's packages: nginx
// with a bare default configuration (root and index, nothing else), nginx
// and Caddy with the shipped configurations from deploy/. On each the
// worker installs, the app boots, offline reload and deep links work,
// Chromium finds it installable and logs no error; with the shipped
// configurations the security headers arrive and the wasm comes
// precompressed.

func TestNginxDefaultConfigServesTheExport(t *testing.T) {
	dir := exportSite(t)
	base := startNginx(t, dir, func(listen string) string {
		// Debian's default site, less its comments.
		return fmt.Sprintf("server {\n    listen %s;\n    root %s;\n    index index.html;\n    location / {\n        try_files $uri $uri/ =404;\n    }\n}\n", listen, dir)
	})
	checkDeployed(t, base, false)
}

func TestNginxShippedConfigServesTheExport(t *testing.T) {
	dir := exportSite(t)
	base := startNginx(t, dir, func(listen string) string {
		return site.NginxConfig(site.DeployOptions{Address: listen, Root: dir})
	})
	checkDeployed(t, base, true)
}

func TestCaddyShippedConfigServesTheExport(t *testing.T) {
	dir := exportSite(t)
	base := startCaddy(t, dir)
	checkDeployed(t, base, true)
}

// exportSite runs `nightcramp static` into a fresh directory.
func exportSite(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "site")
	if err := run(builds.server, "static", "-out", dir, "-web", builds.web); err != nil {
		t.Fatal(err)
	}
	return dir
}

// freePort returns a loopback address no one listens on.
func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startNginx runs nginx in the foreground with server(listen) as its only
// server block, and stops it when the test ends.
func startNginx(t *testing.T, dir string, server func(listen string) string) string {
	t.Helper()
	bin, err := exec.LookPath("nginx")
	if err != nil {
		if bin, err = exec.LookPath("/usr/sbin/nginx"); err != nil {
			t.Fatal("nginx is not installed: run `make test` as root to install it, or `sudo apt-get install -y nginx`")
		}
	}
	tmp := t.TempDir()
	addr := freePort(t)
	var temps strings.Builder
	for _, kind := range []string{"client_body", "proxy", "fastcgi", "uwsgi", "scgi"} {
		fmt.Fprintf(&temps, "    %s_temp_path %s;\n", kind, filepath.Join(tmp, kind))
	}
	// As root, nginx's workers would run as nobody, who cannot read the
	// test's private temporary directories.
	user := ""
	if os.Geteuid() == 0 {
		user = "user root;\n"
	}
	conf := fmt.Sprintf(user+"worker_processes 1;\nerror_log %s;\nevents { worker_connections 256; }\nhttp {\n    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n    access_log off;\n%s%s}\n",
		filepath.Join(tmp, "error.log"), temps.String(), server(addr))
	name := filepath.Join(tmp, "nginx.conf")
	if err := os.WriteFile(name, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	startDaemon(t, addr, filepath.Join(tmp, "error.log"), exec.Command(bin, "-p", tmp, "-c", name,
		"-g", "daemon off; master_process on; pid "+filepath.Join(tmp, "nginx.pid")+";"))
	return "http://" + addr
}

// startCaddy runs Caddy with the shipped Caddyfile for dir, its admin API
// and automatic HTTPS off, and stops it when the test ends.
func startCaddy(t *testing.T, dir string) string {
	t.Helper()
	bin, err := exec.LookPath("caddy")
	if err != nil {
		t.Fatal("caddy is not installed: run `make test` as root to install it, or `sudo apt-get install -y caddy`")
	}
	tmp := t.TempDir()
	addr := freePort(t)
	conf := "{\n\tadmin off\n\tauto_https off\n}\n" + site.CaddyConfig(site.DeployOptions{Address: "http://" + addr, Root: dir})
	name := filepath.Join(tmp, "Caddyfile")
	if err := os.WriteFile(name, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "run", "--config", name, "--adapter", "caddyfile")
	cmd.Env = append(os.Environ(), "HOME="+tmp, "XDG_DATA_HOME="+tmp, "XDG_CONFIG_HOME="+tmp)
	logName := filepath.Join(tmp, "caddy.log")
	out, err := os.Create(logName)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { out.Close() })
	cmd.Stdout, cmd.Stderr = out, out
	startDaemon(t, addr, logName, cmd)
	return "http://" + addr
}

// startDaemon starts cmd, waits until addr accepts connections, and stops
// the process (and what it started) when the test ends.
func startDaemon(t *testing.T, addr, logName string, cmd *exec.Cmd) {
	t.Helper()
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	stop := func() {
		once.Do(func() {
			syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
			done := make(chan struct{})
			go func() { cmd.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
				<-done
			}
		})
	}
	t.Cleanup(stop)
	for deadline := time.Now().Add(20 * time.Second); ; {
		if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			stop()
			logs, _ := os.ReadFile(logName)
			t.Fatalf("%s did not listen on %s:\n%s", cmd.Path, addr, logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// checkDeployed proves the export works as served from base.
func checkDeployed(t *testing.T, base string, shipped bool) {
	t.Helper()
	b := newBrowser(t)
	b.Guard.Allow(strings.TrimPrefix(base, "http://"))
	errs := b.watchConsoleErrors()
	b.open(base + "/")
	errs.proveWatching(b)
	version, paths := precache(t, base+"/app-worker.js")
	b.waitWorker(version, paths)
	b.proveAlive()
	if errs := b.installabilityErrors(); len(errs) > 0 {
		t.Errorf("Chromium reports installability errors: %v", errs)
	}
	var wasm struct{ Type, Encoding string }
	b.eval(fmt.Sprintf(`(async () => { const r = await (await caches.open(%q)).match("/web/app.wasm");
	  return {Type: r.headers.get("content-type"), Encoding: r.headers.get("content-encoding") || ""}; })()`, "app-"+version), &wasm)
	t.Logf("%s: %d URLs precached; the browser got app.wasm as %q, Content-Encoding %q", base, len(paths), wasm.Type, wasm.Encoding)
	if wasm.Type != "application/wasm" {
		t.Errorf("app.wasm came as %q", wasm.Type)
	}
	if shipped {
		if wasm.Encoding != "gzip" && wasm.Encoding != "br" {
			t.Errorf("app.wasm came with Content-Encoding %q, want the precompressed gzip or br", wasm.Encoding)
		}
		for _, p := range []string{"/", "/about", "/about/", ui.EntryPages(knowledge())[0], "/app-worker.js", "/web/app.wasm", "/manifest.webmanifest", "/no-such-page"} {
			res := getWithEncoding(t, base+p, "gzip")
			checkSecurityHeaders(t, "GET "+p, res.Header)
			if got := res.Header.Get("Cache-Control"); got != "no-cache" {
				t.Errorf("GET %s: Cache-Control %q, want no-cache", p, got)
			}
			if want := http.StatusOK; p == "/no-such-page" {
				if res.StatusCode != http.StatusNotFound {
					t.Errorf("GET %s: %d, want 404", p, res.StatusCode)
				}
			} else if res.StatusCode != want {
				t.Errorf("GET %s: %d, want %d", p, res.StatusCode, want)
			}
		}
	}

	b.setOffline(true)
	if !b.networkIsDown() {
		t.Fatal("the emulated offline mode let a request through")
	}
	checkOfflineBoots(t, b, base, []string{"/", "/?q=anything", "/about", "/about/", ui.EntryPages(knowledge())[0], "/diary", "/diary/new/"})
	checkOfflineDeepLinks(t, b, base)
	if got := errs.list(); len(got) > 0 {
		t.Errorf("%d console errors: %q", len(got), got)
	}
}

// consoleErrors collects what the page logs as an error: console.error,
// uncaught exceptions, and failed loads (a 404, a blocked resource).
type consoleErrors struct {
	mu   sync.Mutex
	errs []string
}

func (c *consoleErrors) add(s string) {
	// The offline probe fails by design.
	if strings.Contains(s, "network-probe-") {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.errs = append(c.errs, s)
}

func (c *consoleErrors) list() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, e := range c.errs {
		if !strings.Contains(e, watchProbe) {
			out = append(out, e)
		}
	}
	return out
}

// watchProbe is an error logged on purpose to prove the watch sees errors.
const watchProbe = "console-watch-probe"

// proveWatching logs watchProbe in the page and waits until the watch has
// it: a count of 0 errors then means none, not a deaf watch.
func (c *consoleErrors) proveWatching(b *browser) {
	b.t.Helper()
	b.eval(`console.error(`+jsString(watchProbe)+`)`, nil)
	for deadline := time.Now().Add(10 * time.Second); ; {
		c.mu.Lock()
		seen := slices.ContainsFunc(c.errs, func(e string) bool { return strings.Contains(e, watchProbe) })
		c.mu.Unlock()
		if seen {
			return
		}
		if time.Now().After(deadline) {
			b.t.Fatal("the console watch did not see an error logged on purpose")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// watchConsoleErrors records every error the page logs from now on.
func (b *browser) watchConsoleErrors() *consoleErrors {
	b.t.Helper()
	c := &consoleErrors{}
	err := chromedp.Listen(b.ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				c.add("console.error " + strings.Join(parts, " "))
			}
		case *runtime.EventExceptionThrown:
			c.add("exception " + e.ExceptionDetails.Text + " " + describe(e.ExceptionDetails.Exception))
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError {
				c.add(e.Entry.Text + " " + e.Entry.URL)
			}
		}
	})
	if err != nil {
		b.t.Fatal(err)
	}
	return c
}

func describe(o *runtime.RemoteObject) string {
	if o == nil {
		return ""
	}
	return o.Description
}

// Bad input: a new version whose host lacks one precached page (here a
// plain nginx missing about/index.html) never installs; the worker names
// the missing file in the console, and the previous version goes on,
// online and offline.
func TestNginxLackingAPrecachedFileKeepsThePreviousVersion(t *testing.T) {
	dir := exportSite(t)
	base := startNginx(t, dir, func(listen string) string {
		return fmt.Sprintf("server {\n    listen %s;\n    root %s;\n    index index.html;\n}\n", listen, dir)
	})
	b := newBrowser(t)
	b.Guard.Allow(strings.TrimPrefix(base, "http://"))
	b.open(base + "/")
	v1, paths := precache(t, base+"/app-worker.js")
	b.waitWorker(v1, paths)
	workerConsole := b.watchWorkerConsole()

	if err := run(builds.server, "static", "-out", dir, "-web", deployedWeb(t)); err != nil {
		t.Fatal(err)
	}
	if v2, _ := precache(t, base+"/app-worker.js"); v2 == v1 {
		t.Fatal("the new export kept the version")
	}
	if err := os.Remove(filepath.Join(dir, "about", "index.html")); err != nil {
		t.Fatal(err)
	}
	// The first look for the update: the new worker fails its install.
	// (checkFailedUpdate then looks again, and checks the page.)
	b.eval(`(async () => {
	  const reg = await navigator.serviceWorker.getRegistration();
	  window.__first = [];
	  reg.addEventListener("updatefound", () => {
	    const w = reg.installing;
	    w.addEventListener("statechange", () => window.__first.push(w.state));
	  }, {once: true});
	  await reg.update().catch(() => {});
	  return true;
	})()`, nil)
	b.waitTrue(`window.__first.includes("redundant")`, "the new worker to fail its install")
	checkFailedUpdate(t, b, &server{Version: v1})
	deadline := time.Now().Add(10 * time.Second)
	for !slices.ContainsFunc(workerConsole.list(), func(s string) bool { return strings.Contains(s, "lacks /about/ (") }) {
		if time.Now().After(deadline) {
			t.Fatalf("the worker's console does not name /about/ as missing: %q", workerConsole.list())
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("the worker said: %q", workerConsole.list())
}

// watchWorkerConsole records the errors every service worker started from
// now on logs to its console.
func (b *browser) watchWorkerConsole() *consoleErrors {
	b.t.Helper()
	c := &consoleErrors{}
	err := chromedp.ListenBrowser(b.ctx, func(ev any) {
		e, ok := ev.(*target.EventTargetCreated)
		if !ok || e.TargetInfo.Type != "service_worker" {
			return
		}
		go func() {
			ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithTargetID(e.TargetInfo.TargetID), chromedp.WithListener(func(ev any) {
				if e, ok := ev.(*runtime.EventConsoleAPICalled); ok && e.Type == runtime.ConsoleAPICalledTypeError {
					for _, a := range e.Args {
						c.add(string(a.Value))
					}
				}
			}))
			b.t.Cleanup(cancel)
			chromedp.Do(ctx) // attaches; a worker gone by then has nothing to say
		}()
	})
	if err != nil {
		b.t.Fatal(err)
	}
	return c
}
