package explore

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// emergencyNumber is one emergency telephone number and where it answers.
type emergencyNumber struct {
	number, where string
	regions       []string // ISO 3166 regions where it is the number to call
}

// emergencyNumbers are the numbers every red-flags page lists. 112 also
// works from any mobile phone in Europe and in many other countries.
var emergencyNumbers = []emergencyNumber{
	{"999", "UK", []string{"GB", "UK", "IE", "HK", "MY", "SG"}},
	{"112", "Europe and most mobiles", nil},
	{"911", "US and Canada", []string{"US", "CA", "MX", "PR"}},
}

// fallbackEmergency is the number put first when the region is unknown:
// 112 reaches the emergency services from most mobile phones.
const fallbackEmergency = "112"

// primaryEmergency picks the number to put first from a browser language
// tag such as "en-GB": its region decides; without one, 112.
func primaryEmergency(language string) string {
	parts := strings.FieldsFunc(language, func(r rune) bool { return r == '-' || r == '_' })
	for _, p := range parts[min(1, len(parts)):] {
		region := strings.ToUpper(p)
		if len(region) != 2 {
			continue
		}
		for _, n := range emergencyNumbers {
			if slices.Contains(n.regions, region) {
				return n.number
			}
		}
		return fallbackEmergency
	}
	return fallbackEmergency
}

// emergencyCalls lists every number as a tap-to-call link, the person's
// own first and largest.
func emergencyCalls(primary string) app.UI {
	ordered := slices.Clone(emergencyNumbers)
	slices.SortStableFunc(ordered, func(a, b emergencyNumber) int {
		switch {
		case a.number == primary:
			return -1
		case b.number == primary:
			return 1
		}
		return 0
	})
	return app.Ul().ID("emergency-calls").Class("emergency-calls").Body(
		app.Range(ordered).Slice(func(i int) app.UI {
			n := ordered[i]
			class := "call"
			if n.number == primary {
				class += " call-primary"
			}
			return app.Li().Body(
				app.A().Class(class).Href("tel:"+n.number).DataSet("number", n.number).
					Aria("label", "Call "+n.number+", emergency number in "+n.where).
					Body(app.Strong().Text(n.number), app.Span().Text(" "+n.where)),
			)
		}),
	)
}
