package diary

import (
	"math"
	"testing"
	"time"
)

func TestFisher(t *testing.T) {
	cases := []struct {
		a, b, c, d int
		want       float64
	}{
		{1, 9, 11, 3, 0.002759}, // the textbook table (Agresti)
		{3, 1, 1, 3, 0.485714},  // Fisher's tea tasting
		{7, 0, 0, 7, 2.0 / 3432},
		{5, 5, 5, 5, 1},
		{0, 7, 0, 7, 1},
	}
	for _, c := range cases {
		if got := fisher(c.a, c.b, c.c, c.d); math.Abs(got-c.want) > 1e-5 {
			t.Errorf("fisher(%d %d; %d %d) = %.6f, want %.6f", c.a, c.b, c.c, c.d, got, c.want)
		}
	}
}

// logged builds n logged nights from first, the first crampy of them with
// one cramp each, the rest checked in without cramps.
func logged(first Day, n, crampy int) []NightLog {
	out := make([]NightLog, n)
	for i := range out {
		out[i] = NightLog{Night: first + Day(i), State: NightNoCramps}
		if i < crampy {
			out[i].State, out[i].Cramps = NightCramps, 1
		}
	}
	return out
}

func TestComparisonVerdicts(t *testing.T) {
	cases := []struct {
		name          string
		with, without Side
		want          Verdict
	}{
		{"too few with", Side{Nights: 6, CrampNights: 6}, Side{Nights: 30}, TooFew},
		{"too few without", Side{Nights: 30, CrampNights: 30}, Side{Nights: 6}, TooFew},
		{"all vs none, 7 each", Side{Nights: 7, CrampNights: 7}, Side{Nights: 7}, MoreWith},
		{"none vs all, 7 each", Side{Nights: 7}, Side{Nights: 7, CrampNights: 7}, FewerWith},
		{"6 of 7 vs 1 of 7: chance could give it", Side{Nights: 7, CrampNights: 6}, Side{Nights: 7, CrampNights: 1}, NoClearDifference},
		{"same rate", Side{Nights: 20, CrampNights: 10}, Side{Nights: 40, CrampNights: 20}, NoClearDifference},
		{"20 of 30 vs 5 of 30", Side{Nights: 30, CrampNights: 20}, Side{Nights: 30, CrampNights: 5}, MoreWith},
	}
	for _, c := range cases {
		got := Comparison{With: c.with, Without: c.without}.judge()
		if got.Verdict != c.want {
			t.Errorf("%s: verdict %d (chance %.4f), want %d", c.name, got.Verdict, got.Chance, c.want)
		}
		if got.Enough() != (c.want != TooFew) {
			t.Errorf("%s: Enough %v", c.name, got.Enough())
		}
	}
}

func TestCompareFactors(t *testing.T) {
	first := Date(2026, 3, 1)
	nights := logged(first, 20, 0)
	// Alcohol on the 8 days before nights 0-7, all crampy; no alcohol on
	// the notes of nights 8-15, none crampy; nights 16-19 have no note.
	var contexts []DayContext
	for i := range 16 {
		c := DayContext{Date: first + Day(i), Fluids: FluidsNormal}
		if i < 8 {
			c.Alcohol, c.Fluids = true, ""
			nights[i].State, nights[i].Cramps = NightCramps, 2
		}
		contexts = append(contexts, c)
	}
	nights = append(nights, NightLog{Night: first + 20}) // unlogged, with a note
	contexts = append(contexts, DayContext{Date: first + 20, Alcohol: true})
	got := CompareFactors(nights, contexts)
	if len(got) != len(Factors) {
		t.Fatalf("%d factors", len(got))
	}
	alcohol := got[1]
	if alcohol.Factor != FactorAlcohol || alcohol.With != (Side{Nights: 8, CrampNights: 8, Cramps: 16}) ||
		alcohol.Without != (Side{Nights: 8}) || alcohol.Verdict != MoreWith {
		t.Fatalf("alcohol %+v", alcohol)
	}
	fluids := got[3] // little: only notes that chose a level count
	if fluids.Factor != FactorFluidsLittle || fluids.With.Nights != 0 || fluids.Without.Nights != 8 || fluids.Verdict != TooFew {
		t.Fatalf("fluids %+v", fluids)
	}
	exercise := got[0] // never ticked: every noted, logged night is "without"
	if exercise.With.Nights != 0 || exercise.Without.Nights != 16 || exercise.Verdict != TooFew {
		t.Fatalf("exercise %+v", exercise)
	}
}

func TestBeforeAfter(t *testing.T) {
	first := Date(2026, 1, 1)
	nights := append(logged(first, 10, 10), logged(first+10, 10, 0)...) // crampy before, quiet after
	nights = append(nights, logged(first+20, 5, 5)...)                  // after it stopped
	nights = append(nights, NightLog{Night: first + 25})                // unlogged
	got := BeforeAfter(nights, first+10, first+19)
	if got.Without != (Side{Nights: 10, CrampNights: 10, Cramps: 10}) || got.With != (Side{Nights: 10}) || got.Verdict != FewerWith {
		t.Fatalf("%+v", got)
	}
	if open := BeforeAfter(nights, first+10, 0); open.With.Nights != 15 || open.With.CrampNights != 5 {
		t.Fatalf("still taken: %+v", open)
	}
}

func TestInsight(t *testing.T) {
	first := Date(2026, 1, 5) // a Monday
	var snap Snapshot
	// 28 nights: the first 14 crampy (one cramp at 02:00), then checked in
	// without cramps, with stretches from night 14 on.
	for i := range 28 {
		night := first + Day(i)
		if i < 14 {
			e := NewEntry(night.Time().Add(26 * time.Hour))
			e.ID = night.String()
			snap.Entries = append(snap.Entries, e)
		} else {
			snap.CheckIns = append(snap.CheckIns, CheckIn{Night: night, NoCramps: true, Stretched: true})
		}
	}
	snap.Medicines = []Medicine{
		{ID: "m1", Name: "A", Start: first + 14},
		{ID: "m2", Name: "B", Start: first - 100, Stop: first - 50}, // not in the range
	}
	in := Insight(snap, first, first+34) // a last week with nothing logged
	if in.Logged != 28 || len(in.Weeks) != 5 {
		t.Fatalf("logged %d, weeks %+v", in.Logged, in.Weeks)
	}
	if in.Weeks[0] != (LoggedWeek{First: first, Logged: 7, Cramps: 7, CrampNights: 7}) ||
		in.Weeks[2] != (LoggedWeek{First: first + 14, Logged: 7}) || in.Weeks[4].Logged != 0 {
		t.Fatalf("weeks %+v", in.Weeks)
	}
	if len(in.Medicines) != 1 || in.Medicines[0].Medicine.ID != "m1" || in.Medicines[0].Verdict != FewerWith {
		t.Fatalf("medicines %+v", in.Medicines)
	}
	if s := in.Stretching; !s.Started || s.Start != first+14 || s.Verdict != FewerWith || s.With.Nights != 14 {
		t.Fatalf("stretching %+v", s)
	}
	// A range after the habit started still dates it from its first night.
	if later := Insight(snap, first+20, first+27); later.Stretching.Start != first+14 || later.Stretching.Verdict != TooFew {
		t.Fatalf("later %+v", later.Stretching)
	}
	if none := Insight(Snapshot{}, first, first+6); none.Stretching.Started || none.Stretching.Verdict != TooFew || none.Logged != 0 {
		t.Fatalf("empty %+v", none)
	}
}
