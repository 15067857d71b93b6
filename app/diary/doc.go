// Package diary is Nightcramp's private night diary and profile: the cramps a
// person logs, the optional day notes, the risk factors they chose, and the
// numbers drawn from them. Everything stays on the device.
//
// State lives behind Storage, a four-method key-value interface: MemStorage
// for tests, and localStorage in the browser (storage_js.go, the only file
// that touches syscall/js). Open reads every key of the schema, migrates
// older schemas step by step (migrate.go), and never fails as a whole: a key
// that cannot be read is reported as a Problem, kept untouched and exported
// raw. A stored schema newer than this code opens read-only. The theme key
// that predates the schema stays where web/theme.js reads it (see
// SchemaVersion).
//
// Each save writes exactly one small key (one per entry, per day note, per
// night check-in, per medicine, one for the profile), so a save is atomic
// and its cost does not grow with the diary. A failed write (quota) leaves everything saved before untouched,
// on the device and in memory.
//
// A night is counted by the evening it started: a cramp before noon belongs
// to the night before (NightOf). A night is logged when it has a cramp
// entry or a check-in saying "no cramps" (checkin.go); a night nobody
// logged is unknown, never counted as a good night. The "what helps me?"
// figures (insights.go) compare logged nights only, carry their night
// counts, and call a difference only with enough nights and more than
// chance would easily give; they never say why. Stats (stats.go,
// summary.go), the doctor's summary,
// export to JSON and CSV (export.go), and import with merge (import.go,
// merge.go) are pure functions or plans the person confirms before anything
// is written. Profile.Applies and RiskFactors match the profile against the
// knowledge base.
//
// Errors are typed (errors.go): ErrStorageFull, ErrReadOnly, *ErrInvalid
// with *FieldError and *ErrTooLong reasons, *ErrDamaged, and the import
// file errors. Their messages are the sentences the screens always showed.
//
// Opening 2,000 entries must stay well inside 100 ms in the browser, so the
// stored shape is read by a small hand-written reader (fastjson.go) that
// hands anything unusual to encoding/json; fuzzing checks both agree.
//
// The package must not import go-app; it is tested natively and as
// WebAssembly under Node.
package diary
