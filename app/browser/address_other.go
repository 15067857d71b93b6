//go:build !js

package browser

import "net/url"

// PageURL is nil outside a browser: the server reads the request instead.
func PageURL(isPage func(path string) bool) *url.URL { return nil }

// Path is "/" outside a browser.
func Path() string { return "/" }

// ReplaceAddress does nothing outside a browser.
func ReplaceAddress(addr string) {}

// SetAddress does nothing outside a browser.
func SetAddress(addr string) {}

// MarkHistory does nothing outside a browser.
func MarkHistory(mark string) {}

// HistoryMarked is false outside a browser.
func HistoryMarked(mark string) bool { return false }

// CanGoBack is false outside a browser.
func CanGoBack() bool { return false }

// Back does nothing outside a browser.
func Back() {}
