package shell

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Checkbox sets an input's checked and disabled states. go-app's server
// writes a false boolean as checked="false", which a browser reads as
// checked: on the server, false is left out instead. In the browser the
// property is always set, so unchecking works.
func Checkbox(in app.HTMLInput, checked, disabled bool) app.HTMLInput {
	if checked || !app.IsServer {
		in = in.Checked(checked)
	}
	if disabled || !app.IsServer {
		in = in.Disabled(disabled)
	}
	return in
}
