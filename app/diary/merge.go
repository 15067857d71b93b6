package diary

import (
	"fmt"
	"time"
)

// Plan is what merging an import would do, for the person to confirm.
// Nothing is written until ApplyImport.
type Plan struct {
	Add          []Entry      // entries with ids not in the diary
	Update       []Entry      // entries changed later than the diary's copy
	Skipped      int          // entries and day notes identical to, or older than, the diary's
	Contexts     []DayContext // day notes to add or update
	Profile      *Profile     // the file's profile, when changed later than the diary's
	CheckIns     []CheckIn    // check-ins to add or update
	Medicines    []Medicine   // medicines to add or update
	Rejected     []Rejected   // from the file, plus ids held by unreadable values
	MoreRejected int          // rejections beyond those listed
}

// Empty reports whether applying the plan would change nothing.
func (p Plan) Empty() bool {
	return len(p.Add) == 0 && len(p.Update) == 0 && len(p.Contexts) == 0 && p.Profile == nil &&
		len(p.CheckIns) == 0 && len(p.Medicines) == 0
}

// PlanImport works out what merging imp would do, without writing: an id
// the diary lacks is added, a copy changed later replaces the diary's, an
// identical or older copy is skipped. An id whose stored value could not be
// read is rejected, because that value is never written over.
func (st *Store) PlanImport(imp Import) Plan {
	st.mu.Lock()
	defer st.mu.Unlock()
	p := Plan{Rejected: imp.Rejected, MoreRejected: imp.MoreRejected}
	for _, e := range imp.Entries {
		if _, bad := st.unreadable[EntryKey(e.ID)]; bad {
			p.Rejected = append(p.Rejected, Rejected{What: "entry", ID: e.ID, Reason: "the diary holds a damaged entry with this id; it is kept as it is"})
			continue
		}
		old, ok := st.entries[e.ID]
		switch {
		case !ok:
			p.Add = append(p.Add, e)
		case e.Updated.After(old.Updated) && encode(e) != encode(old):
			p.Update = append(p.Update, e)
		default:
			p.Skipped++
		}
	}
	for _, c := range imp.Contexts {
		if _, bad := st.unreadable[DayKey(c.Date)]; bad {
			p.Rejected = append(p.Rejected, Rejected{What: "day note", ID: c.Date.String(), Reason: "the diary holds a damaged day note for this date; it is kept as it is"})
			continue
		}
		old, ok := st.contexts[c.Date]
		if !ok || c.Updated.After(old.Updated) && encode(c) != encode(old) {
			p.Contexts = append(p.Contexts, c)
		} else {
			p.Skipped++
		}
	}
	p.planCheckIns(st, imp.CheckIns)
	p.planMedicines(st, imp.Medicines)
	if imp.Profile != nil && imp.Profile.Updated.After(st.profile.Updated) && encode(*imp.Profile) != encode(st.profile) {
		if _, bad := st.unreadable[ProfileKey]; bad {
			p.Rejected = append(p.Rejected, Rejected{What: "profile", Reason: "the diary holds a damaged profile; it is kept as it is"})
		} else {
			p.Profile = imp.Profile
		}
	}
	return p
}

