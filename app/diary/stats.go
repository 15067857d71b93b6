package diary

import (
	"cmp"
	"slices"
	"sort"
	"time"
)

// The numbers here are personal notes, not medical findings: they count
// what a person wrote down, nothing more.

// NightCount is the number of cramps logged for one night.
type NightCount struct {
	Night  Day // the evening the night started (see NightOf)
	Cramps int
}

// NightCounts returns one count per night for the weeks*7 nights ending
// with last (inclusive), oldest first. Nights without entries count 0.
// Entries may come in any order. It cannot tell a night without cramps
// from a night nobody logged; Nights can, from the check-ins.
func NightCounts(entries []Entry, last Day, weeks int) []NightCount {
	if weeks <= 0 {
		return nil
	}
	n := weeks * 7
	first := last - Day(n) + 1
	out := make([]NightCount, n)
	for i := range out {
		out[i].Night = first + Day(i)
	}
	for i := range entries {
		if d := NightOf(entries[i].At); d >= first && d <= last {
			out[d-first].Cramps++
		}
	}
	return out
}

// WeekCount is the number of cramps and of nights with cramps in a week.
type WeekCount struct {
	First  Day // first night of the week
	Cramps int
	Nights int // nights with at least one cramp
}

// Weeks folds night counts (as NightCounts returns them) into weeks.
func Weeks(nights []NightCount) []WeekCount {
	var out []WeekCount
	for i := 0; i+7 <= len(nights); i += 7 {
		w := WeekCount{First: nights[i].Night}
		for _, n := range nights[i : i+7] {
			w.Cramps += n.Cramps
			if n.Cramps > 0 {
				w.Nights++
			}
		}
		out = append(out, w)
	}
	return out
}

// PainPoint is one rated cramp.
type PainPoint struct {
	EntryID string
	At      time.Time
	Night   Day
	Pain    Score // may be Unset when only sleep was rated
	Sleep   Score // may be Unset when only pain was rated
}

// PainSeries returns the cramps of the nights from..to (inclusive) that
// have a pain or sleep rating, oldest first.
func PainSeries(entries []Entry, from, to Day) []PainPoint {
	var out []PainPoint
	for i := range entries {
		e := &entries[i]
		d := NightOf(e.At)
		if d < from || d > to || e.Pain == Unset && e.Sleep == Unset {
			continue
		}
		out = append(out, PainPoint{EntryID: e.ID, At: e.At, Night: d, Pain: e.Pain, Sleep: e.Sleep})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.EntryID, b.EntryID)) < 0
	})
	return out
}

// RemedyStat says how often a person tried a remedy and what they said.
type RemedyStat struct {
	Remedy    string // knowledge-base id
	Tried     int    // cramps it was tried for
	Helped    int    // ... and it helped
	NotHelped int    // ... and it did not
	Unsure    int    // ... unsure or not said
}

// RemedyStats returns, for the nights from..to, each remedy tried, most
// tried first (then by id). A remedy listed twice in one entry counts once.
func RemedyStats(entries []Entry, from, to Day) []RemedyStat {
	byID := map[string]*RemedyStat{}
	for i := range entries {
		e := &entries[i]
		if d := NightOf(e.At); d < from || d > to {
			continue
		}
		for j, t := range e.Tried {
			if slices.ContainsFunc(e.Tried[:j], func(u Tried) bool { return u.Remedy == t.Remedy }) {
				continue
			}
			s := byID[t.Remedy]
			if s == nil {
				s = &RemedyStat{Remedy: t.Remedy}
				byID[t.Remedy] = s
			}
			s.Tried++
			switch t.Helped {
			case HelpedYes:
				s.Helped++
			case HelpedNo:
				s.NotHelped++
			default:
				s.Unsure++
			}
		}
	}
	out := make([]RemedyStat, 0, len(byID))
	for _, s := range byID {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		return cmp.Or(cmp.Compare(b.Tried, a.Tried), cmp.Compare(a.Remedy, b.Remedy)) < 0
	})
	return out
}

