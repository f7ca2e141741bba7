package gazetteer

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
)

func fixtures(names ...string) []string {
	var out []string
	for _, n := range names {
		out = append(out, filepath.Join("testdata", n))
	}
	return out
}

func TestImport(t *testing.T) {
	b := NewBuilder()
	// Alternate names come first here: they wait for their places.
	st, err := Import(context.Background(), b, fixtures("alternateNamesV2.txt", "countryInfo.txt", "admin1CodesASCII.txt", "NE.txt", "allCountries.txt"), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 5 || st.Rows != 4+2+4+3+2 {
		t.Errorf("stats %+v", st)
	}
	b.AddDemonymsFrom(Default())
	g := b.Build("test")
	n, ok := g.Country("NER")
	if !ok || n.ID != 2440476 || n.Country3 != "NER" {
		t.Fatalf("Country(NER) = %+v %v", n, ok)
	}
	if c, ok := g.Country("Nigerien"); !ok || c.ID != 2440476 {
		t.Errorf("demonym not carried over: %+v", c)
	}
	// Alternate name from alternateNamesV2, on a place read later.
	if ps := g.Lookup("Niamé"); len(ps) == 0 || ps[0].ID != 2440485 {
		t.Errorf("Lookup(Niamé) = %v", ps)
	}
	ps := g.Lookup("Tillaberi")
	if len(ps) == 0 || ps[0].ID != 2595294 || ps[0].Admin1Name != "Tillabéri" {
		t.Errorf("Lookup(Tillaberi) = %+v", ps)
	}
	// Divisions without a row of their own are placed among their towns.
	if a, ok := g.Admin1("NE", "01"); !ok || a.Name != "Agadez" || Distance(a.Lat, a.Lon, 16.97, 7.99) > 1 {
		t.Errorf("Admin1(NE, 01) = %+v %v", a, ok)
	}
	if p, _ := g.ByID(2448085); p.Admin1Name != "Agadez" || p.Country3 != "NER" {
		t.Errorf("Agadez town = %+v", p)
	}
	// The hand-written regions come along.
	if ps := g.Lookup("Lake Chad basin"); len(ps) == 0 {
		t.Error("regions missing from an imported gazetteer")
	}
}

func TestImportBadLines(t *testing.T) {
	_, err := Import(context.Background(), NewBuilder(), fixtures("cities500_bad.txt"), ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "cities500_bad.txt:2: field latitude") || !strings.Contains(err.Error(), "--skip-bad") {
		t.Fatalf("err = %v", err)
	}
	var warned []string
	b := NewBuilder()
	st, err := Import(context.Background(), b, fixtures("cities500_bad.txt"), ImportOptions{SkipBad: true, Warn: func(e error) { warned = append(warned, e.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	if st.Rows != 2 || st.Skipped != 1 || len(warned) != 1 || !strings.Contains(warned[0], ":2:") {
		t.Errorf("stats %+v, warnings %q", st, warned)
	}
	if _, err := Import(context.Background(), NewBuilder(), []string{"testdata/README.md"}, ImportOptions{}); err == nil {
		t.Error("README.md imported as a dump")
	}
}

func TestSaveLoad(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if g, err := Load(ctx, db, "empty"); g != nil || err != nil {
		t.Fatalf("Load from an empty store = %v, %v", g, err)
	}
	if s, err := Stamp(ctx, db); s != "" || err != nil {
		t.Fatalf("Stamp of an empty store = %q, %v", s, err)
	}
	b := NewBuilder()
	if _, err := Import(ctx, b, fixtures("countryInfo.txt", "admin1CodesASCII.txt", "NE.txt", "allCountries.txt", "alternateNamesV2.txt"), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	b.AddDemonymsFrom(Default())
	g := b.Build("test")
	if err := Save(ctx, db, g); err != nil {
		t.Fatal(err)
	}
	first, err := Stamp(ctx, db)
	if err != nil || first == "" {
		t.Fatalf("Stamp after Save = %q, %v", first, err)
	}
	// Saving again replaces, and changes the stamp.
	if err := Save(ctx, db, g); err != nil {
		t.Fatal(err)
	}
	if again, err := Stamp(ctx, db); err != nil || again == "" || again == first {
		t.Errorf("Stamp after a second Save = %q, %v (first %q)", again, err, first)
	}
	g2, err := Load(ctx, db, "store")
	if err != nil {
		t.Fatal(err)
	}
	if g2.Len() != g.Len() {
		t.Fatalf("loaded %d places, saved %d", g2.Len(), g.Len())
	}
	for _, name := range []string{"Niamé", "Tillaberi", "Lake Chad basin", "Agadez"} {
		a, b := g.Lookup(name), g2.Lookup(name)
		if len(a) == 0 || len(a) != len(b) || a[0] != b[0] {
			t.Errorf("Lookup(%q): saved %v, loaded %v", name, a, b)
		}
	}
	if c, ok := g2.Country("nigerien"); !ok || c.ID != 2440476 {
		t.Errorf("demonym lost: %v", c)
	}
}
