package gazetteer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Session 15's adversarial pass: a dump with no rows (an empty or cut
// download, or every line bad under --skip-bad) was imported as one, and
// with --alone the store's gazetteer became the embedded places alone.
func TestImportNoRows(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := "2440485\tNiamey\tNiamey\t\t13.51366\t2.1098\tP\tPPLC\tNE\t\t08\t\t\t\t774235\t\t207\tAfrica/Niamey\t2019-03-06\n"
	for _, tc := range []struct {
		name, body string
		skipBad    bool
		want       string
	}{
		{"empty", "", false, "no rows (0 skipped)"},
		{"comments only", "# a header\n\n", false, "no rows"},
		{"every line bad", "1\tx\n2\ty\n", true, "no rows (2 skipped)"},
		{"one good line", good, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sub := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_"))
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			p := write(filepath.Join(filepath.Base(sub), "NE.txt"), tc.body)
			_, err := Import(context.Background(), NewBuilder(), []string{p}, ImportOptions{SkipBad: tc.skipBad})
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "NE.txt")):
				t.Fatalf("got %v, want %q naming the file", err, tc.want)
			}
		})
	}
}

// TestImportDropsBadAltName: an alternate name that is not UTF-8 costs the
// import that name only, with or without SkipBad: the place is imported
// under its other names, the name is counted with its file and line for
// the command to report, and it is not a skipped line. A place name that
// is not UTF-8 still stops the import, or is skipped with SkipBad.
func TestImportDropsBadAltName(t *testing.T) {
	row := func(id, name, alts string) string {
		return id + "\t" + name + "\t" + name + "\t" + alts + "\t13.1\t2.2\tP\tPPL\tNE\t\t08\t\t\t\t120\t\t210\tAfrica/Niamey\t2024-01-01\n"
	}
	p := filepath.Join(t.TempDir(), "NE.txt")
	body := row("9990003", "Greenford", "Vertgué") + row("9990004", "Stonebridge", "Pontpierre,Steinbr\x9fcke,Pietraponte")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, skipBad := range []bool{false, true} {
		b := NewBuilder()
		st, err := Import(context.Background(), b, []string{p}, ImportOptions{SkipBad: skipBad})
		if err != nil {
			t.Fatalf("skipBad %v: %v", skipBad, err)
		}
		if st.Rows != 2 || st.Skipped != 0 || st.Dropped != 1 || st.FirstDropped != p+":2" {
			t.Errorf("skipBad %v: stats %+v, want 2 rows, none skipped, 1 name dropped at %s:2", skipBad, st, p)
		}
		g := b.Build("test")
		if len(g.Lookup("Stonebridge")) == 0 || len(g.Lookup("Pietraponte")) == 0 {
			t.Errorf("skipBad %v: the place or its good names were lost", skipBad)
		}
	}

	bad := filepath.Join(t.TempDir(), "NE.txt")
	if err := os.WriteFile(bad, []byte(row("9990005", "Stonebr\x9fdge", "Pontpierre")+row("9990003", "Greenford", "")), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Import(context.Background(), NewBuilder(), []string{bad}, ImportOptions{}); err == nil || !strings.Contains(err.Error(), "NE.txt:1: field name") {
		t.Errorf("a place name not UTF-8: %v, want the import stopped at NE.txt:1 field name", err)
	}
	st, err := Import(context.Background(), NewBuilder(), []string{bad}, ImportOptions{SkipBad: true})
	if err != nil || st.Rows != 1 || st.Skipped != 1 || st.Dropped != 0 {
		t.Errorf("a place name not UTF-8 with SkipBad: %+v, %v; want 1 row, 1 skipped", st, err)
	}
}
