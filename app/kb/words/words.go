// Package words holds pure string helpers for the knowledge-base search:
// they know nothing of entries, and keep package kb small.
package words

// WithinOneEdit reports whether a and b differ by at most one edit: one
// byte inserted, deleted or replaced, or two adjacent bytes swapped (the
// commonest typing slips: "magnesum", "magensium"). It runs in linear time
// and allocates nothing, so it can be tried against every word of an index
// on each keystroke. Search tokens are compared byte by byte: a slip inside
// a non-ASCII letter counts as more than one edit, which only makes the
// match stricter.
func WithinOneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0 // length of the common prefix
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true // equal, or b has one more byte at the end
	}
	if len(a) < len(b) {
		return a[i:] == b[i+1:] // one byte inserted into a
	}
	if a[i+1:] == b[i+1:] {
		return true // one byte replaced
	}
	// Two adjacent bytes swapped.
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// Distance returns the optimal-string-alignment distance between a and b:
// the fewest single-byte insertions, deletions, replacements and swaps of
// adjacent bytes that turn one into the other. It is the slow, obvious
// definition that tests check WithinOneEdit against.
func Distance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
