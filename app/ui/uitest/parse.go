package uitest

import (
	"html"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// voids are the elements go-app writes without a closing tag.
var voids = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true}

// Render writes ui as go-app's server does and reads it back.
func Render(t testing.TB, ui app.UI) *Node {
	t.Helper()
	return Parse(t, app.HTMLString(ui))
}

// Parse reads go-app's HTML into a tree under a "#root" node. go-app
// writes attribute values Go-quoted and in map order, a true boolean
// attribute bare (read as "true"), text HTML-escaped, void elements
// unclosed; a closing tag that matches nothing, or an element never
// closed, fails the test.
func Parse(t testing.TB, s string) *Node {
	t.Helper()
	root := &Node{Tag: "#root", Attrs: map[string]string{}}
	cur := root
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			lt = len(s)
		}
		if txt := strings.TrimSpace(s[:lt]); txt != "" {
			cur.Kids = append(cur.Kids, &Node{Data: html.UnescapeString(txt), Parent: cur})
		}
		s = s[lt:]
		if s == "" {
			break
		}
		if strings.HasPrefix(s, "</") {
			end := strings.IndexByte(s, '>')
			tag := s[2:end]
			for cur != root && cur.Tag != tag {
				cur = cur.Parent
			}
			if cur == root {
				t.Fatalf("closing </%s> matches nothing", tag)
			}
			cur, s = cur.Parent, s[end+1:]
			continue
		}
		n, rest := parseTag(t, s[1:])
		n.Parent = cur
		cur.Kids = append(cur.Kids, n)
		if !voids[n.Tag] {
			cur = n
		}
		s = rest
	}
	if cur != root {
		t.Fatalf("<%s> is never closed", cur.Tag)
	}
	return root
}

// parseTag reads `tag a="v" b>` and returns the element and what follows.
func parseTag(t testing.TB, s string) (*Node, string) {
	t.Helper()
	end := strings.IndexAny(s, " >")
	if end < 0 {
		t.Fatalf("a tag is never ended: %.40q", s)
	}
	n := &Node{Tag: s[:end], Attrs: map[string]string{}}
	s = s[end:]
	for {
		s = strings.TrimLeft(s, " \n\t")
		if s == "" {
			t.Fatalf("<%s> is cut short", n.Tag)
		}
		if s[0] == '>' {
			return n, s[1:]
		}
		nameEnd := strings.IndexAny(s, "= >")
		if nameEnd < 0 {
			t.Fatalf("<%s> is cut short", n.Tag)
		}
		name := s[:nameEnd]
		s = s[nameEnd:]
		if s[0] != '=' {
			n.Attrs[name] = "true"
			continue
		}
		q, err := strconv.QuotedPrefix(s[1:])
		if err != nil {
			t.Fatalf("attribute %s of <%s>: %v", name, n.Tag, err)
		}
		n.Attrs[name], _ = strconv.Unquote(q)
		s = s[1+len(q):]
	}
}
