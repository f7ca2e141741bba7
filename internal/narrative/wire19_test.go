package narrative

import (
	"testing"
	"time"
)

// TestVillageInTown: a village the gazetteer lacks, which the text places
// in a known town ("X village in Makurdi, the state capital") and the
// geoparser reads at that town, is the incident's place: the town only
// says where the village lies. A district or neighbourhood of a city
// stays the city's, as the datasets code it, and a town named with no
// village is the place.
func TestVillageInTown(t *testing.T) {
	dct := time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC) // a Monday
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a village in the state capital", "Gunmen kill five in Benue\n\n" +
			"Gunmen on Sunday attacked Ugbanyi village in Makurdi, the Benue State capital, and killed five farmers.\n",
			[]string{"2024-05-12 day Violence against civilians farmers killed 5 [Ugbanyi]"}},
		{"the village of X in a town", "Gunmen kill five in Benue\n\n" +
			"Gunmen on Sunday raided the village of Ugbanyi in Makurdi and killed five farmers.\n",
			[]string{"2024-05-12 day Violence against civilians farmers killed 5 [Ugbanyi]"}},
		{"a city's district", "Gunmen kill five in Benue\n\n" +
			"Gunmen on Sunday raided the district of Ugbanyi in the city of Makurdi and killed five traders.\n",
			[]string{"2024-05-12 day Violence against civilians traders killed 5 [Makurdi]"}},
		{"no village named", "Gunmen kill five in Benue\n\n" +
			"Gunmen on Sunday attacked a market in Makurdi, the Benue State capital, and killed five traders.\n",
			[]string{"2024-05-12 day Violence against civilians traders killed 5 [Makurdi]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}
