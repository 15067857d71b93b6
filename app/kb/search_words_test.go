package kb

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestStopWordsDoNotEmptyResults(t *testing.T) {
	k := loadReal(t)
	same := func(a, b string) {
		t.Helper()
		ra, rb := k.Search(Query{Text: a}), k.Search(Query{Text: b})
		if !ra.Same(rb) || len(ra.Unmatched) != 0 {
			t.Errorf("%q gives %q (unmatched %q), %q gives %q", a, ids(ra.Entries), ra.Unmatched, b, ids(rb.Entries))
		}
	}
	same("my calf", "calf")
	same("What can I do for the cramp in my calf?", "cramp calf")
	// Stop words alone are no text: the whole knowledge base, as for an
	// empty search box.
	same("what helps", "")
	same("my the in of a", "")
	if r := k.Search(Query{Text: "what helps"}); r.Total != k.Len() {
		t.Errorf("stop words alone gave %d of %d entries", r.Total, k.Len())
	}
	// They do not use up the cap on words either.
	filler := strings.Repeat("my in the of to is ", 10)
	same(filler+"magnesium", "magnesium")
	for _, text := range []string{"cramp in my foot", "can my medicine cause cramps"} {
		if r := k.Search(Query{Text: text}); r.Total == 0 || len(r.Unmatched) != 0 {
			t.Errorf("%q: %d results, unmatched %q", text, r.Total, r.Unmatched)
		}
	}
	if got := searchIDs(k, "cramp in my foot"); got[0] != "foot-muscles" {
		t.Errorf(`"cramp in my foot" first finds %q, want foot-muscles`, got[0])
	}
	medicines := ids(k.Search(k.MedicinesQuery()).Entries)
	if got := searchIDs(k, "can my medicine cause cramps"); !slices.ContainsFunc(got, func(id string) bool { return slices.Contains(medicines, id) }) {
		t.Errorf(`"can my medicine cause cramps" finds no medicine entry: %q`, got)
	}
	// Every stop word of the real data is a word search would read as one.
	for w := range k.search.stop {
		if got := tokenize(w, nil); len(got) != 1 || got[0] != w {
			t.Errorf("stop word %q reads as %q", w, got)
		}
	}
}

func TestMisspellingsFindTheWord(t *testing.T) {
	k := loadReal(t)
	for text, want := range map[string][]string{
		"magnesum":     {"low-magnesium", "magnesium-supplements", "magnesium-in-pregnancy"}, // letter missing
		"magensium":    {"low-magnesium", "magnesium-supplements"},                           // letters swapped
		"magnesiumm":   {"low-magnesium"},                                                    // letter added
		"quinene":      {"quinine", "quinine-in-pregnancy"},                                  // letter wrong
		"lipitr":       {"statins", "statin-muscle-pain"},                                    // in an alias
		"diabetis leg": {"diabetes"},
	} {
		r := k.Search(Query{Text: text})
		for _, id := range want {
			if !slices.Contains(ids(r.Entries), id) {
				t.Errorf("%q: %q not in %q", text, id, ids(r.Entries))
			}
		}
		if len(r.Unmatched) != 0 {
			t.Errorf("%q: unmatched %q", text, r.Unmatched)
		}
	}
	// Under five letters, one slip makes too many other words: no guess.
	if r := k.Search(Query{Text: "calg"}); r.Total != 0 || !slices.Equal(r.Unmatched, []string{"calg"}) {
		t.Errorf(`"calg" gave %q, unmatched %q; want nothing, and the word reported`, ids(r.Entries), r.Unmatched)
	}
	// A word that starts words of the index is never taken for a slip:
	// "night" must not find "light" or "tight".
	for _, e := range k.Search(Query{Text: "night"}).Entries {
		if ok, _ := bruteHolds(k, e, "night"); !ok {
			t.Errorf(`"night" found %s, which holds no word starting with it`, e.ID)
		}
	}
}

// bruteHolds reports whether an entry holds a word starting with w, and in
// which field at best.
func bruteHolds(k *KB, e *Entry, w string) (bool, int) {
	for f, tokens := range bruteFields(k, e) {
		if slices.ContainsFunc(tokens, func(t string) bool { return strings.HasPrefix(t, w) }) {
			return true, f
		}
	}
	return false, 0
}

// Exact and prefix matches come before misspellings: a word that some
// entry starts with finds those entries only, and a misspelt word finds
// its entries ranked by field as any word.
func TestExactBeforeFuzzy(t *testing.T) {
	k := rankingFS(t)
	if got := ids(k.Search(Query{Text: "zebras"}).Entries); !slices.Equal(got, []string{"in-summary"}) {
		t.Errorf(`"zebras" = %q: the exact word, not the words one slip away`, got)
	}
	got := ids(k.Search(Query{Text: "zebrx"}).Entries)
	// ("zebras", in-summary's word, is two slips from "zebrx".)
	want := []string{"in-title-c", "two-words", "in-title-a", "in-title-b", "in-synonym", "in-body"}
	if !slices.Equal(got, want) {
		t.Errorf("misspelt ranking:\n got %q\nwant %q", got, want)
	}
}

