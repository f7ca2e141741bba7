package geoparse

import "testing"

// Round 18: the local press of the UK, Ireland, Canada, Australia, New
// Zealand and South Africa. The sentences are written for these tests.

// TestLocalBodyAcronym (round 18): a town's name before a local body's
// acronym in capitals (a police detachment or station, an emergency unit, a
// business district) is the town, not a person's name before a capitalized
// word.
func TestLocalBodyAcronym(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "detachment at sentence start", text: "Truro RCMP asked drivers to slow down after the first snow in Colchester County, Nova Scotia.", toponym: "Truro", country: "CA"},
		{name: "two words", text: "Officers said Port Hawkesbury RCMP recovered the stolen boat on Tuesday.", toponym: "Port Hawkesbury", country: "CA"},
		{name: "provincial police", text: "A driver was charged by Renfrew OPP after a crash near Arnprior, Ontario.", toponym: "Renfrew", country: "CA"},
		{name: "business district", text: "Several shops in the Pietermaritzburg CBD closed early on Friday.", toponym: "Pietermaritzburg", country: "ZA"},
		{name: "station", text: "A case of theft was opened at Pietermaritzburg SAPS, the spokesperson said.", toponym: "Pietermaritzburg", country: "ZA"},
		{name: "acronym alone", text: "The OPP said the road would stay closed overnight.", absent: []string{"OPP"}},
	})
}

// TestIrishCountyAbbrev (round 18): "Co" or "Co." before a county's name is
// the county, whether the gazetteer calls it "County Cork" or "Kerry", and
// "Co." after a town's comma is no abbreviation of Colorado.
func TestIrishCountyAbbrev(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "no period", text: "A woman from Kinsale, Co Cork, won the baking prize.", toponym: "Co Cork", country: "IE"},
		{name: "period, after a town", text: "The regatta in Cahersiveen, Co. Kerry, drew a big crowd.", absent: []string{"Co."}, toponym: "Co. Kerry", country: "IE"},
		{name: "sentence start", text: "Co Donegal had the wettest June on record.", toponym: "Co Donegal", country: "IE"},
		{name: "state abbreviation stays", text: "The rodeo in Greeley, Colo., drew a big crowd.", toponym: "Greeley", country: "US", admin1: "CO"},
	})
}

// TestIrishPoliceWord (round 18): in a text on Ireland's police ("gardaí",
// "Garda Station"), "Garda" is their word, not the town on Lake Garda, and
// a town's name before "Garda Station" is the town.
func TestIrishPoliceWord(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "rank", text: "Det Garda Niamh Walsh told the court that gardaí found the bicycle in a shed.", absent: []string{"Garda"}},
		{name: "station", text: "The two men were taken to Tralee Garda Station and later released.", absent: []string{"Garda", "Tralee Garda Station"},
			toponym: "Tralee", country: "IE"},
		{name: "the town", text: "The ferry from Garda crossed the lake to Limone on Sunday.", toponym: "Garda", country: "IT"},
		{name: "the town before a verb in s", text: "Floods around Garda swept away cars on the shore of the lake in Italy on Monday.", toponym: "Garda", country: "IT"},
		{name: "the town in a text naming Bardai", text: "Tourists left Garda for Verona, and a convoy left Bardai in Chad.", toponym: "Garda", country: "IT"},
	})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Gardaí said", true}, {"gardai were called", true}, {"two Garda stations closed", true}, {"at Garda Station", true}, {"a Garda spokesman said", true},
		{"An Garda Síochána", true}, {"Garda swept", false}, {"Bardai", false}, {"Lombardai", false}, {"Garda", false}, {"", false},
	} {
		if got := irishPolice(tc.text); got != tc.want {
			t.Errorf("irishPolice(%q) = %v", tc.text, got)
		}
	}
}

// TestPersonAge (round 18): a single name before an age in parentheses is a
// person ("his aunt, Mary (71)"); a town before a parenthesis that opens on
// a word stays a town.
func TestPersonAge(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "age", text: "His aunt, Mary (71), was treated for shock at the scene in Bandon.", absent: []string{"Mary"}, toponym: "Bandon", country: "IE"},
		{name: "town", text: "The crash happened near Bandon (Co Cork) on Friday.", toponym: "Bandon", country: "IE"},
		{name: "a tally of districts", text: "Attacks were recorded in Kandahar (12), Helmand (9), Sangin (3) and Musa Qala (2) districts.", toponym: "Helmand", country: "AF"},
		{name: "a tally's later item", text: "Attacks were recorded in Kandahar (12), Helmand (9), Sangin (3) and Musa Qala (2) districts.", toponym: "Sangin", country: "AF"},
	})
}

// TestRoadArea (round 18): a road's name before "area" says where in a town
// and names no place ("the Kilbrack Road area of Omagh"); a name the
// gazetteer lacks before "area" stays a place.
func TestRoadArea(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "road area", text: "Police were called to the Kilbrack Road area of Omagh shortly after midnight.", absent: []string{"Kilbrack Road"},
			toponym: "Omagh", country: "GB"},
		{name: "lane area", text: "Residents of the Hollyfield Lane area said the lights had been out for a week.", absent: []string{"Hollyfield Lane"}},
	})
}

// TestVehicleModel (round 18): after a carmaker's name, with an article or a
// colour before it, a name is the model ("a white VW Polo"); a town named
// after the maker's workers stays a town.
func TestVehicleModel(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "acronym make", text: "Witnesses saw a white VW Polo leave the car park in Durban at speed.", absent: []string{"Polo"}, toponym: "Durban", country: "ZA"},
		{name: "article", text: "The driver of a Hyundai Kona escaped with cuts, police in Geelong said.", absent: []string{"Kona"}, toponym: "Geelong", country: "AU"},
		{name: "colour", text: "Police stopped a silver Toyota Corolla near Dubbo on Sunday.", absent: []string{"Corolla"}, toponym: "Dubbo", country: "AU"},
		{name: "town", text: "Ford workers in Dagenham walked out on Monday.", toponym: "Dagenham", country: "GB"},
	})
}
