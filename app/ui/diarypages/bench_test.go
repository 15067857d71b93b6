package diarypages

import (
	"fmt"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// benchFixture is 2,000 nightly entries and, with year, a year of
// check-ins and day notes and a medicine.
func benchFixture(b *testing.B, year bool) *uitest.Fixture {
	f := uitest.NewFixture(b)
	st := f.Store(b)
	last := diary.NightOf(now)
	for i := 1; i <= 2000; i++ {
		e := diary.NewEntry((last - diary.Day(i)).Time().Add(26 * time.Hour))
		e.ID = fmt.Sprintf("night-%04d", i)
		e.Leg, e.Muscles, e.Pain = diary.LegLeft, []string{"calf"}, diary.Score(i%11)
		e.Tried = []diary.Tried{{Remedy: "stretch-the-cramp", Helped: diary.HelpedYes}}
		if _, err := st.SaveEntry(e); err != nil {
			b.Fatal(err)
		}
	}
	if year {
		for i := 1; i <= 365; i++ {
			night := last - diary.Day(i)
			if _, err := st.CheckIn(night, diary.CheckIn{Stretched: i%2 == 0, NoCramps: i%5 == 0}); err != nil {
				b.Fatal(err)
			}
			if _, err := st.SaveContext(diary.DayContext{Date: night, Alcohol: i%3 == 0, Exercise: i%4 == 0}); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := st.SaveMedicine(diary.Medicine{Name: "Magnesium", Start: last - 100}); err != nil {
			b.Fatal(err)
		}
	}
	return f
}

// BenchmarkDiaryPage opens and draws the diary's home, whole, the way the
// browser does after its first paint.
func BenchmarkDiaryPage(b *testing.B) {
	for _, year := range []bool{false, true} {
		b.Run(fmt.Sprintf("checkins=%t", year), func(b *testing.B) {
			f := benchFixture(b, year)
			ctx, e := uitest.MountAt(b, nil, "/diary")
			b.ResetTimer()
			for range b.N {
				p := &diaryPage{site: f.Site}
				p.load(ctx)
				e.ConsumeAll()
				_ = app.HTMLString(p)
			}
		})
	}
}

// BenchmarkSummaryPage opens and draws the doctor's summary.
func BenchmarkSummaryPage(b *testing.B) {
	f := benchFixture(b, true)
	ctx, _ := uitest.MountAt(b, nil, "/diary/summary")
	b.ResetTimer()
	for range b.N {
		p := &diarySummaryPage{site: f.Site}
		p.load(ctx)
		_ = app.HTMLString(p)
	}
}
