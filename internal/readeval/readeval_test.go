package readeval

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/sitrep-project/sitrep/internal/narrative"
)

// TestPairs: an article is scored only with its own expected file beside
// it, in either format, and other files are left alone.
func TestPairs(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.wiki", "b.expected.json", "a.txt", "a.expected.json", "c.txt", "d.expected.json", "notes.md"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	arts, exps, err := pairs(dir)
	if err != nil {
		t.Fatal(err)
	}
	wantA := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.wiki")}
	wantE := []string{filepath.Join(dir, "a.expected.json"), filepath.Join(dir, "b.expected.json")}
	if !reflect.DeepEqual(arts, wantA) || !reflect.DeepEqual(exps, wantE) {
		t.Errorf("pairs = %v, %v; want %v, %v", arts, exps, wantA, wantE)
	}
	if _, _, err := pairs(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing directory gave no error")
	}
}

// TestDCTPerFile: an expected file's "dct" dates that story's weekdays, and
// only that story's: the extractor is shared by the directory, so a story
// without one must not be read at the day of the story before it. A news
// gold's empty conflict record is no check at all.
func TestDCTPerFile(t *testing.T) {
	const story = "Gunmen kill four farmers in northern village\n\n" +
		"Gunmen killed four farmers in Kaura on Tuesday, a police spokesman said.\n\n" +
		"The attackers fled into the forest after the raid.\n"
	const event = `"events": [{"date": "2024-03-05", "place": "Kaura", "casualties": [{"who": "farmers", "killed": 4}]}]`
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":           story,
		"a.expected.json": `{"dct": "2024-03-08", ` + event + `}`,
		"b.txt":           story,
		"b.expected.json": `{` + event + `}`,
	}
	for n, s := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	arts, err := Dir(narrative.Default(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, tc := range []struct {
		name  string
		dated bool // the event found at its day
	}{
		{"a.txt", true},  // its own DCT: Tuesday 5 March 2024
		{"b.txt", false}, // no DCT: "on Tuesday" has nothing to count from
	} {
		a := arts[i]
		dated := !slices.Contains(a.Events.Misses, "event 2024-03-05 missing")
		if a.Name != tc.name || a.Conflict.Total != 0 || dated != tc.dated {
			t.Errorf("%s: conflict %d/%d, events %d/%d, misses %q; want no conflict check, event dated %v",
				a.Name, a.Conflict.Hit, a.Conflict.Total, a.Events.Hit, a.Events.Total, a.Events.Misses, tc.dated)
		}
	}
	if _, _, err := ScoreFile(narrative.Default(), filepath.Join(dir, "a.txt"), writeTemp(t, `{"dct": "8 March"}`)); err == nil {
		t.Error("a dct not in YYYY-MM-DD gave no error")
	}
}

func writeTemp(t *testing.T, s string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "x.expected.json")
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestPlaceName: the gold's place is matched but for case, accents and
// punctuation ("Tikrit" for the gazetteer's "Tikrīt"), not a different name.
func TestPlaceName(t *testing.T) {
	for _, tc := range []struct {
		got, want string
		same      bool
	}{
		{"Tikrīt", "Tikrit", true},
		{"Ménaka", "menaka", true},
		{"Tongo-Tongo", "Tongo Tongo", true},
		{"Zamboanga", "Zamboanga City", false},
		{"Niamey", "Agadez", false},
	} {
		if got := sameName(tc.got, tc.want); got != tc.same {
			t.Errorf("sameName(%q, %q) = %v, want %v", tc.got, tc.want, got, tc.same)
		}
	}
}
