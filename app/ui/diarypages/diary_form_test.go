package diarypages

import (
	"testing"
	"time"

	"github.com/nightcramp/nightcramp/app/diary"
)

func TestLogFormReadsWhatWasTyped(t *testing.T) {
	at := time.Date(2026, 3, 10, 3, 10, 0, 0, time.Local)
	for _, c := range []struct {
		when, minutes string
		seconds       int
		problem       bool
	}{
		{"2026-03-10T03:10", "", 0, false},
		{"2026-03-10T03:10", "2", 120, false},
		{"2026-03-10T03:10", "1,5", 90, false},
		{"2026-03-10T03:10", " 0.5 ", 30, false},
		{"2026-03-10T03:10", "abc", 0, true},
		{"2026-03-10T03:10", "-1", 0, true},
		{"2026-03-10T03:10", "100000", 0, true},
		{"2026-03-10T03:10", "NaN", 0, true},
		{"", "2", 0, true},
		{"yesterday", "", 0, true},
	} {
		f := logForm{entry: diary.NewEntry(time.Time{}), when: c.when, minutes: c.minutes}
		e, problem := f.read()
		if (problem != "") != c.problem {
			t.Errorf("%q, %q: problem %q, want one: %t", c.when, c.minutes, problem, c.problem)
			continue
		}
		if !c.problem && (!e.At.Equal(at) || e.Duration != c.seconds) {
			t.Errorf("%q, %q: read %v, %d s; want %v, %d s", c.when, c.minutes, e.At, e.Duration, at, c.seconds)
		}
	}
}

func TestLogLinkTimeComesFromTheURLOrNow(t *testing.T) {
	want := time.Date(2026, 3, 10, 2, 0, 0, 0, time.UTC)
	if got := atFromURL("2026-03-10T02:00:00Z", time.Now()); !got.Equal(want) {
		t.Errorf("RFC 3339: %v", got)
	}
	if got := atFromURL("2026-03-10T02:00", time.Now()); !got.Equal(time.Date(2026, 3, 10, 2, 0, 0, 0, time.Local)) {
		t.Errorf("form layout: %v", got)
	}
	before := time.Now()
	if got := atFromURL("<script>", time.Now()); got.Before(before) || time.Since(got) > time.Minute {
		t.Errorf("nonsense: %v, want now", got)
	}
}
