package kb

import (
	"slices"
	"strings"
	"testing"
)

// articleItems lists, item by item, what the two seed articles name, and the
// entry that holds each claim. It guards against a claim being dropped.
var articleItems = []struct {
	source string
	item   string
	id     string
}{
	// seed-causes: causes, risk factors and mechanisms
	{"seed-causes", "weakening of muscle fibres", "weak-muscle-fibres"},
	{"seed-causes", "reduced night-time blood flow", "less-blood-flow-at-night"},
	{"seed-causes", "legs bent, feet pointed down", "toes-pointed-down"},
	{"seed-causes", "tendons shortening with age", "tendons-shorten-with-age"},
	{"seed-causes", "lactic acid build-up", "lactic-acid"},
	{"seed-causes", "excessive sweating", "heavy-sweating"},
	{"seed-causes", "too much exercise", "overexertion"},
	{"seed-causes", "standing for long", "standing-long"},
	{"seed-causes", "sitting for long (sedentary)", "sitting-long"},
	{"seed-causes", "pregnancy", "pregnancy"},
	{"seed-causes", "spinal stenosis", "spinal-stenosis"},
	{"seed-causes", "peripheral artery disease", "poor-circulation"},
	{"seed-causes", "diuretics", "diuretics"},
	{"seed-causes", "statins", "statins"},
	{"seed-causes", "oral contraceptives", "contraceptive-pill"},
	{"seed-causes", "diabetes", "diabetes"},
	{"seed-causes", "anaemia", "anaemia"},
	{"seed-causes", "renal failure", "kidney-failure"},
	{"seed-causes", "cirrhosis", "cirrhosis"},
	{"seed-causes", "thyroid disorders", "thyroid-disorders"},
	{"seed-causes", "osteoarthritis", "osteoarthritis"},
	{"seed-causes", "dehydration", "dehydration"},
	{"seed-causes", "diarrhoea", "diarrhoea"},
	{"seed-causes", "Parkinson's disease", "parkinsons-disease"},
	{"seed-causes", "magnesium deficiency", "low-magnesium"},
	{"seed-causes", "flat feet", "flat-feet"},
	// seed-causes: muscles
	{"seed-causes", "calf", "calf-muscle"},
	{"seed-causes", "quadriceps", "front-thigh-muscles"},
	{"seed-causes", "hamstrings", "back-thigh-muscles"},
	// seed-causes: remedies and treatments
	{"seed-causes", "water before bed", "drink-water"},
	{"seed-causes", "massage during an attack", "rub-the-muscle"},
	{"seed-causes", "exercise and stretching", "stretch-before-bed"},
	{"seed-causes", "bananas", "bananas"},
	{"seed-causes", "walking on the heels", "walk-on-heels"},
	{"seed-causes", "heat: hot water bag or bath", "warm-the-muscle"},
	{"seed-causes", "footwear for flat feet", "supportive-footwear"},
	{"seed-causes", "painkillers such as naproxen", "painkillers-for-cramps"},
	{"seed-causes", "see a doctor", "see-doctor"},
	{"seed-causes", "magnesium (implied remedy)", "magnesium-supplements"},
	// seed-massage: causes
	{"seed-massage", "dehydration", "dehydration"},
	{"seed-massage", "overexertion", "overexertion"},
	{"seed-massage", "potassium deficiency", "low-potassium"},
	{"seed-massage", "calcium deficiency", "low-calcium"},
	{"seed-massage", "magnesium deficiency", "low-magnesium"},
	{"seed-massage", "poor circulation", "poor-circulation"},
	{"seed-massage", "nerve compression", "nerve-compression"},
	{"seed-massage", "stress", "stress"},
	{"seed-massage", "more common with age", "getting-older"},
	// seed-massage: muscles
	{"seed-massage", "calf", "calf-muscle"},
	{"seed-massage", "thighs (front)", "front-thigh-muscles"},
	{"seed-massage", "thighs (back)", "back-thigh-muscles"},
	{"seed-massage", "feet", "foot-muscles"},
	// seed-massage: regular massage and its six claimed benefits
	{"seed-massage", "regular massage as prevention", "regular-massage"},
	{"seed-massage", "muscle relaxation", "regular-massage"},
	{"seed-massage", "improved blood flow", "regular-massage"},
	{"seed-massage", "enhanced flexibility", "regular-massage"},
	{"seed-massage", "stress reduction", "regular-massage"},
	{"seed-massage", "increased hydration awareness", "regular-massage"},
	{"seed-massage", "therapists address mineral deficiencies", "regular-massage"},
}

