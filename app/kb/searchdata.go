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
