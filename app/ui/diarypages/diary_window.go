package diarypages

import (
	"sort"

	"github.com/nightcramp/nightcramp/app/diary"
)

// window returns the entries of a snapshot (newest first, as
// Store.Snapshot gives them) whose nights may fall in from..to: a binary
// search instead of every figure reading all 2,000 entries of a long diary
// to keep the last 12 weeks. Two nights of margin on each side cover
// entries logged across a change of time zone, which can sort a little out
// of night order; app/diary's figures filter by night themselves.
func window(entries []diary.Entry, from, to diary.Day) []diary.Entry {
	newest := sort.Search(len(entries), func(i int) bool { return entries[i].Night() <= to+2 })
	oldest := sort.Search(len(entries), func(i int) bool { return entries[i].Night() < from-2 })
	return entries[newest:max(oldest, newest)]
}

// windowed is a snapshot with only the entries window keeps.
func windowed(s diary.Snapshot, from, to diary.Day) diary.Snapshot {
	s.Entries = window(s.Entries, from, to)
	return s
}

// firstNight is the snapshot's first night, read from its order (entries
// newest first, check-ins and day notes oldest first) instead of a walk
// over every record; diary.FirstNight is the same for any order.
func firstNight(s diary.Snapshot) (diary.Day, bool) {
	var first diary.Day
	found := false
	see := func(d diary.Day) {
		if !found || d < first {
			first, found = d, true
		}
	}
	if n := len(s.Entries); n > 0 {
		see(s.Entries[n-1].Night())
	}
	if len(s.CheckIns) > 0 {
		see(s.CheckIns[0].Night)
	}
	if len(s.Contexts) > 0 {
		see(s.Contexts[0].Date)
	}
	return first, found
}
