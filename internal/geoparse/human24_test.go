package geoparse

import "testing"

// Rules from round 24's probe of humanitarian reports and event notes; the
// sentences are written for the tests in the reports' patterns.

// TestBodyOfSmallTownName: after a capitalized body's noun and "of" ("the
// Federation of", "the Committee of the"), a name the gazetteer holds only
// as a small town is the body's name, not a place; a country, a division
// or a city after such a noun stays a place, and so does the small town
// where no body's noun comes before it.
func TestBodyOfSmallTownName(t *testing.T) {
	checkNews(t, []newsCase{
		{"a federation's name", "The International Federation of Red Cross said 4,000 families in Kenya had left their homes.",
			[]string{"Red Cross"}, "Kenya", "KE", ""},
		{"a committee's name after the", "Teams of the International Committee of the Red Cross reached Malawi on Monday.",
			[]string{"Red Cross"}, "Malawi", "MW", ""},
		// Near the condition, but a place.
		{"a country after the noun", "The Federation of Malaysia was formed in 1963 and sent troops to Sabah.",
			nil, "Malaysia", "MY", ""},
		{"a division after the noun", "The Football Association of Wales fined the club after the match in Cardiff.",
			nil, "Wales", "GB", ""},
		{"a city after a lower-case noun", "A committee of Kinshasa residents asked for clean water.",
			nil, "Kinshasa", "CD", ""},
		{"the small town itself", "The mayor of Red Cross said the town hall in Red Cross, North Carolina, would close.",
			nil, "Red Cross", "US", "NC"},
	})
}

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
