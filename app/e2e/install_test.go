package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

func TestManifestIsInstallableWithLocalIcons(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/")
	b.waitWorker(precache(t, s.URL+"/app-worker.js"))

	if errs := b.installabilityErrors(); len(errs) > 0 {
		raw, _ := json.Marshal(errs)
		t.Errorf("Chromium reports installability errors: %s", raw)
	}

	_, body := httpGet(t, s.URL+"/manifest.webmanifest")
	var manifest struct {
		Name, ShortName, Description, BackgroundColor, ThemeColor, Display string
		Icons                                                              []struct{ Src, Sizes, Type, Purpose string }
	}
	if err := json.Unmarshal([]byte(body), &manifest); err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	json.Unmarshal([]byte(body), &raw)
	for _, field := range []string{"name", "short_name", "description", "background_color", "theme_color"} {
		if v, _ := raw[field].(string); v == "" {
			t.Errorf("the manifest has no %s", field)
		}
	}
	if len(manifest.Icons) < 4 {
		t.Errorf("manifest icons = %d, want 192, 512, maskable 512 and SVG", len(manifest.Icons))
	}
	for _, icon := range manifest.Icons {
		b.checkIcon(icon.Src, icon.Sizes)
	}
}

// installabilityErrors asks Chromium why the page could not be installed.
func (b *browser) installabilityErrors() []*page.InstallabilityError {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	res, err := chromedp.Call(ctx, page.GetInstallabilityErrors, cdp.Empty{})
	if err != nil {
		b.t.Fatal(err)
	}
	return res.InstallabilityErrors
}

// checkIcon loads an icon in the page and checks it decodes at its size.
func (b *browser) checkIcon(src, sizes string) {
	b.t.Helper()
	var got struct{ W, H int }
	b.eval(`new Promise((done) => {
	  const img = new Image();
	  img.onload = () => done({W: img.naturalWidth, H: img.naturalHeight});
	  img.onerror = () => done({W: 0, H: 0});
	  img.src = `+jsString(src)+`;
	})`, &got)
	if got.W == 0 || got.H == 0 {
		b.t.Errorf("icon %s does not load", src)
		return
	}
	if sizes != "any" && sizes != fmt.Sprintf("%dx%d", got.W, got.H) {
		b.t.Errorf("icon %s is %dx%d, the manifest says %s", src, got.W, got.H, sizes)
	}
}
