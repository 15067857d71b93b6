package kb

import (
	"fmt"
	"testing"
)

func TestSeenSet(t *testing.T) {
	var s seenSet
	for i := range 100 {
		if !s.add(fmt.Sprint(i)) {
			t.Fatalf("%d reported as seen", i)
		}
	}
	for i := range 100 {
		if s.add(fmt.Sprint(i)) {
			t.Fatalf("%d reported as new twice", i)
		}
	}
}
