package diarypages

import (
	"testing"
	"time"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

func TestWindowKeepsEveryEntryOfItsNights(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(60, 21))
	// One logged from far east, one from far west: their order by time is
	// not quite their order by night.
	last := f.Site.Diary.Tonight()
	east := time.FixedZone("east", 13*3600)
	west := time.FixedZone("west", -11*3600)
	d := (last - 20).Time()
	f.Seed(t, []diary.Entry{
		diary.NewEntry(time.Date(d.Year(), d.Month(), d.Day(), 12, 30, 0, 0, east)),
		diary.NewEntry(time.Date(d.Year(), d.Month(), d.Day(), 11, 30, 0, 0, west)),
	})
	snap := f.Store(t).Snapshot()
	for _, r := range [][2]diary.Day{{last - 20, last - 20}, {last - 19, last}, {last - 30, last - 10}, {last - 100, last}, {last + 5, last + 9}, {last - 500, last - 400}} {
		kept := map[string]bool{}
		for _, e := range window(snap.Entries, r[0], r[1]) {
			kept[e.ID] = true
		}
		for _, e := range snap.Entries {
			if n := e.Night(); n >= r[0] && n <= r[1] && !kept[e.ID] {
				t.Errorf("%s to %s: the entry of %s (%s) is left out", r[0], r[1], n, e.At)
			}
		}
		if len(kept) > 0 && r[0] > last {
			t.Errorf("a range after every entry keeps %d", len(kept))
		}
		whole := diary.Summarize(snap, r[0], r[1])
		part := diary.Summarize(windowed(snap, r[0], r[1]), r[0], r[1])
		if whole.Cramps != part.Cramps || whole.CrampNights != part.CrampNights || len(whole.Rows) != len(part.Rows) {
			t.Errorf("%s to %s: the window's summary differs from the whole diary's", r[0], r[1])
		}
	}
}

func TestFirstNightFromTheSnapshotsOrder(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(40, 22))
	st := f.Store(t)
	last := f.Site.Diary.Tonight()
	for _, c := range []func() error{
		func() error { _, err := st.CheckIn(last-60, diary.CheckIn{NoCramps: true}); return err },
		func() error { _, err := st.SaveContext(diary.DayContext{Date: last - 70, Alcohol: true}); return err },
	} {
		snap := st.Snapshot()
		gotDay, gotOK := firstNight(snap)
		wantDay, wantOK := diary.FirstNight(snap)
		if gotDay != wantDay || gotOK != wantOK {
			t.Errorf("first night %s %t, want app/diary's %s %t", gotDay, gotOK, wantDay, wantOK)
		}
		if err := c(); err != nil {
			t.Fatal(err)
		}
	}
	snap := st.Snapshot()
	if got, _ := firstNight(snap); got != last-70 {
		t.Errorf("first night %s, want the day note's %s", got, last-70)
	}
	if _, ok := firstNight(diary.Snapshot{}); ok {
		t.Error("an empty diary has a first night")
	}
}
