package geoparse

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// Rules from round 16's probe of fresh international news of every kind
// (politics, transport, weather, sport, business, crime); the sentences
// are written for the tests in the probe's patterns.

// TestDistanceAfterKindNoun: a kind noun between a name and its distance
// and bearing ("Dilasag town, about 220 kilometres northeast of Manila")
// does not stop the name being placed that far off.
func TestDistanceAfterKindNoun(t *testing.T) {
	for _, tc := range []struct {
		text             string
		name             string
		lat, lon, within float64
	}{
		// About 200 km northeast of Manila (14.60, 120.98).
		{"The storm made landfall near Tumbagon town, about 200 kilometres northeast of Manila, on Monday.", "Tumbagon", 15.87, 122.30, 30},
		// About 30 km south of Kupang (-10.17, 123.61).
		{"Fishermen were rescued off Lelowai village, some 30 km south of Kupang, the agency said.", "Lelowai", -10.44, 123.61, 15},
	} {
		tops := parser.Parse(tc.text)
		p := find(t, tops, tc.name).Place
		if d := gazetteer.Distance(p.Lat, p.Lon, tc.lat, tc.lon); d > tc.within {
			t.Errorf("%q: %s at (%.2f, %.2f), %.0f km from (%.2f, %.2f)", tc.text, tc.name, p.Lat, p.Lon, d, tc.lat, tc.lon)
		}
	}
}

// TestWhatAPlaceHolds: a small place's name right after another place's,
// a space between, names what the first place holds (a race, a board);
// a list of places keeps every item.
func TestWhatAPlaceHolds(t *testing.T) {
	checkNews(t, []newsCase{
		{"a race named for its city", "She finished third at the Seoul Marathon last spring, two minutes behind the winner.",
			[]string{"Marathon"}, "Seoul", "KR", ""},
		{"a national board named for its crop", "Exporters met officials of the Ghana Cocoa Board in Accra on Monday.",
			[]string{"Cocoa"}, "Accra", "GH", ""},
		{"a list of towns keeps its items", "Rain closed roads between Cairns, Innisfail and Tully on Sunday.",
			nil, "Tully", "AU", ""},
	})
}

// TestCourtsAndInstitutes: a court or an institute named after its town
// is no mention of the town, even a big one; the town alone still is.
func TestCourtsAndInstitutes(t *testing.T) {
	checkNews(t, []newsCase{
		{"a magistrate's court", "The suspect will appear in the Durban Magistrate's Court on Tuesday, police in Pietermaritzburg said.",
			[]string{"Durban"}, "Pietermaritzburg", "ZA", ""},
		{"magistrates' court with the apostrophe after the s", "He was remanded at the Nairobi Magistrates' Court after his arrest in Nakuru.",
			[]string{"Nairobi"}, "Nakuru", "KE", ""},
		{"an institute named for its city", "A study by the Madrid Institute for Climate Research found heat deaths rose in Seville.",
			[]string{"Madrid"}, "Seville", "ES", ""},
		{"the city alone stays a place", "The court in Durban heard the case, and a second hearing is set in Durban next week.",
			nil, "Durban", "ZA", ""},
	})
}

// TestTownsOfADivision: "the rural Queensland towns of X and Y" names
// towns of that division; a small town so named that the gazetteer knows
// only in a country the text never names is a namesake, placed in the
// division.
func TestTownsOfADivision(t *testing.T) {
	checkNews(t, []newsCase{
		{"a town abroad in a list of a division's towns", "Residents of the rural Queensland towns of Tumbagon and Winter Haven, south of Dalby, were told to leave.",
			nil, "Winter Haven", "AU", ""},
		{"the same with villages of a state", "Police searched the Victorian villages of Lelowai and Lake Placid after the fire near Ballarat, Victoria.",
			nil, "Lake Placid", "AU", ""},
	})
}

// TestRegionNames: names of regions as the news writes them, which the
// GeoNames extract calls otherwise: Ghana's regions with their division
// word, Italy's regions by their Italian names, New Zealand's islands.
func TestRegionNames(t *testing.T) {
	checkNews(t, []newsCase{
		{"a Ghanaian region with its word, in a story on Ghana", "Cocoa farmers in the Western Region of Ghana say the rains came late this year.",
			nil, "Western Region", "GH", "09"},
		{"an Italian region by its Italian name", "The heat will peak in Puglia on Thursday, forecasters in Rome said.",
			nil, "Puglia", "IT", "13"},
		{"another", "Vineyards in Piemonte lost a third of their grapes to hail.",
			nil, "Piemonte", "IT", "12"},
		{"New Zealand's islands", "Power was cut to 40,000 homes across the North Island, and snow closed passes on the South Island.",
			nil, "North Island", "NZ", ""},
	})
}

// TestFrenchCompounds: a French name joined by hyphened particles is one
// name, placed near the text's towns when the gazetteer lacks it, not the
// town its first word names in France; without a place cue it is no place.
func TestFrenchCompounds(t *testing.T) {
	checkNews(t, []newsCase{
		{"a hamlet of Quebec with a place noun after it", "GASPÉ, Que. — A truck left the road in the Anse-aux-Gascons area on Tuesday, provincial police said.",
			nil, "Anse-aux-Gascons", "CA", ""},
		{"the same after a locative cue", "Power was cut in Pointe-aux-Loups overnight, officials in Sept-Îles, Quebec, said.",
			nil, "Pointe-aux-Loups", "CA", ""},
		{"a person's hyphened given name is no place", "Jean-de-Dieu Habimana, the mayor, spoke in Kigali on Monday.",
			[]string{"Jean-de-Dieu", "Jean"}, "Kigali", "RW", ""},
	})
}

// TestWeekdayBeforeAName: a weekday before a name is a date's, not a
// given name's, so the name is no surname anywhere in the text.
func TestWeekdayBeforeAName(t *testing.T) {
	checkNews(t, []newsCase{
		{"a weekday opens a list of cities", "On Tuesday Pescara, Perugia and Rieti will join the alert, the ministry said.",
			nil, "Pescara", "IT", ""},
		{"a given name that is a common word still makes a surname", "Bill Pescara, the coach, said on Sunday his team would stay in Rome.",
			[]string{"Pescara"}, "Rome", "IT", ""},
	})
}

// TestCompassBeforeADivision: a compass word before a name that is a
// first-level division's and a smaller town's means the division;
// "provincial" after it too; a city of a million keeps its centre.
func TestCompassBeforeADivision(t *testing.T) {
	for _, tc := range []struct{ text, name, code string }{
		{"Floods cut roads across northern Idlib on Monday, rescuers said.", "Idlib", "ADM1"},
		{"Three people died in a pileup in central Quebec, about 120 kilometres from Montreal.", "Quebec", "ADM1"},
		{"Quebec provincial police closed the road near Rimouski.", "Quebec", "ADM1"},
		{"Shops reopened in central Baghdad on Sunday after the curfew.", "Baghdad", "PPLC"},
	} {
		p := find(t, parser.Parse(tc.text), tc.name).Place
		if p.FeatureCode != tc.code {
			t.Errorf("%q: %s → %s %s, want %s", tc.text, tc.name, p.Name, p.FeatureCode, tc.code)
		}
	}
}
