package kb

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
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

// queryWords returns the distinct search words of a text, at most
// maxQueryWords of them.
func queryWords(text string) []string {
	var words []string
	for _, w := range tokenize(text, nil) {
		if len(words) == maxQueryWords {
			break
		}
		if !containsString(words, w) {
			words = append(words, w)
		}
	}
	return words
}

// match returns the entries in which every word starts some word of the
// title, a synonym, the summary or the body, with each entry's score (lower
// is better; see inTitle).
func (ix *textIndex) match(words []string) (bitset, []uint16) {
	matched := newBitset(ix.size)
	scores := make([]uint16, ix.size)
	best := make([]uint8, ix.size)
	for wi, w := range words {
		for i := range best {
			best[i] = notFound
		}
		for i := sort.SearchStrings(ix.tokens, w); i < len(ix.tokens) && strings.HasPrefix(ix.tokens[i], w); i++ {
			for _, p := range ix.postings[ix.starts[i]:ix.starts[i+1]] {
				if p.field < best[p.rank] {
					best[p.rank] = p.field
				}
			}
		}
		if wi == 0 {
			for r, f := range best {
				if f != notFound {
					matched.set(r)
					scores[r] = uint16(f)
				}
			}
			continue
		}
		for i, word := range matched {
			for word != 0 {
				bit := word & -word
				r := i*64 + bits.TrailingZeros64(bit)
				if best[r] == notFound {
					matched[i] &^= bit
				} else {
					scores[r] += uint16(best[r])
				}
				word &^= bit
			}
		}
	}
	return matched, scores
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
