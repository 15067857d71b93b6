package kb

import (
	"fmt"
	"slices"
	"strings"
)

// maxAliasLength caps an alias, in characters, like a synonym.
const maxAliasLength = 60

// searchRecord is search.json as read: the words search treats specially
// and the names people use for entries (see data/README.md).
type searchRecord struct {
	file             *jsonFile
	fields           []fieldAt
	stopWords        []string
	medicineWords    []string
	medicineEndings  []string
	medicineCategory string
	helpsNowWhen     []string
	preventionWhen   []string
	aliases          []aliasRecord
}

// aliasRecord is one alias as read, with where it is in the file.
type aliasRecord struct {
	name    string
	entries []string
	note    string
	index   int // 1-based position in the list
	offset  int
	fields  []fieldAt
}

// decodeSearch reads search.json: one object of word lists and aliases.
func decodeSearch(f *jsonFile, ps *problems) *searchRecord {
	s := &searchRecord{file: f}
	r := &objectReader{file: f}
	s.fields, _ = r.readObject(f.root(), []field{
		textListField("stop_words", &s.stopWords),
		textListField("medicine_words", &s.medicineWords),
		textListField("medicine_endings", &s.medicineEndings),
		textField("medicine_category", &s.medicineCategory),
		textListField("helps_now_when", &s.helpsNowWhen),
		textListField("prevention_when", &s.preventionWhen),
		objectListField("aliases", func(i int, v jsonValue) {
			a := aliasRecord{index: i, offset: v.offset}
			before := len(r.problems)
			a.fields = r.readNestedAt(v, "aliases", i, []field{
				textField("name", &a.name), textListField("entries", &a.entries), textField("note", &a.note)})
			for j := before; j < len(r.problems); j++ {
				r.problems[j].Entry = a.name
			}
			s.aliases = append(s.aliases, a)
		}),
	})
	for _, p := range r.problems {
		ps.add(p)
	}
	return s
}

// readNestedAt is readNested that also returns where each member started,
// for the problems validation finds later.
func (r *objectReader) readNestedAt(v jsonValue, parent string, i int, fields []field) []fieldAt {
	before := len(r.problems)
	at, _ := r.readObject(v, fields)
	for j := before; j < len(r.problems); j++ {
		name := fmt.Sprintf("%s[%d]", parent, i)
		if r.problems[j].Field != "" {
			name += "." + r.problems[j].Field
		}
		r.problems[j].Field = name
	}
	return at
}

// locate returns a Problem at a top-level field of search.json (at the
// start of the file if the field is absent).
func (s *searchRecord) locate(name string) Problem {
	offset, _ := offsetOf(s.fields, name)
	p := s.file.at(offset)
	p.Field = name
	return p
}

// locate returns a Problem at a field of an alias.
func (a *aliasRecord) locate(s *searchRecord, name string) Problem {
	offset := a.offset
	if o, ok := offsetOf(a.fields, name); ok {
		offset = o
	}
	p := s.file.at(offset)
	p.Entry, p.Index, p.Field = a.name, a.index, fmt.Sprintf("aliases[%d].%s", a.index, name)
	return p
}

// checkSearch validates search.json against the entries and vocabularies.
func checkSearch(s *searchRecord, d *dataset, ps *problems) {
	stop := s.checkWords("stop_words", s.stopWords, nil, ps)
	s.checkWords("medicine_words", s.medicineWords, stop, ps)
	s.checkWords("medicine_endings", s.medicineEndings, nil, ps)
	terms := map[Vocabulary][]string{}
	for _, rec := range d.vocabulary {
		for _, t := range rec.terms {
			terms[rec.name] = append(terms[rec.name], t.term.Value)
		}
	}
	s.checkValues("medicine_category", VocabCategory, []string{s.medicineCategory}, terms, ps)
	s.checkValues("helps_now_when", VocabWhen, s.helpsNowWhen, terms, ps)
	s.checkValues("prevention_when", VocabWhen, s.preventionWhen, terms, ps)
	known := map[string]bool{}
	for _, rec := range d.entries {
		known[rec.entry.ID] = true
	}
	if _, ok := offsetOf(s.fields, "aliases"); !ok {
		ps.addf(s.locate("aliases"), "missing: give a list of aliases (it may be empty: [])")
	}
	seen := map[string]int{}
	for i := range s.aliases {
		s.aliases[i].check(s, stop, known, seen, ps)
	}
}

// checkWords checks a list of single search words: present, each one word
// as search reads it, none twice, none in also (the stop words). It returns
// the words as a set.
func (s *searchRecord) checkWords(name string, list []string, also map[string]bool, ps *problems) map[string]bool {
	set := map[string]bool{}
	at := s.locate(name)
	if _, ok := offsetOf(s.fields, name); !ok {
		ps.addf(at, "missing: give a list of words")
	}
	for _, w := range list {
		switch tokens := tokenize(w, nil); {
		case len(tokens) != 1 || tokens[0] != w:
			ps.addf(at, "%q is not one word in lower case without accents or punctuation (search reads it as %q)", w, strings.Join(tokens, " "))
		case set[w]:
			ps.addf(at, "%q is given twice", w)
		case also[w]:
			ps.addf(at, "%q is also a stop word, which search leaves out", w)
		}
		set[w] = true
	}
	return set
}

