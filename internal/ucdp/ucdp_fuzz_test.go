package ucdp

import (
	"bytes"
	"errors"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/rows"
	"github.com/sitrep-project/sitrep/internal/rows/rowstest"
)

// FuzzReader feeds arbitrary bytes to the GED CSV reader.
func FuzzReader(f *testing.F) {
	b, err := os.ReadFile(sample)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b[:min(len(b), 6000)])
	f.Add([]byte("id,date_start,date_end,best,low,high\n1,2020-01-02,2020-01-01,1,2,3\n2,2020-01-02 00:00,,x,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data), "f.csv")
		if err != nil {
			return
		}
		check(t, r, len(data))
	})
}

// FuzzPageReader feeds arbitrary bytes to the API page reader.
func FuzzPageReader(f *testing.F) {
	b, err := os.ReadFile("testdata/api_page.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`[{"id":1,"date_start":"2020-01-02T00:00:00","best":2,"where_prec":9}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewPageReader(bytes.NewReader(data), "f.json")
		if err != nil {
			return
		}
		check(t, r, len(data))
	})
}

func check(t *testing.T, r rowstest.Reader, size int) {
	for i := 0; ; i++ {
		if i > size+1 {
			t.Fatal("reader does not end")
		}
		e, err := r.Next()
		if err == io.EOF {
			return
		}
		var re *rows.Error
		if errors.As(err, &re) {
			if re.Line < 1 {
				t.Fatalf("row error without position: %+v", re)
			}
			continue
		}
		if err != nil {
			return // broken JSON ends a page
		}
		if e.SourceID == "" || e.Date.IsZero() || e.Date.End.Before(e.Date.Start) {
			t.Fatalf("event without id or date: %+v", e)
		}
		if f := e.Fatalities; f != nil && f.Best < 0 {
			t.Fatalf("negative count: %+v", f)
		}
	}
}

// gedCells are the words GED rows are made of: dates as the CSV, the API
// and hand-made files write them and their near misses, the precision and
// violence codes, counts with signs, exponents, thousands separators and
// leading zeros, coordinates at and past the poles and NaN, country_id
// lists, dyad and side names, and the bytes CSV quoting turns on.
var gedCells = []string{
	"2020-01-02 00:00:00.000", "2020-01-02", "2020-01-02T00:00:00", "2020-01-03", "2019-12-31 00:00:00.000",
	"2020-02-30", "2020-1-2", "1799-12-31", "0001-01-01", "2020-01-02X", "02/01/2020",
	"0", "1", "2", "3", "4", "5", "6", "7", "8", "-1", "+1", " 1", "01", "1.0", "1e3", "1,000", "007",
	"99999999999999999999", "NaN", "Inf", "0x10", "5.1", "20.2", "-90", "90.0", "180", "180.5", "-0.0",
	"482", "482, 625", "482,625", "Government of Central African Republic", "LRA", "Civilians",
	"Government of Central African Republic - LRA", "Obo", "Central African Republic",
	",", ";", `"`, "\n", "\r\n", "\t", " ", "",
}

// gedHeaderWords are GED's column names and some that are not.
var gedHeaderWords = func() []string {
	w := append([]string(nil), Columns...)
	for _, c := range Columns {
		w = append(w, strings.ToUpper(c))
	}
	w = append(w, " id", "date_start ", "\ufeffid", "", "extra")
	slices.Sort(w)
	return slices.Compact(w)
}()

// FuzzReaderWords reads GED tables spelt out of GED's vocabulary
// (rowstest.Spell), written as CSV with RFC 4180 quoting, and holds the
// reader to rowstest.CheckRows: one answer a row, errors that name file,
// line and column, and events that Record writes back to their row. GED's
// writer normalizes what the reader documents: dates come out as the CSV
// writes them ("2020-01-02 00:00:00.000"; an empty date_end as the start),
// counts as digits ("+1" and "01" as "1") and values without the spaces
// around them.
func FuzzReaderWords(f *testing.F) {
	h := strings.Split("id,type_of_violence,dyad_name,side_a,side_b,where_prec,where_description,latitude,longitude,country,country_id,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low", ",")
	g := strings.Split("2,1,Government of Central African Republic - LRA,Government of Central African Republic,LRA,1,Obo,5.1,20.2,Central African Republic,482,1,2020-01-02 00:00:00.000,2020-01-02 00:00:00.000,1,0,0,0,1,1,1", ",")
	f.Add([]byte{})
	f.Add([]byte{0, 240, 30, 2, 200, 60, 3, 20, 9})
	same := func(col, got, want string) bool {
		want, col = strings.TrimSpace(want), strings.ToLower(strings.TrimSpace(col))
		if col == "date_start" || col == "date_end" {
			return len(want) >= 10 && got == want[:10]+" 00:00:00.000" || col == "date_end" && want == "" && got != ""
		}
		if a, err := strconv.Atoi(got); err == nil && (strings.HasPrefix(col, "deaths_") || col == "best" || col == "low" || col == "high") {
			b, err := strconv.Atoi(want)
			return err == nil && a == b
		}
		return got == want
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rowstest.CheckHeaded(t, data, h, g, gedHeaderWords, gedCells, NewReader, Record, same)
	})
}
