package guide

import (
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// testKB is the embedded knowledge base, with the two first-aid steps
// moving needs.
func testKB(t *testing.T) *kb.KB {
	t.Helper()
	k := uitest.KB(t)
	if len(k.FirstAid()) < 2 {
		t.Fatalf("the guide needs at least two first-aid steps to test moving, has %d", len(k.FirstAid()))
	}
	return k
}

// newPage is the guide read from an address, as OnNav reads it.
func newPage(t *testing.T, address string) *guidePage {
	t.Helper()
	p := &guidePage{site: uitest.Site(t, diary.NewMemStorage())}
	p.read(uitest.URL(t, address))
	return p
}

// heldPlace is the place of the first step with a hold timer.
func heldPlace(t *testing.T, k *kb.KB) (place, seconds int) {
	t.Helper()
	for i, s := range k.FirstAid() {
		if s.HoldSeconds > 0 {
			return i + 1, s.HoldSeconds
		}
	}
	t.Fatal("no first-aid step has a hold timer")
	return 0, 0
}

// redFlagIDs are the ids of the red flags of the given urgencies, in the
// knowledge base's order.
func redFlagIDs(k *kb.KB, urgencies ...kb.Urgency) []string {
	var ids []string
	for _, e := range k.RedFlags() {
		for _, u := range urgencies {
			if e.Urgency == u {
				ids = append(ids, e.ID)
			}
		}
	}
	return ids
}

// flagIDs are the data-id of each item of a red-flag list.
func flagIDs(n *uitest.Node) []string {
	var ids []string
	for _, li := range n.Tagged("li") {
		ids = append(ids, li.Attrs["data-id"])
	}
	return ids
}
