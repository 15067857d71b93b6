package e2e

import (
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/nightcramp/nightcramp/app/kb"
)

// knowledge is the query API the app uses, loaded natively: the tests check
// what the browser shows against its answers.
var knowledge = sync.OnceValue(func() *kb.KB {
	k, err := kb.LoadEmbedded()
	if err != nil {
		panic(err)
	}
	return k
})

func parseQuery(t testing.TB, rawQuery string) kb.Query {
	t.Helper()
	values, err := url.ParseQuery(strings.TrimPrefix(rawQuery, "?"))
	if err != nil {
		t.Fatal(err)
	}
	q, _ := knowledge().ParseQuery(values)
	return q
}
