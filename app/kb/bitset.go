package kb

import "math/bits"

// bitset is a set of entry ranks (positions in the fixed result order).
type bitset []uint64

// newBitset returns an empty set able to hold ranks 0..n-1.
func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

// fullBitset returns the set of all ranks 0..n-1.
func fullBitset(n int) bitset {
	b := newBitset(n)
	for i := range b {
		b[i] = ^uint64(0)
	}
	if r := n % 64; r != 0 {
		b[len(b)-1] = (1 << r) - 1
	}
	return b
}

// set adds rank i.
func (b bitset) set(i int) { b[i/64] |= 1 << (i % 64) }

// copyFrom makes b equal to o (same length).
func (b bitset) copyFrom(o bitset) { copy(b, o) }

// and keeps only the ranks also in o.
func (b bitset) and(o bitset) {
	for i := range b {
		b[i] &= o[i]
	}
}

// or adds the ranks of o.
func (b bitset) or(o bitset) {
	for i := range b {
		b[i] |= o[i]
	}
}

// count returns the number of ranks in the set.
func (b bitset) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

// countAnd returns the number of ranks in both b and o.
func (b bitset) countAnd(o bitset) int {
	n := 0
	for i, w := range b {
		n += bits.OnesCount64(w & o[i])
	}
	return n
}

// each calls fn for every rank in the set, in increasing order.
func (b bitset) each(fn func(i int)) {
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			fn(wi*64 + t)
			w &= w - 1
		}
	}
}
