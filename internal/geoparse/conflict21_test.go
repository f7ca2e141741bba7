package geoparse

import "testing"

// Rules from round 21's probe of conflict and security news; the sentences
// are written for the tests in the stories' patterns.

// TestRegionBranch: a region larger than a country before a capitalized
// "Province" names an armed group's branch, not a place; the region alone,
// and a real division before the word, are still read.
func TestRegionBranch(t *testing.T) {
	checkNews(t, []newsCase{
		{"a branch in West Africa", "Fighters of the Islamic State West Africa Province raided a base near Monguno on Friday.",
			[]string{"West Africa"}, "Monguno", "NG", ""},
		{"a branch in Central Africa", "The group pledged itself to the Islamic State Central Africa Province and now raids villages of North Kivu.",
			[]string{"Central Africa"}, "North Kivu", "CD", ""},
		{"the region alone", "Aid agencies across West Africa warned of a poor harvest after the rains failed in Monguno.",
			nil, "West Africa", "", ""},
	})
}

// TestVillageList: every name of a list after "the villages of" (or
// "the towns of") is a place of that kind, placed where the list's first
// is: a village the gazetteer lacks after one it read as a village, and
// after a town it knows.
func TestVillageList(t *testing.T) {
	checkNews(t, []newsCase{
		{"after a village", "Fighting spread north of Kadugli on Sunday. On Monday gunmen burned the villages of Tungolo and Kurtala, residents said.",
			nil, "Kurtala", "SD", ""},
		{"after a town", "Drones struck the villages of Dvorichna and Sitnyky overnight, the regional governor said.",
			nil, "Sitnyky", "UA", ""},
		{"three names", "Fighting spread north of Kadugli on Sunday. On Monday gunmen burned the villages of Tungolo, Hamshkoreb and Kurtala.",
			nil, "Hamshkoreb", "SD", ""},
	})
}

// TestVillageListAbroad: a list's unknown names go to its first only
// where the first lies in the country of the place the sentence names
// after the list, or of the text's focus; a first read as a namesake
// abroad sends them to the place named after the list instead.
func TestVillageListAbroad(t *testing.T) {
	checkNews(t, []newsCase{
		{"first abroad, town after", "Raiders torched the villages of Salem, Tungolo and Kurtala near Kadugli late on Friday.",
			nil, "Kurtala", "SD", ""},
		{"first abroad, province after", "Militants seized the towns of Palma and Quitunda in Cabo Delgado province last week.",
			nil, "Quitunda", "MZ", ""},
	})
}

// TestVillageListEnd: a list after "the villages of" ends at its "and"
// item; a name after the comma that follows is no village.
func TestVillageListEnd(t *testing.T) {
	checkNews(t, []newsCase{
		{"speaker after the list", "Shelling hit the villages of Dvorichna and Sitnyky, Danylo Vereskun wrote on Telegram.",
			[]string{"Danylo Vereskun"}, "Sitnyky", "UA", ""},
		{"three names and a speaker", "Shelling hit the villages of Dvorichna, Kupiansk and Sitnyky, Danylo Vereskun wrote.",
			[]string{"Danylo Vereskun"}, "Sitnyky", "UA", ""},
	})
}
