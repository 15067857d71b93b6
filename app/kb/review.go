package kb

import (
	"fmt"
	"io/fs"
	"strings"
	"time"
)

// StaleReviews reads the entry files at the root of fsys and returns a
// warning for each entry whose last clinical review (its "reviewed" date)
// is more than ReviewMaxAge before now, or after now. It never fails: an
// unreadable file or date is Load's to report, and is skipped here. The
// clock is a parameter so that tests can fix it; the build passes
// time.Now(). It reads the files again rather than keeping positions in the
// KB, so the browser pays nothing for it.
func StaleReviews(fsys fs.FS, now time.Time) []Problem {
	ps := &problems{}
	for _, ef := range entryFiles {
		data, err := fs.ReadFile(fsys, ef.name)
		if err != nil {
			continue
		}
		f := &jsonFile{name: ef.name, data: data}
		if _, ok := f.checkSyntax(); !ok {
			continue
		}
		for _, rec := range decodeEntries(f, ef.typ, &problems{}) {
			reviewed, err := time.Parse(reviewedLayout, rec.entry.Reviewed)
			if err != nil {
				continue
			}
			switch {
			case reviewed.AddDate(1, 0, 0).Before(now):
				ps.addf(rec.locate("reviewed"), "last reviewed %s, over %s before %s: please review it and update the date",
					rec.entry.Reviewed, ReviewMaxAge, now.Format(reviewedLayout))
			case reviewed.After(now):
				ps.addf(rec.locate("reviewed"), "reviewed %s is after today (%s): check the date", rec.entry.Reviewed, now.Format(reviewedLayout))
			}
		}
	}
	if err := ps.err(); err != nil {
		return err.(*ValidationError).Problems
	}
	return nil
}

// The clinical-review rules. They catch, in the data files, the kinds of
// mistake a clinical review of the knowledge base found: a red flag that does
// not say where to go or how soon, a medicine offered without saying who must
// not take it, a muscle tag the text never mentions, and internal ids or raw
// statistics shown to a tired reader. Each runs in the one validation pass.

// reviewedLayout is the format of an entry's "reviewed" date.
const reviewedLayout = "2006-01-02"

// ReviewMaxAge is how long a review stays current: an entry last reviewed
// longer ago than this gets a warning (see StaleReviews).
const ReviewMaxAge = "12 months"

// NotForNone is the not_for value of a medicine that no group must avoid.
const NotForNone = "none"

// actionPlaces are the words with which a red flag's action says where to
// go or whom to call, and emergencyPlaces those fit for an emergency. They
// are matched as whole words, ignoring case (see containsAnyPhrase), so they
// are written as normalizePhrase writes them.
var (
	actionPlaces = []string{
		"emergency number", "999", "911", "112", "a&e", "emergency department", "ambulance",
		"doctor", "gp", "111", "urgent care", "midwife", "pharmacist", "nurse", "helpline",
		"team", "hospital",
	}
	emergencyPlaces = []string{"emergency number", "999", "911", "112", "a&e", "emergency department", "ambulance"}
)

// actionTimes are the words with which a red flag's action says how soon,
// for each urgency.
var actionTimes = map[Urgency][]string{
	UrgencyEmergency: {"now", "immediately", "straight away", "right away"},
	UrgencyUrgent:    {"today", "same day", "now", "immediately", "straight away", "right away", "tonight"},
	UrgencyDoctor:    {"book", "appointment", "soon", "within"},
}

// legWords name the leg, which names every muscle.
var legWords = []string{"leg"}

// plainCIWords are the plain words that must stand beside a confidence
// interval, in the same sentence, so that a reader without statistics
// understands it.
var plainCIWords = []string{"could be", "anywhere from", "somewhere between", "meaning", "range"}

// checkReviewed checks an entry's "reviewed" date.
func (v *validator) checkReviewed(rec *entryRecord) {
	d := rec.entry.Reviewed
	at := rec.locate("reviewed")
	if d == "" {
		v.ps.addf(at, "missing: give the date of the last clinical review, as YYYY-MM-DD")
		return
	}
	t, err := time.Parse(reviewedLayout, d)
	if err != nil || t.Year() < 2000 {
		v.ps.addf(at, "date %q must be a real date written YYYY-MM-DD, e.g. 2026-12-07", d)
	}
}

