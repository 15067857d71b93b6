package site

// The addresses rooms link to across the app.
const (
	// HomePath is the explorer: search and filters.
	HomePath = "/"
	// site.CrampNowPath is the guided first aid.
	CrampNowPath = "/cramp-now"
	// RedFlagsPath lists when to get help.
	RedFlagsPath = "/red-flags"
	// DiaryPath is the diary's main screen.
	DiaryPath = "/diary"
	// DiaryNewPath logs a cramp.
	DiaryNewPath = "/diary/new"
	// BedtimePath is the bedtime stretching routine, a guide like Cramp now.
	BedtimePath = "/bedtime"
	// ProfilePath is "applies to me".
	ProfilePath = "/profile"
	// NotFoundPath is the page shown for an address that is not a route:
	// the worker answers unknown navigations with it offline, and the
	// static export copies it to 404.html for hosts that serve one.
	NotFoundPath = "/not-found"
	// EntryPrefix starts the path of every entry page: /entry/{id}.
	EntryPrefix = "/entry/"
)

// EntryPath is the address of an entry's page.
func EntryPath(id string) string { return EntryPrefix + id }
