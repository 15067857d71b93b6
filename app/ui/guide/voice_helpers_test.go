package guide

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// fakeVoice stands for the device's voice and memory: it records what is
// said, cancelled and played, and can have no voice or a voice that throws.
type fakeVoice struct {
	missing  bool // no speech synthesis on the device
	throws   bool // speaking fails
	said     []string
	cancels  int
	tones    int
	settings map[string]string
}

func (f *fakeVoice) speaker() *speaker {
	if f.settings == nil {
		f.settings = map[string]string{}
	}
	return &speaker{
		available: func() bool { return !f.missing },
		speak: func(text string) bool {
			if f.throws {
				return false
			}
			f.said = append(f.said, text)
			return true
		},
		cancel:  func() { f.cancels++ },
		tone:    func() { f.tones++ },
		setting: func(key string) string { return f.settings[key] },
		setSetting: func(key, value string) {
			if value == "" {
				delete(f.settings, key)
				return
			}
			f.settings[key] = value
		},
	}
}

// last is the latest thing said, or "".
func (f *fakeVoice) last() string {
	if len(f.said) == 0 {
		return ""
	}
	return f.said[len(f.said)-1]
}

// fakeClock is a clock a test moves by hand, in ms.
type fakeClock struct{ ms float64 }

func (c *fakeClock) now() float64            { return c.ms }
func (c *fakeClock) advance(seconds float64) { c.ms += seconds * 1000 }

// voicedPage is a guide read from an address, with a fake voice and clock,
// mounted in the test engine as the browser would.
func voicedPage(t *testing.T, address string, v *fakeVoice) (*guidePage, *fakeClock, *mounted) {
	t.Helper()
	clock := &fakeClock{ms: 1_700_000_000_000}
	p := &guidePage{site: uitest.Site(t, diary.NewMemStorage()), speech: v.speaker(), clock: clock.now}
	p.read(uitest.URL(t, address))
	m := mount(t, p)
	return p, clock, m
}

// plainTap is a tap on the guide away from any control.
func plainTap() app.Event {
	target := jsFake{Value: app.Null(), truthy: true, props: map[string]app.Value{"closest": jsBool(true)}}
	return app.Event{Value: jsFake{Value: app.Null(), truthy: true, props: map[string]app.Value{"target": target}}}
}

// controlTap is a tap on a button or link of the guide.
func controlTap() app.Event {
	target := jsFake{Value: app.Null(), truthy: true, props: map[string]app.Value{"closest": jsBool(true)}, ret: jsBool(true)}
	return app.Event{Value: jsFake{Value: app.Null(), truthy: true, props: map[string]app.Value{"target": target}}}
}

// bedtimeAt is the address of a place in the routine.
func bedtimeAt(place, steps int) string { return site.BedtimePath + placeQuery(place, steps) }
