package kb

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// URL state: a Query as URL parameters, e.g. ?q=calf&type=cause,remedy&who=pregnancy.
// The parameter for the search text is "q"; each facet's parameter is its
// name, holding its selected values joined by commas (repeating the
// parameter works too).
const (
	ParamText = "q" // URL parameter of the search text
	// ParamMine is the URL parameter of the "applies to me" filter: "1" sets
	// it.
	ParamMine = "mine"

	// MaxTextRunes caps the search text read from a URL; longer text is cut.
	MaxTextRunes = 200
	// maxValuesPerFacet caps the values read per facet from a URL.
	maxValuesPerFacet = 32
	// maxIgnoredReports caps how many ignored items are reported one by one.
	maxIgnoredReports = 20
)

// ParseQuery reads a Query from URL parameters, checking only their form: it
// ignores unknown parameters, malformed values and values past a cap, cuts
// the text to MaxTextRunes characters, and drops duplicate values. It
// returns, in plain words, what it ignored or changed. Facet values are
// sorted, so equal selections give equal queries. To also drop values the
// vocabularies do not have, use KB.ParseQuery.
func ParseQuery(values url.Values) (Query, []string) {
	var r ignoredReport
	q := Query{Facets: map[Facet][]string{}}
	keys := make([]string, 0, len(values))
	for key := range values {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		vals := values[key]
		if key == ParamText {
			q.Text = parseText(vals, &r)
			continue
		}
		if key == ParamMine {
			q.Mine = parseMine(vals, &r)
			continue
		}
		f := Facet(key)
		if !f.valid() {
			r.addf("ignored parameter %q", truncateRunes(key, 40))
			continue
		}
		var selected []string
		for _, v := range vals {
			for _, value := range strings.Split(v, ",") {
				value = strings.TrimSpace(value)
				switch {
				case value == "" || slices.Contains(selected, value):
				case !validID(value):
					r.addf("ignored %s value %q: not a valid value", f, truncateRunes(value, 40))
				case len(selected) == maxValuesPerFacet:
					r.addf("ignored %s value %q: at most %d values per filter", f, value, maxValuesPerFacet)
				default:
					selected = append(selected, value)
				}
			}
		}
		if len(selected) > 0 {
			sort.Strings(selected)
			q.Facets[f] = selected
		}
	}
	return q, r.list()
}

// ParseQuery reads a Query from URL parameters like the package function
// ParseQuery, and also ignores (and reports) facet values that the
// knowledge base's vocabularies do not have.
func (k *KB) ParseQuery(values url.Values) (Query, []string) {
	q, ignored := ParseQuery(values)
	var r ignoredReport
	for _, f := range facets {
		kept := q.Facets[f][:0:0]
		for _, value := range q.Facets[f] {
			if _, ok := k.store.term(f.Vocabulary(), value); ok {
				kept = append(kept, value)
			} else {
				r.addf("ignored %s value %q: not a known value", f, value)
			}
		}
		if len(kept) == 0 {
			delete(q.Facets, f)
		} else {
			q.Facets[f] = kept
		}
	}
	return q, append(ignored, r.list()...)
}

// Values returns the query as URL parameters: the trimmed text (if any) and
// each facet with a selection, values sorted, deduplicated and joined by
// commas. Unknown facet names and the Limit are left out.
// ParseQuery(q.Values()) gives back an equal query for any query ParseQuery
// produced.
func (q Query) Values() url.Values {
	out := url.Values{}
	if text := strings.TrimSpace(q.Text); text != "" {
		out.Set(ParamText, text)
	}
	if q.Mine {
		out.Set(ParamMine, "1")
	}
	for _, f := range facets {
		var values []string
		for _, v := range q.Facets[f] {
			if v != "" && !slices.Contains(values, v) {
				values = append(values, v)
			}
		}
		if len(values) > 0 {
			sort.Strings(values)
			out.Set(string(f), strings.Join(values, ","))
		}
	}
	return out
}

// parseMine reads the "applies to me" parameter: "1", once.
func parseMine(vals []string, r *ignoredReport) bool {
	for _, v := range vals {
		if v != "1" {
			r.addf("ignored %s value %q: only 1 turns it on", ParamMine, truncateRunes(v, 40))
			return false
		}
	}
	return len(vals) > 0
}

// parseText reads the search text parameter.
func parseText(vals []string, r *ignoredReport) string {
	if len(vals) == 0 {
		return ""
	}
	if len(vals) > 1 {
		r.addf("used the first of %d search texts", len(vals))
	}
	text := strings.TrimSpace(strings.ToValidUTF8(vals[0], "\uFFFD"))
	if utf8.RuneCountInString(text) > MaxTextRunes {
		text = strings.TrimSpace(truncateRunes(text, MaxTextRunes))
		r.addf("search text cut to %d characters", MaxTextRunes)
	}
	return text
}

// truncateRunes returns at most n characters of s.
func truncateRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

// ignoredReport collects what URL parsing ignored, capped in length.
type ignoredReport struct {
	items []string
	more  int
}

// addf records one ignored item.
func (r *ignoredReport) addf(format string, args ...any) {
	if len(r.items) == maxIgnoredReports {
		r.more++
		return
	}
	r.items = append(r.items, fmt.Sprintf(format, args...))
}

// list returns the report lines.
func (r *ignoredReport) list() []string {
	if r.more > 0 {
		return append(r.items, fmt.Sprintf("and %d more ignored", r.more))
	}
	return r.items
}
