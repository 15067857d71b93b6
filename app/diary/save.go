package diary

import (
	"errors"
	"slices"
	"time"
)

// stamp returns the time to record as updated: now, but always after prev,
// so an edit is newer than what it replaces even if the clock went back.
func stamp(now, prev time.Time) time.Time {
	t := now.UTC().Truncate(time.Millisecond)
	if !t.After(prev) {
		t = prev.Add(time.Millisecond)
	}
	return t
}

// writable returns ErrReadOnly when writes are refused, and an error when
// key holds a value that could not be read (it is never written over).
func (st *Store) writable(key string) error {
	if st.readOnly {
		return ErrReadOnly
	}
	if _, bad := st.unreadable[key]; bad {
		return &ErrDamaged{Key: key}
	}
	return nil
}

// SaveEntry checks and saves an entry, new (empty ID) or edited, and
// returns it as saved, with its id and times. Ratings must be Unset or
// 0-10 (see CheckEntry); a failed check or write changes nothing.
func (st *Store) SaveEntry(e Entry) (Entry, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	now := st.now()
	if e.ID == "" {
		e.ID = NewID(now)
	}
	old, exists := st.entries[e.ID]
	if exists {
		e.Created = old.Created
	} else if e.Created.IsZero() {
		e.Created = now.UTC().Truncate(time.Millisecond)
	}
	e.Updated = stamp(now, old.Updated)
	e.Muscles = slices.Clip(e.Muscles)
	if err := invalid("entry", checkEntry(e, nil)); err != nil {
		return Entry{}, err
	}
	if err := st.put(EntryKey(e.ID), encode(e)); err != nil {
		return Entry{}, err
	}
	st.setEntryLocked(e)
	return e, nil
}

// put writes one key after checking it may.
func (st *Store) put(key, value string) error {
	if err := st.writable(key); err != nil {
		return err
	}
	if st.metaPending {
		if err := st.s.Set(MetaKey, encode(meta{Schema: SchemaVersion})); err != nil {
			return &WriteError{Op: OpSaveFirst, Err: err}
		}
		st.metaPending = false
	}
	if err := st.s.Set(key, value); err != nil {
		if errors.Is(err, ErrQuota) {
			return &WriteError{Op: OpSave, Err: ErrQuota}
		}
		return &WriteError{Op: OpSave, Err: err}
	}
	return nil
}

// DeleteEntry deletes an entry; deleting a missing one is not an error.
func (st *Store) DeleteEntry(id string) error {
	st.mu.Lock()
	defer st.mu.Unlock()
	key := EntryKey(id)
	if err := st.writable(key); err != nil {
		return err
	}
	if err := st.s.Remove(key); err != nil {
		return &WriteError{Op: OpDelete, Err: err}
	}
	st.deleteEntryLocked(id)
	return nil
}

// SaveContext saves the day note of c.Date; a note that says nothing is
// removed instead.
func (st *Store) SaveContext(c DayContext) (DayContext, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	key := DayKey(c.Date)
	if c.empty() {
		if err := st.writable(key); err != nil {
			return DayContext{}, err
		}
		if err := st.s.Remove(key); err != nil {
			return DayContext{}, &WriteError{Op: OpSave, Err: err}
		}
		delete(st.contexts, c.Date)
		return c, nil
	}
	c.Updated = stamp(st.now(), st.contexts[c.Date].Updated)
	if err := invalid("day note", checkContext(c)); err != nil {
		return DayContext{}, err
	}
	if err := st.put(key, encode(c)); err != nil {
		return DayContext{}, err
	}
	st.contexts[c.Date] = c
	return c, nil
}

// empty reports whether the note says nothing.
func (c DayContext) empty() bool {
	return !c.Exercise && !c.Standing && !c.Sitting && c.Fluids == "" && !c.Alcohol && !c.Caffeine && c.NewMedicine == ""
}

// SaveProfile saves the profile (causes sorted, duplicates dropped).
func (st *Store) SaveProfile(p Profile) (Profile, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	p.Causes = normalizeIDs(p.Causes)
	p.Updated = stamp(st.now(), st.profile.Updated)
	if err := invalid("profile", checkProfile(p, nil)); err != nil {
		return Profile{}, err
	}
	if err := st.put(ProfileKey, encode(p)); err != nil {
		return Profile{}, err
	}
	st.profile = p
	return p, nil
}

// DeleteAll deletes the whole diary after the person confirmed it: every
// entry, day note, check-in, medicine, the profile, and the values that could not be read
// (offer an export first). It also lifts read-only, since nothing of the
// newer version is left to protect. The theme key is not the diary's and
// stays. On a failure part-way the state is read again, so the screen shows
// what is really left.
func (st *Store) DeleteAll() error {
	st.mu.Lock()
	defer st.mu.Unlock()
	keys, err := st.s.Keys()
	if err != nil {
		return &WriteError{Op: OpDelete, Err: err}
	}
	for _, key := range keys {
		if kind, _ := kindOf(key); kind == kindOther || kind == kindMeta {
			continue
		}
		if err := st.s.Remove(key); err != nil {
			st.reloadLocked()
			return &WriteError{Op: OpDeleteAll, Err: err}
		}
	}
	if err := st.s.Set(MetaKey, encode(meta{Schema: SchemaVersion})); err != nil {
		st.reloadLocked()
		return &WriteError{Op: OpDeleteAllNote, Err: err}
	}
	st.reloadLocked()
	return nil
}

// reloadLocked reads the state again from storage.
func (st *Store) reloadLocked() {
	fresh, _ := Open(st.s)
	now := st.now
	st.schema, st.readOnly = fresh.schema, fresh.readOnly
	st.entries, st.contexts, st.profile = fresh.entries, fresh.contexts, fresh.profile
	st.checkIns, st.medicines = fresh.checkIns, fresh.medicines
	st.unreadable, st.problems, st.sorted = fresh.unreadable, fresh.problems, nil
	st.metaPending = fresh.metaPending
	st.now = now
}