// ApplyImport writes a plan the person confirmed, one key per entry, day
// note or profile, and returns how many it wrote. A copy that is no longer
// newer than the diary's (changed meanwhile) is left out. It stops at the
// first failed write: what was written before stays, nothing else changes.
func (st *Store) ApplyImport(p Plan) (int, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.readOnly {
		return 0, ErrReadOnly
	}
	written := 0
	for _, list := range [][]Entry{p.Add, p.Update} {
		for _, e := range list {
			if old, ok := st.entries[e.ID]; ok && !e.Updated.After(old.Updated) {
				continue
			}
			if err := st.put(EntryKey(e.ID), encode(e)); err != nil {
				return written, fmt.Errorf("%d of the file's records were added before this: %w", written, err)
			}
			st.entries[e.ID] = e
			st.sorted = nil
			written++
		}
	}
	for _, c := range p.Contexts {
		if old, ok := st.contexts[c.Date]; ok && !c.Updated.After(old.Updated) {
			continue
		}
		if err := st.put(DayKey(c.Date), encode(c)); err != nil {
			return written, fmt.Errorf("%d of the file's records were added before this: %w", written, err)
		}
		st.contexts[c.Date] = c
		written++
	}
	n, err := st.applyCheckInsLocked(p.CheckIns)
	if written += n; err != nil {
		return written, fmt.Errorf("%d of the file's records were added before this: %w", written, err)
	}
	n, err = st.applyMedicinesLocked(p.Medicines)
	if written += n; err != nil {
		return written, fmt.Errorf("%d of the file's records were added before this: %w", written, err)
	}
	if p.Profile != nil && p.Profile.Updated.After(st.profile.Updated) {
		if err := st.put(ProfileKey, encode(*p.Profile)); err != nil {
			return written, fmt.Errorf("%d of the file's records were added before this: %w", written, err)
		}
		st.profile = *p.Profile
		written++
	}
	return written, nil
}

// newer reports whether an imported copy replaces the stored one: there is
// none, or the copy changed later and differs.
func newer[T any](old T, had bool, oldUpdated, updated time.Time, v T) bool {
	return !had || updated.After(oldUpdated) && encode(v) != encode(old)
}

func (p *Plan) planCheckIns(st *Store, list []CheckIn) {
	for _, c := range list {
		if _, bad := st.unreadable[CheckInKey(c.Night)]; bad {
			p.Rejected = append(p.Rejected, Rejected{What: "check-in", ID: c.Night.String(), Reason: "the diary holds a damaged check-in for this night; it is kept as it is"})
			continue
		}
		old, ok := st.checkIns[c.Night]
		if newer(old, ok, old.Updated, c.Updated, c) {
			p.CheckIns = append(p.CheckIns, c)
		} else {
			p.Skipped++
		}
	}
}

func (p *Plan) planMedicines(st *Store, list []Medicine) {
	room := MaxMedicines - len(st.medicines)
	for _, m := range list {
		old, ok := st.medicines[m.ID]
		switch _, bad := st.unreadable[MedicineKey(m.ID)]; {
		case bad:
			p.Rejected = append(p.Rejected, Rejected{What: "medicine", ID: m.ID, Reason: "the diary holds a damaged medicine with this id; it is kept as it is"})
		case !newer(old, ok, old.Updated, m.Updated, m):
			p.Skipped++
		case !ok && room <= 0:
			p.Rejected = append(p.Rejected, Rejected{What: "medicine", ID: m.ID, Reason: fmt.Sprintf("a diary holds at most %d medicines", MaxMedicines)})
		default:
			if !ok {
				room--
			}
			p.Medicines = append(p.Medicines, m)
		}
	}
}

// applyCheckInsLocked writes check-ins still newer than the diary's.
func (st *Store) applyCheckInsLocked(list []CheckIn) (int, error) {
	written := 0
	for _, c := range list {
		if old, ok := st.checkIns[c.Night]; ok && !c.Updated.After(old.Updated) {
			continue
		}
		if err := st.put(CheckInKey(c.Night), encode(c)); err != nil {
			return written, err
		}
		st.checkIns[c.Night] = c
		written++
	}
	return written, nil
}

// applyMedicinesLocked writes medicines still newer than the diary's.
func (st *Store) applyMedicinesLocked(list []Medicine) (int, error) {
	written := 0
	for _, m := range list {
		if old, ok := st.medicines[m.ID]; ok && !m.Updated.After(old.Updated) {
			continue
		}
		if err := st.put(MedicineKey(m.ID), encode(m)); err != nil {
			return written, err
		}
		st.medicines[m.ID] = m
		written++
	}
	return written, nil
}
