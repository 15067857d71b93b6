// Package ui is the root of Nightcramp's screens, written with go-app: it
// gathers each room's routes into one table and registers it. The screens
// live in rooms, one package each, named for what a person sees:
//
//	site        what every page shares (knowledge base, diary session,
//	            flags), the route type and the addresses rooms link to
//	shell       the frame of every page (layout, top bar, footer, theme,
//	            offline notice) and the widgets rooms share
//	install     the install offer and the update banner, with the page's
//	            background work
//	explore     search, filters, entry pages, red flags, sources, about
//	guide       the guides, one step at a time: Cramp now (first aid) and
//	            the bedtime stretches, read aloud if the person asks
//	diarypages  the night diary: check-ins, insights, the log form, the
//	            doctor's summary, export and import
//	profile     what applies to the person, and their medicines
//
// Import rules, enforced by imports_test.go:
//   - a room imports site and shell, never another room; install imports
//     site only (shell shows it); site imports no room;
//   - only app/browser calls into JavaScript (app.Window, FuncOf);
//   - nothing imports net/http or app/server, which would double the wasm;
//   - knowledge-base rules live in app/kb and diary figures in app/diary:
//     rooms render them and dispatch what the person asks for.
//
// State is passed one way: Register makes one *site.Site and hands it to
// every page; no UI package keeps mutable state in package variables.
package ui
