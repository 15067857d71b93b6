package kb

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
