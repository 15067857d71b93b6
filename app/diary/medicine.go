package diary

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Medicines are kept under their own keys, one per medicine, rather than
// inside the profile: an edit writes one small key, a medicine changed on
// two phones merges on import one medicine at a time (the newer copy wins,
// as for entries), one damaged value never costs the others, and the
// profile's stored shape (read early by the explorer, ReadProfile) stays as
// it was.

// MaxMedicines is the most medicines a diary holds; nobody tracks more.
const MaxMedicines = 100

// Medicine is a medicine the person takes or took, with its dates, so that
// nights before and after it started can be compared.
type Medicine struct {
	ID      string    `json:"id"`             // stable across export and import
	Name    string    `json:"name"`           // plain text, as the person wrote it
	KBID    string    `json:"kbId,omitempty"` // knowledge-base entry it matches, "" if none
	Start   Day       `json:"start"`          // first day taken
	Stop    Day       `json:"stop,omitzero"`  // last day taken; 0 (never a real date here) while still taken
	Updated time.Time `json:"updated"`        // last saved; the newer wins on import
}

// Active reports whether the medicine was taken on any day of from..to.
func (m Medicine) Active(from, to Day) bool {
	return m.Start <= to && (m.Stop == 0 || m.Stop >= from)
}

// CheckMedicine returns every reason the medicine cannot be saved. today
// is the person's date: a start later than tomorrow is refused (one day of
// slack for a phone in another zone); 0 skips that check, as for stored
// values read back after the clock moved.
func CheckMedicine(m Medicine, today Day) []string {
	return reasonTexts(checkMedicine(m, nil, today))
}

func checkMedicine(m Medicine, k *Known, today Day) []error {
	var r reasons
	if !validID(m.ID) {
		r.add("id", "the id %q is not valid", clip(m.ID, 70))
	}
	if strings.TrimSpace(m.Name) == "" {
		r.add("name", "the medicine has no name")
	}
	r.text("medicine name", m.Name, MaxMedicineRunes)
	if strings.ContainsFunc(m.Name, unicode.IsControl) {
		r.add("name", "the medicine name holds control characters")
	}
	if m.KBID != "" && (!validID(m.KBID) || !k.anyEntry(m.KBID)) {
		r.add("kbId", "unknown knowledge-base entry %q", clip(m.KBID, 70))
	}
	if m.Start <= 0 || !saneDay(m.Start) {
		r.add("start", "the start date is not believable")
	} else if today != 0 && m.Start > today+1 {
		r.add("start", "the start date %s is in the future", m.Start)
	}
	if m.Stop != 0 && (!saneDay(m.Stop) || m.Stop < m.Start) {
		r.add("stop", "the stop date is before the start date")
	}
	if !saneTime(m.Updated) {
		r.add("updated", "the changed date is not believable")
	}
	return r
}

// SaveMedicine checks and saves a medicine, new (empty ID) or edited, and
// returns it as saved. The name is trimmed.
func (st *Store) SaveMedicine(m Medicine) (Medicine, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	now := st.now()
	if m.ID == "" {
		m.ID = NewID(now)
	}
	old, exists := st.medicines[m.ID]
	if !exists && len(st.medicines) >= MaxMedicines {
		return Medicine{}, invalid("medicine", []error{&FieldError{Field: "id", Reason: fmt.Sprintf("the diary already holds %d medicines", MaxMedicines)}})
	}
	m.Name = strings.TrimSpace(m.Name)
	m.Updated = stamp(now, old.Updated)
	if err := invalid("medicine", checkMedicine(m, nil, DayOf(now))); err != nil {
		return Medicine{}, err
	}
	if err := st.put(MedicineKey(m.ID), encode(m)); err != nil {
		return Medicine{}, err
	}
	st.medicines[m.ID] = m
	return m, nil
}

// StopMedicine records the last day a medicine was taken.
func (st *Store) StopMedicine(id string, stop Day) (Medicine, error) {
	m, ok := st.Medicine(id)
	if !ok {
		return Medicine{}, &ErrNoMedicine{ID: clip(id, 70)}
	}
	m.Stop = stop
	return st.SaveMedicine(m)
}

// DeleteMedicine deletes a medicine; deleting a missing one is not an error.
func (st *Store) DeleteMedicine(id string) error {
	st.mu.Lock()
	defer st.mu.Unlock()
	key := MedicineKey(id)
	if err := st.writable(key); err != nil {
		return err
	}
	if err := st.s.Remove(key); err != nil {
		return &WriteError{Op: OpDelete, Err: err}
	}
	delete(st.medicines, id)
	return nil
}

// Medicine returns the medicine with an id.
func (st *Store) Medicine(id string) (Medicine, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	m, ok := st.medicines[id]
	return m, ok
}

// Medicines returns every medicine, by start date then name.
func (st *Store) Medicines() []Medicine {
	st.mu.Lock()
	defer st.mu.Unlock()
	return sortedMedicines(st.medicines)
}

func sortedMedicines(m map[string]Medicine) []Medicine {
	out := make([]Medicine, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b Medicine) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return out
}

// decodeMedicine reads a stored medicine and checks it against the id in
// its key (no future check: the clock may have moved since).
func decodeMedicine(id, data string) (Medicine, error) {
	var m Medicine
	if err := decodeStrict(data, &m); err != nil {
		return Medicine{}, err
	}
	if m.ID != id {
		return Medicine{}, fmt.Errorf("the medicine inside has id %q, not %q", clip(m.ID, 70), clip(id, 70))
	}
	if reasons := checkMedicine(m, nil, 0); len(reasons) > 0 {
		return Medicine{}, errors.New(reasons[0].Error())
	}
	return m, nil
}

// anyEntry reports whether id is a remedy or a cause the knowledge base
// knows; a nil Known, or one with neither check, accepts any id.
func (k *Known) anyEntry(id string) bool {
	if k == nil || k.Remedy == nil && k.Cause == nil {
		return true
	}
	return k.Remedy != nil && k.Remedy(id) || k.Cause != nil && k.Cause(id)
}

// parseMedicines reads the file's medicines: one per id, the copy changed
// last, at most MaxMedicines.
func (imp *Import) parseMedicines(raws []json.RawMessage, k *Known, today Day) {
	keep := newLatest(imp, func(m Medicine) (string, time.Time) { return m.ID, m.Updated }, "id")
	for i, raw := range raws {
		what := "medicine " + strconv.Itoa(i+1)
		var m Medicine
		if err := decodeOne(raw, &m); err != nil {
			imp.reject(what, "", err.Error())
			continue
		}
		if reasons := checkMedicine(m, k, today); len(reasons) > 0 {
			imp.reject(what, m.ID, strings.Join(reasonTexts(reasons), "; "))
			continue
		}
		if _, dup := keep.index[m.ID]; !dup && len(keep.list) >= MaxMedicines {
			imp.reject(what, m.ID, fmt.Sprintf("a diary holds at most %d medicines", MaxMedicines))
			continue
		}
		keep.add(what, m)
	}
	imp.Medicines = keep.list
}