// checkValues checks that a field holds at least one value, each from a
// vocabulary.
func (s *searchRecord) checkValues(name string, vocab Vocabulary, values []string, terms map[Vocabulary][]string, ps *problems) {
	at := s.locate(name)
	if len(values) == 0 || values[0] == "" {
		ps.addf(at, "missing: give at least one value from vocabulary %q", vocab)
		return
	}
	for _, v := range values {
		if !slices.Contains(terms[vocab], v) {
			ps.addf(at, "unknown value %q (vocabulary %q has: %s)", v, vocab, strings.Join(terms[vocab], ", "))
		}
	}
}

// check validates one alias: a name that search can find, not given twice,
// naming known entries.
func (a *aliasRecord) check(s *searchRecord, stop, known map[string]bool, seen map[string]int, ps *problems) {
	key := foldKey(a.name)
	switch {
	case key == "":
		ps.addf(a.locate(s, "name"), "missing: give the name people use (letters or digits)")
	case len([]rune(a.name)) > maxAliasLength:
		ps.addf(a.locate(s, "name"), "too long: %d characters, at most %d", len([]rune(a.name)), maxAliasLength)
	case seen[key] > 0:
		ps.addf(a.locate(s, "name"), "given twice (first as alias %d): merge the two", seen[key])
	case !slices.ContainsFunc(tokenize(a.name, nil), func(w string) bool { return !stop[w] }):
		ps.addf(a.locate(s, "name"), "only stop words: search leaves them all out, so it can never find this alias")
	}
	if key != "" && seen[key] == 0 {
		seen[key] = a.index
	}
	_, given := offsetOf(a.fields, "entries")
	if len(a.entries) == 0 && (a.entries != nil || !given) { // nil and given: not a list, reported
		ps.addf(a.locate(s, "entries"), "missing: give the id of at least one entry")
	}
	for i, id := range a.entries {
		switch {
		case !known[id]:
			ps.addf(a.locate(s, "entries"), "unknown entry id %q", id)
		case slices.Index(a.entries, id) < i:
			ps.addf(a.locate(s, "entries"), "entry %q is given twice", id)
		}
	}
}

// searchData is what search needs from search.json, ready to use.
type searchData struct {
	stop             map[string]bool
	medicineWords    map[string]bool
	medicineEndings  []string
	medicineCategory string
	helpsNowWhen     []string
	preventionWhen   []string
	aliases          []Alias
	// aliasTokens are the distinct words of the alias names, sorted; the
	// entries named by aliases holding aliasTokens[i] are aliasRanks[i],
	// in rank order.
	aliasTokens []string
	aliasRanks  [][]int32
}

// Alias is a name people use for something the knowledge base covers under
// other words (a brand name, an everyday name), with the entries it means.
type Alias struct {
	Name    string   // the name, as written in search.json
	Entries []string // ids of the entries it means
}

// newSearchData prepares search.json's content for k. Unknown entry ids are
// skipped (validation reports them; trusted data has none).
func newSearchData(s *searchRecord, k *KB) *searchData {
	sd := &searchData{stop: setOf(s.stopWords), medicineWords: setOf(s.medicineWords),
		medicineEndings: s.medicineEndings, medicineCategory: s.medicineCategory,
		helpsNowWhen: s.helpsNowWhen, preventionWhen: s.preventionWhen}
	byToken := map[string][]int32{}
	for _, a := range s.aliases {
		sd.aliases = append(sd.aliases, Alias{Name: a.name, Entries: a.entries})
		for _, token := range tokenize(a.name, nil) {
			for _, id := range a.entries {
				if e, ok := k.Entry(id); ok && !slices.Contains(byToken[token], int32(e.rank)) {
					byToken[token] = append(byToken[token], int32(e.rank))
				}
			}
		}
	}
	for token := range byToken {
		sd.aliasTokens = append(sd.aliasTokens, token)
	}
	slices.Sort(sd.aliasTokens)
	for _, token := range sd.aliasTokens {
		ranks := byToken[token]
		slices.Sort(ranks)
		sd.aliasRanks = append(sd.aliasRanks, ranks)
	}
	return sd
}

// setOf returns the words of a list as a set.
func setOf(list []string) map[string]bool {
	set := make(map[string]bool, len(list))
	for _, w := range list {
		set[w] = true
	}
	return set
}

// Aliases returns the names people use that search.json maps to entries, in
// file order. The slices are shared: do not modify them.
func (k *KB) Aliases() []Alias { return slices.Clone(k.search.aliases) }

// looksLikeMedicine says whether a search looks like it names a medicine
// the knowledge base does not list: some word is unmatched, and either the
// text holds a medicine word ("tablet", "pill"...) or an unmatched word
// ends like a medicine name.
func (sd *searchData) looksLikeMedicine(ws, unmatched []string) bool {
	if len(unmatched) == 0 {
		return false
	}
	for _, w := range ws {
		if sd.medicineWords[w] {
			return true
		}
	}
	for _, w := range unmatched {
		for _, end := range sd.medicineEndings {
			if len(w) > len(end) && strings.HasSuffix(w, end) {
				return true
			}
		}
	}
	return false
}
