//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Session 18: the left items of session 17's bad-input pass.

// TestGazetteerImportPipeChecked: the files are checked before the import
// reads them, and a named pipe gives its bytes once: it is checked by its
// name, not opened, so a dump piped in is still read whole.
func TestGazetteerImportPipeChecked(t *testing.T) {
	stubEmbedded(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "NE.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no fifo:", err)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString(villageRow)
		f.Close()
	}()
	db := filepath.Join(dir, "g.duckdb")
	code, out, errs := sitrep(t, "gazetteer", "import", "--db", db, fifo)
	if code != 0 || !strings.HasPrefix(out, "1 rows from 1 files") {
		t.Errorf("exit %d, %q, %q: want the pipe's one row imported", code, out, errs)
	}
}
