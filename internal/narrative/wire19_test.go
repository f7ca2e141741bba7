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

// TestRetoldInDivision: a retelling the same day that names a place the
// gazetteer lacks within the district the lead named ("a road in X area
// of Abkamari district" after "in Abkamari district") gives the incident
// that place, though the geoparser reads both as the district. A
// retelling that names only the district, or another district, leaves
// the lead's.
func TestRetoldInDivision(t *testing.T) {
	dct := time.Date(2020, 9, 14, 0, 0, 0, 0, time.UTC) // a Monday
	lead := "Bomb kills five soldiers in Badghis\n\n" +
		"Five soldiers were killed when a roadside bomb struck their vehicle in Abkamari district of Badghis province on Sunday, an official said on Monday.\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"an area of the district", lead +
			"On Sunday afternoon the vehicle ran over a mine hidden under a road in Dehkuli area of Abkamari district, and the blast killed the five soldiers riding in it, the official said.\n",
			[]string{"2020-09-13 day Explosions/Remote violence soldiers killed 5 [Dehkuli]"}},
		{"the district again", lead +
			"On Sunday afternoon the vehicle ran over a mine hidden under a road in Abkamari district, and the blast killed the five soldiers riding in it, the official said.\n",
			[]string{"2020-09-13 day Explosions/Remote violence soldiers killed 5 [Āb-e Kamarī]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestPoliceStationLocality: a name before "police station", "police
// checkpost" or "police checkpoint" is the place the post stands in, as
// one before "village" is: an attack on it is placed there, within the
// district the sentence names, even after "the". A known town before the
// words is the town, and a post named by no name leaves the district.
func TestPoliceStationLocality(t *testing.T) {
	dct := time.Date(2025, 8, 3, 0, 0, 0, 0, time.UTC) // a Sunday
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the X police checkpost", "Militants attack police post\n\n" +
			"Militants attacked the Sarkhel Banda police checkpost in Bannu district late on Saturday, killing two policemen.\n",
			[]string{"2025-08-02 day Battles policemen killed 2 [Sarkhel Banda]"}},
		{"under X police station", "Militants attack police post\n\n" +
			"Militants attacked a patrol under Sarkhel Banda police station in Bannu district late on Saturday, killing two policemen.\n",
			[]string{"2025-08-02 day Battles policemen killed 2 [Sarkhel Banda]"}},
		{"a post with no name", "Militants attack police post\n\n" +
			"Militants attacked a police checkpost in Bannu district late on Saturday, killing two policemen.\n",
			[]string{"2025-08-02 day Battles policemen killed 2 [Bannu District]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}
