package kb

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// Load reads the data files at the root of fsys, validates them and builds
// the knowledge base. If anything is wrong it returns a *ValidationError
// listing every problem found (use errors.As to get it).
func Load(fsys fs.FS) (*KB, error) {
	ps := &problems{}
	d, sr, complete := readDataset(fsys, ps, false)
	if !complete {
		// A missing or malformed file would make every reference into it
		// look broken: report what was found so far, and stop.
		return nil, ps.err()
	}
	v := validate(d, ps)
	checkSearch(sr, d, ps)
	if err := ps.err(); err != nil {
		return nil, err
	}
	k, err := build(v)
	if err != nil {
		return nil, err
	}
	k.search = newSearchData(sr, k)
	return k, nil
}

// readDataset reads and decodes every data file. complete is false if a
// file is missing or malformed. trust skips the checks of the files
// themselves (see readFiles). search.json is returned apart (sr), as it
// holds no entries.
func readDataset(fsys fs.FS, ps *problems, trust bool) (d *dataset, sr *searchRecord, complete bool) {
	files := readFiles(fsys, ps, trust)
	d = &dataset{}
	if f := files[fileVocabulary]; f != nil {
		d.vocabFile = f
		d.vocabulary = decodeVocabulary(f, ps)
	}
	if f := files[fileSources]; f != nil {
		d.sources = decodeSources(f, ps)
	}
	if f := files[fileTexts]; f != nil {
		d.textsFile = f
		d.texts, d.textsFields = decodeTexts(f, ps)
	}
	for _, ef := range entryFiles {
		if f := files[ef.name]; f != nil {
			d.entries = append(d.entries, decodeEntries(f, ef.typ, ps)...)
		}
	}
	if f := files[fileSearch]; f != nil {
		sr = decodeSearch(f, ps)
	}
	return d, sr, len(files) == len(knownFiles)
}

// readFiles reads every known data file, reporting missing, unreadable and
// malformed files, and unknown JSON files that would otherwise be silently
// ignored. It returns the well-formed files by name. With trust, for files
// known to be valid, it checks neither the JSON syntax nor the directory for
// unknown files: it only reads.
func readFiles(fsys fs.FS, ps *problems, trust bool) map[string]*jsonFile {
	files := map[string]*jsonFile{}
	for _, name := range knownFiles {
		data, err := fs.ReadFile(fsys, name)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			ps.add(Problem{File: name, Message: "file is missing"})
			continue
		case err != nil:
			ps.add(Problem{File: name, Message: fmt.Sprintf("cannot read file: %v", err)})
			continue
		}
		f := &jsonFile{name: name, data: data}
		if trust {
			files[name] = f
			continue
		}
		if p, ok := f.checkSyntax(); !ok {
			ps.add(p)
			continue
		}
		files[name] = f
	}
	if trust {
		return files
	}
	dir, err := fs.ReadDir(fsys, ".")
	if err != nil {
		ps.add(Problem{File: ".", Message: fmt.Sprintf("cannot list the data directory: %v", err)})
		return files
	}
	for _, de := range dir {
		name := de.Name()
		if strings.EqualFold(path.Ext(name), ".json") && fileOrder(name) == len(knownFiles) {
			ps.add(Problem{File: name, Message: fmt.Sprintf("unknown data file: the app reads only %s", strings.Join(knownFiles, ", "))})
		}
	}
	return files
}
