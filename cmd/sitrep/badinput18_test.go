package main

import (
	"encoding/json"
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

// TestDatesSpansCodePoints: dates printed spans in bytes where geoparse
// --json and the event model's provenance count code points, so each
// accented letter before a date moved its span one place on (session 17). Spans now count code points of the text as read; a UTF-8
// byte-order mark, kept in the text, is the first, as geoparse --json
// counts it. Each span must cut its own text out of the text's runes.
func TestDatesSpansCodePoints(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, body string
		span       [2]int
	}{
		{"accented name", "Général Tchiani seized power in Niamey on 26 July 2023.\n", [2]int{42, 54}},
		{"byte-order mark", "\ufeffOn 3 May 2020 we left Niamey.\n", [2]int{4, 14}},
		{"letters beyond the BMP and CJK", "𝔸 東京 report: on 3 May 2020 we left.\n", [2]int{16, 26}},
		{"ASCII", "On 3 May 2020 we left Niamey.\n", [2]int{3, 13}},
	} {
		path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".txt")
		if err := os.WriteFile(path, []byte(tc.body), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errs := sitrep(t, "dates", path)
		var got []struct {
			Span [2]int `json:"span"`
			Text string `json:"text"`
		}
		if code != 0 || json.Unmarshal([]byte(out), &got) != nil || len(got) != 1 {
			t.Errorf("%s: exit %d, %q, %q: want one date", tc.name, code, out, errs)
			continue
		}
		r := []rune(tc.body)
		if got[0].Span != tc.span || string(r[got[0].Span[0]:got[0].Span[1]]) != got[0].Text {
			t.Errorf("%s: span %v for %q, want %v (code points)", tc.name, got[0].Span, got[0].Text, tc.span)
		}
	}
}

// TestIngestSameStemRefused: two different articles of one stem in a run
// ("a/ferry.txt", "b/ferry.txt") were one document, the second stored as
// the next version of the first, so the first left the current view with
// exit 0 (fourteenth review of session 18). Such a run is refused before
// the store is made; the same text twice is one document, as before.
func TestIngestSameStemRefused(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a/ferry.txt", "Pirates seized a ferry off Kismayo on 6 July 2021, wounding five crew.\n")
	b := write("b/ferry.txt", "Gunmen fired on a ferry near Mopti on 9 July 2021, killing two passengers.\n")
	c := write("c/ferry.txt", "Pirates seized a ferry off Kismayo on 6 July 2021, wounding five crew.\n")
	db := filepath.Join(t.TempDir(), "s.duckdb")
	code, _, errs := sitrep(t, "ingest", "--db", db, a, b)
	if code == 0 || !strings.Contains(errs, `are both the document "ferry"`) {
		t.Errorf("two articles of one stem: exit %d, %q: want a refusal", code, errs)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("two articles of one stem: the store was made (%v)", err)
	}
	if code, _, errs := sitrep(t, "ingest", "--db", db, a, c); code != 0 {
		t.Errorf("the same article twice: exit %d, %q", code, errs)
	}
}
