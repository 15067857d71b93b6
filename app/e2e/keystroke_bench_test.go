package e2e

import (
	"fmt"
	"sort"
	"testing"

	"github.com/chromedp/chromedp"
)

// keystrokeWatchJS times each keystroke from the input event (its
// timeStamp, taken when the browser created it) to the first frame painted
// after the result count changed.
const keystrokeWatchJS = `
window.__samples = [];
document.addEventListener("input", (e) => { window.__t0 = e.timeStamp; }, true);
new MutationObserver(() => {
  const t0 = window.__t0;
  if (t0 === undefined) return;
  window.__t0 = undefined;
  requestAnimationFrame(() => setTimeout(() => window.__samples.push(performance.now() - t0), 0));
}).observe(document.getElementById("result-count"), { childList: true, characterData: true, subtree: true });`

// BenchmarkKeystrokeToPaint types into the search, each key changing the
// results ("c" narrows them, Backspace widens them again), and reports the
// median and p95 from keystroke to painted results, unthrottled and with
// the CPU slowed 4x as in Lighthouse's mobile profile.
func BenchmarkKeystrokeToPaint(b *testing.B) {
	s := startServer(b, builds.server, builds.web, "127.0.0.1:0")
	for _, cpu := range []float64{1, 4} {
		br := newBrowser(b)
		br.Guard.Allow(s.Addr)
		br.open(s.URL + "/")
		br.throttleCPU(cpu)
		br.eval(keystrokeWatchJS+";true", nil)
		br.do(chromedp.Focus(chromedp.CSS("#search")))
		const keys = 60
		for i := 0; i < keys; i++ {
			key := "c"
			if i%2 == 1 {
				key = "\b"
			}
			br.do(chromedp.KeyEvent(key))
			br.waitTrue(fmt.Sprintf("window.__samples.length >= %d", i+1), "the painted results")
		}
		var samples []float64
		br.eval(`window.__samples`, &samples)
		sort.Float64s(samples)
		p50, p95 := samples[len(samples)/2], samples[len(samples)*95/100]
		limit := map[float64]float64{1: 16, 4: 50}[cpu]
		verdict := "within"
		if p95 > limit {
			verdict = "OVER"
		}
		fmt.Printf("keystroke to paint %gx CPU: median %.1f ms, p95 %.1f ms over %d keys (bar p95 <= %.0f ms): %s\n",
			cpu, p50, p95, len(samples), limit, verdict)
		b.ReportMetric(p95, fmt.Sprintf("p95-ms-%gx", cpu))
	}
}
