package kb

import (
	"errors"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The seed corpora in testdata/fuzz/ hold odd inputs (empty, 10,000
// characters, emoji, SQL and HTML fragments, punctuation only); plain
// `go test` replays them. Run `go test -fuzz=FuzzQuery ./app/kb` to explore.

// parseFacetSpec turns "type=cause;muscle=calf" into facet selections.
func parseFacetSpec(spec string) map[Facet][]string {
	out := map[Facet][]string{}
	for _, part := range strings.Split(spec, ";") {
		name, value, ok := strings.Cut(part, "=")
		if ok {
			out[Facet(name)] = append(out[Facet(name)], value)
		}
	}
	return out
}

func FuzzQuery(f *testing.F) {
	f.Add("cram", "type=remedy;muscle=calf")
	f.Add("", "")
	// Stop words, misspellings, aliases, one letter, unknown medicines.
	f.Add("can my medicine cause cramps", "")
	f.Add("what helps", "type=remedy")
	f.Add("magnesum", "")
	f.Add("magensium supplments", "grade=mixed")
	f.Add("Lipitor", "")
	f.Add("lipitr tablets", "")
	f.Add("vitamin e", "")
	f.Add("ramipril", "")
	f.Add("charlie horse in my calf", "muscle=calf")
	k := loadReal(f)
	f.Fuzz(func(t *testing.T, text, facetSpec string) {
		q := Query{Text: text, Facets: parseFacetSpec(facetSpec)}
		r := k.Search(q)
		if r.Total != len(r.Entries) {
			t.Fatalf("total %d, %d entries", r.Total, len(r.Entries))
		}
		if len(r.Counts) != len(facets) {
			t.Fatalf("%d facet counts", len(r.Counts))
		}
		words := queryWords(text, k.search.stop)
		seen := map[*Entry]bool{}
		for _, e := range r.Entries {
			if seen[e] {
				t.Fatalf("%s returned twice", e.ID)
			}
			seen[e] = true
		}
		// The index, the aliases and the misspelling search answer as the
		// slow, obvious reading of the same rules.
		checkAgainstBrute(t, k, q)
		for _, w := range r.Unmatched {
			if !slices.Contains(words, w) {
				t.Fatalf("unmatched %q is not a search word of %q", w, text)
			}
		}
		for _, fc := range r.Counts {
			if len(q.Facets[fc.Facet]) > 0 {
				continue
			}
			for _, vc := range fc.Values {
				if vc.Count > r.Total {
					t.Fatalf("count %s=%s is %d > total %d", fc.Facet, vc.Term.Value, vc.Count, r.Total)
				}
			}
		}
		if len(words) == 0 && len(q.Facets) == 0 && r.Total != k.Len() {
			t.Fatalf("no words and no filters gave %d of %d", r.Total, k.Len())
		}
	})
}

func FuzzParseQuery(f *testing.F) {
	f.Add("q=calf&type=cause,remedy&muscle=calf")
	f.Add("")
	f.Fuzz(func(t *testing.T, raw string) {
		values, _ := url.ParseQuery(raw) // keeps what it could parse
		q, _ := ParseQuery(values)
		if utf8.RuneCountInString(q.Text) > MaxTextRunes || !utf8.ValidString(q.Text) {
			t.Fatalf("text not capped or not valid UTF-8: %q", q.Text)
		}
		for f, vals := range q.Facets {
			if !f.valid() || len(vals) == 0 || len(vals) > maxValuesPerFacet {
				t.Fatalf("facet %q with %d values", f, len(vals))
			}
			for _, v := range vals {
				if !validID(v) {
					t.Fatalf("invalid value %q kept", v)
				}
			}
		}
		again, ignored := ParseQuery(q.Values())
		if len(ignored) != 0 || !reflect.DeepEqual(again, q) {
			t.Fatalf("round trip: %+v -> %+v (ignored %q)", q, again, ignored)
		}
	})
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte(`[{"id": "x"}]`), uint8(3))
	f.Add([]byte(`{`), uint8(0))
	f.Fuzz(func(t *testing.T, content []byte, which uint8) {
		name := knownFiles[int(which)%len(knownFiles)]
		k, err := Load(baseFS(t, map[string]string{name: string(content) + " "}))
		if err == nil {
			if k == nil || k.Len() == 0 {
				t.Fatal("no error and no knowledge base")
			}
			k.Search(Query{Text: "a"})
			return
		}
		var ve *ValidationError
		if !errors.As(err, &ve) || len(ve.Problems) == 0 {
			t.Fatalf("error is not a ValidationError with problems: %v", err)
		}
		for _, p := range ve.Problems {
			if p.File == "" || p.Message == "" || p.Line < 0 || p.pendingFile != nil {
				t.Fatalf("badly located problem: %+v", p)
			}
		}
	})
}
