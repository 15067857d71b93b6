package kb

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/nightcramp/nightcramp/data"
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

// The data file names, at the root of the file system given to Load.
const (
	fileVocabulary = "vocabulary.json"
	fileSources    = "sources.json"
	fileTexts      = "texts.json"
	fileCauses     = "causes.json"
	fileRemedies   = "remedies.json"
	fileFirstAid   = "firstaid.json"
	fileRedFlags   = "redflags.json"
	fileMimics     = "mimics.json"
	fileMuscles    = "muscles.json"
	fileRoutine    = "routine.json"
	fileSearch     = "search.json" // stop words and aliases, read by searchdata.go
)

// entryFiles maps each entry file to the type of the entries it holds, in
// load order.
var entryFiles = []struct {
	name string
	typ  EntryType
}{
	{fileCauses, TypeCause},
	{fileRemedies, TypeRemedy},
	{fileFirstAid, TypeFirstAid},
	{fileRedFlags, TypeRedFlag},
	{fileMimics, TypeMimic},
	{fileMuscles, TypeMuscle},
	{fileRoutine, TypeRoutine},
}

// knownFiles lists every data file, in load order.
var knownFiles = []string{
	fileVocabulary, fileSources, fileTexts,
	fileCauses, fileRemedies, fileFirstAid, fileRedFlags, fileMimics, fileMuscles, fileRoutine,
	fileSearch,
}

// fileOrder returns the load-order position of a data file, or a large
// number for other files.
func fileOrder(name string) int {
	for i, known := range knownFiles {
		if known == name {
			return i
		}
	}
	return len(knownFiles)
}

// LoadEmbedded loads the knowledge base embedded in the binary from the
// data directory, validating every file.
func LoadEmbedded() (*KB, error) {
	return Load(data.FS)
}

// LoadEmbeddedTrusted loads the same knowledge base without validating it
// again: for the browser, whose wasm embeds the very files that the native
// binary and the tests, built from the same tree, validate (the server
// refuses to start on any problem). See loadTrusted.
func LoadEmbeddedTrusted() (*KB, error) {
	return loadTrusted(data.FS)
}

// loadTrusted builds the knowledge base from data known to be valid,
// without checking it: what validation would hand to the builder, taken
// straight from the decoded files. The embedded data is validated natively
// (the server refuses to start, and the tests fail, on any problem), so the
// browser, which embeds the very same files, need not check them again on
// every start. Nor is their JSON syntax checked first (a full scan of every
// file): the scanner reads them as valid JSON. Should the files still not
// decode, or the scanner fail on them, it falls back to Load for the full
// report; JSON cut short where a value could end may go unnoticed.
func loadTrusted(fsys fs.FS) (k *KB, err error) {
	defer func() {
		if recover() != nil {
			k, err = Load(fsys)
		}
	}()
	ps := &problems{}
	d, sr, complete := readDataset(fsys, ps, true)
	if !complete || ps.err() != nil {
		return Load(fsys)
	}
	if k, err = build(trusted(d)); err == nil {
		k.search = newSearchData(sr, k)
	}
	return k, err
}

// trusted is validate's result for a valid dataset, with none of its checks.
func trusted(d *dataset) validated {
	out := validated{terms: map[Vocabulary][]Term{}, texts: d.texts}
	for _, rec := range d.vocabulary {
		for _, t := range rec.terms {
			out.terms[rec.name] = append(out.terms[rec.name], t.term)
		}
	}
	out.sources = make([]Source, 0, len(d.sources))
	for _, rec := range d.sources {
		out.sources = append(out.sources, rec.source)
	}
	out.entries = make([]*Entry, 0, len(d.entries))
	for _, rec := range d.entries {
		out.entries = append(out.entries, rec.entry)
		for _, l := range rec.links {
			out.links = append(out.links, link{from: rec.entry.ID, to: l.to, reason: l.reason})
		}
	}
	return out
}
