package guide

import "errors"

// recordStretches notes in the diary that tonight's bedtime stretches were
// done.
func (p *guidePage) recordStretches() error {
	return errors.New("The diary cannot note stretches yet.")
}
