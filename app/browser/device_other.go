//go:build !js

package browser

// Online is true outside a browser.
func Online() bool { return true }

// Matches is false outside a browser.
func Matches(query string) bool { return false }

// HomeScreenApp is false outside a browser.
func HomeScreenApp() bool { return false }

// IOS is false outside a browser.
func IOS() bool { return false }

// Language is "" outside a browser: no preference known.
func Language() string { return "" }

// Vibrate does nothing outside a browser.
func Vibrate(ms int) {}

// Print does nothing outside a browser.
func Print() {}

// Theme is "" outside a browser: the automatic theme.
func Theme() string { return "" }

// SetTheme does nothing outside a browser.
func SetTheme(value string) {}

// CacheNames never calls done outside a browser: there is no worker.
func CacheNames(done func(names []string)) {}

// SetInputValue does nothing outside a browser.
func SetInputValue(id, value string) {}

// CloseOpen finds nothing outside a browser.
func CloseOpen(selector string) bool { return false }
