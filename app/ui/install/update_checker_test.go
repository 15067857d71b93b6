package install

import (
	"testing"
	"time"
)

func TestUpdateScheduleSpacesChecksAndSkipsHiddenOrOfflinePages(t *testing.T) {
	var s updateSchedule
	t0 := time.Date(2026, 1, 1, 3, 0, 0, 0, time.UTC)
	steps := []struct {
		at          time.Duration
		able, force bool
		want        bool
	}{
		{0, true, false, true},                          // at start
		{time.Minute, true, false, false},               // back into view a minute later: too soon
		{updateGap, false, false, false},                // hidden or offline: never
		{updateGap, true, false, true},                  // back into view after the gap
		{updateGap + time.Second, true, true, true},     // the periodic timer is spaced already
		{updateGap + 2*time.Second, false, true, false}, // but not while hidden
	}
	for i, st := range steps {
		if got := s.due(t0.Add(st.at), st.able, st.force); got != st.want {
			t.Errorf("step %d (%v, able %v, force %v): due = %v, want %v", i, st.at, st.able, st.force, got, st.want)
		}
	}
}
