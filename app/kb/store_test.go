package kb

import "testing"

// TestExactLookups guards against go-memdb's prefix trap: a lookup of
// "cause-1" must never return "cause-10".
func TestExactLookups(t *testing.T) {
	k, err := Load(generateFS(t, 200))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"cause-1", "cause-10", "remedy-1"} {
		e, ok := k.Entry(id)
		if !ok || e.ID != id {
			t.Errorf("Entry(%q) = %v, %v", id, e, ok)
		}
	}
	for _, id := range []string{"cause", "cause-", "cause-1000", ""} {
		if e, ok := k.Entry(id); ok {
			t.Errorf("Entry(%q) found %q", id, e.ID)
		}
	}
	if got := k.store.entriesWith(FacetMuscle, "cal"); got != nil {
		t.Errorf("a facet value prefix matched %d entries", len(got))
	}
	if _, ok := k.Term(VocabMuscle, "cal"); ok {
		t.Error("a term prefix matched")
	}
}
