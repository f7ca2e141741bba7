package rowstest

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/rows"
)

// Spell edits a table as data says, three bytes an edit, so that a fuzz
// target of a dataset reader searches among rows spelt out of the source's
// own vocabulary (dates in both styles, codes, signed numbers, quotes and
// line ends inside fields, header names) rather than among random bytes,
// which almost never spell a row the reader gets as far as mapping. The
// table starts as header and one copy of row (a real row of the source).
// Of each edit's bytes, the first says what to do (set a cell of the last
// row; append to it; start a new row, a copy of row, and set a cell of it;
// set a header cell from hdrWords), the second picks the column and the
// third the word. The header is recs[0].
func Spell(header, row, hdrWords, words []string, data []byte) (recs [][]string) {
	recs = [][]string{append([]string(nil), header...), append([]string(nil), row...)}
	n := len(header)
	if n == 0 || len(words) == 0 || len(hdrWords) == 0 {
		return recs
	}
	for ; len(data) >= 3; data = data[3:] {
		col := int(data[1]) * n >> 8
		last := recs[len(recs)-1]
		if col >= len(last) {
			continue
		}
		w := words[int(data[2])*len(words)>>8]
		switch data[0] % 4 {
		case 0:
			last[col] = w
		case 1:
			last[col] += w
		case 2:
			last = append([]string(nil), row...)
			if col < len(last) {
				last[col] = w
			}
			recs = append(recs, last)
		case 3:
			recs[0][col] = hdrWords[int(data[2])*len(hdrWords)>>8]
		}
	}
	return recs
}

// Encode writes recs as a delimited file, one record a line, each ended by
// a line feed. With quotes, a field holding the delimiter, a quote or a
// line end is quoted as RFC 4180 says; without (GDELT), fields are written
// as they are. lines[i] is the line record i starts on, from 1.
func Encode(recs [][]string, comma byte, quotes bool) (text string, lines []int) {
	var b strings.Builder
	line := 1
	for _, rec := range recs {
		lines = append(lines, line)
		for i, f := range rec {
			if i > 0 {
				b.WriteByte(comma)
			}
			if quotes && strings.ContainsAny(f, string(comma)+"\"\r\n") {
				f = `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
			}
			line += strings.Count(f, "\n")
			b.WriteString(f)
		}
		b.WriteByte('\n')
		line++
	}
	return b.String(), lines
}

// CheckRows reads r to its end against the rows it was spelt from (recs,
// record i starting on line lines[i] of file name) and holds the readers'
// promises: one answer a row, in order, then io.EOF; a bad row is a
// *rows.Error naming the file, the row's first line and, if any, a column
// of cols; an event has an id, a date and a place on the globe, and
// record writes it back to the row it was read from, each column equal
// to the row's (by same, if not nil: a source whose writer normalizes
// some columns says which).
func CheckRows(t testing.TB, r Reader, name string, cols []string, recs [][]string, lines []int,
	record func(*event.Event) []string, same func(col, got, want string) bool) {
	t.Helper()
	for i := 0; ; i++ {
		e, err := r.Next()
		if err == io.EOF {
			if i != len(recs) {
				t.Fatalf("io.EOF after %d rows of %d: the rest were dropped", i, len(recs))
			}
			return
		}
		if i >= len(recs) {
			t.Fatalf("answer %d for %d rows: %v %+v", i+1, len(recs), err, e)
		}
		var re *rows.Error
		if errors.As(err, &re) {
			if re.File != name || re.Line != lines[i] || !strings.Contains(re.Error(), fmt.Sprintf("%s line %d", name, lines[i])) {
				t.Fatalf("row %d (line %d): error names the wrong place: %v", i+1, lines[i], re)
			}
			if re.Column != "" && !slices.Contains(cols, re.Column) {
				t.Fatalf("row %d: error names column %q, not in the header %q: %v", i+1, re.Column, cols, re)
			}
			continue
		}
		if err != nil {
			t.Fatalf("row %d: %v", i+1, err)
		}
		if e.SourceID == "" || e.Date.IsZero() || e.Date.End.Before(e.Date.Start) {
			t.Fatalf("row %d: event without id or date: %+v", i+1, e)
		}
		for _, p := range []struct {
			v   *float64
			lim float64
		}{{e.Place.Lat, 90}, {e.Place.Lon, 180}} {
			if p.v != nil && !(*p.v >= -p.lim && *p.v <= p.lim) {
				t.Fatalf("row %d: coordinate %v off the globe: %q", i+1, *p.v, recs[i])
			}
		}
		got := record(&e)
		if len(got) != len(recs[i]) {
			t.Fatalf("row %d: written back as %d columns, read from %d", i+1, len(got), len(recs[i]))
		}
		for j := range got {
			if got[j] != recs[i][j] && (same == nil || !same(cols[j], got[j], recs[i][j])) {
				t.Fatalf("row %d column %s: written back as %q, read from %q\nheader %q\nrow %q", i+1, cols[j], got[j], recs[i][j], cols, recs[i])
			}
		}
	}
}

// Headed is a reader of a file that opens with a header line (ACLED's,
// GED's), which says where each column is.
type Headed interface {
	Reader
	Columns() []string
}

// CheckHeaded spells a comma-separated file, header first, out of data
// (Spell, Encode), opens it as f.csv and holds the reader to CheckRows
// with Record's columns; a header open refuses must be refused with its
// line ("f.csv line 1") in the error.
func CheckHeaded[R Headed](t testing.TB, data []byte, header, row, hdrWords, words []string,
	open func(io.Reader, string) (R, error), record func(e *event.Event, cols []string) []string,
	same func(col, got, want string) bool) {
	t.Helper()
	recs := Spell(header, row, hdrWords, words, data)
	text, lines := Encode(recs, ',', true)
	r, err := open(strings.NewReader(text), "f.csv")
	if err != nil {
		if !strings.Contains(err.Error(), "f.csv line 1") {
			t.Fatalf("header error without position: %v", err)
		}
		return
	}
	CheckRows(t, r, "f.csv", r.Columns(), recs[1:], lines[1:], func(e *event.Event) []string { return record(e, r.Columns()) }, same)
}
