package diarypages

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nightcramp/nightcramp/app/diary"
)

// diaryErrorText words an error of the diary for a tired person: what
// failed, that nothing saved before was lost, and what to do. Every screen
// of the room shows diary errors through it.
func diaryErrorText(err error) string {
	var write *diary.WriteError
	if !errors.As(err, &write) {
		return sentence(err.Error())
	}
	cause := write.Err.Error()
	switch write.Op {
	case diary.OpSaveFirst:
		return "Not saved: " + cause + ". Nothing was saved before."
	case diary.OpDelete:
		return "Not deleted: " + cause + "."
	case diary.OpDeleteAll:
		return "Not everything was deleted: " + cause + "."
	case diary.OpDeleteAllNote:
		return "The diary was deleted, but its version note could not be written: " + cause + "."
	}
	return "Not saved: " + cause + ". Everything saved before is still there."
}

// saveError words a failed save of the log form: the diary's words, then
// that the form still holds what they typed, and what to do. The advice
// for a full phone is said once.
func saveError(err error) string {
	switch {
	case errors.Is(err, diary.ErrReadOnly):
		return "Not saved: this diary was written by a newer version of Nightcramp, so this version only reads it. Reload to get the newer version."
	case errors.Is(err, diary.ErrQuota):
		return diaryErrorText(err) + " What you typed is still in the form: free some space (Your data, then export and delete old entries) and press Save again."
	}
	return diaryErrorText(err) + " What you typed is still in the form."
}

// sentence starts a message with a capital and ends it with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[size:]
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") {
		s += "."
	}
	return s
}
