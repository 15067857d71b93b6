package kb

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/nightcramp/nightcramp/data"
)

// genEntry is a generated entry in the data-file format.
type genEntry struct {
	ID            string     `json:"id"`
	Title         string     `json:"title"`
	Summary       string     `json:"summary"`
	Body          string     `json:"body"`
	Evidence      string     `json:"evidence,omitempty"`
	Grade         string     `json:"grade"`
	Reviewed      string     `json:"reviewed"`
	Category      string     `json:"category,omitempty"`
	Urgency       string     `json:"urgency,omitempty"`
	Action        string     `json:"action,omitempty"`
	When          []string   `json:"when,omitempty"`
	HoldSeconds   int        `json:"hold_seconds,omitempty"`
	Drawing       string     `json:"drawing,omitempty"`
	Muscles       []string   `json:"muscles,omitempty"`
	Who           []string   `json:"who,omitempty"`
	Sources       []string   `json:"sources"`
	ArticleClaims []genClaim `json:"article_claims,omitempty"`
	Synonyms      []string   `json:"synonyms,omitempty"`
	Links         []genLink  `json:"links,omitempty"`
}

type genClaim struct {
	Source string `json:"source"`
	Claim  string `json:"claim"`
}

type genLink struct {
	To     string `json:"to"`
	Reason string `json:"reason"`
}

// generator makes deterministic, valid knowledge bases of any size from the
// real vocabularies and sources, with pseudo-words for text.
type generator struct {
	rng   *rand.Rand
	words []string
	terms map[Vocabulary][]string
}

// newGenerator returns a generator seeded with seed.
func newGenerator(tb testing.TB, seed uint64) *generator {
	tb.Helper()
	g := &generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), terms: map[Vocabulary][]string{}}
	k := loadReal(tb)
	for _, v := range vocabularies {
		for _, t := range k.Terms(v) {
			g.terms[v] = append(g.terms[v], t.Value)
		}
	}
	consonants := "bcdfghjklmnprstvwz"
	vowels := "aeiou"
	seen := map[string]bool{}
	for len(g.words) < 4000 {
		var b strings.Builder
		for range 2 + g.rng.IntN(2) {
			b.WriteByte(consonants[g.rng.IntN(len(consonants))])
			b.WriteByte(vowels[g.rng.IntN(len(vowels))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			g.words = append(g.words, w)
		}
	}
	// A few real words, so typical queries hit generated entries too.
	g.words = append(g.words, "cramp", "calf", "night", "stretch", "magnesium", "water", "muscle", "leg")
	return g
}

// text returns n words, skewed towards the common ones.
func (g *generator) text(n int) string {
	parts := make([]string, n)
	for i := range parts {
		r := g.rng.Float64()
		parts[i] = g.words[int(r*r*float64(len(g.words)))]
	}
	return strings.Join(parts, " ")
}

// some returns up to max distinct random values of a vocabulary.
func (g *generator) some(v Vocabulary, max int) []string {
	values := g.terms[v]
	var out []string
	for range g.rng.IntN(max + 1) {
		value := values[g.rng.IntN(len(values))]
		if !containsString(out, value) {
			out = append(out, value)
		}
	}
	return out
}

// one returns a random value of a vocabulary.
func (g *generator) one(v Vocabulary) string {
	return g.terms[v][g.rng.IntN(len(g.terms[v]))]
}

// grade returns a random grade.
func (g *generator) grade() string { return g.one(VocabGrade) }

// entry returns a generated entry of a type with a unique id.
func (g *generator) entry(typ EntryType, i int) genEntry {
	e := genEntry{
		ID:       fmt.Sprintf("%s-%d", typ, i),
		Title:    g.text(2+g.rng.IntN(3)) + fmt.Sprintf(" %d", i),
		Summary:  g.text(12),
		Body:     g.text(30) + " leg",
		Evidence: g.text(10),
		Grade:    g.grade(),
		Reviewed: "2026-12-07",
		Muscles:  g.some(VocabMuscle, 2),
		Who:      g.some(VocabWho, 2),
		Sources:  []string{"nhs"},
		Synonyms: []string{g.text(1) + "x", g.text(2) + "y"},
	}
	if g.rng.IntN(3) == 0 {
		e.ArticleClaims = []genClaim{{Source: "seed-causes", Claim: g.text(10)}}
	}
	switch typ {
	case TypeCause:
		e.Category = g.one(VocabCategory)
	case TypeRemedy:
		e.When = append(g.some(VocabWhen, 1), g.one(VocabWhen))
		if len(e.When) == 2 && e.When[0] == e.When[1] {
			e.When = e.When[:1]
		}
	case TypeMuscle:
		e.Muscles = []string{g.one(VocabMuscle)}
	case TypeFirstAid:
		e.When = []string{"during-attack"}
		e.HoldSeconds = g.rng.IntN(60)
		e.Drawing = "pull-foot-up"
	case TypeRedFlag:
		e.Urgency = g.one(VocabUrgency)
		e.Action = g.text(8) + " Book an appointment, or call the emergency number now."
	}
	return e
}

// generateFS returns a valid data set of n entries (n >= 6).
func generateFS(tb testing.TB, n int) fstest.MapFS {
	tb.Helper()
	g := newGenerator(tb, uint64(n))
	fsys := fstest.MapFS{}
	fsys[fileSources] = &fstest.MapFile{Data: []byte(`[
 {"id": "seed-causes", "kind": "article", "title": "A blog post", "publisher": "A blog"},
 {"id": "nhs", "kind": "health-service", "title": "Leg cramps", "publisher": "NHS"}
]`)}
	// The real stop words and medicine words, and no alias: the real
	// aliases name real entries.
	fsys[fileSearch] = &fstest.MapFile{Data: []byte(`{"stop_words": ["my", "in", "the", "what", "a"],
 "medicine_words": ["tablet"], "medicine_endings": ["pril"], "medicine_category": "medicine",
 "helps_now_when": ["during-attack"], "prevention_when": ["before-bed", "daily"], "aliases": []}`)}
	for _, name := range []string{fileVocabulary, fileTexts} {
		b, err := fs.ReadFile(data.FS, name)
		if err != nil {
			tb.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	small := max(1, n/20) // first aid, red flags, look-alikes and muscles each
	remedies := max(1, (n-4*small)*2/5)
	causes := n - 4*small - remedies
	counts := map[EntryType]int{TypeCause: causes, TypeRemedy: remedies,
		TypeFirstAid: small, TypeRedFlag: small, TypeMimic: small, TypeMuscle: small}
	for _, ef := range entryFiles {
		list := make([]genEntry, counts[ef.typ])
		for i := range list {
			list[i] = g.entry(ef.typ, i)
			if ef.typ == TypeCause {
				list[i].Links = []genLink{{To: fmt.Sprintf("remedy-%d", i%remedies), Reason: g.text(6)}}
				if other := (i*7 + 3) % remedies; other != i%remedies {
					list[i].Links = append(list[i].Links, genLink{To: fmt.Sprintf("remedy-%d", other), Reason: g.text(6)})
				}
			}
		}
		b, err := json.MarshalIndent(list, "", " ")
		if err != nil {
			tb.Fatal(err)
		}
		fsys[ef.name] = &fstest.MapFile{Data: b}
	}
	return fsys
}

func TestGeneratedDataIsValid(t *testing.T) {
	for _, n := range []int{6, 100} {
		k, err := Load(generateFS(t, n))
		if err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		if k.Len() != n {
			t.Errorf("n=%d: Len() = %d", n, k.Len())
		}
	}
}
