package geoparse

import "testing"

// TestConflictNews (round 10): names of conflict-region news that the
// gazetteer spells otherwise or that the parser read elsewhere, in
// sentences written in the patterns of a probe of Sahel, Sudan, Cameroon,
// Pakistan and Iraq wire copy.
func TestConflictNews(t *testing.T) {
	checkNews(t, []newsCase{
		{"a compass division written as one word, with its capitalized division word", "Separatists burned houses in a village of the Southwest Region, near the Nigerian border.",
			nil, "Southwest Region", "CM", "09"},
		{"the same, the other region", "Teachers fled the Northwest Region of Cameroon after the school was attacked.",
			nil, "Northwest Region", "CM", "07"},
		{"a compass word alone stays no place", "The Southwest has seen less rain this year.",
			[]string{"Southwest"}, "", "", ""},
		{"a division's older English spelling", "Gunmen killed four men in southwestern Baluchistan province, police said.",
			nil, "Baluchistan", "PK", "02"},
		{"a Sudanese state by its English name", "Paramilitary fighters raided a village in Gezira State on Tuesday, activists said.",
			nil, "Gezira State", "SD", "38"},
		{"Iraq's Kurdistan Region is no Iranian province", "ERBIL, Kurdistan Region — Two policemen were killed in a bombing in Diyala province, Iraq.",
			nil, "Kurdistan Region", "IQ", ""},
		{"a town named with the region in a dateline", "ERBIL, Kurdistan Region — Two policemen were killed in a bombing in Diyala province, Iraq.",
			nil, "ERBIL", "IQ", ""},
	})
}
