package diary

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Store is an open diary: the state read from Storage, kept in memory, and
// written through one key per save. Its methods are safe for concurrent
// use. The in-memory state changes only after a write succeeded, so a failed
// save leaves both the device and the screen as they were.
type Store struct {
	mu         sync.Mutex
	s          Storage
	now        func() time.Time
	schema     int
	readOnly   bool
	entries    map[string]Entry
	contexts   map[Day]DayContext
	checkIns   map[Day]CheckIn
	medicines  map[string]Medicine
	profile    Profile
	unreadable map[string]Raw
	problems   []Problem
	sorted     []Entry // entries newest first; nil when stale
	// metaPending is true for a storage that holds no diary yet: opening
	// writes nothing (the app opens the diary in idle time on every start),
	// and the first write adds the version note.
	metaPending bool
}

// Open reads the diary from s, migrating an older schema first. It never
// fails as a whole: what it could not read is in the problems (and in
// Snapshot.Unreadable); a schema newer than SchemaVersion, or one that
// cannot be told, opens read-only.
func Open(s Storage) (*Store, []Problem) {
	st := &Store{
		s: s, now: time.Now,
		entries: map[string]Entry{}, contexts: map[Day]DayContext{}, unreadable: map[string]Raw{},
		checkIns: map[Day]CheckIn{}, medicines: map[string]Medicine{},
	}
	keys, get, err := readAll(s)
	if err != nil {
		st.readOnly = true
		st.problem("", kindOther, fmt.Sprintf("The diary could not be read from this phone: %v", err))
		return st, st.Problems()
	}
	slices.Sort(keys)
	st.entries = make(map[string]Entry, len(keys))
	st.openSchema(keys, get)
	for _, key := range keys {
		st.load(key, get)
	}
	return st, st.Problems()
}

// getter reads one key, from storage or from a map read at once.
type getter func(key string) (string, bool, error)

// readAll lists the keys of s and returns how to read them, all at once
// when s can.
func readAll(s Storage) ([]string, getter, error) {
	if a, ok := s.(AllGetter); ok {
		all, err := a.GetAll()
		if err != nil {
			return nil, nil, err
		}
		get := func(key string) (string, bool, error) {
			v, ok := all[key]
			return v, ok, nil
		}
		return slices.Collect(maps.Keys(all)), get, nil
	}
	keys, err := s.Keys()
	return keys, s.Get, err
}

// openSchema reads the meta key and migrates; it decides read-only.
func (st *Store) openSchema(keys []string, get getter) {
	found := 1
	if raw, ok, err := get(MetaKey); err != nil {
		st.keepRaw(MetaKey, "", kindMeta, err.Error())
		st.readOnly = true
		return
	} else if ok {
		v, err := decodeMeta(raw)
		if err != nil {
			st.keepRaw(MetaKey, raw, kindMeta, "The diary's version note is damaged, so nothing will be changed: "+err.Error())
			st.readOnly = true
			return
		}
		found = v
	}
	st.schema = found
	if found > SchemaVersion {
		st.readOnly = true
		raw, _, _ := get(MetaKey)
		st.unreadable[MetaKey] = Raw{Key: MetaKey, Value: raw, Reason: "saved by a newer version"}
		st.problem("", kindMeta, fmt.Sprintf("This diary was saved by a newer version of Nightcramp (schema %d; this version knows %d). It is shown read-only, and can be exported.", found, SchemaVersion))
		return
	}
	if found < SchemaVersion && !slices.ContainsFunc(keys, IsDiaryKey) {
		st.schema, st.metaPending = SchemaVersion, true
		return
	}
	if found < SchemaVersion {
		v, err := migrate(st.s, keys, found)
		st.schema = v
		if err != nil {
			st.readOnly = true
			st.problem("", kindMeta, err.Error())
		}
	}
}

// load reads one key into the state.
func (st *Store) load(key string, get getter) {
	kind, name := kindOf(key)
	if kind == kindOther || kind == kindMeta {
		return
	}
	raw, ok, err := get(key)
	if err != nil || !ok {
		if err != nil {
			st.problem(key, kind, err.Error())
		}
		return
	}
	if st.schema > SchemaVersion {
		// A newer schema may mean anything by these keys: keep them all raw.
		st.unreadable[key] = Raw{Key: key, Value: raw, Reason: "saved by a newer version"}
		if kind == kindUnknown {
			return
		}
	}
	switch kind {
	case kindEntry:
		var e Entry
		if e, err = decodeEntry(name, raw); err == nil {
			st.entries[e.ID] = e
		}
	case kindDay:
		var c DayContext
		if c, err = decodeDay(name, raw); err == nil {
			st.contexts[c.Date] = c
		}
	case kindCheckIn:
		var c CheckIn
		if c, err = decodeCheckIn(name, raw); err == nil {
			st.checkIns[c.Night] = c
		}
	case kindMedicine:
		var m Medicine
		if m, err = decodeMedicine(name, raw); err == nil {
			st.medicines[m.ID] = m
		}
	case kindProfile:
		var p Profile
		if p, err = decodeProfile(raw); err == nil {
			st.profile = p
		}
	default:
		err = errors.New("not a kind of value this version knows")
	}
	if err != nil {
		st.keepRaw(key, raw, kind, err.Error())
	}
}

