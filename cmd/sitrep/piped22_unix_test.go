//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// pipeOf gives a /dev/fd path that reads text once, and closes it when
// the test ends.
func pipeOf(t *testing.T, text string) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	go func() {
		w.WriteString(text)
		w.Close()
	}()
	return "/dev/fd/" + strconv.Itoa(int(r.Fd()))
}

// TestIngestPipedDataset: --dataset was ignored for a piped article, so
// an edited copy piped under the same name became a second document and
// both stayed current, each event counted twice (seventh review, session
// 18). Named, the edit is the next version of the same document; unnamed,
// a piped article keeps its id by content, and a file keeps its stem.
func TestIngestPipedDataset(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.duckdb")
	first := "Rebels attacked a police post in Goma on 3 May 2021, killing three officers.\n"
	edit := "Rebels attacked a police post in Goma on 3 May 2021, killing four officers.\n"
	for _, s := range []string{first, edit} {
		if code, _, errs := sitrep(t, "ingest", "--db", db, "--source", "article", "--dataset", "goma-post", pipeOf(t, s)); code != 0 {
			t.Fatalf("ingest: exit %d, %q", code, errs)
		}
	}
	file := filepath.Join(t.TempDir(), "bunia.txt")
	if err := os.WriteFile(file, []byte("Soldiers shelled a village near Bunia on 9 May 2021, killing two farmers.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := sitrep(t, "ingest", "--db", db, file); code != 0 {
		t.Fatalf("ingest %s: exit %d, %q", file, code, errs)
	}
	if code, _, errs := sitrep(t, "ingest", "--db", db, "--source", "article", pipeOf(t, "Militiamen raided a market in Beni on 14 May 2021, killing four traders.\n")); code != 0 {
		t.Fatalf("ingest: exit %d, %q", code, errs)
	}
	current := map[string]int{}
	for _, v := range state(t, db).versions {
		if v.Current {
			current[v.Dataset]++
		}
	}
	piped := 0
	for d := range current {
		if strings.HasPrefix(d, "piped-") {
			piped++
		}
	}
	if len(current) != 3 || current["goma-post"] != 1 || current["bunia"] != 1 || piped != 1 {
		t.Errorf("current datasets %v: want goma-post, bunia and one piped- id", current)
	}
	code, out, errs := sitrep(t, "query", "--db", db, "--format", "csv")
	if code != 0 {
		t.Fatalf("query: exit %d, %q", code, errs)
	}
	if n := strings.Count(out, "police post in Goma"); n != 1 {
		t.Errorf("the edited article gave %d current events, want one:\n%s", n, out)
	}
}

// TestPipedTitle: a piped article with no title of its own was titled by
// the stream's path (/dev/stdin, /dev/fd/63); it is titled by its id.
func TestPipedTitle(t *testing.T) {
	text := "Gunmen burned a clinic outside Kidal on 2 June 2022, killing two guards.\n"
	for _, tc := range []struct {
		name, want string // want "" for the piped- id
	}{
		{"", ""},
		{"kidal-clinic", "kidal-clinic"},
	} {
		r, err := readFileNamed(nil, pipeOf(t, text), tc.name, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(r.Title, "/dev/") || r.Title != r.DocID || tc.want != "" && r.DocID != tc.want {
			t.Errorf("name %q: title %q, id %q: want the title to be the id (%q when named)", tc.name, r.Title, r.DocID, tc.want)
		}
	}
}
