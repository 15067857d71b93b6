package e2e

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nightcramp/nightcramp/app/kb"
)

// headingWatchJS records, from the first moment of each document, every
// text the page's first <h1> has had and when, so that the heading shown at
// first paint is the last one recorded before it.
const headingWatchJS = `
window.__headings = [];
new MutationObserver(() => {
  const h = document.querySelector("h1");
  const text = h ? h.textContent.trim() : "";
  const seen = window.__headings;
  if (text !== "" && (seen.length === 0 || seen[seen.length - 1].text !== text)) {
    seen.push({ at: performance.now(), text });
  }
}).observe(document, { childList: true, characterData: true, subtree: true });`

// nightReadJS reads a night boot's figures once the wasm runs: the first
// contentful paint, the heading shown then, and the boot time.
const nightReadJS = `(() => {
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const fcp = paint ? paint.startTime : -1;
  let heading = "";
  for (const h of window.__headings) {
    if (h.at <= fcp) heading = h.text;
  }
  return { fcp, heading, boot: window.__bootMs };
})()`

// nightSample is one night boot.
type nightSample struct {
	FCP     float64 `json:"fcp"`
	Heading string  `json:"heading"`
	Boot    float64 `json:"boot"`
}

// nightRoute is a page a person opens at night, with the heading it must
// show.
type nightRoute struct {
	name, path, heading string
}

// nightSite is a site installed in a profile of its own, its server
// stopped, ready for night boots.
type nightSite struct {
	name, addr, base, profile string
	routes                    []nightRoute
}

// BenchmarkNightBoot measures the boot a person meets at 3 a.m.: the app
// was installed hours ago, the browser is closed, the phone is offline. For
// each site it installs the app in a fresh profile (the service worker
// ready), closes the browser and stops the server; then every sample starts
// a new browser process on that profile, so that nothing compiled stays in
// memory and the service worker serves everything from disk. Each sample
// reads the first contentful paint, the <h1> shown at that paint, and the
// moment go-app removes its loader (the wasm runs).
//
// The floor (cmd/floor) is measured the same way, turn about with the app's
// routes, on "/" only: it has no other route (its worker would answer any
// path with the same shell), so every route's ratio is to the floor's "/".
// Medians of 5 at 1x and 4x CPU. Run alone with
//
//	go test -run '^$' -bench NightBoot -benchtime 1x ./app/e2e/
func BenchmarkNightBoot(b *testing.B) {
	entry := knowledge().Entries(kb.TypeCause)[0]
	floor := installNight(b, "floor", builds.floor, builds.floorWeb, []nightRoute{{"floor /", "/", "Hello"}})
	app := installNight(b, "app", builds.server, builds.web, []nightRoute{
		{"/", "/", "Night leg cramps"},
		{"/cramp-now", "/cramp-now", "Cramp now"},
		{"/entry/" + entry.ID, "/entry/" + entry.ID, entry.Title},
		{"/diary", "/diary", "Your night diary"},
	})
	type key struct {
		route string
		cpu   float64
	}
	samples := map[key][]nightSample{}
	cpus := []float64{1, 4}
	for _, cpu := range cpus {
		for round := 0; round < 5; round++ {
			for _, site := range []*nightSite{floor, app} {
				for _, r := range site.routes {
					s := nightBoot(b, site, r, cpu)
					samples[key{r.name, cpu}] = append(samples[key{r.name, cpu}], s)
				}
			}
		}
	}

	median := func(ss []nightSample, f func(nightSample) float64) float64 {
		v := make([]float64, len(ss))
		for i, s := range ss {
			v[i] = f(s)
		}
		return percentile(v, 50)
	}
	fcpOf := func(s nightSample) float64 { return s.FCP }
	bootOf := func(s nightSample) float64 { return s.Boot }
	fmt.Printf("\nnight boot: fresh browser process on an installed profile, server stopped; median of 5 (ms); ratios to the floor's \"/\"\n")
	fmt.Printf("%-44s %4s %9s %9s %10s %10s  %s\n", "route", "cpu", "FCP", "FCP/floor", "wasm runs", "wasm/floor", "heading at first paint")
	right, total := 0, 0
	for _, cpu := range cpus {
		ffcp := median(samples[key{"floor /", cpu}], fcpOf)
		fboot := median(samples[key{"floor /", cpu}], bootOf)
		for _, site := range []*nightSite{floor, app} {
			for _, r := range site.routes {
				ss := samples[key{r.name, cpu}]
				fcp, boot := median(ss, fcpOf), median(ss, bootOf)
				ok := 0
				var wrong []string
				for _, s := range ss {
					if s.Heading == r.heading {
						ok++
					} else {
						wrong = append(wrong, fmt.Sprintf("%q", s.Heading))
					}
				}
				if site == app {
					right += ok
					total += len(ss)
				}
				verdict := fmt.Sprintf("%d/%d right", ok, len(ss))
				if len(wrong) > 0 {
					verdict += fmt.Sprintf(" (want %q, saw %s)", r.heading, strings.Join(dedupe(wrong), ", "))
				}
				fmt.Printf("%-44s %3gx %9.0f %8.2fx %10.0f %9.2fx  %s\n", r.name, cpu, fcp, fcp/ffcp, boot, boot/fboot, verdict)
				if site == app && r.path == "/" {
					b.ReportMetric(boot/fboot, fmt.Sprintf("night-boot-ratio-%gx", cpu))
					b.ReportMetric(fcp/ffcp, fmt.Sprintf("night-fcp-ratio-%gx", cpu))
				}
			}
		}
	}
	fmt.Printf("app: heading right at first paint in %d of %d night boots\n", right, total)
}

