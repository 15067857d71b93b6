package chromium

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// fakeBin makes an executable named name in dir that writes its arguments,
// one a line, to dir/args and exits without starting anything.
func fakeBin(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	script := "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + filepath.Join(dir, "args") + "'\nexit 1\n"
	if err := os.WriteFile(p, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFindPrefersCHROMIUM(t *testing.T) {
	dir := t.TempDir()
	fakeBin(t, dir, "chromium")
	t.Setenv("PATH", dir)
	t.Setenv("CHROMIUM", "/opt/other/chrome")
	got, err := Find()
	if err != nil || got != "/opt/other/chrome" {
		t.Fatalf("Find() = %q, %v; want the CHROMIUM path", got, err)
	}
}

func TestFindSearchesPathInOrder(t *testing.T) {
	t.Setenv("CHROMIUM", "")
	dir := t.TempDir()
	old := fakeBin(t, dir, "chromium-browser")
	t.Setenv("PATH", dir)
	if got, err := Find(); err != nil || got != old {
		t.Fatalf("with chromium-browser only: Find() = %q, %v; want %q", got, err, old)
	}
	debian := fakeBin(t, dir, "chromium")
	if got, err := Find(); err != nil || got != debian {
		t.Fatalf("with both: Find() = %q, %v; want Debian's %q", got, err, debian)
	}
}

func TestFindWithoutChromium(t *testing.T) {
	t.Setenv("CHROMIUM", "")
	t.Setenv("PATH", t.TempDir())
	got, err := Find()
	if !errors.Is(err, ErrNotFound) || got != "" {
		t.Fatalf("Find() = %q, %v; want ErrNotFound", got, err)
	}
	if !strings.Contains(err.Error(), "apt-get install -y chromium") {
		t.Errorf("the error %q does not say how to install Chromium", err)
	}
}

// Options starts the browser it names, headless, without sandbox or GPU,
// on the given profile, with the extra flags: a stand-in binary records
// the command line chromedp gives it. (As root chromedp adds --no-sandbox
// by itself; as any other user the flag comes from Options.)
func TestOptionsCommandLine(t *testing.T) {
	dir := t.TempDir()
	bin := fakeBin(t, dir, "chromium")
	profile := filepath.Join(dir, "profile")
	opts := Options(bin, profile, chromedp.Flag("hide-scrollbars", true))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 30*time.Second)
	defer cancelTimeout()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err == nil {
		t.Fatal("a stand-in that exits at once started as a browser")
	}
	raw, err := os.ReadFile(filepath.Join(dir, "args"))
	if err != nil {
		t.Fatalf("the stand-in browser was not started: %v", err)
	}
	args := strings.Split(strings.TrimSpace(string(raw)), "\n")
	given := make(map[string]bool, len(args))
	for _, a := range args {
		given[a] = true
	}
	for _, want := range []string{"--headless", "--no-sandbox", "--disable-gpu",
		"--user-data-dir=" + profile, "--hide-scrollbars", "--no-first-run"} {
		if !given[want] {
			t.Errorf("command line %q lacks %s", args, want)
		}
	}
}
