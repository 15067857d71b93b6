package kb

import (
	"fmt"

	memdb "github.com/hashicorp/go-memdb"
)

// store wraps the go-memdb database in typed functions. It is the only code
// that reads or writes go-memdb. Objects are inserted once and never
// modified afterwards (go-memdb does not copy them).
type store struct {
	db *memdb.MemDB
}

// newStore builds the database in one transaction from validated data, the
// relations of each entry and the entries of each facet value.
func newStore(v validated, relations map[string][]Relation, facetRows []*facetRow) (*store, error) {
	primary, err := memdb.NewMemDB(newSchema())
	if err != nil {
		return nil, fmt.Errorf("kb: schema: %w", err)
	}
	// The knowledge base never changes after loading, so nobody watches
	// it. A snapshot is a MemDB that skips go-memdb's change tracking (it
	// records every modified tree node to notify watchers on commit).
	db := primary.Snapshot()
	txn := db.Txn(true)
	defer txn.Abort()
	for _, e := range v.entries {
		if err := txn.Insert(tableEntry, e); err != nil {
			return nil, fmt.Errorf("kb: insert entry %q: %w", e.ID, err)
		}
	}
	for _, row := range facetRows {
		if err := txn.Insert(tableFacet, row); err != nil {
			return nil, fmt.Errorf("kb: insert facet %q: %w", facetKey(row.facet, row.value), err)
		}
	}
	for i := range v.sources {
		if err := txn.Insert(tableSource, &v.sources[i]); err != nil {
			return nil, fmt.Errorf("kb: insert source %q: %w", v.sources[i].ID, err)
		}
	}
	for _, vocab := range vocabularies {
		for _, t := range v.terms[vocab] {
			if err := txn.Insert(tableTerm, &termRow{vocabulary: vocab, term: t}); err != nil {
				return nil, fmt.Errorf("kb: insert term %q: %w", termKey(vocab, t.Value), err)
			}
		}
	}
	for id, list := range relations {
		if err := txn.Insert(tableRelations, &relationsRow{id: id, relations: list}); err != nil {
			return nil, fmt.Errorf("kb: insert relations of %q: %w", id, err)
		}
	}
	txn.Commit()
	return &store{db: db}, nil
}

// entry returns the entry with an id.
func (s *store) entry(id string) (*Entry, bool) {
	obj, err := s.db.Txn(false).First(tableEntry, indexID, id)
	if err != nil || obj == nil {
		return nil, false
	}
	return obj.(*Entry), true
}

// entriesWith returns the entries whose facet f has a value, in the fixed
// result order (shared: do not modify).
func (s *store) entriesWith(f Facet, value string) []*Entry {
	obj, err := s.db.Txn(false).First(tableFacet, indexID, facetKey(f, value))
	if err != nil || obj == nil {
		return nil
	}
	return obj.(*facetRow).entries
}

// source returns the source with an id.
func (s *store) source(id string) (*Source, bool) {
	obj, err := s.db.Txn(false).First(tableSource, indexID, id)
	if err != nil || obj == nil {
		return nil, false
	}
	return obj.(*Source), true
}

// term returns a vocabulary term.
func (s *store) term(v Vocabulary, value string) (Term, bool) {
	obj, err := s.db.Txn(false).First(tableTerm, indexID, termKey(v, value))
	if err != nil || obj == nil {
		return Term{}, false
	}
	return obj.(*termRow).term, true
}

// relations returns the relations of an entry (shared: do not modify).
func (s *store) relations(id string) []Relation {
	obj, err := s.db.Txn(false).First(tableRelations, indexID, id)
	if err != nil || obj == nil {
		return nil
	}
	return obj.(*relationsRow).relations
}
