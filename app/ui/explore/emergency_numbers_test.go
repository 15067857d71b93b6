package explore

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

func TestPrimaryEmergencyNumberFollowsTheRegion(t *testing.T) {
	for lang, want := range map[string]string{
		"en-GB": "999", "en-gb": "999", "en_IE": "999", "en-US": "911", "fr-CA": "911", "es-MX": "911",
		"de-DE": "112", "fr-FR": "112", "en": "112", "": "112", "zh-Hant-HK": "999", "en-150": "112",
		"<script>": "112", "--": "112",
	} {
		if got := primaryEmergency(lang); got != want {
			t.Errorf("primaryEmergency(%q) = %s, want %s", lang, got, want)
		}
	}
}

// Every number is a tap-to-call link, the person's own first and marked.
func TestEmergencyCallsListEveryNumberOwnFirst(t *testing.T) {
	for _, primary := range []string{"999", "112", "911"} {
		page := uitest.Parse(t, app.HTMLString(emergencyCalls(primary)))
		links := page.Tagged("a")
		if len(links) != len(emergencyNumbers) {
			t.Fatalf("%d links for %d numbers", len(links), len(emergencyNumbers))
		}
		if links[0].Attrs["data-number"] != primary || !links[0].HasClass("call-primary") {
			t.Errorf("with %s first, the list starts %v", primary, links[0].Attrs)
		}
		seen := map[string]bool{}
		for i, a := range links {
			n := a.Attrs["data-number"]
			seen[n] = true
			if label := a.Attrs["aria-label"]; !strings.Contains(label, squash(a.Text())) {
				t.Errorf("%s: its name %q does not hold what it shows, %q", n, label, a.Text())
			}
			if a.Attrs["href"] != "tel:"+n {
				t.Errorf("%s links to %q", n, a.Attrs["href"])
			}
			if i > 0 && a.HasClass("call-primary") {
				t.Errorf("%s is marked as the person's own number too", n)
			}
		}
		for _, n := range emergencyNumbers {
			if !seen[n.number] {
				t.Errorf("%s is missing", n.number)
			}
		}
	}
}
