package kb

import (
	"fmt"
	"slices"
	"strings"
)

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
