//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestExportToPipe: --out naming a pipe (or a device) writes into it. The
// export used to write PATH.part and rename it over the pipe, replacing it
// with a regular file.
func TestExportToPipe(t *testing.T) {
	db := storeWithEvents(t)
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no fifo:", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- string(b)
	}()
	code, _, errs := sitrep(t, "export", "--db", db, "--format", "csv", "--out", fifo)
	if code != 0 {
		// Unblock the reader: nothing opened the pipe for writing.
		if w, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			w.Close()
		}
		t.Fatalf("exit %d: %s", code, errs)
	}
	fi, err := os.Lstat(fifo)
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the pipe is gone: %v %v", fi.Mode(), err)
	}
	select {
	case csv := <-got:
		if !strings.HasPrefix(csv, "id,source,") || strings.Count(csv, "\nacled:") != 5 {
			t.Errorf("the pipe's reader got %q", csv)
		}
	case <-time.After(time.Minute):
		t.Fatal("nothing was written to the pipe")
	}
}
