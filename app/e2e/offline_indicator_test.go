package e2e

import "testing"

const offlineNoteShown = `document.getElementById("offline-indicator").textContent.includes("still works offline")`

// The offline note follows the real connection: it appears when the
// network goes, says calmly that everything still works, goes when the
// network is back, and is there from the start of a page opened offline.
func TestOfflineIndicatorFollowsTheConnection(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/")
	b.waitWorker(precache(t, s.URL+"/app-worker.js"))
	if got := b.text("#offline-indicator"); got != "" {
		t.Errorf("online, the indicator says %q", got)
	}
	var live string
	b.eval(`document.getElementById("offline-indicator").getAttribute("aria-live")`, &live)
	if live != "polite" {
		t.Errorf("the indicator is not announced politely: aria-live=%q", live)
	}

	b.setOffline(true)
	b.waitTrue(offlineNoteShown, "the offline note")
	var alerts int
	b.eval(`document.querySelectorAll("[role=alert]").length`, &alerts)
	if alerts != 0 {
		t.Errorf("going offline raised %d alerts; it should only be a calm note", alerts)
	}
	b.checkAccessibility("/ offline")
	b.proveAlive()

	b.setOffline(false)
	b.waitTrue(`document.getElementById("offline-indicator").textContent === ""`, "the note to go when the network is back")

	b.setOffline(true)
	b.waitTrue(offlineNoteShown, "the offline note again")
	b.open(s.URL + "/about")
	b.waitTrue(offlineNoteShown, "the offline note on a page opened offline")
	b.setOffline(false)
	b.waitTrue(`document.getElementById("offline-indicator").textContent === ""`, "the note to go once online")
}
