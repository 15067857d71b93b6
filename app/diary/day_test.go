package diary

import (
	"encoding/json"
	"testing"
	"time"
)

func TestNightOf(t *testing.T) {
	monday := Date(2026, 3, 2)
	cases := []struct {
		at   time.Time
		want Day
	}{
		{time.Date(2026, 3, 2, 22, 30, 0, 0, time.UTC), monday},
		{time.Date(2026, 3, 3, 3, 0, 0, 0, time.UTC), monday},      // 03:00 Tuesday is Monday's night
		{time.Date(2026, 3, 3, 11, 59, 59, 0, time.UTC), monday},   // still the morning after
		{time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC), monday + 1}, // noon starts Tuesday's
		{time.Date(2026, 3, 3, 0, 30, 0, 0, cet), monday},          // own wall clock, not UTC
		{time.Date(2026, 3, 2, 23, 30, 0, 0, time.FixedZone("X", -10*3600)), monday},
	}
	for _, c := range cases {
		if got := NightOf(c.at); got != c.want {
			t.Errorf("NightOf(%v) = %v, want %v", c.at, got, c.want)
		}
	}
}

func TestDayText(t *testing.T) {
	d := Date(2026, 2, 29) // normalises to 1 March
	if d.String() != "2026-03-01" || d.Weekday() != time.Sunday {
		t.Fatalf("got %v %v", d, d.Weekday())
	}
	b, _ := json.Marshal(d)
	var back Day
	if err := json.Unmarshal(b, &back); err != nil || back != d {
		t.Fatalf("round trip %s -> %v, %v", b, back, err)
	}
	for _, bad := range []string{"", "2026-3-1", "2026-02-30", "yesterday"} {
		if _, err := ParseDay(bad); err == nil {
			t.Errorf("ParseDay(%q) accepted", bad)
		}
	}
	if Date(1970, 1, 1) != 0 || Date(1969, 12, 31) != -1 {
		t.Fatal("epoch")
	}
}

// TestNightOfMatchesCalendar checks the arithmetic against the calendar,
// across offsets, DST changes and dates before 1970.
func TestNightOfMatchesCalendar(t *testing.T) {
	zones := []*time.Location{time.UTC, cet, time.FixedZone("", -9*3600-1800), time.FixedZone("", 14*3600)}
	if berlin, err := time.LoadLocation("Europe/Berlin"); err == nil {
		zones = append(zones, berlin)
	}
	start := time.Date(1969, 12, 25, 0, 0, 0, 0, time.UTC)
	for _, loc := range zones {
		for m := 0; m < 60*24*20; m += 37 {
			at := start.Add(time.Duration(m) * time.Minute).In(loc)
			want := DayOf(at)
			if at.Hour() < NightCutoffHour {
				want--
			}
			if got := NightOf(at); got != want {
				t.Fatalf("NightOf(%v) = %v, want %v", at, got, want)
			}
		}
	}
}
