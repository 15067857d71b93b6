package diary

import (
	"slices"
	"testing"

	"github.com/nightcramp/nightcramp/app/kb"
)

func loadKB(t testing.TB) *kb.KB {
	t.Helper()
	k, err := kb.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestProfileApplies(t *testing.T) {
	var p Profile
	if p.Applies("statins") || p.Applies(AgeCauseID) || !p.Empty() {
		t.Fatal("empty profile applies")
	}
	p = p.WithCause("statins", true).WithCause("pregnancy", true).WithCause("statins", true)
	if !slices.Equal(p.Causes, []string{"pregnancy", "statins"}) || !p.Applies("statins") || p.Applies("diuretics") {
		t.Fatalf("causes %v", p.Causes)
	}
	p = p.WithCause("pregnancy", false)
	if p.Applies("pregnancy") {
		t.Fatal("removed cause applies")
	}
	for _, a := range AgeGroups {
		p.AgeGroup = a
		if p.Applies(AgeCauseID) != (a == Age60Plus) {
			t.Errorf("age %s: getting older applies %v", a, p.Applies(AgeCauseID))
		}
		if !a.Valid() || a.Label() == "Not said" {
			t.Errorf("age %s", a)
		}
	}
}

func TestRiskFactorsFromKB(t *testing.T) {
	k := loadKB(t)
	age, ok := k.Entry(AgeCauseID)
	if !ok || age.Type != kb.TypeCause || age.Category != "life-stage" {
		t.Fatalf("the age cause %q is missing or changed", AgeCauseID)
	}
	groups := RiskFactors(k)
	var cats []string
	seen := map[string]bool{}
	for _, g := range groups {
		cats = append(cats, g.Category.Value)
		if g.Category.Label == "" || len(g.Causes) == 0 {
			t.Errorf("group %+v", g.Category)
		}
		for _, c := range g.Causes {
			if c.Type != kb.TypeCause || c.Category != g.Category.Value || c.ID == AgeCauseID || seen[c.ID] {
				t.Errorf("cause %s in %s", c.ID, g.Category.Value)
			}
			seen[c.ID] = true
		}
	}
	for _, want := range []string{"life-stage", "medicine", "condition"} {
		if !slices.Contains(cats, want) {
			t.Errorf("no %s group in %v", want, cats)
		}
	}
	if slices.Contains(cats, "mechanism") || !seen["pregnancy"] || !seen["statins"] || !seen["diabetes"] {
		t.Fatalf("groups %v", cats)
	}
	known := KnownFrom(k)
	if !known.Remedy("stretch-before-bed") || known.Remedy("statins") || !known.Cause("statins") || known.Cause("drink-water") ||
		!known.Muscle("calf") || known.Muscle("nose") {
		t.Fatal("KnownFrom")
	}
}

func TestReadProfile(t *testing.T) {
	s := NewMemStorage()
	if p, ok := ReadProfile(s); ok || !p.Empty() {
		t.Fatal("profile from empty storage")
	}
	st := openMem(t, s)
	saved, _ := st.SaveProfile(Profile{AgeGroup: Age60Plus, Causes: []string{"statins"}})
	p, ok := ReadProfile(s)
	if !ok || encode(p) != encode(saved) || !p.Applies("statins") || !p.Applies(AgeCauseID) {
		t.Fatalf("read %+v", p)
	}
	s.Set(ProfileKey, `{"causes":`)
	if p, ok := ReadProfile(s); ok || !p.Empty() {
		t.Fatal("damaged profile read")
	}
	if _, ok := ReadProfile(failingStorage{}); ok {
		t.Fatal("failing storage read")
	}
}
