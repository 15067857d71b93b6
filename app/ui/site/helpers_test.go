package site

import (
	"sync"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
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

// threeAM is the fixed clock of the tests: a night's small hours.
var threeAM = time.Date(2026, 3, 4, 3, 15, 0, 0, time.FixedZone("CET", 3600))

// memSite is the shared value over a diary in memory, counting how often
// the storage is asked for.
func memSite(t *testing.T, mem *diary.MemStorage, asked *int) *Site {
	t.Helper()
	return NewWith(testKB(t), func() (diary.Storage, error) {
		if asked != nil {
			*asked++
		}
		return mem, nil
	}, func() time.Time { return threeAM })
}

// ctxProbe hands out the context go-app gives a mounted component. Natively
// go-app runs OnPreRender, not OnMount.
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
