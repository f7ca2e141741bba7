package geoparse

import "testing"

// Rules from round 19's probe of humanitarian reports and event notes; the
// sentences are written for the tests in the reports' patterns.

// TestNewsOutlet24: a place's name and 24 before a closing bracket or
// quote is a round-the-clock news outlet's name; a count after the name
// keeps the place.
func TestNewsOutlet24(t *testing.T) {
	checkNews(t, []newsCase{
		{"a dateline in brackets", "Nyala, 3 March (Darfur 24) - Water carts stopped running in two camps after fuel ran out.",
			[]string{"Darfur"}, "Nyala", "SD", ""},
		{"in quotes", "A camp leader told \"Darfur 24\" that food had not arrived for a month.",
			[]string{"Darfur"}, "", "", ""},
		{"curly quotes and a possessive", "Speaking to “Kurdistan 24’s” reporter, the mayor of Duhok asked for tents.",
			[]string{"Kurdistan"}, "Duhok", "IQ", ""},
		{"a count keeps the place", "In Darfur 24 people were killed when the market was shelled.",
			nil, "Darfur", "SD", ""},
		// A count closing a list in brackets is the last item's count.
		{"the last of three counts", "Cholera cases rose again this month (Sennar 14, Kassala 7, Darfur 24).",
			nil, "Darfur", "SD", ""},
		{"the second of two counts", "Two states reported new cases on Friday (Kassala 18, Gedaref 24).",
			nil, "Gedaref", "SD", ""},
	})
}

// TestLooseMemberState: a Somali member state written in the Somali
// spelling (doubled vowels) is the state, found by the loose key, not a
// stray placed at the next state of its list.
func TestLooseMemberState(t *testing.T) {
	checkNews(t, []newsCase{
		{"in a list", "In Somalia, rains flooded farmland in Banadir, Galmuduug and South West State this week.",
			nil, "Galmuduug", "SO", ""},
		{"another state", "Somalia's disaster agency said 40,000 people left their homes in Hirshabeelle.",
			nil, "Hirshabeelle", "SO", ""},
	})
	tops := parser.Parse("In Somalia, rains flooded farmland in Banadir, Galmuduug and South West State this week.")
	if p := find(t, tops, "Galmuduug").Place; p.Name != "Galmudug" {
		t.Errorf("Galmuduug → %s (%s)", p.Name, p.Country)
	}
}

// TestCompassZoneAbroad: a name of compass words alone ("North-Western
// Zone", "South-East") names a division of a country the text names; in a
// report that names no other, it is no namesake abroad. A country the
// text names keeps its division.
func TestCompassZoneAbroad(t *testing.T) {
	checkNews(t, []newsCase{
		{"a zone of Tigray", "In Tigray, families fled from the North-Western Zone to Axum, Ethiopia's aid agency said.",
			[]string{"North-Western Zone", "North-Western"}, "Tigray", "ET", ""},
		{"a list of zones", "In Ethiopia, aid convoys reached the South-East, Southern and Central zones after the rains.",
			[]string{"South-East", "Central"}, "Ethiopia", "ET", ""},
		{"the country named keeps it", "In Botswana, the South-East District council opened two shelters after the floods.",
			nil, "South-East District", "BW", ""},
		// A town of the country read before keeps it, and so does a
		// capitalized "Province" ending the name.
		{"a town of the country before", "Buses from Colombo reached the North Western on Sunday with tents and water.",
			nil, "North Western", "LK", ""},
		{"a province", "Landslides blocked two roads on Monday, and schools in the Southern Province stayed shut.",
			nil, "Southern Province", "LK", ""},
		{"a town and a province", "Heavy rain flooded streets in Colombo on Friday, and the Western Province closed its schools.",
			nil, "Western Province", "LK", ""},
		{"a town and a district", "Heavy rain flooded streets in Gaborone on Friday, and the South-East District closed its schools.",
			nil, "South-East District", "BW", ""},
	})
}
