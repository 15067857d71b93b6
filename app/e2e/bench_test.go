package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// bootWatchJS notes when go-app removes its loader (the wasm runs), in ms
// since navigation start. The loader must have been seen first: a long page
// has a body before the parser reaches the loader at its end.
const bootWatchJS = `
new MutationObserver((_, observer) => {
  if (document.getElementById("app-wasm-loader")) {
    window.__sawLoader = true;
  } else if (window.__sawLoader && window.__bootMs === undefined) {
    window.__bootMs = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });`

// BenchmarkBoot compares Nightcramp with the floor (a minimal go-app page,
// built and served the same way) in one run: wasm bytes, cold boot, first
// contentful paint and warm offline boot, each the median of 5, unthrottled
// and with the CPU slowed 4x. Beside them it measures the core: the floor
// with the knowledge base in go-memdb and no screens, which any Nightcramp
// pays (cmd/floor/core.go). The sites are measured turn about, so that the
// machine's noise falls on all alike. Run with -benchtime 1x (make bench).
func BenchmarkBoot(b *testing.B) {
	sites := []bootSite{
		{name: "floor", bin: builds.floor, web: builds.floorWeb},
		{name: "core", bin: builds.floor, web: coreWeb(b)},
		{name: "app", bin: builds.server, web: builds.web},
	}
	results := map[string]map[string]float64{}
	for i := range sites {
		sites[i].server = startServer(b, sites[i].bin, sites[i].web, "127.0.0.1:0")
		results[sites[i].name] = wasmSizes(b, sites[i].web)
	}
	for _, cpu := range []float64{1, 4} {
		samples := map[string]map[string][]float64{}
		for _, s := range sites {
			samples[s.name] = map[string][]float64{}
		}
		for round := 0; round < 5; round++ {
			for _, s := range sites {
				measureBoot(b, s.server, cpu, round == 0, samples[s.name])
			}
		}
		for name, m := range samples {
			for k, v := range m {
				results[name][fmt.Sprintf("%s %gx ms", k, cpu)] = percentile(v, 50)
			}
		}
	}
	printBudget(b, results)
}

type bootSite struct {
	name, bin, web string
	server         *server
}

func wasmSizes(b *testing.B, web string) map[string]float64 {
	sizes := map[string]float64{}
	for name, file := range map[string]string{"wasm raw B": "app.wasm", "wasm gzip B": "app.wasm.gz", "wasm brotli B": "app.wasm.br"} {
		info, err := os.Stat(filepath.Join(web, file))
		if err != nil {
			b.Fatal(err)
		}
		sizes[name] = float64(info.Size())
	}
	return sizes
}

// measureBoot boots a site cold in a new profile; on the first round it
// also boots it 5 times warm and offline (service worker ready, network cut,
// reload).
func measureBoot(b *testing.B, s *server, cpu float64, warm bool, samples map[string][]float64) {
	br := newBrowser(b)
	br.Guard.Allow(s.Addr)
	br.throttleCPU(cpu)
	br.onNewDocument(bootWatchJS)
	boot, paint := br.timedOpen(s.URL + "/")
	samples["cold boot"] = append(samples["cold boot"], boot)
	samples["first paint"] = append(samples["first paint"], paint)
	if !warm {
		return
	}
	br.waitWorker(precache(b, s.URL+"/app-worker.js"))
	br.setOffline(true)
	for j := 0; j < 5; j++ {
		boot, _ := br.timedOpen(s.URL + "/")
		samples["warm offline boot"] = append(samples["warm offline boot"], boot)
	}
}

// timedOpen navigates and returns the boot time and the first contentful
// paint, in ms from navigation start.
func (b *browser) timedOpen(url string) (boot, fcp float64) {
	b.open(url)
	b.waitTrue(`window.__bootMs !== undefined`, "the boot time")
	b.eval(`window.__bootMs`, &boot)
	b.eval(`(performance.getEntriesByName("first-contentful-paint")[0] || {startTime: -1}).startTime`, &fcp)
	return boot, fcp
}

// throttleCPU slows the page's CPU by rate, as Lighthouse's mobile profile.
func (b *browser) throttleCPU(rate float64) {
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: rate}); err != nil {
		b.t.Fatal(err)
	}
}

// percentile is the p-th percentile of v, by rank.
func percentile(v []float64, p int) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[min(len(s)-1, len(s)*p/100)]
}

// printBudget prints the side-by-side table and the budgets' verdicts. The
// budgets are the app's, against the floor; the core's ratio beside each
// tells how much of the budget the knowledge base alone takes.
func printBudget(b *testing.B, r map[string]map[string]float64) {
	keys := make([]string, 0, len(r["app"]))
	for k := range r["app"] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ratio := func(site, key string) float64 { return r[site][key] / r["floor"][key] }
	fmt.Printf("\n%-26s %12s %12s %12s %11s %10s\n", "measure", "floor", "core", "app", "core/floor", "app/floor")
	for _, k := range keys {
		fmt.Printf("%-26s %12.0f %12.0f %12.0f %10.2fx %9.2fx\n", k, r["floor"][k], r["core"][k], r["app"][k], ratio("core", k), ratio("app", k))
	}
	budget := func(name, key string, limit float64) {
		verdict := "within"
		if ratio("app", key) > limit {
			verdict = "OVER"
		}
		fmt.Printf("budget %-31s app %.2fx, core alone %.2fx (limit %.2fx): %s\n", name, ratio("app", key), ratio("core", key), limit, verdict)
	}
	budget("compressed wasm (gzip)", "wasm gzip B", 1.10)
	budget("compressed wasm (brotli)", "wasm brotli B", 1.10)
	budget("warm offline boot, unthrottled", "warm offline boot 1x ms", 1.2)
	budget("warm offline boot, 4x CPU", "warm offline boot 4x ms", 1.2)
	b.ReportMetric(ratio("app", "wasm brotli B"), "brotli-ratio")
	b.ReportMetric(ratio("core", "wasm brotli B"), "core-brotli-ratio")
	b.ReportMetric(ratio("app", "warm offline boot 1x ms"), "warm-boot-ratio")
	b.ReportMetric(ratio("core", "warm offline boot 1x ms"), "core-warm-boot-ratio")
}
