package kb

// Facet names a dimension the UI can filter on. Its values come from the
// vocabulary of the same name.
type Facet string

// The facets, in display order.
const (
	FacetType     Facet = "type"     // entry type: cause, remedy, ...
	FacetCategory Facet = "category" // cause category: lifestyle, medicine, ...
	FacetMuscle   Facet = "muscle"   // muscle concerned: calf, foot, ...
	FacetWho      Facet = "who"      // who it concerns: older adults, pregnancy, ...
	FacetWhen     Facet = "when"     // when a remedy helps: during an attack, ...
	FacetGrade    Facet = "grade"    // evidence grade
)

// facets lists every facet in display order.
var facets = []Facet{FacetType, FacetCategory, FacetMuscle, FacetWho, FacetWhen, FacetGrade}

// Facets returns every facet in display order.
func Facets() []Facet {
	return append([]Facet(nil), facets...)
}

// Vocabulary returns the name of the vocabulary that holds the facet's values.
func (f Facet) Vocabulary() Vocabulary { return Vocabulary(f) }

// valid reports whether f is one of the known facets.
func (f Facet) valid() bool {
	for _, known := range facets {
		if f == known {
			return true
		}
	}
	return false
}

// Vocabulary names a closed vocabulary of the vocabulary file. Every facet has
// one of the same name; urgency and source kinds are vocabularies too.
type Vocabulary string

// The vocabularies, as named in the vocabulary file.
const (
	VocabType       Vocabulary = "type"        // entry types (fixed by the app)
	VocabCategory   Vocabulary = "category"    // cause categories
	VocabMuscle     Vocabulary = "muscle"      // muscles
	VocabWho        Vocabulary = "who"         // groups of people
	VocabWhen       Vocabulary = "when"        // when a remedy helps
	VocabGrade      Vocabulary = "grade"       // evidence grades (fixed by the app)
	VocabUrgency    Vocabulary = "urgency"     // red-flag urgencies (fixed by the app)
	VocabSourceKind Vocabulary = "source_kind" // kinds of source
)

// vocabularies lists every vocabulary in file order.
var vocabularies = []Vocabulary{VocabType, VocabCategory, VocabMuscle, VocabWho, VocabWhen, VocabGrade, VocabUrgency, VocabSourceKind}

// fixedValues returns the values the app itself depends on for a vocabulary
// whose set is fixed, or nil if the data may define the set.
func (v Vocabulary) fixedValues() []string {
	switch v {
	case VocabType:
		return stringsOf(entryTypes)
	case VocabGrade:
		return stringsOf(grades)
	case VocabUrgency:
		return stringsOf(urgencies)
	}
	return nil
}

// stringsOf converts a slice of string-based values to []string.
func stringsOf[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}
