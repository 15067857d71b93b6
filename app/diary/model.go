package diary

import (
	"slices"
	"time"
)

// Leg says which leg a cramp was in.
type Leg string

// The legs. An empty Leg means the person did not say.
const (
	LegLeft  Leg = "left"
	LegRight Leg = "right"
	LegBoth  Leg = "both"
)

// Legs lists the legs in display order.
var Legs = []Leg{LegLeft, LegRight, LegBoth}

// Helped says whether a remedy that was tried helped.
type Helped string

// The answers. An empty Helped means the person did not say.
const (
	HelpedYes    Helped = "yes"
	HelpedNo     Helped = "no"
	HelpedUnsure Helped = "unsure"
)

// Score is a 0-10 rating (pain, sleep disturbance), or Unset when the
// person did not give one. Unset is kept apart from 0 so that an entry
// without a rating never pulls an average down.
type Score int8

// Unset is the Score of a rating that was not given.
const Unset Score = -1

// MaxScore is the highest rating.
const MaxScore Score = 10

// IsZero reports whether the score was not given; with `omitzero` it keeps
// unset ratings out of the stored JSON.
func (s Score) IsZero() bool { return s == Unset }

// Valid reports whether the score is Unset or within 0-10.
func (s Score) Valid() bool { return s == Unset || (s >= 0 && s <= MaxScore) }

// Tried is a remedy tried during or after a cramp.
type Tried struct {
	Remedy string `json:"remedy"`           // knowledge-base remedy or first-aid id
	Helped Helped `json:"helped,omitempty"` // whether it helped, "" if not said
}

// Limits on what an entry may hold; saves and imports refuse more.
const (
	MaxNoteRunes     = 2000         // characters of a note
	MaxDuration      = 24 * 60 * 60 // seconds a cramp may last
	MaxTried         = 40           // remedies tried per entry
	MaxMuscles       = 10           // muscles per entry
	MaxMedicineRunes = 200          // characters of a day note's new medicine
)

// Entry is one logged cramp. Make new ones with NewEntry, so that unset
// ratings start Unset rather than 0.
type Entry struct {
	ID       string    `json:"id"`                        // stable across export and import
	At       time.Time `json:"at"`                        // when the cramp happened, with its UTC offset
	Leg      Leg       `json:"leg,omitempty"`             // which leg, "" if not said
	Muscles  []string  `json:"muscles,omitempty"`         // knowledge-base muscle values
	Duration int       `json:"durationSeconds,omitempty"` // how long, in seconds; 0 if not said
	Pain     Score     `json:"pain,omitzero"`             // 0-10 or Unset
	Sleep    Score     `json:"sleep,omitzero"`            // sleep disturbance 0-10 or Unset
	Tried    []Tried   `json:"tried,omitempty"`           // what was tried, in the order given
	Note     string    `json:"note,omitempty"`            // free text, plain, never markup
	Created  time.Time `json:"created"`                   // first saved
	Updated  time.Time `json:"updated"`                   // last saved; the newer wins on import
}

// NewEntry returns an empty entry for a cramp at the given time, with both
// ratings Unset and no id (SaveEntry gives one).
func NewEntry(at time.Time) Entry {
	return Entry{At: at, Pain: Unset, Sleep: Unset}
}

// Night returns the night the cramp belongs to (see NightOf).
func (e Entry) Night() Day { return NightOf(e.At) }

// Fluids is how much a person drank on a day.
type Fluids string

// The fluid levels. An empty Fluids means the person did not say.
const (
	FluidsLittle Fluids = "little"
	FluidsNormal Fluids = "normal"
	FluidsPlenty Fluids = "plenty"
)

// DayContext is the optional note about one day: what a person did that
// might matter for the night that followed. One per date.
type DayContext struct {
	Date        Day       `json:"date"`                  // the day (the evening that starts its night)
	Exercise    bool      `json:"exercise,omitempty"`    // exercised
	Standing    bool      `json:"standing,omitempty"`    // stood for long
	Sitting     bool      `json:"sitting,omitempty"`     // sat for long
	Fluids      Fluids    `json:"fluids,omitempty"`      // how much they drank
	Alcohol     bool      `json:"alcohol,omitempty"`     // drank alcohol
	Caffeine    bool      `json:"caffeine,omitempty"`    // had caffeine
	NewMedicine string    `json:"newMedicine,omitempty"` // name of a new medicine, plain text
	Updated     time.Time `json:"updated"`               // last saved; the newer wins on import
}

// Profile is the optional, on-device list of risk factors that apply to a
// person: an age group and chosen knowledge-base cause ids.
type Profile struct {
	AgeGroup AgeGroup  `json:"ageGroup,omitempty"` // "" if not said
	Causes   []string  `json:"causes,omitempty"`   // chosen cause ids, sorted, no duplicates
	Updated  time.Time `json:"updated,omitzero"`   // last saved; zero if never saved
}

// Raw is a stored value the code could not read or must not touch: a
// corrupt or half-written key, or the keys of a future schema. It is kept
// as found and exported as is.
type Raw struct {
	Key    string `json:"key"`
	Value  string `json:"value"`
	Reason string `json:"reason"` // why it was not read, for people
}

// Snapshot is the whole diary as read: entries newest first, day notes by
// date, the profile, and what could not be read.
type Snapshot struct {
	Schema     int          // schema version found in storage
	ReadOnly   bool         // true when the stored schema is newer than this code
	Entries    []Entry      // newest first (by At, then ID)
	Contexts   []DayContext // oldest first
	Profile    Profile      // zero if none saved
	Unreadable []Raw        // kept as found, exported raw
	CheckIns   []CheckIn    // oldest first
	Medicines  []Medicine   // by start date, then name
}

// EntryFromGuide returns a new entry for a cramp the person went through
// with the guide: its time, the guide's steps they used, each with their
// answer to "Did it help?" (HelpedYes, HelpedNo, HelpedUnsure, or "" when
// they did not answer). Repeated steps are kept once; empty ones dropped.
// Save it with SaveEntry.
func EntryFromGuide(at time.Time, steps []string, helped Helped) Entry {
	e := NewEntry(at)
	for _, s := range steps {
		if s == "" || slices.ContainsFunc(e.Tried, func(t Tried) bool { return t.Remedy == s }) {
			continue
		}
		e.Tried = append(e.Tried, Tried{Remedy: s, Helped: helped})
	}
	return e
}
