package diary

import "fmt"

// migration moves the stored state from version from to from+1. It must be
// safe to run again after a failure part-way: Open writes the new version
// into the meta key only after the migration returned, so a migration cut
// short (a closed tab, a full store) runs again on the next Open.
type migration struct {
	from int
	run  func(s Storage, keys []string) error
}

// migrations is the chain, one step per version, oldest first. Every
// earlier version reaches SchemaVersion by running the steps in turn.
var migrations = []migration{
	{from: 1, run: migrateV1toV2},
	{from: 2, run: migrateV2toV3},
}

// migrateV1toV2 adopts the pre-schema state. Version 1 held only the theme
// key, a plain string that web/theme.js reads before the wasm starts, so it
// stays where and as it is (see SchemaVersion); there is nothing to move.
// Diary keys written without a meta key (a meta key lost or never written)
// are already in the version 2 layout and are read as they are.
func migrateV1toV2(Storage, []string) error { return nil }

// migrateV2toV3 adds nightly check-ins and medicines. They live under new
// keys, and no version 2 value changes meaning, so there is nothing to move
// or rewrite: every entry, day note and the profile stay byte for byte as
// they were. The step exists so that the version note says 3, which makes
// an older app open the diary read-only rather than ignore the new keys.
func migrateV2toV3(Storage, []string) error { return nil }

// migrate runs the chain from version found up to SchemaVersion, writing the
// meta key after each step. It returns the version reached.
func migrate(s Storage, keys []string, found int) (int, error) {
	v := found
	for _, m := range migrations {
		if m.from != v {
			continue
		}
		if err := m.run(s, keys); err != nil {
			return v, fmt.Errorf("updating the diary from version %d: %w", v, err)
		}
		if err := s.Set(MetaKey, encode(meta{Schema: v + 1})); err != nil {
			return v, fmt.Errorf("updating the diary from version %d: %w", v, err)
		}
		v++
	}
	if v != SchemaVersion {
		return v, fmt.Errorf("no way to update the diary from version %d", v)
	}
	return v, nil
}
