//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
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

// TestIngestPipedArticlesApart: every article piped to ingest through
// /dev/stdin or /dev/fd/N was the document "stdin", each a new version of
// the one before, so only the last one's events stayed in the current
// view (session 17, review of the third pass). A piped article is named
// by its content: three different ones stay three documents, and the
// same one piped again is the same document.
func TestIngestPipedArticlesApart(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.duckdb")
	stories := []string{
		"Rebels attacked a police post in Goma on 3 May 2021, killing three officers.\n",
		"Soldiers shelled a village near Bunia on 9 May 2021, killing two farmers.\n",
		"Militiamen raided a market in Beni on 14 May 2021, killing four traders.\n",
		"Rebels attacked a police post in Goma on 3 May 2021, killing three officers.\n",
	}
	for _, s := range stories {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		go func() {
			w.WriteString(s)
			w.Close()
		}()
		code, _, errs := sitrep(t, "ingest", "--db", db, "--source", "article", "/dev/fd/"+strconv.Itoa(int(r.Fd())))
		r.Close()
		if code != 0 {
			t.Fatalf("ingest: exit %d, %q", code, errs)
		}
	}
	code, out, errs := sitrep(t, "query", "--db", db, "--format", "csv")
	if code != 0 {
		t.Fatalf("query: exit %d, %q", code, errs)
	}
	for _, town := range []string{"Goma", "Bunia", "Beni"} {
		if n := strings.Count(out, town); n == 0 {
			t.Errorf("%s's event is not in the current view:\n%s", town, out)
		}
	}
	rows := 0
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "Goma") {
			rows++
		}
	}
	if rows != 1 {
		t.Errorf("the article piped twice gave %d events in Goma, want one:\n%s", rows, out)
	}
	vs := state(t, db).versions
	docs := map[string]bool{}
	for _, v := range vs {
		docs[v.Dataset] = true
	}
	if len(docs) != 3 {
		t.Errorf("versions %+v: want three documents", vs)
	}
}

// TestIngestPipeHint: a process substitution without --source was refused
// as a dataset with no word of the flag that reads it as an article; the
// hint is given only when the source was sniffed, and not when the pipe's
// name says it holds a dataset.
func TestIngestPipeHint(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.duckdb")
	for _, tc := range []struct {
		args []string
		fifo string // a named pipe of this name instead of /dev/fd/N
		hint bool
	}{
		{nil, "", true},
		{[]string{"--source", "ucdp"}, "", false},
		{nil, "events.csv", false},
		{nil, "export.CSV", false},
		{nil, "events.zip", false},
		// A gzip is refused as compressed, so its name is no sign of a
		// dataset that ingest reads (seventh review, session 18).
		{nil, "export.csv.gz", true},
		{nil, "feed.dat", true},
	} {
		var path string
		if tc.fifo != "" {
			path = filepath.Join(t.TempDir(), tc.fifo)
			if err := syscall.Mkfifo(path, 0o600); err != nil {
				t.Fatal(err)
			}
		} else {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			defer w.Close()
			path = "/dev/fd/" + strconv.Itoa(int(r.Fd()))
		}
		args := append(append([]string{"ingest", "--db", db}, tc.args...), path)
		code, _, errs := sitrep(t, args...)
		if code != 1 || strings.Contains(errs, "--source article") != tc.hint {
			t.Errorf("%v %s: exit %d, %q: want 1, hint %v", tc.args, tc.fifo, code, errs, tc.hint)
		}
	}
}

// TestDocIDPiped: a stream's name gives no document id; a file's stem does.
func TestDocIDPiped(t *testing.T) {
	a, b := []byte("One article.\n"), []byte("Another article.\n")
	for _, tc := range []struct {
		path      string
		data      []byte
		want      string // "" for an id by content
		sameAsFor []byte // data whose id must equal this one's, when set
	}{
		{"/tmp/x/story.txt", a, "story", nil},
		{"/dev/stdin", a, "", a},
		{"/dev/fd/63", a, "", a},
		{"/proc/self/fd/0", b, "", b},
	} {
		got := docID(tc.path, tc.data)
		if tc.want != "" {
			if got != tc.want {
				t.Errorf("docID(%s) = %q, want %q", tc.path, got, tc.want)
			}
			continue
		}
		if !strings.HasPrefix(got, "piped-") || len(got) != len("piped-")+12 {
			t.Errorf("docID(%s) = %q, want piped- and 12 hex digits", tc.path, got)
		}
		if other := docID("/dev/stdin", tc.sameAsFor); other != got {
			t.Errorf("docID(%s) = %q but %q from /dev/stdin for the same text", tc.path, got, other)
		}
		if docID(tc.path, append([]byte("Not "), tc.data...)) == got {
			t.Errorf("docID(%s): two texts share %q", tc.path, got)
		}
	}
}
