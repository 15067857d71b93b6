package diary

import (
	"encoding/json"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// Opening 2,000 entries with encoding/json's reflection costs a quarter of a
// second in the browser. Entries are stored in one canonical shape (ours),
// so this reader handles exactly that shape by hand, about ten times faster,
// and gives up (ok false) on anything else: another order is fine, but an
// unknown field, a null, a fraction, an odd escape or invalid UTF-8 sends
// the value to encoding/json, which then decides. FuzzDecodeStored checks
// that both readers agree whenever this one answers.

// fastReader reads one JSON value from b.
type fastReader struct {
	b  string // strings without escapes are cut from it, without copying
	i  int
	ok bool
}

func (r *fastReader) space() {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// byte consumes c after optional space.
func (r *fastReader) byte(c byte) bool {
	r.space()
	if r.ok && r.i < len(r.b) && r.b[r.i] == c {
		r.i++
		return true
	}
	return false
}

func (r *fastReader) fail() { r.ok = false }

// plain marks the bytes a string can hold as they are: not a quote, a
// backslash, a control character or a non-ASCII byte.
var plain = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// string reads a JSON string.
func (r *fastReader) string() string {
	if !r.byte('"') {
		r.fail()
		return ""
	}
	start := r.i
	for r.i < len(r.b) && plain[r.b[r.i]] {
		r.i++
	}
	ascii := true
	for r.i < len(r.b) {
		c := r.b[r.i]
		switch {
		case c == '"':
			s := r.b[start:r.i]
			r.i++
			if !ascii && !utf8.ValidString(s) {
				r.fail()
			}
			return s
		case c == '\\':
			return r.escaped(start)
		case c < 0x20:
			r.fail()
			return ""
		case c >= 0x80:
			ascii = false
		}
		r.i++
	}
	r.fail()
	return ""
}

// escaped finishes a string that has escapes, from its start.
func (r *fastReader) escaped(start int) string {
	out := make([]byte, 0, r.i-start+16)
	out = append(out, r.b[start:r.i]...)
	for r.i < len(r.b) {
		c := r.b[r.i]
		switch {
		case c == '"':
			r.i++
			if !utf8.Valid(out) {
				r.fail()
			}
			return string(out)
		case c < 0x20:
			r.fail()
			return ""
		case c != '\\':
			out = append(out, c)
			r.i++
			continue
		}
		if r.i+1 >= len(r.b) {
			break
		}
		e := r.b[r.i+1]
		r.i += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			rn, ok := r.hex4()
			if !ok {
				r.fail()
				return ""
			}
			if utf16.IsSurrogate(rn) {
				if r.i+1 >= len(r.b) || r.b[r.i] != '\\' || r.b[r.i+1] != 'u' {
					r.fail() // a lone surrogate: leave it to encoding/json
					return ""
				}
				r.i += 2
				lo, ok := r.hex4()
				if rn = utf16.DecodeRune(rn, lo); !ok || rn == utf8.RuneError {
					r.fail()
					return ""
				}
			}
			out = utf8.AppendRune(out, rn)
		default:
			r.fail()
			return ""
		}
	}
	r.fail()
	return ""
}

func (r *fastReader) hex4() (rune, bool) {
	if r.i+4 > len(r.b) {
		return 0, false
	}
	v, err := strconv.ParseUint(r.b[r.i:r.i+4], 16, 32)
	r.i += 4
	return rune(v), err == nil
}

// int reads an integer without fraction or exponent.
func (r *fastReader) int(bits int) int64 {
	r.space()
	start := r.i
	if r.i < len(r.b) && r.b[r.i] == '-' {
		r.i++
	}
	for r.i < len(r.b) && r.b[r.i] >= '0' && r.b[r.i] <= '9' {
		r.i++
	}
	if r.i < len(r.b) && (r.b[r.i] == '.' || r.b[r.i] == 'e' || r.b[r.i] == 'E') {
		r.fail()
		return 0
	}
	s := r.b[start:r.i]
	if len(s) > 1 && s[0] == '0' || len(s) > 2 && s[:2] == "-0" {
		r.fail() // leading zeros are not JSON
		return 0
	}
	v, err := strconv.ParseInt(s, 10, bits)
	if err != nil {
		r.fail()
	}
	return v
}

func (r *fastReader) time() time.Time {
	s := r.string()
	var t time.Time
	if r.ok && t.UnmarshalText([]byte(s)) != nil {
		r.fail()
	}
	return shareZone(t)
}

// zones holds one fixed zone per UTC offset: parsing "+01:00" makes a new
// Location each time, 2,000 of them for one open otherwise.
var zones = struct {
	sync.Mutex
	m map[int]*time.Location
}{m: map[int]*time.Location{}}

// shareZone returns t in a shared zone of the same offset. The instant and
// the offset, all that is stored, stay the same.
func shareZone(t time.Time) time.Time {
	if t.Location() == time.UTC {
		return t
	}
	name, off := t.Zone()
	if name != "" {
		return t
	}
	zones.Lock()
	defer zones.Unlock()
	loc, ok := zones.m[off]
	if !ok {
		loc = t.Location()
		zones.m[off] = loc
	}
	return t.In(loc)
}

// strings reads an array of strings.
func (r *fastReader) strings() []string {
	var out []string
	for more := r.first('['); more; more = r.next(']') {
		out = append(out, r.string())
	}
	return out
}

// first opens an array or object and reports whether it has an element.
// Loops go `for more := r.first('['); more; more = r.next(']')`, without
// closures, which would cost an allocation per value.
func (r *fastReader) first(open byte) bool {
	if !r.byte(open) {
		r.fail()
		return false
	}
	closer := byte(']')
	if open == '{' {
		closer = '}'
	}
	return !r.byte(closer) && r.ok
}

// next moves past a comma and reports whether another element follows.
func (r *fastReader) next(closer byte) bool {
	if r.byte(closer) {
		return false
	}
	if !r.byte(',') {
		r.fail()
	}
	return r.ok
}

// name reads a member name and its colon.
func (r *fastReader) name() string {
	n := r.string()
	if !r.byte(':') {
		r.fail()
	}
	return n
}

// end reports whether only space is left and nothing failed.
func (r *fastReader) end() bool {
	r.space()
	return r.ok && r.i == len(r.b)
}

// fastEntry reads an entry in the stored shape; ok is false when the value
// must go to encoding/json instead.
func fastEntry(data string) (e Entry, ok bool) {
	e = NewEntry(time.Time{})
	r := &fastReader{b: data, ok: true}
	var seen fieldSet
	for more := r.first('{'); more; more = r.next('}') {
		name := r.name()
		if !seen.add(name) {
			r.fail()
			break
		}
		switch name {
		case "id":
			e.ID = r.string()
		case "at":
			e.At = r.time()
		case "leg":
			e.Leg = Leg(r.string())
		case "muscles":
			e.Muscles = r.strings()
		case "durationSeconds":
			e.Duration = int(r.int(strconv.IntSize))
		case "pain":
			e.Pain = Score(r.int(8))
		case "sleep":
			e.Sleep = Score(r.int(8))
		case "tried":
			e.Tried = r.tried()
		case "note":
			e.Note = r.string()
		case "created":
			e.Created = r.time()
		case "updated":
			e.Updated = r.time()
		default:
			r.fail()
		}
	}
	return e, r.end()
}

func (r *fastReader) tried() []Tried {
	var out []Tried
	for more := r.first('['); more; more = r.next(']') {
		var t Tried
		var seen fieldSet
		for more := r.first('{'); more; more = r.next('}') {
			name := r.name()
			if !seen.add(name) {
				r.fail()
				break
			}
			switch name {
			case "remedy":
				t.Remedy = r.string()
			case "helped":
				t.Helped = Helped(r.string())
			default:
				r.fail()
			}
		}
		out = append(out, t)
	}
	return out
}

// fieldSet notes the member names met in one object. A repeated name goes
// to encoding/json, which merges repeated arrays of objects in its own way.
type fieldSet struct{ names [12]string }

// add records name and reports whether it is new; it fails the read on a
// repeat or on more names than any stored object has.
func (f *fieldSet) add(name string) bool {
	for i, n := range f.names {
		switch n {
		case name:
			return false
		case "":
			f.names[i] = name
			return true
		}
	}
	return false
}

// parseStringMap reads a JSON object of strings, such as
// JSON.stringify(localStorage), with the fast reader, falling back to
// encoding/json for anything else.
func parseStringMap(data string) (map[string]string, error) {
	r := &fastReader{b: data, ok: true}
	out := make(map[string]string, strings.Count(data, `":"`))
	for more := r.first('{'); more; more = r.next('}') {
		k := r.name()
		out[k] = r.string()
	}
	if r.end() {
		return out, nil
	}
	out = nil
	if err := json.Unmarshal([]byte(data), &out); err != nil {
		return nil, err
	}
	return out, nil
}
