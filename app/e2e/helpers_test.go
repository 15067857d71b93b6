package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

func (b *browser) sleep(ms int) {
	time.Sleep(time.Duration(ms) * time.Millisecond)
}

// onNewDocument runs script in every document before the page's own.
func (b *browser) onNewDocument(script string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script}); err != nil {
		b.t.Fatal(err)
	}
}

// reload reloads the page and waits for the wasm.
func (b *browser) reload() {
	b.t.Helper()
	b.do(chromedp.Reload())
	b.waitWasm()
}

// proveAlive shows that the wasm drives the page: typing in the search
// changes the result count to what the query API answers, which the
// pre-rendered HTML alone cannot do. Pages without the search field get
// there by an in-app link, which needs no network.
func (b *browser) proveAlive() {
	b.t.Helper()
	var hasSearch bool
	b.eval(`!!document.getElementById("search")`, &hasSearch)
	if !hasSearch {
		b.click("a.brand")
		b.waitTrue(`document.getElementById("search")`, "the home page after an in-app link")
	}
	b.eval(`(() => { const s = document.getElementById("search"); s.value = ""; s.dispatchEvent(new Event("input", {bubbles: true})); })()`, nil)
	word := aliveWords[aliveTurn%len(aliveWords)]
	aliveTurn++
	b.typeInto("#search", word)
	want := strconv.Itoa(knowledge().Search(parseQuery(b.t, "?q="+word)).Total)
	b.waitTrue(fmt.Sprintf(`document.getElementById("result-count").dataset.count === %q`, want), "the result count for "+word)
}

// aliveWords are searches whose counts differ from the full list's.
var (
	aliveWords = []string{"calf", "magnesium", "pregnan", "stretch"}
	aliveTurn  int
)

// networkIsDown proves that the browser really cannot reach the server.
func (b *browser) networkIsDown() bool {
	var result string
	b.eval(`fetch("/network-probe-" + Date.now(), {cache: "no-store"}).then(() => "reached", () => "failed")`, &result)
	return result == "failed"
}

// httpGet fetches a URL outside the browser.
func httpGet(t testing.TB, url string) (*http.Response, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

func mustContain(t testing.TB, what, body string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(body, p) {
			t.Errorf("%s lacks %q", what, p)
		}
	}
}

// getWithEncoding fetches url asking for one content encoding, undecoded.
func getWithEncoding(t testing.TB, url, encoding string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Accept-Encoding", encoding)
	if encoding == "" {
		req.Header.Set("Accept-Encoding", "identity")
	}
	res, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res
}

// mustHaveTag checks that html has a <name ...> tag carrying every attribute
// given, in any order.
func mustHaveTag(t testing.TB, html, name string, attrs ...string) {
	t.Helper()
	for _, tag := range regexp.MustCompile(`<`+name+`\b[^>]*>`).FindAllString(html, -1) {
		found := true
		for _, a := range attrs {
			found = found && strings.Contains(tag, a)
		}
		if found {
			return
		}
	}
	t.Errorf("no <%s> with %q", name, attrs)
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
