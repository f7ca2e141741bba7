package main

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

func TestDivisionIDs(t *testing.T) {
	b := gazetteer.NewBuilder()
	for _, p := range []gazetteer.Place{
		{Name: "Podlaskie", FeatureClass: "A", FeatureCode: "ADM1", Country: "PL", Admin1Code: "81"},
		{Name: "Hanoi", FeatureClass: "A", FeatureCode: "ADM1", Country: "VN", Admin1Code: "01"},
		{Name: "Georgia", FeatureClass: "A", FeatureCode: "ADM1", Country: "US", Admin1Code: "GA"},
		{Name: "Borno State", FeatureClass: "A", FeatureCode: "ADM1", Country: "NG", Admin1Code: "27"},
		{Name: "Lagos", FeatureClass: "A", FeatureCode: "ADM1", Country: "NG", Admin1Code: "05"},
		{ID: 2332459, Name: "Lagos", FeatureClass: "P", FeatureCode: "PPL", Country: "NG", Admin1Code: "05", Population: 9000000},
	} {
		b.AddPlace(p)
	}
	g := b.Build("test")
	ids := divisionIDs(g, []neDivision{
		// A name differing only by the kind of division is the same place.
		{Code: "PL.81", ID: 858785, Names: []string{"Podlaskie Voivodeship"}},
		{Code: "PL.81", ID: 858785, Names: []string{"Podlachian"}},
		// A renumbered code: Natural Earth's VN.01 is An Giang.
		{Code: "VN.01", ID: 1594446, Names: []string{"An Giang", "Tinh An Giang"}},
		// Two outlines under one code with two ids: trust neither.
		{Code: "US.GA", ID: 4197000, Names: []string{"Georgia"}},
		{Code: "US.GA", ID: 4197001, Names: []string{"Georgia"}},
		{Code: "NG.27", ID: 2346794, Names: []string{"Borno"}},
		// An id this gazetteer already gives a town.
		{Code: "NG.05", ID: 2332459, Names: []string{"Lagos"}},
		{Code: "-1", ID: 5, Names: []string{"Lagos"}},
	})
	want := map[string]int{"PL.81": 858785, "NG.27": 2346794}
	if len(ids) != len(want) {
		t.Errorf("ids %v, want %v", ids, want)
	}
	for c, id := range want {
		if ids[c] != id {
			t.Errorf("%s: id %d, want %d", c, ids[c], id)
		}
	}
}
