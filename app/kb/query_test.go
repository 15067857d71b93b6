package kb

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/nightcramp/nightcramp/app/kb/words"
)

// bruteTokens caches each entry's tokens by field for bruteFields.
var bruteTokens sync.Map // *Entry -> [][]string

// bruteFields returns an entry's tokens by field, best first: title,
// synonyms and the names of the aliases naming it, summary, body and action.
func bruteFields(k *KB, e *Entry) [][]string {
	cached, ok := bruteTokens.Load(e)
	if !ok {
		names := strings.Join(e.Synonyms, " | ")
		for _, a := range k.search.aliases {
			if slices.Contains(a.Entries, e.ID) {
				names += " | " + a.Name
			}
		}
		cached = [][]string{
			tokenize(e.Title, nil),
			tokenize(names, nil),
			tokenize(e.Summary, nil),
			tokenize(e.Body+" | "+e.Action, nil),
		}
		bruteTokens.Store(e, cached)
	}
	return cached.([][]string)
}

// bruteWords returns the search words of a text: its tokens without stop
// words or repeats, at most maxQueryWords.
func bruteWords(k *KB, text string) []string {
	var out []string
	for _, w := range tokenize(text, nil) {
		if !k.search.stop[w] && !slices.Contains(out, w) && len(out) < maxQueryWords {
			out = append(out, w)
		}
	}
	return out
}

// bruteBest returns, for each entry (by rank), the best field where it
// holds a token for which ok is true, -1 if none; namesOnly looks only at
// titles, synonyms and aliases.
func bruteBest(k *KB, namesOnly bool, ok func(token string) bool) ([]int, bool) {
	best := make([]int, len(k.ranked))
	any := false
	for r, e := range k.ranked {
		best[r] = -1
		for f, tokens := range bruteFields(k, e) {
			if namesOnly && f > int(inSynonym) {
				break
			}
			if slices.ContainsFunc(tokens, ok) {
				best[r], any = f, true
				break
			}
		}
	}
	return best, any
}

// bruteText matches the words of a text the slow, obvious way: it returns
// each entry's score (-1 if it does not match), the unmatched words and
// whether any word was known.
func bruteText(k *KB, text string) (scores []int, unmatched []string, ws []string) {
	ws = bruteWords(k, text)
	scores = make([]int, len(k.ranked))
	known := 0
	for _, w := range ws {
		namesOnly := len([]rune(w)) == 1 && len(ws) > 1
		best, any := bruteBest(k, namesOnly, func(t string) bool {
			return t == w || !namesOnly && strings.HasPrefix(t, w)
		})
		if !any && !namesOnly && len([]rune(w)) >= fuzzyMinRunes {
			best, any = bruteBest(k, false, func(t string) bool { return max(len(t)-len(w), len(w)-len(t)) <= 1 && words.Distance(t, w) <= 1 })
		}
		if !any {
			unmatched = append(unmatched, w)
			continue
		}
		known++
		for r := range scores {
			if scores[r] >= 0 && best[r] >= 0 {
				scores[r] += best[r]
			} else {
				scores[r] = -1
			}
		}
	}
	if known == 0 && len(ws) > 0 {
		for r := range scores {
			scores[r] = -1
		}
	}
	return scores, unmatched, ws
}

// bruteMedicine says whether a search looks like an unlisted medicine.
func bruteMedicine(k *KB, ws, unmatched []string) bool {
	if len(unmatched) == 0 {
		return false
	}
	if slices.ContainsFunc(ws, func(w string) bool { return k.search.medicineWords[w] }) {
		return true
	}
	return slices.ContainsFunc(unmatched, func(w string) bool {
		return slices.ContainsFunc(k.search.medicineEndings, func(end string) bool {
			return len(w) > len(end) && strings.HasSuffix(w, end)
		})
	})
}

// bruteFacets reports whether an entry passes every facet selection except
// the one of skip ("" to skip none).
func bruteFacets(e *Entry, q Query, skip Facet) bool {
	for f, selected := range q.Facets {
		if f == skip || len(selected) == 0 || !f.valid() {
			continue
		}
		if !slices.ContainsFunc(e.FacetValues(f), func(v string) bool { return slices.Contains(selected, v) }) {
			return false
		}
	}
	return true
}

