package kb

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// wantGroup is the group an entry belongs in, from the rules as written.
func wantGroup(k *KB, e *Entry) GroupKey {
	advice := e.Grade.IsAdvice()
	during := slices.ContainsFunc(e.When, func(w string) bool { return slices.Contains(k.search.helpsNowWhen, w) })
	prevents := slices.ContainsFunc(e.When, func(w string) bool { return slices.Contains(k.search.preventionWhen, w) })
	switch {
	case e.Type == TypeCause:
		return GroupCauses
	case e.Type == TypeRedFlag:
		return GroupGetHelp
	case e.Type == TypeMimic:
		return GroupLookAlikes
	case (e.Type == TypeRemedy || e.Type == TypeFirstAid || e.Type == TypeRoutine) && !advice:
		return GroupNotAdvised
	case e.Type == TypeFirstAid || (e.Type == TypeRemedy || e.Type == TypeRoutine) && during:
		return GroupHelpsNow
	case (e.Type == TypeRemedy || e.Type == TypeRoutine) && prevents:
		return GroupPrevents
	}
	return GroupOther
}

// checkGroups checks Grouped on a result: groups in display order, none
// empty, every entry in exactly its group, strongest evidence first, then
// in the result's order.
func checkGroups(t *testing.T, k *KB, r Result) []ResultGroup {
	t.Helper()
	groups := k.Grouped(r)
	position := map[*Entry]int{}
	for i, e := range r.Entries {
		position[e] = i
	}
	seen := 0
	last := -1
	for _, g := range groups {
		at := slices.Index(GroupKeys(), g.Key)
		if at <= last || len(g.Entries) == 0 {
			t.Fatalf("group %q out of order or empty: %v", g.Key, groups)
		}
		last = at
		for i, e := range g.Entries {
			seen++
			if _, ok := position[e]; !ok {
				t.Errorf("group %q holds %s, not in the result", g.Key, e.ID)
			}
			if want := wantGroup(k, e); want != g.Key {
				t.Errorf("%s is in %q, want %q", e.ID, g.Key, want)
			}
			if i == 0 {
				continue
			}
			prev := g.Entries[i-1]
			pg, eg := slices.Index(grades, prev.Grade), slices.Index(grades, e.Grade)
			if pg > eg || pg == eg && position[prev] > position[e] {
				t.Errorf("group %q: %s (%s) before %s (%s)", g.Key, prev.ID, prev.Grade, e.ID, e.Grade)
			}
		}
	}
	if seen != len(r.Entries) {
		t.Errorf("groups hold %d entries, the result %d", seen, len(r.Entries))
	}
	return groups
}

func TestGrouped(t *testing.T) {
	k := loadReal(t)
	all := checkGroups(t, k, k.Search(Query{}))
	if len(all) != len(groupKeys) {
		t.Errorf("the whole knowledge base fills %d groups, want all %d", len(all), len(groupKeys))
	}
	for _, text := range []string{"cramp", "calf", "magnesium", "quinine", "naproxen", "stretch", "what helps"} {
		checkGroups(t, k, k.Search(Query{Text: text}))
	}
	// What helps now comes first, and never holds advice the evidence
	// rejects (painkillers for the cramp itself are contradicted).
	groups := k.Grouped(k.Search(Query{Text: "cramp"}))
	if groups[0].Key != GroupHelpsNow || groups[0].Entries[0].Type != TypeFirstAid {
		t.Errorf(`"cramp": first group %q starting with %s`, groups[0].Key, groups[0].Entries[0].ID)
	}
	for _, g := range k.Grouped(k.Search(Query{Text: "naproxen"})) {
		for _, e := range g.Entries {
			if e.ID == "painkillers-for-cramps" && g.Key != GroupNotAdvised {
				t.Errorf("painkillers-for-cramps is in %q", g.Key)
			}
		}
	}
	if got := k.Grouped(Result{}); len(got) != 0 {
		t.Errorf("an empty result has groups: %v", got)
	}
}

// A remedy that helps both during an attack and to prevent one is in
// "helps now" only.
func TestGroupedDuringAndPrevention(t *testing.T) {
	base, err := os.ReadFile(filepath.Join("testdata", "base", "remedies.json"))
	if err != nil {
		t.Fatal(err)
	}
	both := strings.Replace(string(base), `"when": ["before-bed"]`, `"when": ["before-bed", "during-attack"]`, 1)
	for content, want := range map[string]GroupKey{string(base): GroupPrevents, both: GroupHelpsNow} {
		k, err := Load(baseFS(t, map[string]string{"remedies.json": content}))
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range checkGroups(t, k, k.Search(Query{})) {
			if slices.ContainsFunc(g.Entries, func(e *Entry) bool { return e.ID == "stretching" }) && g.Key != want {
				t.Errorf("stretching is in %q, want %q", g.Key, want)
			}
		}
	}
}

func TestPreventionQuery(t *testing.T) {
	k := loadReal(t)
	q := k.PreventionQuery()
	var want []string
	for _, e := range k.ranked {
		prevents := slices.ContainsFunc(e.When, func(w string) bool { return slices.Contains(k.search.preventionWhen, w) })
		if e.Type == TypeRemedy && prevents && e.IsAdvice() {
			want = append(want, e.ID)
		}
	}
	if got := ids(k.Search(q).Entries); len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("prevention query = %q, want %q", got, want)
	}
	// It survives the URL, as the UI links to it.
	again, ignored := k.ParseQuery(q.Values())
	if len(ignored) != 0 || again.Values().Encode() != q.Values().Encode() {
		t.Errorf("prevention query through the URL: %+v (ignored %q)", again, ignored)
	}
	// Prevention and what helps now, as the UI shows them, are advice only.
	for _, e := range k.Search(q).Entries {
		if g := k.groupOf(e); g != GroupPrevents && g != GroupHelpsNow {
			t.Errorf("%s from the prevention query is in %q", e.ID, g)
		}
	}
}
