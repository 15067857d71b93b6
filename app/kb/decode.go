package kb

// entryRecord is an entry as read from its file, with what validation needs
// to locate problems.
type entryRecord struct {
	entry    *Entry
	links    []linkRecord
	claimsAt []int // offset of each article claim
	file     *jsonFile
	index    int // 1-based position in the file
	offset   int
	fields   []fieldAt
	seq      int   // position among all entries, in load order
	linked   uint8 // types of the entries linked with it (see typeBit)
}

// linkRecord is one stored link from an entry to another.
type linkRecord struct {
	to     string
	reason string
	offset int
}

// sourceRecord is a source as read from sources.json.
type sourceRecord struct {
	source Source
	file   *jsonFile
	index  int
	offset int
	fields []fieldAt
}

// termRecord is a vocabulary term as read from vocabulary.json.
type termRecord struct {
	term   Term
	offset int
	fields []fieldAt
}

// vocabularyRecord is one vocabulary as read from vocabulary.json.
type vocabularyRecord struct {
	name    Vocabulary
	present bool // whether the file gave this vocabulary
	offset  int
	terms   []termRecord
}

// locate returns a Problem for a field of the record (or for the record
// itself if the field is absent or name is "").
func (r *entryRecord) locate(name string) Problem {
	offset := r.offset
	if o, ok := offsetOf(r.fields, name); ok {
		offset = o
	}
	p := r.file.at(offset)
	p.Entry, p.Index, p.Field = r.entry.ID, r.index, name
	return p
}

// has reports whether the record's JSON gave a field.
func (r *entryRecord) has(name string) bool {
	_, ok := offsetOf(r.fields, name)
	return ok
}

// locate returns a Problem for a field of the source.
func (r *sourceRecord) locate(name string) Problem {
	offset := r.offset
	if o, ok := offsetOf(r.fields, name); ok {
		offset = o
	}
	p := r.file.at(offset)
	p.Entry, p.Index, p.Field = r.source.ID, r.index, name
	return p
}

// entryFields returns the fields an entry of type typ may have, bound to e
// and rec.
func entryFields(typ EntryType, e *Entry, rec *entryRecord, r *objectReader) []field {
	fields := []field{
		textField("id", &e.ID),
		textField("title", &e.Title),
		textField("summary", &e.Summary),
		textField("body", &e.Body),
		textField("evidence", &e.Evidence),
		textField("grade", (*string)(&e.Grade)),
		textField("reviewed", &e.Reviewed),
		textListField("sources", &e.Sources),
		objectListField("article_claims", func(i int, v jsonValue) {
			var c ArticleClaim
			r.readNested(v, "article_claims", i, []field{textField("source", &c.Source), textField("claim", &c.Claim)})
			e.ArticleClaims = append(e.ArticleClaims, c)
			rec.claimsAt = append(rec.claimsAt, v.offset)
		}),
		textListField("synonyms", &e.Synonyms),
		textListField("muscles", &e.Muscles),
		textListField("who", &e.Who),
		objectListField("links", func(i int, v jsonValue) {
			l := linkRecord{offset: v.offset}
			r.readNested(v, "links", i, []field{textField("to", &l.to), textField("reason", &l.reason)})
			rec.links = append(rec.links, l)
		}),
	}
	switch typ {
	case TypeCause:
		fields = append(fields, textField("category", &e.Category))
	case TypeRemedy:
		fields = append(fields, textListField("when", &e.When), textField("medicine", &e.Medicine),
			textListField("not_for", &e.NotFor))
	case TypeFirstAid:
		fields = append(fields, textListField("when", &e.When), intField("hold_seconds", &e.HoldSeconds),
			textField("drawing", &e.Drawing))
	case TypeRoutine:
		fields = append(fields, textListField("when", &e.When), intField("hold_seconds", &e.HoldSeconds),
			textField("drawing", &e.Drawing), intField("repeats", &e.Repeats), boolField("each_leg", &e.EachLeg))
	case TypeRedFlag:
		fields = append(fields, textField("urgency", (*string)(&e.Urgency)), textField("action", &e.Action))
	}
	return fields
}

