package diary

import "math"

// Insights are figures for "what helps me?": never words, never causes.
// They compare how often logged nights had cramps under two conditions,
// and say whether the difference is larger than chance would easily give.
// Only logged nights count: a night nobody logged is unknown, not a night
// without cramps.

// MinNightsEachSide is the fewest logged nights each side of a comparison
// needs before any difference is called. A week of nights is the shortest
// span in which a person's weekly rhythm (work days, weekends) evens out;
// with fewer, a single odd night moves the rate by more than 15 points.
const MinNightsEachSide = 7

// MaxChance is the largest chance, under the assumption of no difference,
// of a split at least as uneven as the one seen (Fisher's exact test, two
// sided) for a difference to be called. 0.01 rather than the usual 0.05
// because about eight comparisons are shown at once: at 0.05, one in three
// diaries with no real difference anywhere would show one by chance.
const MaxChance = 0.01

// Verdict is what a comparison can honestly say.
type Verdict int8

// The verdicts. MoreWith and FewerWith say only that nights with the
// condition had cramps more or less often in this diary; not why.
const (
	TooFew            Verdict = iota // fewer than MinNightsEachSide logged nights on a side
	NoClearDifference                // a difference chance could easily give, or none
	MoreWith                         // cramp nights were more common with the condition
	FewerWith                        // cramp nights were less common with the condition
)

// Side is one side of a comparison, over logged nights only.
type Side struct {
	Nights      int // logged nights
	CrampNights int // of which with at least one cramp
	Cramps      int // cramps on those nights
}

// Rate returns the share of logged nights with cramps, 0 when none logged.
func (s Side) Rate() float64 {
	if s.Nights == 0 {
		return 0
	}
	return float64(s.CrampNights) / float64(s.Nights)
}

// PerNight returns the cramps per logged night, 0 when none logged.
func (s Side) PerNight() float64 {
	if s.Nights == 0 {
		return 0
	}
	return float64(s.Cramps) / float64(s.Nights)
}

func (s *Side) add(n NightLog) {
	s.Nights++
	s.Cramps += n.Cramps
	if n.Cramps > 0 {
		s.CrampNights++
	}
}

// Comparison is cramp nights with a condition against without it.
type Comparison struct {
	With, Without Side
	Chance        float64 // two-sided Fisher p; 1 when too few nights
	Verdict       Verdict
}

// Enough reports whether both sides have MinNightsEachSide logged nights.
func (c Comparison) Enough() bool {
	return c.With.Nights >= MinNightsEachSide && c.Without.Nights >= MinNightsEachSide
}

// judge fills Chance and Verdict from the two sides.
func (c Comparison) judge() Comparison {
	c.Chance, c.Verdict = 1, TooFew
	if !c.Enough() {
		return c
	}
	c.Chance = fisher(c.With.CrampNights, c.With.Nights-c.With.CrampNights,
		c.Without.CrampNights, c.Without.Nights-c.Without.CrampNights)
	switch {
	case c.Chance > MaxChance || c.With.Rate() == c.Without.Rate():
		c.Verdict = NoClearDifference
	case c.With.Rate() > c.Without.Rate():
		c.Verdict = MoreWith
	default:
		c.Verdict = FewerWith
	}
	return c
}

// fisher returns the two-sided p of Fisher's exact test for the table
// [a b; c d]: the chance, with the margins fixed and no difference between
// rows, of a table no more likely than this one. Exact, so it stays honest
// with the small counts a diary has.
func fisher(a, b, c, d int) float64 {
	r1, c1, n := a+b, a+c, a+b+c+d
	lf := func(k int) float64 { v, _ := math.Lgamma(float64(k) + 1); return v }
	fixed := lf(r1) + lf(n-r1) + lf(c1) + lf(n-c1) - lf(n)
	prob := func(x int) float64 {
		return math.Exp(fixed - lf(x) - lf(r1-x) - lf(c1-x) - lf(n-r1-c1+x))
	}
	seen := prob(a) * (1 + 1e-7) // tolerance for rounding between equal tables
	p := 0.0
	for x := max(0, r1+c1-n); x <= min(r1, c1); x++ {
		if q := prob(x); q <= seen {
			p += q
		}
	}
	return min(p, 1)
}

// Factor is a day-note condition compared across the nights that followed.
type Factor string

// The factors, in display order.
const (
	FactorExercise     Factor = "exercise"
	FactorAlcohol      Factor = "alcohol"
	FactorCaffeine     Factor = "caffeine"
	FactorFluidsLittle Factor = "fluids-little"
	FactorFluidsPlenty Factor = "fluids-plenty"
	FactorStanding     Factor = "standing"
	FactorSitting      Factor = "sitting"
)

