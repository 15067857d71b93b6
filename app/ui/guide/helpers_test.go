package guide

import (
	"encoding/xml"
	"errors"
	"io"
	"net/url"
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
// none changes it (a KB is read-only).
var (
	kbOnce sync.Once
	kbVal  *kb.KB
	kbErr  error
)

// testKB is the embedded knowledge base, the one the app ships.
func testKB(t *testing.T) *kb.KB {
	t.Helper()
	kbOnce.Do(func() { kbVal, kbErr = kb.LoadEmbedded() })
	if kbErr != nil {
		t.Fatalf("the embedded knowledge base does not load: %v", kbErr)
	}
	if len(kbVal.FirstAid()) < 2 {
		t.Fatalf("the guide needs at least two first-aid steps to test moving, has %d", len(kbVal.FirstAid()))
	}
	return kbVal
}

// fixedNow is the clock of the test site: 3 a.m., when cramps wake people.
var fixedNow = time.Date(2026, 3, 14, 3, 0, 0, 0, time.UTC)

// newSite is the shared value over the real knowledge base, a diary in
// memory and a fixed clock.
func newSite(t *testing.T) *site.Site {
	t.Helper()
	mem := diary.NewMemStorage()
	return site.NewWith(testKB(t), func() (diary.Storage, error) { return mem, nil }, func() time.Time { return fixedNow })
}

// newPage is the guide read from an address, as OnNav reads it.
func newPage(t *testing.T, address string) *guidePage {
	t.Helper()
	p := &guidePage{site: newSite(t)}
	p.read(mustURL(t, address))
	return p
}

func mustURL(t *testing.T, raw string) *url.URL {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatalf("bad test address %q: %v", raw, err)
	}
	return u
}

// heldPlace is the place of the first step with a hold timer.
func heldPlace(t *testing.T, k *kb.KB) (place, seconds int) {
	t.Helper()
	for i, s := range k.FirstAid() {
		if s.HoldSeconds > 0 {
			return i + 1, s.HoldSeconds
		}
	}
	t.Fatal("no first-aid step has a hold timer")
	return 0, 0
}

// redFlagIDs are the ids of the red flags of the given urgencies, in the
// knowledge base's order.
func redFlagIDs(k *kb.KB, urgencies ...kb.Urgency) []string {
	var ids []string
	for _, e := range k.RedFlags() {
		for _, u := range urgencies {
			if e.Urgency == u {
				ids = append(ids, e.ID)
			}
		}
	}
	return ids
}

// node is one element of rendered HTML, read back so that tests ask for
// an id or a class rather than search the text.
type node struct {
	tag  string
	attr map[string]string
	kids []*node
	text strings.Builder
}

// render draws the page as the server does and reads the HTML back.
func render(t *testing.T, ui app.UI) *node {
	t.Helper()
	return parseHTML(t, app.HTMLString(ui))
}

// parseHTML reads go-app's HTML: void elements (input) are closed for it.
func parseHTML(t *testing.T, html string) *node {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader("<root>" + html + "</root>"))
	d.Strict, d.AutoClose, d.Entity = false, xml.HTMLAutoClose, xml.HTMLEntity
	root := &node{tag: "#root", attr: map[string]string{}}
	stack := []*node{root}
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("rendered HTML does not parse: %v\n%s", err, html)
		}
		top := stack[len(stack)-1]
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{tag: tok.Name.Local, attr: map[string]string{}}
			for _, a := range tok.Attr {
				n.attr[a.Name.Local] = a.Value
			}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			for _, n := range stack {
				n.text.Write(tok)
			}
		}
	}
	return root
}

// Text is the element's text, spaces collapsed.
func (n *node) Text() string { return strings.Join(strings.Fields(n.text.String()), " ") }

// walk visits the element and everything inside it.
func (n *node) walk(visit func(*node)) {
	visit(n)
	for _, k := range n.kids {
		k.walk(visit)
	}
}

// all returns every element inside n (n included) that keep accepts.
func (n *node) all(keep func(*node) bool) []*node {
	var out []*node
	n.walk(func(m *node) {
		if keep(m) {
			out = append(out, m)
		}
	})
	return out
}

// byID is the element with an id, or nil; two elements with one id fail.
func (n *node) byID(t *testing.T, id string) *node {
	t.Helper()
	found := n.all(func(m *node) bool { return m.attr["id"] == id })
	if len(found) > 1 {
		t.Errorf("%d elements have id %q", len(found), id)
	}
	if len(found) == 0 {
		return nil
	}
	return found[0]
}

// mustID is the element with an id; its absence fails the test.
func (n *node) mustID(t *testing.T, id string) *node {
	t.Helper()
	m := n.byID(t, id)
	if m == nil {
		t.Fatalf("no element with id %q", id)
	}
	return m
}

// tags returns the elements with a tag name.
func (n *node) tags(tag string) []*node {
	return n.all(func(m *node) bool { return m.tag == tag })
}

// hasClass reports whether the element has a class.
func (n *node) hasClass(class string) bool {
	return strings.Contains(" "+n.attr["class"]+" ", " "+class+" ")
}

// flagIDs are the data-id of each item of a red-flag list.
func (n *node) flagIDs() []string {
	var ids []string
	for _, li := range n.tags("li") {
		ids = append(ids, li.attr["data-id"])
	}
	return ids
}

// boolAttr reads a boolean attribute: go-app writes true as the bare name
// and false as "false".
func (n *node) boolAttr(name string) (value, present bool) {
	v, ok := n.attr[name]
	if !ok {
		return false, false
	}
	return v != "false", true
}
