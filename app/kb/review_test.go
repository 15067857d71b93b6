package kb

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nightcramp/nightcramp/data"
)

// day parses a YYYY-MM-DD date for tests.
func day(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(reviewedLayout, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestClinicalReviewRules names each validation rule added by the clinical
// review and checks that its broken fixture (testdata/invalid/<dir>) is
// reported with the file, line, entry and field.
func TestClinicalReviewRules(t *testing.T) {
	rules := []struct {
		rule, dir, want string
	}{
		{"every entry carries a reviewed date", "review-date", `mimics.json:2:3: entry "clot": field "reviewed": missing`},
		{"the reviewed date is YYYY-MM-DD", "review-date", `causes.json:9:5: entry "tired-muscles": field "reviewed": date "07/12/2026" must be a real date`},
		{"a red flag's urgency is a fixed level", "redflag-action", `redflags.json:4:127: entry "odd-cramp": field "urgency": unknown value "soonish"`},
		{"a red flag's action says where to go", "redflag-action", `entry "long-cramp": field "action": must say where to go`},
		{"a red flag's action says how soon", "redflag-action", `entry "long-cramp": field "action": must say how soon`},
		{"an emergency sends to the emergency number", "redflag-action", `entry "swollen-leg": field "action": must say where to go or whom to call (for urgency "emergency"`},
		{"a medicine says who must not use it", "medicine-not-for", `remedies.json:13:3: entry "pills": field "not_for": missing`},
		{"not_for none stands alone", "medicine-not-for", `entry "drops": field "not_for": "none" must stand alone`},
		{"a tagged muscle is named in the entry's words", "muscle-named", `remedies.json:10:5: entry "stretching": field "muscles": tagged with muscle "foot"`},
		{"no internal source id in shown text", "internal-ids", `causes.json:6:5: entry "tired-muscles": field "body": shows the internal id "service"`},
		{"no internal entry id in shown text", "internal-ids", `field "links[1].reason": shows the internal id "tired-muscles"`},
		{"no confidence interval without plain words", "internal-ids", `causes.json:7:5: entry "tired-muscles": field "evidence": gives a confidence interval without plain words`},
	}
	for _, r := range rules {
		t.Run(r.rule, func(t *testing.T) {
			_, err := Load(fixtureFS(t, filepath.Join("testdata", "invalid", r.dir)))
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Load error = %v, want a *ValidationError", err)
			}
			if !strings.Contains(err.Error(), r.want) {
				t.Errorf("rule %q not reported; want %q in:\n%s", r.rule, r.want, err)
			}
		})
	}
}

func TestShownTextAllowsPlainCIAndWords(t *testing.T) {
	v := &validator{ps: &problems{}, sources: map[string]*sourceRecord{"nhs": nil, "cochrane-mg-2020": nil}, entries: map[string]*entryRecord{"no-clear-cause": nil}}
	ok := []string{
		"The NHS (nhs.uk) and a Cochrane review (2020) agree; a long-lasting, well-known cramp.",
		"0.18 fewer a week (95% CI -0.84 to 0.49, meaning the true effect could be anywhere from 1 fewer to half more).",
		"CIA, CIs and circus are words.",
	}
	for _, s := range ok {
		v.checkShown(Problem{}, s)
	}
	if len(v.ps.list) > 0 {
		t.Errorf("plain text reported: %v", v.ps.list)
	}
	for _, s := range []string{"See no-clear-cause.", "As the NHS says (nhs).", "(cochrane-mg-2020)", "95% CI 0.1 to 0.2."} {
		v.ps.list = nil
		v.checkShown(Problem{}, s)
		if len(v.ps.list) != 1 {
			t.Errorf("%q: %d problems, want 1", s, len(v.ps.list))
		}
	}
}

// TestStaleReviewsWarnWithFixedClock checks the 12-month review warning
// against fixed dates: it must never depend on the day the tests run.
func TestStaleReviewsWarnWithFixedClock(t *testing.T) {
	fsys := baseFS(t, nil)
	fsys["causes.json"].Data = []byte(strings.Replace(string(fsys["causes.json"].Data), `"reviewed": "2026-12-07"`, `"reviewed": "2025-12-06"`, 1))
	if _, err := Load(fsys); err != nil {
		t.Fatalf("an old review must not fail the load: %v", err)
	}
	got := StaleReviews(fsys, day(t, "2026-12-07"))
	if len(got) != 1 {
		t.Fatalf("got %d warnings, want 1: %v", len(got), got)
	}
	want := `causes.json:12:87: entry "tired-muscles": field "reviewed": last reviewed 2025-12-06, over 12 months before 2026-12-07`
	if !strings.Contains(got[0].String(), want) {
		t.Errorf("warning = %q, want %q", got[0], want)
	}
	// On 2026-12-06 the old review is exactly 12 months old: no warning
	// for it, but the five entries reviewed on 2026-12-07 lie in the future.
	got = StaleReviews(fsys, day(t, "2026-12-06"))
	if len(got) != 5 {
		t.Fatalf("got %d warnings, want 5 (dates after today): %v", len(got), got)
	}
	for _, p := range got {
		if p.Entry == "tired-muscles" || !strings.Contains(p.String(), "is after today (2026-12-06)") {
			t.Errorf("unexpected warning %q", p)
		}
	}
}

// TestRealDataReviews prints (never fails on) the real entries whose review
// is over 12 months old today, and checks that every entry was reviewed by
// the clinical review of 2026-12-07.
func TestRealDataReviews(t *testing.T) {
	for _, p := range StaleReviews(data.FS, time.Now()) {
		t.Logf("warning: %s", p)
	}
	if got := StaleReviews(data.FS, day(t, "2026-12-07")); len(got) != 0 {
		t.Errorf("entries not reviewed by 2026-12-07: %v", got)
	}
	k := loadReal(t)
	for _, e := range k.ranked {
		if e.Reviewed == "" {
			t.Errorf("%s has no reviewed date", e.ID)
		}
	}
}

func TestHasPhrase(t *testing.T) {
	for _, c := range []struct {
		text, phrase string
		want         bool
	}{
		{"Call the Emergency  Number now.", "emergency number", true},
		{"Call the emergency-number.", "emergency number", true},
		{"Go to A&E.", "a&e", true},
		{"I know it.", "now", false},
		{"Both legs ache.", "leg", true},
		{"Your calves.", "calf", false},
		{"The thighs.", "thigh", true},
		{"Legacy code", "leg", false},
		{"see a GP", "gp", true},
		{"gpu", "gp", false},
		{"", "now", false},
		{"now", "", false},
	} {
		if got := hasPhrase(c.text, normalizePhrase(c.phrase)); got != c.want {
			t.Errorf("hasPhrase(%q, %q) = %v, want %v", c.text, c.phrase, got, c.want)
		}
	}
	if got := normalizePhrase("  Front of  Thigh! "); got != "front of thigh" {
		t.Errorf("normalizePhrase = %q", got)
	}
}
