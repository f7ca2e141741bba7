package geoparse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

const tinyTimeML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<TITLE>Not this</TITLE>
<TEXT>
HAVANA (AP) _ Élan <EVENT eid="e1">said</EVENT> in Miami &amp; Orlando.
</TEXT>
<EXTRAINFO>nor this</EXTRAINFO>
</TimeML>
`

func TestTimeMLText(t *testing.T) {
	got, err := TimeMLText(strings.NewReader(tinyTimeML), "x.tml")
	if err != nil {
		t.Fatal(err)
	}
	if want := "\nHAVANA (AP) _ Élan said in Miami & Orlando.\n"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
	for _, bad := range []string{"<TimeML><TITLE>x</TITLE></TimeML>", "<TimeML><TEXT>x</TEXT"} {
		if _, err := TimeMLText(strings.NewReader(bad), "bad.tml"); err == nil || !strings.Contains(err.Error(), "bad.tml") {
			t.Errorf("%q: error %v, want one naming the file", bad, err)
		}
	}
}

func TestReadTimeMLGold(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "AQUAINT"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "AQUAINT", "X1.tml"), []byte(tinyTimeML), 0o644); err != nil {
		t.Fatal(err)
	}
	// Offsets count code points: Miami starts at 28, at byte 29 ("É"
	// takes two bytes).
	gold := "# comment\nX1.tml\t28\t33\tMiami\t4164138\t25.77427\t-80.19366\ttown\n" +
		"X1.tml\t1\t7\tHAVANA\t3553478\t23.133\t-82.383\t\n"
	arts, err := ReadTimeMLGold(strings.NewReader(gold), "g.tsv", dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || len(arts[0].Gold) != 2 || arts[0].Gold[0].Name != "HAVANA" || arts[0].Source != "X1.tml" {
		t.Fatalf("articles %+v", arts)
	}
	for _, tc := range []struct{ gold, want string }{
		{"X1.tml\t29\t34\tMiami\t1\t25\t-80\t\n", `"Miami" not at 29–34`},
		{"X1.tml\t28\t33\tMiami\t1\tnorth\t-80\t\n", "g.tsv:1: field lat"},
		{"X1.tml\t28\t33\tMiami\t1\t25\n", "g.tsv:1: 6 fields"},
		{"X1.tml\t28\t33\tMiami\t1\t95\t-80\t\n", "g.tsv:1: bad span"},
		{"../X1.tml\t28\t33\tMiami\t1\t25\t-80\t\n", "no plain file name"},
		{"X2.tml\t27\t32\tMiami\t1\t25\t-80\t\n", "X2.tml: not found"},
	} {
		_, err := ReadTimeMLGold(strings.NewReader(tc.gold), "g.tsv", dir)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.gold, err, tc.want)
		}
	}
}

// TestTBAQ checks the committed gold set's own consistency
// (no text needed): every line parses, spans are ordered and names are
// non-empty. With SITREP_SHARED it also checks that the files are the
// ones TimeMLSelection picks, and scores the parser on them:
// SITREP_SHARED=/work/shared go test ./internal/geoparse -run TBAQ -v
func TestTBAQ(t *testing.T) {
	b, err := os.ReadFile("testdata/tbaq-gold.tsv")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]bool{}
	n := 0
	for i, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 8 || f[3] == "" || f[7] == "" {
			t.Fatalf("testdata/tbaq-gold.tsv:%d: %d fields or an empty name or note", i+1, len(f))
		}
		files[f[0]] = true
		n++
	}
	if len(files) != 50 || n < 250 {
		t.Errorf("%d files, %d toponyms; want 50 and at least 250", len(files), n)
	}
	shared := os.Getenv("SITREP_SHARED")
	if shared == "" {
		t.Skip("set SITREP_SHARED to the shared data folder to score the parser")
	}
	dir := filepath.Join(shared, "data/timebank")
	g := gazetteer.Default()
	sel, err := TimeMLSelection(g, dir, 50)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range sel {
		if !files[f] {
			t.Errorf("%s is selected but not annotated", f)
		}
	}
	f, err := os.Open("testdata/tbaq-gold.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	arts, err := ReadTimeMLGold(f, "testdata/tbaq-gold.tsv", dir)
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(New(g), arts)
	t.Logf("TBAQ: recall %.1f%% precision %.1f%% accuracy@161 %.1f%% mean %.0f km median %.1f km",
		100*s.Recall, 100*s.Precision, 100*s.Acc161, s.MeanKm, s.MedianKm)
	// Floors a little under round 5's figures (docs/benchmarks/geo.md:
	// 97.5 % and 96.7 %), so that a change that costs this set shows.
	if s.Acc161 < 0.97 || s.F1 < 0.95 {
		t.Errorf("accuracy@161 %.3f, F1 %.3f; want at least 0.97 and 0.95", s.Acc161, s.F1)
	}
}
