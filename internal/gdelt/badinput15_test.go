package gdelt

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"testing"

	"github.com/sitrep-project/sitrep/internal/rows"
)

// Session 15's adversarial pass: bytes that are not UTF-8 (a file saved as
// Latin-1 or Windows-1252) were read as they were, and the store kept those
// fields empty. The reader refuses the row, naming the line and column, so
// that --skip-bad can keep it in the rejects file instead.
func TestNotUTF8(t *testing.T) {
	data, err := os.ReadFile("testdata/20240101000000.export.CSV")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, bytes string
		bad         bool
	}{
		{"Latin-1 e acute", "\xe9", true},
		{"Windows-1252 dash", "\x96", true},
		{"lone continuation byte", "\x80", true},
		{"cut two-byte rune", "\xc3", true},
		{"e acute in UTF-8", "é", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := bytes.Replace(data, []byte("\tNIGERIA\t"), fmt.Appendf(nil, "\tNIGER%sIA\t", tc.bytes), 1)
			if bytes.Equal(in, data) {
				t.Fatal("fixture changed: the field to spoil is gone")
			}
			r, err := NewReader(bytes.NewReader(in), "f")
			if err != nil {
				t.Fatal(err)
			}
			var first error
			for {
				_, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil && first == nil {
					first = err
				}
			}
			var re *rows.Error
			switch {
			case !tc.bad && first != nil:
				t.Fatalf("valid UTF-8 refused: %v", first)
			case !tc.bad:
			case !errors.As(first, &re) || !errors.Is(first, rows.ErrUTF8):
				t.Fatalf("got %v, want a row error for bytes that are not UTF-8", first)
			case re.Line != 1 || re.Column != "Actor1Name":
				t.Errorf("error names line %d column %q, want line 1 column %q: %v", re.Line, re.Column, "Actor1Name", first)
			}
		})
	}
}
