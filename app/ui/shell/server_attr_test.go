package shell

import (
	"html"
	"strconv"
	"testing"
)

// What go-app's server writes for safeAttr's output must decode, in a
// browser, to the original text, and must never close the attribute.
func TestSafeAttrSurvivesGoAppQuoting(t *testing.T) {
	for _, in := range []string{`plain`, `a"b`, `"><script>alert(1)</script>`, `back\slash`, `&amp; <b>`, "calf é 🦵"} {
		written := strconv.Quote(SafeAttr(in))
		inner := written[1 : len(written)-1]
		for i := 0; i < len(inner); i++ {
			if inner[i] == '"' {
				t.Fatalf("%q is written as %s, which closes the attribute", in, written)
			}
		}
		if got := html.UnescapeString(inner); got != in {
			t.Errorf("%q is read back as %q", in, got)
		}
	}
}
