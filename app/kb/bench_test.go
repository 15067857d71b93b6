package kb

import (
	"fmt"
	"testing"

	"github.com/nightcramp/nightcramp/data"
)

// scaleSizes are the generated knowledge-base sizes of the scale benchmarks.
var scaleSizes = []int{1000, 10000, 100000}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(data.FS); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadTrusted is the browser's load: the same data, not validated
// again, and no text index until it is needed (see BenchmarkPrepare).
func BenchmarkLoadTrusted(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadEmbeddedTrusted(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPrepare is the text index, which the browser builds when idle.
func BenchmarkPrepare(b *testing.B) {
	k := loadReal(b)
	b.ReportAllocs()
	for b.Loop() {
		k.text = buildTextIndex(k.ranked)
	}
}

// typicalQuery is a user typing a word prefix with two facets selected.
var typicalQuery = Query{Text: "cram", Facets: map[Facet][]string{
	FacetType:   {string(TypeRemedy), string(TypeFirstAid)},
	FacetMuscle: {"calf"},
}}

func BenchmarkQueryTypical(b *testing.B) {
	k := loadReal(b)
	b.ReportAllocs()
	for b.Loop() {
		if r := k.Search(typicalQuery); r.Total == 0 {
			b.Fatal("no result")
		}
	}
}

func BenchmarkLoadScale(b *testing.B) {
	for _, n := range scaleSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			fsys := generateFS(b, n)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := Load(fsys); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkQueryScale(b *testing.B) {
	for _, n := range scaleSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			k, err := Load(generateFS(b, n))
			if err != nil {
				b.Fatal(err)
			}
			q := Query{Text: "ca", Facets: map[Facet][]string{
				FacetType:  {string(TypeCause), string(TypeRemedy)},
				FacetGrade: {string(GradeMixed), string(GradeSupported), string(GradeGuideline)},
			}}
			b.ReportAllocs()
			b.ResetTimer()
			var total int
			for b.Loop() {
				total = k.Search(q).Total
			}
			b.ReportMetric(float64(total), "hits")
		})
	}
}

// BenchmarkQueryPeople is what people type: filler words, a misspelling
// (the slowest path: every word of the index is tried) and a brand name.
func BenchmarkQueryPeople(b *testing.B) {
	k := loadReal(b)
	for _, text := range []string{"cramp in my calf", "magnesum", "lipitor", "vitamin e"} {
		b.Run(text, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if r := k.Search(Query{Text: text, Limit: 20}); r.Total == 0 {
					b.Fatal("no result")
				}
			}
		})
	}
}
