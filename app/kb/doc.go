// Package kb is Nightcramp's knowledge base: the curated causes, remedies,
// first-aid steps, red flags and look-alike conditions for night leg cramps.
//
// Load reads the JSON files of the data directory, validates them (every
// problem is reported at once, see ValidationError) and builds an in-memory
// go-memdb database. The KB it returns is read-only and safe for concurrent
// use. Search answers one Query (text and facet filters) with ordered hits and
// facet counts. It reads the text as people type it: stop words and aliases
// come from search.json, misspelt words find the words one slip away, and
// words it knows nothing of are reported (Result.Unmatched). Grouped sorts a
// result into groups for display. ParseQuery and Query.Values turn a query
// into URL parameters and back, so the server, the browser and the tests read
// a URL the same way.
//
// The package is pure Go: it must not import go-app or net/http, and it is
// tested natively and as WebAssembly under Node.
package kb
