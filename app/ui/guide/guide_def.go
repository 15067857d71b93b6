package guide

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// guideDef is what makes one guide differ from another: plain data read by
// the one guide engine (guidePage). The steps, their holds, drawings and
// sources come from the knowledge base; only the screens around them and
// the words said at the start and the end live here.
type guideDef struct {
	// path is the guide's address.
	path string
	// title heads the start screen and names the page.
	title string
	// steps are the guide's steps, in order.
	steps func(*kb.KB) []*kb.Entry
	// start and end draw the screens before the first step and after the
	// last.
	start, end func(*guidePage) app.UI
	// startSpoken and endSpoken are what the voice says on those screens.
	startSpoken, endSpoken func(*guidePage) string
}

// firstAidGuide is the Cramp now guide: the warning signs, the first-aid steps,
// then "Did it help?".
func firstAidGuide() *guideDef {
	return &guideDef{
		path:        site.CrampNowPath,
		title:       "Cramp now",
		steps:       (*kb.KB).FirstAid,
		start:       (*guidePage).firstAidStart,
		end:         (*guidePage).firstAidEnd,
		startSpoken: (*guidePage).firstAidStartSpoken,
		endSpoken:   func(*guidePage) string { return "Did it help? Tap yes or no." },
	}
}

// bedtimeGuide is the bedtime stretching routine: what it is and what the
// evidence says, the routine's steps with their holds, then the offer to
// note it in the diary.
func bedtimeGuide() *guideDef {
	return &guideDef{
		path:        site.BedtimePath,
		title:       "Bedtime stretches",
		steps:       (*kb.KB).Routine,
		start:       (*guidePage).routineStart,
		end:         (*guidePage).routineEnd,
		startSpoken: (*guidePage).routineStartSpoken,
		endSpoken: func(*guidePage) string {
			return "That is the routine done. Well done. You can note it in your diary for tonight."
		},
	}
}

// The guides are functions, not package variables: their screens refer
// back to the page, which refers to its guide.

// guideAt is the guide at an address path, or nil.
func guideAt(path string) *guideDef {
	path = strings.TrimSuffix(path, "/")
	for _, g := range []*guideDef{firstAidGuide(), bedtimeGuide()} {
		if g.path == path {
			return g
		}
	}
	return nil
}

// def is the page's guide; a page made without one is the first-aid guide.
func (p *guidePage) def() *guideDef {
	if p.guide == nil {
		p.guide = firstAidGuide()
	}
	return p.guide
}
