package kb

import (
	"net/url"
	"slices"
	"testing"
)

func TestMineKeepsOnlyWhatApplies(t *testing.T) {
	k := loadReal(t)
	applying := []string{"pregnancy", "statins", "no-such-entry"}
	res := k.Search(Query{Mine: true, Applying: applying})
	var ids []string
	for _, e := range res.Entries {
		ids = append(ids, e.ID)
	}
	slices.Sort(ids)
	if !slices.Equal(ids, []string{"pregnancy", "statins"}) || res.Total != 2 {
		t.Errorf("mine = %v (total %d), want pregnancy and statins", ids, res.Total)
	}
	if n := res.Count(FacetType, "cause"); n != 2 {
		t.Errorf("type cause count under mine = %d, want 2", n)
	}
	if res := k.Search(Query{Mine: true}); res.Total != 0 {
		t.Errorf("mine with nothing applying gave %d entries, want 0", res.Total)
	}
	if res := k.Search(Query{Applying: applying}); res.Total != len(k.ranked) {
		t.Errorf("Applying without Mine filtered: %d of %d", res.Total, len(k.ranked))
	}
}

func TestMineInTheURL(t *testing.T) {
	q, ignored := ParseQuery(url.Values{ParamMine: {"1"}, ParamText: {"calf"}})
	if !q.Mine || len(ignored) != 0 {
		t.Fatalf("mine=1 gave Mine %v, ignored %v", q.Mine, ignored)
	}
	if got := q.Values().Encode(); got != "mine=1&q=calf" {
		t.Errorf("Values = %q, want mine=1&q=calf", got)
	}
	if q.WithText("x").Mine != true || q.WithMine(false).Mine || q.IsZero() {
		t.Error("copies lose Mine, or a Mine query counts as empty")
	}
	q, ignored = ParseQuery(url.Values{ParamMine: {"yes"}})
	if q.Mine || len(ignored) != 1 {
		t.Errorf("mine=yes gave Mine %v, ignored %v; want off and one notice", q.Mine, ignored)
	}
	// The ids that apply never come from a URL.
	q, _ = ParseQuery(url.Values{"applying": {"pregnancy"}})
	if q.Applying != nil {
		t.Errorf("Applying read from a URL: %v", q.Applying)
	}
}
