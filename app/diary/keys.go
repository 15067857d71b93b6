package diary

import (
	"strings"
)

// SchemaVersion is the storage schema this code reads and writes.
//
// Version 1 is the state before the diary existed: the only key was the
// colour theme, ThemeKey, a plain string written by web/theme.js. Version 2
// adds the diary. The theme key is adopted by reference: it stays where it
// is, in its own plain form, because theme.js reads it before the first
// paint, long before the wasm could migrate anything. The diary never
// writes, exports or deletes it.
//
// Version 3 adds two kinds of key, nightly check-ins and medicines, in the
// same key layout (the "v2/" in the key names is where the layout began,
// not the schema). No stored value changes meaning, so migrating from 2
// moves nothing; the version is raised so that an older app opens a
// diary holding check-ins read-only and refuses a file holding them,
// instead of dropping them without a word.
const SchemaVersion = 3

// ThemeKey is the pre-schema theme key, owned by web/theme.js.
const ThemeKey = "nightcramp-theme"

// Key layout. The meta key has no version in its name so that any version
// of the code can find out which schema is stored.
const (
	keyRoot    = "nightcramp/"
	MetaKey    = keyRoot + "meta"
	keyV2      = keyRoot + "v2/"
	keyEntry   = keyV2 + "entry/"
	keyDay     = keyV2 + "day/"
	ProfileKey = keyV2 + "profile"
	keyNight   = keyV2 + "night/"    // one CheckIn per night, by date (schema 3)
	keyMed     = keyV2 + "medicine/" // one Medicine per id (schema 3)
)

// keyKind is the kind of value a storage key holds.
type keyKind int

const (
	kindOther    keyKind = iota // not the diary's
	kindMeta                    // the schema version
	kindEntry                   // one Entry
	kindDay                     // one DayContext
	kindProfile                 // the Profile
	kindUnknown                 // under the diary's root, but not a known kind
	kindCheckIn                 // one CheckIn
	kindMedicine                // one Medicine
)

// noun names a key kind for people ("2 entries could not be read").
func (k keyKind) noun(n int) string {
	one, many := "stored value", "stored values"
	switch k {
	case kindMeta:
		one, many = "schema note", "schema notes"
	case kindEntry:
		one, many = "entry", "entries"
	case kindDay:
		one, many = "day note", "day notes"
	case kindProfile:
		one, many = "profile", "profiles"
	case kindCheckIn:
		one, many = "night check-in", "night check-ins"
	case kindMedicine:
		one, many = "medicine", "medicines"
	}
	if n == 1 {
		return one
	}
	return many
}

// kindOf classifies a key and returns the id or date it names.
func kindOf(key string) (keyKind, string) {
	switch {
	case key == MetaKey:
		return kindMeta, ""
	case key == ProfileKey:
		return kindProfile, ""
	case strings.HasPrefix(key, keyEntry):
		return kindEntry, key[len(keyEntry):]
	case strings.HasPrefix(key, keyDay):
		return kindDay, key[len(keyDay):]
	case strings.HasPrefix(key, keyNight):
		return kindCheckIn, key[len(keyNight):]
	case strings.HasPrefix(key, keyMed):
		return kindMedicine, key[len(keyMed):]
	case strings.HasPrefix(key, keyRoot):
		return kindUnknown, ""
	}
	return kindOther, ""
}

// IsDiaryKey reports whether a storage key belongs to the diary (entries,
// day notes, the profile, the version note), not to another part of the
// app such as the theme.
func IsDiaryKey(key string) bool {
	kind, _ := kindOf(key)
	return kind != kindOther
}

// EntryKey returns the storage key of an entry.
func EntryKey(id string) string { return keyEntry + id }

// DayKey returns the storage key of a day note.
func DayKey(d Day) string { return keyDay + d.String() }

// CheckInKey returns the storage key of a night's check-in.
func CheckInKey(night Day) string { return keyNight + night.String() }

// MedicineKey returns the storage key of a medicine.
func MedicineKey(id string) string { return keyMed + id }
