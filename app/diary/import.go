package diary

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// MaxImportBytes is the largest import file accepted: 5 MB holds decades
// of nightly entries, and refusing more keeps a hostile file from filling
// the phone's memory.
const MaxImportBytes = 5 << 20

// MaxRejectedListed caps the reasons kept per import; the rest are counted.
const MaxRejectedListed = 200

// MaxImportRecords caps the records of each kind in an import file: 20,000
// nights is over 50 years of one cramp a night, so more is a damaged or
// hostile file, refused as a whole before any record is read.
const MaxImportRecords = 20000

// ImportOptions tunes ParseImport.
type ImportOptions struct {
	Known    *Known // knowledge-base ids to accept; nil accepts any well-formed id
	MaxBytes int    // size limit; 0 means MaxImportBytes
	Today    Day    // the person's date, for future-date checks; 0 means today on this clock
}

// Rejected is one part of an import file that was not accepted, and why.
type Rejected struct {
	What   string // "entry 12", "day note 3", "profile", for people
	ID     string // the entry id or date when it could be read, clipped
	Reason string // for people
}

// Import is a parsed import file: what can be merged and what was
// rejected. Nothing is written until ApplyImport.
type Import struct {
	Entries      []Entry
	Contexts     []DayContext
	Profile      *Profile // nil when the file has none
	CheckIns     []CheckIn
	Medicines    []Medicine
	Rejected     []Rejected
	MoreRejected int // rejections beyond MaxRejectedListed, counted only
}

// importDoc is the shape ParseImport reads: the export's, with each part
// kept raw so that one bad entry never spoils the rest.
type importDoc struct {
	Format        *string           `json:"format"`
	SchemaVersion *int              `json:"schemaVersion"`
	Entries       []json.RawMessage `json:"entries"`
	Contexts      []json.RawMessage `json:"contexts"`
	Profile       json.RawMessage   `json:"profile"`
	CheckIns      []json.RawMessage `json:"checkIns"`
	Medicines     []json.RawMessage `json:"medicines"`
}

// ParseImport reads an export file. It fails as a whole only when the file
// is too big, is not JSON, is not a diary export, or comes from a newer
// schema; otherwise each entry, day note and the profile is accepted or
// rejected on its own, with reasons. Unknown fields are ignored. When an id
// (or date) appears twice, the copy changed last is used.
func ParseImport(data []byte, opts ImportOptions) (Import, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = MaxImportBytes
	}
	if len(data) > limit {
		return Import{}, &ErrFileTooBig{Size: len(data), Max: limit}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff")) // editors on Windows add one
	var doc importDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		return Import{}, &notDiary{fmt.Sprintf("This is not a Nightcramp diary file, or it is cut short (%s).", clip(err.Error(), 120))}
	}
	if doc.Format == nil || *doc.Format != ExportFormat {
		return Import{}, &notDiary{"This is not a Nightcramp diary file: it does not say it is one."}
	}
	if doc.SchemaVersion == nil || *doc.SchemaVersion < 2 {
		return Import{}, &notDiary{"This diary file has no version Nightcramp knows."}
	}
	if *doc.SchemaVersion > SchemaVersion {
		return Import{}, &ErrNewerFile{Version: *doc.SchemaVersion}
	}
	if err := doc.tooMany(); err != nil {
		return Import{}, err
	}
	today := opts.Today
	if today == 0 {
		today = DayOf(time.Now())
	}
	var imp Import
	imp.parseEntries(doc.Entries, opts.Known)
	imp.parseContexts(doc.Contexts)
	imp.parseProfile(doc.Profile, opts.Known)
	imp.parseCheckIns(doc.CheckIns, today)
	imp.parseMedicines(doc.Medicines, opts.Known, today)
	return imp, nil
}

// tooMany refuses a file with more records of a kind than MaxImportRecords.
func (doc *importDoc) tooMany() error {
	for _, part := range []struct {
		kind string
		n    int
	}{{"entries", len(doc.Entries)}, {"day notes", len(doc.Contexts)}, {"check-ins", len(doc.CheckIns)}, {"medicines", len(doc.Medicines)}} {
		if part.n > MaxImportRecords {
			return &ErrTooManyRecords{Kind: part.kind, Got: part.n, Max: MaxImportRecords}
		}
	}
	return nil
}

