package gazetteer

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzRead feeds arbitrary input to the compact-format reader (a store
// file or an export someone edited): an error or a usable gazetteer,
// never a panic.
func FuzzRead(f *testing.F) {
	b := NewBuilder()
	b.NoRegions = true
	b.SetISO3("NE", "NER")
	b.AddPlace(Place{Name: "Niger", ASCIIName: "Niger", Lat: 16, Lon: 8, FeatureClass: "A", FeatureCode: "PCLI", Country: "NE"}, "Nijar")
	b.AddDemonym("NE", "Nigerien")
	b.AddPlace(Place{ID: 2440485, Name: "Niamey", ASCIIName: "Niamey", Lat: 13.5, Lon: 2.1, FeatureClass: "P", FeatureCode: "PPLC", Country: "NE", Admin1Code: "08", Population: 774235})
	var buf bytes.Buffer
	if err := b.Build("seed").Write(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.String())
	f.Add(tsvHeader + "\n1\tx\t\t91\t0\tP\tPPL\t\t\t\t\t\t\t0\t\t\n")
	f.Add(tsvHeader + "\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t|\t|\n")
	f.Fuzz(func(t *testing.T, in string) {
		g, err := Read(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, p := range g.places {
			g.Lookup(p.Name)
			g.ByID(p.ID)
			g.Country(p.Country)
			g.Nearest(p.Lat, p.Lon)
		}
	})
}

// FuzzFold checks that folding is idempotent, as the index relies on.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Tongo-Tongo", "U.S.", "Côte d’Ivoire", "Łódź", "ǅ", "\xff", "İstanbul", "ß"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Fold(s)
		if Fold(k) != k {
			t.Fatalf("Fold(%q) = %q, but Fold of that = %q", s, k, Fold(k))
		}
		// The loose key of any folded name: no panic, and no more words
		// than the name has.
		if l := Loose(k); len(strings.Fields(l)) > len(strings.Fields(k)) {
			t.Fatalf("Loose(%q) = %q: more words than the name", k, l)
		}
	})
}
