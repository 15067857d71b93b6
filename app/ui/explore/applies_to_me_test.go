package explore

import (
	"slices"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// storedProfile is a diary in memory holding a saved profile.
func storedProfile(t *testing.T, p diary.Profile) *diary.MemStorage {
	t.Helper()
	mem := diary.NewMemStorage()
	st, problems := diary.Open(mem)
	if len(problems) > 0 {
		t.Fatalf("opening an empty diary: %v", problems)
	}
	if _, err := st.SaveProfile(p); err != nil {
		t.Fatalf("saving the profile: %v", err)
	}
	return mem
}

// firstCauses returns the ids of the first n causes of the knowledge base
// a person may choose.
func firstCauses(t *testing.T, n int) []string {
	t.Helper()
	var ids []string
	for _, g := range diary.RiskFactors(uitest.KB(t)) {
		for _, c := range g.Causes {
			if len(ids) < n {
				ids = append(ids, c.ID)
			}
		}
	}
	if len(ids) < n {
		t.Fatalf("only %d choosable causes", len(ids))
	}
	return ids
}

// The profile gives the causes that apply: those chosen, and the one an
// age group implies; a missing, empty or unreadable profile gives none.
func TestProfileCausesFollowTheStoredProfile(t *testing.T) {
	k := uitest.KB(t)
	two := firstCauses(t, 2)
	corrupt := diary.NewMemStorage()
	if err := corrupt.Set(diary.ProfileKey, `{"causes": [`); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		mem     *diary.MemStorage
		profile diary.Profile
		has     bool
	}{
		{"no profile", diary.NewMemStorage(), diary.Profile{}, false},
		{"empty profile", storedProfile(t, diary.Profile{}), diary.Profile{}, false},
		{"corrupt profile", corrupt, diary.Profile{}, false},
		{"two causes", storedProfile(t, diary.Profile{Causes: two}), diary.Profile{Causes: two}, true},
		{"sixty and over", storedProfile(t, diary.Profile{AgeGroup: diary.Age60Plus}), diary.Profile{AgeGroup: diary.Age60Plus}, true},
		{"under forty", storedProfile(t, diary.Profile{AgeGroup: diary.AgeUnder40}), diary.Profile{AgeGroup: diary.AgeUnder40}, true},
	}
	for _, c := range cases {
		ids, has := profileCauses(uitest.Site(t, c.mem))
		var want []string
		if c.has {
			for _, e := range k.Entries(kb.TypeCause) {
				if c.profile.Applies(e.ID) {
					want = append(want, e.ID)
				}
			}
		}
		if has != c.has || !slices.Equal(ids, want) {
			t.Errorf("%s: %v, %t; want %v, %t", c.name, ids, has, want, c.has)
		}
	}
	aged, _ := profileCauses(uitest.Site(t, storedProfile(t, diary.Profile{AgeGroup: diary.Age60Plus})))
	if !slices.Contains(aged, diary.AgeCauseID) {
		t.Errorf("60 and over does not mark %s: %v", diary.AgeCauseID, aged)
	}

	noStorage := uitest.NoStorageSite(t, "no storage", uitest.Night)
	if ids, has := profileCauses(noStorage); has || ids != nil {
		t.Errorf("without storage: %v, %t", ids, has)
	}
	// go-app counts a native test as the server, which never reads a profile.
	if ids, has := applyingCauses(uitest.Site(t, storedProfile(t, diary.Profile{Causes: two}))); !app.IsServer || has || ids != nil {
		t.Errorf("the server read a profile: %v, %t", ids, has)
	}
}

// Without a profile the page offers to make one; with one, the switch, the
// way to edit it, and a mark on each card that applies.
func TestAppliesToMeSwitchAndMarks(t *testing.T) {
	k := uitest.KB(t)
	page := render(t, explorerAt(t, "/"))
	if hint := page.ByID("profile-hint"); hint == nil || hint.Tagged("a")[0].Attrs["href"] != site.ProfilePath || page.ByID("mine") != nil {
		t.Error("without a profile the page must offer one, and no switch")
	}

	applying := firstCauses(t, 2)
	for _, mine := range []bool{false, true} {
		e := explorerAt(t, "/")
		e.applying, e.hasProfile = applying, true
		e.show(kb.Query{Mine: mine})
		page := render(t, e)
		box := page.MustID(t, "mine")
		if box.Has("checked") != mine || page.ByID("profile-hint") != nil {
			t.Errorf("mine %t: switch ticked %t, hint %t", mine, box.Has("checked"), page.ByID("profile-hint") != nil)
		}
		want := groupedIDs(k, k.Search(kb.Query{Mine: mine, Applying: applying}), firstResults)
		if got := page.MustID(t, "results").DataIDs(); !slices.Equal(got, want) {
			t.Errorf("mine %t: cards %v, want %v", mine, got, want)
		}
		for _, card := range page.WithClass("card") {
			marked := len(card.WithClass("applies")) > 0
			if marked != slices.Contains(applying, card.Attrs["data-id"]) {
				t.Errorf("mine %t: card %s marked %t", mine, card.Attrs["data-id"], marked)
			}
		}
	}

	e := explorerAt(t, "/")
	e.applying, e.hasProfile = applying, true
	ctx, _ := uitest.Mount(t, e)
	e.toggleMine(ctx, app.Event{})
	if !e.query.Mine || e.result.Total != k.Search(kb.Query{Mine: true, Applying: applying}).Total {
		t.Errorf("the switch gave mine %t with %d results", e.query.Mine, e.result.Total)
	}
	e.toggleMine(ctx, app.Event{})
	if e.query.Mine || e.result.Total != k.Search(kb.Query{}).Total {
		t.Errorf("switching off gave mine %t with %d results", e.query.Mine, e.result.Total)
	}
}

// A link asking for what applies, opened where there is no profile, says
// why it shows nothing and how to set one up.
func TestAppliesToMeLinkWithoutAProfileExplainsItself(t *testing.T) {
	k := uitest.KB(t)
	page := render(t, explorerAt(t, "/?mine=1"))
	notice := page.MustID(t, "mine-notice")
	if notice.Attrs["role"] != "status" || notice.Tagged("a")[0].Attrs["href"] != site.ProfilePath {
		t.Errorf("the notice is not a status with the way to a profile: %v", notice.Attrs)
	}
	want := k.Search(kb.Query{Mine: true})
	if got := page.MustID(t, "result-count").Text(); got != countText(want.Total) {
		t.Errorf("count %q, want %q", got, countText(want.Total))
	}
	for _, raw := range []string{"/", "/?q=calf"} {
		if render(t, explorerAt(t, raw)).ByID("mine-notice") != nil {
			t.Errorf("%s explains a filter it does not have", raw)
		}
	}
}
