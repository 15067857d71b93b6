package shell

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
)

// Citations lists sources as full citations.
func Citations(k *kb.KB, ids []string) app.UI {
	if len(ids) == 0 {
		return nil
	}
	return app.Section().Class("sources").Body(
		app.H2().Text("Sources"),
		app.Ol().Body(app.Range(ids).Slice(func(i int) app.UI {
			s, ok := k.Source(ids[i])
			if !ok {
				return nil
			}
			return app.Li().Body(Citation(s))
		})),
	)
}

// Citation renders one source: authors, title, publisher, year, identifier.
func Citation(s kb.Source) app.UI {
	var parts []string
	for _, p := range []string{s.Authors, s.Title, s.Publisher} {
		if p != "" {
			parts = append(parts, strings.TrimSuffix(p, "."))
		}
	}
	if s.Year != 0 {
		parts = append(parts, fmt.Sprint(s.Year))
	}
	if s.Identifier != "" {
		parts = append(parts, s.Identifier)
	}
	return app.Span().Class("citation").Body(
		app.Text(strings.Join(parts, ". ")+". "),
		app.If(s.Note != "", func() app.UI { return app.Span().Class("note").Text(s.Note) }),
	)
}

// SourceLink names a source and links to its full citation.
func SourceLink(k *kb.KB, id string) app.UI {
	s, ok := k.Source(id)
	if !ok {
		return app.Text(id)
	}
	return app.A().Href("/sources#src-" + id).Text(s.Title)
}