// installNight installs a site in a new profile: it serves the site, visits
// it until the service worker is ready, closes the browser and stops the
// server. The profile is removed when the benchmark ends.
func installNight(b *testing.B, name, bin, web string, routes []nightRoute) *nightSite {
	b.Helper()
	s := startServer(b, bin, web, "127.0.0.1:0")
	profile := newProfile(b)
	b.Cleanup(func() { os.RemoveAll(profile) })
	br, stop := newBrowserOn(b, profile)
	br.Guard.Allow(s.Addr)
	br.open(s.URL + "/")
	br.waitWorker(precache(b, s.URL+"/app-worker.js"))
	closeBrowser(b, br, stop)
	s.Stop()
	return &nightSite{name: name, addr: s.Addr, base: s.URL, profile: profile, routes: routes}
}

// nightBoot starts a new browser process on the site's profile, CPU slowed
// by cpu, opens the route with the server stopped, and reads the boot.
func nightBoot(b *testing.B, site *nightSite, r nightRoute, cpu float64) nightSample {
	b.Helper()
	br, stop := newBrowserOn(b, site.profile)
	defer closeBrowser(b, br, stop)
	// The server is down; a request to it fails as it would offline.
	br.Guard.Allow(site.addr)
	br.throttleCPU(cpu)
	br.onNewDocument(bootWatchJS)
	br.onNewDocument(headingWatchJS)
	url := site.base + r.path
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if err = br.try(chromedp.Navigate(url)); err == nil || !strings.Contains(err.Error(), "Cannot find context") {
			break
		}
	}
	if err != nil {
		b.Fatalf("night boot of %s %s: %v", site.name, url, err)
	}
	br.waitTrue(`window.__bootMs !== undefined`, "the night boot of "+site.name+" "+r.path)
	var s nightSample
	br.eval(nightReadJS, &s)
	if s.FCP <= 0 {
		b.Fatalf("night boot of %s %s: no first contentful paint", site.name, url)
	}
	return s
}

// closeBrowser closes a browser gracefully, so that what it wrote to its
// profile is on disk for the next one, then ends its process.
func closeBrowser(b *testing.B, br *browser, stop func()) {
	ctx, cancel := context.WithTimeout(br.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Cancel(ctx); err != nil {
		b.Logf("closing the browser: %v", err)
	}
	stop()
}

func dedupe(list []string) []string {
	var out []string
	for _, s := range list {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
