package diary

import "time"

// PainWeek is one week of pain ratings.
type PainWeek struct {
	First   Day     // first night of the week
	Rated   int     // cramps with a pain rating
	Average float64 // mean pain of those, 0 when none
	Highest Score   // highest pain, Unset when none
}

// WeeklyPain returns the pain ratings of the nights from..to in weeks of
// seven from from (the last may be shorter), oldest first. Cramps without
// a pain rating are left out, so they never pull an average down.
func WeeklyPain(entries []Entry, from, to Day) []PainWeek {
	if to < from {
		return nil
	}
	weeks := make([]PainWeek, (to-from+7)/7)
	sums := make([]int, len(weeks))
	for i := range weeks {
		weeks[i] = PainWeek{First: from + Day(7*i), Highest: Unset}
	}
	for i := range entries {
		e := &entries[i]
		d := NightOf(e.At)
		if d < from || d > to || e.Pain == Unset {
			continue
		}
		w := (d - from) / 7
		weeks[w].Rated++
		sums[w] += int(e.Pain)
		weeks[w].Highest = max(weeks[w].Highest, e.Pain)
	}
	for i := range weeks {
		if weeks[i].Rated > 0 {
			weeks[i].Average = float64(sums[i]) / float64(weeks[i].Rated)
		}
	}
	return weeks
}

// RangePreset is a choice of nights for the doctor's summary.
type RangePreset int8

// The presets. Each starts no earlier than the diary's first record, so a
// diary begun three days ago is summarised over three nights, not 84.
const (
	Range12Weeks RangePreset = iota // the last 84 nights (the default)
	Range4Weeks                     // the last 28 nights
	Range3Months                    // the last three calendar months
	RangeAll                        // from the first record
)

// Range returns the nights from..to (inclusive) of the preset, ending
// with today (the latest night that started, NightOf(now)).
func (p RangePreset) Range(s Snapshot, today Day) (from, to Day) {
	switch p {
	case Range4Weeks:
		from = today - 27
	case Range3Months:
		from = DayOf(today.Time().AddDate(0, -3, 0)) + 1
	case RangeAll:
		from = today
	default:
		from = today - 83
	}
	first, ok := FirstNight(s)
	switch {
	case !ok:
		return today, today
	case p == RangeAll || first > from:
		from = min(first, today)
	}
	return from, today
}

// DefaultRange is Range12Weeks: the last 84 nights, or fewer when the
// diary began later.
func DefaultRange(s Snapshot, today Day) (from, to Day) {
	return Range12Weeks.Range(s, today)
}

// FirstNight returns the earliest night the diary knows of: the first
// cramp, check-in or day note; false when it holds none.
func FirstNight(s Snapshot) (Day, bool) {
	var first Day
	found := false
	see := func(d Day) {
		if !found || d < first {
			first, found = d, true
		}
	}
	for i := range s.Entries {
		see(NightOf(s.Entries[i].At))
	}
	for _, c := range s.CheckIns {
		see(c.Night)
	}
	for _, c := range s.Contexts {
		see(c.Date)
	}
	return first, found
}

// SummaryOptions tunes SummarizeWith.
type SummaryOptions struct {
	Notes bool // include the entries' free-text notes in the rows
}

// SummaryRow is one cramp in the doctor's table.
type SummaryRow struct {
	EntryID  string
	Night    Day
	At       time.Time // with its own UTC offset: the time the person saw
	Leg      Leg
	Muscles  []string
	Duration int     // seconds, 0 if not said
	Pain     Score   // Unset if not rated
	Sleep    Score   // Unset if not rated
	Tried    []Tried // with the person's "did it help?" answers
	Note     string  // only with SummaryOptions.Notes
}

// FactorCount is how many day notes in the range mark a factor.
type FactorCount struct {
	Factor Factor
	Days   int
}

// SummarizeWith is Summarize plus the options: the summary of the nights
// from..to, with its table rows oldest first, the medicines taken in the
// range, the day-factor counts, and the count of logged nights.
func SummarizeWith(s Snapshot, from, to Day, opts SummaryOptions) Summary {
	return summarize(s, from, to, opts)
}

// addRow adds the doctor's row of a cramp of night d.
func (sum *Summary) addRow(e *Entry, d Day, opts SummaryOptions) {
	r := SummaryRow{EntryID: e.ID, Night: d, At: e.At, Leg: e.Leg, Muscles: e.Muscles,
		Duration: e.Duration, Pain: e.Pain, Sleep: e.Sleep, Tried: e.Tried}
	if opts.Notes {
		r.Note = e.Note
	}
	sum.Rows = append(sum.Rows, r)
}

// summarizeMore fills the fields added with check-ins and medicines;
// crampNights are the nights of the range with a cramp.
func (sum *Summary) summarizeMore(s Snapshot, crampNights map[Day]bool) {
	sortRows(sum.Rows)
	for _, m := range s.Medicines {
		if m.Active(sum.From, sum.To) {
			sum.Medicines = append(sum.Medicines, m)
		}
	}
	sum.FactorDays = make([]FactorCount, len(Factors))
	for i, f := range Factors {
		sum.FactorDays[i].Factor = f
		for _, c := range sum.Contexts {
			if yes, _ := f.has(c); yes {
				sum.FactorDays[i].Days++
			}
		}
	}
	// Logged nights as Nights counts them, without walking the entries
	// again: the cramp nights, plus "no cramps" check-ins on other nights.
	sum.LoggedNights = len(crampNights)
	for _, c := range s.CheckIns {
		if c.Night < sum.From || c.Night > sum.To {
			continue
		}
		if c.NoCramps && !crampNights[c.Night] {
			sum.LoggedNights++
		}
		if c.Stretched {
			sum.StretchNights++
		}
	}
}
