package diary

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"
)

// meta is the value of MetaKey.
type meta struct {
	Schema int `json:"schema"`
}

// decodeStrict reads one JSON value into v, refusing trailing data (a
// half-written value often still starts as valid JSON).
func decodeStrict(data string, v any) error {
	dec := json.NewDecoder(bytes.NewReader([]byte(data)))
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("not readable JSON (%v)", err)
	}
	if dec.More() {
		return errors.New("extra data after the value")
	}
	return nil
}

// decodeMeta reads the schema version.
func decodeMeta(data string) (int, error) {
	var m meta
	if err := decodeStrict(data, &m); err != nil {
		return 0, err
	}
	if m.Schema < 1 {
		return 0, fmt.Errorf("schema version %d makes no sense", m.Schema)
	}
	return m.Schema, nil
}

// decodeEntry reads a stored entry and checks it against the id in its key.
func decodeEntry(id, data string) (Entry, error) {
	e, ok := fastEntry(data)
	if !ok {
		e = NewEntry(time.Time{})
		if err := decodeStrict(data, &e); err != nil {
			return Entry{}, err
		}
	}
	if e.ID != id {
		return Entry{}, fmt.Errorf("the entry inside has id %q, not %q", e.ID, id)
	}
	if reasons := CheckEntry(e, nil); len(reasons) > 0 {
		return Entry{}, errors.New(reasons[0])
	}
	return e, nil
}

// decodeDay reads a stored day note and checks it against the date in its
// key.
func decodeDay(date, data string) (DayContext, error) {
	var c DayContext
	if err := decodeStrict(data, &c); err != nil {
		return DayContext{}, err
	}
	if c.Date.String() != date {
		return DayContext{}, fmt.Errorf("the day note inside is for %s, not %s", c.Date, date)
	}
	if reasons := CheckContext(c); len(reasons) > 0 {
		return DayContext{}, errors.New(reasons[0])
	}
	return c, nil
}

// decodeProfile reads the stored profile.
func decodeProfile(data string) (Profile, error) {
	var p Profile
	if err := decodeStrict(data, &p); err != nil {
		return Profile{}, err
	}
	if reasons := CheckProfile(p); len(reasons) > 0 {
		return Profile{}, errors.New(reasons[0])
	}
	p.Causes = normalizeIDs(p.Causes)
	return p, nil
}

// normalizeIDs sorts ids and drops duplicates and empty ones.
func normalizeIDs(ids []string) []string {
	out := slices.DeleteFunc(slices.Clone(ids), func(s string) bool { return s == "" })
	slices.Sort(out)
	return slices.Compact(out)
}

// encode writes a value in its stored form. The types are plain data, so
// encoding cannot fail.
func encode(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic("diary: encoding stored value: " + err.Error())
	}
	return string(b)
}
