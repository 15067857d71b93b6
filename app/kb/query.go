package kb

import (
	"slices"
	"strings"
)

// Query is what the user asks for: a search text and facet filters. The
// zero Query matches every entry. A Query is a value: its methods return
// changed copies and never modify the receiver.
//
// Semantics: values of one facet are OR-ed, facets are AND-ed, and every
// word of Text must start a word of the entry's title, synonyms, summary or
// body, or of an alias naming the entry (case and accents ignored). Stop
// words ("my", "in", "what"...) are left out; a text of stop words alone is
// no text. A word of five letters or more that starts no word matches the
// words one slip away (a letter added, missing, wrong, or two swapped). A
// one-letter word among others must be a whole word of a title, synonym or
// alias ("vitamin e" does not find "vitamin B ... every night"). A word
// that matches nothing is reported in Result.Unmatched and does not narrow
// the results; if no word matches anything, nothing does.
type Query struct {
	Text   string             // search text; words are matched as prefixes
	Facets map[Facet][]string // selected values per facet
	// Limit caps the number of entries returned (0: no cap). Total and the
	// counts still cover every match. It is not part of the URL state.
	Limit int
	// Mine keeps only the entries in Applying: what applies to the person.
	// The URL holds Mine; Applying comes from the profile on the device,
	// never from a URL.
	Mine     bool
	Applying []string
}

// Result answers a Query.
type Result struct {
	Entries []*Entry      // matching entries, best first (at most Limit)
	Total   int           // number of matching entries
	Counts  []FacetCounts // one per facet, in display order
	// Unmatched lists the words of the text that nothing in the knowledge
	// base holds (after stop words, aliases and misspellings), in the
	// order typed: the UI should say that we have nothing on them.
	Unmatched []string
	// UnknownMedicine says the text looks like a medicine we do not list:
	// a word is unmatched and the text says "medicine", "tablet" or the
	// like, or the word ends like a medicine name ("-pril", "-olol"...).
	// The UI should say that it is not on our list, which does not rule it
	// out, and offer MedicinesQuery.
	UnknownMedicine bool
}

// FacetCounts holds the counts of one facet's values.
type FacetCounts struct {
	Facet  Facet        // the facet counted
	Values []ValueCount // in vocabulary order
}

// ValueCount says how many entries would match if a facet value were the
// facet's only selection, all other filters unchanged. (For a selected
// value, that is how many of the current results it contributes.)
type ValueCount struct {
	Term     Term // the value, with its label
	Count    int  // matching entries with this value
	Selected bool // whether the query selects this value
}

// Same says whether two results show the same thing: the same entries in
// the same order, the same total and the same facet counts. Typing more of
// a word often leaves the result as it was, and then nothing needs drawing.
func (r Result) Same(o Result) bool {
	if r.Total != o.Total || !slices.Equal(r.Entries, o.Entries) || len(r.Counts) != len(o.Counts) ||
		!slices.Equal(r.Unmatched, o.Unmatched) || r.UnknownMedicine != o.UnknownMedicine {
		return false
	}
	for i, fc := range r.Counts {
		if fc.Facet != o.Counts[i].Facet || !slices.Equal(fc.Values, o.Counts[i].Values) {
			return false
		}
	}
	return true
}

// Count returns the count of a facet value in the result, 0 if unknown.
func (r Result) Count(f Facet, value string) int {
	for _, fc := range r.Counts {
		if fc.Facet != f {
			continue
		}
		for _, vc := range fc.Values {
			if vc.Term.Value == value {
				return vc.Count
			}
		}
	}
	return 0
}

