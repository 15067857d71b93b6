package diary

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// ExportFormat names the diary's JSON export format.
const ExportFormat = "nightcramp-diary"

// exportDoc is the JSON export. Import reads the same shape (importDoc).
type exportDoc struct {
	Format        string       `json:"format"`
	SchemaVersion int          `json:"schemaVersion"`
	ExportedAt    time.Time    `json:"exportedAt"`
	Entries       []Entry      `json:"entries"`
	Contexts      []DayContext `json:"contexts"`
	Profile       *Profile     `json:"profile,omitempty"`
	Unreadable    []Raw        `json:"unreadable,omitempty"`
	CheckIns      []CheckIn    `json:"checkIns"`  // schema 3
	Medicines     []Medicine   `json:"medicines"` // schema 3
}

// ExportJSON returns the whole diary as a versioned JSON document: format,
// schemaVersion, exportedAt, entries (newest first), contexts, profile,
// checkIns (oldest first), medicines, and
// the unreadable values raw, so nothing stored is lost by exporting. A
// read-only snapshot of a newer schema exports its raw values too.
func ExportJSON(s Snapshot, now time.Time) ([]byte, error) {
	doc := exportDoc{
		Format:        ExportFormat,
		SchemaVersion: SchemaVersion,
		ExportedAt:    now.UTC().Truncate(time.Second),
		Entries:       s.Entries,
		Contexts:      s.Contexts,
		Unreadable:    s.Unreadable,
		CheckIns:      s.CheckIns,
		Medicines:     s.Medicines,
	}
	if doc.CheckIns == nil {
		doc.CheckIns = []CheckIn{}
	}
	if doc.Medicines == nil {
		doc.Medicines = []Medicine{}
	}
	if doc.Entries == nil {
		doc.Entries = []Entry{}
	}
	if doc.Contexts == nil {
		doc.Contexts = []DayContext{}
	}
	if !s.Profile.Empty() || !s.Profile.Updated.IsZero() {
		p := s.Profile
		doc.Profile = &p
	}
	return json.MarshalIndent(doc, "", " ")
}

// csvHeader names the CSV columns.
var csvHeader = []string{"id", "night", "time", "leg", "muscles", "duration_seconds", "pain", "sleep_disturbance", "tried", "note", "created", "updated"}

// ExportCSV returns one row per entry, in the order given, after a header
// row, with CRLF line ends and quoting as RFC 4180 says. Lists are joined
// with "; ", a remedy as "id (helped: yes)". Cells a spreadsheet would run as
// a formula (starting with = + - @, tab or carriage return) get a leading
// apostrophe, so an imported note can never become a formula.
func ExportCSV(entries []Entry) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	if err := w.Write(csvHeader); err != nil {
		return nil, err
	}
	row := make([]string, len(csvHeader))
	for i := range entries {
		e := &entries[i]
		row[0] = e.ID
		row[1] = e.Night().String()
		row[2] = e.At.Format(time.RFC3339)
		row[3] = string(e.Leg)
		row[4] = strings.Join(e.Muscles, "; ")
		row[5] = ""
		if e.Duration > 0 {
			row[5] = strconv.Itoa(e.Duration)
		}
		row[6], row[7] = scoreCell(e.Pain), scoreCell(e.Sleep)
		row[8] = triedCell(e.Tried)
		row[9] = e.Note
		row[10] = e.Created.Format(time.RFC3339)
		row[11] = e.Updated.Format(time.RFC3339)
		for j := range row {
			row[j] = defuse(row[j])
		}
		if err := w.Write(row); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

func scoreCell(s Score) string {
	if s == Unset {
		return ""
	}
	return strconv.Itoa(int(s))
}

func triedCell(tried []Tried) string {
	parts := make([]string, len(tried))
	for i, t := range tried {
		parts[i] = t.Remedy
		if t.Helped != "" {
			parts[i] += " (helped: " + string(t.Helped) + ")"
		}
	}
	return strings.Join(parts, "; ")
}

// defuse prefixes a cell that a spreadsheet would read as a formula.
func defuse(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}
