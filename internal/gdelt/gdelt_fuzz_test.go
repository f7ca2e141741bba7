package gdelt

import (
	"bytes"
	"errors"
	"io"
	"os"
	"testing"

	"github.com/sitrep-project/sitrep/internal/rows"
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
