package kb

import (
	"slices"
	"strings"
	"testing"
)

// TestClinicalReviewFixes pins each "wrong today" fix of the clinical review
// (issue 18), so that none can quietly come back.
func TestClinicalReviewFixes(t *testing.T) {
	k := loadReal(t)
	get := func(id string) *Entry {
		t.Helper()
		e, ok := k.Entry(id)
		if !ok {
			t.Fatalf("no entry %q", id)
		}
		return e
	}
	has := func(id, text string, words ...string) {
		t.Helper()
		for _, w := range words {
			if !strings.Contains(strings.ToLower(text), strings.ToLower(w)) {
				t.Errorf("%s does not say %q", id, w)
			}
		}
	}
	cites := func(id string, sources ...string) {
		t.Helper()
		for _, s := range sources {
			if !slices.Contains(get(id).Sources, s) {
				t.Errorf("%s does not cite %s", id, s)
			}
		}
	}
	doesNotCite := func(id string, sources ...string) {
		t.Helper()
		for _, s := range sources {
			if slices.Contains(get(id).Sources, s) {
				t.Errorf("%s still cites %s, which does not say what we claim", id, s)
			}
		}
	}

	if e := get("cramp-over-10-minutes"); e.Urgency != UrgencyUrgent {
		t.Errorf("cramp-over-10-minutes is %q, want urgent (same day)", e.Urgency)
	}
	cites("cramp-over-10-minutes", "nhs", "nhs-earlier", "ni-direct", "mayo")
	has("cramp-over-10-minutes", get("cramp-over-10-minutes").Action, "today", "same-day")

	soreness := get("painkillers-for-soreness")
	has(soreness.ID, soreness.Body, "pregnant", "over 65", "kidney", "heart", "liver", "blood pressure", "stomach ulcer", "blood thinner")
	if !slices.ContainsFunc(soreness.NotFor, func(g string) bool { return strings.Contains(g, "pregnancy") }) {
		t.Errorf("ibuprofen is not marked not for pregnancy: %v", soreness.NotFor)
	}
	cites(soreness.ID, "nhs-ibuprofen")

	older, preg := get("magnesium-supplements"), get("magnesium-in-pregnancy")
	if !slices.Equal(older.Who, []string{"older-adults"}) || older.Grade != GradeContradicted {
		t.Errorf("magnesium for older adults: who %v, grade %s", older.Who, older.Grade)
	}
	has(older.ID, older.Evidence, "5 trials", "307", "0.18", "-0.84 to 0.49", "94 adults")
	cites(older.ID, "cochrane-mg-2020", "roguin-maor-2017")
	if !slices.Equal(preg.Who, []string{"pregnancy"}) || preg.Grade != GradeMixed {
		t.Errorf("magnesium in pregnancy: who %v, grade %s", preg.Who, preg.Grade)
	}
	has(preg.ID, preg.Evidence, "conflicting")

	q := get("quinine")
	has(q.ID, q.Body+q.Evidence, "UK", "4-week", "never", "pregnan", "bruising", "bleeding", "spots")
	cites(q.ID, "mhra-quinine-2010")
	if get("quinine-bruising").Urgency != UrgencyUrgent {
		t.Error("quinine with bruising is not urgent")
	}

	statins := get("statins")
	has(statins.ID, statins.Body, "cannot explain", "stop the statin", "same day")
	if get("statin-muscle-pain").Urgency != UrgencyUrgent {
		t.Error("statin muscle pain is not urgent")
	}

	for _, id := range []string{"anaemia", "osteoarthritis", "contraceptive-pill"} {
		e := get(id)
		if !e.Grade.IsAdvice() || e.Grade == GradeUntested {
			t.Errorf("%s is graded %s, but Mayo lists it", id, e.Grade)
		}
		cites(id, "mayo-causes")
	}
	cites("osteoarthritis", "grandner-2017")

	gaba := get("gabapentin")
	if gaba.Grade == GradeUntested {
		t.Error("gabapentin is graded untested, which reads as low-risk")
	}
	has(gaba.ID, gaba.Body, "drowsiness", "dizziness")
	cites(gaba.ID, "serrao-2000")

	if get("pickle-juice").Grade == GradeMixed {
		t.Error("pickle juice is shown as mixed evidence for night cramps")
	}
	cites("pickle-juice", "miller-2010")
	cites("bananas", "miller-2012")

	for _, s := range k.FirstAid() {
		if s.Grade != GradeGuideline {
			t.Errorf("first-aid step %s is %s; every step is advised by health services on the same kind of evidence", s.ID, s.Grade)
		}
	}
	doesNotCite("after-tetanus-wound", "mayo")
	doesNotCite("stand-on-it", "nhs")
	doesNotCite("walk-or-jiggle", "nhs")
	doesNotCite("dvt", "aafp-2012")
	doesNotCite("bakers-cyst", "aafp-2012")
	cites("dvt", "nice-cks")
	cites("bakers-cyst", "nice-cks")
	if s, _ := k.Source("cochrane-preg"); s.Year != 2020 {
		t.Errorf("cochrane-preg year %d, want 2020", s.Year)
	}
	for _, s := range k.Sources() {
		if strings.Contains(strings.ToLower(s.Publisher+s.Note), "second-hand") {
			t.Errorf("source %s is still known only second-hand", s.ID)
		}
	}
	has("drink-water", get("drink-water").Body, "limit fluids", "heart failure", "kidney", "dialysis")
	for _, c := range get("magnesium-supplements").ArticleClaims {
		if strings.Contains(c.Claim, "implies") {
			t.Errorf("magnesium-supplements puts words in the article's mouth: %q", c.Claim)
		}
	}
	for _, c := range get("low-potassium").ArticleClaims {
		if strings.Contains(c.Claim, "implying") {
			t.Errorf("low-potassium puts words in the article's mouth: %q", c.Claim)
		}
	}
}

