package dataset

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/acled"
	"github.com/sitrep-project/sitrep/internal/gdelt"
	"github.com/sitrep-project/sitrep/internal/rows"
	"github.com/sitrep-project/sitrep/internal/ucdp"
)

// sniffWords are what a dataset file's first line is made of: every
// column name of ACLED, GED and GDELT in both cases, the delimiters the
// readers accept, quotes, a byte-order mark, a JSON opening, and line
// ends (LF, CRLF, a bare CR).
var sniffWords = func() []string {
	w := []string{",", ";", "\t", "|", `"`, " ", "\ufeff", "{", "[", "\n", "\r\n", "\r", "x"}
	for _, cols := range [][]string{acled.Columns, ucdp.Columns, gdelt.Columns} {
		for _, c := range cols {
			w = append(w, c, strings.ToUpper(c))
		}
	}
	return w
}()

// FuzzSniffWords spells first lines out of sniffWords (one byte a word,
// joined as they are) and opens them as NewReader does with no source
// given: it must not panic, and a refusal must name the file; a header
// that holds a source's whole column set, joined by one of the accepted
// delimiters, must be taken as that source.
func FuzzSniffWords(f *testing.F) {
	f.Add([]byte{}, uint8(0))
	f.Add([]byte{20, 0, 21, 0, 22}, uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, pick uint8) {
		var b strings.Builder
		for _, c := range data {
			b.WriteString(sniffWords[int(c)*len(sniffWords)>>8])
		}
		in := b.String()
		if pick%4 > 0 {
			// A whole header of one source, then the spelt text as rows.
			cols := [][]string{acled.Columns, ucdp.Columns, gdelt.Columns}[pick%4-1]
			comma := string(rows.Delimiters[int(pick/4)%len(rows.Delimiters)])
			if pick%4 == 3 {
				comma = "\t" // GDELT has no header: its line is a row
			}
			in = strings.Join(cols, comma) + "\n" + in
			want := []string{"acled", "ucdp", "gdelt"}[pick%4-1]
			if got := Sniff([]byte(in)); got != want {
				t.Fatalf("%q sniffed as %q, want %q", in, got, want)
			}
		}
		r, src, err := NewReader(strings.NewReader(in), "f.csv", "")
		if err != nil {
			if !strings.Contains(err.Error(), "f.csv") {
				t.Fatalf("%q: error without the file: %v", in, err)
			}
			return
		}
		for i := 0; i < 1000; i++ {
			_, err := r.Next()
			var re *rows.Error
			if err == nil || errors.As(err, &re) {
				continue
			}
			if err == io.EOF || src == "ucdp" { // broken JSON ends an API page
				return
			}
			t.Fatalf("%q (%s): %v", in, src, err)
		}
	})
}
