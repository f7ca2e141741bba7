package geoparse

import "testing"

// Rules from round 24's probe of humanitarian reports and event notes; the
// sentences are written for the tests in the reports' patterns.

// TestHealthDivisionSpan: a town's name before a capitalized "Health
// Zone", "Health Area" or "Health District" names the health division
// with it, the words in the span; in lower case they stay outside it. A
// name the gazetteer lacks before them is not read (placed at its
// province's point, it fell 170 to 300 km off).
func TestHealthDivisionSpan(t *testing.T) {
	checkNews(t, []newsCase{
		{"a health zone", "Two new cases were confirmed in Beni Health Zone, North Kivu, on Monday.",
			nil, "Beni Health Zone", "CD", ""},
		{"a health district", "Measles cases doubled in Kaya Health District in Burkina Faso this month.",
			nil, "Kaya Health District", "BF", ""},
		// Near the condition: lower case, or another capitalized word.
		{"lower case", "Two new cases were confirmed in Beni health zone, North Kivu, on Monday.",
			[]string{"Beni health zone"}, "Beni", "CD", ""},
		{"a health office", "Nairobi Health Services opened a clinic in Nairobi on Friday.",
			[]string{"Nairobi Health Services"}, "", "", ""},
		{"a name the gazetteer lacks", "Cases were reported in Ndindiro Health Area, Beni territory, last week.",
			[]string{"Ndindiro Health Area", "Ndindiro"}, "", "", ""},
	})
}

// TestRedCrossMovement: the Red Cross and the Red Crescent, named in relief
// reports by their federation, committee or national society, are the
// movement, not the North Carolina hamlet (whose name context drew to the
// story's country); the society's country before the name stays a place.
func TestRedCrossMovement(t *testing.T) {
	checkNews(t, []newsCase{
		{"the federation's name", "The International Federation of Red Cross and Red Crescent Societies sent tents to Malawi.",
			[]string{"Red Cross", "Red Crescent"}, "Malawi", "MW", ""},
		{"the committee alone", "The Red Cross said 300 families in Kasese had lost their homes.",
			[]string{"Red Cross"}, "Kasese", "UG", ""},
		{"a national society keeps its country", "The Nepal Red Cross Society reached Gorkha on Monday.",
			[]string{"Red Cross"}, "Nepal", "NP", ""},
	})
}
