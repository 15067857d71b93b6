//go:build js

package browser

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Download offers data to the person as a file named name.
func Download(name, mime string, data []byte) {
	win := app.Window()
	blob := win.Get("Blob").New([]any{string(data)}, map[string]any{"type": mime})
	url := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Call("click")
	// The click starts the download; the address can go once it has.
	After(60000, func() { win.Get("URL").Call("revokeObjectURL", url) })
}

// ChosenFile is the file picked in a file input.
type ChosenFile struct {
	file app.Value
	// Name is the file's name; Size its length in bytes.
	Name string
	Size int
}

// PickedFile returns the first file chosen in the input (ctx.JSSrc() of
// its change event), if any.
func PickedFile(input app.Value) (ChosenFile, bool) {
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return ChosenFile{}, false
	}
	f := files.Index(0)
	return ChosenFile{file: f, Name: f.Get("name").String(), Size: f.Get("size").Int()}, true
}

// Read calls done, outside go-app's goroutine, with the file's text.
func (f ChosenFile) Read(done func(data []byte)) {
	f.file.Call("text").Then(func(text app.Value) { done([]byte(text.String())) })
}
