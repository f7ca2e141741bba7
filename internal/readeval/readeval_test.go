package readeval

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
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
