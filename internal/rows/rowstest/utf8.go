package rowstest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/sitrep-project/sitrep/internal/rows"
)

// NotUTF8 checks that a reader refuses a row holding bytes that are not
// UTF-8 (a file saved as Latin-1 or Windows-1252, a rune cut short),
// naming its line and column, rather than storing the field empty; and
// that valid UTF-8 in the same place is read. field is a piece of data
// with "%s" where the bytes go (",B%sorno," spoils ",Borno,"); open makes
// a reader of the spoilt data.
func NotUTF8(t *testing.T, data []byte, field string, open func(io.Reader) (Reader, error), line int, column string) {
	t.Helper()
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
			in := bytes.Replace(data, fmt.Appendf(nil, field, ""), fmt.Appendf(nil, field, tc.bytes), 1)
			if bytes.Equal(in, data) {
				t.Fatal("fixture changed: the field to spoil is gone")
			}
			r, err := open(bytes.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			_, bad := Drain(t, r)
			switch {
			case !tc.bad && len(bad) > 0:
				t.Fatalf("valid UTF-8 refused: %v", bad[0])
			case !tc.bad:
			case len(bad) == 0 || !errors.Is(bad[0], rows.ErrUTF8):
				t.Fatalf("bad rows %v, want one for bytes that are not UTF-8", bad)
			case bad[0].Line != line || bad[0].Column != column:
				t.Errorf("error names line %d column %q, want line %d column %q: %v", bad[0].Line, bad[0].Column, line, column, bad[0])
			}
		})
	}
}