// TestClinicalReviewAdditions checks that what the references cover and we
// lacked is there, with its place in the knowledge base.
func TestClinicalReviewAdditions(t *testing.T) {
	k := loadReal(t)
	want := map[string]EntryType{
		// red flags
		"cramps-beyond-legs": TypeRedFlag, "twitching-or-weakness": TypeRedFlag, "after-fluid-loss": TypeRedFlag,
		"statin-muscle-pain": TypeRedFlag, "cold-pale-leg": TypeRedFlag, "back-pain-numb-saddle": TypeRedFlag,
		"quinine-bruising": TypeRedFlag, "frequent-no-clear-cause": TypeRedFlag,
		// causes
		"blood-pressure-medicines": TypeCause, "reliever-inhalers": TypeCause, "cancer-treatment-nerve-damage": TypeCause,
		"motor-neurone-disease": TypeCause, "low-vitamin-d": TypeCause, "venous-insufficiency": TypeCause,
		"diabetic-nerve-damage": TypeCause,
		// remedies
		"naftidrofuryl": TypeRemedy, "ice-massage": TypeRemedy, "stop-quinine": TypeRemedy,
		"magnesium-in-pregnancy": TypeRemedy, "pregnancy-leg-exercise": TypeRemedy,
		// look-alikes
		"myositis": TypeMimic, "periodic-limb-movements": TypeMimic, "dystonia": TypeMimic,
	}
	for id, typ := range want {
		if e, ok := k.Entry(id); !ok || e.Type != typ {
			t.Errorf("missing %s %q", typ, id)
		}
	}
	for id, u := range map[string]Urgency{"cold-pale-leg": UrgencyEmergency, "back-pain-numb-saddle": UrgencyEmergency} {
		if e, _ := k.Entry(id); e == nil || e.Urgency != u {
			t.Errorf("%s is not an %s", id, u)
		}
	}
	has := func(id, text, w string) {
		t.Helper()
		if !strings.Contains(strings.ToLower(text), w) {
			t.Errorf("%s does not say %q", id, w)
		}
	}
	linked := func(a, b string) bool {
		return slices.ContainsFunc(k.Related(a), func(r Relation) bool { return r.Entry.ID == b })
	}
	for _, id := range []string{"pregnancy", "contraceptive-pill", "conjugated-oestrogens", "raloxifene"} {
		for _, flag := range []string{"swollen-warm-leg", "chest-pain-or-breathless"} {
			if !linked(id, flag) {
				t.Errorf("%s does not link to the blood-clot red flag %s", id, flag)
			}
		}
	}
	for _, id := range []string{"cramp-over-10-minutes", "after-toxin", "after-tetanus-wound"} {
		if len(k.Related(id)) == 0 {
			t.Errorf("%s has no links", id)
		}
	}
	massage := mustEntry(t, k, "regular-massage")
	if len(massage.ArticleClaims) != 1 || massage.ArticleClaims[0].Source != "seed-massage" {
		t.Fatalf("the massage article's claims are not on one entry: %v", massage.ArticleClaims)
	}
	// Each of the article's claims is kept, and answered in the body.
	for claim, answer := range map[string]string{"relax": "relax", "circulation": "blood flow", "flexible": "flexible",
		"stress": "stress", "drink": "drink", "mineral": "mineral"} {
		has(massage.ID, massage.ArticleClaims[0].Claim, claim)
		has(massage.ID, massage.Body, answer)
	}
	for _, e := range k.ranked {
		if strings.HasPrefix(e.ID, "massage-") {
			t.Errorf("%s: the massage claims belong on regular-massage", e.ID)
		}
	}
}

