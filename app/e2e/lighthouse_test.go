package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// lighthouseCLI is Lighthouse 11, the last release with the PWA category,
// installed by .ci/deps from .ci/package-lock.json.
func lighthouseCLI(t *testing.T) string {
	t.Helper()
	cli := filepath.Join(builds.root, ".ci", "node_modules", "lighthouse", "cli", "index.js")
	if _, err := os.Stat(cli); err != nil {
		t.Fatalf("Lighthouse is missing (run `npm ci` in .ci, or `make deps`): %v", err)
	}
	return cli
}

// lighthouseReport is the part of Lighthouse's JSON report the test reads.
type lighthouseReport struct {
	LighthouseVersion string `json:"lighthouseVersion"`
	Categories        map[string]struct {
		Score     *float64 `json:"score"`
		AuditRefs []struct {
			ID string `json:"id"`
		} `json:"auditRefs"`
	} `json:"categories"`
	Audits map[string]struct {
		Title   string          `json:"title"`
		Score   *float64        `json:"score"`
		Details json.RawMessage `json:"details"`
	} `json:"audits"`
	RuntimeError *struct{ Code, Message string } `json:"runtimeError"`
}

// Lighthouse 11, run on Debian's Chromium against the real server, scores
// the home page 100 for PWA and 100 for accessibility. Its Chromium goes
// through the origin guard like every other test's.
func TestLighthouse(t *testing.T) {
	cli := lighthouseCLI(t)
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	guard := newOriginGuard(t)
	guard.Allow(s.Addr)
	out := filepath.Join(t.TempDir(), "lighthouse.json")
	flags := strings.Join([]string{"--headless=new", "--no-sandbox", "--disable-gpu",
		"--proxy-server=" + guard.URL(), "--proxy-bypass-list=<-loopback>", "--disable-quic",
		"--disable-component-update", "--disable-domain-reliability", "--no-pings"}, " ")
	cmd := exec.Command("node", cli, s.URL+"/",
		"--only-categories=pwa,accessibility", "--output=json", "--output-path="+out,
		"--quiet", "--chrome-flags="+flags)
	cmd.Env = append(os.Environ(), "CHROME_PATH="+builds.chromium)
	start := time.Now()
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("lighthouse: %v\n%s", err, b)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var r lighthouseReport
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatal(err)
	}
	if r.RuntimeError != nil && r.RuntimeError.Code != "" {
		t.Fatalf("Lighthouse could not audit the page: %s %s", r.RuntimeError.Code, r.RuntimeError.Message)
	}
	for _, name := range []string{"pwa", "accessibility"} {
		c, ok := r.Categories[name]
		if !ok || c.Score == nil {
			t.Errorf("Lighthouse %s gave no %s score", r.LighthouseVersion, name)
			continue
		}
		t.Logf("Lighthouse %s: %s %.0f (in %s)", r.LighthouseVersion, name, *c.Score*100, time.Since(start).Round(time.Second))
		if *c.Score < 1 {
			t.Errorf("%s score %.0f, want 100", name, *c.Score*100)
		}
		for _, ref := range c.AuditRefs {
			if a := r.Audits[ref.ID]; a.Score != nil && *a.Score < 1 {
				t.Errorf("%s: %s (%s) scores %.2f: %s", name, ref.ID, a.Title, *a.Score, failingItems(a.Details))
			}
		}
	}
}

// failingItems shortens an audit's details to what says why it failed.
func failingItems(details json.RawMessage) string {
	var d struct {
		Items []json.RawMessage `json:"items"`
	}
	json.Unmarshal(details, &d)
	parts := make([]string, 0, len(d.Items))
	for _, it := range d.Items {
		s := string(it)
		if len(s) > 300 {
			s = s[:300] + "..."
		}
		parts = append(parts, s)
	}
	return fmt.Sprint(parts)
}
