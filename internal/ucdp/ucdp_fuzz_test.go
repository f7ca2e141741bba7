package ucdp

import (
	"bytes"
	"errors"
	"io"
	"os"
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