// checkAction checks that a red flag's action says where to go and how soon.
func (v *validator) checkAction(rec *entryRecord) {
	e := rec.entry
	if e.Action == "" || !isUrgency(e.Urgency) {
		return // reported already
	}
	text := e.Action
	places := actionPlaces
	if e.Urgency == UrgencyEmergency {
		places = emergencyPlaces
	}
	if !containsAnyPhrase(text, places) {
		v.ps.addf(rec.locate("action"), "must say where to go or whom to call (for urgency %q, one of: %s)", e.Urgency, strings.Join(places, ", "))
	}
	if times := actionTimes[e.Urgency]; !containsAnyPhrase(text, times) {
		v.ps.addf(rec.locate("action"), "must say how soon (for urgency %q, one of: %s)", e.Urgency, strings.Join(times, ", "))
	}
}

// isUrgency reports whether u is a known urgency.
func isUrgency(u Urgency) bool {
	_, ok := actionTimes[u]
	return ok
}

// checkMedicine checks that a remedy naming a medicine says who must not
// use it.
func (v *validator) checkMedicine(rec *entryRecord) {
	e := rec.entry
	if e.Medicine == "" {
		if len(e.NotFor) > 0 {
			v.ps.addf(rec.locate("not_for"), "only a remedy that names a medicine (field \"medicine\") has not_for")
		}
		return
	}
	v.optionalText(rec.locate("medicine"), e.Medicine, maxTitleLength)
	at := rec.locate("not_for")
	if len(e.NotFor) == 0 {
		v.ps.addf(at, "missing: a remedy that names a medicine must list who must not use it, or say [%q]", NotForNone)
		return
	}
	var seen seenSet
	for _, g := range e.NotFor {
		switch {
		case g == "":
			v.ps.addf(at, "empty group")
		case g == NotForNone && len(e.NotFor) > 1:
			v.ps.addf(at, "%q must stand alone: either no group must avoid it, or list the groups", NotForNone)
		case !seen.add(foldKey(g)):
			v.ps.addf(at, "group %q listed twice", g)
		default:
			v.optionalText(at, g, maxSynonymLength)
		}
	}
}

// muscleWords returns, for each muscle value, the words that name it: its
// label, and the titles and synonyms of the muscle entries tagged with it.
// "leg" names every muscle.
func (v *validator) muscleWords(terms map[Vocabulary][]Term) map[string][]string {
	words := map[string][]string{}
	for _, t := range terms[VocabMuscle] {
		words[t.Value] = append(words[t.Value], normalizePhrase(t.Label))
	}
	for _, rec := range v.d.entries {
		e := rec.entry
		if e.Type != TypeMuscle {
			continue
		}
		for _, m := range e.Muscles {
			words[m] = append(words[m], normalizePhrase(e.Title))
			words[m] = append(words[m], normalizePhrases(e.Synonyms)...)
		}
	}
	return words
}

// checkMuscleNamed checks that an entry tagged with a muscle names it (or
// the leg) in its own words: its title, summary or body.
func (v *validator) checkMuscleNamed(rec *entryRecord, words map[string][]string) {
	e := rec.entry
	if len(e.Muscles) == 0 {
		return
	}
	named := func(phrases []string) bool {
		return containsAnyPhrase(e.Title, phrases) || containsAnyPhrase(e.Summary, phrases) || containsAnyPhrase(e.Body, phrases)
	}
	if named(legWords) {
		return
	}
	for _, m := range e.Muscles {
		if w := words[m]; len(w) > 0 && !named(w) {
			v.ps.addf(rec.locate("muscles"), "tagged with muscle %q, but the title, summary and body never name it (say %q, or \"leg\")", m, w[0])
		}
	}
}

// checkShownText checks the texts a reader sees for internal ids and for
// confidence intervals without plain words.
func (v *validator) checkShownText(rec *entryRecord) {
	e := rec.entry
	for _, f := range []struct{ name, text string }{
		{"title", e.Title}, {"summary", e.Summary}, {"body", e.Body},
		{"evidence", e.Evidence}, {"action", e.Action},
	} {
		v.checkShown(rec.locate(f.name), f.text)
	}
	for i, c := range e.ArticleClaims {
		p := rec.file.at(rec.claimsAt[i])
		p.Entry, p.Index = e.ID, rec.index
		p.Field = fmt.Sprintf("article_claims[%d].claim", i+1)
		v.checkShown(p, c.Claim)
	}
	for i, l := range rec.links {
		p := rec.file.at(l.offset)
		p.Entry, p.Index = e.ID, rec.index
		p.Field = fmt.Sprintf("links[%d].reason", i+1)
		v.checkShown(p, l.reason)
	}
}

