//go:build !js

package browser

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Download does nothing outside a browser.
func Download(name, mime string, data []byte) {}

// ChosenFile is the file picked in a file input.
type ChosenFile struct {
	// Name is the file's name; Size its length in bytes.
	Name string
	Size int
}

// PickedFile finds no file outside a browser.
func PickedFile(input app.Value) (ChosenFile, bool) { return ChosenFile{}, false }

// Read never calls done outside a browser.
func (f ChosenFile) Read(done func(data []byte)) {}
