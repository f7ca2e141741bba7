package geoparse

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

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
		{"an apposition with a word of the place's kind", "Militants attacked Kolajo, a small town in Kifri district, Diyala province, killing four.",
			nil, "Kolajo", "IQ", ""},
		{"not a person's apposition with such a word", "Earlier, Tim Whitley, a small business owner in Malakoff, Texas, said the hole was growing.",
			[]string{"Tim Whitley"}, "Malakoff", "US", "TX"},
		{"a township named for its town lies at the town", "Jets bombed Thantlang Township, Chin State, Myanmar. Nine civilians were killed in Falam Township on Monday.",
			nil, "Falam Township", "MM", ""},
		{"a US township stays in its state", "Police in Plymouth Township, Pennsylvania, said a man was arrested.",
			nil, "Plymouth Township", "US", "PA"},
		{"a town read by another name of a town across the border stays in the text's country", "Addis Abeba — Clashes spread across the Amhara region and Gondar. A resident of Merawi in Northern Gojjam Zone said fighting erupted.",
			nil, "Merawi", "ET", ""},
		{"a district named for its town, capitalized, is one span", "Shelling hit Kupiansk District of the Kharkiv region on Monday.",
			nil, "Kupiansk District", "UA", ""},
		{"so is a zone named with a compass word", "Fighting spread across the Central Gondar Zone of Amhara.",
			nil, "Central Gondar Zone", "ET", ""},
		{"a compass word before a district the gazetteer lacks is the name's", "Five civilians were killed in the West Belessa district of Amhara.",
			[]string{"Belessa"}, "West Belessa", "ET", ""},
		{"a sentence that says what the name is", "Amchide is a small trading village in Cameroon's Far North province.",
			nil, "Amchide", "CM", "12"},
		{"not a person so described", "Kelly is a small business owner in Austin.",
			[]string{"Kelly"}, "Austin", "US", "TX"},
		{"a surname with an accent is a surname later", "Fernando García Fernández was attacked in his vehicle in Chilpancingo. Prosecutors confirmed García's killing.",
			[]string{"García"}, "Chilpancingo", "MX", ""},
		{"a name at one end of a route whose other end is a known place", "Two fuel trucks traveling from Chilga to Gondar were set on fire.",
			nil, "Chilga", "ET", ""},
		{"not a day at one end of a span of time", "The meeting moved from Monday to Tuesday, officials in Gondar said.",
			[]string{"Monday"}, "Gondar", "ET", ""},
	})
}

// TestDistanceFrom: a name placed by a distance and a bearing from a
// place lies that far off, not at the place.
func TestDistanceFrom(t *testing.T) {
	for _, tc := range []struct {
		text             string
		name             string
		lat, lon, within float64
	}{
		// Ramree Island lies about 340 km northwest of Yangon (16.8, 96.2).
		{"The rebels captured Ramree, which is 340km northwest of Yangon, in March.", "Ramree", 19.0, 93.9, 50},
		{"Troops reached Kunjir, some 40 km (25 miles) north-west of Labuan, on Friday.", "Kunjir", 5.53, 114.99, 10},
		{"Gunmen attacked Dogo, 20 miles south of Niamey, on Friday.", "Dogo", 13.25, 2.11, 10},
	} {
		tops := parser.Parse(tc.text)
		p := find(t, tops, tc.name).Place
		if d := gazetteer.Distance(p.Lat, p.Lon, tc.lat, tc.lon); d > tc.within {
			t.Errorf("%q: %s at (%.2f, %.2f), %.0f km from (%.2f, %.2f)", tc.text, tc.name, p.Lat, p.Lon, d, tc.lat, tc.lon)
		}
	}
}