// checkShown reports, in one text a reader sees, an internal id (a source
// id in brackets, or any id with a hyphen), and a confidence interval
// without plain words beside it.
func (v *validator) checkShown(at Problem, text string) {
	if text == "" {
		return
	}
	for start := 0; start < len(text); {
		end := start
		for end < len(text) && isIDByte(text[end]) {
			end++
		}
		if end == start {
			start++
			continue
		}
		tok := text[start:end]
		_, isSource := v.sources[tok]
		_, isEntry := v.entries[tok]
		bracketed := start > 0 && text[start-1] == '(' && end < len(text) && text[end] == ')'
		if (isSource || isEntry) && (strings.Contains(tok, "-") || (isSource && bracketed)) {
			v.ps.addf(at, "shows the internal id %q: name the source or entry in words (e.g. \"a Cochrane review (2020)\")", tok)
		}
		start = end
	}
	if !hasWord(text, "CI") && !hasPhrase(text, "confidence interval") {
		return
	}
	for _, sentence := range strings.Split(text, ". ") {
		if (hasWord(sentence, "CI") || hasPhrase(sentence, "confidence interval")) &&
			!containsAnyPhrase(sentence, plainCIWords) {
			v.ps.addf(at, "gives a confidence interval without plain words beside it: say what it means in the same sentence (with one of: %s)", strings.Join(plainCIWords, ", "))
		}
	}
}

// isIDByte reports whether b can be part of an id.
func isIDByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-'
}

// hasWord reports whether s contains w as a whole word, with case.
func hasWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByte(s[j-1])
		after := j+len(w) == len(s) || !isWordByte(s[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

// isWordByte reports whether b is an ASCII letter or digit.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// normalizePhrase returns a phrase in the form hasPhrase expects: lower
// case words of letters, digits and '&', joined by single spaces.
func normalizePhrase(p string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(p) {
		if isPhraseRune(r) {
			b.WriteRune(r)
		} else if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
	}
	return strings.TrimSpace(b.String())
}

// normalizePhrases normalizes a list of phrases, dropping empty ones.
func normalizePhrases(list []string) []string {
	out := make([]string, 0, len(list))
	for _, p := range list {
		if p = normalizePhrase(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isPhraseRune reports whether r is part of a word for phrase matching.
func isPhraseRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '&' || r > 127
}

// isPhraseByte is isPhraseRune for one byte of UTF-8 text: every byte of a
// non-ASCII character counts as part of a word.
func isPhraseByte(b byte) bool { return isPhraseRune(rune(b)) }

// lowerByte returns an ASCII letter in lower case.
func lowerByte(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// containsAnyPhrase reports whether text contains one of the phrases (from
// normalizePhrase) as whole words, ignoring case, with any run of spaces or
// punctuation between words; a phrase followed by "s" or "es" (a plural)
// counts too. It does not allocate: it runs in every load, in the browser.
func containsAnyPhrase(text string, phrases []string) bool {
	for _, p := range phrases {
		if hasPhrase(text, p) {
			return true
		}
	}
	return false
}

// hasPhrase reports whether text contains the normalized phrase p as whole
// words (see containsAnyPhrase).
func hasPhrase(text, p string) bool {
	if p == "" {
		return false
	}
	for i := 0; i < len(text); i++ {
		if i > 0 && isPhraseByte(text[i-1]) {
			continue // not at the start of a word
		}
		if end, ok := matchAt(text, i, p); ok {
			for _, tail := range []string{"", "s", "es"} {
				j := end + len(tail)
				if j <= len(text) && strings.EqualFold(text[end:j], tail) && (j == len(text) || !isPhraseByte(text[j])) {
					return true
				}
			}
		}
	}
	return false
}

// matchAt matches the phrase p at text[i:], returning where the match ends.
func matchAt(text string, i int, p string) (int, bool) {
	for k := 0; k < len(p); k++ {
		if p[k] == ' ' {
			if i >= len(text) || isPhraseByte(text[i]) {
				return 0, false
			}
			for i < len(text) && !isPhraseByte(text[i]) {
				i++
			}
			continue
		}
		if i >= len(text) || lowerByte(text[i]) != p[k] {
			return 0, false
		}
		i++
	}
	return i, true
}
