package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/store"
)

// TestImportOnEmbedded: a country's dump imported on top of the embedded
// gazetteer places a village it alone knows, for read --db and for
// ingest into that store, while the world's towns stay; --alone imports
// the dump without them.
func TestImportOnEmbedded(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and saves the whole embedded gazetteer")
	}
	dir := t.TempDir()
	dump := filepath.Join(dir, "NE.txt")
	// A village of our own making, below the embedded extract's 500 people.
	row := "9990001\tKoumbadjiré\tKoumbadjire\t\t14.51\t1.92\tP\tPPL\tNE\t\t06\t\t\t\t0\t\t210\tAfrica/Niamey\t2024-01-01\n"
	if err := os.WriteFile(dump, []byte(row), 0o600); err != nil {
		t.Fatal(err)
	}
	story := filepath.Join(dir, "story.txt")
	text := "Gunmen attack village\n\nGunmen killed 12 people in Koumbadjiré, a village of Niger, on 3 March 2021, officials said.\n"
	if err := os.WriteFile(story, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "g.duckdb")
	if code, out, errs := runCmd("gazetteer", "import", "--db", db, dump); code != 0 || !strings.Contains(out, "the files' on top") {
		t.Fatalf("import: exit %d, %q %q", code, out, errs)
	}
	if code, out, _ := runCmd("gazetteer", "lookup", "--db", db, "Agadez"); code != 0 || !strings.Contains(out, "NER") {
		t.Errorf("Agadez after a dump of one village: %q", out)
	}
	place := func(args ...string) int {
		t.Helper()
		code, out, errs := runCmd(append([]string{"read"}, args...)...)
		if code != 0 {
			t.Fatalf("read %v: exit %d, %q", args, code, errs)
		}
		var r struct {
			Events []struct {
				Place struct {
					ID int `json:"geonameid"`
				} `json:"place"`
			} `json:"events"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil || len(r.Events) != 1 {
			t.Fatalf("read %v: %v, %d events", args, err, len(r.Events))
		}
		return r.Events[0].Place.ID
	}
	if id := place("--db", db, story); id != 9990001 {
		t.Errorf("read --db: place %d, want the imported village 9990001", id)
	}
	if id := place(story); id == 9990001 {
		t.Error("read without --db used the imported gazetteer")
	}
	if code, out, errs := runCmd("ingest", "--db", db, story); code != 0 {
		t.Fatalf("ingest: exit %d, %q %q", code, out, errs)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := st.CurrentEvents(context.Background(), "article")
	st.Close()
	if err != nil || len(evs) != 1 || evs[0].Place.GeonameID != 9990001 {
		t.Fatalf("ingest into the store: %+v, %v; want the village", evs, err)
	}

	alone := filepath.Join(dir, "a.duckdb")
	if code, out, errs := runCmd("gazetteer", "import", "--alone", "--db", alone, dump); code != 0 || strings.Contains(out, "embedded") {
		t.Fatalf("import --alone: exit %d, %q %q", code, out, errs)
	}
	if _, out, _ := runCmd("gazetteer", "lookup", "--db", alone, "Agadez"); !strings.Contains(out, "not found") {
		t.Errorf("Agadez after --alone: %q", out)
	}
}

// TestImportReportsDroppedAltName: an alternate name that is not UTF-8 is
// dropped from its place, which is imported, and the command says so on
// stderr with a count and the first file:line; the import succeeds
// without --skip-bad. A place name that is not UTF-8 still fails it.
func TestImportReportsDroppedAltName(t *testing.T) {
	dir := t.TempDir()
	dump := filepath.Join(dir, "NE.txt")
	row := func(id, name, alts string) string {
		return id + "\t" + name + "\t" + name + "\t" + alts + "\t13.1\t2.2\tP\tPPL\tNE\t\t08\t\t\t\t120\t\t210\tAfrica/Niamey\t2024-01-01\n"
	}
	body := row("9990003", "Greenford", "") + row("9990004", "Stonebridge", "Pontpierre,Steinbr\x9fcke") + row("9990006", "Millbrook", "Moulinr\xe9e")
	if err := os.WriteFile(dump, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "g.duckdb")
	code, out, errs := runCmd("gazetteer", "import", "--alone", "--db", db, dump)
	if code != 0 || !strings.Contains(out, "(0 skipped)") || !strings.Contains(errs, "dropped: 2 alternate names not valid UTF-8 (first at "+dump+":2)") {
		t.Fatalf("import: exit %d, %q %q", code, out, errs)
	}
	if code, out, _ := runCmd("gazetteer", "lookup", "--db", db, "Pontpierre"); code != 0 || !strings.Contains(out, "9990004") {
		t.Errorf("the place of the dropped name: %q", out)
	}

	bad := filepath.Join(t.TempDir(), "NE.txt")
	if err := os.WriteFile(bad, []byte(row("9990005", "Stonebr\x9fdge", "")), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCmd("gazetteer", "import", "--alone", "--db", filepath.Join(dir, "b.duckdb"), bad); code == 0 || !strings.Contains(errs, bad+":1: field name") {
		t.Errorf("a place name not UTF-8: exit %d, %q", code, errs)
	}
}
