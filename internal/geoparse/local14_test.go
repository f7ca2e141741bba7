package geoparse

import (
	"testing"
)

// TestCountyListHedges (round 14): a list of counties may go on after "and"
// or "or" with a word that says which or how surely ("Wayne and surrounding
// counties", "and perhaps Anderson counties"); its names are counties, and a
// county called bare takes the reading of its full name in the text.
func TestCountyListHedges(t *testing.T) {
	for _, tc := range []struct {
		text, name, admin1 string
	}{
		{"Storms damaged barns in Houston, Cherokee and perhaps Anderson counties of East Texas on Sunday.", "Houston", "TX"},
		{"Crews from Clark and adjacent counties searched the river near Arkadelphia. The Clark County, Arkansas, sheriff asked for boats.", "Clark", "AR"},
		{"Volunteer crews leave their homes often in Wayne and surrounding counties. Wayne County departments, with help from Hollandtown " +
			"in Darke County, Ohio, cover the county except Richmond, Ind. Wayne County departments also work with Henry and Union counties in Indiana.", "Wayne", "IN"},
	} {
		tops := parser.Parse(tc.text)
		tp := find(t, tops, tc.name)
		if tp.Place.Level() != 3 || tp.Place.Admin1Code != tc.admin1 {
			t.Errorf("%q: %s → %s (%s %s)", tc.text, tc.name, tp.Place.Name, tp.Place.Country, tp.Place.Admin1Code)
		}
	}
}

// TestCountyOfficeLower (round 14): a county the text names in full, called
// bare before its sheriff, court or coroner in lower case, is the county
// ("Volusia court records", "Chester sheriff, deputies plead not guilty").
func TestCountyOfficeLower(t *testing.T) {
	for _, tc := range []struct {
		text, name, admin1 string
	}{
		{"Pasco County deputies arrested the man on Friday, and Pasco court records list two charges.", "Pasco", "FL"},
		{"Lamar sheriff asks for help\n\nThe Lamar County Sheriff’s Office in Mississippi said the man fled on foot.", "Lamar", "MS"},
	} {
		tops := parser.Parse(tc.text)
		tp := find(t, tops, tc.name)
		if tp.Place.Level() != 3 || tp.Place.Admin1Code != tc.admin1 {
			t.Errorf("%q: %s → %s (%s %s)", tc.text, tc.name, tp.Place.Name, tp.Place.Country, tp.Place.Admin1Code)
		}
	}
}

// TestPossessiveStateBody (round 14): a state's name with its possessive
// before a road's word and a body's word is the state's own body ("South
// Dakota’s Highway Patrol"), not a landmark named for someone ("St. Peter's
// Square").
func TestPossessiveStateBody(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "highway patrol", text: "Nobody was hurt in the rollover, and Nebraska’s Highway Patrol is investigating.", toponym: "Nebraska", country: "US", admin1: "NE"},
		{name: "straight apostrophe", text: "A trooper of Kansas's Highway Patrol stopped the truck.", toponym: "Kansas", country: "US", admin1: "KS"},
		{name: "landmark", text: "Crowds filled St. Peter's Square on Sunday.", absent: []string{"St. Peter"}},
	})
}

// TestResortAndApartments (round 14): a small town's name before "Resort"
// or "Apartments", or before "apartments" in lower case, names the resort or
// the complex, not the town.
func TestResortAndApartments(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "resort", text: "Deputies asked people staying at the Tamarack Resort to leave, the Valley County sheriff said.", absent: []string{"Tamarack"}},
		{name: "apartments lower case", text: "Officers were called to the Meadows apartments on Monday night in Crowley, La.", absent: []string{"Meadows"}},
		{name: "apartments capitalized", text: "A fire gutted two units of the Meadows Apartments in Crowley, La., on Monday.", absent: []string{"Meadows"}},
		{name: "town stays", text: "The family moved to Crowley, La., where they rent an apartment.", toponym: "Crowley", country: "US", admin1: "LA"},
	})
}

// TestModelYearMake (round 14): a model year after "a" or a possessive
// pronoun makes the next name a vehicle's make ("a 2014 Toyota 4 Runner"),
// while "the 2012 London Olympics" keeps its city.
func TestModelYearMake(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "make and model number", text: "A 2014 Toyota 4 Runner crossed the median near Kimball, S.D.", absent: []string{"Toyota"}},
		{name: "make and model", text: "She was driving her 2009 Toyota Camry when it left the road near Pierre.", absent: []string{"Toyota"}},
		{name: "games", text: "The 2012 London Olympics opened in July.", toponym: "London", country: "GB"},
	})
}

// TestDistanceBefore (round 14): a name the gazetteer lacks after a
// distance's unit and a bearing ("one-quarter mile west of Ridgeview") is a
// place, held by the county the text names; a person's farm is not.
func TestDistanceBefore(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "mile", text: "The crash was reported one-quarter mile west of Ridgeview in Dewey County.", toponym: "Ridgeview", country: "US", admin1: "SD"},
		{name: "km", text: "The plane came down 12 km south-east of Kelmont, in Sumner County, Kansas.", toponym: "Kelmont", country: "US", admin1: "KS"},
		{name: "person", text: "The fire burned 2 miles north of John Smith's farm in Dewey County.", absent: []string{"John Smith", "John"}},
	})
}

