package profile

import (
	"strings"

	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// now is the fixed clock of these tests, uitest's: 03:10 in the night, so
// tonight is the evening before.
var now = uitest.Night

// checked lists the ids of the checked inputs under n whose id starts so.
func checked(n *uitest.Node, prefix string) []string {
	var out []string
	for _, in := range n.Select("input", "") {
		if strings.HasPrefix(in.Attrs["id"], prefix) && in.Has("checked") {
			out = append(out, in.Attrs["id"])
		}
	}
	return out
}