func TestEveryArticleItemHasAnEntry(t *testing.T) {
	k := loadReal(t)
	for _, item := range articleItems {
		e, ok := k.Entry(item.id)
		if !ok {
			t.Errorf("%s: %q: no entry %q", item.source, item.item, item.id)
			continue
		}
		if !slices.ContainsFunc(e.ArticleClaims, func(c ArticleClaim) bool { return c.Source == item.source }) {
			t.Errorf("%s: %q: entry %q does not attribute a claim to the article", item.source, item.item, item.id)
		}
	}
}

// evidenceAdditions are entries that reputable sources add and the
// articles miss.
var evidenceAdditions = []string{
	"haemodialysis", "laba-inhalers", "diuretics", "iron-sucrose", "conjugated-oestrogens",
	"raloxifene", "naproxen", "teriparatide", "alcohol", "flat-feet", "addisons-disease",
	"quinine", "vitamin-b-complex", "vitamin-k2", "diltiazem", "gabapentin",
	"pregnancy-calcium-vitamins", "pickle-juice", "stationary-bike", "loosen-covers",
	"dvt", "claudication", "restless-legs", "neuropathy", "bakers-cyst", "no-clear-cause",
}

func TestEvidenceAdditionsPresent(t *testing.T) {
	k := loadReal(t)
	for _, id := range evidenceAdditions {
		if _, ok := k.Entry(id); !ok {
			t.Errorf("missing entry %q", id)
		}
	}
}

func TestContradictedAndHarmfulAreNeverAdvice(t *testing.T) {
	k := loadReal(t)
	for _, g := range []Grade{GradeUnsupported, GradeContradicted, GradeHarmful} {
		if g.IsAdvice() {
			t.Errorf("grade %q is advice", g)
		}
	}
	for _, e := range k.ranked {
		if !e.Grade.IsAdvice() && e.IsAdvice() {
			t.Errorf("%s (%s) is presented as advice", e.ID, e.Grade)
		}
		if (e.Type == TypeCause || e.Type == TypeMimic || e.Type == TypeMuscle) && e.IsAdvice() {
			t.Errorf("%s is a %s, not advice", e.ID, e.Type)
		}
	}
	want := map[string]Grade{
		"painkillers-for-cramps": GradeContradicted,
		"magnesium-supplements":  GradeContradicted,
		"quinine":                GradeHarmful,
		"regular-massage":        GradeUnsupported,
		"bananas":                GradeUnsupported,
		"stretch-the-cramp":      GradeGuideline,
	}
	for id, grade := range want {
		e, ok := k.Entry(id)
		if !ok || e.Grade != grade {
			t.Errorf("%s: grade %v, want %q", id, e, grade)
			continue
		}
		if e.IsAdvice() != grade.IsAdvice() {
			t.Errorf("%s: IsAdvice() = %v", id, e.IsAdvice())
		}
		if grade == GradeContradicted && !strings.Contains(strings.ToLower(e.Body+e.Evidence), "not") {
			t.Errorf("%s: a contradicted claim must explain why", id)
		}
	}
}

