// Package rowstest holds what the dataset tests share: reading a reader to
// its end, keeping the good events and the bad rows apart as an ingest with
// --skip-bad does, zipping a fixture the way GDELT publishes its files, and
// spoiling a fixture's field with bytes that are not UTF-8.
package rowstest

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
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

// Zip writes dir/<member>.zip holding the file fixture as its one member
// and returns the archive's path.
func Zip(t testing.TB, dir, fixture, member string) string {
	t.Helper()
	data, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(member)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, member+".zip")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
