package kb

import (
	"reflect"
	"testing"

	"github.com/nightcramp/nightcramp/data"
)

// The trusted load must hand the builder exactly what validation hands it
// for the real data.
func TestTrustedIsWhatValidationGives(t *testing.T) {
	read := func() *dataset {
		ps := &problems{}
		d, _, complete := readDataset(data.FS, ps, true)
		if !complete || ps.err() != nil {
			t.Fatalf("the real data does not decode: %v", ps.err())
		}
		return d
	}
	ps := &problems{}
	want := validate(read(), ps)
	if err := ps.err(); err != nil {
		t.Fatal(err)
	}
	got := trusted(read())
	if !reflect.DeepEqual(got, want) {
		t.Errorf("trusted data differs from validated data:\n got %+v\nwant %+v", got, want)
	}
	k, err := LoadEmbeddedTrusted()
	if err != nil {
		t.Fatal(err)
	}
	if k.Len() != loadReal(t).Len() {
		t.Errorf("trusted load has %d entries, validated %d", k.Len(), loadReal(t).Len())
	}
	if !reflect.DeepEqual(k.search, loadReal(t).search) {
		t.Errorf("trusted search data differs from validated:\n got %+v\nwant %+v", k.search, loadReal(t).search)
	}
}

// Data that does not decode is reported in full, as Load reports it.
func TestTrustedFallsBackToTheFullReport(t *testing.T) {
	for _, broken := range []string{"{", "{]", "[1, 2]", "[{\"id\": 1}]", "[1, 2"} {
		fsys := baseFS(t, map[string]string{"causes.json": broken})
		_, got := loadTrusted(fsys)
		_, want := Load(fsys)
		if got == nil || want == nil || got.Error() != want.Error() {
			t.Errorf("causes.json %q: trusted load says %v, Load says %v", broken, got, want)
		}
	}
}
