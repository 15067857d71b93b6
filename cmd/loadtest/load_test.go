package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestLoadCountsRequestsAndErrors(t *testing.T) {
	var served atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if served.Add(1)%50 == 0 && r.URL.Path == "/flaky" {
			http.Error(w, "no", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte(strings.Repeat("x", len(r.URL.Path)*100)))
	}))
	defer srv.Close()
	client := newClient(20)
	mix, err := checkTargets(client, srv.URL, []target{{kind: "page", path: "/"}, {kind: "wasm", path: "/big-body"}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	res := runLoad(ctx, client, srv.URL, mix, 20, 1_000_000)
	if res.errors != 0 || res.requests == 0 || int64(len(res.latency["all"])) != res.requests {
		t.Errorf("clean run: %d requests, %d errors, %d timings", res.requests, res.errors, len(res.latency["all"]))
	}
	if res.requests > int64(served.Load()) {
		t.Errorf("counted %d requests, the server saw %d", res.requests, served.Load())
	}

	flaky := append(mix, target{kind: "asset", path: "/flaky", size: 600})
	res = runLoad(context.Background(), client, srv.URL, flaky, 20, 3000)
	if res.requests != 3000 || res.errors == 0 || len(res.firstErrors) == 0 {
		t.Errorf("flaky run: %d requests (want the 3000 cap), %d errors", res.requests, res.errors)
	}
}

func TestPercentile(t *testing.T) {
	var d []time.Duration
	for i := 100; i >= 1; i-- {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	for p, want := range map[float64]time.Duration{50: 50 * time.Millisecond, 99: 99 * time.Millisecond, 100: 100 * time.Millisecond} {
		if got := percentile(d, p); got != want {
			t.Errorf("p%v = %v, want %v", p, got, want)
		}
	}
	if percentile(nil, 99) != 0 {
		t.Error("no samples should give 0")
	}
}
