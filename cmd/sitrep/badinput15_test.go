package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/narrative"
)

// Session 15's adversarial pass over the commands: each case is a wrong
// use a user makes, with what the command must then do.

// acledFixture is a five-row ACLED export kept with the reader's tests.
const acledFixture = "../../internal/acled/testdata/acled_2024.csv"

// storeWithEvents ingests the fixture into a fresh store and returns it.
func storeWithEvents(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "s.duckdb")
	if code, _, errs := sitrep(t, "ingest", "--db", db, acledFixture); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	return db
}

// TestExportOut: --out onto a directory fails before the export and
// leaves nothing beside it; a regular file is written whole, with no
// temporary file left.
func TestExportOut(t *testing.T) {
	db := storeWithEvents(t)
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, out string
		code      int
		errHas    string
	}{
		{"a directory", sub, 1, "is a directory"},
		{"a new file", filepath.Join(dir, "new.csv"), 0, "exported 5 events"},
		{"an old file replaced", filepath.Join(dir, "new.csv"), 0, "exported 5 events"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := sitrep(t, "export", "--db", db, "--format", "csv", "--out", tc.out)
			if code != tc.code || !strings.Contains(errs, tc.errHas) {
				t.Fatalf("exit %d, %q; want %d and %q", code, errs, tc.code, tc.errHas)
			}
			if _, err := os.Stat(tc.out + ".part"); err == nil {
				t.Errorf("%s.part left behind", tc.out)
			}
		})
	}
}

// TestReadOnlyMissingStore: a command that only reads a store refuses a
// --db that is not there instead of making an empty one and answering
// from it.
func TestReadOnlyMissingStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "mistyped.duckdb")
	for _, args := range [][]string{
		{"query", "--db", db},
		{"query", "--db", db, "--by", "country"},
		{"export", "--db", db, "--format", "json"},
		{"versions", "--db", db},
		{"diff", "--db", db, "acled", "1", "2"},
		{"match", "--db", db},
		{"gazetteer", "lookup", "--db", db, "Gao"},
		{"read", "--db", db, "../../testdata/articles/niger_seed.txt"},
	} {
		t.Run(strings.Join(args[:1], " "), func(t *testing.T) {
			code, out, errs := sitrep(t, args...)
			if code != 1 || !strings.Contains(errs, "does not exist") || out != "" {
				t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errs)
			}
			if _, err := os.Stat(db); err == nil {
				t.Fatalf("%v made the store", args)
			}
		})
	}
	// Options after the path are not part of the file's name.
	have := storeWithEvents(t)
	if code, _, errs := sitrep(t, "versions", "--db", have+"?threads=1"); code != 0 {
		t.Errorf("versions --db %s?threads=1: exit %d, %s", have, code, errs)
	}
}

// TestQueryBadCounts: a count below zero is a usage error, not "all".
func TestQueryBadCounts(t *testing.T) {
	db := storeWithEvents(t)
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"--limit", "-5"}, 2},
		{[]string{"--top", "-1"}, 2},
		{[]string{"--top", "1001"}, 2},
		{[]string{"--limit", "0"}, 0},
		{[]string{"--limit", "2"}, 0},
		{[]string{"--top", "3"}, 0},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, _, errs := sitrep(t, append([]string{"query", "--db", db}, tc.args...)...)
			if code != tc.code {
				t.Errorf("exit %d, want %d: %s", code, tc.code, errs)
			}
		})
	}
}

// TestIngestWrongUse: an unknown --source is a usage error; a missing file
// or a folder among several stops the ingest before the first file is
// stored; an error the store finds (a duplicated id) names the file.
func TestIngestWrongUse(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(acledFixture)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	dup := filepath.Join(dir, "twice.csv")
	if err := os.WriteFile(dup, []byte(strings.Join(lines, "")+lines[1]), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "nosuch.csv")
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		errHas string
	}{
		{"unknown source", []string{"--source", "acleed", acledFixture}, 2, `--source "acleed"`},
		{"missing last file", []string{acledFixture, missing}, 1, "nosuch.csv"},
		{"a folder among files", []string{acledFixture, dir}, 1, "is a directory"},
		{"duplicated id", []string{dup}, 1, "twice.csv: event id"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "s.duckdb")
			code, _, errs := sitrep(t, append([]string{"ingest", "--db", db}, tc.args...)...)
			if code != tc.code || !strings.Contains(errs, tc.errHas) {
				t.Fatalf("exit %d, %q; want %d and %q", code, errs, tc.code, tc.errHas)
			}
			if _, err := os.Stat(db); err == nil {
				if s := state(t, db); len(s.versions) != 0 || s.events != 0 {
					t.Errorf("store not as it was: %v", s)
				}
			}
		})
	}
}

// TestUploadErrorsNameTheUpload: an upload's error names the file as the
// client called it, not the server's temporary folder, and a duplicated
// id names the file too.
func TestUploadErrorsNameTheUpload(t *testing.T) {
	_, srv := uploadServer(t, filepath.Join(t.TempDir(), "t.duckdb"))
	data, err := os.ReadFile(acledFixture)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	for _, tc := range []struct{ name, body, want string }{
		{"baddate.csv", strings.Replace(string(data), "2024-03-14", "2024-02-30", 1), "baddate.csv line 2 column event_date"},
		{"twice.csv", string(data) + lines[1], "twice.csv: event id"},
		{"empty.txt", "", "empty.txt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := upload(t, srv.URL, "name="+tc.name, tc.body)
			if code != 422 || !strings.Contains(body, tc.want) || strings.Contains(body, "sitrep-upload-") {
				t.Errorf("%d %s; want 422 naming %q and no temporary folder", code, body, tc.want)
			}
		})
	}
}

// TestHelpCommand: "sitrep help CMD" is CMD's help, as "CMD --help" is.
func TestHelpCommand(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		has  string
	}{
		{[]string{"help", "read"}, 0, "usage: sitrep read"},
		{[]string{"help", "gazetteer"}, 0, "usage: sitrep gazetteer"},
		{[]string{"help", "nope"}, 2, `unknown command "nope"`},
		{[]string{"help"}, 0, "commands:"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, errs := runCmd(tc.args...)
			if code != tc.code || !strings.Contains(out+errs, tc.has) {
				t.Errorf("exit %d, %q; want %d and %q", code, out+errs, tc.code, tc.has)
			}
		})
	}
}

// TestReadRefusesEarly: a wrong --format and a document the parser refuses
// are told before the extraction engines load.
func TestReadRefusesEarly(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, body, want string }{
		{"empty.txt", "", "empty document"},
		{"blank.txt", " \n\t\n", "empty document"},
		{"latin1.txt", "A title\n\nFighting in S\xe9gou.\n", "invalid UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name)
			if err := os.WriteFile(p, []byte(tc.body), 0o600); err != nil {
				t.Fatal(err)
			}
			asked := false
			_, err := readFileAt(func() (*narrative.Extractor, error) { asked = true; return narrative.Default(), nil }, p, time.Time{})
			if err == nil || !strings.Contains(err.Error(), tc.want) || asked {
				t.Errorf("error %v, extractor asked for: %v", err, asked)
			}
		})
	}
	if code, _, errs := runCmd("read", "--format", "xml", acledFixture); code != 2 || !strings.Contains(errs, "want json or table") {
		t.Errorf("read --format xml: exit %d, %q", code, errs)
	}
}
