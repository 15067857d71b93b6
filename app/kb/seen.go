package kb

// seenSet remembers strings to find duplicates in a list. Lists in the data
// are short, so it scans a small inline array (no allocation); past that it
// switches to a map, so that hostile input cannot make loading quadratic.
type seenSet struct {
	small [16]string
	n     int
	set   map[string]struct{}
}

// add records v and reports whether it was new.
func (s *seenSet) add(v string) bool {
	if s.set != nil {
		if _, dup := s.set[v]; dup {
			return false
		}
		s.set[v] = struct{}{}
		return true
	}
	for _, x := range s.small[:s.n] {
		if x == v {
			return false
		}
	}
	if s.n < len(s.small) {
		s.small[s.n] = v
		s.n++
		return true
	}
	s.set = make(map[string]struct{}, 2*len(s.small))
	for _, x := range s.small {
		s.set[x] = struct{}{}
	}
	s.set[v] = struct{}{}
	return true
}
