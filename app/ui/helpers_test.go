package ui

import (
	"io"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

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
	k := uitest.KB(t)
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
