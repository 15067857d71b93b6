package kb

// checkTexts checks texts.json.
func (v *validator) checkTexts() {
	f := v.d.textsFile
	at := func(name string) Problem {
		offset, _ := offsetOf(v.d.textsFields, name)
		p := f.at(offset)
		p.Field = name
		return p
	}
	v.requireText(at("disclaimer"), v.d.texts.Disclaimer, 0)
	v.requireText(at("about"), v.d.texts.About, 0)
	v.requireText(at("evidence_note"), v.d.texts.EvidenceNote, 0)
}

// checkSources checks sources.json and returns the valid sources.
func (v *validator) checkSources() []Source {
	var out []Source
	for _, rec := range v.d.sources {
		s := rec.source
		if msg := idProblem(s.ID); msg != "" {
			v.ps.addf(rec.locate("id"), "%s", msg)
			continue
		}
		if first, dup := v.sources[s.ID]; dup {
			v.ps.addf(rec.locate("id"), "duplicate id (also source #%d)", first.index)
			continue
		}
		v.sources[s.ID] = rec
		v.checkTerm(rec.locate("kind"), VocabSourceKind, s.Kind, true)
		v.requireText(rec.locate("title"), s.Title, 300)
		if s.Authors == "" && s.Publisher == "" {
			v.ps.addf(rec.locate("publisher"), "give the authors or the publisher")
		}
		if s.Year != 0 && (s.Year < 1800 || s.Year > 2100) {
			v.ps.addf(rec.locate("year"), "year %d is not plausible", s.Year)
		}
		out = append(out, s)
	}
	return out
}
