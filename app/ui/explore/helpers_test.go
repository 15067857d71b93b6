package explore

import (
	"html"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// The knowledge base is loaded once for the package: every test reads it,
// none changes it.
var (
	kbOnce   sync.Once
	kbShared *kb.KB
	kbErr    error
)

func knowledge(t *testing.T) *kb.KB {
	t.Helper()
	kbOnce.Do(func() { kbShared, kbErr = kb.LoadEmbedded() })
	if kbErr != nil {
		t.Fatalf("the embedded knowledge base does not load: %v", kbErr)
	}
	return kbShared
}

// night is the fixed clock of every test: 3 a.m., when cramps wake people.
var night = time.Date(2026, 12, 7, 3, 0, 0, 0, time.UTC)

// newSite returns the shared value over the real knowledge base and a
// diary in memory.
func newSite(t *testing.T, mem *diary.MemStorage) *site.Site {
	t.Helper()
	return site.NewWith(knowledge(t), func() (diary.Storage, error) { return mem, nil }, func() time.Time { return night })
}

// brokenSite is the shared value when the knowledge base failed to load.
func brokenSite(t *testing.T, why string) *site.Site {
	t.Helper()
	s := newSite(t, diary.NewMemStorage())
	s.KB, s.LoadErr = nil, &kbLoadError{why}
	return s
}

type kbLoadError struct{ why string }

func (e *kbLoadError) Error() string { return e.why }

// mustURL parses an address a test gives.
func mustURL(t *testing.T, raw string) *url.URL {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatalf("bad test address %q: %v", raw, err)
	}
	return u
}

// host is a page mounted in a test engine, to give handlers a real
// app.Context: outside a browser go-app calls OnPreRender, not OnMount.
type host struct {
	app.Compo
	page app.UI
	ctx  app.Context
	set  bool
}

func (h *host) OnPreRender(ctx app.Context) { h.ctx, h.set = ctx, true }

func (h *host) Render() app.UI { return app.Div().Body(h.page) }

// mount loads page in a test engine and returns a context for its handlers.
func mount(t *testing.T, page app.UI) (app.Context, app.TestEngine) {
	t.Helper()
	h := &host{page: page}
	eng := app.NewTestEngine()
	if err := eng.Load(h); err != nil {
		t.Fatalf("loading the page: %v", err)
	}
	eng.ConsumeAll()
	if !h.set {
		t.Fatal("the test engine gave no context")
	}
	return h.ctx, eng
}

// A node is one element (or text) of rendered HTML. go-app writes
// attributes in map order, so tests look elements up instead of matching
// strings.
type node struct {
	tag    string
	attrs  map[string]string
	text   string
	kids   []*node
	parent *node
}

var voidTags = map[string]bool{"input": true, "img": true, "br": true, "hr": true, "meta": true, "link": true, "source": true, "area": true, "col": true, "wbr": true}

// parseHTML reads go-app's output (attribute values Go-quoted) into a tree.
func parseHTML(t *testing.T, s string) *node {
	t.Helper()
	root := &node{tag: "#root"}
	cur := root
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			lt = len(s)
		}
		if text := strings.TrimSpace(s[:lt]); text != "" {
			cur.kids = append(cur.kids, &node{text: html.UnescapeString(text), parent: cur})
		}
		s = s[lt:]
		if s == "" {
			break
		}
		if strings.HasPrefix(s, "</") {
			gt := strings.IndexByte(s, '>')
			tag := s[2:gt]
			for n := cur; n != root; n = n.parent {
				if n.tag == tag {
					cur = n.parent
					break
				}
			}
			s = s[gt+1:]
			continue
		}
		n := &node{attrs: map[string]string{}, parent: cur}
		s = s[1:]
		end := strings.IndexAny(s, " >")
		n.tag, s = s[:end], s[end:]
		for {
			s = strings.TrimLeft(s, " ")
			if s[0] == '>' {
				s = s[1:]
				break
			}
			end := strings.IndexAny(s, "= >")
			name := s[:end]
			s = s[end:]
			if s[0] != '=' {
				n.attrs[name] = ""
				continue
			}
			i := 2
			for ; s[i] != '"'; i++ {
				if s[i] == '\\' {
					i++
				}
			}
			v, err := strconv.Unquote(s[1 : i+1])
			if err != nil {
				t.Fatalf("attribute %s: %v", name, err)
			}
			n.attrs[name] = v
			s = s[i+1:]
		}
		cur.kids = append(cur.kids, n)
		if !voidTags[n.tag] {
			cur = n
		}
	}
	return root
}

// render draws a component as it is now and parses it. (go-app encodes a
// mounted component from its last drawing: Render is called afresh.)
func render(t *testing.T, c app.Composer) *node {
	t.Helper()
	return parseHTML(t, app.HTMLString(c.Render()))
}

// all returns every element under n, in document order, that keep accepts.
func (n *node) all(keep func(*node) bool) []*node {
	var out []*node
	for _, k := range n.kids {
		if k.tag != "" && keep(k) {
			out = append(out, k)
		}
		out = append(out, k.all(keep)...)
	}
	return out
}

// byID returns the element with an id, or nil.
func (n *node) byID(id string) *node {
	found := n.all(func(e *node) bool { return e.attrs["id"] == id })
	if len(found) == 0 {
		return nil
	}
	return found[0]
}

// mustID returns the element with an id, failing the test without one.
func (n *node) mustID(t *testing.T, id string) *node {
	t.Helper()
	e := n.byID(id)
	if e == nil {
		t.Fatalf("no element with id %q", id)
	}
	return e
}

// tagged returns the elements with a tag.
func (n *node) tagged(tag string) []*node {
	return n.all(func(e *node) bool { return e.tag == tag })
}

// withClass returns the elements with a class.
func (n *node) withClass(class string) []*node {
	return n.all(func(e *node) bool { return e.hasClass(class) })
}

func (n *node) hasClass(class string) bool {
	return slices.Contains(strings.Fields(n.attrs["class"]), class)
}

// has reports whether an element carries an attribute.
func (n *node) has(attr string) bool {
	_, ok := n.attrs[attr]
	return ok
}

// textContent is the element's text, its pieces joined by single spaces.
func (n *node) textContent() string {
	var parts []string
	var walk func(*node)
	walk = func(e *node) {
		for _, k := range e.kids {
			if k.tag == "" {
				parts = append(parts, k.text)
			} else {
				walk(k)
			}
		}
	}
	walk(n)
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// dataIDs lists the data-id of each element under n that has one.
func (n *node) dataIDs() []string {
	var ids []string
	for _, e := range n.all(func(e *node) bool { return e.has("data-id") }) {
		ids = append(ids, e.attrs["data-id"])
	}
	return ids
}

// entryIDs lists the ids of entries.
func entryIDs(entries []*kb.Entry) []string {
	var ids []string
	for _, e := range entries {
		ids = append(ids, e.ID)
	}
	return ids
}

// squash joins a text's words with single spaces, as textContent does.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// htmlOf draws an element that is not a component.
func htmlOf(ui app.UI) string { return app.HTMLString(ui) }

// parentHasID reports whether an ancestor of n has the id.
func (n *node) parentHasID(id string) bool {
	for p := n.parent; p != nil; p = p.parent {
		if p.attrs["id"] == id {
			return true
		}
	}
	return false
}
