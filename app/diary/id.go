package diary

import (
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"time"
)

// NewID returns a fresh entry id: the time in milliseconds (base 36, so ids
// sort roughly by creation) and 8 random bytes, so two devices never pick
// the same id.
func NewID(now time.Time) string {
	var b [8]byte
	rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return strconv.FormatInt(now.UnixMilli(), 36) + "-" + hex.EncodeToString(b[:])
}
