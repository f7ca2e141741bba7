package geoparse

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// TestGeoVirus scores the parser on the GeoVirus development set. Opt-in:
// SITREP_SHARED=/work/shared go test ./internal/geoparse -run GeoVirus -v
// SITREP_GEO_DUMP=FILE also writes every miss and error for study.
func TestGeoVirus(t *testing.T) {
	shared := os.Getenv("SITREP_SHARED")
	if shared == "" {
		t.Skip("set SITREP_SHARED to the shared data folder")
	}
	path := filepath.Join(shared, "data/geovirus/GeoVirus.xml")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	arts, err := ReadGeoVirus(f, path)
	if err != nil {
		t.Fatal(err)
	}
	p := New(gazetteer.Default())
	s := Evaluate(p, arts)
	t.Logf("%+v", s)
	if dump := os.Getenv("SITREP_GEO_DUMP"); dump != "" {
		var b strings.Builder
		if err := WriteErrors(&b, p, arts); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dump, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestHalf(t *testing.T) {
	var n [2]int
	for i := range 40 {
		a := Article{Source: fmt.Sprintf("https://en.wikinews.org/wiki/Story_%d", i)}
		if a.Half() != (Article{Source: a.Source, Text: "other text"}).Half() {
			t.Fatalf("%s: half depends on more than the source", a.Source)
		}
		n[a.Half()]++
	}
	if n[0] < 10 || n[1] < 10 {
		t.Errorf("40 sources split %d/%d, want both halves used", n[0], n[1])
	}
}