// TestEveryGroupSeesItsPrevention checks that advice aimed at a group of
// people (its "who") is listed, with its grade, under "What may help" on a
// cause page for that group: pregnancy and older adults above all.
func TestEveryGroupSeesItsPrevention(t *testing.T) {
	k := loadReal(t)
	for _, r := range k.Entries(TypeRemedy) {
		if !r.IsAdvice() {
			continue
		}
		for _, group := range r.Who {
			found := slices.ContainsFunc(k.Related(r.ID), func(rel Relation) bool {
				return rel.Entry.Type == TypeCause && slices.Contains(rel.Entry.Who, group)
			})
			if !found {
				t.Errorf("%s is advice for %q, but no cause page for that group lists it", r.ID, group)
			}
		}
	}
	for group, cause := range map[string]string{"pregnancy": "pregnancy", "older-adults": "getting-older"} {
		n := 0
		for _, rel := range k.Related(cause) {
			if rel.Entry.Type == TypeRemedy && rel.Entry.IsAdvice() && slices.Contains(rel.Entry.Who, group) {
				n++
			}
		}
		if n == 0 {
			t.Errorf("the %s page lists no prevention advice for %s", cause, group)
		}
	}
}

// TestMedicinesSayWhoMustNotUseThem pins the remedies that name a medicine,
// so the not_for rule cannot be skipped by leaving out "medicine".
func TestMedicinesSayWhoMustNotUseThem(t *testing.T) {
	k := loadReal(t)
	for _, id := range []string{
		"painkillers-for-soreness", "painkillers-for-cramps", "magnesium-supplements", "magnesium-in-pregnancy",
		"quinine", "gabapentin", "diltiazem", "naftidrofuryl", "vitamin-k2", "vitamin-b-complex",
		"pregnancy-calcium-vitamins",
	} {
		e := mustEntry(t, k, id)
		if e.Medicine == "" || len(e.NotFor) == 0 {
			t.Errorf("%s names a medicine but has medicine %q, not_for %v", id, e.Medicine, e.NotFor)
		}
	}
	if e := mustEntry(t, k, "quinine"); !slices.Contains(e.NotFor, "pregnancy") {
		t.Errorf("quinine not_for %v lacks pregnancy", e.NotFor)
	}
}

func mustEntry(t *testing.T, k *KB, id string) *Entry {
	t.Helper()
	e, ok := k.Entry(id)
	if !ok {
		t.Fatalf("no entry %q", id)
	}
	return e
}
