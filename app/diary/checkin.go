package diary

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// CheckIn is the morning note about one night: "no cramps last night", and
// whether the bedtime stretches were done. One per night. A check-in is
// how a night without cramps gets logged: a night nobody said anything
// about is unknown, not a good night.
type CheckIn struct {
	Night     Day       `json:"night"`               // the evening the night started (see NightOf)
	NoCramps  bool      `json:"noCramps,omitempty"`  // the person said the night had no cramps
	Stretched bool      `json:"stretched,omitempty"` // the bedtime stretches were done
	Updated   time.Time `json:"updated"`             // last saved; the newer wins on import
}

// Empty reports whether the check-in says nothing (saving it removes it).
func (c CheckIn) Empty() bool { return !c.NoCramps && !c.Stretched }

// CheckCheckIn returns every reason the check-in cannot be saved.
func CheckCheckIn(c CheckIn) []string { return reasonTexts(checkCheckIn(c)) }

func checkCheckIn(c CheckIn) []error {
	var r reasons
	if !saneDay(c.Night) {
		r.add("night", "the date of the night is not believable")
	}
	if !saneTime(c.Updated) {
		r.add("updated", "the changed date is not believable")
	}
	return r
}

// CheckIn saves the check-in of a night (c.Night is set to night) and
// returns it as saved; one that says nothing is removed instead. A night
// that has not started yet (after tonight) is refused: the person cannot
// know it had no cramps.
func (st *Store) CheckIn(night Day, c CheckIn) (CheckIn, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	c.Night = night
	key := CheckInKey(night)
	if c.Empty() {
		if err := st.writable(key); err != nil {
			return CheckIn{}, err
		}
		if err := st.s.Remove(key); err != nil {
			return CheckIn{}, &WriteError{Op: OpSave, Err: err}
		}
		delete(st.checkIns, night)
		return c, nil
	}
	now := st.now()
	c.Updated = stamp(now, st.checkIns[night].Updated)
	errs := checkCheckIn(c)
	if night > NightOf(now)+1 {
		// One night of slack: a phone whose zone is behind the person's.
		errs = append(errs, &FieldError{Field: "night", Reason: "this night has not happened yet"})
	}
	if err := invalid("check-in", errs); err != nil {
		return CheckIn{}, err
	}
	if err := st.put(key, encode(c)); err != nil {
		return CheckIn{}, err
	}
	st.checkIns[night] = c
	return c, nil
}

// CheckInOf returns the check-in of a night, and whether there is one.
func (st *Store) CheckInOf(night Day) (CheckIn, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	c, ok := st.checkIns[night]
	return c, ok
}

// decodeCheckIn reads a stored check-in and checks it against the date in
// its key.
func decodeCheckIn(date, data string) (CheckIn, error) {
	var c CheckIn
	if err := decodeStrict(data, &c); err != nil {
		return CheckIn{}, err
	}
	if c.Night.String() != date {
		return CheckIn{}, fmt.Errorf("the check-in inside is for %s, not %s", c.Night, date)
	}
	if reasons := checkCheckIn(c); len(reasons) > 0 {
		return CheckIn{}, reasons[0]
	}
	if c.Empty() {
		return CheckIn{}, errors.New("the check-in says nothing")
	}
	return c, nil
}

// NightState says what is known about a night.
type NightState int8

// The night states. Only logged nights (not NightUnlogged) may be counted
// in a rate: an unlogged night is unknown, not a night without cramps.
const (
	NightUnlogged NightState = iota // no entry and no "no cramps" check-in
	NightNoCramps                   // checked in: no cramps
	NightCramps                     // at least one cramp entry
)

// NightLog is one night as the diary knows it.
type NightLog struct {
	Night     Day
	State     NightState
	Cramps    int  // cramp entries of the night
	Stretched bool // the check-in says the bedtime stretches were done
}

// Logged reports whether the night was logged (a cramp, or a check-in
// saying none).
func (n NightLog) Logged() bool { return n.State != NightUnlogged }

// Nights returns one NightLog per night from..to (inclusive), oldest first.
// A night with a cramp entry is NightCramps even if a check-in says no
// cramps: the entry is the more specific record. Entries and check-ins may
// come in any order.
func Nights(entries []Entry, checkIns []CheckIn, from, to Day) []NightLog {
	if to < from {
		return nil
	}
	out := make([]NightLog, int(to-from)+1)
	for i := range out {
		out[i].Night = from + Day(i)
	}
	for _, c := range checkIns {
		if c.Night < from || c.Night > to {
			continue
		}
		n := &out[c.Night-from]
		n.Stretched = c.Stretched
		if c.NoCramps {
			n.State = NightNoCramps
		}
	}
	for i := range entries {
		if d := NightOf(entries[i].At); d >= from && d <= to {
			n := &out[d-from]
			n.Cramps++
			n.State = NightCramps
		}
	}
	return out
}

// LoggedWeek is a week of nights, counted over its logged nights only.
type LoggedWeek struct {
	First       Day // first night of the week
	Logged      int // logged nights, 0-7
	Cramps      int // cramps on logged nights
	CrampNights int // logged nights with at least one cramp
}

// LoggedWeeks folds nights (as Nights returns them) into weeks of seven
// from the first; a last, shorter week is kept, with its own count of
// logged nights. Weekly cramps are comparable between weeks only through
// Logged: a week with 2 logged nights says little.
func LoggedWeeks(nights []NightLog) []LoggedWeek {
	var out []LoggedWeek
	for i := 0; i < len(nights); i += 7 {
		w := LoggedWeek{First: nights[i].Night}
		for _, n := range nights[i:min(i+7, len(nights))] {
			if !n.Logged() {
				continue
			}
			w.Logged++
			w.Cramps += n.Cramps
			if n.Cramps > 0 {
				w.CrampNights++
			}
		}
		out = append(out, w)
	}
	return out
}

// sortedCheckIns returns check-ins oldest first.
func sortedCheckIns(m map[Day]CheckIn) []CheckIn {
	out := make([]CheckIn, 0, len(m))
	for _, c := range m {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Night < out[j].Night })
	return slices.Clip(out)
}

// parseCheckIns reads the file's check-ins: one per night, the copy changed
// last; a night after tomorrow is refused (it cannot have been lived), and
// an empty check-in is refused as saying nothing.
func (imp *Import) parseCheckIns(raws []json.RawMessage, today Day) {
	keep := newLatest(imp, func(c CheckIn) (string, time.Time) { return c.Night.String(), c.Updated }, "night")
	for i, raw := range raws {
		what := "check-in " + strconv.Itoa(i+1)
		var c CheckIn
		if err := decodeOne(raw, &c); err != nil {
			imp.reject(what, "", err.Error())
			continue
		}
		errs := checkCheckIn(c)
		if c.Empty() {
			errs = append(errs, &FieldError{Field: "noCramps", Reason: "the check-in says nothing"})
		}
		if c.Night > today+1 && saneDay(c.Night) {
			errs = append(errs, &FieldError{Field: "night", Reason: "the night " + c.Night.String() + " has not happened yet"})
		}
		if len(errs) > 0 {
			imp.reject(what, c.Night.String(), strings.Join(reasonTexts(errs), "; "))
			continue
		}
		keep.add(what, c)
	}
	imp.CheckIns = keep.list
}
