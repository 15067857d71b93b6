package kb

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Charley-Horse", []string{"charley", "horse"}},
		{"Parkinson's disease", []string{"parkinsons", "disease"}},
		{"Parkinson’s", []string{"parkinsons"}},
		{"ANÉMIE Œdème façade", []string{"anemie", "oedeme", "facade"}},
		{"Ane\u0301mie", []string{"anemie"}}, // decomposed accent
		{"vitamin K2 (MK-7)", []string{"vitamin", "k2", "mk", "7"}},
		{"🦵🔥 calf!!", []string{"calf"}},
		{"Straße", []string{"strasse"}},
		{"ЛЕГ судорога", []string{"лег", "судорога"}},
		{"<script>alert(1)</script>", []string{"script", "alert", "1", "script"}},
		{"' OR 1=1; --", []string{"or", "1", "1"}},
		{"...", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := tokenize(tt.in, nil); !slices.Equal(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := tokenize(strings.Repeat("a", 500), nil); len(got) != 1 || len(got[0]) != maxTokenRunes {
		t.Errorf("a long word is not cut to %d: %d tokens", maxTokenRunes, len(got))
	}
}

// rankingFS is the base data set with causes that hold the word "zebra" in
// different fields, to check ranking.
func rankingFS(t *testing.T) *KB {
	t.Helper()
	cause := func(id, title, synonym, summary, body string) string {
		return fmt.Sprintf(`{"id": %q, "title": %q, "synonyms": [%q], "summary": %q, "body": %q,
			"evidence": "e", "grade": "mixed", "reviewed": "2026-12-07", "category": "lifestyle", "sources": ["service"],
			"article_claims": [{"source": "blog", "claim": "c"}],
			"links": [{"to": "stretching", "reason": "r"}]}`, id, title, synonym, summary, body)
	}
	causes := "[" + strings.Join([]string{
		cause("in-body", "Alpha", "one", "plain", "a zebra here"),
		cause("in-summary", "Beta", "two", "zebras run", "plain"),
		cause("in-synonym", "Gamma", "zebra crossing", "plain", "plain"),
		cause("in-title-b", "Zebra stripes", "three", "plain", "plain"),
		cause("in-title-a", "Zebra stripes", "four", "plain", "plain"),
		cause("in-title-c", "A zebra", "five", "plain", "plain"),
		cause("two-words", "Zebra", "crossing", "plain", "plain"),
	}, ",\n") + "]"
	k, err := Load(baseFS(t, map[string]string{"causes.json": causes}))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func ids(entries []*Entry) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = e.ID
	}
	return out
}

func TestRanking(t *testing.T) {
	k := rankingFS(t)
	// Title hits first (by title, then id), then synonym, summary, body.
	got := ids(k.Search(Query{Text: "zeb"}).Entries)
	want := []string{"in-title-c", "two-words", "in-title-a", "in-title-b", "in-synonym", "in-summary", "in-body"}
	if !slices.Equal(got, want) {
		t.Errorf("ranking:\n got %q\nwant %q", got, want)
	}
	// Several words: all must match; the score adds up over words.
	got = ids(k.Search(Query{Text: "zebra crossing"}).Entries)
	want = []string{"two-words", "in-synonym"} // title+synonym (1) before synonym+synonym (2)
	if !slices.Equal(got, want) {
		t.Errorf("two words:\n got %q\nwant %q", got, want)
	}
	// Stable: the same query gives the same order every time.
	for range 5 {
		if again := ids(k.Search(Query{Text: "zeb"}).Entries); !slices.Equal(again, ids(k.Search(Query{Text: "zeb"}).Entries)) {
			t.Fatal("order changed between identical queries")
		}
	}
}

// searchIDs returns the ids of a search's results.
func searchIDs(k *KB, text string) []string {
	return ids(k.Search(Query{Text: text}).Entries)
}

func TestSearchRealData(t *testing.T) {
	k := loadReal(t)
	tests := []struct {
		text  string
		first string   // expected first result ("" = no check)
		has   []string // expected among the results
	}{
		{text: "cram", has: []string{"no-clear-cause", "calf-muscle"}},          // prefix, as typed
		{text: "charley horse", has: []string{"calf-muscle", "no-clear-cause"}}, // synonym
		{text: "spasm", has: []string{"stretch-the-cramp"}},
		{text: "Mg", has: []string{"low-magnesium", "magnesium-supplements"}},
		{text: "water pill", first: "diuretics"},
		{text: "anemia", first: "anaemia"}, // American spelling
		{text: "anaemia", first: "anaemia"},
		{text: "ANÉMIA", first: "anaemia"}, // case and accents
		{text: "hemodialysis", first: "haemodialysis"},
		{text: "diarrhea", first: "diarrhoea"},
		{text: "estrogen", has: []string{"conjugated-oestrogens"}},
		{text: "oestrogen", has: []string{"conjugated-oestrogens"}},
		{text: "parkinson's", first: "parkinsons-disease"},
		{text: "quinine", has: []string{"quinine", "quinine-in-pregnancy"}},
		{text: "tonic water", has: []string{"quinine"}},
		{text: "naproxen", has: []string{"naproxen", "painkillers-for-cramps"}},
		{text: "DVT", first: "dvt"},
		{text: "baker", first: "bakers-cyst"},
	}
	for _, tt := range tests {
		got := searchIDs(k, tt.text)
		if len(got) == 0 {
			t.Errorf("%q: no results", tt.text)
			continue
		}
		if tt.first != "" && got[0] != tt.first {
			t.Errorf("%q: first result %q, want %q (all: %q)", tt.text, got[0], tt.first, got)
		}
		for _, id := range tt.has {
			if !slices.Contains(got, id) {
				t.Errorf("%q: %q not in results %q", tt.text, id, got)
			}
		}
	}
}

func TestOddSearchInput(t *testing.T) {
	k := loadReal(t)
	all := k.Len()
	for _, text := range []string{"", "   ", "!!!???", "🦵🔥💤", "\x00\x01", "'; DROP TABLE entry; --", "<b>"} {
		r := k.Search(Query{Text: text})
		switch {
		case len(tokenize(text, nil)) == 0 && r.Total != all:
			t.Errorf("%q has no words but gave %d results, want all %d", text, r.Total, all)
		case r.Total != len(r.Entries):
			t.Errorf("%q: total %d, entries %d", text, r.Total, len(r.Entries))
		}
	}
	long := strings.Repeat("cramp ", 2000)
	if r := k.Search(Query{Text: long}); r.Total == 0 {
		t.Error("a long repeated word should still match")
	}
	if r := k.Search(Query{Text: strings.Repeat("zq", 5000)}); r.Total != 0 {
		t.Errorf("nonsense matched %d", r.Total)
	}
	// Words beyond maxQueryWords are ignored: the cost stays bounded.
	var many []string
	for i := range 3 * maxQueryWords {
		many = append(many, fmt.Sprintf("w%d", i))
	}
	if got := queryWords(strings.Join(many, " ")+" w0 w1", nil); len(got) != maxQueryWords || got[0] != "w0" {
		t.Errorf("queryWords kept %d words (%q), want the first %d", len(got), got, maxQueryWords)
	}
}
