package diarypages

import (
	"fmt"
	"strings"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// entryHeadline says an entry in a few words: "Left leg, Calf, pain 6".
func entryHeadline(s *site.Site, e diary.Entry) string {
	var parts []string
	if e.Leg != "" {
		parts = append(parts, legLabel(e.Leg))
	}
	if len(e.Muscles) > 0 {
		parts = append(parts, strings.Join(muscleLabels(s, e.Muscles), " and "))
	}
	if len(parts) == 0 {
		parts = append(parts, "Cramp")
	}
	if e.Pain != diary.Unset {
		parts = append(parts, fmt.Sprintf("pain %d", e.Pain))
	}
	return strings.Join(parts, ", ")
}

func legLabel(l diary.Leg) string {
	switch l {
	case diary.LegLeft:
		return "Left leg"
	case diary.LegRight:
		return "Right leg"
	case diary.LegBoth:
		return "Both legs"
	}
	return string(l)
}

func muscleLabels(s *site.Site, muscles []string) []string {
	out := make([]string, len(muscles))
	for i, m := range muscles {
		out[i] = s.KB.Label(kb.VocabMuscle, m)
	}
	return out
}

// entryTitle names a remedy, first-aid step or cause, or its id when the
// knowledge base no longer has it.
func entryTitle(s *site.Site, id string) string {
	if e, ok := s.KB.Entry(id); ok {
		return e.Title
	}
	return id
}

// durationText is "2 min" or "40 s".
func durationText(seconds int) string {
	if seconds < 60 {
		return fmt.Sprintf("%d s", seconds)
	}
	return fmt.Sprintf("%.3g min", float64(seconds)/60)
}
