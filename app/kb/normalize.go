package kb

import (
	"unicode"
	"unicode/utf8"
)

// maxTokenRunes caps the length of one search token; longer words are cut.
const maxTokenRunes = 48

// latinFold maps U+00C0 to U+017F (Latin-1 letters and Latin Extended-A) to
// lower-case ASCII without accents. An empty string is a separator (the
// multiplication and division signs).
var latinFold = [...]string{
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // U+00C0
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss", // U+00D0
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // U+00E0
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y", // U+00F0
	"a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d", // U+0100
	"d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g", // U+0110
	"g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i", // U+0120
	"i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l", // U+0130
	"l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o", // U+0140
	"o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", // U+0150
	"s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u", // U+0160
	"u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s", // U+0170
}

// tokenize appends to dst the search tokens of s: words of letters and
// digits, lower-cased, with accents removed (so "Anémie" gives "anemie") and
// apostrophes dropped (so "Parkinson's" gives "parkinsons"). Everything else,
// emoji included, separates words.
func tokenize(s string, dst []string) []string {
	eachToken(s, nil, func(token []byte) { dst = append(dst, string(token)) })
	return dst
}

// eachToken calls fn with each search token of s (see tokenize), built in
// buf, which it reuses. The token is only valid during the call. It returns
// buf for reuse.
func eachToken(s string, buf []byte, fn func(token []byte)) []byte {
	buf = buf[:0]
	n := 0 // runes in the current token
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if n < maxTokenRunes {
				buf = append(buf, byte(r))
				n++
			}
			continue
		case r >= 'A' && r <= 'Z':
			if n < maxTokenRunes {
				buf = append(buf, byte(r+('a'-'A')))
				n++
			}
			continue
		case r == '\'' || r == '\u2019' || r == '\u02bc':
			continue // apostrophes join: "Parkinson's" is one word
		case r < 0xC0:
			// a separator
		case r <= 0x17F:
			if folded := latinFold[r-0xC0]; folded != "" {
				if n < maxTokenRunes {
					buf = append(buf, folded...)
					n++
				}
				continue
			}
		case unicode.Is(unicode.Mn, r):
			continue // combining accents (decomposed text) are dropped
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if n < maxTokenRunes {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
				n++
			}
			continue
		}
		if n > 0 {
			fn(buf)
			buf, n = buf[:0], 0
		}
	}
	if n > 0 {
		fn(buf)
	}
	return buf[:0]
}

// foldKey returns s as its tokens joined by single spaces: the form used to
// sort titles and compare synonyms.
func foldKey(s string) string {
	key := make([]byte, 0, len(s))
	eachToken(s, nil, func(token []byte) {
		if len(key) > 0 {
			key = append(key, ' ')
		}
		key = append(key, token...)
	})
	return string(key)
}
