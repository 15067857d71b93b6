//go:build !wasm

package main

import (
	"strings"
	"testing"
	"time"
)

func TestWarnStaleReviewsPrintsWarningsOnly(t *testing.T) {
	var b strings.Builder
	warnStaleReviews(&b, time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC))
	if b.Len() != 0 {
		t.Errorf("entries reviewed on 2026-12-07 warned on that day:\n%s", b.String())
	}
	warnStaleReviews(&b, time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC))
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "nightcramp: warning: ") || !strings.Contains(lines[0], `field "reviewed": last reviewed 2026-12-07, over 12 months`) {
		t.Errorf("no stale-review warning in 2028: %q", b.String())
	}
}
