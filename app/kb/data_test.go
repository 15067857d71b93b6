package kb

import (
	"errors"
	"testing"
)

// loadReal loads the embedded data, failing the test with every problem if
// it is invalid.
func loadReal(tb testing.TB) *KB {
	tb.Helper()
	k, err := LoadEmbedded()
	if err != nil {
		var ve *ValidationError
		if errors.As(err, &ve) {
			for _, p := range ve.Problems {
				tb.Error(p.String())
			}
		}
		tb.Fatalf("the real data does not load: %v", err)
	}
	return k
}

func TestRealDataIsValid(t *testing.T) {
	k := loadReal(t)
	counts := map[EntryType]int{}
	for _, e := range k.ranked {
		counts[e.Type]++
	}
	t.Logf("entries: %d %v", k.Len(), counts)
	for _, typ := range entryTypes {
		if counts[typ] == 0 {
			t.Errorf("no entry of type %q", typ)
		}
	}
}
