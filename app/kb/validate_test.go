package kb

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBaseFixtureIsValid(t *testing.T) {
	k, err := Load(baseFS(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	if k.Len() != 6 {
		t.Errorf("Len() = %d, want 6", k.Len())
	}
}

// TestInvalidFixtures loads each testdata/invalid/<case> (the base data set
// with one kind of breakage) and checks that Load reports exactly the
// problems listed in its expect.txt, in order: each line must occur in the
// matching problem.
func TestInvalidFixtures(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "invalid", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			expect, err := os.ReadFile(filepath.Join(dir, "expect.txt"))
			if err != nil {
				t.Fatal(err)
			}
			want := strings.Split(strings.TrimSpace(string(expect)), "\n")
			k, err := Load(fixtureFS(t, dir))
			if k != nil {
				t.Errorf("Load returned a KB despite errors")
			}
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Load error = %v, want a *ValidationError", err)
			}
			got := make([]string, len(ve.Problems))
			for i, p := range ve.Problems {
				got[i] = p.String()
			}
			ok := len(got) == len(want)
			for i := 0; ok && i < len(want); i++ {
				ok = strings.Contains(got[i], want[i])
			}
			if !ok {
				t.Errorf("problems:\n  %s\nwant (as substrings, in order):\n  %s",
					strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
			if !strings.Contains(err.Error(), want[0]) {
				t.Errorf("Error() does not list the problems:\n%s", err)
			}
		})
	}
}
