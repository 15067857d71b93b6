package uitest

import (
	"slices"
	"strings"
	"testing"
)

// Node is an element of rendered HTML, or a text (Tag ""). Tests look
// elements up rather than match strings, since go-app writes attributes
// in map order.
type Node struct {
	Tag    string            // element name; "" for a text
	Attrs  map[string]string // attribute values, unquoted
	Kids   []*Node           // children, texts included, in order
	Parent *Node             // nil for the root
	Data   string            // a text's words, unescaped
}

// Find lists the elements under n, n included, in document order, that
// match accepts.
func (n *Node) Find(match func(*Node) bool) []*Node {
	var out []*Node
	if n.Tag != "" && match(n) {
		out = append(out, n)
	}
	for _, k := range n.Kids {
		out = append(out, k.Find(match)...)
	}
	return out
}

// Tagged lists the elements named tag under n, n included.
func (n *Node) Tagged(tag string) []*Node {
	return n.Find(func(m *Node) bool { return m.Tag == tag })
}

// WithClass lists the elements with the class under n, n included.
func (n *Node) WithClass(class string) []*Node {
	return n.Find(func(m *Node) bool { return m.HasClass(class) })
}

// Select lists the elements named tag under n, n included, that also
// have class unless class is "".
func (n *Node) Select(tag, class string) []*Node {
	return n.Find(func(m *Node) bool { return m.Tag == tag && (class == "" || m.HasClass(class)) })
}

// ByID is the element with the id under n, or nil.
func (n *Node) ByID(id string) *Node {
	if found := n.Find(func(m *Node) bool { return m.Attrs["id"] == id }); len(found) > 0 {
		return found[0]
	}
	return nil
}

// OnlyID is the element with the id under n, or nil; a second element
// with the id fails the test.
func (n *Node) OnlyID(t testing.TB, id string) *Node {
	t.Helper()
	found := n.Find(func(m *Node) bool { return m.Attrs["id"] == id })
	if len(found) > 1 {
		t.Errorf("%d elements have id %q", len(found), id)
	}
	if len(found) == 0 {
		return nil
	}
	return found[0]
}

// MustID is the first element with the id; its absence stops the test.
func (n *Node) MustID(t testing.TB, id string) *Node {
	t.Helper()
	m := n.ByID(id)
	if m == nil {
		t.Fatalf("no element with id %q", id)
	}
	return m
}

// MustOnlyID is MustID for a test that also checks that the id is worn
// once: a second element with it fails the test.
func (n *Node) MustOnlyID(t testing.TB, id string) *Node {
	t.Helper()
	m := n.OnlyID(t, id)
	if m == nil {
		t.Fatalf("no element with id %q", id)
	}
	return m
}

// HasClass reports whether n carries the class.
func (n *Node) HasClass(class string) bool {
	return slices.Contains(strings.Fields(n.Attrs["class"]), class)
}

// Has reports whether n carries the attribute.
func (n *Node) Has(attr string) bool {
	_, ok := n.Attrs[attr]
	return ok
}

// BoolAttr reads a boolean attribute: go-app writes true bare and false
// as "false".
func (n *Node) BoolAttr(name string) (value, present bool) {
	v, ok := n.Attrs[name]
	return ok && v != "false", ok
}

// Text is the text under n, its runs of white space made one space.
func (n *Node) Text() string {
	var parts []string
	var walk func(*Node)
	walk = func(m *Node) {
		if m.Tag == "" {
			parts = append(parts, m.Data)
		}
		for _, k := range m.Kids {
			walk(k)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// Texts is the Text of each node.
func Texts(nodes []*Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.Text()
	}
	return out
}

// DataIDs lists the data-id of each element under n, n included, that
// has one.
func (n *Node) DataIDs() []string {
	var ids []string
	for _, e := range n.Find(func(e *Node) bool { return e.Has("data-id") }) {
		ids = append(ids, e.Attrs["data-id"])
	}
	return ids
}

// Elements are n's element children, in order.
func (n *Node) Elements() []*Node {
	var out []*Node
	for _, k := range n.Kids {
		if k.Tag != "" {
			out = append(out, k)
		}
	}
	return out
}

// Count is the number of elements under n, n left out.
func (n *Node) Count() int { return len(n.Find(func(*Node) bool { return true })) - 1 }

// Within reports whether an ancestor of n has the id.
func (n *Node) Within(id string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Attrs["id"] == id {
			return true
		}
	}
	return false
}

// Checked lists the ids of the checked inputs under n, n included, whose
// id starts with prefix.
func Checked(n *Node, prefix string) []string {
	var out []string
	for _, in := range n.Select("input", "") {
		if strings.HasPrefix(in.Attrs["id"], prefix) && in.Has("checked") {
			out = append(out, in.Attrs["id"])
		}
	}
	return out
}
