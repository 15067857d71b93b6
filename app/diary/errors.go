package diary

import (
	"errors"
	"fmt"
	"strings"
)

// Typed errors. The screens pick the case with errors.Is and errors.As and
// word it for a person (app/ui/diarypages/diary_wording.go); the messages
// here say what failed, for logs and tests.

// ErrStorageFull is the same value as ErrQuota, under the name the screens
// use: a write the device refused for lack of room. Every save error caused
// by a full store matches it with errors.Is.
var ErrStorageFull = ErrQuota

// ErrNotDiaryFile is matched by ParseImport's error when the file is not a
// Nightcramp diary export (not JSON, cut short, another format, no
// version).
var ErrNotDiaryFile = errors.New("not a Nightcramp diary file")

// FieldError is one reason a record cannot be saved or imported: the field
// concerned ("note", "pain", "tried", ...) and what is wrong, for people.
type FieldError struct {
	Field  string
	Reason string
}

// Error returns the reason alone: the record's message lists them.
func (e *FieldError) Error() string { return e.Reason }

// ErrTooLong is a text field longer than its limit, in characters.
type ErrTooLong struct {
	Field string // "note", "new medicine", "medicine name"
	Max   int    // the most characters allowed
	Got   int    // characters given
	msg   string // the older wording of some checks, kept for callers
}

// Error words the limit as the checks always have.
func (e *ErrTooLong) Error() string {
	if e.msg != "" {
		return e.msg
	}
	return fmt.Sprintf("the %s is %d characters long; the most is %d", e.Field, e.Got, e.Max)
}

// ErrInvalid is a record a save refused, with every reason. Unwrap gives
// the reasons, so errors.As finds an *ErrTooLong or a *FieldError in it.
type ErrInvalid struct {
	Record  string  // "entry", "day note", "profile", "check-in", "medicine"
	Reasons []error // *FieldError or *ErrTooLong, in field order
}

// Error is the sentence the screens have always shown.
func (e *ErrInvalid) Error() string {
	lead := "This " + e.Record + " cannot be saved: "
	if e.Record == "profile" {
		lead = "The profile cannot be saved: "
	}
	return lead + strings.Join(reasonTexts(e.Reasons), "; ")
}

// Unwrap returns the reasons.
func (e *ErrInvalid) Unwrap() []error { return e.Reasons }

// ErrDamaged is a write refused because the key holds a value that could
// not be read: it is never written over (export it first).
type ErrDamaged struct{ Key string }

// Error says what to do, as before.
func (e *ErrDamaged) Error() string {
	return fmt.Sprintf("a damaged value is stored under %s; export the diary to keep it, then delete everything to start again", e.Key)
}

// ErrFileTooBig is an import file over the size limit, in bytes.
type ErrFileTooBig struct{ Size, Max int }

// Error gives both sizes for people.
func (e *ErrFileTooBig) Error() string {
	return fmt.Sprintf("This file is %s; the most a diary file may be is %s.", sizeText(e.Size), sizeText(e.Max))
}

// ErrNewerFile is an import file written by a newer schema than this code.
type ErrNewerFile struct{ Version int }

// Error says to update the app.
func (e *ErrNewerFile) Error() string {
	return fmt.Sprintf("This diary file was made by a newer version of Nightcramp (version %d). Update the app, then import it.", e.Version)
}

// ErrTooManyRecords is an import file holding more records of one kind than
// any real diary could (see MaxImportRecords).
type ErrTooManyRecords struct {
	Kind     string // "entries", "day notes", "check-ins", "medicines"
	Got, Max int
}

// Error gives the count and the limit.
func (e *ErrTooManyRecords) Error() string {
	return fmt.Sprintf("This file holds %d %s; the most a diary file may hold is %d.", e.Got, e.Kind, e.Max)
}

// notDiary is a ParseImport error that matches ErrNotDiaryFile but keeps
// its own sentence.
type notDiary struct{ msg string }

func (e *notDiary) Error() string        { return e.msg }
func (e *notDiary) Is(target error) bool { return target == ErrNotDiaryFile }

func reasonTexts(errs []error) []string {
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = e.Error()
	}
	return out
}

// invalid returns nil for no reasons, else an *ErrInvalid.
func invalid(record string, reasons []error) error {
	if len(reasons) == 0 {
		return nil
	}
	return &ErrInvalid{Record: record, Reasons: reasons}
}

// WriteOp names the write a WriteError failed in.
type WriteOp int

// The writes.
const (
	OpSave          WriteOp = iota // saving one record
	OpSaveFirst                    // the first save, which writes the version note too
	OpDelete                       // deleting one record
	OpDeleteAll                    // deleting everything
	OpDeleteAllNote                // deleting everything: its last step, the version note
)

// WriteError is a write the browser's storage refused. Nothing saved
// before it is lost; Err is the storage's reason (ErrQuota when it is full).
// The screens word it (see app/ui/diarypages).
type WriteError struct {
	Op  WriteOp
	Err error
}

// Error says what failed, for logs and tests.
func (e *WriteError) Error() string {
	switch e.Op {
	case OpDelete:
		return "not deleted: " + e.Err.Error()
	case OpDeleteAll:
		return "not everything was deleted: " + e.Err.Error()
	case OpDeleteAllNote:
		return "the diary was deleted, but its version note could not be written: " + e.Err.Error()
	}
	return "not saved: " + e.Err.Error()
}

// Unwrap returns the storage's reason.
func (e *WriteError) Unwrap() error { return e.Err }

// ErrNoMedicine is a change to a medicine the diary does not hold.
type ErrNoMedicine struct{ ID string }

// Error names the medicine.
func (e *ErrNoMedicine) Error() string { return fmt.Sprintf("there is no medicine %q", e.ID) }
