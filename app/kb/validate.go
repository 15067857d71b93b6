package kb

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Limits on text lengths, in characters, so entries stay short enough to read
// at 3 a.m.
const (
	maxIDLength       = 64
	maxTitleLength    = 80
	maxSummaryLength  = 160
	maxBodyLength     = 1000
	maxEvidenceLength = 1200
	maxSynonymLength  = 60
	maxReasonLength   = 200
	maxClaimLength    = 600
	maxActionLength   = 400
	maxHoldSeconds    = 600
)

// dataset is everything read from the data files, before validation.
type dataset struct {
	vocabFile   *jsonFile
	vocabulary  []*vocabularyRecord
	sources     []*sourceRecord
	textsFile   *jsonFile
	texts       Texts
	textsFields []fieldAt
	entries     []*entryRecord // every entry file, in load order
}

// validated is what validation hands to the database builder.
type validated struct {
	terms   map[Vocabulary][]Term
	sources []Source
	texts   Texts
	entries []*Entry
	links   []link
}

// link is a stored relation between two entries.
type link struct {
	from, to string
	reason   string
}

// validator checks a dataset, collecting every problem.
type validator struct {
	d       *dataset
	ps      *problems
	terms   map[Vocabulary]map[string]bool
	sources map[string]*sourceRecord
	entries map[string]*entryRecord
	cited   map[string]bool
}

// validate checks the dataset and returns what to load. Problems go to ps;
// the result is only meaningful if there are none.
func validate(d *dataset, ps *problems) validated {
	v := &validator{
		d:       d,
		ps:      ps,
		terms:   map[Vocabulary]map[string]bool{},
		sources: map[string]*sourceRecord{},
		entries: map[string]*entryRecord{},
		cited:   map[string]bool{},
	}
	out := validated{terms: v.checkVocabulary(), texts: d.texts}
	v.checkTexts()
	out.sources = v.checkSources()
	for i, rec := range d.entries {
		rec.seq = i
		v.checkEntry(rec)
		out.entries = append(out.entries, rec.entry)
	}
	muscles := v.muscleWords(out.terms)
	for _, rec := range d.entries {
		v.checkMuscleNamed(rec, muscles)
		v.checkShownText(rec)
	}
	before := len(ps.list)
	out.links = v.checkLinks()
	if len(ps.list) == before {
		// Coverage is only meaningful once every link is valid: a typo in
		// a link would otherwise be reported twice more.
		v.checkLinkCoverage()
		v.checkRoutineLinks()
	}
	v.checkCitations()
	return out
}

// checkEntry checks one entry on its own and against the vocabularies and
// sources.
func (v *validator) checkEntry(rec *entryRecord) {
	e := rec.entry
	if msg := idProblem(e.ID); msg != "" {
		v.ps.addf(rec.locate("id"), "%s", msg)
	} else if first, dup := v.entries[e.ID]; dup {
		v.ps.addf(rec.locate("id"), "duplicate id (also used in %s, entry #%d)", first.file.name, first.index)
	} else {
		v.entries[e.ID] = rec
	}

	v.requireLine(rec.locate("title"), e.Title, maxTitleLength)
	v.requireLine(rec.locate("summary"), e.Summary, maxSummaryLength)
	v.requireText(rec.locate("body"), e.Body, maxBodyLength)
	if e.Type == TypeCause || e.Type == TypeRemedy || e.Type == TypeRoutine || len(e.ArticleClaims) > 0 {
		v.requireText(rec.locate("evidence"), e.Evidence, maxEvidenceLength)
	} else {
		v.optionalText(rec.locate("evidence"), e.Evidence, maxEvidenceLength)
	}
	if e.Grade == "" {
		v.ps.addf(rec.locate("grade"), "missing: every entry needs an evidence grade")
	} else {
		v.checkTerm(rec.locate("grade"), VocabGrade, string(e.Grade), true)
	}
	v.checkReviewed(rec)

	v.checkSourceList(rec)
	v.checkClaims(rec)
	v.checkSynonyms(rec)

	v.checkTermList(rec, "muscles", VocabMuscle, e.Muscles, e.Type == TypeMuscle)
	v.checkTermList(rec, "who", VocabWho, e.Who, false)
	switch e.Type {
	case TypeCause:
		if e.Category == "" {
			v.ps.addf(rec.locate("category"), "missing: every cause needs a category")
		} else {
			v.checkTerm(rec.locate("category"), VocabCategory, e.Category, true)
		}
	case TypeRemedy:
		v.checkTermList(rec, "when", VocabWhen, e.When, true)
		v.checkMedicine(rec)
	case TypeFirstAid:
		v.checkTermList(rec, "when", VocabWhen, e.When, true)
		if e.HoldSeconds < 0 || e.HoldSeconds > maxHoldSeconds {
			v.ps.addf(rec.locate("hold_seconds"), "must be between 0 and %d seconds", maxHoldSeconds)
		}
		v.checkDrawing(rec, "first-aid step", "pull-foot-up")
	case TypeRoutine:
		v.checkRoutineStep(rec)
	case TypeRedFlag:
		if e.Urgency == "" {
			v.ps.addf(rec.locate("urgency"), "missing: every red flag needs an urgency")
		} else {
			v.checkTerm(rec.locate("urgency"), VocabUrgency, string(e.Urgency), true)
		}
		v.requireText(rec.locate("action"), e.Action, maxActionLength)
		v.checkAction(rec)
	}
}

