package diary

import (
	"fmt"
	"slices"
)

// Problem is something Open found that it could not use: a corrupt,
// half-written or unknown value, a newer schema, or a storage error. The
// value itself, if any, is kept untouched in Snapshot.Unreadable.
type Problem struct {
	Key    string // storage key concerned, "" for the storage as a whole
	Reason string // what is wrong, for people
	kind   keyKind
}

// Error makes a Problem readable in logs and test failures.
func (p Problem) Error() string { return p.Key + ": " + p.Reason }

// SummarizeProblems turns problems into a few plain lines for the data screen:
// "2 entries could not be read", one line per kind, in a fixed order.
func SummarizeProblems(problems []Problem) []string {
	counts := map[keyKind]int{}
	var general []string
	for _, p := range problems {
		if p.Key == "" {
			general = append(general, p.Reason)
			continue
		}
		counts[p.kind]++
	}
	out := general
	for _, k := range []keyKind{kindEntry, kindDay, kindCheckIn, kindMedicine, kindProfile, kindMeta, kindUnknown} {
		if n := counts[k]; n > 0 {
			verb := "could not be read"
			if k == kindUnknown {
				verb = "were not recognised"
				if n == 1 {
					verb = "was not recognised"
				}
			}
			out = append(out, fmt.Sprintf("%d %s %s", n, k.noun(n), verb))
		}
	}
	return slices.Clip(out)
}
