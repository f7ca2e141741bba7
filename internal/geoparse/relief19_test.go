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
	})
}

