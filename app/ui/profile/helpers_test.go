package profile

import (
	"errors"
	"fmt"
	"html"
	"math/rand/v2"
	"net/url"
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

// now is the fixed clock of these tests: 03:10 in the night, so tonight is
// the evening before.
var now = time.Date(2026, 3, 10, 3, 10, 0, 0, time.Local)

var (
	kbOnce sync.Once
	kbVal  *kb.KB
	kbErr  error
)

// knowledge is the embedded knowledge base, loaded once for the package.
func knowledge(t testing.TB) *kb.KB {
	t.Helper()
	kbOnce.Do(func() { kbVal, kbErr = kb.LoadEmbedded() })
	if kbErr != nil {
		t.Fatal(kbErr)
	}
	return kbVal
}

// fixture is a site over a diary in memory, on the fixed clock.
type fixture struct {
	site *site.Site
	mem  *diary.MemStorage
	k    *kb.KB
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	k := knowledge(t)
	mem := diary.NewMemStorage()
	s := site.NewWith(k, func() (diary.Storage, error) { return mem, nil }, func() time.Time { return now })
	return &fixture{site: s, mem: mem, k: k}
}

// brokenSite is a site whose browser has no storage at all.
func brokenSite(t testing.TB, why string) *site.Site {
	return site.NewWith(knowledge(t), func() (diary.Storage, error) { return nil, errors.New(why) }, func() time.Time { return now })
}

// store opens the fixture's diary through the site's session.
func (f *fixture) store(t testing.TB) *diary.Store {
	t.Helper()
	st, err := f.site.Diary.Open()
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// seed saves entries through the session's store and returns them as saved.
func (f *fixture) seed(t testing.TB, entries []diary.Entry) []diary.Entry {
	t.Helper()
	st := f.store(t)
	out := make([]diary.Entry, 0, len(entries))
	for _, e := range entries {
		saved, err := st.SaveEntry(e)
		if err != nil {
			t.Fatalf("seeding %s: %v", e.ID, err)
		}
		out = append(out, saved)
	}
	return out
}

// history makes nights of entries ending the night before tonight, a
// seeded random 0-3 a night, with legs, muscles, ratings and remedies.
func history(nights int, seed uint64) []diary.Entry {
	r := rand.New(rand.NewPCG(seed, 11))
	muscles := []string{"calf", "foot", "back-thigh", "front-thigh"}
	remedies := []string{"stretch-the-cramp", "walk-or-jiggle", "pickle-juice", "warm-the-muscle"}
	helped := []diary.Helped{diary.HelpedYes, diary.HelpedNo, diary.HelpedUnsure, ""}
	last := diary.NightOf(now)
	var out []diary.Entry
	for n := 1; n <= nights; n++ {
		night := last - diary.Day(n)
		for c := range r.IntN(4) {
			d := night.Time()
			at := time.Date(d.Year(), d.Month(), d.Day(), 22, 0, 0, 0, time.Local).Add(time.Duration(r.IntN(10*60)) * time.Minute)
			e := diary.NewEntry(at)
			e.ID = fmt.Sprintf("seed-%03d-%d", n, c)
			e.Leg = diary.Legs[r.IntN(3)]
			e.Muscles = []string{muscles[r.IntN(len(muscles))]}
			e.Duration = 30 + r.IntN(600)
			if r.IntN(5) > 0 {
				e.Pain = diary.Score(r.IntN(11))
			}
			if r.IntN(3) > 0 {
				e.Sleep = diary.Score(r.IntN(11))
			}
			if r.IntN(2) == 0 {
				e.Tried = []diary.Tried{{Remedy: remedies[r.IntN(len(remedies))], Helped: helped[r.IntN(len(helped))]}}
			}
			out = append(out, e)
		}
	}
	return out
}

// host is a component mounted only to lend its context to handlers: go-app
// natively is the server, so OnPreRender is what it calls on mount.
type host struct {
	app.Compo
	ctx app.Context
}

func (h *host) OnPreRender(ctx app.Context) { h.ctx = ctx }
func (h *host) Render() app.UI              { return app.Div() }

// testCtx returns a context of a mounted component of a fresh test engine
// whose page address is addr, and the engine to run what it dispatches.
func testCtx(t testing.TB, addr string) (app.Context, app.TestEngine) {
	t.Helper()
	e := app.NewTestEngine()
	h := &host{}
	if err := e.Load(h); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	u, err := url.Parse(addr)
	if err != nil {
		t.Fatal(err)
	}
	h.ctx.Page().ReplaceURL(u)
	return h.ctx, e
}

// node is one element (or text, tag "") of rendered HTML.
type node struct {
	tag    string
	attrs  map[string]string
	kids   []*node
	text   string
	parent *node
}

// voids are the elements go-app writes without a closing tag.
var voids = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "param": true, "source": true}

// render writes ui as go-app's server does and parses it back: attribute
// values are Go-quoted, a bare attribute is "true", text is HTML-escaped.
func render(t testing.TB, ui app.UI) *node {
	t.Helper()
	s := app.HTMLString(ui)
	root := &node{tag: "#root"}
	cur := root
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			lt = len(s)
		}
		if txt := strings.TrimSpace(s[:lt]); txt != "" {
			cur.kids = append(cur.kids, &node{text: html.UnescapeString(txt), parent: cur})
		}
		s = s[lt:]
		if s == "" {
			break
		}
		if strings.HasPrefix(s, "</") {
			end := strings.IndexByte(s, '>')
			tag := s[2:end]
			for cur != root && cur.tag != tag {
				cur = cur.parent
			}
			if cur == root {
				t.Fatalf("closing </%s> matches nothing", tag)
			}
			cur, s = cur.parent, s[end+1:]
			continue
		}
		n, rest := parseTag(t, s[1:])
		n.parent = cur
		cur.kids = append(cur.kids, n)
		if !voids[n.tag] {
			cur = n
		}
		s = rest
	}
	if cur != root {
		t.Fatalf("<%s> is never closed", cur.tag)
	}
	return root
}

