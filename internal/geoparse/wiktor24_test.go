package geoparse

import "testing"

// TestCountySeatFormula: the encyclopedia's county-seat formula sets its
// two prepositions off with commas ("is a town in, and the county seat
// of, X County"); the county after them holds the subject, so the subject
// does not go to its famous namesake. A clause that merely ends in "in,"
// or "of," before a place is no such formula. The sentences are written
// for the test.
func TestCountySeatFormula(t *testing.T) {
	checkNews(t, []newsCase{
		{"a county seat in the formula", "Paris is a small city in, and the seat of, Henry County, Tennessee.\n\nParis is the largest town of the Paris-Puryear area, and Paris holds a fish fry each spring.",
			nil, "Paris", "US", "TN"},
		{"another", "Moscow is a college town in, and the seat of, Latah County, Idaho, near the Washington line.\n\nMoscow is the principal city of the Moscow-Pullman area.",
			nil, "Moscow", "US", "ID"},
		{"a capital in the formula", "Springfield is a mid-sized city in, and the capital of, Illinois.\n\nSpringfield lies on the Sangamon River.",
			nil, "Springfield", "US", "IL"},
		// Near the condition, not the formula.
		{"a clause ending in a preposition before a speaker's country", "Athens is a city that lenders have lost faith in, Georgia's finance minister said. Talks in Athens resume Monday.",
			nil, "Athens", "GR", ""},
		{"a clause ending in of before a state", "Paris is a city that the marathon runners spoke warmly of, Texas officials noted, though the race moved to Paris in the end.",
			nil, "Paris", "FR", ""},
		{"the famous city defined with the commas", "Paris is the capital of, and the largest city in, France, on the Seine.",
			nil, "Paris", "FR", ""},
	})
}

// TestCountySeatFormulaEveryMention: every later mention, one inside a
// hyphened area's name among them, stays in the county the formula names.
func TestCountySeatFormulaEveryMention(t *testing.T) {
	text := "Paris is a small city in, and the seat of, Henry County, Tennessee.\n\nParis is the largest town of the Paris-Puryear area, and Paris holds a fish fry each spring."
	n := 0
	for _, tp := range parser.Parse(text) {
		if tp.Name != "Paris" {
			continue
		}
		n++
		if tp.Place.Country != "US" || tp.Place.Admin1Code != "TN" {
			t.Errorf("Paris at %d → %s (%s %s)", tp.Start, tp.Place.Name, tp.Place.Country, tp.Place.Admin1Code)
		}
	}
	if n != 4 {
		t.Errorf("%d mentions of Paris read, want 4", n)
	}
}
