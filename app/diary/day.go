package diary

import (
	"fmt"
	"time"
)

// Day is a calendar date, counted in days since 1970-01-01. It has no time
// zone: it is the date on the person's own calendar. Days compare and
// subtract as integers, which keeps the stats fast.
type Day int32

// DayOf returns the calendar date of t on t's own wall clock.
func DayOf(t time.Time) Day {
	y, m, d := t.Date()
	return Date(y, m, d)
}

// Date returns the Day of a calendar date; out-of-range values normalise as
// in time.Date.
func Date(year int, month time.Month, day int) Day {
	return Day(time.Date(year, month, day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// NightCutoffHour is the hour before which a cramp belongs to the night that
// started the evening before: a cramp at 03:00 on Tuesday is Monday's night.
// Noon, because people log a night's cramps in the morning, and a nap cramp
// at 14:00 belongs to that day's own evening only by convention.
const NightCutoffHour = 12

// NightOf returns the night a moment belongs to: its own date from noon on,
// the previous date before noon, both on t's own wall clock (the offset the
// person was in when it happened, not the one they are in now).
func NightOf(t time.Time) Day {
	// Arithmetic on the wall-clock seconds rather than t.Date and t.Hour:
	// the charts call this for every entry on every draw.
	_, offset := t.Zone()
	wall := t.Unix() + int64(offset) - NightCutoffHour*3600
	d := wall / 86400
	if wall < 0 && wall%86400 != 0 {
		d-- // floor, for dates before 1970
	}
	return Day(d)
}

// Time returns midnight UTC of the day.
func (d Day) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// Weekday returns the day of the week.
func (d Day) Weekday() time.Weekday { return d.Time().Weekday() }

// String returns the date as YYYY-MM-DD.
func (d Day) String() string { return d.Time().Format(time.DateOnly) }

// ParseDay reads a YYYY-MM-DD date.
func ParseDay(s string) (Day, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("not a date (YYYY-MM-DD): %q", s)
	}
	return DayOf(t), nil
}

// MarshalText writes the day as YYYY-MM-DD.
func (d Day) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a YYYY-MM-DD date.
func (d *Day) UnmarshalText(b []byte) error {
	v, err := ParseDay(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