// Summary is the doctor's one-page summary of the nights from..to.
type Summary struct {
	From, To     Day
	Nights       int            // nights in the range
	CrampNights  int            // nights with at least one cramp
	Cramps       int            // cramps logged
	PainRated    int            // cramps with a pain rating
	PainAverage  float64        // mean pain of rated cramps, 0 if none
	PainMax      Score          // highest pain, Unset if none
	SleepRated   int            // cramps with a sleep rating
	SleepAverage float64        // mean sleep disturbance, 0 if none
	DurationAvg  time.Duration  // mean duration of cramps with one, 0 if none
	Legs         map[Leg]int    // cramps per leg ("" = not said)
	Muscles      map[string]int // cramps per muscle
	Remedies     []RemedyStat   // as RemedyStats
	Contexts     []DayContext   // day notes in the range, oldest first
	Profile      Profile
	// Added with check-ins and medicines (schema 3).
	LoggedNights  int           // nights with a cramp or a "no cramps" check-in
	StretchNights int           // nights whose check-in says the stretches were done
	Rows          []SummaryRow  // one per cramp, oldest first; notes only with SummarizeWith
	Medicines     []Medicine    // medicines taken on some day of the range, by start
	FactorDays    []FactorCount // day notes marking each factor, in Factors order
}

// Summarize returns the summary of the nights from..to (inclusive) of a
// snapshot, without the entries' notes (see SummarizeWith). DefaultRange
// and RangePreset give ranges that start no earlier than the diary.
func Summarize(s Snapshot, from, to Day) Summary {
	return SummarizeWith(s, from, to, SummaryOptions{})
}

func summarize(s Snapshot, from, to Day, opts SummaryOptions) Summary {
	sum := Summary{From: from, To: to, PainMax: Unset, Legs: map[Leg]int{}, Muscles: map[string]int{}, Profile: s.Profile}
	if to >= from {
		sum.Nights = int(to-from) + 1
	}
	nights := map[Day]bool{}
	var pain, sleep, durN int
	var dur int
	for i := range s.Entries {
		e := &s.Entries[i]
		d := NightOf(e.At)
		if d < from || d > to {
			continue
		}
		sum.Cramps++
		nights[d] = true
		sum.addRow(e, d, opts)
		sum.Legs[e.Leg]++
		for _, m := range e.Muscles {
			sum.Muscles[m]++
		}
		if e.Pain != Unset {
			sum.PainRated++
			pain += int(e.Pain)
			sum.PainMax = max(sum.PainMax, e.Pain)
		}
		if e.Sleep != Unset {
			sum.SleepRated++
			sleep += int(e.Sleep)
		}
		if e.Duration > 0 {
			durN++
			dur += e.Duration
		}
	}
	sum.CrampNights = len(nights)
	if sum.PainRated > 0 {
		sum.PainAverage = float64(pain) / float64(sum.PainRated)
	}
	if sum.SleepRated > 0 {
		sum.SleepAverage = float64(sleep) / float64(sum.SleepRated)
	}
	if durN > 0 {
		sum.DurationAvg = time.Duration(dur) * time.Second / time.Duration(durN)
	}
	sum.Remedies = RemedyStats(s.Entries, from, to)
	for _, c := range s.Contexts {
		if c.Date >= from && c.Date <= to {
			sum.Contexts = append(sum.Contexts, c)
		}
	}
	sum.summarizeMore(s, nights)
	return sum
}

// sortRows orders the doctor's rows oldest first, then by id. Rows come
// from a newest-first list, so reversing them is usually all it takes.
func sortRows(rows []SummaryRow) {
	older := func(a, b SummaryRow) int {
		return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.EntryID, b.EntryID))
	}
	if slices.IsSortedFunc(rows, func(a, b SummaryRow) int { return older(b, a) }) {
		slices.Reverse(rows)
		return
	}
	slices.SortFunc(rows, older)
}