// decodeEntries reads an entry file: a JSON list of entry objects.
func decodeEntries(f *jsonFile, typ EntryType, ps *problems) []*entryRecord {
	root := f.root()
	elements, ok := root.elements()
	if !ok {
		p := f.at(root.offset)
		p.Message = "expected a list [...] of entries, found " + root.kind()
		ps.add(p)
		return nil
	}
	records := make([]*entryRecord, 0, len(elements))
	// The fields are bound once to scratch values, which are copied out
	// after each entry: this keeps loading large files cheap.
	var e Entry
	var cur entryRecord
	r := &objectReader{file: f}
	fields := entryFields(typ, &e, &cur, r)
	entrySlab := make([]Entry, len(elements)) // one allocation for all
	recordSlab := make([]entryRecord, len(elements))
	for i, v := range elements {
		e = Entry{Type: typ, order: i}
		cur = entryRecord{file: f, index: i + 1, offset: v.offset}
		r.problems = r.problems[:0]
		at, ok := r.readObject(v, fields)
		rec := &recordSlab[i]
		*rec = cur
		rec.entry = &entrySlab[i]
		*rec.entry = e
		rec.fields = at
		ps.addFor(r.problems, e.ID, rec.index)
		if ok {
			records = append(records, rec)
		}
	}
	return records
}

// decodeSources reads sources.json: a JSON list of source objects.
func decodeSources(f *jsonFile, ps *problems) []*sourceRecord {
	root := f.root()
	elements, ok := root.elements()
	if !ok {
		p := f.at(root.offset)
		p.Message = "expected a list [...] of sources, found " + root.kind()
		ps.add(p)
		return nil
	}
	records := make([]*sourceRecord, 0, len(elements))
	for i, v := range elements {
		rec := &sourceRecord{file: f, index: i + 1, offset: v.offset}
		s := &rec.source
		r := &objectReader{file: f}
		at, ok := r.readObject(v, []field{
			textField("id", &s.ID),
			textField("kind", &s.Kind),
			textField("title", &s.Title),
			textField("authors", &s.Authors),
			textField("publisher", &s.Publisher),
			intField("year", &s.Year),
			textField("identifier", &s.Identifier),
			textField("note", &s.Note),
		})
		rec.fields = at
		ps.addFor(r.problems, s.ID, rec.index)
		if ok {
			records = append(records, rec)
		}
	}
	return records
}

// decodeVocabulary reads vocabulary.json: an object with one list of terms
// per vocabulary.
func decodeVocabulary(f *jsonFile, ps *problems) []*vocabularyRecord {
	var out []*vocabularyRecord
	r := &objectReader{file: f}
	fields := make([]field, 0, len(vocabularies))
	for _, name := range vocabularies {
		rec := &vocabularyRecord{name: name}
		out = append(out, rec)
		fields = append(fields, objectListField(string(name), func(_ int, v jsonValue) {
			t := termRecord{offset: v.offset}
			tr := &objectReader{file: f}
			t.fields, _ = tr.readObject(v, []field{
				textField("value", &t.term.Value),
				textField("label", &t.term.Label),
				textField("description", &t.term.Description),
			})
			for _, p := range tr.problems {
				p.Entry = t.term.Value
				r.problems = append(r.problems, p)
			}
			rec.terms = append(rec.terms, t)
		}))
	}
	at, _ := r.readObject(f.root(), fields)
	for _, rec := range out {
		rec.offset, rec.present = offsetOf(at, string(rec.name))
	}
	for _, p := range r.problems {
		ps.add(p)
	}
	return out
}

// decodeTexts reads texts.json: an object of named texts.
func decodeTexts(f *jsonFile, ps *problems) (Texts, []fieldAt) {
	var t Texts
	r := &objectReader{file: f}
	at, _ := r.readObject(f.root(), []field{
		textField("disclaimer", &t.Disclaimer),
		textField("about", &t.About),
		textField("evidence_note", &t.EvidenceNote),
	})
	for _, p := range r.problems {
		ps.add(p)
	}
	return t, at
}
