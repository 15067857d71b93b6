//go:build !js

package browser

// Setting is "" outside a browser: nothing is remembered.
func Setting(key string) string { return "" }

// SetSetting remembers nothing outside a browser.
func SetSetting(key, value string) {}
