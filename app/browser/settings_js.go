//go:build js

package browser

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Setting reads a choice remembered on this device (localStorage), or ""
// when there is none or the browser keeps no storage.
func Setting(key string) string {
	value := ""
	Safely(func() {
		store := app.Window().Get("localStorage")
		if !store.Truthy() {
			return
		}
		if got := store.Call("getItem", key); got.Type() == app.TypeString {
			value = got.String()
		}
	})
	return value
}

// SetSetting remembers a choice on this device; "" forgets it. A browser
// that keeps no storage (private mode, full) just forgets.
func SetSetting(key, value string) {
	Safely(func() {
		store := app.Window().Get("localStorage")
		if !store.Truthy() {
			return
		}
		if value == "" {
			store.Call("removeItem", key)
			return
		}
		store.Call("setItem", key, value)
	})
}
