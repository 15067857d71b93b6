//go:build !js

package browser

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// After never runs fn outside a browser: there is no page to come back to.
func After(ms int, fn func()) {}

// Every never runs fn outside a browser.
func Every(ms int, fn func()) {}

// WhenIdle never runs fn outside a browser.
func WhenIdle(fn func()) {}

// AfterPaint runs fn at once outside a browser: there is no frame to wait
// for, and a native test sees the whole screen.
func AfterPaint(ctx app.Context, fn func(app.Context)) { fn(ctx) }

// NowMillis reads the wall clock in milliseconds since 1970.
func NowMillis() float64 { return float64(time.Now().UnixMilli()) }