// checkSourceList checks an entry's "sources" field.
func (v *validator) checkSourceList(rec *entryRecord) {
	e := rec.entry
	at := rec.locate("sources")
	var seen seenSet
	for _, id := range e.Sources {
		if !seen.add(id) {
			v.ps.addf(at, "source %q listed twice", id)
			continue
		}
		v.cited[id] = true
		s, ok := v.sources[id]
		switch {
		case !ok:
			v.ps.addf(at, "unknown source %q (not in %s)", id, fileSources)
		case s.source.Kind == SourceKindArticle:
			v.ps.addf(at, "source %q is an article: put its claims in article_claims; sources are the evidence behind the grade", id)
		}
	}
	if len(e.Sources) == 0 && len(e.ArticleClaims) == 0 {
		v.ps.addf(at, "missing: every entry needs at least one source")
	} else if len(e.Sources) == 0 && e.Grade != GradeUnsupported && e.Grade != "" {
		v.ps.addf(at, "missing: a grade of %q needs at least one source that is not an article", e.Grade)
	}
}

// checkClaims checks an entry's "article_claims" field.
func (v *validator) checkClaims(rec *entryRecord) {
	e := rec.entry
	var seen seenSet
	for i, c := range e.ArticleClaims {
		p := rec.file.at(rec.claimsAt[i])
		p.Entry, p.Index = e.ID, rec.index
		p.Field = fmt.Sprintf("article_claims[%d].source", i+1)
		s, ok := v.sources[c.Source]
		switch {
		case c.Source == "":
			v.ps.addf(p, "missing: which article makes this claim?")
		case !ok:
			v.ps.addf(p, "unknown source %q (not in %s)", c.Source, fileSources)
		case s.source.Kind != SourceKindArticle:
			v.ps.addf(p, "source %q is not an article (kind %q): put evidence in sources", c.Source, s.source.Kind)
		case !seen.add(c.Source):
			v.ps.addf(p, "a second claim from %q: merge it into the first", c.Source)
		}
		v.cited[c.Source] = true
		p.Field = fmt.Sprintf("article_claims[%d].claim", i+1)
		v.requireText(p, c.Claim, maxClaimLength)
	}
}

// checkSynonyms checks an entry's "synonyms" field.
func (v *validator) checkSynonyms(rec *entryRecord) {
	var seen seenSet
	for _, s := range rec.entry.Synonyms {
		at := rec.locate("synonyms")
		key := foldKey(s)
		switch {
		case key == "":
			v.ps.addf(at, "empty synonym %q", s)
		case utf8.RuneCountInString(s) > maxSynonymLength:
			v.ps.addf(at, "synonym %q is longer than %d characters", s, maxSynonymLength)
		case !seen.add(key):
			v.ps.addf(at, "synonym %q listed twice", s)
		}
	}
}

// checkTermList checks a list of vocabulary values.
func (v *validator) checkTermList(rec *entryRecord, name string, vocab Vocabulary, values []string, required bool) {
	at := rec.locate(name)
	if required && len(values) == 0 {
		v.ps.addf(at, "missing: give at least one value from vocabulary %q", vocab)
	}
	var seen seenSet
	for _, value := range values {
		if !seen.add(value) {
			v.ps.addf(at, "value %q listed twice", value)
			continue
		}
		v.checkTerm(at, vocab, value, false)
	}
}

// checkTerm reports a value that is not in a vocabulary.
func (v *validator) checkTerm(at Problem, vocab Vocabulary, value string, required bool) {
	if value == "" {
		if required {
			v.ps.addf(at, "missing: give a value from vocabulary %q", vocab)
		}
		return
	}
	set := v.terms[vocab]
	if len(set) == 0 || set[value] {
		return // an empty vocabulary is reported once, not per use
	}
	v.ps.addf(at, "unknown value %q (vocabulary %q has: %s)", value, vocab, strings.Join(v.vocabTerms(vocab), ", "))
}

// vocabTerms lists a vocabulary's valid values in file order.
func (v *validator) vocabTerms(vocab Vocabulary) []string {
	var out []string
	for _, rec := range v.d.vocabulary {
		if rec.name != vocab {
			continue
		}
		for _, t := range rec.terms {
			if v.terms[vocab][t.term.Value] {
				out = append(out, t.term.Value)
			}
		}
	}
	return out
}

// requireLine reports a missing text, a text over max characters, or one
// that spans several lines.
func (v *validator) requireLine(at Problem, s string, max int) {
	v.requireText(at, s, max)
	if strings.ContainsAny(s, "\n\r") {
		v.ps.addf(at, "must be one line")
	}
}

// requireText reports a missing text or one over max characters (0: no
// limit).
func (v *validator) requireText(at Problem, s string, max int) {
	if s == "" {
		v.ps.addf(at, "missing: this text is required")
		return
	}
	v.optionalText(at, s, max)
}

// optionalText reports a text over max characters.
func (v *validator) optionalText(at Problem, s string, max int) {
	if n := utf8.RuneCountInString(s); max > 0 && n > max {
		v.ps.addf(at, "too long: %d characters, at most %d", n, max)
	}
}

// checkDrawing checks the "drawing" of a first-aid or routine step (what,
// with an example name): the guided mode shows one with every step, so it
// is required, and it is a key like an id.
func (v *validator) checkDrawing(rec *entryRecord, what, example string) {
	switch d := rec.entry.Drawing; {
	case d == "":
		v.ps.addf(rec.locate("drawing"), "missing: every %s needs a drawing (a name such as %q)", what, example)
	case !validID(d):
		v.ps.addf(rec.locate("drawing"), "drawing %q must be lower-case letters and digits, words joined by single '-'", d)
	}
}
