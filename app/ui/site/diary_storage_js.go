//go:build js

package site

import "github.com/nightcramp/nightcramp/app/diary"

// BrowserStorage is the page's localStorage, where the diary lives.
func BrowserStorage() (diary.Storage, error) { return diary.NewLocalStorage() }

// RequestPersist asks the browser to keep the diary under storage pressure.
func RequestPersist(done func(granted bool, err error)) { diary.RequestPersist(done) }

// Persisted asks whether the browser already keeps it.
func Persisted(done func(granted bool, err error)) { diary.Persisted(done) }
