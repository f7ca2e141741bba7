package main

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/pgtest"
)

// Session 16's second adversarial pass over the commands, on DuckDB and
// on a throwaway PostgreSQL cluster.

// bothStores returns a fresh store of each kind by name; PostgreSQL's is
// left out (and said so) when its binaries are missing.
func bothStores(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{"duckdb": filepath.Join(t.TempDir(), "s.duckdb")}
	if !pgtest.Available() && os.Getenv("SITREP_REQUIRE_PG") == "" {
		t.Log("PostgreSQL 15 not found: DuckDB only")
		return out
	}
	c := pgtest.Start(t)
	out["postgres"] = c.DSN
	return out
}

// spoil writes the fixture with old replaced by new, once, under name.
func spoil(t *testing.T, fixture, name, old, new string) string {
	t.Helper()
	b, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s does not hold %q", fixture, old)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// zipped writes path into a zip of its own beside it.
func zipped(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	z := strings.TrimSuffix(path, filepath.Ext(path)) + ".zip"
	f, err := os.Create(z)
	if err != nil {
		t.Fatal(err)
	}
	w := zip.NewWriter(f)
	m, err := w.Create(filepath.Base(path))
	if err == nil {
		_, err = m.Write(b)
	}
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	return z
}

// TestIngestNUL: a NUL byte in a field is refused with the file, line and
// column on both backends and both DuckDB paths, and nothing is stored.
// Before, DuckDB stored it and PostgreSQL failed with its own encoding
// error, which named no line or column.
func TestIngestNUL(t *testing.T) {
	csvNUL := spoil(t, acledFixture, "nul.csv", "militants", "milit\x00ants")
	zipNUL := zipped(t, csvNUL)
	jsonNUL := spoil(t, "../../internal/ucdp/testdata/api_page.json", "page.json", "anonymous CAR", `anonymous\u0000CAR`)
	for kind, db := range bothStores(t) {
		for _, tc := range []struct {
			name, file, bulk string
			errHas           []string
		}{
			{"ACLED CSV, bulk auto", csvNUL, "auto", []string{"nul.csv line 3 column notes", "NUL byte"}},
			{"ACLED CSV, row by row", csvNUL, "off", []string{"nul.csv line 3 column notes", "NUL byte"}},
			{"ACLED zip, bulk auto", zipNUL, "auto", []string{"line 3 column notes", "NUL byte"}},
			{"UCDP API page", jsonNUL, "auto", []string{"page.json", "column source_original", "NUL byte"}},
		} {
			t.Run(kind+"/"+tc.name, func(t *testing.T) {
				code, _, errs := sitrep(t, "ingest", "--db", db, "--bulk", tc.bulk, tc.file)
				if code != 1 {
					t.Fatalf("exit %d, want 1: %s", code, errs)
				}
				for _, s := range tc.errHas {
					if !strings.Contains(errs, s) {
						t.Errorf("stderr %q lacks %q", errs, s)
					}
				}
				if s := state(t, db); len(s.versions) != 0 || s.events != 0 {
					t.Errorf("store holds %d versions and %d events after the refusal", len(s.versions), s.events)
				}
			})
		}
	}
}