func (imp *Import) reject(what, id, reason string) {
	if len(imp.Rejected) >= MaxRejectedListed {
		imp.MoreRejected++
		return
	}
	imp.Rejected = append(imp.Rejected, Rejected{What: what, ID: clip(id, 70), Reason: reason})
}

func (imp *Import) parseEntries(raws []json.RawMessage, k *Known) {
	keep := newLatest(imp, func(e Entry) (string, time.Time) { return e.ID, e.Updated }, "id")
	for i, raw := range raws {
		what := "entry " + strconv.Itoa(i+1)
		e, ok := fastEntry(string(raw))
		if !ok {
			e = NewEntry(time.Time{})
			if err := decodeOne(raw, &e); err != nil {
				imp.reject(what, e.ID, err.Error())
				continue
			}
		}
		if reasons := CheckEntry(e, k); len(reasons) > 0 {
			imp.reject(what, e.ID, strings.Join(reasons, "; "))
			continue
		}
		keep.add(what, e)
	}
	imp.Entries = keep.list
}

func (imp *Import) parseContexts(raws []json.RawMessage) {
	keep := newLatest(imp, func(c DayContext) (string, time.Time) { return c.Date.String(), c.Updated }, "date")
	for i, raw := range raws {
		what := "day note " + strconv.Itoa(i+1)
		var c DayContext
		if err := decodeOne(raw, &c); err != nil {
			imp.reject(what, "", err.Error())
			continue
		}
		if reasons := CheckContext(c); len(reasons) > 0 {
			imp.reject(what, c.Date.String(), strings.Join(reasons, "; "))
			continue
		}
		keep.add(what, c)
	}
	imp.Contexts = keep.list
}

// latest keeps one record per key, the one changed last, in file order,
// and rejects the other copies with a reason.
type latest[T any] struct {
	imp   *Import
	keyOf func(T) (string, time.Time)
	noun  string // "id" or "date", for the reason
	list  []T
	index map[string]int    // key -> position in list
	whats map[string]string // key -> "entry 3" of the kept copy
}

func newLatest[T any](imp *Import, keyOf func(T) (string, time.Time), noun string) *latest[T] {
	return &latest[T]{imp: imp, keyOf: keyOf, noun: noun, index: map[string]int{}, whats: map[string]string{}}
}

func (l *latest[T]) add(what string, v T) {
	key, updated := l.keyOf(v)
	at, dup := l.index[key]
	if !dup {
		l.index[key], l.whats[key] = len(l.list), what
		l.list = append(l.list, v)
		return
	}
	loser := what
	if _, keptUpdated := l.keyOf(l.list[at]); updated.After(keptUpdated) {
		l.list[at] = v
		loser, l.whats[key] = l.whats[key], what
	}
	l.imp.reject(loser, key, "this "+l.noun+" appears more than once in the file; the copy changed last is used")
}

func (imp *Import) parseProfile(raw json.RawMessage, k *Known) {
	if len(raw) == 0 || string(raw) == "null" {
		return
	}
	var p Profile
	if err := decodeOne(raw, &p); err != nil {
		imp.reject("profile", "", err.Error())
		return
	}
	if reasons := checkProfile(p, k); len(reasons) > 0 {
		imp.reject("profile", "", strings.Join(reasonTexts(reasons), "; "))
		return
	}
	p.Causes = normalizeIDs(p.Causes)
	imp.Profile = &p
}

// decodeOne reads one part of an import file, with a short reason on
// failure that never quotes the (possibly huge or hostile) value.
func decodeOne(raw json.RawMessage, v any) error {
	err := json.Unmarshal(raw, v)
	if err == nil {
		return nil
	}
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		if typeErr.Field != "" {
			return fmt.Errorf("the field %q has the wrong kind of value", clip(typeErr.Field, 40))
		}
		return errors.New("this is not a record of the right kind")
	}
	if bytes.HasPrefix(bytes.TrimSpace(raw), []byte("{")) {
		return fmt.Errorf("a value could not be read (%s)", clip(err.Error(), 80))
	}
	return errors.New("this is not a record of the right kind")
}

func sizeText(n int) string {
	if n >= 1<<20 {
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	}
	return strconv.Itoa((n+1023)/1024) + " KB"
}