// parseTag reads `tag a="v" b>` and returns the element and what follows.
func parseTag(t testing.TB, s string) (*node, string) {
	t.Helper()
	end := strings.IndexAny(s, " >")
	n := &node{tag: s[:end], attrs: map[string]string{}}
	s = s[end:]
	for {
		s = strings.TrimLeft(s, " ")
		if s[0] == '>' {
			return n, s[1:]
		}
		nameEnd := strings.IndexAny(s, "= >")
		name := s[:nameEnd]
		s = s[nameEnd:]
		if s[0] != '=' {
			n.attrs[name] = "true"
			continue
		}
		q, err := strconv.QuotedPrefix(s[1:])
		if err != nil {
			t.Fatalf("attribute %s of <%s>: %v", name, n.tag, err)
		}
		n.attrs[name], _ = strconv.Unquote(q)
		s = s[1+len(q):]
	}
}

// find returns every element under n (n included) for which match is true.
func (n *node) find(match func(*node) bool) []*node {
	var out []*node
	var walk func(*node)
	walk = func(m *node) {
		if m.tag != "" && match(m) {
			out = append(out, m)
		}
		for _, k := range m.kids {
			walk(k)
		}
	}
	walk(n)
	return out
}

// byID returns the element with an id, or nil.
func (n *node) byID(id string) *node {
	if found := n.find(func(m *node) bool { return m.attrs["id"] == id }); len(found) > 0 {
		return found[0]
	}
	return nil
}

// mustID returns the element with an id, failing the test without it.
func (n *node) mustID(t testing.TB, id string) *node {
	t.Helper()
	m := n.byID(id)
	if m == nil {
		t.Fatalf("no #%s", id)
	}
	return m
}

// all returns the elements under n with a tag and, if class is not empty,
// that class.
func (n *node) all(tag, class string) []*node {
	return n.find(func(m *node) bool { return m.tag == tag && (class == "" || m.hasClass(class)) })
}

func (n *node) hasClass(c string) bool {
	for _, have := range strings.Fields(n.attrs["class"]) {
		if have == c {
			return true
		}
	}
	return false
}

// has reports whether an attribute is present.
func (n *node) has(name string) bool {
	_, ok := n.attrs[name]
	return ok
}

// textOf is the element's text, its pieces joined by single spaces.
func (n *node) textOf() string {
	var parts []string
	var walk func(*node)
	walk = func(m *node) {
		if m.tag == "" {
			parts = append(parts, m.text)
		}
		for _, k := range m.kids {
			walk(k)
		}
	}
	walk(n)
	return strings.Join(parts, " ")
}

// texts returns the text of each element.
func texts(nodes []*node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.textOf()
	}
	return out
}

// elements counts the elements under n, n left out.
func (n *node) elements() int { return len(n.find(func(*node) bool { return true })) - 1 }

// checked lists the ids of the checked inputs under n whose id starts so.
func checked(n *node, prefix string) []string {
	var out []string
	for _, in := range n.all("input", "") {
		if strings.HasPrefix(in.attrs["id"], prefix) && in.has("checked") {
			out = append(out, in.attrs["id"])
		}
	}
	return out
}
