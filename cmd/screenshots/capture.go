package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/nightcramp/nightcramp/app/chromium"
)

// capture opens url in a fresh headless Chromium with the shot's viewport
// and returns the viewport as a PNG once the wasm runs.
func capture(url string, s shot) ([]byte, error) {
	browserPath, err := chromium.Find()
	if err != nil {
		return nil, err
	}
	profile, err := os.MkdirTemp("", "nightcramp-screenshots-profile-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	opts := chromium.Options(browserPath, profile, chromedp.Flag("hide-scrollbars", true))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	if err := chromedp.Do(browser, chromedp.Navigate("about:blank")); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(browser, 2*time.Minute)
	defer cancel()

	viewport := []chromedp.EmulateViewportOption{chromedp.EmulateScale(s.scale)}
	if s.mobile {
		viewport = append(viewport, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(s.width, s.height, viewport...)); err != nil {
		return nil, err
	}
	// As the installed app shows it: no install offer, which headless
	// Chromium would make a few seconds in. (Chromium ignores display-mode
	// in Emulation.setEmulatedMedia, so the offer is held back instead.)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `addEventListener("beforeinstallprompt", (e) => e.stopImmediatePropagation(), true);`,
	}); err != nil {
		return nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, err
	}
	if err := waitTrue(ctx, `document.readyState === "complete" && !document.getElementById("app-wasm-loader") && document.fonts.status === "loaded"`); err != nil {
		return nil, fmt.Errorf("waiting for the wasm: %w", err)
	}
	// Let the first frames after the wasm's render settle.
	if err := chromedp.Do(ctx, chromedp.Sleep(500*time.Millisecond)); err != nil {
		return nil, err
	}
	return chromedp.Run(ctx, chromedp.CaptureScreenshot())
}

func waitTrue(ctx context.Context, expr string) error {
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("!!("+expr+")"))
		if err == nil && ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}