// Factors lists the factors in display order.
var Factors = []Factor{FactorExercise, FactorAlcohol, FactorCaffeine, FactorFluidsLittle, FactorFluidsPlenty, FactorStanding, FactorSitting}

// has reports whether a day note says the factor (yes), says otherwise
// (no), or says nothing on it (known false). A ticked box means yes and an
// unticked one no, since the note was filled in; fluids count only when
// the person chose a level.
func (f Factor) has(c DayContext) (yes, known bool) {
	switch f {
	case FactorExercise:
		return c.Exercise, true
	case FactorAlcohol:
		return c.Alcohol, true
	case FactorCaffeine:
		return c.Caffeine, true
	case FactorStanding:
		return c.Standing, true
	case FactorSitting:
		return c.Sitting, true
	case FactorFluidsLittle:
		return c.Fluids == FluidsLittle, c.Fluids != ""
	case FactorFluidsPlenty:
		return c.Fluids == FluidsPlenty, c.Fluids != ""
	}
	return false, false
}

// FactorComparison compares logged nights after days with a factor against
// logged nights after days whose note did not have it. Nights after days
// without a note are left out: nobody said.
type FactorComparison struct {
	Factor Factor
	Comparison
}

// CompareFactors returns one comparison per factor, in Factors order. The
// day note of date D describes the day whose evening starts night D.
func CompareFactors(nights []NightLog, contexts []DayContext) []FactorComparison {
	byDay := make(map[Day]DayContext, len(contexts))
	for _, c := range contexts {
		byDay[c.Date] = c
	}
	out := make([]FactorComparison, len(Factors))
	for i, f := range Factors {
		out[i].Factor = f
		for _, n := range nights {
			c, ok := byDay[n.Night]
			if !ok || !n.Logged() {
				continue
			}
			if yes, known := f.has(c); yes {
				out[i].With.add(n)
			} else if known {
				out[i].Without.add(n)
			}
		}
		out[i].Comparison = out[i].Comparison.judge()
	}
	return out
}

// BeforeAfter compares logged nights from start to stop (inclusive; stop 0
// means to the end) with logged nights before start. With is after. Nights
// after stop are left out: neither before nor on it.
func BeforeAfter(nights []NightLog, start, stop Day) Comparison {
	var c Comparison
	for _, n := range nights {
		switch {
		case !n.Logged():
		case n.Night < start:
			c.Without.add(n)
		case stop == 0 || n.Night <= stop:
			c.With.add(n)
		}
	}
	return c.judge()
}

// MedicineComparison is the nights before and after a medicine started.
type MedicineComparison struct {
	Medicine Medicine
	Comparison
}

// HabitComparison is the nights before and after a habit started.
type HabitComparison struct {
	Started bool // false when the habit was never recorded
	Start   Day  // first night it was recorded
	Comparison
}

// Insights gathers the figures of "what helps me?" for the nights from..to.
type Insights struct {
	From, To  Day
	Logged    int                  // logged nights in the range
	Weeks     []LoggedWeek         // weekly counts over logged nights
	Factors   []FactorComparison   // in Factors order
	Medicines []MedicineComparison // medicines taken in the range, by start
	// Stretching compares nights before the first check-in with bedtime
	// stretches against the nights from it on.
	Stretching HabitComparison
}

// Insight computes the insights of a snapshot over the nights from..to.
func Insight(s Snapshot, from, to Day) Insights {
	nights := Nights(s.Entries, s.CheckIns, from, to)
	in := Insights{From: from, To: to, Weeks: LoggedWeeks(nights), Factors: CompareFactors(nights, s.Contexts)}
	for _, n := range nights {
		if n.Logged() {
			in.Logged++
		}
	}
	for _, m := range s.Medicines {
		if m.Active(from, to) {
			in.Medicines = append(in.Medicines, MedicineComparison{Medicine: m, Comparison: BeforeAfter(nights, m.Start, m.Stop)})
		}
	}
	in.Stretching.Comparison = Comparison{}.judge()
	if start, ok := firstStretch(s.CheckIns); ok {
		in.Stretching = HabitComparison{Started: true, Start: start, Comparison: BeforeAfter(nights, start, 0)}
	}
	return in
}

// firstStretch returns the first night, in the whole diary, whose check-in
// says the stretches were done: the habit's start, even before the range.
func firstStretch(checkIns []CheckIn) (Day, bool) {
	first, found := Day(0), false
	for _, c := range checkIns {
		if c.Stretched && (!found || c.Night < first) {
			first, found = c.Night, true
		}
	}
	return first, found
}