func (st *Store) keepRaw(key, raw string, kind keyKind, reason string) {
	st.unreadable[key] = Raw{Key: key, Value: raw, Reason: reason}
	st.problem(key, kind, reason)
}

func (st *Store) problem(key string, kind keyKind, reason string) {
	st.problems = append(st.problems, Problem{Key: key, Reason: reason, kind: kind})
}

// SetClock replaces the clock used for ids and the created and updated
// times, for tests.
func (st *Store) SetClock(now func() time.Time) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.now = now
}

// Problems returns what Open found wrong, in the order found.
func (st *Store) Problems() []Problem {
	st.mu.Lock()
	defer st.mu.Unlock()
	return slices.Clone(st.problems)
}

// ReadOnly reports whether writes are refused (see ErrReadOnly).
func (st *Store) ReadOnly() bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.readOnly
}

// Entries returns every entry, newest first (by time, then id). The slice
// is shared until the next save: do not modify it.
func (st *Store) Entries() []Entry {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.sortedLocked()
}

// sortedLocked sorts small keys rather than whole entries: an Entry is a
// few hundred bytes, and moving 2,000 of them around cost more than the
// comparisons.
func (st *Store) sortedLocked() []Entry {
	if st.sorted != nil {
		return st.sorted
	}
	all := make([]Entry, 0, len(st.entries))
	for _, e := range st.entries {
		all = append(all, e)
	}
	type key struct {
		at int64
		i  int
	}
	keys := make([]key, len(all))
	for i := range all {
		keys[i] = key{all[i].At.UnixNano(), i}
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		return cmp.Or(cmp.Compare(b.at, a.at), strings.Compare(all[b.i].ID, all[a.i].ID)) < 0
	})
	st.sorted = make([]Entry, len(keys))
	for i, k := range keys {
		st.sorted[i] = all[k.i]
	}
	return st.sorted
}

// newestFirst orders entries newest first, then by id, as Entries does.
func newestFirst(a, b Entry) int {
	return cmp.Or(b.At.Compare(a.At), strings.Compare(b.ID, a.ID))
}

// setEntryLocked records a saved entry in memory. A save moves one entry,
// so the sorted list is patched rather than sorted again, into a new slice
// because callers may still hold the old one.
func (st *Store) setEntryLocked(e Entry) {
	old, had := st.entries[e.ID]
	st.entries[e.ID] = e
	if st.sorted == nil {
		return
	}
	list := slices.Clone(st.sorted)
	if had {
		if i, ok := slices.BinarySearchFunc(list, old, newestFirst); ok {
			list = slices.Delete(list, i, i+1)
		}
	}
	i, _ := slices.BinarySearchFunc(list, e, newestFirst)
	st.sorted = slices.Insert(list, i, e)
}

// deleteEntryLocked forgets an entry, patching the sorted list likewise.
func (st *Store) deleteEntryLocked(id string) {
	old, had := st.entries[id]
	delete(st.entries, id)
	if !had || st.sorted == nil {
		return
	}
	if i, ok := slices.BinarySearchFunc(st.sorted, old, newestFirst); ok {
		st.sorted = slices.Delete(slices.Clone(st.sorted), i, i+1)
	}
}

// Entry returns the entry with an id.
func (st *Store) Entry(id string) (Entry, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	e, ok := st.entries[id]
	return e, ok
}

// Context returns the day note of a date, and whether there is one.
func (st *Store) Context(d Day) (DayContext, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	c, ok := st.contexts[d]
	return c, ok
}

// Profile returns the profile (zero if none was saved).
func (st *Store) Profile() Profile {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.profile
}

// Snapshot returns the whole diary as read, for views and export.
func (st *Store) Snapshot() Snapshot {
	st.mu.Lock()
	defer st.mu.Unlock()
	raws := slices.Collect(maps.Values(st.unreadable))
	sort.Slice(raws, func(i, j int) bool { return raws[i].Key < raws[j].Key })
	contexts := slices.Collect(maps.Values(st.contexts))
	sort.Slice(contexts, func(i, j int) bool { return contexts[i].Date < contexts[j].Date })
	return Snapshot{
		Schema:     st.schema,
		ReadOnly:   st.readOnly,
		Entries:    slices.Clone(st.sortedLocked()),
		Contexts:   contexts,
		Profile:    st.profile,
		Unreadable: raws,
		CheckIns:   sortedCheckIns(st.checkIns),
		Medicines:  sortedMedicines(st.medicines),
	}
}
