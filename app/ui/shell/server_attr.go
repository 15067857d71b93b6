package shell

import (
	"html"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// SafeAttr makes text from outside (the URL) safe as an attribute value.
// go-app's server writes attribute values with strconv.Quote, which is Go
// quoting, not HTML: a `"` in the value would end the attribute and let the
// rest run as markup. On the server the value is HTML-escaped first (and `\`
// written as an entity, which Quote would double); the browser decodes the
// entities back to the original text. In the browser values are set through
// the DOM and need nothing.
func SafeAttr(v string) string {
	if !app.IsServer {
		return v
	}
	v = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, v)
	return strings.ReplaceAll(html.EscapeString(v), `\`, "&#92;")
}
