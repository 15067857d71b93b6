package kb

import (
	"cmp"
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with the data files, located as precisely as
// the check allows.
type Problem struct {
	File    string // data file name, e.g. "causes.json"
	Line    int    // 1-based line, 0 if unknown
	Column  int    // 1-based column, 0 if unknown
	Entry   string // id of the entry (or term, or source), "" if none
	Index   int    // 1-based position of the entry in its file, 0 if none
	Field   string // field name, "" if the problem is not about one field
	Message string // what is wrong, in plain words

	// Until the problem is recorded, the position may be pending as a byte
	// offset into a file; problems.add resolves it to Line and Column.
	pendingFile   *jsonFile
	pendingOffset int
}

// String formats the problem as
// `file:line:col: entry "id": field "x": problem`, leaving out the parts
// that are unknown.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", p.Line, p.Column)
	}
	switch {
	case p.Entry != "":
		fmt.Fprintf(&b, ": entry %q", p.Entry)
	case p.Index > 0:
		fmt.Fprintf(&b, ": entry #%d", p.Index)
	}
	if p.Field != "" {
		fmt.Fprintf(&b, ": field %q", p.Field)
	}
	b.WriteString(": ")
	b.WriteString(p.Message)
	return b.String()
}

// ValidationError holds every problem found while loading the data files.
// Load returns it (as *ValidationError) instead of stopping at the first
// problem, so one run shows everything to fix.
type ValidationError struct {
	Problems []Problem // sorted by file, then position
}

// Error lists the problems, one per line.
func (e *ValidationError) Error() string {
	lines := make([]string, 0, len(e.Problems)+1)
	lines = append(lines, fmt.Sprintf("knowledge base: %d problem(s) in the data files:", len(e.Problems)))
	for _, p := range e.Problems {
		lines = append(lines, "  "+p.String())
	}
	return strings.Join(lines, "\n")
}

// problems collects Problems while loading.
type problems struct {
	list []Problem
}

// add records a problem, resolving a pending position to line and column.
func (ps *problems) add(p Problem) {
	if p.pendingFile != nil {
		p.Line, p.Column = p.pendingFile.position(p.pendingOffset)
		p.pendingFile = nil
	}
	ps.list = append(ps.list, p)
}

// addFor records the problems found in one object of a file, attributed to
// its entry id and 1-based position.
func (ps *problems) addFor(found []Problem, id string, index int) {
	for _, p := range found {
		p.Entry, p.Index = id, index
		ps.add(p)
	}
}

// addf records a problem with a formatted message.
func (ps *problems) addf(at Problem, format string, args ...any) {
	at.Message = fmt.Sprintf(format, args...)
	ps.add(at)
}

// err returns the collected problems as a *ValidationError, or nil if there
// are none. Problems are ordered by file (in load order), then position.
func (ps *problems) err() error {
	if len(ps.list) == 0 {
		return nil
	}
	sort.SliceStable(ps.list, func(i, j int) bool {
		a, b := ps.list[i], ps.list[j]
		return cmp.Or(
			cmp.Compare(fileOrder(a.File), fileOrder(b.File)),
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
		) < 0
	})
	return &ValidationError{Problems: ps.list}
}
