package profile

import (
	"slices"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// openProfile makes the profile page and runs what OnNav does.
func openProfile(t *testing.T, f *uitest.Fixture) *profilePage {
	t.Helper()
	p := &profilePage{site: f.Site}
	ctx, _ := uitest.MountAt(t, nil, "/profile")
	p.load(ctx)
	return p
}

func TestProfileOffersTheKnowledgeBasesRiskFactors(t *testing.T) {
	f := uitest.NewFixture(t)
	doc := uitest.Render(t, openProfile(t, f))
	form := doc.MustID(t, "profile-form")
	var ages []string
	for _, in := range form.MustID(t, "profile-age").Select("input", "") {
		ages = append(ages, in.Attrs["id"])
	}
	wantAges := []string{}
	for _, a := range diary.AgeGroups {
		wantAges = append(wantAges, "age-"+string(a))
	}
	if wantAges = append(wantAges, "age-unsaid"); !slices.Equal(ages, wantAges) {
		t.Errorf("age choices %v, want %v", ages, wantAges)
	}
	groups := diary.RiskFactors(f.KB)
	if len(groups) == 0 {
		t.Fatal("the knowledge base has no risk factors")
	}
	for _, g := range groups {
		set := form.MustID(t, "risk-"+g.Category.Value)
		if legend := set.Select("legend", "")[0].Text(); legend != g.Category.Label {
			t.Errorf("group %s is called %q, want %q", g.Category.Value, legend, g.Category.Label)
		}
		labels := set.Select("label", "option")
		if len(labels) != len(g.Causes) {
			t.Errorf("group %s offers %d causes, want %d", g.Category.Value, len(labels), len(g.Causes))
			continue
		}
		for i, c := range g.Causes {
			in := labels[i].Select("input", "")[0]
			if in.Attrs["id"] != "cause-"+c.ID || in.Attrs["data-cause"] != c.ID || labels[i].Attrs["for"] != in.Attrs["id"] {
				t.Errorf("cause %s: %v", c.ID, in.Attrs)
			}
			if got := labels[i].Select("span", "option-label")[0].Text(); got != c.Title {
				t.Errorf("cause %s is labelled %q, want %q", c.ID, got, c.Title)
			}
		}
	}
	if doc.ByID("cause-"+diary.AgeCauseID) != nil {
		t.Error("the cause the age question covers is offered too")
	}
	// Not said is a choice of its own, and the one an empty profile holds.
	if got := uitest.Checked(form, ""); !slices.Equal(got, []string{"age-unsaid"}) {
		t.Errorf("an empty profile ticks %v, want only age-unsaid", got)
	}
	if a := form.Select("a", ""); len(a) != 1 || a[0].Attrs["href"] != "/" {
		t.Error("the profile does not lead to the explorer")
	}
}

func TestProfileShowsWhatIsStored(t *testing.T) {
	f := uitest.NewFixture(t)
	groups := diary.RiskFactors(f.KB)
	chosen := []string{groups[0].Causes[0].ID, groups[len(groups)-1].Causes[0].ID}
	if _, err := f.Store(t).SaveProfile(diary.Profile{AgeGroup: diary.Age40to59, Causes: chosen}); err != nil {
		t.Fatal(err)
	}
	form := uitest.Render(t, openProfile(t, f)).MustID(t, "profile-form")
	want := []string{"age-" + string(diary.Age40to59)}
	for _, g := range groups {
		for _, c := range g.Causes {
			if slices.Contains(chosen, c.ID) {
				want = append(want, "cause-"+c.ID)
			}
		}
	}
	if got := uitest.Checked(form, ""); !slices.Equal(got, want) {
		t.Errorf("ticked %v, want %v", got, want)
	}
}

func TestProfileSavesEachChoiceAtOnce(t *testing.T) {
	f := uitest.NewFixture(t)
	p := openProfile(t, f)
	cause := diary.RiskFactors(f.KB)[0].Causes[0].ID
	next := p.profile
	next.AgeGroup = diary.Age60Plus
	if !p.save(next) {
		t.Fatalf("the age was not saved: %q", p.status)
	}
	if !p.save(p.profile.WithCause(cause, true)) {
		t.Fatalf("the cause was not saved: %q", p.status)
	}
	stored, ok := diary.ReadProfile(f.Mem)
	if !ok || stored.AgeGroup != diary.Age60Plus || !slices.Equal(stored.Causes, []string{cause}) {
		t.Errorf("stored %+v (%t)", stored, ok)
	}
	if got, _ := f.Site.Diary.Profile(); !slices.Equal(got.Causes, stored.Causes) {
		t.Errorf("the explorer would read %+v", got)
	}
	status := uitest.Render(t, p).MustID(t, "profile-status")
	if status.Text() != "Saved." || status.Attrs["role"] != "status" {
		t.Errorf("status %q %v", status.Text(), status.Attrs)
	}
	if !p.save(p.profile.WithCause(cause, false)) {
		t.Fatal("unticking was not saved")
	}
	if stored, _ := diary.ReadProfile(f.Mem); len(stored.Causes) != 0 || stored.AgeGroup != diary.Age60Plus {
		t.Errorf("after unticking, stored %+v", stored)
	}
}

func TestAProfileThatCannotBeSavedShowsWhatIsStored(t *testing.T) {
	f := uitest.NewFixture(t)
	if _, err := f.Store(t).SaveProfile(diary.Profile{AgeGroup: diary.AgeUnder40}); err != nil {
		t.Fatal(err)
	}
	p := openProfile(t, f)
	f.Mem.FailSet = func(string) bool { return true }
	next := p.profile
	next.AgeGroup = diary.Age60Plus
	if p.save(next) {
		t.Fatal("a refused write reports a save")
	}
	doc := uitest.Render(t, p)
	status := doc.MustID(t, "profile-status")
	if status.Attrs["role"] != "alert" || !status.HasClass("notice-danger") || status.Text() == "" {
		t.Errorf("failure shown as %v %q", status.Attrs, status.Text())
	}
	if got := uitest.Checked(doc.MustID(t, "profile-age"), "age-"); !slices.Equal(got, []string{"age-" + string(diary.AgeUnder40)}) {
		t.Errorf("after the failure the page ticks %v, not what is stored", got)
	}
	if stored, _ := diary.ReadProfile(f.Mem); stored.AgeGroup != diary.AgeUnder40 {
		t.Errorf("stored %+v", stored)
	}
}

func TestProfileWithoutStorage(t *testing.T) {
	p := &profilePage{site: uitest.NoStorageSite(t, "site data is blocked", uitest.Night)}
	ctx, _ := uitest.MountAt(t, nil, "/profile")
	p.load(ctx)
	doc := uitest.Render(t, p)
	if box := doc.ByID("diary-unavailable"); box == nil || !strings.Contains(box.Text(), "site data is blocked") {
		t.Error("the profile without storage does not say why")
	}
	if doc.ByID("profile-form") != nil {
		t.Error("a profile form is offered without storage")
	}
}
