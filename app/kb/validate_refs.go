package kb

import (
	"fmt"
	"slices"
	"strings"
)

// The checks of references between records: links between entries, the
// sources entries cite, and the vocabulary terms they use.

// checkLinks checks every stored link and returns the valid ones.
func (v *validator) checkLinks() []link {
	var out []link
	for _, rec := range v.d.entries {
		from := rec.entry.ID
		var targets seenSet
		for i, l := range rec.links {
			p := rec.file.at(l.offset)
			p.Entry, p.Index = from, rec.index
			p.Field = fmt.Sprintf("links[%d].to", i+1)
			target, ok := v.entries[l.to]
			switch {
			case l.to == "":
				v.ps.addf(p, "missing: which entry does this link to?")
				continue
			case !ok:
				v.ps.addf(p, "links to %q, which is no entry", l.to)
				continue
			case l.to == from:
				v.ps.addf(p, "an entry cannot link to itself")
				continue
			case !targets.add(l.to):
				v.ps.addf(p, "link to %q is given twice", l.to)
				continue
			case target.seq < rec.seq && slices.ContainsFunc(target.links, func(o linkRecord) bool { return o.to == from }):
				v.ps.addf(p, "%q already links here: store each link once (the reverse is automatic)", l.to)
				continue
			}
			p.Field = fmt.Sprintf("links[%d].reason", i+1)
			v.requireLine(p, l.reason, maxReasonLength)
			rec.linked |= typeBit(target.entry.Type)
			target.linked |= typeBit(rec.entry.Type)
			out = append(out, link{from: from, to: l.to, reason: l.reason})
		}
	}
	return out
}

// checkLinkCoverage reports causes not linked with any remedy or first-aid
// step, and remedies not linked with any cause.
func (v *validator) checkLinkCoverage() {
	for _, rec := range v.d.entries {
		e := rec.entry
		if v.entries[e.ID] != rec {
			continue // invalid or duplicate id, already reported
		}
		switch e.Type {
		case TypeCause:
			if rec.linked&(typeBit(TypeRemedy)|typeBit(TypeFirstAid)) == 0 {
				v.ps.addf(rec.locate("links"), "a cause must link to at least one remedy or first-aid step that addresses it")
			}
		case TypeRemedy:
			if rec.linked&typeBit(TypeCause) == 0 {
				v.ps.addf(rec.locate("links"), "a remedy must be linked with at least one cause (here or in %s)", fileCauses)
			}
		}
	}
}

// checkCitations reports sources that no entry cites.
func (v *validator) checkCitations() {
	for _, rec := range v.d.sources {
		if v.sources[rec.source.ID] == rec && !v.cited[rec.source.ID] {
			v.ps.addf(rec.locate("id"), "no entry cites this source: cite it or remove it")
		}
	}
}

// typeBit returns a bit for an entry type, to keep sets of types in a word.
func typeBit(t EntryType) uint8 {
	return 1 << slices.Index(entryTypes, t)
}

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

// checkVocabulary checks vocabulary.json and returns the terms by vocabulary.
func (v *validator) checkVocabulary() map[Vocabulary][]Term {
	out := map[Vocabulary][]Term{}
	f := v.d.vocabFile
	for _, rec := range v.d.vocabulary {
		set := map[string]bool{}
		v.terms[rec.name] = set
		if !rec.present || len(rec.terms) == 0 {
			p := f.at(rec.offset)
			p.Field = string(rec.name)
			p.Message = "vocabulary is missing or empty"
			v.ps.add(p)
			continue
		}
		for i, t := range rec.terms {
			at := func(name string) Problem {
				offset := t.offset
				if o, ok := offsetOf(t.fields, name); ok {
					offset = o
				}
				p := f.at(offset)
				p.Entry, p.Index, p.Field = t.term.Value, i+1, string(rec.name)+"."+name
				return p
			}
			if msg := idProblem(t.term.Value); msg != "" {
				v.ps.addf(at("value"), "%s", msg)
				continue
			}
			if set[t.term.Value] {
				v.ps.addf(at("value"), "value listed twice in vocabulary %q", rec.name)
				continue
			}
			set[t.term.Value] = true
			v.requireText(at("label"), t.term.Label, maxTitleLength)
			v.requireText(at("description"), t.term.Description, maxBodyLength)
			out[rec.name] = append(out[rec.name], t.term)
		}
		fixed := rec.name.fixedValues()
		for _, want := range fixed {
			if !set[want] {
				p := f.at(rec.offset)
				p.Field = string(rec.name)
				p.Message = fmt.Sprintf("value %q is missing: the app relies on it", want)
				v.ps.add(p)
			}
		}
		if fixed != nil {
			for _, t := range rec.terms {
				if t.term.Value != "" && !slices.Contains(fixed, t.term.Value) {
					p := f.at(t.offset)
					p.Entry, p.Field = t.term.Value, string(rec.name)
					p.Message = fmt.Sprintf("the app does not know this value; this vocabulary is fixed to: %s", strings.Join(fixed, ", "))
					v.ps.add(p)
				}
			}
		}
	}
	if !v.terms[VocabSourceKind][SourceKindArticle] && len(v.terms[VocabSourceKind]) > 0 {
		p := f.at(0)
		p.Field = string(VocabSourceKind)
		p.Message = fmt.Sprintf("value %q is missing: the app relies on it", SourceKindArticle)
		v.ps.add(p)
	}
	return out
}
