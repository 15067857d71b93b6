package shell

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nightcramp/nightcramp/app/diary"
)

// The room's words for app/diary's typed errors. app/diary's messages are
// for logs and other callers; what a tired person reads is worded here,
// once: a full storage says its advice a single time.

const (
	keptInForm   = "What you typed is still in the form."
	storageFull  = "Not saved: the phone's storage for this app is full. Everything saved before is still there."
	makeRoom     = "To make room, export your diary (Your data), delete old entries, then try again."
	newerVersion = "Not saved: this diary was written by a newer version of Nightcramp, so this version only reads it. Reload to get the newer version."
)

// SaveError words a failed save of the log form: what failed, that the
// form still holds what they typed, and what to do.
func SaveError(err error) string {
	return wordError(err, keptInForm)
}

// CheckInError words a failed check-in: nothing to keep, a tap again will do.
func CheckInError(err error) string {
	return wordError(err, "")
}

// MedicineError words a failed change to the medicine list.
func MedicineError(err error) string {
	return wordError(err, "")
}

// wordError says err in the room's words; kept, if not empty, says what
// the screen still holds.
func wordError(err error, kept string) string {
	var invalid *diary.ErrInvalid
	var msg string
	switch {
	case errors.Is(err, diary.ErrReadOnly):
		return newerVersion
	case errors.Is(err, diary.ErrQuota):
		msg = storageFull + " " + kept + " " + makeRoom
	case errors.As(err, &invalid):
		msg = "Not saved: " + strings.Join(reasonsOf(invalid), "; ") + ". " + kept
	default:
		msg = DiaryErrorText(err) + " " + kept
	}
	return strings.Join(strings.Fields(msg), " ")
}

// reasonsOf lists what is wrong in a record, in the core's words for each
// field.
func reasonsOf(e *diary.ErrInvalid) []string {
	out := make([]string, len(e.Reasons))
	for i, r := range e.Reasons {
		out[i] = r.Error()
	}
	return out
}

// DiaryErrorText words an error of the diary for a tired person: what
// failed, that nothing saved before was lost, and what to do. Every screen
// of the room shows diary errors through it.
func DiaryErrorText(err error) string {
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

// MedicineDates is "since 3 Mar 2026" or "3 Mar 2026 to 9 Apr 2026".
func MedicineDates(m diary.Medicine) string {
	if m.Stop == 0 {
		return "since " + m.Start.Time().Format("2 Jan 2006")
	}
	return m.Start.Time().Format("2 Jan 2006") + " to " + m.Stop.Time().Format("2 Jan 2006")
}
