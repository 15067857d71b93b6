package e2e

import (
	"fmt"
	"os"
	"testing"

	"github.com/nightcramp/nightcramp/app/chromium"
)

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	browserPath, err := chromium.Find()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	builds.chromium = browserPath
	if err := buildAll(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: build failed:", err)
		return 1
	}
	defer os.RemoveAll(builds.work)
	return m.Run()
}
