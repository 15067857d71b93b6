package install

import (
	"encoding/xml"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
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

// ctxProbe hands out the context go-app gives a mounted component, so that
// handlers are called as the engine would call them. Natively go-app runs
// OnPreRender, not OnMount.
type ctxProbe struct {
	app.Compo
	ctx     app.Context
	mounted bool
}

func (p *ctxProbe) OnPreRender(ctx app.Context) { p.ctx, p.mounted = ctx, true }
func (p *ctxProbe) Render() app.UI              { return app.Div() }

// testContext mounts a probe in a test engine and returns its context.
func testContext(t *testing.T) app.Context {
	t.Helper()
	e := app.NewTestEngine()
	p := &ctxProbe{}
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if !p.mounted {
		t.Fatal("the test engine never ran OnPreRender")
	}
	return p.ctx
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

// elements are n's element children, in order.
func (n *node) elements() []*node {
	var out []*node
	for _, k := range n.kids {
		if k.tag != "" {
			out = append(out, k)
		}
	}
	return out
}
