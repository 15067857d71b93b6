// Package chromium finds the Chromium that the end-to-end tests and the
// screenshot tool drive, and gives the flags every headless run of it here
// shares, so that both start the browser the same way.
package chromium

import (
	"errors"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// names are the commands Chromium is installed as: Debian's package and
// the older name other distributions still use.
var names = []string{"chromium", "chromium-browser"}

// ErrNotFound says that no Chromium was found, and how to get one.
var ErrNotFound = errors.New("no Chromium found: run `make test` as root to install it, " +
	"or `sudo apt-get install -y chromium`, or set CHROMIUM to its path")

// Find returns the path of the Chromium to run: the one the CHROMIUM
// environment variable names, else the first of chromium and
// chromium-browser on PATH. Without one it returns ErrNotFound: callers
// fail rather than skip, since their checks need a real browser.
func Find() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p, nil
	}
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNotFound
}

// Options returns chromedp's default headless options with the browser at
// path and its profile in the directory profile, then extra. No sandbox,
// since containers and CI machines often cannot give Chromium one (as root
// it refuses to start with it); no GPU, since headless machines have none.
func Options(path, profile string, extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	// The defaults are an array: appending to its slice copies it.
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(profile),
	)
	return append(opts, extra...)
}
