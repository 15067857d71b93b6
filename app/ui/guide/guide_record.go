package guide

import "errors"

// errNoDiary says the browser keeps no diary (no storage).
var errNoDiary = errors.New("no diary on this device")

// recordFailure is what the end screen says when the record failed.
func recordFailure(err error) string {
	if errors.Is(err, errNoDiary) {
		return "Not recorded: this browser cannot keep a diary."
	}
	return "Not recorded. " + err.Error()
}

// recordStretches notes in the diary's nightly check-in that tonight's
// bedtime stretches were done, keeping what the check-in already says.
func (p *guidePage) recordStretches() error {
	st, err := p.site.Diary.Open()
	if err != nil || st == nil {
		return errNoDiary
	}
	night := p.site.Diary.Tonight()
	c, _ := st.CheckInOf(night)
	c.Stretched = true
	_, err = st.CheckIn(night, c)
	return err
}

// stretchedTonight reports whether the diary already says tonight's
// stretches were done: coming back to the end shows it, not the offer.
func (p *guidePage) stretchedTonight() bool {
	// Only in the page: the server never opens a diary.
	if !p.mounted || p.site.Diary == nil {
		return false
	}
	st, err := p.site.Diary.Open()
	if err != nil || st == nil {
		return false
	}
	c, ok := st.CheckInOf(p.site.Diary.Tonight())
	return ok && c.Stretched
}
