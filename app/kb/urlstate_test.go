package kb

import (
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseQuery(t *testing.T) {
	v, err := url.ParseQuery("q=+calf+cramp+&type=remedy,cause&type=remedy&muscle=calf&utm_source=x&grade=Bad%20Value&who=,,pregnancy")
	if err != nil {
		t.Fatal(err)
	}
	q, ignored := ParseQuery(v)
	want := Query{Text: "calf cramp", Facets: map[Facet][]string{
		FacetType:   {"cause", "remedy"},
		FacetMuscle: {"calf"},
		FacetWho:    {"pregnancy"},
	}}
	if !reflect.DeepEqual(q, want) {
		t.Errorf("ParseQuery = %+v, want %+v", q, want)
	}
	wantIgnored := []string{`ignored grade value "Bad Value": not a valid value`, `ignored parameter "utm_source"`}
	if !slices.Equal(ignored, wantIgnored) {
		t.Errorf("ignored = %q, want %q", ignored, wantIgnored)
	}
}

func TestKBParseQueryDropsUnknownValues(t *testing.T) {
	k := loadReal(t)
	q, ignored := k.ParseQuery(url.Values{"muscle": {"calf,knee"}, "who": {"astronauts"}})
	if !reflect.DeepEqual(q.Facets, map[Facet][]string{FacetMuscle: {"calf"}}) {
		t.Errorf("facets = %v", q.Facets)
	}
	if len(ignored) != 2 || !strings.Contains(ignored[0], `"knee"`) || !strings.Contains(ignored[1], `"astronauts"`) {
		t.Errorf("ignored = %q", ignored)
	}
}

func TestParseQueryCapsHugeInput(t *testing.T) {
	long := strings.Repeat("é", 3*MaxTextRunes)
	values := url.Values{"q": {long, "second"}}
	for i := range 100 {
		values.Add("who", "v"+strings.Repeat("x", i%3)+string(rune('a'+i%26))+string(rune('a'+i/26)))
		values.Add("junk"+string(rune('a'+i%26))+string(rune('a'+i/26)), "1")
	}
	q, ignored := ParseQuery(values)
	if n := utf8.RuneCountInString(q.Text); n != MaxTextRunes {
		t.Errorf("text has %d characters, want %d", n, MaxTextRunes)
	}
	if len(q.Facets[FacetWho]) != maxValuesPerFacet {
		t.Errorf("kept %d values, want %d", len(q.Facets[FacetWho]), maxValuesPerFacet)
	}
	if len(ignored) != maxIgnoredReports+1 || !strings.HasPrefix(ignored[len(ignored)-1], "and ") {
		t.Errorf("ignored has %d lines, ending %q", len(ignored), ignored[len(ignored)-1])
	}
}

func TestQueryValuesRoundTrip(t *testing.T) {
	queries := []Query{
		{},
		{Text: "calf"},
		{Text: "  water pill ", Facets: map[Facet][]string{FacetType: {"remedy", "cause", "remedy"}}},
		{Text: "a,b&c=d?e#f", Facets: map[Facet][]string{FacetWhen: {"before-bed"}, FacetGrade: {"mixed", "guideline"}}},
		{Text: "émoji 🦵", Facets: map[Facet][]string{FacetWho: {}, "colour": {"red"}}},
	}
	for _, q := range queries {
		encoded := q.Values().Encode()
		v, err := url.ParseQuery(encoded)
		if err != nil {
			t.Fatal(err)
		}
		back, ignored := ParseQuery(v)
		if len(ignored) != 0 {
			t.Errorf("%q: ignored %q", encoded, ignored)
		}
		if back.Text != strings.TrimSpace(q.Text) {
			t.Errorf("%q: text %q", encoded, back.Text)
		}
		for _, f := range facets {
			want := slices.Compact(slices.Sorted(slices.Values(q.Facets[f])))
			if !slices.Equal(back.Facets[f], want) {
				t.Errorf("%q: %s = %q, want %q", encoded, f, back.Facets[f], want)
			}
		}
		// A parsed query survives another round unchanged.
		again, _ := ParseQuery(back.Values())
		if !reflect.DeepEqual(again, back) {
			t.Errorf("not stable: %+v then %+v", back, again)
		}
	}
	if got := (Query{Text: "calf", Facets: map[Facet][]string{FacetType: {"remedy", "cause"}}}).Values().Encode(); got != "q=calf&type=cause%2Cremedy" {
		t.Errorf("canonical form = %q", got)
	}
}
