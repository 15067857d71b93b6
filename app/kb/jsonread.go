package kb

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// field binds one JSON member name to the Go value it decodes into.
type field struct {
	name string
	// decode stores v into the target. It returns a message saying what was
	// expected if v has the wrong type; nested problems go to the reader.
	decode func(v jsonValue) string
}

// fieldAt records where a member of an object started in its file.
type fieldAt struct {
	name   string
	offset int
}

// objectReader decodes JSON objects of one file, collecting problems.
type objectReader struct {
	file     *jsonFile
	problems []Problem
	members  [][]jsonMember // reusable buffers, one per nesting depth
	depth    int
}

// problem records a problem at an offset of the file.
func (r *objectReader) problem(offset int, fieldName, format string, args ...any) {
	p := r.file.at(offset)
	p.Field = fieldName
	p.Message = fmt.Sprintf(format, args...)
	r.problems = append(r.problems, p)
}

// readObject decodes the members of v into fields. It reports members that
// are not fields, members given twice and values of the wrong type, and
// returns where each member started.
func (r *objectReader) readObject(v jsonValue, fields []field) ([]fieldAt, bool) {
	if r.depth == len(r.members) {
		r.members = append(r.members, nil)
	}
	members, ok := v.members(r.members[r.depth])
	r.members[r.depth] = members
	r.depth++
	defer func() { r.depth-- }()
	if !ok {
		r.problem(v.offset, "", "expected an object {...}, found %s", v.kind())
		return nil, false
	}
	at := make([]fieldAt, 0, len(members))
	var keys seenSet
	for _, m := range members {
		if !keys.add(m.key) {
			previous, _ := offsetOf(at, m.key)
			line, _ := r.file.position(previous)
			r.problem(m.keyOffset, m.key, "given twice (first on line %d)", line)
			continue
		}
		at = append(at, fieldAt{name: m.key, offset: m.keyOffset})
		f, known := lookupField(fields, m.key)
		if !known {
			r.problem(m.keyOffset, m.key, "unknown field (known fields: %s)", fieldNames(fields))
			continue
		}
		if m.value.isNull() {
			continue
		}
		if msg := f.decode(m.value); msg != "" {
			r.problem(m.value.offset, m.key, "expected %s, found %s", msg, m.value.kind())
		}
	}
	return at, true
}

// lookupField finds the field with a name.
func lookupField(fields []field, name string) (field, bool) {
	for _, f := range fields {
		if f.name == name {
			return f, true
		}
	}
	return field{}, false
}

// fieldNames lists the names of fields, sorted, for messages.
func fieldNames(fields []field) string {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// offsetOf returns where a member started, if it was present.
func offsetOf(at []fieldAt, name string) (int, bool) {
	for _, a := range at {
		if a.name == name {
			return a.offset, true
		}
	}
	return 0, false
}

// textField decodes a JSON string, trimmed of surrounding white space.
func textField(name string, target *string) field {
	return field{name: name, decode: func(v jsonValue) string {
		s, ok := decodeString(v.raw)
		if !ok {
			return "text"
		}
		*target = strings.TrimSpace(s)
		return ""
	}}
}

// textListField decodes a JSON list of strings, each trimmed.
func textListField(name string, target *[]string) field {
	return field{name: name, decode: func(v jsonValue) string {
		elements, ok := v.elements()
		if !ok {
			return "a list of texts [...]"
		}
		out := make([]string, 0, len(elements))
		for _, e := range elements {
			s, ok := decodeString(e.raw)
			if !ok {
				return "a list of texts [...] (one item is " + e.kind() + ")"
			}
			out = append(out, strings.TrimSpace(s))
		}
		*target = out
		return ""
	}}
}

// intField decodes a JSON whole number.
func intField(name string, target *int) field {
	return field{name: name, decode: func(v jsonValue) string {
		n, err := strconv.Atoi(string(v.raw))
		if err != nil {
			return "a whole number"
		}
		*target = n
		return ""
	}}
}

// objectListField decodes a JSON list of objects, calling each for every
// element (with its 1-based position).
func objectListField(name string, each func(i int, v jsonValue)) field {
	return field{name: name, decode: func(v jsonValue) string {
		elements, ok := v.elements()
		if !ok {
			return "a list [...]"
		}
		for i, e := range elements {
			each(i+1, e)
		}
		return ""
	}}
}

// readNested decodes an object that is the i-th element (1-based) of the
// list field parent, naming its problems' fields "parent[i].name".
func (r *objectReader) readNested(v jsonValue, parent string, i int, fields []field) {
	before := len(r.problems)
	r.readObject(v, fields)
	for j := before; j < len(r.problems); j++ {
		name := fmt.Sprintf("%s[%d]", parent, i)
		if r.problems[j].Field != "" {
			name += "." + r.problems[j].Field
		}
		r.problems[j].Field = name
	}
}
