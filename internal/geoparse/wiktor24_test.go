package geoparse

import "testing"

// TestCountySeatFormula: the encyclopedia's county-seat formula sets its
// prepositions off with commas ("is a city in, and the county seat of,
// Henry County, Tennessee"); the county after them holds the subject, so
// every later mention, one inside a hyphened area's name among them, stays
// in that county and does not go to the famous namesake. The sentences are
// written for the test.
func TestCountySeatFormula(t *testing.T) {
	checkNews(t, []newsCase{
		{"a county seat with the formula's commas", "Paris is a city in, and the county seat of, Henry County, Tennessee.\n\nParis is the largest city of the Paris-Puryear area, and Paris holds a fish fry each spring.",
			nil, "Paris", "US", "TN"},
		{"another", "Moscow is a city in, and the county seat of, Latah County, Idaho.\n\nMoscow is the principal city of the Moscow-Pullman area.",
			nil, "Moscow", "US", "ID"},
		{"the formula without commas, as before", "Paris is a city in and the county seat of Henry County, Tennessee.",
			nil, "Paris", "US", "TN"},
		{"the famous city defined so", "Paris is the capital and largest city of France, on the Seine.",
			nil, "Paris", "FR", ""},
	})
}
