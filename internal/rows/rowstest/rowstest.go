// Package rowstest reads a dataset reader to its end in tests, keeping the
// good events and the bad rows apart, as an ingest with --skip-bad does.
package rowstest

import (
	"errors"
	"io"
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/rows"
)

// Reader is what the source readers (acled, ucdp, gdelt) share.
type Reader interface {
	Next() (event.Event, error)
}

// Drain calls r.Next until io.EOF: the events, and the rows reported bad
// (*rows.Error). Any other error ends the test.
func Drain(t testing.TB, r Reader) ([]event.Event, []*rows.Error) {
	t.Helper()
	var evs []event.Event
	var bad []*rows.Error
	for {
		e, err := r.Next()
		if err == io.EOF {
			return evs, bad
		}
		var re *rows.Error
		if errors.As(err, &re) {
			bad = append(bad, re)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		evs = append(evs, e)
	}
}
