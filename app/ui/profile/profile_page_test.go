package profile

import (
	"slices"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
)

// openProfile makes the profile page and runs what OnNav does.
func openProfile(t *testing.T, f *fixture) *profilePage {
	t.Helper()
	p := &profilePage{site: f.site}
	ctx, _ := testCtx(t, "/profile")
	p.load(ctx)
	return p
}

func TestProfileOffersTheKnowledgeBasesRiskFactors(t *testing.T) {
	f := newFixture(t)
	doc := render(t, openProfile(t, f))
	form := doc.mustID(t, "profile-form")
	var ages []string
	for _, in := range form.mustID(t, "profile-age").all("input", "") {
		ages = append(ages, in.attrs["id"])
	}
	wantAges := []string{}
	for _, a := range diary.AgeGroups {
		wantAges = append(wantAges, "age-"+string(a))
	}
	if wantAges = append(wantAges, "age-unsaid"); !slices.Equal(ages, wantAges) {
		t.Errorf("age choices %v, want %v", ages, wantAges)
	}
	groups := diary.RiskFactors(f.k)
	if len(groups) == 0 {
		t.Fatal("the knowledge base has no risk factors")
	}
	for _, g := range groups {
		set := form.mustID(t, "risk-"+g.Category.Value)
		if legend := set.all("legend", "")[0].textOf(); legend != g.Category.Label {
			t.Errorf("group %s is called %q, want %q", g.Category.Value, legend, g.Category.Label)
		}
		labels := set.all("label", "option")
		if len(labels) != len(g.Causes) {
			t.Errorf("group %s offers %d causes, want %d", g.Category.Value, len(labels), len(g.Causes))
			continue
		}
		for i, c := range g.Causes {
			in := labels[i].all("input", "")[0]
			if in.attrs["id"] != "cause-"+c.ID || in.attrs["data-cause"] != c.ID || labels[i].attrs["for"] != in.attrs["id"] {
				t.Errorf("cause %s: %v", c.ID, in.attrs)
			}
			if got := labels[i].all("span", "option-label")[0].textOf(); got != c.Title {
				t.Errorf("cause %s is labelled %q, want %q", c.ID, got, c.Title)
			}
		}
	}
	if doc.byID("cause-"+diary.AgeCauseID) != nil {
		t.Error("the cause the age question covers is offered too")
	}
	// Not said is a choice of its own, and the one an empty profile holds.
	if got := checked(form, ""); !slices.Equal(got, []string{"age-unsaid"}) {
		t.Errorf("an empty profile ticks %v, want only age-unsaid", got)
	}
	if a := form.all("a", ""); len(a) != 1 || a[0].attrs["href"] != "/" {
		t.Error("the profile does not lead to the explorer")
	}
}

func TestProfileShowsWhatIsStored(t *testing.T) {
	f := newFixture(t)
	groups := diary.RiskFactors(f.k)
	chosen := []string{groups[0].Causes[0].ID, groups[len(groups)-1].Causes[0].ID}
	if _, err := f.store(t).SaveProfile(diary.Profile{AgeGroup: diary.Age40to59, Causes: chosen}); err != nil {
		t.Fatal(err)
	}
	form := render(t, openProfile(t, f)).mustID(t, "profile-form")
	want := []string{"age-" + string(diary.Age40to59)}
	for _, g := range groups {
		for _, c := range g.Causes {
			if slices.Contains(chosen, c.ID) {
				want = append(want, "cause-"+c.ID)
			}
		}
	}
	if got := checked(form, ""); !slices.Equal(got, want) {
		t.Errorf("ticked %v, want %v", got, want)
	}
}

func TestProfileSavesEachChoiceAtOnce(t *testing.T) {
	f := newFixture(t)
	p := openProfile(t, f)
	cause := diary.RiskFactors(f.k)[0].Causes[0].ID
	next := p.profile
	next.AgeGroup = diary.Age60Plus
	if !p.save(next) {
		t.Fatalf("the age was not saved: %q", p.status)
	}
	if !p.save(p.profile.WithCause(cause, true)) {
		t.Fatalf("the cause was not saved: %q", p.status)
	}
	stored, ok := diary.ReadProfile(f.mem)
	if !ok || stored.AgeGroup != diary.Age60Plus || !slices.Equal(stored.Causes, []string{cause}) {
		t.Errorf("stored %+v (%t)", stored, ok)
	}
	if got, _ := f.site.Diary.Profile(); !slices.Equal(got.Causes, stored.Causes) {
		t.Errorf("the explorer would read %+v", got)
	}
	status := render(t, p).mustID(t, "profile-status")
	if status.textOf() != "Saved." || status.attrs["role"] != "status" {
		t.Errorf("status %q %v", status.textOf(), status.attrs)
	}
	if !p.save(p.profile.WithCause(cause, false)) {
		t.Fatal("unticking was not saved")
	}
	if stored, _ := diary.ReadProfile(f.mem); len(stored.Causes) != 0 || stored.AgeGroup != diary.Age60Plus {
		t.Errorf("after unticking, stored %+v", stored)
	}
}

func TestAProfileThatCannotBeSavedShowsWhatIsStored(t *testing.T) {
	f := newFixture(t)
	if _, err := f.store(t).SaveProfile(diary.Profile{AgeGroup: diary.AgeUnder40}); err != nil {
		t.Fatal(err)
	}
	p := openProfile(t, f)
	f.mem.FailSet = func(string) bool { return true }
	next := p.profile
	next.AgeGroup = diary.Age60Plus
	if p.save(next) {
		t.Fatal("a refused write reports a save")
	}
	doc := render(t, p)
	status := doc.mustID(t, "profile-status")
	if status.attrs["role"] != "alert" || !status.hasClass("notice-danger") || status.textOf() == "" {
		t.Errorf("failure shown as %v %q", status.attrs, status.textOf())
	}
	if got := checked(doc.mustID(t, "profile-age"), "age-"); !slices.Equal(got, []string{"age-" + string(diary.AgeUnder40)}) {
		t.Errorf("after the failure the page ticks %v, not what is stored", got)
	}
	if stored, _ := diary.ReadProfile(f.mem); stored.AgeGroup != diary.AgeUnder40 {
		t.Errorf("stored %+v", stored)
	}
}

func TestProfileWithoutStorage(t *testing.T) {
	p := &profilePage{site: brokenSite(t, "site data is blocked")}
	ctx, _ := testCtx(t, "/profile")
	p.load(ctx)
	doc := render(t, p)
	if box := doc.byID("diary-unavailable"); box == nil || !strings.Contains(box.textOf(), "site data is blocked") {
		t.Error("the profile without storage does not say why")
	}
	if doc.byID("profile-form") != nil {
		t.Error("a profile form is offered without storage")
	}
}
