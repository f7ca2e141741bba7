package geonames

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Session 18: the left items of session 17's bad-input pass.

// TestCutGzip: a gzipped dump cut mid-line was refused for its cut line,
// "4 tab-separated fields, want 19", with the advice to skip malformed
// lines, though the fault is the cut (session 17). A stream that ends
// early is now refused as such, naming the file, wherever the cut falls,
// and no part of a cut line is read as a row; --skip-bad cannot skip it.
// A plain file whose last line is short is still a malformed line.
func TestCutGzip(t *testing.T) {
	row := func(id, name string) string {
		return id + "\t" + name + "\t" + name + "\t\t13.1\t2.2\tP\tPPL\tNE\t\t08\t\t\t\t120\t\t210\tAfrica/Niamey\t2024-01-01\n"
	}
	rows := row("9990001", "Lakeside") + row("9990002", "Hilltop Well") + row("9990003", "Riverbend")
	var buf bytes.Buffer
	// Stored blocks keep the text as it is, so a cut falls where we say.
	zw, err := gzip.NewWriterLevel(&buf, gzip.NoCompression)
	if err != nil {
		t.Fatal(err)
	}
	zw.Write([]byte(rows))
	zw.Close()
	gz := buf.Bytes()
	second := bytes.Index(gz, []byte("9990002"))
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		body []byte
		rows int
		want string // in the error; "" for none
		line bool   // the error is a *LineError
	}{
		{"whole", gz, 3, "", false},
		{"mid-line", gz[:second+20], 1, "ends early, after line 1 (truncated", false},
		{"in the trailer", gz[:len(gz)-4], 3, "ends early, after line 3 (truncated", false},
		{"in the header", gz[:6], 0, "ends early, in its header (truncated", false},
		{"plain, short last line", []byte(rows[:len(rows)-40]), 2, "tab-separated fields", true},
	} {
		name := "NE.txt.gz"
		if strings.HasPrefix(tc.name, "plain") {
			name = "NE.txt"
		}
		path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_"), name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, tc.body, 0o644); err != nil {
			t.Fatal(err)
		}
		n, err := readRows(path)
		var le *LineError
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), path)):
			t.Errorf("%s: got %v, want %q naming %s", tc.name, err, tc.want, path)
		case err != nil && errors.As(err, &le) != tc.line:
			t.Errorf("%s: %v: a line error is %v, want %v", tc.name, err, !tc.line, tc.line)
		case n != tc.rows:
			t.Errorf("%s: %d rows read, want %d", tc.name, n, tc.rows)
		}
	}
}

// readRows reads a dump as gazetteer import does with --skip-bad: past
// malformed lines, to the first other error.
func readRows(path string) (int, error) {
	rc, inner, err := Open(path)
	if err != nil {
		return 0, err
	}
	defer rc.Close()
	rd := NewReader(rc, DetectKind(inner), path)
	n := 0
	var first error
	for {
		if rd.Next() {
			n++
			continue
		}
		err := rd.Err()
		var le *LineError
		if err == nil || !errors.As(err, &le) {
			if err == nil {
				err = first
			}
			return n, err
		}
		if first == nil {
			first = err
		}
	}
}
