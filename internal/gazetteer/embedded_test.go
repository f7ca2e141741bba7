package gazetteer

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The embedded rows built again, with no dump on top, are the embedded
// gazetteer: every name finds the same places in the same order, so an
// import on top of them changes only what its own rows change.
func TestAddEmbeddedRebuildsDefault(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the embedded gazetteer twice")
	}
	b := NewBuilder()
	b.AddEmbedded()
	g, d := b.Build("rebuilt"), Default()
	if g.Len() != d.Len() {
		t.Fatalf("rebuilt %d places, embedded %d", g.Len(), d.Len())
	}
	ids := func(x *Gazetteer, k string) []int {
		var out []int
		for _, i := range x.names[k] {
			out = append(out, x.places[i].ID)
		}
		return out
	}
	bad := 0
	for k := range d.names {
		if a, e := ids(g, k), ids(d, k); !slices.Equal(a, e) {
			if bad++; bad <= 5 {
				t.Errorf("%q: rebuilt %v, embedded %v", k, a, e)
			}
		}
	}
	if len(g.names) != len(d.names) {
		t.Errorf("rebuilt %d names, embedded %d", len(g.names), len(d.names))
	}
	for _, w := range []string{"nigerien", "malian", "french"} {
		a, okA := g.Demonym(w)
		e, okE := d.Demonym(w)
		if okA != okE || a.ID != e.ID {
			t.Errorf("demonym %q: rebuilt %v %v, embedded %v %v", w, a.Name, okA, e.Name, okE)
		}
	}
}

// A country's dump on top of the embedded rows adds its village and
// leaves the world's towns, and a row the dump shares with the embedded
// gazetteer (same id) is replaced, keeping the embedded names.
func TestAddEmbeddedThenDump(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the embedded gazetteer")
	}
	niamey, ok := Default().ByID(2440485)
	if !ok {
		t.Fatal("embedded gazetteer lacks Niamey (2440485)")
	}
	b := NewBuilder()
	b.AddEmbedded()
	dump := strings.Join([]string{
		// A village the embedded extract (places of 500 and more) lacks.
		"9990001\tKoumbadjiré\tKoumbadjire\t\t14.51\t1.92\tP\tPPL\tNE\t\t08\t\t\t\t0\t\t210\tAfrica/Niamey\t2024-01-01",
		// Niamey again, with a population the dump updates.
		"2440485\tNiamey\tNiamey\t\t13.51366\t2.1098\tP\tPPLC\tNE\t\t08\t\t\t\t1500000\t\t207\tAfrica/Niamey\t2024-01-01",
	}, "\n") + "\n"
	path := filepath.Join(t.TempDir(), "NE.txt")
	if err := os.WriteFile(path, []byte(dump), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Import(t.Context(), b, []string{path}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	g := b.Build("embedded + NE.txt")
	if g.Len() != Default().Len()+1 {
		t.Errorf("%d places, want the embedded %d and one village", g.Len(), Default().Len())
	}
	v := g.Lookup("Koumbadjire")
	if len(v) != 1 || v[0].Country != "NE" || v[0].Country3 != "NER" || v[0].Admin1Name != niamey.Admin1Name {
		t.Errorf("village: %+v, want one place in Niger (NER), division %q", v, niamey.Admin1Name)
	}
	n, _ := g.ByID(2440485)
	if n.Population != 1500000 || n.Admin1Name != niamey.Admin1Name {
		t.Errorf("Niamey after the dump: population %d, division %q", n.Population, n.Admin1Name)
	}
	if ps := g.Lookup("Paris"); len(ps) == 0 || ps[0].Country != "FR" {
		t.Errorf("Paris after a dump of Niger: %+v", ps)
	}
}

// A dump's own row for a division the embedded gazetteer made up from its
// towns' codes replaces that made-up row: one division, under its GeoNames
// id, not two.
func TestAddEmbeddedDumpDivision(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the embedded gazetteer")
	}
	var made Place
	for _, p := range Default().Lookup("Tillabéri Region") {
		if p.FeatureCode == "ADM1" {
			made = p
		}
	}
	if made.FeatureCode != "ADM1" {
		t.Fatal("embedded gazetteer lacks Tillabéri Region")
	}
	b := NewBuilder()
	b.AddEmbedded()
	row := "2595294\tTillaberi\tTillaberi\t\t14.5\t1.5\tA\tADM1\tNE\t\t" + made.Admin1Code + "\t\t\t\t0\t\t300\tAfrica/Niamey\t2024-01-01\n"
	path := filepath.Join(t.TempDir(), "NE.txt")
	if err := os.WriteFile(path, []byte(row), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Import(t.Context(), b, []string{path}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	g := b.Build("embedded + NE.txt")
	var ids []int
	for _, p := range g.Lookup("Tillaberi") {
		if p.FeatureCode == "ADM1" {
			ids = append(ids, p.ID)
		}
	}
	if len(ids) != 1 || ids[0] != 2595294 {
		t.Errorf("Tillabéri's first-level division: ids %v, want the dump's 2595294 alone", ids)
	}
}
