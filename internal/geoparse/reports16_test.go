package geoparse

import "testing"

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
