package diary

import (
	"slices"

	"github.com/nightcramp/nightcramp/app/kb"
)

// AgeGroup is a person's age band. Only the band is kept, never a birth
// date: it is all the knowledge base needs.
type AgeGroup string

// The age groups. The knowledge base says night cramps get more common from
// about 55 to 60 ("older-adults"), so 60 and over marks getting older.
const (
	AgeUnder40 AgeGroup = "under-40"
	Age40to59  AgeGroup = "40-59"
	Age60Plus  AgeGroup = "60-plus"
)

// AgeGroups lists the age groups in display order.
var AgeGroups = []AgeGroup{AgeUnder40, Age40to59, Age60Plus}

// Label returns the age group for people.
func (a AgeGroup) Label() string {
	switch a {
	case AgeUnder40:
		return "Under 40"
	case Age40to59:
		return "40 to 59"
	case Age60Plus:
		return "60 or over"
	}
	return "Not said"
}

// Valid reports whether a is one of AgeGroups.
func (a AgeGroup) Valid() bool { return slices.Contains(AgeGroups, a) }

// AgeCauseID is the knowledge-base cause an age group of 60 and over
// applies, so the explorer marks it without the person choosing it too.
const AgeCauseID = "getting-older"

// Applies reports whether a knowledge-base cause applies to the person:
// they chose it, or their age group implies it.
func (p Profile) Applies(causeID string) bool {
	if causeID == AgeCauseID && p.AgeGroup == Age60Plus {
		return true
	}
	_, found := slices.BinarySearch(p.Causes, causeID)
	return found
}

// Empty reports whether the profile says nothing.
func (p Profile) Empty() bool { return p.AgeGroup == "" && len(p.Causes) == 0 }

// WithCause returns a copy of the profile with the cause chosen or not.
func (p Profile) WithCause(causeID string, chosen bool) Profile {
	causes := slices.DeleteFunc(slices.Clone(p.Causes), func(s string) bool { return s == causeID })
	if chosen {
		causes = append(causes, causeID)
	}
	p.Causes = normalizeIDs(causes)
	return p
}

// RiskGroup is one category of choosable risk factors, for the profile
// screen.
type RiskGroup struct {
	Category kb.Term     // the cause category (value, label, description)
	Causes   []*kb.Entry // its causes, in the knowledge base's result order
}

// notChoosable are the cause categories a person cannot have: explanations
// of how cramps come about, not things that apply to someone.
var notChoosable = map[string]bool{"mechanism": true}

// RiskFactors returns the causes a person may choose in their profile,
// grouped by category in the vocabulary's display order. The cause an age
// group implies (AgeCauseID) is left out: the age question covers it.
func RiskFactors(k *kb.KB) []RiskGroup {
	byCat := map[string][]*kb.Entry{}
	for _, e := range k.Entries(kb.TypeCause) {
		if e.ID != AgeCauseID {
			byCat[e.Category] = append(byCat[e.Category], e)
		}
	}
	var out []RiskGroup
	for _, t := range k.Terms(kb.VocabCategory) {
		if notChoosable[t.Value] || len(byCat[t.Value]) == 0 {
			continue
		}
		out = append(out, RiskGroup{Category: t, Causes: byCat[t.Value]})
	}
	return out
}

// KnownFrom returns the id checks for imports from the knowledge base.
func KnownFrom(k *kb.KB) *Known {
	is := func(types ...kb.EntryType) func(string) bool {
		return func(id string) bool {
			e, ok := k.Entry(id)
			return ok && slices.Contains(types, e.Type)
		}
	}
	return &Known{
		Remedy: is(kb.TypeRemedy, kb.TypeFirstAid),
		Cause:  is(kb.TypeCause),
		Muscle: func(m string) bool { _, ok := k.Term(kb.VocabMuscle, m); return ok },
	}
}

// ReadProfile reads only the profile, for screens that need nothing else
// (the explorer's "applies to you" marks): one key, instead of opening the
// whole diary. A missing or unreadable profile gives the empty one, with
// false; the diary screens report why.
func ReadProfile(s Storage) (Profile, bool) {
	raw, ok, err := s.Get(ProfileKey)
	if err != nil || !ok {
		return Profile{}, false
	}
	p, err := decodeProfile(raw)
	if err != nil {
		return Profile{}, false
	}
	return p, true
}
