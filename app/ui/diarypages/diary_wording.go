package diarypages

import (
	"errors"

	"github.com/nightcramp/nightcramp/app/diary"
)

// saveError words a failed save for a tired person. The core's message
// says what failed and that nothing saved before was lost; this adds that
// the form still holds what they typed, and what to do.
func saveError(err error) string {
	switch {
	case errors.Is(err, diary.ErrReadOnly):
		return "Not saved: this diary was written by a newer version of Nightcramp, so this version only reads it. Reload to get the newer version."
	case errors.Is(err, diary.ErrQuota):
		return err.Error() + ". What you typed is still in the form: free some space (Your data, then export and delete old entries) and press Save again."
	}
	return err.Error() + ". What you typed is still in the form."
}
