package rows

import (
	"errors"
	"testing"
)

// TestBadText: a field PostgreSQL cannot keep as text (a NUL byte) is
// found like one that is not UTF-8, with its index and an excerpt.
func TestBadText(t *testing.T) {
	for _, tc := range []struct {
		name   string
		fields []string
		want   int
		err    error
	}{
		{"clean", []string{"a town", "12", ""}, -1, nil},
		{"a NUL inside a note", []string{"x", "the patrol\x00was hit"}, 1, ErrNUL},
		{"a NUL alone", []string{"\x00", "y"}, 0, ErrNUL},
		{"Latin-1 before a NUL", []string{"caf\xe9", "\x00"}, 0, ErrUTF8},
		{"UTF-16 text read as bytes", []string{"a\x00b\x00c\x00"}, 0, ErrNUL},
		{"a control byte that is not NUL", []string{"tab\tand\x01"}, -1, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			i, err := BadText(tc.fields)
			if i != tc.want || !errors.Is(err, tc.err) || (tc.err == nil) != (err == nil) {
				t.Errorf("BadText(%q) = %d, %v; want %d, %v", tc.fields, i, err, tc.want, tc.err)
			}
		})
	}
}
