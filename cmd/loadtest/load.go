package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// result is what a load run measured.
type result struct {
	requests, errors, bytes int64
	elapsed                 time.Duration
	latency                 map[string][]time.Duration // by target kind, and "all"
	firstErrors             []string
}

// runLoad sends the mix from conns workers until ctx ends or max requests
// were sent; requests in flight then finish, and count. Worker w starts the
// mix at its own offset, so that every kind of request is in flight at any
// moment.
func runLoad(ctx context.Context, client *http.Client, base string, mix []target, conns int, max int64) *result {
	var sent atomic.Int64
	var mu sync.Mutex
	res := &result{latency: map[string][]time.Duration{}}
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < conns; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine := &result{latency: map[string][]time.Duration{}}
			for i := w; ctx.Err() == nil && sent.Add(1) <= max; i++ {
				t := mix[i%len(mix)]
				began := time.Now()
				n, err := fetch(client, base, &t)
				took := time.Since(began)
				mine.requests++
				mine.bytes += n
				if err != nil {
					mine.errors++
					mine.firstErrors = append(mine.firstErrors, err.Error())
					continue
				}
				mine.latency[t.kind] = append(mine.latency[t.kind], took)
			}
			mu.Lock()
			res.merge(mine)
			mu.Unlock()
		}()
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	return res
}

func (r *result) merge(o *result) {
	r.requests += o.requests
	r.errors += o.errors
	r.bytes += o.bytes
	for k, v := range o.latency {
		r.latency[k] = append(r.latency[k], v...)
		r.latency["all"] = append(r.latency["all"], v...)
	}
	if len(r.firstErrors) < 5 {
		r.firstErrors = append(r.firstErrors, o.firstErrors[:min(len(o.firstErrors), 5-len(r.firstErrors))]...)
	}
}

// percentile returns the p-th percentile (0 < p <= 100) of d, sorting it.
func percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	slices.Sort(d)
	i := int(float64(len(d))*p/100+0.5) - 1
	return d[max(0, min(i, len(d)-1))]
}

func (r *result) print(w io.Writer) {
	secs := r.elapsed.Seconds()
	fmt.Fprintf(w, "requests: %d in %.1f s, %.0f requests/s, %.1f MB/s, errors: %d\n",
		r.requests, secs, float64(r.requests)/secs, float64(r.bytes)/secs/1e6, r.errors)
	for _, kind := range []string{"page", "asset", "wasm", "all"} {
		d := r.latency[kind]
		fmt.Fprintf(w, "  %-5s %8d ok  p50 %8v  p99 %8v  max %8v\n", kind, len(d),
			percentile(d, 50).Round(time.Microsecond), percentile(d, 99).Round(time.Microsecond),
			percentile(d, 100).Round(time.Microsecond))
	}
	for _, e := range r.firstErrors {
		fmt.Fprintln(w, "  error:", e)
	}
}
