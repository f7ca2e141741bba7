package acled

import (
	"bytes"
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/rows"
	"github.com/sitrep-project/sitrep/internal/rows/rowstest"
)

// FuzzReader feeds arbitrary bytes to the reader: it must never panic,
// must end, and every event it returns must carry an id and a date.
func FuzzReader(f *testing.F) {
	for _, p := range []string{"testdata/acled_2024.csv", "testdata/acled_2019.csv"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(hdr + good + "X0,2020-02-31,1,Battles\n\"open"))
	f.Add([]byte("\xef\xbb\xbf" + strings.ReplaceAll(hdr+good, ",", ";")))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data), "f.csv")
		if err != nil {
			return
		}
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
				if re.Line < 1 || re.File != "f.csv" {
					t.Fatalf("row error without position: %+v", re)
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if e.SourceID == "" || e.Date.IsZero() || e.Date.End.Before(e.Date.Start) {
				t.Fatalf("event without id or date: %+v", e)
			}
		}
	})
}

// cells are the words ACLED rows are made of: both date styles and their
// near misses, the precision codes, inter codes as numbers and as labels,
// numbers with signs, exponents, thousands separators and leading zeros,
// coordinates at and past the poles, associated actors joined by ";",
// legacy event types, and the bytes CSV quoting turns on (delimiters,
// quotes, line ends, spaces, an empty field).
var cells = []string{
	"2020-01-02", "2024-02-29", "2023-02-29", "2020-13-01", "0001-01-01", "1799-12-31", "2020-1-2",
	"04 October 2017", "4 Oct 2017", "04-October-2017", "31 September 2020", "4 Sept 2017", "04 october 2017", "4  Oct 2017",
	"1", "2", "3", "4", "0", "7", "8", "9", "10", "-1", "+1", " 1", "1 ", "01", "1.0", "1e3", "-0",
	"1,000", "12", "007", "99999999999999999999", "NaN", "Inf", "-Inf", "0x10", "1_000",
	"State forces", "Rebel groups", "Civilians", "Protesters", "Rioters", "Political militias", "External/Other forces",
	"14.1", "-3.2", "90", "-90.0", "180", "180.5", "-0.0", "13.16030", "1e1", ".5", "5.",
	"Battles", "Violence against civilians", "Battle-No change of territory", "Riots/Protests", "Remote violence", "Armed clash",
	"Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)", "A", "B",
	"; ", ";", ",", `"`, `""`, "\n", "\r\n", "\r", "\t", "|", " ", "",
	"Mali", "MLI", "466", "NGA", "566", "Borno", "Pulka", "X1", "X2", "NGA31001",
	"On 14 March 2024, 7 fighters were killed.", "ok",
}

// headerWords are the header names of every ACLED column set, in the
// cases and spellings exports have used, and some that are not ACLED's.
var headerWords = func() []string {
	var w []string
	for k := range names {
		w = append(w, k, strings.ToUpper(k))
	}
	w = append(w, Columns...)
	w = append(w, "iso", "ISO", "iso3", "ISO3", " event_date ", "\ufeffevent_id_cnty", "data_id", "year", "", "note", "Fatalities")
	slices.Sort(w)
	return slices.Compact(w)
}()

// FuzzReaderWords reads tables spelt out of ACLED's own vocabulary
// (rowstest.Spell: cells set, appended, rows added, header names
// changed), written as CSV with RFC 4180 quoting. The reader must answer
// each row in order, an event or a *rows.Error naming the file, the row's
// first line and a column of the header; an event must write back
// (Record) to the row it was read from, column for column; nothing else
// may end the file early.
func FuzzReaderWords(f *testing.F) {
	h := strings.Split(strings.TrimSuffix(hdr, "\n"), ",")
	g := strings.Split(strings.TrimSuffix(good, "\n"), ",")
	f.Add([]byte{})
	f.Add([]byte{0, 1, 30, 2, 200, 60, 3, 20, 9})
	f.Fuzz(func(t *testing.T, data []byte) {
		rowstest.CheckHeaded(t, data, h, g, headerWords, cells, NewReader, Record, nil)
	})
}
