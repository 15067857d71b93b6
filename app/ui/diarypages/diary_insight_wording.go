package diarypages

import (
	"fmt"

	"github.com/nightcramp/nightcramp/app/diary"
)

// The insights' words, in one place. They report what the person noted
// and never name a cause: a diary can show a pattern, not explain it.

const (
	noFactorsYet = "Tick “About the day before” when you log or check in, and this compares nights after such days with nights without."
	noHabitsYet  = "Tap “I did my stretches” on the nights you stretch, or add a medicine with its start date in your profile, and this compares nights before and after."
)

// factorNames say each day factor after "nights after".
var factorNames = map[diary.Factor]string{
	diary.FactorExercise:     "exercise",
	diary.FactorAlcohol:      "alcohol",
	diary.FactorCaffeine:     "caffeine",
	diary.FactorFluidsLittle: "drinking little",
	diary.FactorFluidsPlenty: "drinking plenty",
	diary.FactorStanding:     "standing a long time",
	diary.FactorSitting:      "sitting a long time",
}

// factorName is a factor's words, or its value if it is new.
func factorName(f diary.Factor) string {
	if n, ok := factorNames[f]; ok {
		return n
	}
	return string(f)
}

func verdictClass(v diary.Verdict) string {
	switch v {
	case diary.NoClearDifference:
		return "no-clear-difference"
	case diary.MoreWith:
		return "more-with"
	case diary.FewerWith:
		return "fewer-with"
	}
	return "too-few"
}

// of is "3 of 8 nights".
func of(s diary.Side) string {
	return fmt.Sprintf("%d of %s", s.CrampNights, plural(s.Nights, "night", "nights"))
}

// tooFew says how far a comparison is from enough nights.
func tooFew(c diary.Comparison, with, without string) string {
	return fmt.Sprintf("too few nights to tell yet: %s logged %s, %s %s; at least %d of each are needed.",
		plural(c.With.Nights, "night", "nights"), with, itoa(c.Without.Nights), without, diary.MinNightsEachSide)
}

// factorSentence is one day factor's line.
func factorSentence(f diary.FactorComparison) string {
	name := factorName(f.Factor)
	lead := "Nights after " + name + ": "
	counts := fmt.Sprintf("cramps on %s after %s, against %s without.", of(f.With), name, of(f.Without))
	switch f.Verdict {
	case diary.TooFew:
		return lead + tooFew(f.Comparison, "after "+name, "without")
	case diary.MoreWith:
		return "More cramps on nights after " + name + ": " + counts + " A pattern in your notes, not proof of a cause."
	case diary.FewerWith:
		return "Fewer cramps on nights after " + name + ": " + counts + " A pattern in your notes, not proof of a cause."
	}
	return lead + "no clear difference so far; " + counts
}

// stretchSentence compares the nights before the first noted stretches
// with the nights since.
func stretchSentence(h diary.HabitComparison) string {
	return beforeAfter("Since you first noted your stretches on "+shortDate(h.Start), "since", h.Comparison, "your stretches")
}

// medicineSentence compares the nights before a medicine with the nights
// while it was taken.
func medicineSentence(m diary.MedicineComparison) string {
	lead := "Since you started " + m.Medicine.Name + " on " + shortDate(m.Medicine.Start)
	if m.Medicine.Stop != 0 {
		lead = "While you took " + m.Medicine.Name + ", from " + shortDate(m.Medicine.Start) + " to " + shortDate(m.Medicine.Stop)
	}
	return beforeAfter(lead, "while taking it", m.Comparison, m.Medicine.Name)
}

func beforeAfter(lead, after string, c diary.Comparison, what string) string {
	counts := fmt.Sprintf("cramps on %s %s, against %s before.", of(c.With), after, of(c.Without))
	switch c.Verdict {
	case diary.TooFew:
		return lead + ": " + tooFew(c, after, "before")
	case diary.MoreWith:
		return lead + ": more cramp nights; " + counts + " A pattern in your notes, not proof that " + what + " caused them."
	case diary.FewerWith:
		return lead + ": fewer cramp nights; " + counts + " A pattern in your notes, not proof that " + what + " helped."
	}
	return lead + ": no clear difference so far; " + counts
}

// insightsBasis says what the insights rest on.
func insightsBasis(in diary.Insights) string {
	return fmt.Sprintf("From %s to %s you logged %s: a night counts once it has a cramp or a “no cramps” check-in. Nights not logged are left out, not counted as quiet.",
		shortDate(in.From), shortDate(in.To), plural(in.Logged, "night", "nights"))
}
