package diarypages

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
)

// exportButtons download the whole diary as JSON (complete, for import)
// or CSV (one row per cramp, for a spreadsheet). The file is made on the
// phone and handed to the browser as a Blob: nothing is sent anywhere.
func exportButtons(onExport func(format string) app.EventHandler, status string) app.UI {
	return app.Section().Aria("labelledby", "export-heading").Body(
		app.H2().ID("export-heading").Text("Keep a copy"),
		app.P().Text("The JSON file holds everything, including anything that could not be read, and can be imported again. The CSV file opens in a spreadsheet."),
		app.Div().Class("form-buttons").Body(
			app.Button().ID("export-json").Type("button").Text("Download everything (JSON)").OnClick(onExport("json")),
			app.Button().ID("export-csv").Type("button").Class("quiet").Text("Download cramps (CSV)").OnClick(onExport("csv")),
		),
		app.P().ID("export-status").Class("save-status").Role("status").Text(status),
	)
}

// exportFile makes the export in the given format: its bytes, file name
// and type.
func exportFile(snap diary.Snapshot, format string, now time.Time) (data []byte, name, mime string, err error) {
	stamp := now.Format("2006-01-02")
	if format == "csv" {
		data, err = diary.ExportCSV(snap.Entries)
		return data, "nightcramp-diary-" + stamp + ".csv", "text/csv", err
	}
	data, err = diary.ExportJSON(snap, now)
	return data, "nightcramp-diary-" + stamp + ".json", "application/json", err
}
