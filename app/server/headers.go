package server

import (
	"net/http"
	"strings"
)

// cspDirectives is the Content-Security-Policy: everything from the app's own
// origin, nothing inline, nothing evaluated from strings.
//   - script-src needs 'wasm-unsafe-eval' to compile app.wasm, and nothing
//     more: go-app's page loads wasm_exec.js, app.js and theme.js as files,
//     and neither they nor the wasm use eval or new Function.
//   - style-src is 'self' without 'unsafe-inline': the styles are app.css
//     files, no component sets a style attribute, and go-app's own loader
//     is styled by its /app.css.
//   - frame-ancestors 'none' keeps the app out of other sites' frames; it is
//     the one directive a <meta> cannot carry (see metaDirectives).
var cspDirectives = []string{
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self'",
	"font-src 'self'",
	"connect-src 'self'",
	"manifest-src 'self'",
	"worker-src 'self'",
	"frame-src 'none'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
	"frame-ancestors 'none'",
}

// ContentSecurityPolicy is the policy header the server sends on every
// response.
var ContentSecurityPolicy = strings.Join(cspDirectives, "; ")

// MetaContentSecurityPolicy is the same policy for a <meta http-equiv> tag,
// for hosts that cannot set headers. Browsers ignore frame-ancestors there
// (and warn about it), so it is left out: only a header can forbid framing.
var MetaContentSecurityPolicy = strings.Join(metaDirectives(), "; ")

func metaDirectives() []string {
	var out []string
	for _, d := range cspDirectives {
		if !strings.HasPrefix(d, "frame-ancestors ") {
			out = append(out, d)
		}
	}
	return out
}

// permissionsPolicy allows the one powerful feature the app uses, keeping
// the screen awake during first aid, and denies those it never needs.
// Vibration is not a policy feature in Chromium (navigator.vibrate needs a
// user gesture instead), so naming it would only log a warning. Every feature
// named here is one Chromium recognises.
var permissionsPolicy = strings.Join([]string{
	"screen-wake-lock=(self)",
	"camera=()", "microphone=()", "geolocation=()", "payment=()",
	"usb=()", "serial=()", "hid=()", "midi=()", "gyroscope=()", "magnetometer=()",
	"display-capture=()", "idle-detection=()", "local-fonts=()", "clipboard-read=()",
	"publickey-credentials-get=()", "identity-credentials-get=()", "otp-credentials=()",
	"xr-spatial-tracking=()", "window-management=()", "encrypted-media=()",
	"browsing-topics=()", "interest-cohort=()",
}, ", ")

// SecurityHeaders are sent on every response, refusals included. The static
// export lists them in its _headers file.
var SecurityHeaders = [][2]string{
	{"Content-Security-Policy", ContentSecurityPolicy},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "no-referrer"},
	{"Permissions-Policy", permissionsPolicy},
	{"X-Frame-Options", "DENY"}, // frame-ancestors for browsers older than CSP 2
	{"Cross-Origin-Opener-Policy", "same-origin"},
	{"Cross-Origin-Resource-Policy", "same-origin"},
}

// withSecurityHeaders sets the security headers on every response, and
// gives HTML a charset: go-app sends its pages as bare "text/html".
func withSecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		for _, kv := range SecurityHeaders {
			h.Set(kv[0], kv[1])
		}
		next.ServeHTTP(&charsetWriter{ResponseWriter: w}, r)
	})
}

// charsetWriter adds "; charset=utf-8" to a bare text/html Content-Type
// just before the header is sent.
type charsetWriter struct {
	http.ResponseWriter
	wrote bool
}

func (w *charsetWriter) WriteHeader(code int) {
	if !w.wrote {
		w.wrote = true
		h := w.Header()
		if strings.EqualFold(strings.TrimSpace(h.Get("Content-Type")), "text/html") {
			h.Set("Content-Type", "text/html; charset=utf-8")
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *charsetWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *charsetWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
