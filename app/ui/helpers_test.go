package ui

import (
	"encoding/xml"
	"io"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// The knowledge base is loaded once for the package's tests.
var (
	kbOnce   sync.Once
	kbLoaded *kb.KB
	kbErr    error
)

// testKB is the embedded knowledge base, the one the app ships.
func testKB(t *testing.T) *kb.KB {
	t.Helper()
	kbOnce.Do(func() { kbLoaded, kbErr = kb.LoadEmbedded() })
	if kbErr != nil {
		t.Fatalf("loading the knowledge base: %v", kbErr)
	}
	return kbLoaded
}

// testSite is the shared value of a page over an empty diary in memory at
// a fixed time of night.
func testSite(t *testing.T) *site.Site {
	mem := diary.NewMemStorage()
	at := time.Date(2026, 3, 4, 3, 15, 0, 0, time.UTC)
	return site.NewWith(testKB(t), func() (diary.Storage, error) { return mem, nil }, func() time.Time { return at })
}

// Register routes go-app's one, global router: the tests register once,
// and share one handler (it prepares its pages on first use).
var (
	registerOnce sync.Once
	handler      *app.Handler
)

// serve registers the route table, as the server does, and answers one
// request the way go-app's handler answers the browser.
func serve(t *testing.T, path string) (int, string) {
	t.Helper()
	k := testKB(t)
	registerOnce.Do(func() {
		Register(k, nil)
		handler = &app.Handler{Name: "Nightcramp"}
	})
	rec := httptest.NewRecorder()
	handler.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	body, err := io.ReadAll(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	return rec.Code, string(body)
}

// node is an element (or, with tag "", a text) of the HTML go-app writes
// on the server, read back so that a test checks ids, attributes and text
// wherever go-app puts them (it writes attributes in map order).
type node struct {
	tag   string
	attrs map[string]string
	kids  []*node
	text  string
}

// parseHTML reads what go-app's server writes: HTML void elements
// (input) are not closed, and values are written with strconv.Quote.
func parseHTML(t *testing.T, markup string) *node {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader("<root>" + markup + "</root>"))
	d.Strict, d.AutoClose, d.Entity = false, xml.HTMLAutoClose, xml.HTMLEntity
	root := &node{attrs: map[string]string{}}
	stack := []*node{}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("reading the HTML: %v\n%s", err, markup)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{tag: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				n.attrs[a.Name.Local] = a.Value
			}
			if len(stack) > 0 {
				stack[len(stack)-1].kids = append(stack[len(stack)-1].kids, n)
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, &node{text: string(tok)})
			}
		}
	}
	return root
}

// render writes ui as the server does and reads it back.
func render(t *testing.T, ui app.UI) *node {
	t.Helper()
	return parseHTML(t, app.HTMLString(ui))
}

// all lists the elements under n (n included) that match.
func (n *node) all(match func(*node) bool) []*node {
	var out []*node
	if n.tag != "" && match(n) {
		out = append(out, n)
	}
	for _, k := range n.kids {
		out = append(out, k.all(match)...)
	}
	return out
}

// tags lists the elements named tag under n.
func (n *node) tags(tag string) []*node {
	return n.all(func(m *node) bool { return m.tag == tag })
}

// byID is the element with the id, or nil.
func (n *node) byID(id string) *node {
	found := n.all(func(m *node) bool { return m.attrs["id"] == id })
	if len(found) == 0 {
		return nil
	}
	return found[0]
}

// mustID is the element with the id; the test stops without it.
func (n *node) mustID(t *testing.T, id string) *node {
	t.Helper()
	m := n.byID(id)
	if m == nil {
		t.Fatalf("no element with id %q", id)
	}
	return m
}

// Text is the text under n, with runs of white space made one space.
func (n *node) Text() string {
	var b strings.Builder
	var walk func(*node)
	walk = func(m *node) {
		if m.tag == "" {
			b.WriteString(m.text + " ")
		}
		for _, k := range m.kids {
			walk(k)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// has reports whether n carries the attribute.
func (n *node) has(attr string) bool {
	_, ok := n.attrs[attr]
	return ok
}
