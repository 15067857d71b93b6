package kb

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/nightcramp/nightcramp/app/kb/words"
)

// maxQueryWords caps how many words of a search text are used; the rest are
// ignored, which keeps the cost of any input bounded.
const maxQueryWords = 16

// Where a search word matched, best first. The score of an entry is the sum
// over the search words of the best place each matched, so title hits come
// before synonym hits, then summary hits, then body hits.
const (
	inTitle   uint8 = iota // the word starts a word of the title
	inSynonym              // ... of a synonym
	inSummary              // ... of the summary
	inBody                 // ... of the body (or a red flag's action)
	notFound  uint8 = 0xff
)

// textIndex is a prefix-searchable inverted index over entry texts, built
// once at load: every distinct token, sorted, with the entries it occurs in.
type textIndex struct {
	tokens   []string  // distinct tokens, sorted
	starts   []int32   // postings of tokens[i] are postings[starts[i]:starts[i+1]]
	postings []posting // by token, then rank
	size     int       // number of entries
}

// posting says that an entry holds a token, and in which field at best.
type posting struct {
	rank  int32
	field uint8
}

// occurrence is one token seen in one field of one entry while indexing.
type occurrence struct {
	token int32 // index into the unsorted token list
	rank  int32
	field uint8
}

// buildTextIndex indexes entries, given in rank order. It collects every
// token occurrence in one pass, then lays postings out in one flat slice
// (a counting sort by token), which keeps allocations few at any size.
func buildTextIndex(entries []*Entry) *textIndex {
	ids := map[string]int32{}
	var names []string
	textBytes := 0
	for _, e := range entries {
		textBytes += len(e.Title) + len(e.Summary) + len(e.Body) + len(e.Action)
		for _, s := range e.Synonyms {
			textBytes += len(s)
		}
	}
	occurrences := make([]occurrence, 0, textBytes/6) // about one word per 6 bytes
	var buf []byte
	add := func(rank int, field uint8, text string) {
		buf = eachToken(text, buf, func(token []byte) {
			id, ok := ids[string(token)] // no allocation for a known token
			if !ok {
				id = int32(len(names))
				names = append(names, string(token))
				ids[names[id]] = id
			}
			occurrences = append(occurrences, occurrence{token: id, rank: int32(rank), field: field})
		})
	}
	for rank, e := range entries {
		add(rank, inTitle, e.Title)
		for _, s := range e.Synonyms {
			add(rank, inSynonym, s)
		}
		add(rank, inSummary, e.Summary)
		add(rank, inBody, e.Body)
		add(rank, inBody, e.Action)
	}

	// Sort the tokens, and renumber occurrences by sorted position.
	order := make([]int32, len(names))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(a, b int) bool { return names[order[a]] < names[order[b]] })
	position := make([]int32, len(names))
	ix := &textIndex{tokens: make([]string, len(names)), starts: make([]int32, len(names)+1), size: len(entries)}
	for pos, id := range order {
		position[id] = int32(pos)
		ix.tokens[pos] = names[id]
	}

	// Count, then fill; an entry holding a token several times keeps one
	// posting with its best field. Occurrences come in rank order, so each
	// token's postings do too.
	for _, o := range occurrences {
		ix.starts[position[o.token]+1]++
	}
	for i := 1; i < len(ix.starts); i++ {
		ix.starts[i] += ix.starts[i-1]
	}
	next := slices.Clone(ix.starts[:len(names)])
	ix.postings = make([]posting, len(occurrences))
	for _, o := range occurrences {
		pos := position[o.token]
		if n := next[pos]; n > ix.starts[pos] && ix.postings[n-1].rank == o.rank {
			ix.postings[n-1].field = min(ix.postings[n-1].field, o.field)
			continue
		}
		ix.postings[next[pos]] = posting{rank: o.rank, field: o.field}
		next[pos]++
	}
	// Close the gaps left by merged duplicates.
	w := int32(0)
	for i := range names {
		from, to := ix.starts[i], next[i]
		ix.starts[i] = w
		w += int32(copy(ix.postings[w:], ix.postings[from:to]))
	}
	ix.starts[len(names)] = w
	ix.postings = slices.Clip(ix.postings[:w])
	return ix
}

// fuzzyMinRunes is the shortest search word tried for a misspelling: in
// shorter words one slip makes too many other words ("calf": "call",
// "half").
const fuzzyMinRunes = 5

// queryWords returns the distinct search words of a text, at most
// maxQueryWords of them, leaving out the stop words (filler such as "my",
// "in", "what") so that they neither use up the cap nor empty the results.
func queryWords(text string, stop map[string]bool) []string {
	var words []string
	buf := make([]byte, 0, 16)
	eachToken(text, buf, func(token []byte) {
		if len(words) == maxQueryWords || stop[string(token)] || containsBytes(words, token) {
			return
		}
		words = append(words, string(token))
	})
	return words
}

// containsBytes reports whether list holds the word w.
func containsBytes(list []string, w []byte) bool {
	for _, x := range list {
		if x == string(w) {
			return true
		}
	}
	return false
}

