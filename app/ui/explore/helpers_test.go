package explore

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// render draws a component as it is now and parses it. (go-app encodes a
// mounted component from its last drawing: Render is called afresh.)
func render(t *testing.T, c app.Composer) *uitest.Node {
	t.Helper()
	return uitest.Render(t, c.Render())
}

// entryIDs lists the ids of entries.
func entryIDs(entries []*kb.Entry) []string {
	var ids []string
	for _, e := range entries {
		ids = append(ids, e.ID)
	}
	return ids
}

// squash joins a text's words with single spaces, as Text does.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// htmlOf draws an element that is not a component.
func htmlOf(ui app.UI) string { return app.HTMLString(ui) }
