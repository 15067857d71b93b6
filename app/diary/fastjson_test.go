package diary

import (
	"strings"
	"testing"
)

// TestFastReaderEscapes: notes full of escapes read the same through the
// fast reader as through encoding/json, and the stored shape never needs
// the slow path.
func TestFastReaderEscapes(t *testing.T) {
	e := entryAt(base, 5)
	e.ID = "esc"
	e.Note = "<script>&amp;</script> \"q\" \\ \n\t\r \u2028 é 😀 \x01"
	stored := encode(e)
	got, ok := fastEntry(stored)
	if !ok || got.Note != e.Note {
		t.Fatalf("fast path refused or changed the stored shape: %v %q", ok, got.Note)
	}
	checkFastAgrees(t, stored)
	handWritten := []string{
		`\/ \b \f`, `\ud83d\ude00`, `\u00e9\u00E9`,
		`\ud800`, `\ud800\u0041`, `\udc00`, `\u12`, `\x`, "\x7f", "\xff",
	}
	for _, note := range handWritten {
		data := strings.Replace(stored, encode(e.Note), `"`+note+`"`, 1)
		checkFastAgrees(t, data)
	}
	for _, odd := range []string{
		strings.Replace(stored, `"pain":5`, `"pain":5.0`, 1),
		strings.Replace(stored, `"pain":5`, `"pain":-0`, 1),
		strings.Replace(stored, `"pain":5`, `"pain":05`, 1),
		strings.Replace(stored, `"pain":5`, `"pain":500`, 1),
		strings.Replace(stored, `"pain":5`, `"pain":null`, 1),
		strings.Replace(stored, `"leg":"left"`, `"leg":"left","leg":"right"`, 1),
		strings.Replace(stored, `"id"`, `"ID"`, 1),
		strings.Replace(stored, `{`, ` { `, 1) + " ",
		stored + "x",
		`{"tried":[{"remedy":"a","helped":"yes"}],"tried":[{"remedy":"b"}]}`,
	} {
		checkFastAgrees(t, odd)
	}
}
