//go:build !js

package ui

import (
	"errors"

	"github.com/nightcramp/nightcramp/app/diary"
)

// errNoBrowser is why the server never opens a diary: it lives only in the
// person's browser, so the server renders the diary pages as empty shells.
var errNoBrowser = errors.New("the diary lives in the browser")

func browserStorage() (diary.Storage, error) { return nil, errNoBrowser }

func requestPersist(done func(granted bool, err error)) { done(false, errNoBrowser) }

func persisted(done func(granted bool, err error)) { done(false, errNoBrowser) }