// Search answers a query. Entries are ordered by text score (title hits
// before synonym and alias, summary and body hits), then in the fixed order
// of title, then id. Facet counts are computed as if that facet's own selection were
// removed, so they show what choosing another value would give. Unknown
// facet names are ignored; unknown values match nothing.
func (k *KB) Search(q Query) Result {
	n := len(k.ranked)
	words := queryWords(q.Text, k.search.stop)
	var tm textMatch
	if len(words) == 0 {
		tm.matched = fullBitset(n)
	} else {
		tm = k.match(words)
	}
	matched, scores := tm.matched, tm.scores

	masks := map[Facet]bitset{}
	for _, f := range facets {
		selected := q.Facets[f]
		if len(selected) == 0 {
			continue
		}
		mask := newBitset(n)
		for _, vb := range k.facetBits[f] {
			if slices.Contains(selected, vb.term.Value) {
				mask.or(vb.bits)
			}
		}
		masks[f] = mask
	}

	if q.Mine {
		matched.and(k.idBits(q.Applying))
	}
	all := newBitset(n)
	all.copyFrom(matched)
	for _, mask := range masks {
		all.and(mask)
	}

	res := Result{Total: all.count(), Counts: make([]FacetCounts, 0, len(facets)),
		Unmatched: tm.unmatched, UnknownMedicine: k.search.looksLikeMedicine(words, tm.unmatched)}
	base := newBitset(n)
	for _, f := range facets {
		counted := all
		if _, selected := masks[f]; selected {
			base.copyFrom(matched)
			for g, mask := range masks {
				if g != f {
					base.and(mask)
				}
			}
			counted = base
		}
		fc := FacetCounts{Facet: f, Values: make([]ValueCount, len(k.facetBits[f]))}
		for i, vb := range k.facetBits[f] {
			fc.Values[i] = ValueCount{
				Term:     vb.term,
				Count:    counted.countAnd(vb.bits),
				Selected: slices.Contains(q.Facets[f], vb.term.Value),
			}
		}
		res.Counts = append(res.Counts, fc)
	}
	res.Entries = k.ordered(all, scores, tm.known, q.Limit)
	return res
}

// ordered returns the entries of a set, by score then rank, at most limit
// of them (0: all). scores is nil when there was no search text.
func (k *KB) ordered(set bitset, scores []uint16, words, limit int) []*Entry {
	total := set.count()
	if limit <= 0 || limit > total {
		limit = total
	}
	out := make([]*Entry, 0, limit)
	if scores == nil {
		set.each(func(r int) {
			if len(out) < limit {
				out = append(out, k.ranked[r])
			}
		})
		return out
	}
	// Counting sort by score keeps rank order within a score.
	starts := make([]int, int(inBody)*words+2)
	set.each(func(r int) { starts[scores[r]+1]++ })
	for i := 1; i < len(starts); i++ {
		starts[i] += starts[i-1]
	}
	sorted := make([]*Entry, total)
	set.each(func(r int) {
		sorted[starts[scores[r]]] = k.ranked[r]
		starts[scores[r]]++
	})
	return append(out, sorted[:limit]...)
}

// idBits marks the entries with the given ids; unknown ids are left out.
func (k *KB) idBits(ids []string) bitset {
	bits := newBitset(len(k.ranked))
	for _, id := range ids {
		if e, ok := k.Entry(id); ok {
			bits.set(e.rank)
		}
	}
	return bits
}

// WithMine returns a copy of the query that keeps only what applies to the
// person (mine true), or everything (mine false).
func (q Query) WithMine(mine bool) Query {
	c := q.clone()
	c.Mine = mine
	return c
}

// IsZero reports whether the query has no text, no selected value and no
// "applies to me" filter.
func (q Query) IsZero() bool {
	if q.Mine || strings.TrimSpace(q.Text) != "" {
		return false
	}
	for _, values := range q.Facets {
		if len(values) > 0 {
			return false
		}
	}
	return true
}

// Selected reports whether a facet value is selected.
func (q Query) Selected(f Facet, value string) bool {
	return slices.Contains(q.Facets[f], value)
}

// With returns a copy of the query with a facet value selected.
func (q Query) With(f Facet, value string) Query {
	if q.Selected(f, value) {
		return q.clone()
	}
	c := q.clone()
	c.Facets[f] = append(c.Facets[f], value)
	return c
}

// Without returns a copy of the query with a facet value unselected.
func (q Query) Without(f Facet, value string) Query {
	c := q.clone()
	values := slices.DeleteFunc(c.Facets[f], func(v string) bool { return v == value })
	if len(values) == 0 {
		delete(c.Facets, f)
	} else {
		c.Facets[f] = values
	}
	return c
}

// Toggle returns a copy of the query with a facet value selected if it was
// not, and unselected if it was.
func (q Query) Toggle(f Facet, value string) Query {
	if q.Selected(f, value) {
		return q.Without(f, value)
	}
	return q.With(f, value)
}

// WithText returns a copy of the query with another search text.
func (q Query) WithText(text string) Query {
	c := q.clone()
	c.Text = text
	return c
}

// clone returns a deep copy of the query.
func (q Query) clone() Query {
	c := Query{Text: q.Text, Limit: q.Limit, Mine: q.Mine, Applying: q.Applying,
		Facets: make(map[Facet][]string, len(q.Facets))}
	for f, values := range q.Facets {
		c.Facets[f] = slices.Clone(values)
	}
	return c
}
