package diarypages

import (
	"testing"

	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// A tap draws the page again but works the figures out only when the
// diary was read again or the span changed.
func TestDiaryFiguresAreWorkedOutOncePerReadAndSpan(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(16*7, 3))
	p, _ := openDiary(t, f)
	uitest.Render(t, p)
	first := p.fig
	if first == nil || first.in == nil || !first.remedied {
		t.Fatal("drawing the whole page left no figures")
	}
	uitest.Render(t, p)
	if p.fig != first {
		t.Error("a second drawing worked the figures out again")
	}
	p.weeks = 4
	uitest.Render(t, p)
	if p.fig == first || p.fig.key.first != p.first() {
		t.Error("a new span kept the old span's figures")
	}
	span := p.fig
	p.refresh()
	uitest.Render(t, p)
	if p.fig == span {
		t.Error("a new read of the diary kept the old read's figures")
	}
}

// The summary's second frame reuses the first frame's figures.
func TestSummaryFiguresAreWorkedOutOncePerRange(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(60, 5))
	p := openSummary(t, f, "/diary/summary?range=all")
	p.whole = false
	uitest.Render(t, p)
	first := p.sum
	p.whole = true
	uitest.Render(t, p)
	if first == nil || p.sum != first {
		t.Error("the second frame worked the summary out again")
	}
	p.notes = true
	uitest.Render(t, p)
	if p.sum == first || !p.sum.key.notes {
		t.Error("ticking the notes in kept the figures without them")
	}
}
