package explore

import (
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// The bedtime routine is offered on its steps' pages and on the page of
// the remedy they belong to, and nowhere else.
func TestTheRoutineIsOfferedOnTheStretchingEntries(t *testing.T) {
	k := uitest.KB(t)
	s := uitest.Site(t, diary.NewMemStorage())
	want := map[string]bool{}
	for _, step := range k.Routine() {
		want[step.ID] = true
		for _, r := range k.Related(step.ID) {
			if r.Entry.Type == kb.TypeRemedy {
				want[r.Entry.ID] = true
			}
		}
	}
	if !want["stretch-before-bed"] {
		t.Fatal("the stretch-before-bed remedy does not link to the routine")
	}
	for _, typ := range []kb.EntryType{kb.TypeCause, kb.TypeRemedy, kb.TypeFirstAid, kb.TypeRoutine, kb.TypeRedFlag} {
		for _, e := range k.Entries(typ) {
			link := render(t, entryAt(t, s, site.EntryPath(e.ID))).ByID("start-routine")
			switch {
			case want[e.ID] && link == nil:
				t.Errorf("%s does not offer the routine", e.ID)
			case want[e.ID] && (link.Attrs["href"] != site.BedtimePath || link.Text() != "Start the bedtime routine"):
				t.Errorf("%s offers %q at %q", e.ID, link.Text(), link.Attrs["href"])
			case !want[e.ID] && link != nil:
				t.Errorf("%s offers the routine", e.ID)
			}
		}
	}
}