func TestAliasesFindTheirEntries(t *testing.T) {
	k := loadReal(t)
	if len(k.Aliases()) == 0 {
		t.Fatal("no aliases in the real data")
	}
	for _, a := range k.Aliases() {
		got := searchIDs(k, a.Name)
		for _, id := range a.Entries {
			if !slices.Contains(got, id) {
				t.Errorf("alias %q: %q not in %q", a.Name, id, got)
			}
		}
	}
	for text, want := range map[string]string{"lipitor": "statins", "LIPI": "statins", "Norvasc": "blood-pressure-medicines",
		"amlodipine": "blood-pressure-medicines", "lasix": "diuretics", "charlie horse": "calf-muscle"} {
		if got := searchIDs(k, text); !slices.Contains(got, want) {
			t.Errorf("%q: %q not in %q", text, want, got)
		}
	}
	// In the base fixture, an alias counts as a synonym in the ranking.
	b, err := Load(baseFS(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	if got := searchIDs(b, "charley"); !slices.Equal(got, []string{"calf-muscle", "pull-foot"}) {
		t.Errorf(`base "charley" = %q`, got)
	}
}

func TestUnmatchedWordsAreReported(t *testing.T) {
	k := loadReal(t)
	// "vitamin e": we have no vitamin E. The "e" must be reported, not
	// matched as the start of every word beginning with e.
	r := k.Search(Query{Text: "vitamin e"})
	if !slices.Equal(r.Unmatched, []string{"e"}) || !r.UnknownMedicine {
		t.Errorf(`"vitamin e": unmatched %q, unknown medicine %v; want "e" and true`, r.Unmatched, r.UnknownMedicine)
	}
	if got, want := ids(r.Entries), searchIDs(k, "vitamin"); !slices.Equal(got, want) {
		t.Errorf(`"vitamin e" finds %q, "vitamin" %q: the known word must still search`, got, want)
	}
	// One letter among other words must be a whole word of a name.
	if got := searchIDs(k, "vitamin d"); len(got) == 0 || got[0] != "low-vitamin-d" {
		t.Errorf(`"vitamin d" = %q, want low-vitamin-d first`, got)
	}
	// Alone, a letter is the start of a word being typed.
	if n := k.Search(Query{Text: "c"}).Total; n == 0 || n == k.Len() {
		t.Errorf(`"c" gave %d of %d`, n, k.Len())
	}
	// The other words still search.
	r = k.Search(Query{Text: "xqzv calf"})
	if !slices.Equal(r.Unmatched, []string{"xqzv"}) || !slices.Equal(ids(r.Entries), searchIDs(k, "calf")) || r.UnknownMedicine {
		t.Errorf(`"xqzv calf": unmatched %q, %q, medicine %v`, r.Unmatched, ids(r.Entries), r.UnknownMedicine)
	}
	// Nothing known: nothing found, rather than everything.
	r = k.Search(Query{Text: "xqzv"})
	if r.Total != 0 || !slices.Equal(r.Unmatched, []string{"xqzv"}) {
		t.Errorf(`"xqzv": %d results, unmatched %q`, r.Total, r.Unmatched)
	}
	// Medicines we do not list.
	for text, want := range map[string]bool{
		"ramipril": true, "lisinopril": true, "bisoprolol": true, "xqzv tablets": true, "my xqzv pills": true,
		"xqzv": false, "calf": false, "lipitor": false, "can my medicine cause cramps": false, "xqzv calf": false,
	} {
		if got := k.Search(Query{Text: text}).UnknownMedicine; got != want {
			t.Errorf("%q: unknown medicine %v, want %v", text, got, want)
		}
	}
	if r.Same(k.Search(Query{Text: "xqzw"})) {
		t.Error("results with different unmatched words must differ")
	}
}

func TestMedicinesQuery(t *testing.T) {
	k := loadReal(t)
	r := k.Search(k.MedicinesQuery())
	var want []string
	for _, e := range k.ranked {
		if e.Category == k.search.medicineCategory {
			want = append(want, e.ID)
		}
	}
	if len(want) == 0 || !slices.Equal(ids(r.Entries), want) {
		t.Errorf("medicines query = %q, want %q", ids(r.Entries), want)
	}
}

// Odd and huge texts must neither panic nor be slow: the search runs on
// every keystroke.
func TestHugeAndOddTexts(t *testing.T) {
	k := loadReal(t)
	k.Prepare()
	for _, text := range []string{
		strings.Repeat("my in the what ", 700),
		strings.Repeat("🦵🔥💤", 3400),
		strings.Repeat("<b onclick='x'>calf</b>", 450),
		strings.Repeat("abcdefghij", 1000),
		strings.Repeat("magnesum quinene xqzvw ", 450),
		strings.Repeat("e ", 5000),
	} {
		start := time.Now()
		r := k.Search(Query{Text: text})
		if d := time.Since(start); d > time.Second {
			t.Errorf("%.20q...: %v", text, d)
		}
		if r.Total != len(r.Entries) || len(r.Unmatched) > maxQueryWords {
			t.Errorf("%.20q...: total %d, %d entries, %d unmatched", text, r.Total, len(r.Entries), len(r.Unmatched))
		}
	}
}

func TestSearchFileIsDocumented(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "data", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"search.json", "stop_words", "aliases", "medicine_words", "medicine_endings",
		"medicine_category", "helps_now_when", "prevention_when"} {
		if !strings.Contains(string(readme), "`"+name+"`") {
			t.Errorf("data/README.md does not explain `%s`", name)
		}
	}
}