// bruteSearch answers a query by checking every entry.
func bruteSearch(k *KB, q Query) Result {
	scores, unmatched, ws := bruteText(k, q.Text)
	type hit struct {
		e     *Entry
		score int
	}
	var hits []hit
	var textOK []*Entry
	for r, e := range k.ranked {
		score := scores[r]
		ok := score >= 0
		if ok {
			textOK = append(textOK, e)
		}
		if ok && bruteFacets(e, q, "") {
			hits = append(hits, hit{e, score})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.score, b.score),
			cmp.Compare(foldKey(a.e.Title), foldKey(b.e.Title)), cmp.Compare(a.e.ID, b.e.ID))
	})
	r := Result{Total: len(hits), Unmatched: unmatched, UnknownMedicine: bruteMedicine(k, ws, unmatched)}
	for _, h := range hits {
		r.Entries = append(r.Entries, h.e)
	}
	for _, f := range facets {
		fc := FacetCounts{Facet: f}
		var pass []*Entry
		for _, e := range textOK {
			if bruteFacets(e, q, f) {
				pass = append(pass, e)
			}
		}
		for _, t := range k.Terms(f.Vocabulary()) {
			n := 0
			for _, e := range pass {
				if slices.Contains(e.FacetValues(f), t.Value) {
					n++
				}
			}
			fc.Values = append(fc.Values, ValueCount{Term: t, Count: n, Selected: q.Selected(f, t.Value)})
		}
		r.Counts = append(r.Counts, fc)
	}
	return r
}

// checkAgainstBrute compares Search with the brute-force answer.
func checkAgainstBrute(t *testing.T, k *KB, q Query) {
	t.Helper()
	got, want := k.Search(q), bruteSearch(k, q)
	if !slices.Equal(got.Unmatched, want.Unmatched) || got.UnknownMedicine != want.UnknownMedicine {
		t.Fatalf("%+v: unmatched %q (medicine %v), want %q (%v)", q, got.Unmatched, got.UnknownMedicine, want.Unmatched, want.UnknownMedicine)
	}
	if got.Total != want.Total || len(got.Entries) != len(want.Entries) {
		t.Fatalf("%+v: total %d (%d entries), want %d", q, got.Total, len(got.Entries), want.Total)
	}
	for i := range want.Entries {
		if got.Entries[i] != want.Entries[i] {
			t.Fatalf("%+v: entry %d is %q, want %q", q, i, got.Entries[i].ID, want.Entries[i].ID)
		}
	}
	for i, fc := range want.Counts {
		for j, vc := range fc.Values {
			if g := got.Counts[i].Values[j]; g != vc {
				t.Errorf("%+v: count %s=%s is %+v, want %+v", q, fc.Facet, vc.Term.Value, g, vc)
			}
		}
	}
}

func TestSearchMatchesBruteForce(t *testing.T) {
	k := loadReal(t)
	rng := rand.New(rand.NewPCG(1, 2))
	texts := []string{"", "cram", "calf", "mg", "water pill", "night leg", "pregnan", "a", "s", "xyz", "stretch bed", "ANÉMIA"}
	for i := 0; i < 200; i++ {
		q := Query{Text: texts[rng.IntN(len(texts))], Facets: map[Facet][]string{}}
		for _, f := range facets {
			if rng.IntN(3) != 0 {
				continue
			}
			terms := k.Terms(f.Vocabulary())
			for range 1 + rng.IntN(3) {
				q = q.With(f, terms[rng.IntN(len(terms))].Value)
			}
		}
		checkAgainstBrute(t, k, q)
	}
}

func TestSearchMatchesBruteForceGenerated(t *testing.T) {
	k, err := Load(generateFS(t, 300))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	g := newGenerator(t, 300)
	for i := 0; i < 100; i++ {
		q := Query{Text: g.text(rng.IntN(3)), Facets: map[Facet][]string{}}
		if len(q.Text) > 2 && rng.IntN(2) == 0 {
			q.Text = q.Text[:2] // a prefix
		}
		for _, f := range facets {
			if rng.IntN(2) == 0 {
				terms := k.Terms(f.Vocabulary())
				q = q.With(f, terms[rng.IntN(len(terms))].Value)
			}
		}
		checkAgainstBrute(t, k, q)
	}
}

