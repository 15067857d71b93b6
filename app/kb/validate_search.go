package kb

import (
	"fmt"
	"slices"
	"strings"
)

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
