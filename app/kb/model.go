package kb

// EntryType is the kind of a knowledge-base entry. Each kind lives in its own
// data file; the set is fixed by the app (the vocabulary file gives labels).
type EntryType string

// The entry types, in no particular order (the vocabulary file sets the
// display order).
const (
	TypeCause    EntryType = "cause"    // something that causes or is linked with cramps
	TypeRemedy   EntryType = "remedy"   // a remedy, treatment or prevention claim
	TypeFirstAid EntryType = "firstaid" // one step of what to do during an attack
	TypeRedFlag  EntryType = "redflag"  // a sign that needs medical help
	TypeMimic    EntryType = "mimic"    // a condition that can be mistaken for cramps
	TypeMuscle   EntryType = "muscle"   // a muscle that night cramps affect
	TypeRoutine  EntryType = "routine"  // one step of the bedtime stretching routine
)

// entryTypes lists every EntryType the app knows.
var entryTypes = []EntryType{TypeCause, TypeRemedy, TypeFirstAid, TypeRedFlag, TypeMimic, TypeMuscle, TypeRoutine}

// Grade is the evidence grade of an entry's claim, on one scale for remedies
// and causes alike. The set is fixed by the app because IsAdvice depends on
// it; the vocabulary file gives labels and explanations.
type Grade string

// The evidence grades, from strongest to weakest.
const (
	GradeGuideline    Grade = "guideline"    // advised by health services or guidelines
	GradeSupported    Grade = "supported"    // supported by trials or reputable sources
	GradeMixed        Grade = "mixed"        // mixed or low-certainty evidence
	GradeUntested     Grade = "untested"     // plausible, not trialled or not established
	GradeUnsupported  Grade = "unsupported"  // no reliable evidence for it
	GradeContradicted Grade = "contradicted" // better evidence says otherwise
	GradeHarmful      Grade = "harmful"      // not advised because of harm
)

// grades lists every Grade the app knows, strongest first.
var grades = []Grade{GradeGuideline, GradeSupported, GradeMixed, GradeUntested, GradeUnsupported, GradeContradicted, GradeHarmful}

// IsAdvice reports whether a claim with this grade may be presented as
// something to do. Unsupported, contradicted and harmful claims never may.
func (g Grade) IsAdvice() bool {
	switch g {
	case GradeGuideline, GradeSupported, GradeMixed, GradeUntested:
		return true
	}
	return false
}

// Urgency says how soon a red flag needs medical help. The set is fixed by
// the app; the vocabulary file gives labels.
type Urgency string

// The urgencies, most urgent first.
const (
	UrgencyEmergency Urgency = "emergency" // call the emergency number now
	UrgencyUrgent    Urgency = "urgent"    // get medical help today
	UrgencyDoctor    Urgency = "doctor"    // book an appointment with a doctor
)

// urgencies lists every Urgency the app knows, most urgent first.
var urgencies = []Urgency{UrgencyEmergency, UrgencyUrgent, UrgencyDoctor}

// SourceKindArticle is the source kind of the two consumer blog articles the
// knowledge base started from. Their claims are reported, never relied on.
const SourceKindArticle = "article"

// Entry is one item of the knowledge base. Entries are shared and read-only:
// never modify an Entry or its slices.
type Entry struct {
	ID      string    // stable identifier, lower case words joined by '-'
	Type    EntryType // kind of entry
	Title   string    // short name
	Summary string    // one plain line
	Body    string    // a short plain paragraph
	// Evidence says what reputable sources say, where it differs from or
	// adds to the articles. Empty for some first-aid steps and red flags.
	Evidence      string
	Grade         Grade          // evidence grade of the entry's claim
	Sources       []string       // ids of the sources behind the grade
	ArticleClaims []ArticleClaim // what the seed articles claim, if anything
	Synonyms      []string       // other words people search with
	Category      string         // cause category; causes only
	Muscles       []string       // muscles concerned; may be empty
	Who           []string       // groups of people concerned; may be empty
	When          []string       // when a remedy or step helps; remedies, first aid, routine
	Urgency       Urgency        // red flags only
	Action        string         // red flags only: what to do
	// HoldSeconds is how long to hold a step, 0 if it is not held. First
	// aid and routine steps only; a routine step always has one (one
	// round of it, on one leg).
	HoldSeconds int
	// Step is the 1-based position of a first-aid or routine step in its
	// sequence (the order of its file); 0 for other entries.
	Step int
	// Drawing names the picture shown with a first-aid or routine step in
	// the guided mode; the app holds the drawings.
	Drawing string
	// Repeats is how many times a routine step is held, on each leg if
	// EachLeg. Routine steps only.
	Repeats int
	// EachLeg says a routine step is done on one leg and then the other,
	// Repeats times each. Routine steps only.
	EachLeg bool
	// Reviewed is the date of the entry's last clinical review, as
	// YYYY-MM-DD. Every entry has one.
	Reviewed string
	// Medicine names the medicine or supplement a remedy is, if it is one;
	// remedies only. NotFor then lists who must not use it, or "none".
	Medicine string
	NotFor   []string // remedies naming a medicine: who must not use it

	order int // position in its data file
	rank  int // position in the fixed result order (title, then id)
}

// ArticleClaim is a seed article's claim, restated in our own words.
type ArticleClaim struct {
	Source string // id of the article (a source of kind "article")
	Claim  string // what the article says
}

// IsAdvice reports whether the entry may be presented as something to do:
// a remedy, first-aid or routine step whose grade is advice, or a red flag.
// Causes, look-alike conditions and muscles are information, not advice.
func (e *Entry) IsAdvice() bool {
	switch e.Type {
	case TypeRemedy, TypeFirstAid, TypeRoutine, TypeRedFlag:
		return e.Grade.IsAdvice()
	}
	return false
}

// FacetValues returns the entry's values for a facet (nil if it has none).
// The slice is shared: do not modify it.
func (e *Entry) FacetValues(f Facet) []string {
	switch f {
	case FacetType:
		return []string{string(e.Type)}
	case FacetCategory:
		if e.Category == "" {
			return nil
		}
		return []string{e.Category}
	case FacetMuscle:
		return e.Muscles
	case FacetWho:
		return e.Who
	case FacetWhen:
		return e.When
	case FacetGrade:
		return []string{string(e.Grade)}
	}
	return nil
}

// Source is a full citation of a source cited by entries.
type Source struct {
	ID         string // identifier used by entries, e.g. "aafp-2012"
	Kind       string // source kind from the vocabulary, e.g. "review"
	Title      string // title of the work
	Authors    string // authors, may be empty
	Publisher  string // journal, organisation or website, may be empty
	Year       int    // year of publication, 0 if unknown
	Identifier string // plain-text identifier such as a PMID, may be empty
	Note       string // what to know about the source, may be empty
}

// Term is one value of a closed vocabulary, with its label and meaning.
type Term struct {
	Value       string // value used in the data files and in URLs
	Label       string // short label for people
	Description string // what the value means
}

// Texts are the app's fixed texts kept as data.
type Texts struct {
	Disclaimer   string // the medical disclaimer
	About        string // what the app is and where its content comes from
	EvidenceNote string // how to read the evidence grades and article claims
}

// Relation is a link from one entry to another, with the reason for it.
type Relation struct {
	Entry  *Entry // the related entry
	Reason string // one line saying why they are related
}
