package kb

import (
	"io/fs"
	"time"
)

// StaleReviews reads the entry files at the root of fsys and returns a
// warning for each entry whose last clinical review (its "reviewed" date)
// is more than ReviewMaxAge before now, or after now. It never fails: an
// unreadable file or date is Load's to report, and is skipped here. The
// clock is a parameter so that tests can fix it; the build passes
// time.Now(). It reads the files again rather than keeping positions in the
// KB, so the browser pays nothing for it.
func StaleReviews(fsys fs.FS, now time.Time) []Problem {
	ps := &problems{}
	for _, ef := range entryFiles {
		data, err := fs.ReadFile(fsys, ef.name)
		if err != nil {
			continue
		}
		f := &jsonFile{name: ef.name, data: data}
		if _, ok := f.checkSyntax(); !ok {
			continue
		}
		for _, rec := range decodeEntries(f, ef.typ, &problems{}) {
			reviewed, err := time.Parse(reviewedLayout, rec.entry.Reviewed)
			if err != nil {
				continue
			}
			switch {
			case reviewed.AddDate(1, 0, 0).Before(now):
				ps.addf(rec.locate("reviewed"), "last reviewed %s, over %s before %s: please review it and update the date",
					rec.entry.Reviewed, ReviewMaxAge, now.Format(reviewedLayout))
			case reviewed.After(now):
				ps.addf(rec.locate("reviewed"), "reviewed %s is after today (%s): check the date", rec.entry.Reviewed, now.Format(reviewedLayout))
			}
		}
	}
	if err := ps.err(); err != nil {
		return err.(*ValidationError).Problems
	}
	return nil
}
