package ucdp

import (
	"io"
	"os"
	"testing"

	"github.com/sitrep-project/sitrep/internal/rows/rowstest"
)

// Session 15's adversarial pass: bytes that are not UTF-8 (a file saved as
// Latin-1 or Windows-1252) were read as they were, and the store kept those
// fields empty. The reader refuses the row, naming the line and column, so
// that --skip-bad can keep it in the rejects file instead.
func TestNotUTF8(t *testing.T) {
	data, err := os.ReadFile("testdata/ged231_caf_sample.csv")
	if err != nil {
		t.Fatal(err)
	}
	open := func(r io.Reader) (rowstest.Reader, error) { return NewReader(r, "f") }
	rowstest.NotUTF8(t, data, ",LR%sA,", open, 2, "side_b")
}
