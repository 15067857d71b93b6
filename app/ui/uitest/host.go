package uitest

import (
	"net/url"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Host is a component mounted in go-app's test engine to lend handlers a
// real app.Context. Natively go-app calls OnPreRender, not OnMount, so
// that is where the context comes from. Host renders its UI as it is, so
// that app.Match paths start at the UI.
type Host struct {
	app.Compo
	UI     app.UI         // what the host shows
	Ctx    app.Context    // the context the engine gave
	Engine app.TestEngine // the engine, to run what handlers dispatch
	got    bool
}

// OnPreRender keeps the context the engine gives.
func (h *Host) OnPreRender(ctx app.Context) { h.Ctx, h.got = ctx, true }

// Render shows the host's UI.
func (h *Host) Render() app.UI { return h.UI }

// MountHost loads ui (an empty div if nil) in a fresh test engine.
func MountHost(t testing.TB, ui app.UI) *Host {
	t.Helper()
	if ui == nil {
		ui = app.Div()
	}
	h := &Host{UI: ui, Engine: app.NewTestEngine()}
	if err := h.Engine.Load(h); err != nil {
		t.Fatalf("the test engine does not load the page: %v", err)
	}
	h.Engine.ConsumeAll()
	if !h.got {
		t.Fatal("the test engine never ran OnPreRender")
	}
	return h
}

// Mount loads ui in a test engine and returns a context for its handlers
// and the engine.
func Mount(t testing.TB, ui app.UI) (app.Context, app.TestEngine) {
	t.Helper()
	h := MountHost(t, ui)
	return h.Ctx, h.Engine
}

// MountAt is Mount on a page whose address is addr.
func MountAt(t testing.TB, ui app.UI, addr string) (app.Context, app.TestEngine) {
	t.Helper()
	ctx, e := Mount(t, ui)
	u, err := url.Parse(addr)
	if err != nil {
		t.Fatalf("bad test address %q: %v", addr, err)
	}
	ctx.Page().ReplaceURL(u)
	return ctx, e
}

// Context is the context of an empty component mounted in a test engine.
func Context(t testing.TB) app.Context {
	t.Helper()
	ctx, _ := Mount(t, nil)
	return ctx
}

// URL parses an address a test gives.
func URL(t testing.TB, raw string) *url.URL {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatalf("bad test address %q: %v", raw, err)
	}
	return u
}
