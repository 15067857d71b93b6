package kb

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
)

// KB is a loaded, validated knowledge base. It is read-only and safe for
// concurrent use. Entries it returns are shared: never modify them.
type KB struct {
	store     *store
	ranked    []*Entry // every entry in the fixed result order
	terms     map[Vocabulary][]Term
	facetBits map[Facet][]valueBits
	// text is built on first use or by Prepare (textIndex): the first
	// screen of the app searches no text, and building it costs start time.
	textOnce sync.Once
	text     *textIndex
	redFlags []*Entry
	firstAid []*Entry
	routine  []*Entry
	sources  []Source
	texts    Texts
	search   *searchData // search.json, set by Load (searchdata.go)
}

// valueBits is the set of entries having one facet value.
type valueBits struct {
	term Term
	bits bitset
}

// build turns validated data into a KB: it fixes the result order, fills
// the go-memdb store and precomputes facet sets (the text index waits for
// Prepare or the first text search).
func build(v validated) (*KB, error) {
	type sortable struct {
		key string
		e   *Entry
	}
	byTitle := make([]sortable, len(v.entries))
	for i, e := range v.entries {
		byTitle[i] = sortable{key: foldKey(e.Title), e: e}
		if e.Type == TypeFirstAid || e.Type == TypeRoutine {
			e.Step = e.order + 1
		}
	}
	sort.Slice(byTitle, func(i, j int) bool {
		a, b := byTitle[i], byTitle[j]
		return cmp.Or(strings.Compare(a.key, b.key), strings.Compare(a.e.ID, b.e.ID)) < 0
	})
	ranked := make([]*Entry, len(byTitle))
	for i, s := range byTitle {
		ranked[i] = s.e
		s.e.rank = i
	}

	typeOrder := map[EntryType]int{}
	for i, t := range v.terms[VocabType] {
		typeOrder[EntryType(t.Value)] = i
	}
	rows := facetRowsOf(v.terms, ranked)
	s, err := newStore(v, relationsOf(v, typeOrder), rows)
	if err != nil {
		return nil, err
	}
	k := &KB{
		store:     s,
		ranked:    ranked,
		terms:     v.terms,
		facetBits: map[Facet][]valueBits{},
		sources:   v.sources,
		texts:     v.texts,
	}
	for _, f := range facets {
		for _, t := range v.terms[f.Vocabulary()] {
			vb := valueBits{term: t, bits: newBitset(len(ranked))}
			for _, e := range s.entriesWith(f, t.Value) {
				vb.bits.set(e.rank)
			}
			k.facetBits[f] = append(k.facetBits[f], vb)
		}
	}
	urgencyOrder := map[Urgency]int{}
	for i, t := range v.terms[VocabUrgency] {
		urgencyOrder[Urgency(t.Value)] = i
	}
	for _, e := range v.entries {
		switch e.Type {
		case TypeRedFlag:
			k.redFlags = append(k.redFlags, e)
		case TypeFirstAid:
			k.firstAid = append(k.firstAid, e)
		case TypeRoutine:
			k.routine = append(k.routine, e)
		}
	}
	sort.SliceStable(k.redFlags, func(i, j int) bool {
		return urgencyOrder[k.redFlags[i].Urgency] < urgencyOrder[k.redFlags[j].Urgency]
	})
	return k, nil
}

// textIndex returns the text index, building it on first use.
func (k *KB) textIndex() *textIndex {
	k.textOnce.Do(func() { k.text = buildTextIndex(k.ranked) })
	return k.text
}

// Prepare builds ahead of need what the knowledge base otherwise builds on
// its first text search (the text index), so that an idle moment pays for
// it instead of a keystroke. Search answers the same either way.
func (k *KB) Prepare() { k.textIndex() }

// relationsOf derives every entry's relations, in both directions, from the
// links stored once, sorted by entry type and then rank.
func relationsOf(v validated, typeOrder map[EntryType]int) map[string][]Relation {
	byID := make(map[string]*Entry, len(v.entries))
	for _, e := range v.entries {
		byID[e.ID] = e
	}
	out := map[string][]Relation{}
	for _, l := range v.links {
		out[l.from] = append(out[l.from], Relation{Entry: byID[l.to], Reason: l.reason})
		out[l.to] = append(out[l.to], Relation{Entry: byID[l.from], Reason: l.reason})
	}
	for _, list := range out {
		sort.Slice(list, func(i, j int) bool {
			a, b := list[i].Entry, list[j].Entry
			return cmp.Or(cmp.Compare(typeOrder[a.Type], typeOrder[b.Type]), cmp.Compare(a.rank, b.rank)) < 0
		})
	}
	return out
}

// facetRowsOf returns one facet row per vocabulary value of every facet,
// listing the entries (given in rank order) that have the value.
func facetRowsOf(terms map[Vocabulary][]Term, ranked []*Entry) []*facetRow {
	var rows []*facetRow
	index := map[Facet]map[string]*facetRow{}
	for _, f := range facets {
		index[f] = map[string]*facetRow{}
		for _, t := range terms[f.Vocabulary()] {
			row := &facetRow{facet: f, value: t.Value}
			rows = append(rows, row)
			index[f][t.Value] = row
		}
	}
	for _, e := range ranked {
		for _, f := range facets {
			for _, value := range e.FacetValues(f) {
				if row := index[f][value]; row != nil {
					row.entries = append(row.entries, e)
				}
			}
		}
	}
	return rows
}

// Len returns the number of entries.
func (k *KB) Len() int { return len(k.ranked) }

// Entry returns the entry with an id, or false if there is none.
func (k *KB) Entry(id string) (*Entry, bool) { return k.store.entry(id) }

// Entries returns every entry of a type, in the fixed result order (title,
// then id).
func (k *KB) Entries(t EntryType) []*Entry {
	return slices.Clone(k.store.entriesWith(FacetType, string(t)))
}

// RedFlags returns the red flags, most urgent first (then in file order).
func (k *KB) RedFlags() []*Entry { return slices.Clone(k.redFlags) }

// FirstAid returns the first-aid steps for an attack, in order (Step 1
// first).
func (k *KB) FirstAid() []*Entry { return slices.Clone(k.firstAid) }

// Routine returns the steps of the bedtime stretching routine, in order
// (Step 1 first).
func (k *KB) Routine() []*Entry { return slices.Clone(k.routine) }

// Related returns the entries linked with an entry, in either direction,
// each with the reason for the link. They are ordered by entry type (in
// vocabulary order), then in the fixed result order. An unknown id has none.
func (k *KB) Related(id string) []Relation {
	return slices.Clone(k.store.relations(id))
}

// Source returns the source with an id, or false if there is none.
func (k *KB) Source(id string) (Source, bool) {
	s, ok := k.store.source(id)
	if !ok {
		return Source{}, false
	}
	return *s, true
}

// Sources returns every source, in file order.
func (k *KB) Sources() []Source { return slices.Clone(k.sources) }

// Terms returns the terms of a vocabulary, in file (display) order.
func (k *KB) Terms(v Vocabulary) []Term { return slices.Clone(k.terms[v]) }

// Term returns one term of a vocabulary, or false if the value is unknown.
func (k *KB) Term(v Vocabulary, value string) (Term, bool) { return k.store.term(v, value) }

// Label returns the label of a vocabulary value, or the value itself if it
// is unknown.
func (k *KB) Label(v Vocabulary, value string) string {
	if t, ok := k.store.term(v, value); ok {
		return t.Label
	}
	return value
}

// Texts returns the app's fixed texts: disclaimer, about and evidence note.
func (k *KB) Texts() Texts { return k.texts }
