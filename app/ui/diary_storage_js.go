//go:build js

package ui

import "github.com/nightcramp/nightcramp/app/diary"

// browserStorage is the page's localStorage, where the diary lives.
func browserStorage() (diary.Storage, error) { return diary.NewLocalStorage() }

// requestPersist asks the browser to keep the diary under storage pressure.
func requestPersist(done func(granted bool, err error)) { diary.RequestPersist(done) }

// persisted asks whether the browser already keeps it.
func persisted(done func(granted bool, err error)) { diary.Persisted(done) }
