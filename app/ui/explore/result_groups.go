package explore

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
)

// groupHeadings name the groups of results, in the words a person asks in.
var groupHeadings = map[kb.GroupKey]string{
	kb.GroupHelpsNow:   "What helps now",
	kb.GroupPrevents:   "What may prevent it",
	kb.GroupCauses:     "What may cause it",
	kb.GroupGetHelp:    "When to get help",
	kb.GroupLookAlikes: "Look-alikes: not cramps",
	kb.GroupNotAdvised: "Not advised",
	kb.GroupOther:      "Muscles and more",
}

// shownGroups cuts the groups to their first limit entries in all, in
// group order: the groups that matter most at night come first.
func shownGroups(groups []kb.ResultGroup, limit int) []kb.ResultGroup {
	var out []kb.ResultGroup
	for _, g := range groups {
		if limit <= 0 {
			break
		}
		n := min(limit, len(g.Entries))
		out = append(out, kb.ResultGroup{Key: g.Key, Entries: g.Entries[:n]})
		limit -= n
	}
	return out
}

// resultGroups draws each group with its heading and its cards.
func (e *explorer) resultGroups(limit int) []app.UI {
	groups := shownGroups(e.groups, limit)
	out := make([]app.UI, len(groups))
	for i, g := range groups {
		entries := g.Entries
		out[i] = app.Section().ID("group-"+string(g.Key)).Class("result-group group-"+string(g.Key)).Body(
			app.H2().Class("group-heading").Text(groupHeadings[g.Key]),
			app.Ul().Class("results").Body(
				app.Range(entries).Slice(func(i int) app.UI {
					entry := entries[i]
					return shell.ResultCard(e.site.KB, entry, slices.Contains(e.applying, entry.ID))
				}),
			),
		)
	}
	return out
}
