package geoparse

import "testing"

// TestConflictNews11 (round 11): patterns of conflict and crisis news
// from Ethiopia, Somalia, South Sudan, DR Congo, Myanmar, Iraq, Libya,
// Mozambique, Cameroon, Colombia, Mexico and Ukraine, in sentences written
// for the purpose.
func TestConflictNews11(t *testing.T) {
	checkNews(t, []newsCase{
		{"a kebele named before its capitalized division word", "A resident of Gelila Kebele in Metema district, Amhara region, said soldiers burned houses.",
			nil, "Gelila Kebele", "ET", ""},
		{"a woreda so named, possessive", "Gunmen attacked Dabat Woreda's market in the Amhara region on Monday.",
			nil, "Dabat Woreda", "ET", ""},
		{"a zone with its compass word, in lower case", "Clashes spread to villages of the North Wello zone in Amhara, officials said.",
			nil, "North Wello", "ET", ""},
		{"a sub-district of an Iraqi province", "Militants attacked a post in Tallo sub-district of Diyala province, Iraq.",
			nil, "Tallo", "IQ", ""},
		{"a division of a Cameroonian region", "Soldiers raided villages in Ndop division near Bamenda, Cameroon.",
			nil, "Ndop", "CM", ""},
		{"a ward of a town", "Soldiers were deployed to Gindo ward in the town of Kyauktaw in Rakhine State.",
			nil, "Gindo", "MM", ""},
		{"not a common word's zone", "Troops patrolled the Green Zone in Baghdad on Friday.",
			[]string{"Green Zone", "Green"}, "Baghdad", "IQ", ""},
		{"not a league's or an army's division", "The Premier Division match in Baghdad went ahead; the Airborne Division left Erbil.",
			[]string{"Premier Division", "Premier", "Airborne Division", "Airborne"}, "Baghdad", "IQ", ""},
		{"not a person named Ward", "Officials in Diyala province said John Ward was freed.",
			[]string{"John Ward", "John"}, "Diyala", "IQ", ""},
		{"a region by its English news spelling", "Gunmen killed 20 villagers in western Oromia, the regional government said.",
			nil, "Oromia", "ET", "51"},
		{"a region's hyphened English name", "The militia is active in the Metekel zone of Benishangul-Gumuz region.",
			nil, "Benishangul-Gumuz", "ET", "47"},
		{"the same, shortened", "Refugees crossed from Sudan into Benishangul and Gambella last week.",
			nil, "Gambella", "ET", "49"},
		{"an armed group named for its state is no place", "Jets bombed a village near the headquarters of the Chin National Front in Chin State.",
			nil, "Chin State", "MM", ""},
		{"the same, with a people's possessive", "Fighting between the Sudan People's Liberation Army and government troops spread to Juba.",
			[]string{"Sudan"}, "Juba", "SS", ""},
		{"the same, a militia of a town", "The Tripoli Revolutionaries' Brigades clashed with a militia from Misrata.",
			[]string{"Tripoli"}, "Misrata", "LY", ""},
		{"a movement of a region", "The National Movement of Amhara condemned the killings in Gondar.",
			[]string{"Amhara"}, "Gondar", "ET", ""},
		{"a people after ethnic", "Gunmen targeted ethnic Amhara farmers in the Oromia region.",
			[]string{"Amhara"}, "Oromia", "ET", ""},
		{"a country's defence forces", "Kenya Defence Forces troops entered Kismayo on Friday.",
			[]string{"Kenya"}, "Kismayo", "SO", ""},
		{"a compass division with its division word in lower case, in a story on its country", "Separatists ambushed soldiers in the Northwest region of Cameroon on Thursday.",
			nil, "Northwest", "CM", "07"},
		{"it holds the villages of its sentence", "Troops killed three fighters in Ekona, a village in the Southwest region, Cameroon's army said.",
			nil, "Ekona", "CM", "09"},
		{"not in a story on another country", "Rain fell across the Southwest region of the United States on Monday.",
			[]string{"Southwest"}, "United States", "US", ""},
		{"a country named only as an actor does not carry a world city abroad", "A rocket hit near the U.S. Embassy in Tripoli on Monday. The U.N. rights office in Geneva said civilians were killed.",
			nil, "Geneva", "CH", ""},
		{"a country named as a place still does", "Storms across the U.S. flooded roads near Geneva and Aurora on Monday.",
			nil, "Geneva", "US", ""},
	})
}
