package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/nightcramp/nightcramp/"

// allowedRooms says which ui packages each ui package may import.
var allowedRooms = map[string][]string{
	".":          {"site", "shell", "install", "explore", "guide", "diarypages", "profile"},
	"site":       nil,
	"install":    {"site"},
	"shell":      {"site", "install"},
	"explore":    {"site", "shell"},
	"guide":      {"site", "shell"},
	"diarypages": {"site", "shell"},
	"profile":    {"site", "shell"},
}

// uiFiles parses every non-test Go file of a ui package.
func uiFiles(t *testing.T, dir string) map[string]*ast.File {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]*ast.File{}
	for _, e := range entries {
		name := filepath.Join(dir, e.Name())
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = f
	}
	return files
}

func TestRoomsImportOnlyWhatTheirRulesAllow(t *testing.T) {
	for dir, rooms := range allowedRooms {
		for name, f := range uiFiles(t, dir) {
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				if path == "net/http" || strings.HasPrefix(path, "net/http/") || path == module+"app/server" {
					t.Errorf("%s imports %s: server code doubles the wasm", name, path)
				}
				room, ok := strings.CutPrefix(path, module+"app/ui/")
				if !ok {
					continue
				}
				if !contains(rooms, room) {
					t.Errorf("%s imports the %s room; %s may import only %v", name, room, dir, rooms)
				}
			}
		}
	}
}

// TestTheTestKitImportsOnlySite keeps uitest usable by every room's tests,
// install and shell included. (No room may import uitest outside its
// tests: no room's rules above allow it.)
func TestTheTestKitImportsOnlySite(t *testing.T) {
	for name, f := range uiFiles(t, "uitest") {
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if room, ok := strings.CutPrefix(path, module+"app/ui/"); ok && room != "site" {
				t.Errorf("%s imports the %s room; the test kit may import only site", name, room)
			}
		}
	}
}

func TestOnlyTheBrowserPackageCallsJavaScript(t *testing.T) {
	for dir := range allowedRooms {
		for name, f := range uiFiles(t, dir) {
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "app" && (sel.Sel.Name == "Window" || sel.Sel.Name == "FuncOf") {
					t.Errorf("%s calls app.%s: JavaScript belongs in app/browser", name, sel.Sel.Name)
				}
				return true
			})
		}
	}
}

// TestNoPackageVariableHoldsState allows package variables only as tables
// written once, where they are declared: state belongs in site.Site.
func TestNoPackageVariableHoldsState(t *testing.T) {
	for dir := range allowedRooms {
		files := uiFiles(t, dir)
		vars := map[string]bool{}
		topSpecs := map[*ast.ValueSpec]bool{}
		for _, f := range files {
			for _, d := range f.Decls {
				if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
					for _, spec := range g.Specs {
						topSpecs[spec.(*ast.ValueSpec)] = true
						for _, id := range spec.(*ast.ValueSpec).Names {
							vars[id.Name] = true
						}
					}
				}
			}
		}
		for name, f := range files {
			ast.Inspect(f, func(n ast.Node) bool {
				var targets []ast.Expr
				switch n := n.(type) {
				case *ast.AssignStmt:
					targets = n.Lhs
				case *ast.IncDecStmt:
					targets = []ast.Expr{n.X}
				case *ast.UnaryExpr:
					if n.Op == token.AND {
						targets = []ast.Expr{n.X} // a pointer lets anyone write
					}
				}
				for _, e := range targets {
					if id := rootIdent(e); id != nil && vars[id.Name] && isPackageLevel(id, topSpecs) {
						t.Errorf("%s writes package variable %s: state belongs in site.Site", name, id.Name)
					}
				}
				return true
			})
		}
	}
}

// isPackageLevel reports whether id names a package variable: declared in
// another file (unresolved by the parser), or by a top-level spec of this
// one, not a local of the same name.
func isPackageLevel(id *ast.Ident, topSpecs map[*ast.ValueSpec]bool) bool {
	if id.Obj == nil {
		return true
	}
	spec, ok := id.Obj.Decl.(*ast.ValueSpec)
	return ok && topSpecs[spec]
}

// rootIdent is the variable an assignment target starts from: x in x,
// x[i], x.f, *x.
func rootIdent(e ast.Expr) *ast.Ident {
	for {
		switch v := e.(type) {
		case *ast.Ident:
			return v
		case *ast.IndexExpr:
			e = v.X
		case *ast.SelectorExpr:
			e = v.X
		case *ast.StarExpr:
			e = v.X
		case *ast.ParenExpr:
			e = v.X
		default:
			return nil
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
