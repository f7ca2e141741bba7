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
		for _, a := range arts {
			tops := p.Parse(a.Text)
			spans := CodePointSpans(a.Text, tops)
			hit := make([]bool, len(tops))
			for _, g := range a.Gold {
				found := false
				for i, sp := range spans {
					if sp[0] < g.End && g.Start < sp[1] {
						found, hit[i] = true, true
						d := gazetteer.Distance(g.Lat, g.Lon, tops[i].Place.Lat, tops[i].Place.Lon)
						if d > 161 {
							pl := tops[i].Place
							fmt.Fprintf(&b, "WRONG\t%s\t%.0f km\t%s %s %s %s (%.2f,%.2f) gold (%.2f,%.2f)\n", g.Name, d, pl.Name, pl.Country, pl.FeatureCode, pl.Admin1Name, pl.Lat, pl.Lon, g.Lat, g.Lon)
						} else if sp[0] != g.Start || sp[1] != g.End {
							fmt.Fprintf(&b, "SPAN\t%s\t%s\n", g.Name, tops[i].Name)
						}
						break
					}
				}
				if !found {
					fmt.Fprintf(&b, "MISS\t%s\t%s\n", g.Name, context(a.Text, g))
				}
			}
			for i, h := range hit {
				if !h {
					fmt.Fprintf(&b, "EXTRA\t%s\t%s %s %s\n", tops[i].Name, tops[i].Place.Name, tops[i].Place.Country, tops[i].Place.FeatureCode)
				}
			}
		}
		if err := os.WriteFile(dump, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func context(text string, g Gold) string {
	r := []rune(text)
	s, e := max(0, g.Start-40), min(len(r), g.End+40)
	return strings.ReplaceAll(string(r[s:e]), "\n", " ")
}
