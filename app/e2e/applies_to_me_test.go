package e2e

import (
	"slices"
	"testing"
)

// The profile changes what the explorer marks as applying, and "Only what
// applies to me" shows exactly those causes, as the query API answers.
func TestProfileMarksWhatAppliesInTheExplorer(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/")
	b.waitTrue(`!!document.querySelector("#profile-hint a[href='/profile']") && !document.getElementById("mine")`, "the way to a profile, and no filter without one")

	b.openDiaryPage(s.URL + "/profile")
	b.click(`label[for="cause-statins"]`)
	b.waitTrue(`(localStorage.getItem("nightcramp/v2/profile") || "").includes("statins")`, "statins stored in the profile")

	b.open(s.URL + "/")
	b.waitTrue(`!!document.getElementById("mine")`, "the applies-to-me filter")
	b.click(`label:has(> #mine)`)
	b.expectViewApplying("?mine=1", []string{"statins"})
	b.expectMarked([]string{"statins"})

	b.openDiaryPage(s.URL + "/profile")
	b.click("#age-60-plus")
	b.waitTrue(`(localStorage.getItem("nightcramp/v2/profile") || "").includes("60-plus")`, "the age stored")
	b.open(s.URL + "/?mine=1")
	b.expectViewApplying("?mine=1", []string{"getting-older", "statins"})
	b.expectMarked([]string{"getting-older", "statins"})
	b.click(`label:has(> #mine)`)
	b.expectViewApplying("", []string{"getting-older", "statins"})
}

// A shared link asking for what applies, opened where there is no
// profile, says why it shows nothing and how to set one up.
func TestAppliesToMeLinkWithoutAProfileExplainsItself(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/?mine=1")
	b.waitWasm()
	b.expectViewApplying("?mine=1", nil)
	mustContain(t, "the notice", b.text("#mine-notice"), "no profile yet", "Set up your profile")
}

// expectMarked checks that the cards marked "Applies to you" are exactly
// those of ids that are listed.
func (b *browser) expectMarked(ids []string) {
	b.t.Helper()
	var marked, listed []string
	b.eval(`[...document.querySelectorAll("#results li")].filter((li) => li.querySelector(".badge.applies")).map((li) => li.dataset.id)`, &marked)
	b.eval(`[...document.querySelectorAll("#results li")].map((li) => li.dataset.id)`, &listed)
	var want []string
	for _, id := range ids {
		if slices.Contains(listed, id) {
			want = append(want, id)
		}
	}
	slices.Sort(marked)
	if !slices.Equal(marked, want) {
		b.t.Errorf("cards marked as applying: %v, want %v", marked, want)
	}
}
