//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Session 17's third adversarial pass over the commands.

// TestIngestRefusesPipe: ingest reads a dataset more than once (its source
// sniffed, its hash, its rows), so a named pipe (or a process
// substitution's /dev/fd/N) gave its bytes to the first read and the
// next open waited forever for a writer. It is refused before the store
// opens, naming the file; a regular file beside it is unaffected.
func TestIngestRefusesPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "events.csv")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no fifo:", err)
	}
	db := filepath.Join(dir, "s.duckdb")
	type result struct {
		code int
		errs string
	}
	done := make(chan result, 1)
	go func() {
		code, _, errs := sitrep(t, "ingest", "--db", db, "--source", "acled", fifo)
		done <- result{code, errs}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(30 * time.Second):
		// Let the blocked open go, so the test can end.
		if w, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			w.Close()
		}
		t.Fatal("ingest of a named pipe still waiting after 30 s")
	}
	if r.code != 1 || !strings.Contains(r.errs, fifo) || !strings.Contains(r.errs, "not a regular file") {
		t.Errorf("exit %d, %q: want 1 and the pipe named as not a regular file", r.code, r.errs)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("the store was created for a refused file")
	}
}

// TestSecondSignalEnds: a command blocked in a call that a signal does not
// end (reading a named pipe that no one writes) kept running after any
// number of Ctrl-C, since the first one is caught to roll back cleanly.
// The second one now ends the process.
func TestSecondSignalEnds(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "story.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no fifo:", err)
	}
	cmd := exec.Command(os.Args[0], "read", fifo)
	cmd.Env = append(os.Environ(), "SITREP_TEST_AS_MAIN=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	time.Sleep(time.Second)
	for range 2 {
		cmd.Process.Signal(os.Interrupt)
		time.Sleep(500 * time.Millisecond)
	}
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Fatal("still running 10 s after a second interrupt")
	}
}

// TestIngestArticleFromPipe: the check that refuses a pipe for a dataset
// (read more than once) refused articles too, which are read once and
// were ingested from a pipe or /dev/stdin before (session 17, third
// review). An article through a named pipe is stored again.
func TestIngestArticleFromPipe(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.duckdb")
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"story", []string{"--source", "article"}},
		{"story.txt", nil},
	} {
		fifo := filepath.Join(dir, tc.name)
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skip("no fifo:", err)
		}
		go func() {
			w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
			if err != nil {
				return
			}
			defer w.Close()
			w.WriteString("Rebels attacked a police post in Goma on Monday, killing three officers.\n")
		}()
		args := append([]string{"ingest", "--db", db}, tc.args...)
		code, _, errs := sitrep(t, append(args, fifo)...)
		if code != 0 {
			t.Errorf("%s: exit %d, %q: want the article ingested", tc.name, code, errs)
		}
	}
}
