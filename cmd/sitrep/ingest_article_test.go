package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/store"
)

// TestIngestArticleTwice: the same document twice changes nothing; an
// edited document replaces the old one in what queries see.
func TestIngestArticleTwice(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.duckdb")
	seed, err := os.ReadFile("../../testdata/articles/niger_seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(dir, "niger.txt")
	if err := os.WriteFile(doc, seed, 0o600); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"version 1 of article/niger, 22 events", "unchanged (version 1, 22 events)"} {
		code, out, errs := runCmd("ingest", "--db", db, doc)
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("ingest %d: exit %d, %q %q; want %q", i+1, code, out, errs, want)
		}
	}
	// Drop the Tongo Tongo section: a new version with one event fewer.
	edited := strings.Replace(string(seed), "On October 4, 2017 a joint", "A joint", 1)
	if err := os.WriteFile(doc, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runCmd("ingest", "--db", db, doc); code != 0 || !strings.Contains(out, "version 2 of article/niger, 21 events") {
		t.Fatalf("edited: exit %d, %q %q", code, out, errs)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	evs, err := st.CurrentEvents(context.Background(), "article")
	if err != nil || len(evs) != 21 {
		t.Fatalf("current events: %d, %v", len(evs), err)
	}
	d, err := st.Document(context.Background(), "niger")
	if err != nil || d.VersionID != 2 || !strings.Contains(string(d.Reconciliation), "consistent") {
		t.Fatalf("document: %+v %v", d.VersionID, err)
	}
}

// TestNewsWithoutDCT: news dated by weekday alone gives no event without
// the day it was written, and says so; with --dct, read and ingest date
// it.
func TestNewsWithoutDCT(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "ambush.txt")
	text := "Gunmen kill six soldiers\n\nGunmen killed six soldiers in an ambush near Djibo on Sunday, the army said on Monday.\n"
	if err := os.WriteFile(doc, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd("read", "--format", "table", doc)
	if code != 0 || strings.Contains(out, "Djibo") || !strings.Contains(errs, "ambush.txt: 2 dates (the first: \"Sunday\") could not be placed") {
		t.Errorf("without --dct: exit %d, out %q, stderr %q", code, out, errs)
	}
	code, out, errs = runCmd("read", "--format", "table", "--dct", "2023-06-12", doc)
	if code != 0 || !strings.Contains(out, "2023-06-11") || errs != "" {
		t.Errorf("with --dct: exit %d, out %q, stderr %q", code, out, errs)
	}
	db := filepath.Join(dir, "t.duckdb")
	code, out, errs = runCmd("ingest", "--db", db, "--dct", "2023-06-12", doc)
	if code != 0 || !strings.Contains(out, "1 events") {
		t.Errorf("ingest --dct: exit %d, %q %q", code, out, errs)
	}
	if code, _, errs := runCmd("ingest", "--db", db, "--dct", "12/06/2023", doc); code != 2 || !strings.Contains(errs, "want YYYY-MM-DD") {
		t.Errorf("bad --dct: exit %d, %q", code, errs)
	}
}
