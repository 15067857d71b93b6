package guide

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// jsFake stands for a browser value in a native test: the inert native
// value for everything, except the properties, items, truth and number it
// is given, and a record of the methods called on it.
type jsFake struct {
	app.Value
	props  map[string]app.Value
	items  []app.Value
	truthy bool
	num    float64
	calls  *[]string
	ret    app.Value // what Call returns; nil: null
}

func (v jsFake) Get(name string) app.Value {
	if p, ok := v.props[name]; ok {
		return p
	}
	return app.Null()
}

func (v jsFake) Truthy() bool          { return v.truthy }
func (v jsFake) Float() float64        { return v.num }
func (v jsFake) Length() int           { return len(v.items) }
func (v jsFake) Index(i int) app.Value { return v.items[i] }

func (v jsFake) Call(method string, args ...any) app.Value {
	if v.calls != nil {
		*v.calls = append(*v.calls, method)
	}
	if v.ret != nil {
		return v.ret
	}
	return app.Null()
}

func jsBool(b bool) app.Value { return jsFake{Value: app.Null(), truthy: b} }

// click is a click event, with the modifier keys held (altKey, ctrlKey...);
// calls records what the handler asked of the event.
func click(calls *[]string, held ...string) app.Event {
	props := map[string]app.Value{}
	for _, m := range held {
		props[m] = jsBool(true)
	}
	return app.Event{Value: jsFake{Value: app.Null(), props: props, truthy: true, calls: calls}}
}

// mounted is a guide mounted in the test engine, with a live context.
type mounted struct {
	engine app.TestEngine
	host   *uitest.Host
	ctx    app.Context
}

// mount loads the page into a test engine and mounts it as the browser
// would (OnMount with the engine's context: natively go-app calls only
// OnPreRender).
func mount(t *testing.T, p *guidePage) *mounted {
	t.Helper()
	h := uitest.MountHost(t, p)
	if !p.Mounted() {
		t.Fatal("the guide is not mounted though the engine gave it a context")
	}
	p.OnMount(h.Ctx)
	return &mounted{engine: h.Engine, host: h, ctx: h.Ctx}
}
