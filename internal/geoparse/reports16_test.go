package geoparse

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// Rules from round 16's probe of humanitarian situation reports, flash
// updates and event notes; the sentences are written for the tests in
// the reports' patterns.

// TestDivisionListWords: a plural division word of conflict countries
// after a list of names makes each a division ("Djugu, Mahagi and Irumu
// territories"); a plural "localities" after names makes them villages.
func TestDivisionListWords(t *testing.T) {
	checkNews(t, []newsCase{
		{"territories after a list", "Clashes were reported in Kalehe, Uvira and Fizi territories of South Kivu on Tuesday.",
			nil, "Fizi", "CD", ""},
		{"zones after a list", "Aid convoys reached Wag Hemra and North Wollo zones of Amhara after the road reopened.",
			nil, "Wag Hemra", "ET", ""},
		{"localities after two names", "Incursions in Bambu and Nizi localities of Ituri displaced families toward Bunia.",
			nil, "Bambu", "CD", ""},
	})
}

// TestHolderInParentheses: a situation report names what holds a place
// in parentheses after it, a division and its province or a town: the
// place lies in that country, never a namesake abroad, and a village the
// gazetteer lacks is placed there; a parenthesis of a person's other
// name holds no place.
func TestHolderInParentheses(t *testing.T) {
	checkNews(t, []newsCase{
		{"an alternate name abroad, held by a division and a province", "Armed men burned granaries in Boni (Douentza, Mopti) on Sunday, local officials said.",
			nil, "Boni", "ML", ""},
		{"a village the gazetteer lacks, held by a town", "Displaced families reached Wuro Sirde (Bankass, Mopti) last week after the raid.",
			nil, "Wuro Sirde", "ML", ""},
		{"another name of a division in parentheses", "Fighting went on in Mopti and Segou regions. A post near Tagalit (Tillabery, West Niger) was attacked on Friday.",
			nil, "Tillabery", "NE", ""},
		{"a maiden name", "The hall was opened by Lady Mary Bowen (née Hope), who later lived in Perth.",
			[]string{"Hope", "Mary Bowen"}, "", "", ""},
		{"a nickname", "Isabelle (Belle) Carter ran the store in Cody for forty years.",
			[]string{"Belle", "Isabelle"}, "", "", ""},
	})
}

// TestCapitalizedDivisionWords: "County", "Territory", "Governorate" and
// "Chiefdom" after a name are part of it, whether the gazetteer knows the
// name as a town ("Torit County") or not at all ("Manyo County").
func TestCapitalizedDivisionWords(t *testing.T) {
	checkNews(t, []newsCase{
		{"a county named for its town", "Cattle raiders struck villages in Torit County of Eastern Equatoria on Monday.",
			nil, "Torit County", "SS", ""},
		{"a territory named for its town", "An armed group attacked a health centre in Uvira Territory, South Kivu province, on Sunday.",
			nil, "Uvira Territory", "CD", ""},
		{"a governorate", "Shelling hit two towns of Idleb Governorate overnight, rescuers said.",
			nil, "Idleb Governorate", "SY", ""},
		{"a county the gazetteer lacks", "Flooding cut the road to Bor in Jonglei, and families fled Panyijiar County in Unity State.",
			nil, "Panyijiar County", "SS", ""},
	})
}

// TestPeopleBeforeVillage: after "a", a capitalized word before
// "village" names whose village it is, not a place; the name the phrase
// stands beside is the village.
func TestPeopleBeforeVillage(t *testing.T) {
	checkNews(t, []newsCase{
		{"an apposition with a people's name", "Militiamen killed 12 herders in Tiebanda, a Fulani village near Mopti, on Friday.",
			[]string{"Fulani"}, "Tiebanda", "ML", ""},
		{"a people's village after the article", "The raid on a Dozo village close to Bankass left four dead.",
			[]string{"Dozo"}, "Bankass", "ML", ""},
		{"a named village keeps its name", "Soldiers reached the Negga village after the fighting ended in Borno.",
			nil, "Negga", "NG", ""},
	})
}

// TestCityAndTownWords: a capitalized "City" or "Town" after a town's
// name is part of it in reports ("Kunduz City", "Dessie Town"); a
// football club's name is not a town's.
func TestCityAndTownWords(t *testing.T) {
	checkNews(t, []newsCase{
		{"a provincial capital with its word", "Some 900 families reached Kunduz City from nearby districts, officials said.",
			nil, "Kunduz City", "AF", ""},
		{"a town with its word", "Thousands were displaced from Dessie Town in Amhara to Bahir Dar last week.",
			nil, "Dessie Town", "ET", ""},
		{"a club", "Leicester City beat Leeds 2-1 in the league on Saturday, and the fans sang in Leicester.",
			[]string{"Leicester City"}, "", "", ""},
	})
}

// TestDivisionAtRegion: a zone or a woreda the gazetteer lacks, placed by
// a town its sentence names, goes to that town's region: a zone is no
// part of one town.
func TestDivisionAtRegion(t *testing.T) {
	for _, tc := range []struct {
		text             string
		name             string
		lat, lon, within float64
	}{
		// Amhara's point (11.58, 38.05), not Gondar's (12.60, 37.47).
		{"Thousands fled Dawunt Woreda for Gondar last week, officials said.", "Dawunt Woreda", 11.58, 38.05, 30},
		// Amhara's point, not Bahir Dar's (11.59, 37.39).
		{"Aid reached Tach Gayint Woreda from Bahir Dar on Monday.", "Tach Gayint Woreda", 11.58, 38.05, 30},
	} {
		p := find(t, parser.Parse(tc.text), tc.name).Place
		if d := gazetteer.Distance(p.Lat, p.Lon, tc.lat, tc.lon); d > tc.within {
			t.Errorf("%q: %s at (%.2f, %.2f), %.0f km from (%.2f, %.2f)", tc.text, tc.name, p.Lat, p.Lon, d, tc.lat, tc.lon)
		}
	}
}