// TestTownInCounty (round 14): a name the gazetteer lacks, after "from",
// "and" or a comma and before "in" and a county called with its
// capitalized word, is a town of that county; a surname after a verb is
// not.
func TestTownInCounty(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "from", text: "Help came from Losantville in Randolph County and Hollansburg in Darke County, Ohio.", toponym: "Losantville", country: "US", admin1: "IN"},
		{name: "and", text: "Help came from Losantville in Randolph County and Hollansburg in Darke County, Ohio.", toponym: "Hollansburg", country: "US", admin1: "OH"},
		{name: "moved from", text: "The family moved from Pruntytown in Taylor County, W.Va., in 1990.", toponym: "Pruntytown", country: "US", admin1: "WV"},
		{name: "surname", text: "Deputies found Ballew in Randolph County on Friday.", absent: []string{"Ballew"}},
	})
}

// TestCountiesInState (round 14): "in" and a state after a list's plural
// division word holds each of the list's counties, however the text's other
// places lean ("Henry and Union counties in Indiana" in a story on Ohio).
func TestCountiesInState(t *testing.T) {
	text := "Volunteers from Darke County, Ohio, and Mercer County, Ohio, helped near Celina, Ohio. Crews also came from Henry and Union counties in Indiana."
	tp := find(t, parser.Parse(text), "Henry")
	if tp.Place.Level() != 3 || tp.Place.Admin1Code != "IN" {
		t.Errorf("Henry → %s (%s %s)", tp.Place.Name, tp.Place.Country, tp.Place.Admin1Code)
	}
}

// TestTownOfNamedCountyNoPerson (round 14): a given name that is the name
// of a town inside a county the text names, after "for", "including" or a
// list's "and", is the town ("except for Richmond" beside Wayne County,
// Indiana); after "said" and before a verb it stays a person.
func TestTownOfNamedCountyNoPerson(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "except for", text: "Wayne County, Indiana, departments cover the whole county except for Richmond, which pays its own firefighters.",
			toponym: "Richmond", country: "US", admin1: "IN"},
		{name: "person", text: "Deputies in Hinds County said Jackson was arrested Friday.", absent: []string{"Jackson"}},
	})
}

// TestCommonWordCounty (round 14): a common word in a list before
// "counties" is a county's name ("Henry, Union and Randolph counties"),
// while "the European Union and its member states" names none.
func TestCommonWordCounty(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "county list", text: "Storms hit Henry, Union and Randolph counties in Indiana.", toponym: "Union", country: "US", admin1: "IN"},
		{name: "states", text: "Talks between the European Union and member states went on.", absent: []string{"Union"}},
	})
}

// TestSurnameSaid (round 14): a big city's name the text gives a person as
// a surname, before "said", is the person ("Harold Medina ... Medina said");
// a city that no one in the text is called stands for its government.
func TestSurnameSaid(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "surname", text: "Interim Police Chief Harold Medina briefed reporters in Albuquerque. Medina said one officer was hurt.", absent: []string{"Medina"}},
		{name: "government", text: "The talks stalled on Monday. Beijing said it would answer the new tariffs.", toponym: "Beijing", country: "CN"},
	})
}

// TestDistanceBeforeAtEnd (round 14): a distance and a bearing before the
// text's last word read no token past its end (it panicked once).
func TestDistanceBeforeAtEnd(t *testing.T) {
	for _, text := range []string{"Dewey County deputies said the crash was one mile west of Ridgeview", "2 km north of Kelmont"} {
		parser.Parse(text)
	}
}

// TestTownshipAfterHyphen (round 14): a township's name begins after a
// hyphen that joins it to another place's ("the Fountain City-New Garden
// Township department"), not inside the other name.
func TestTownshipAfterHyphen(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "joined", text: "said the chief for the Fountain City-New Garden Township department in Wayne County, Indiana.",
			toponym: "New Garden Township", country: "US", admin1: "IN", absent: []string{"City-New Garden Township"}},
	})
}

// TestQuadrantStreets (round 14): names a text gives streets by a city's
// quadrant ("San Mateo and Copper NE") are streets wherever they stand in
// it, but after "in"; without a quadrant the town stays.
func TestQuadrantStreets(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "crossing", text: "Police were called to San Mateo and Copper NE in Albuquerque. A man walked along San Mateo.", absent: []string{"San Mateo", "Copper"}},
		{name: "town", text: "He moved from San Mateo, Calif., to Albuquerque last year.", toponym: "San Mateo", country: "US", admin1: "CA"},
	})
}

// TestCreditLineState (round 14): a state's dotted abbreviation after a
// town's newspaper in a credit line names the paper's state ("Albuquerque
// Journal, N.M."); an agency's name after one is no state.
func TestCreditLineState(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "credit", text: "Matthew Reisen, Albuquerque Journal, N.M.\nPolice shot a man on Saturday.", toponym: "N.M.", country: "US", admin1: "NM"},
		{name: "agency", text: "He read the Washington Post, AP said.", absent: []string{"AP"}},
	})
}

// TestBearingBefore (round 14): a bearing before a name the gazetteer lacks
// needs no distance after a word that says where ("in the mountains west of
// Donnelly", "lies just north of Kelmont").
func TestBearingBefore(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "mountains", text: "The resort lies in the mountains west of Donnelly, in Valley County, Idaho.", toponym: "Donnelly", country: "US", admin1: "ID"},
		{name: "just", text: "The farm lies just north of Kelmont in Sumner County, Kansas.", toponym: "Kelmont", country: "US", admin1: "KS"},
	})
}
