package diarypages

import (
	"testing"

	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// The summary's first frame draws its top and the first cramps only; the
// next frame draws every row and the sections below the table.
func TestSummaryFirstFrameDrawsTheFirstCramps(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(60, 7))
	p := openSummary(t, f, "/diary/summary?range=all")
	if !p.whole {
		t.Fatal("outside a browser the summary is drawn whole at once")
	}
	all := len(uitest.Render(t, p).MustID(t, "summary-table").Tagged("tr")) - 1
	if all <= firstRows {
		t.Fatalf("the test diary has %d cramps in range, want more than %d", all, firstRows)
	}
	p.whole = false
	first := uitest.Render(t, p)
	if got := len(first.MustID(t, "summary-table").Tagged("tr")) - 1; got != firstRows {
		t.Errorf("the first frame lists %d cramps, want %d of %d", got, firstRows, all)
	}
	if first.ByID("summary-rest") != nil || first.ByID("print-summary") == nil {
		t.Error("the first frame draws what is below the table, or lacks the print button")
	}
}
