//go:build !js

package browser

// ScreenLock keeps the screen on in a browser; elsewhere it only remembers
// whether it is wanted.
type ScreenLock struct {
	wanted bool
}

// Acquire notes that the lock is wanted.
func (l *ScreenLock) Acquire() { l.wanted = true }

// Release notes that it is not.
func (l *ScreenLock) Release() { l.wanted = false }

// Wanted reports whether the lock is wanted (for native tests).
func (l *ScreenLock) Wanted() bool { return l.wanted }