// wordMatch says how one search word is matched.
type wordMatch struct {
	// namesOnly: the word must be a whole word of a title, synonym or
	// alias. So it is for a one-letter word among others ("vitamin e"),
	// which as a prefix would find nearly everything.
	namesOnly bool
}

// hits marks in best the best field in which each entry holds word w (or
// notFound), trying the entries' texts, then the aliases, then, if neither
// knows w, the words one slip away. It reports whether any entry matched.
func (k *KB) hits(w string, m wordMatch, best []uint8) bool {
	for i := range best {
		best[i] = notFound
	}
	ix := k.textIndex()
	found := ix.prefixHits(w, m.namesOnly, best)
	found = k.search.aliasHits(w, m.namesOnly, best) || found
	if found || m.namesOnly || utf8.RuneCountInString(w) < fuzzyMinRunes {
		return found
	}
	found = ix.fuzzyHits(w, best)
	return k.search.aliasFuzzyHits(w, best) || found
}

// prefixHits marks the entries holding a word that starts with w (that is
// w, with namesOnly, in a title or synonym only).
func (ix *textIndex) prefixHits(w string, namesOnly bool, best []uint8) bool {
	found := false
	for i := sort.SearchStrings(ix.tokens, w); i < len(ix.tokens) && strings.HasPrefix(ix.tokens[i], w); i++ {
		if namesOnly && ix.tokens[i] != w {
			break
		}
		found = ix.mark(i, namesOnly, best) || found
	}
	return found
}

// fuzzyHits marks the entries holding a word within one slip of w.
func (ix *textIndex) fuzzyHits(w string, best []uint8) bool {
	found := false
	for i, t := range ix.tokens {
		if len(t)-len(w) <= 1 && len(w)-len(t) <= 1 && words.WithinOneEdit(t, w) {
			found = ix.mark(i, false, best) || found
		}
	}
	return found
}

// mark records the postings of token i in best; namesOnly keeps only
// title and synonym postings.
func (ix *textIndex) mark(i int, namesOnly bool, best []uint8) bool {
	found := false
	for _, p := range ix.postings[ix.starts[i]:ix.starts[i+1]] {
		if namesOnly && p.field > inSynonym {
			continue
		}
		found = true
		if p.field < best[p.rank] {
			best[p.rank] = p.field
		}
	}
	return found
}

// aliasHits marks the entries named by an alias holding a word that starts
// with w (that is w, with namesOnly). An alias counts as a synonym.
func (sd *searchData) aliasHits(w string, namesOnly bool, best []uint8) bool {
	found := false
	for i := sort.SearchStrings(sd.aliasTokens, w); i < len(sd.aliasTokens) && strings.HasPrefix(sd.aliasTokens[i], w); i++ {
		if namesOnly && sd.aliasTokens[i] != w {
			break
		}
		found = sd.markAlias(i, best) || found
	}
	return found
}

// aliasFuzzyHits marks the entries named by an alias holding a word within
// one slip of w.
func (sd *searchData) aliasFuzzyHits(w string, best []uint8) bool {
	found := false
	for i, t := range sd.aliasTokens {
		if words.WithinOneEdit(t, w) {
			found = sd.markAlias(i, best) || found
		}
	}
	return found
}

// markAlias records the entries of alias token i in best, as synonyms.
func (sd *searchData) markAlias(i int, best []uint8) bool {
	for _, r := range sd.aliasRanks[i] {
		best[r] = min(best[r], inSynonym)
	}
	return len(sd.aliasRanks[i]) > 0
}

// textMatch is the outcome of matching the words of a search text.
type textMatch struct {
	matched   bitset   // entries holding every known word
	scores    []uint16 // per rank, lower is better (see inTitle)
	known     int      // number of words some entry holds
	unmatched []string // words no entry holds, in query order
}

// match returns the entries in which every known word starts some word of
// the title, a synonym, an alias, the summary or the body (or, for a
// misspelt word, is one slip from one), with each entry's score (lower is
// better; see inTitle). Words that no entry holds are set apart as
// unmatched: they do not empty the result. If no word is known, nothing
// matches.
func (k *KB) match(ws []string) textMatch {
	n := len(k.ranked)
	tm := textMatch{matched: newBitset(n), scores: make([]uint16, n)}
	best := make([]uint8, n)
	for _, w := range ws {
		m := wordMatch{namesOnly: utf8.RuneCountInString(w) == 1 && len(ws) > 1}
		if !k.hits(w, m, best) {
			tm.unmatched = append(tm.unmatched, w)
			continue
		}
		tm.known++
		if tm.known == 1 {
			for r, f := range best {
				if f != notFound {
					tm.matched.set(r)
					tm.scores[r] = uint16(f)
				}
			}
			continue
		}
		for i, word := range tm.matched {
			for word != 0 {
				bit := word & -word
				r := i*64 + bits.TrailingZeros64(bit)
				if best[r] == notFound {
					tm.matched[i] &^= bit
				} else {
					tm.scores[r] += uint16(best[r])
				}
				word &^= bit
			}
		}
	}
	return tm
}

// containsString reports whether list holds s.
func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
