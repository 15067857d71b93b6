package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

func TestRouteTableHoldsEveryPageOnce(t *testing.T) {
	k := uitest.KB(t)
	paths := RoutePaths(k)
	seen := map[string]bool{}
	for _, p := range paths {
		if seen[p] {
			t.Errorf("%s is routed twice", p)
		}
		seen[p] = true
	}
	for _, group := range [][]string{Pages, DiaryPages, EntryPages(k)} {
		for _, p := range group {
			if !seen[p] {
				t.Errorf("%s is listed but not routed", p)
			}
		}
	}
	if want := len(Pages) + len(DiaryPages) + len(EntryPages(k)) + 1; len(paths) != want {
		t.Errorf("%d routes, want the fixed pages, the diary's, the entries' and the not-found page (%d)", len(paths), want)
	}
	if last := paths[len(paths)-1]; last != NotFoundPath {
		t.Errorf("the last route is %s, want the not-found page", last)
	}
	for i, r := range Routes(k) {
		if r.Page == nil {
			t.Errorf("route %d (%s) makes no page", i, r.Path)
		}
		if r.Path != "/" && (strings.HasSuffix(r.Path, "/") || !strings.HasPrefix(r.Path, "/")) {
			t.Errorf("route path %q: a page's address starts with a slash and ends without one", r.Path)
		}
		if s := r.Shortcut; s != nil && (s.Name == "" || s.ShortName == "" || s.Description == "") {
			t.Errorf("the shortcut to %s is not named in full: %+v", r.Path, *s)
		}
	}
}

func TestEveryEntryHasAWellFormedPage(t *testing.T) {
	k := uitest.KB(t)
	entries := uitest.AllEntries(k)
	if len(entries) != k.Len() {
		t.Fatalf("listing by type finds %d entries of %d", len(entries), k.Len())
	}
	pages := map[string]bool{}
	for _, p := range EntryPages(k) {
		pages[p] = true
	}
	if len(pages) != len(entries) {
		t.Errorf("%d entry pages for %d entries", len(pages), len(entries))
	}
	pattern := regexp.MustCompile(entryPattern)
	for _, e := range entries {
		p := site.EntryPath(e.ID)
		if !pages[p] {
			t.Errorf("entry %s has no page", e.ID)
		}
		if !pattern.MatchString(p) || !pattern.MatchString(p+"/") {
			t.Errorf("entry %s: its path %s is not matched by the entry pattern", e.ID, p)
		}
	}
}

func TestAFailedKnowledgeBaseStillRoutesEveryFixedPage(t *testing.T) {
	if got := EntryPages(nil); len(got) != 0 {
		t.Errorf("with no knowledge base there are entry pages: %v", got)
	}
	want := append(append(append([]string{}, Pages...), DiaryPages...), NotFoundPath)
	if got := RoutePaths(nil); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("routes with no knowledge base: %v, want %v", got, want)
	}
}

func TestEntryPatternAcceptsOnlyWellFormedIDs(t *testing.T) {
	pattern := regexp.MustCompile(entryPattern)
	for path, want := range map[string]bool{
		"/entry/calf-stretch":                 true,
		"/entry/calf-stretch/":                true,
		"/entry/b12":                          true,
		"/entry/" + strings.Repeat("a", 80):   true,
		"/entry/" + strings.Repeat("a", 81):   false,
		"/entry/":                             false,
		"/entry//":                            false,
		"/entry/Calf":                         false,
		"/entry/calf/stretch":                 false,
		"/entry/calf?x=1":                     false,
		`/entry/"><script>`:                   false,
		"/entry/%22%3E":                       false,
		"/entries/calf":                       false,
		"/x/entry/calf":                       false,
		"/entry/calf\n":                       false,
		"/entry/calf stretch":                 false,
		"/entry/caf\u00e9":                    false,
		"/entry/calf-stretch//":               false,
		"/entry/..":                           false,
		"/entry/-":                            true,
		"/entry/0":                            true,
		"/entry/a.b":                          false,
		"/entry/" + strings.Repeat("ab-", 26): true,
	} {
		if got := pattern.MatchString(path); got != want {
			t.Errorf("entry pattern on %q: %v, want %v", path, got, want)
		}
	}
}

func TestIsRouteKnowsBothFormsOfEachAddress(t *testing.T) {
	k := uitest.KB(t)
	routes := Routes(k)
	for _, p := range RoutePaths(k) {
		if !isRoute(routes, p) || !isRoute(routes, p+"/") {
			t.Errorf("%s or %s/ is not known as a route", p, p)
		}
	}
	for _, p := range []string{"", "/nope", "/diary/nope", "/entry/no-such-entry", "/ABOUT", "/about//x", site.EntryPrefix} {
		if isRoute(routes, p) {
			t.Errorf("%q is taken for a route", p)
		}
	}
}

// The addresses rooms link to (site/paths.go) must each be a page: a
// constant added there without a route would be a dead link.
func TestEveryAddressConstantIsRouted(t *testing.T) {
	k := uitest.KB(t)
	routed := map[string]bool{}
	for _, p := range RoutePaths(k) {
		routed[p] = true
	}
	f, err := parser.ParseFile(token.NewFileSet(), "site/paths.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					t.Errorf("%s is not a plain string: the test cannot read it", name.Name)
					continue
				}
				value, _ := strconv.Unquote(lit.Value)
				checked++
				switch {
				case strings.HasSuffix(name.Name, "Path"):
					if !routed[value] {
						t.Errorf("site.%s = %q is not routed", name.Name, value)
					}
				case strings.HasSuffix(name.Name, "Prefix"):
					under := 0
					for p := range routed {
						if strings.HasPrefix(p, value) {
							under++
						}
					}
					if under == 0 {
						t.Errorf("no route lies under site.%s = %q", name.Name, value)
					}
				default:
					t.Errorf("site.%s: paths.go holds addresses, named ...Path or ...Prefix", name.Name)
				}
			}
		}
	}
	if checked < 8 {
		t.Errorf("only %d address constants found in site/paths.go", checked)
	}
	for name, p := range map[string]string{"CrampNowPath": CrampNowPath, "NotFoundPath": NotFoundPath} {
		if !routed[p] {
			t.Errorf("ui.%s = %q is not routed", name, p)
		}
	}
}

// The home-screen icon's long press offers first aid and logging a cramp:
// the two things a person does in the night.
func TestShortcutsOfferTheNightsTwoTasks(t *testing.T) {
	offered := map[string]bool{}
	for _, r := range Routes(uitest.KB(t)) {
		if r.Shortcut != nil {
			offered[r.Path] = true
		}
	}
	for _, p := range []string{site.CrampNowPath, site.DiaryNewPath} {
		if !offered[p] {
			t.Errorf("%s is not offered as a shortcut (offered: %v)", p, offered)
		}
	}
}
