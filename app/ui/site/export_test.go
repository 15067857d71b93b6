package site

import (
	"sync/atomic"

	"github.com/nightcramp/nightcramp/app/diary"
)

// ChangedElsewhere is the session's signal that another tab wrote, for
// the external tests (they sit outside the package so that they can use
// uitest, which imports site).
func ChangedElsewhere(s *Session) *atomic.Bool { return &s.changedElsewhere }

// OpenProblems are what the session's last opening of the diary found.
func OpenProblems(s *Session) []diary.Problem { return s.problems }
