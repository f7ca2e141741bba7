package acled

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/rows"
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