func TestFacetSemantics(t *testing.T) {
	k := loadReal(t)
	all := k.Search(Query{})
	if all.Total != k.Len() || len(all.Entries) != k.Len() {
		t.Fatalf("empty query: %d results, want all %d", all.Total, k.Len())
	}

	// OR within a facet.
	causes := k.Search(Query{}.With(FacetType, "cause")).Total
	remedies := k.Search(Query{}.With(FacetType, "remedy")).Total
	both := k.Search(Query{}.With(FacetType, "cause").With(FacetType, "remedy"))
	if both.Total != causes+remedies {
		t.Errorf("cause OR remedy = %d, want %d + %d", both.Total, causes, remedies)
	}
	// The selected facet's counts ignore its own selection...
	if both.Count(FacetType, "mimic") == 0 {
		t.Error("count of an unselected type within a selected facet is 0; it must ignore the facet's own selection")
	}
	// ... while other facets' counts reflect it.
	if got := both.Count(Facet("urgency"), "urgent"); got != 0 {
		t.Error("a vocabulary that is not a facet has a count")
	}

	// AND across facets.
	q := Query{}.With(FacetType, "remedy").With(FacetWho, "pregnancy")
	for _, e := range k.Search(q).Entries {
		if e.Type != TypeRemedy || !slices.Contains(e.Who, "pregnancy") {
			t.Errorf("%s does not match type=remedy AND who=pregnancy", e.ID)
		}
	}

	// Unknown values match nothing; unknown facets are ignored.
	if n := k.Search(Query{}.With(FacetMuscle, "knee")).Total; n != 0 {
		t.Errorf("unknown value matched %d entries", n)
	}
	if n := k.Search(Query{Facets: map[Facet][]string{"colour": {"red"}}}).Total; n != k.Len() {
		t.Errorf("unknown facet filtered: %d", n)
	}

	// Limit caps entries, not the total.
	limited := k.Search(Query{Limit: 5})
	if len(limited.Entries) != 5 || limited.Total != k.Len() {
		t.Errorf("limit: %d entries, total %d", len(limited.Entries), limited.Total)
	}
}

func TestQueryValueMethodsDoNotMutate(t *testing.T) {
	q := Query{Text: "calf", Facets: map[Facet][]string{FacetType: {"cause"}}}
	with := q.With(FacetType, "remedy")
	without := with.Without(FacetType, "cause")
	toggled := without.Toggle(FacetType, "remedy")
	if len(q.Facets[FacetType]) != 1 || len(with.Facets[FacetType]) != 2 {
		t.Errorf("With mutated its receiver: %v %v", q.Facets, with.Facets)
	}
	if !slices.Equal(without.Facets[FacetType], []string{"remedy"}) {
		t.Errorf("Without: %v", without.Facets)
	}
	if toggled.Text != "calf" || len(toggled.Facets) != 0 {
		t.Errorf("Toggle: %+v", toggled)
	}
	if _, ok := toggled.Facets[FacetType]; ok {
		t.Errorf("an emptied facet must be removed: %v", toggled.Facets)
	}
	if !(Query{Text: "  "}).IsZero() || (Query{Text: "a"}).IsZero() {
		t.Error("IsZero")
	}
	if q.WithText("x").Text != "x" || q.Text != "calf" {
		t.Error("WithText")
	}
}

func TestConcurrentSearches(t *testing.T) {
	k := loadReal(t)
	want := k.Search(typicalQuery).Total
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got := k.Search(typicalQuery).Total; got != want {
					t.Errorf("concurrent search gave %d, want %d", got, want)
				}
				k.Related("low-magnesium")
				k.Entry("quinine")
			}
		})
	}
	wg.Wait()
}

func TestResultSame(t *testing.T) {
	k := loadReal(t)
	search := func(text string, facets map[Facet][]string) Result {
		return k.Search(Query{Text: text, Facets: facets, Limit: 10})
	}
	if !search("magnes", nil).Same(search("magnesium", nil)) {
		t.Error(`"magnes" and "magnesium" find the same entries, so their results are the same`)
	}
	if !search("", nil).Same(search("  ", nil)) {
		t.Error("blank text is no text")
	}
	if search("", nil).Same(search("c", nil)) {
		t.Error(`"c" narrows the list: the results differ`)
	}
	// The same entries with one other count: the facet panel would change.
	text := search("magnesium", nil)
	counted := text
	counted.Counts = slices.Clone(text.Counts)
	counted.Counts[0].Values = slices.Clone(text.Counts[0].Values)
	counted.Counts[0].Values[0].Count++
	if text.Same(counted) {
		t.Error("results with different facet counts must differ")
	}
	if !text.Same(search("magnesium", nil)) {
		t.Error("one query searched twice gives the same result")
	}
	var zero Result
	if zero.Same(text) || !zero.Same(Result{}) {
		t.Error("zero results")
	}
}
