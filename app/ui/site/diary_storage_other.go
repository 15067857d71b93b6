//go:build !js

package site

import (
	"errors"

	"github.com/nightcramp/nightcramp/app/diary"
)

// ErrNoBrowser is why the server never opens a diary: it lives only in the
// person's browser, so the server renders the diary pages as empty shells.
var ErrNoBrowser = errors.New("the diary lives in the browser")

// BrowserStorage is the page's localStorage; outside a browser there is none.
func BrowserStorage() (diary.Storage, error) { return nil, ErrNoBrowser }

// RequestPersist asks the browser to keep the diary; outside a browser it
// is refused.
func RequestPersist(done func(granted bool, err error)) { done(false, ErrNoBrowser) }

// Persisted asks whether the browser keeps the diary; outside one, no.
func Persisted(done func(granted bool, err error)) { done(false, ErrNoBrowser) }
