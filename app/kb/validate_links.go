package kb

import (
	"fmt"
	"slices"
)

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
