package kb

import (
	"encoding/json"
	"errors"
	"sort"
	"unicode/utf8"
)

// jsonFile is one data file being read. It turns byte offsets into line and
// column numbers for problems. The scanner below assumes the file already
// passed checkSyntax, so it never has to report malformed JSON itself.
type jsonFile struct {
	name       string
	data       []byte
	lineStarts []int // offsets where lines start, computed on first use
}

// jsonValue is one raw JSON value and the offset where it starts in its file.
type jsonValue struct {
	raw    []byte
	offset int
}

// jsonMember is one member of a JSON object.
type jsonMember struct {
	key       string
	keyOffset int
	value     jsonValue
}

// position returns the 1-based line and column (in characters) of a byte
// offset.
func (f *jsonFile) position(offset int) (line, column int) {
	if f.lineStarts == nil {
		f.lineStarts = []int{0}
		for i, c := range f.data {
			if c == '\n' {
				f.lineStarts = append(f.lineStarts, i+1)
			}
		}
	}
	offset = min(max(offset, 0), len(f.data))
	i := sort.Search(len(f.lineStarts), func(i int) bool { return f.lineStarts[i] > offset }) - 1
	start := f.lineStarts[i]
	return i + 1, utf8.RuneCount(f.data[start:offset]) + 1
}

// at returns a Problem located at a byte offset of the file. Line and
// column are worked out only if the problem is recorded.
func (f *jsonFile) at(offset int) Problem {
	return Problem{File: f.name, pendingFile: f, pendingOffset: offset}
}

// checkSyntax reports whether the file is well-formed JSON. If it is not, it
// returns a problem located where the parser gave up.
func (f *jsonFile) checkSyntax() (Problem, bool) {
	if json.Valid(f.data) {
		return Problem{}, true
	}
	var v any
	err := json.Unmarshal(f.data, &v)
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) {
		p := f.at(int(syntax.Offset) - 1)
		p.Message = "malformed JSON: " + syntaxHint(syntax.Error())
		return p, false
	}
	p := f.at(len(f.data))
	p.Message = "malformed JSON"
	if err != nil {
		p.Message += ": " + err.Error()
	}
	return p, false
}

// syntaxHint adds a hint for the most common slip to a JSON syntax message.
func syntaxHint(msg string) string {
	switch msg {
	case "invalid character '}' looking for beginning of object key string",
		"invalid character ']' looking for beginning of value":
		return msg + " (is there a comma after the last item?)"
	case "unexpected end of JSON input":
		return msg + " (is a closing bracket or quote missing?)"
	}
	return msg
}

// root returns the whole file as a value.
func (f *jsonFile) root() jsonValue {
	start := skipSpace(f.data, 0)
	end := valueEnd(f.data, start)
	return jsonValue{raw: f.data[start:end], offset: start}
}

// kind describes a JSON value in words, e.g. "a number".
func (v jsonValue) kind() string {
	if len(v.raw) == 0 {
		return "nothing"
	}
	switch v.raw[0] {
	case '"':
		return "text"
	case '{':
		return "an object {...}"
	case '[':
		return "a list [...]"
	case 't', 'f':
		return "true/false"
	case 'n':
		return "null"
	}
	return "a number"
}

// isNull reports whether the value is JSON null.
func (v jsonValue) isNull() bool { return string(v.raw) == "null" }

// elements returns the elements of a JSON array, or false if v is not one.
func (v jsonValue) elements() ([]jsonValue, bool) {
	if len(v.raw) == 0 || v.raw[0] != '[' {
		return nil, false
	}
	var out []jsonValue
	i := skipSpace(v.raw, 1)
	for i < len(v.raw) && v.raw[i] != ']' {
		end := valueEnd(v.raw, i)
		out = append(out, jsonValue{raw: v.raw[i:end], offset: v.offset + i})
		i = skipSpace(v.raw, end)
		if i < len(v.raw) && v.raw[i] == ',' {
			i = skipSpace(v.raw, i+1)
		}
	}
	return out, true
}

// members appends the members of a JSON object, in order, to out[:0], or
// returns false if v is not an object.
func (v jsonValue) members(out []jsonMember) ([]jsonMember, bool) {
	out = out[:0]
	if len(v.raw) == 0 || v.raw[0] != '{' {
		return out, false
	}
	i := skipSpace(v.raw, 1)
	for i < len(v.raw) && v.raw[i] != '}' {
		keyEnd := valueEnd(v.raw, i)
		key, _ := decodeString(v.raw[i:keyEnd])
		m := jsonMember{key: key, keyOffset: v.offset + i}
		i = skipSpace(v.raw, keyEnd)
		i = skipSpace(v.raw, i+1) // the colon
		end := valueEnd(v.raw, i)
		m.value = jsonValue{raw: v.raw[i:end], offset: v.offset + i}
		out = append(out, m)
		i = skipSpace(v.raw, end)
		if i < len(v.raw) && v.raw[i] == ',' {
			i = skipSpace(v.raw, i+1)
		}
	}
	return out, true
}

// skipSpace returns the first offset at or after i that is not JSON white
// space.
func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// valueEnd returns the offset just past the well-formed JSON value that
// starts at i.
func valueEnd(data []byte, i int) int {
	if i >= len(data) {
		return i
	}
	switch data[i] {
	case '"':
		return stringEnd(data, i)
	case '{', '[':
		depth := 0
		for i < len(data) {
			switch data[i] {
			case '"':
				i = stringEnd(data, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return i
	}
	for i < len(data) {
		switch data[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
		i++
	}
	return i
}

// stringEnd returns the offset just past the JSON string that starts at i.
func stringEnd(data []byte, i int) int {
	for i++; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return i
}

// decodeString decodes a JSON string value, or returns false if raw is not
// a string.
func decodeString(raw []byte) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' {
		return "", false
	}
	inner := raw[1 : len(raw)-1]
	plain := utf8.Valid(inner)
	for _, c := range inner {
		if c == '\\' || c < 0x20 {
			plain = false
			break
		}
	}
	if plain {
		return string(inner), true
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false
	}
	return s, true
}
