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

// firstLines writes the fixture's first n lines under name.
func firstLines(t *testing.T, fixture, name string, n int) string {
	t.Helper()
	b, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(strings.Join(lines[:n], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestIngestRefusesNoEventsOrNoCoordinates: a dataset file that would make
// a version of no events (a header alone, or every row skipped) or whose
// header lacks latitude or longitude is refused, naming the file and the
// missing column, and the store is left as it was. Before, the first made
// a current version of 0 events, hiding the dataset's events, and the
// second stored events without coordinates whose precision said "point".
func TestIngestRefusesNoEventsOrNoCoordinates(t *testing.T) {
	header := firstLines(t, acledFixture, "header.csv", 1)
	noLon := spoil(t, acledFixture, "nolon.csv", ",longitude,", ",lng,")
	noBoth := spoil(t, noLon, "noboth.csv", ",latitude,", ",lat,")
	allBad := spoil(t, firstLines(t, acledFixture, "onebad.csv", 2), "allbad.csv", "2024-03-14,", "2024-02-30,")
	for kind, db := range bothStores(t) {
		// The dataset "header" holds events before: a version of none
		// would have hidden them.
		if code, _, errs := sitrep(t, "ingest", "--db", db, "--dataset", "header", acledFixture); code != 0 {
			t.Fatalf("ingest: %s", errs)
		}
		before := state(t, db)
		for _, tc := range []struct {
			name   string
			args   []string
			errHas []string
		}{
			{"a header alone, bulk auto", []string{header}, []string{"header.csv", "no events"}},
			{"a header alone, row by row", []string{"--bulk", "off", header}, []string{"header.csv", "no events"}},
			{"every row skipped", []string{"--skip-bad", "5", allBad}, []string{"allbad.csv", "no events", "bad rows"}},
			{"no longitude column", []string{noLon}, []string{"nolon.csv line 1: no longitude column"}},
			{"neither column", []string{noBoth}, []string{"noboth.csv line 1: no latitude or longitude column"}},
		} {
			t.Run(kind+"/"+tc.name, func(t *testing.T) {
				args := append([]string{"ingest", "--db", db}, tc.args...)
				code, _, errs := sitrep(t, args...)
				if code != 1 {
					t.Fatalf("exit %d, want 1: %s", code, errs)
				}
				for _, s := range tc.errHas {
					if !strings.Contains(errs, s) {
						t.Errorf("stderr %q lacks %q", errs, s)
					}
				}
				if after := state(t, db); len(after.versions) != len(before.versions) || after.events != before.events {
					t.Errorf("store changed: %d versions, %d events; was %d, %d", len(after.versions), after.events, len(before.versions), before.events)
				}
			})
		}
	}
}

// TestUnknownVersionFilter: query, export and match with a --version or
// --as-of the store does not hold fail naming it. Before, --version
// answered nothing and --as-of past the newest exported everything, exit 0.
func TestUnknownVersionFilter(t *testing.T) {
	for kind, db := range bothStores(t) {
		if code, _, errs := sitrep(t, "ingest", "--db", db, acledFixture); code != 0 {
			t.Fatalf("ingest: %s", errs)
		}
		for _, args := range [][]string{
			{"query", "--version", "99"},
			{"query", "--by", "country", "--as-of", "99"},
			{"export", "--format", "csv", "--as-of", "99"},
			{"match", "--version", "99"},
		} {
			t.Run(kind+"/"+strings.Join(args, " "), func(t *testing.T) {
				code, out, errs := sitrep(t, append([]string{args[0], "--db", db}, args[1:]...)...)
				if code != 1 || !strings.Contains(errs, "99: no such version") || out != "" {
					t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
				}
			})
		}
	}
}

// TestParquetExportFails: a Parquet export that fails (here DuckDB runs
// out of a 1 MB memory limit) leaves no file under the name asked for, an
// old file there as it was, and nothing beside it; one that succeeds
// leaves the file alone. Before, the failure left an empty file, and a
// failed overwrite DuckDB's tmp_ file.
func TestParquetExportFails(t *testing.T) {
	for kind, db := range bothStores(t) {
		if code, _, errs := sitrep(t, "ingest", "--db", db, acledFixture); code != 0 {
			t.Fatalf("ingest: %s", errs)
		}
		for _, tc := range []struct {
			name   string
			old    bool // a file is there before
			memory string
			code   int
		}{
			{"a new file, failed", false, "1MB", 1},
			{"an old file, failed", true, "1MB", 1},
			{"a new file", false, "auto", 0},
			{"an old file replaced", true, "auto", 0},
		} {
			t.Run(kind+"/"+tc.name, func(t *testing.T) {
				if kind == "postgres" && tc.code != 0 {
					t.Skip("--memory limits DuckDB's store only")
				}
				dir := t.TempDir()
				out := filepath.Join(dir, "x.parquet")
				if tc.old {
					if err := os.WriteFile(out, []byte("an earlier export"), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				code, _, errs := sitrep(t, "export", "--db", db, "--format", "parquet", "--memory", tc.memory, "--out", out)
				if code != tc.code {
					t.Fatalf("exit %d, want %d: %s", code, tc.code, errs)
				}
				entries, _ := os.ReadDir(dir)
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				want := []string{"x.parquet"}
				if tc.code != 0 && !tc.old {
					want = nil
				}
				if strings.Join(names, " ") != strings.Join(want, " ") {
					t.Errorf("folder holds %q, want %q", names, want)
				}
				b, _ := os.ReadFile(out)
				if tc.code != 0 && tc.old && string(b) != "an earlier export" {
					t.Errorf("the old file became %d bytes", len(b))
				}
				if tc.code == 0 && !strings.HasPrefix(string(b), "PAR1") {
					t.Errorf("not a Parquet file: %.8q", b)
				}
			})
		}
	}
}

// TestGeoparseDirGoesOn: geoparse --json --dir lists an input it cannot
// read, parses the others and fails at the end. Before, it stopped at the
// first, leaving the files after it unparsed.
func TestGeoparseDirGoesOn(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "Troops moved from Gao towards Menaka on Monday.",
		"c.txt": "The market in Mopti reopened.",
	} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(in, "b.txt"), 0o755); err != nil { // read as a file, it fails
		t.Fatal(err)
	}
	code, stdout, errs := sitrep(t, "geoparse", "--json", "--dir", in, out)
	if code != 1 || !strings.Contains(errs, "b.txt: not parsed") || strings.Count(errs, "b.txt") != 1 || !strings.Contains(errs, "1 of 3 files could not be read") {
		t.Errorf("exit %d, stderr %q; want 1, naming b.txt and the count", code, errs)
	}
	if !strings.Contains(stdout, "2 files") {
		t.Errorf("stdout %q, want 2 files written", stdout)
	}
	for _, name := range []string{"a.json", "c.json"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s not written: %v", name, err)
		}
	}
}

// TestIngestTollBound: a death toll above rows.MaxToll is refused with the
// line and column on both backends and both DuckDB paths, and one at the
// bound is stored and summed. Before, a toll of 2^63-1 was stored and
// every aggregate after failed on both backends (the sums overflowed).
func TestIngestTollBound(t *testing.T) {
	over := spoil(t, acledFixture, "over.csv", `,9,,1710979200`, `,1000000000,,1710979200`)
	at := spoil(t, acledFixture, "at.csv", `,9,,1710979200`, `,999999999,,1710979200`)
	for kind, db := range bothStores(t) {
		for _, bulk := range []string{"auto", "off"} {
			t.Run(kind+"/"+bulk, func(t *testing.T) {
				code, _, errs := sitrep(t, "ingest", "--db", db, "--bulk", bulk, "--dataset", "over"+bulk, over)
				if code != 1 || !strings.Contains(errs, "over.csv line 2 column fatalities") {
					t.Errorf("over the bound: exit %d, %q", code, errs)
				}
				if code, _, errs := sitrep(t, "ingest", "--db", db, "--bulk", bulk, "--dataset", "at"+bulk, at); code != 0 {
					t.Fatalf("at the bound: exit %d, %q", code, errs)
				}
				code, out, errs := sitrep(t, "query", "--db", db, "--by", "country", "--format", "csv")
				if code != 0 || !strings.Contains(out, "NGA") {
					t.Errorf("aggregate: exit %d, %q, %q", code, out, errs)
				}
			})
		}
	}
}

// TestIngestBulkOnSaysWhere: --bulk on fails rather than read row by
// row, so it cannot name the line; its error names the file, the reason
// and the mode that names the line. Before, "bulk load: bad fatalities".
func TestIngestBulkOnSaysWhere(t *testing.T) {
	over := spoil(t, acledFixture, "over.csv", `,9,,1710979200`, `,1000000000,,1710979200`)
	db := filepath.Join(t.TempDir(), "s.duckdb")
	code, _, errs := sitrep(t, "ingest", "--db", db, "--bulk", "on", over)
	for _, want := range []string{"over.csv: bulk load stopped (bad fatalities)", "--bulk auto or off"} {
		if code != 1 || !strings.Contains(errs, want) {
			t.Errorf("exit %d, %q: want %q", code, errs, want)
		}
	}
}

// TestIngestUCDPPageNotUTF8: a UCDP API page with a byte that is not
// UTF-8 is refused naming the file and the event, on both backends, as
// the CSV readers refuse one. Before, the JSON decoder made it U+FFFD and
// the event was stored with that character lost.
func TestIngestUCDPPageNotUTF8(t *testing.T) {
	page := spoil(t, "../../internal/ucdp/testdata/api_page.json", "page.json", "anonymous CAR", "anonym\xe9us CAR")
	for kind, db := range bothStores(t) {
		t.Run(kind, func(t *testing.T) {
			code, _, errs := sitrep(t, "ingest", "--db", db, page)
			if code != 1 || !strings.Contains(errs, "page.json line 1") || !strings.Contains(errs, "not valid UTF-8") {
				t.Errorf("exit %d, %q", code, errs)
			}
			if s := state(t, db); len(s.versions) != 0 {
				t.Errorf("%d versions stored", len(s.versions))
			}
		})
	}
}

// TestVersionsUnknownSource: a mistyped SOURCE is a usage error naming
// it; before, an empty listing and exit 0, as if nothing were stored.
func TestVersionsUnknownSource(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.duckdb")
	if code, _, errs := sitrep(t, "ingest", "--db", db, acledFixture); code != 0 {
		t.Fatalf("ingest: exit %d, %q", code, errs)
	}
	code, _, errs := sitrep(t, "versions", "--db", db, "acleed")
	if code != 2 || !strings.Contains(errs, `"acleed"`) {
		t.Errorf("versions acleed: exit %d, %q", code, errs)
	}
	code, out, errs := sitrep(t, "versions", "--db", db, "acled")
	if code != 0 || !strings.Contains(out, "acled") {
		t.Errorf("versions acled: exit %d, %q, %q", code, out, errs)
	}
}
