package server

import (
	"fmt"
	"net/http"
	"strings"
)

// MaxRequestURI is the longest request target the site answers. A shared
// search link with every filter set is far shorter; the margin keeps long
// (even silly) queries working, which the app then explains. Go's server
// itself answers 431 once the request line and headers pass its own limit.
const MaxRequestURI = 12 << 10

// guard refuses, with a clear status and a one-line reason, what a static
// PWA never needs to answer: methods other than GET and HEAD, over-long
// URLs and paths that try to climb out of the site. Everything the site
// serves comes from memory or go-app's routes, so no path can reach a file
// outside the site anyway; refusing early says so plainly.
func guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if code, reason := refusal(r); code != 0 {
			refuse(w, r, code, reason)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// refusal returns the status and reason for refusing r, or 0.
func refusal(r *http.Request) (int, string) {
	switch {
	case r.Method != http.MethodGet && r.Method != http.MethodHead:
		if knownMethods[r.Method] {
			return http.StatusMethodNotAllowed, "this site only answers GET and HEAD requests"
		}
		return http.StatusNotImplemented, "this site does not know that request method"
	case len(r.RequestURI) > MaxRequestURI:
		return http.StatusRequestURITooLong, fmt.Sprintf("the address is longer than %d bytes", MaxRequestURI)
	}
	if reason := badPath(r.URL.Path, r.URL.RawPath); reason != "" {
		return http.StatusBadRequest, reason
	}
	return 0, ""
}

// knownMethods are the methods of HTTP/1.1 and PATCH: for these the answer
// is 405 with an Allow header; any other method is 501, as RFC 9110 says.
var knownMethods = map[string]bool{
	http.MethodPost: true, http.MethodPut: true, http.MethodPatch: true,
	http.MethodDelete: true, http.MethodOptions: true, http.MethodTrace: true,
	http.MethodConnect: true,
}

// badPath explains why a request path is refused, or returns "". path is
// decoded; rawPath is the path as sent when it differs from the decoded one
// re-encoded (as net/url keeps it).
func badPath(path, rawPath string) string {
	switch {
	case !strings.HasPrefix(path, "/"):
		return "the path must start with /"
	case hasDotSegment(path):
		return "the path must not contain . or .. segments"
	case strings.ContainsAny(path, "\\\x00") || hasControl(path):
		return "the path must not contain backslashes or control characters"
	case containsFold(rawPath, "%2f") || containsFold(rawPath, "%5c"):
		return "the path must not contain an encoded slash"
	case containsFold(path, "%2e") || containsFold(path, "%2f") || containsFold(path, "%5c") || containsFold(path, "%25"):
		return "the path must not be encoded twice"
	}
	return ""
}

// hasDotSegment reports a "." or ".." segment, which would climb out of
// the folder it names.
func hasDotSegment(path string) bool {
	for _, seg := range strings.Split(path, "/") {
		if seg == "." || seg == ".." {
			return true
		}
	}
	return false
}

func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			return true
		}
	}
	return false
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), sub)
}

// refuse answers a refusal as plain text naming the status and the reason.
func refuse(w http.ResponseWriter, r *http.Request, code int, reason string) {
	h := w.Header()
	if code == http.StatusMethodNotAllowed {
		h.Set("Allow", "GET, HEAD")
	}
	h.Set("Cache-Control", "no-store")
	h.Set("Connection", "close")
	body := fmt.Sprintf("%d %s: %s.\n", code, http.StatusText(code), reason)
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		fmt.Fprint(w, body)
	}
}
