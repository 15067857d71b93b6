package kb

import (
	"fmt"

	memdb "github.com/hashicorp/go-memdb"
)

// Table and index names of the go-memdb database. Nothing outside this
// package spells them; inside it, only schema.go and store.go do.
const (
	tableEntry     = "entry"
	tableFacet     = "facet"
	tableSource    = "source"
	tableTerm      = "term"
	tableRelations = "relations"

	indexID = "id" // every table's unique primary index, the only index
)

// facetRow is the facet index of one facet value: the entries that have it,
// in the fixed result order, looked up by id, e.g. "muscle/calf". One row
// per value, rather than a go-memdb secondary index with one key per entry
// and value, cuts the keys go-memdb must build about fourfold, which is
// what it takes to load 10,000 entries in under a second as WebAssembly.
type facetRow struct {
	facet   Facet
	value   string
	entries []*Entry
}

// facetKey is the primary key of a facet row. Facet names have no '/', so
// keys are unambiguous.
func facetKey(f Facet, value string) string { return string(f) + "/" + value }

// termRow is a vocabulary term as stored, keyed by vocabulary and value.
type termRow struct {
	vocabulary Vocabulary
	term       Term
}

// relationsRow holds every relation of one entry, in both directions: each
// link is stored once in the data files, and its reverse is derived when
// the knowledge base is built.
type relationsRow struct {
	id        string
	relations []Relation
}

// newSchema returns the database schema. Every table has a unique "id"
// index, which go-memdb requires; keys end in a NUL byte (see
// stringIndexer).
func newSchema() *memdb.DBSchema {
	return &memdb.DBSchema{Tables: map[string]*memdb.TableSchema{
		tableEntry: {Name: tableEntry, Indexes: map[string]*memdb.IndexSchema{
			indexID: {Name: indexID, Unique: true, Indexer: stringIndexer[*Entry](func(e *Entry) string { return e.ID })},
		}},
		tableFacet: {Name: tableFacet, Indexes: map[string]*memdb.IndexSchema{
			indexID: {Name: indexID, Unique: true, Indexer: stringIndexer[*facetRow](func(r *facetRow) string { return facetKey(r.facet, r.value) })},
		}},
		tableSource: {Name: tableSource, Indexes: map[string]*memdb.IndexSchema{
			indexID: {Name: indexID, Unique: true, Indexer: stringIndexer[*Source](func(s *Source) string { return s.ID })},
		}},
		tableTerm: {Name: tableTerm, Indexes: map[string]*memdb.IndexSchema{
			indexID: {Name: indexID, Unique: true, Indexer: stringIndexer[*termRow](func(t *termRow) string { return termKey(t.vocabulary, t.term.Value) })},
		}},
		tableRelations: {Name: tableRelations, Indexes: map[string]*memdb.IndexSchema{
			indexID: {Name: indexID, Unique: true, Indexer: stringIndexer[*relationsRow](func(r *relationsRow) string { return r.id })},
		}},
	}}
}

// termKey is the primary key of a term: vocabulary and value.
func termKey(v Vocabulary, value string) string { return string(v) + "/" + value }

// stringIndexer indexes one string of an object of type T. Keys end in a
// NUL byte so an exact lookup of "c1" never matches "c10"; an empty string
// counts as missing.
type stringIndexer[T any] func(T) string

// FromObject returns the index key of an object.
func (get stringIndexer[T]) FromObject(raw any) (bool, []byte, error) {
	obj, ok := raw.(T)
	if !ok {
		return false, nil, fmt.Errorf("kb: index expects %T, got %T", *new(T), raw)
	}
	s := get(obj)
	if s == "" {
		return false, nil, nil
	}
	return true, terminated(s), nil
}

// FromArgs returns the index key of a lookup by one string.
func (get stringIndexer[T]) FromArgs(args ...any) ([]byte, error) {
	return keyFromArgs(args)
}

// keyFromArgs builds the key of an exact lookup by one string argument.
func keyFromArgs(args []any) ([]byte, error) {
	if len(args) != 1 {
		return nil, fmt.Errorf("kb: index lookup takes one argument, got %d", len(args))
	}
	s, ok := args[0].(string)
	if !ok {
		return nil, fmt.Errorf("kb: index lookup takes a string, got %T", args[0])
	}
	return terminated(s), nil
}

// terminated returns s as bytes followed by a NUL terminator, in a fresh
// slice (go-memdb may append to keys).
func terminated(s string) []byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return b
}
