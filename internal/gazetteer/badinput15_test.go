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
