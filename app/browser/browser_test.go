//go:build !js

package browser

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A browser API that throws must not stop the page: Safely says so.
func TestSafelyReportsAPanicInsteadOfPassingItOn(t *testing.T) {
	if !Safely(func() {}) {
		t.Error("a call that returned is reported as failed")
	}
	if Safely(func() { panic("the browser threw") }) {
		t.Error("a call that panicked is reported as returned")
	}
}

// Outside a browser every call is inert: nothing is scheduled or followed,
// nothing is read as present, and the rooms can be drawn natively.
func TestOutsideABrowserEveryCallIsInert(t *testing.T) {
	ran := false
	After(0, func() { ran = true })
	Every(1, func() { ran = true })
	WhenIdle(func() { ran = true })
	OnVisibilityChange(func() { ran = true })
	OnStorageChange(func(string, bool) { ran = true })
	if ran {
		t.Error("a callback ran outside a browser")
	}
	for name, stop := range map[string]func(){
		"window": FollowWindow(app.Context{}, "online", nil), "media": FollowMedia(app.Context{}, "(x)", nil),
		"visible": FollowVisible(app.Context{}, nil), "keys": OnKeyDown(nil),
	} {
		if stop == nil {
			t.Errorf("following %s gives no stop", name)
		} else {
			stop()
		}
	}
	if PageURL(func(string) bool { return true }) != nil || Path() != "/" || HistoryMarked("x") || CanGoBack() {
		t.Error("the address or the history reads as present")
	}
	if Matches("(display-mode: standalone)") || HomeScreenApp() || IOS() || Theme() != "" || Language() != "" || !Online() || !Visible() {
		t.Error("the device reads as something")
	}
	if SpeechAvailable() || Speak("step one") || Setting("nightcramp-voice") != "" {
		t.Error("a voice or a stored setting reads as present")
	}
	if _, ok := PickedFile(nil); ok {
		t.Error("a file reads as picked")
	}
	if CloseOpen("details[open]") {
		t.Error("a panel reads as closed")
	}
	var lock ScreenLock
	lock.Acquire()
	if !lock.Wanted() {
		t.Error("the screen lock forgot it is wanted")
	}
	lock.Release()
	if lock.Wanted() {
		t.Error("the released lock is still wanted")
	}
}

// With no frame to wait for, AfterPaint runs at once, so a native test
// sees the whole screen.
func TestAfterPaintRunsAtOnceOutsideABrowser(t *testing.T) {
	ran := false
	AfterPaint(app.Context{}, func(app.Context) { ran = true })
	if !ran {
		t.Error("AfterPaint did not run its work at once")
	}
}
