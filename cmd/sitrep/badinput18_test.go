package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// Session 18: the left items of session 17's bad-input pass.

// villageRow is a geoname row of our own making.
const villageRow = "9990001\tKoumbadjiré\tKoumbadjire\t\t14.51\t1.92\tP\tPPL\tNE\t\t06\t\t\t\t0\t\t210\tAfrica/Niamey\t2024-01-01\n"

// stubEmbedded replaces the building of the embedded places for the test
// and reports whether it was asked for.
func stubEmbedded(t *testing.T) *bool {
	called := new(bool)
	was := addEmbedded
	addEmbedded = func(*gazetteer.Builder) { *called = true }
	t.Cleanup(func() { addEmbedded = was })
	return called
}

// TestGazetteerImportChecksFirst: gazetteer import built the embedded
// gazetteer (1-2 s, 350 MB) before it opened the first file, so a missing
// or misnamed file cost that before it was refused (session 17). Every
// file is now opened and its kind told before; a good import still
// builds the embedded places.
func TestGazetteerImportChecksFirst(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "NE.txt")
	misnamed := filepath.Join(dir, "NE.tx")
	folder := filepath.Join(dir, "CF.txt")
	cutGz := filepath.Join(dir, "ML.txt.gz")
	for path, body := range map[string]string{good: villageRow, misnamed: villageRow, cutGz: "\x1f\x8b\x08"} {
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "BF.txt")
	for _, tc := range []struct {
		name  string
		files []string
		want  string // in the error, which names the file; "" for success
	}{
		{"missing", []string{missing}, "no such file"},
		{"missing after a good one", []string{good, missing}, "no such file"},
		{"misnamed", []string{misnamed}, "not a GeoNames dump file name"},
		{"folder", []string{folder}, "is a directory"},
		{"cut gzip header", []string{good, cutGz}, "ends early"},
		{"good", []string{good}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			called := stubEmbedded(t)
			db := filepath.Join(t.TempDir(), "g.duckdb")
			code, _, errs := sitrep(t, append([]string{"gazetteer", "import", "--db", db}, tc.files...)...)
			if tc.want == "" {
				if code != 0 || !*called {
					t.Errorf("exit %d, %q, embedded built %v: want 0 and built", code, errs, *called)
				}
				return
			}
			bad := tc.files[len(tc.files)-1]
			if code != 1 || !strings.Contains(errs, tc.want) || !strings.Contains(errs, bad) {
				t.Errorf("exit %d, %q: want 1 and %q naming %s", code, errs, tc.want, bad)
			}
			if *called {
				t.Errorf("the embedded places were built before the files were checked")
			}
			if _, err := os.Stat(db); err == nil {
				t.Errorf("a store was created")
			}
		})
	}
}
