package geoparse

import "testing"

// TestCountiesListedAfterWord (round 20): a list of names after a plural
// division word and "like", "of", "including" or "such as" names counties,
// as a list before the word does ("Union and Henry counties"); a state or
// a country listed so stays one.
func TestCountiesListedAfterWord(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "like", text: "Health officers said Fayette joins neighbouring counties like Metcalfe, Hart and Barren in the orange tier this week.",
			toponym: "Metcalfe", country: "US", admin1: "KY"},
		{name: "of", text: "The old district took in the counties of Metcalfe, Hart and Barren before the new courthouse was built.",
			toponym: "Hart", country: "US", admin1: "KY"},
		{name: "such as", text: "Crews were sent to rural counties such as Hart, Metcalfe and Barren after the storm.",
			toponym: "Hart", country: "US", admin1: "KY"},
		{name: "state stays", text: "The fund paid the counties of Kentucky and Tennessee that the floods hit in March.",
			toponym: "Kentucky", country: "US", admin1: "KY"},
	})
}
