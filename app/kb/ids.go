package kb

import (
	"fmt"
)

// idProblem says what is wrong with an identifier, or returns "".
// Identifiers are lower-case letters and digits in words joined by '-'.
func idProblem(id string) string {
	switch {
	case id == "":
		return "missing: an id is required"
	case len(id) > maxIDLength:
		return fmt.Sprintf("id is longer than %d characters", maxIDLength)
	}
	if !validID(id) {
		return fmt.Sprintf("id %q must be lower-case letters and digits, words joined by single '-' (like \"low-magnesium\")", id)
	}
	return ""
}

// validID reports whether id is lower-case words of letters and digits
// joined by single hyphens.
func validID(id string) bool {
	if id == "" || len(id) > maxIDLength || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && id[i-1] != '-':
		default:
			return false
		}
	}
	return true
}