func TestFirstAidAndRedFlags(t *testing.T) {
	k := loadReal(t)
	steps := k.FirstAid()
	if len(steps) < 5 || steps[0].ID != "stretch-the-cramp" || steps[0].HoldSeconds != 30 {
		t.Fatalf("first aid starts with %q (hold %d s)", steps[0].ID, steps[0].HoldSeconds)
	}
	for i, s := range steps {
		if s.Step != i+1 {
			t.Errorf("step %d (%s) has Step %d", i+1, s.ID, s.Step)
		}
	}
	flags := k.RedFlags()
	if flags[0].Urgency != UrgencyEmergency {
		t.Errorf("first red flag is %q, want an emergency", flags[0].ID)
	}
	for i := 1; i < len(flags); i++ {
		if slices.Index(urgencies, flags[i].Urgency) < slices.Index(urgencies, flags[i-1].Urgency) {
			t.Errorf("red flags out of urgency order at %s", flags[i].ID)
		}
		if flags[i].Action == "" {
			t.Errorf("red flag %s has no action", flags[i].ID)
		}
	}
	flags[0] = nil // a returned slice is the caller's own
	if k.RedFlags()[0] == nil {
		t.Error("RedFlags returned shared internal state")
	}
}

func TestLookups(t *testing.T) {
	k := loadReal(t)
	if _, ok := k.Entry("no-such-entry"); ok {
		t.Error("unknown id found")
	}
	if _, ok := k.Entry("calf"); ok {
		t.Error(`"calf" is a muscle value, not an entry id`)
	}
	s, ok := k.Source("aafp-2012")
	if !ok || s.Identifier != "PMID 22963024" || s.Year != 2012 {
		t.Errorf("Source(aafp-2012) = %+v", s)
	}
	if _, ok := k.Source("aafp"); ok {
		t.Error("a source id prefix must not match")
	}
	if got := k.Label(VocabGrade, "contradicted"); got != "Evidence says no" {
		t.Errorf("label = %q", got)
	}
	if got := k.Label(VocabMuscle, "knee"); got != "knee" {
		t.Errorf("label of unknown value = %q", got)
	}
	if terms := k.Terms(VocabGrade); len(terms) != len(grades) || terms[0].Value != string(GradeGuideline) {
		t.Errorf("grade terms = %v", terms)
	}
	for _, typ := range entryTypes {
		list := k.Entries(typ)
		for i, e := range list {
			if e.Type != typ || (i > 0 && list[i-1].rank > e.rank) {
				t.Fatalf("Entries(%s) wrong at %s", typ, e.ID)
			}
		}
	}
	if k.Texts().Disclaimer == "" || len(k.Sources()) == 0 {
		t.Error("texts or sources missing")
	}
}

func TestRelatedBothWays(t *testing.T) {
	k := loadReal(t)
	links := 0
	for _, e := range k.ranked {
		for _, rel := range k.Related(e.ID) {
			links++
			if rel.Reason == "" {
				t.Errorf("%s -> %s has no reason", e.ID, rel.Entry.ID)
			}
			back := k.Related(rel.Entry.ID)
			if !slices.ContainsFunc(back, func(r Relation) bool { return r.Entry == e && r.Reason == rel.Reason }) {
				t.Errorf("%s -> %s has no reverse", e.ID, rel.Entry.ID)
			}
		}
	}
	if links == 0 {
		t.Fatal("no relations")
	}
	// A link stored on the cause shows on the remedy too.
	rel := k.Related("magnesium-supplements")
	if !slices.ContainsFunc(rel, func(r Relation) bool { return r.Entry.ID == "low-magnesium" }) {
		t.Errorf("magnesium-supplements is not related back to low-magnesium: %v", rel)
	}
	if k.Related("nope") != nil {
		t.Error("unknown id has relations")
	}
	if rel := k.Related("low-magnesium"); len(rel) > 0 {
		rel[0].Reason = "changed"
		if k.Related("low-magnesium")[0].Reason == "changed" {
			t.Error("Related returned shared internal state")
		}
	}
}
