package words

import (
	"math/rand/v2"
	"testing"
)

func TestWithinOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"magnesium", "magnesium", true},
		{"magnesum", "magnesium", true},   // deleted
		{"magnesiium", "magnesium", true}, // inserted
		{"magnesiun", "magnesium", true},  // replaced
		{"magensium", "magnesium", true},  // swapped
		{"magnesiumx", "magnesium", true}, // added at the end
		{"xmagnesium", "magnesium", true}, // added at the start
		{"magnsum", "magnesium", false},   // two deleted
		{"mangesiun", "magnesium", false}, // swap and replace
		{"", "a", true},
		{"", "ab", false},
		{"ab", "ba", true},
		{"abc", "cba", false},
	}
	for _, tt := range tests {
		if got := WithinOneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("WithinOneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := WithinOneEdit(tt.b, tt.a); got != tt.want {
			t.Errorf("WithinOneEdit(%q, %q) = %v, want %v (not symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
}

// TestWithinOneEditAgreesWithDistance compares the fast check with the
// textbook distance on random short strings over a small alphabet, where
// near misses are common.
func TestWithinOneEditAgreesWithDistance(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	word := func() string {
		b := make([]byte, rng.IntN(7))
		for i := range b {
			b[i] = "abc"[rng.IntN(3)]
		}
		return string(b)
	}
	for range 20000 {
		a, b := word(), word()
		if got, want := WithinOneEdit(a, b), Distance(a, b) <= 1; got != want {
			t.Fatalf("WithinOneEdit(%q, %q) = %v, distance %d", a, b, got, Distance(a, b))
		}
	}
}

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"kitten", "sitting", 3}, {"ab", "ba", 1}, {"magnsum", "magnesium", 2}} {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func FuzzWithinOneEdit(f *testing.F) {
	f.Add("magnesum", "magnesium")
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 64 || len(b) > 64 {
			return // the textbook distance is quadratic
		}
		if got, want := WithinOneEdit(a, b), Distance(a, b) <= 1; got != want {
			t.Fatalf("WithinOneEdit(%q, %q) = %v, distance %d", a, b, got, Distance(a, b))
		}
	})
}
