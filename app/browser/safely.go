package browser

// Safely runs a call into the browser and reports whether it returned: a
// browser API that throws must not stop the page.
func Safely(call func()) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	call()
	return true
}
