package gdelt

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/rows"
	"github.com/sitrep-project/sitrep/internal/rows/rowstest"
)

// FuzzReader feeds arbitrary bytes to the reader: it must never panic,
// must end, and every event must carry an id and a day.
func FuzzReader(f *testing.F) {
	b, err := os.ReadFile(fixture)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(bytes.ReplaceAll(b, []byte("\t"), []byte(",")))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, _ := NewReader(bytes.NewReader(data), "f.CSV")
		for i := 0; ; i++ {
			if i > len(data)+1 {
				t.Fatal("reader does not end")
			}
			e, err := r.Next()
			if err == io.EOF {
				return
			}
			var re *rows.Error
			if errors.As(err, &re) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if e.SourceID == "" || e.Date.Precision != 1 || len(Record(&e, r.Columns())) != len(r.Columns()) {
				t.Fatalf("bad event %+v", e)
			}
		}
	})
}

// cells are the words GDELT event rows are made of: CAMEO event codes with
// their leading zeros, SQLDATE days and near misses, event ids, geo types,
// FIPS country codes, "Place, ADM1, Country" names, Goldstein and tone
// values with signs, exponents, hex floats, NaN and Inf, coordinates at
// and past the poles, and stray tabs, quotes and spaces. (A line feed
// would split the row, and a carriage return at a line's end is the CRLF
// GDELT's reader tolerates, so neither is a word.)
var cells = []string{
	"010", "0211", "014", "14", "141", "190", "193", "195", "20", "204", "1", "2", "3", "4", "5", "0", "9", "-1", "+1",
	"20240314", "20240230", "20240229", "20230229", "18000101", "17991231", "2024031", "202403140", "2024-03-14",
	"1160123456", "007", "1e3", "2024.2050", "202403", "2024",
	"NI", "US", "CT", "XX", "NGA", "MIL", "REB", "NIGERIA", "REBEL",
	"Maiduguri, Borno, Nigeria", "Bangui, Bangui, Central African Republic", "Nigeria", ", ", ",",
	"NaN", "Inf", "-Inf", "-7.84615384615385", "1e2", "0x1p-2", "1_000", "1,000", ".5", "5.",
	"11.8464", "13.1603", "-90", "90.0", "91", "180", "-180.5", "-0.0", "-2017797",
	"https://example.org/a?b=c", `"`, "\t", " ", "",
}

// FuzzReaderWords reads GDELT files spelt out of GDELT's vocabulary: rows
// of the 2.0 layout (rowstest.Spell from the fixture's first row), cells
// set, appended and rows added, tab-separated without quoting as GDELT
// writes them. rowstest.CheckRows holds the reader to one answer a row,
// errors that name file and line (and a column of the layout), and events
// that Record writes back to their row exactly.
func FuzzReaderWords(f *testing.F) {
	b, err := os.ReadFile(fixture)
	if err != nil {
		f.Fatal(err)
	}
	first, _, _ := strings.Cut(string(b), "\n")
	row := strings.Split(first, "\t")
	f.Add([]byte{})
	f.Add([]byte{0, 110, 30, 2, 200, 60, 1, 20, 9})
	f.Fuzz(func(t *testing.T, data []byte) {
		recs := rowstest.Spell(Columns, row, Columns, cells, data)
		text, lines := rowstest.Encode(recs[1:], '\t', false)
		r, _ := NewReader(strings.NewReader(text), "f.CSV")
		rowstest.CheckRows(t, r, "f.CSV", Columns, recs[1:], lines, func(e *event.Event) []string { return Record(e, r.Columns()) }, nil)
	})
}
