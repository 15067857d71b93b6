package kb

import "io/fs"

// loadTrusted builds the knowledge base from data known to be valid,
// without checking it: what validation would hand to the builder, taken
// straight from the decoded files. The embedded data is validated natively
// (the server refuses to start, and the tests fail, on any problem), so the
// browser, which embeds the very same files, need not check them again on
// every start. Nor is their JSON syntax checked first (a full scan of every
// file): the scanner reads them as valid JSON. Should the files still not
// decode, or the scanner fail on them, it falls back to Load for the full
// report; JSON cut short where a value could end may go unnoticed.
func loadTrusted(fsys fs.FS) (k *KB, err error) {
	defer func() {
		if recover() != nil {
			k, err = Load(fsys)
		}
	}()
	ps := &problems{}
	d, sr, complete := readDataset(fsys, ps, true)
	if !complete || ps.err() != nil {
		return Load(fsys)
	}
	if k, err = build(trusted(d)); err == nil {
		k.search = newSearchData(sr, k)
	}
	return k, err
}

// trusted is validate's result for a valid dataset, with none of its checks.
func trusted(d *dataset) validated {
	out := validated{terms: map[Vocabulary][]Term{}, texts: d.texts}
	for _, rec := range d.vocabulary {
		for _, t := range rec.terms {
			out.terms[rec.name] = append(out.terms[rec.name], t.term)
		}
	}
	out.sources = make([]Source, 0, len(d.sources))
	for _, rec := range d.sources {
		out.sources = append(out.sources, rec.source)
	}
	out.entries = make([]*Entry, 0, len(d.entries))
	for _, rec := range d.entries {
		out.entries = append(out.entries, rec.entry)
		for _, l := range rec.links {
			out.links = append(out.links, link{from: rec.entry.ID, to: l.to, reason: l.reason})
		}
	}
	return out
}
