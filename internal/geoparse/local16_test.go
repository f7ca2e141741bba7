package geoparse

import (
	"testing"
)

// TestStateRouteNumber (round 16): a US state's name before a bare route
// number, after a word a road takes, names the state route ("on Ohio 83",
// "the lot on Vermont 2A"); a score line and a share stay the state's.
func TestStateRouteNumber(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "digits", text: "The deputy followed the pickup north on Ohio 83 until it stopped near Millersburg.", absent: []string{"Ohio"}},
		{name: "letter suffix", text: "The barracks on Vermont 2A will close next year, officials in Williston said.", absent: []string{"Vermont"}},
		{name: "after and", text: "The crash closed the junction of County Road 12 and Iowa 3 for two hours.", absent: []string{"Iowa"}},
		{name: "score", text: "Final scores: Ohio 24, Michigan 17.", toponym: "Ohio", country: "US", admin1: "OH"},
		{name: "share", text: "Turnout in Ohio 61 percent, officials said.", toponym: "Ohio", country: "US", admin1: "OH"},
	})
}

// TestHospitalKind (round 16): a small town's name before "Regional",
// "Community" or "General" and then "Hospital" or "Medical Center" begins
// the hospital's name; the town named as a place stays one.
func TestHospitalKind(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "regional medical center", text: "The climber was flown to Telluride Regional Medical Center with a broken leg.", absent: []string{"Telluride"}},
		{name: "community hospital", text: "She was treated at Alliance Community Hospital and released.", absent: []string{"Alliance"}},
		{name: "town itself", text: "The climber fell near Telluride, Colorado, on Saturday.", toponym: "Telluride", country: "US", admin1: "CO"},
	})
}

// TestTownSchoolSystem (round 16): a town's name before "City Schools",
// "Schools" or "School District" names the school system; the town named as
// a place stays one, and a county's system is the county's.
func TestTownSchoolSystem(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "city schools", text: "The board hired a bus driver for Elba City Schools on Tuesday.", absent: []string{"Elba"}},
		{name: "school district", text: "Teachers of the Ardmore School District will get a raise, the board said.", absent: []string{"Ardmore"}},
		{name: "town", text: "The new librarian moved to Elba, Alabama, in June.", toponym: "Elba", country: "US", admin1: "AL"},
	})
}

// TestColourModelYear (round 16): a colour may stand between the article and
// a vehicle's model year, and the name after the year is still the make
// ("a red 2002 Pontiac Grand Am").
func TestColourModelYear(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "colour", text: "Deputies said a red 2002 Pontiac Grand Am left the road near Greenville, Ohio.", absent: []string{"Pontiac"},
			toponym: "Greenville", country: "US", admin1: "OH"},
		{name: "town after colour word", text: "The white house in Pontiac, Michigan, burned on Sunday.", toponym: "Pontiac", country: "US", admin1: "MI"},
	})
}

// TestOrdinalStreetPair (round 16): a name paired by "and" with a numbered
// street is a street ("near 72nd and McKinley", "at Denver and 5th"); a town
// after "and" elsewhere stays one.
func TestOrdinalStreetPair(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "after", text: "The rider fled on foot near 72nd and McKinley in Omaha.", absent: []string{"McKinley"}, toponym: "Omaha", country: "US", admin1: "NE"},
		{name: "before", text: "Officers closed the corner of Denver and 5th in Tulsa for an hour.", absent: []string{"Denver"}},
		{name: "towns", text: "Crews from Ashland and Greenwood answered the call.", toponym: "Greenwood", country: "US"},
	})
}

// TestResidentsCue (round 16): a name before "resident" or "residents" in
// lower case is a place, at a sentence's start or after "One" too, though
// it is a surname as well.
func TestResidentsCue(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "sentence start", text: "Barton residents asked the selectboard for a town police force. The Orleans County town has no contract.", toponym: "Barton", country: "US", admin1: "VT"},
		{name: "after one", text: "One Richmond resident came to the meeting in Williston, Vermont.", toponym: "Richmond", country: "US"},
	})
}

// TestRoadPair (round 16): names joined by "and" before a plural road word
// in lower case are roads ("at Lansing and Old Lansing roads"); towns joined
// so before another noun stay towns.
func TestRoadPair(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "roads", text: "Deputies were at the scene at Lansing and Old Lansing roads on Thursday.", absent: []string{"Lansing"}},
		{name: "streets", text: "A plow truck and a car collided at Oak and Denver streets, police said.", absent: []string{"Denver"}},
		{name: "towns", text: "Fire crews from Lansing and Okemos departments responded.", toponym: "Lansing", country: "US", admin1: "MI"},
	})
}

// TestTownshipDatelineState (round 16): a state's abbreviation after a
// dateline's township in capitals names the state ("SHELBY TOWNSHIP, Mich.
// –"), though the gazetteer lacks the township.
func TestTownshipDatelineState(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "township", text: "SHELBY TOWNSHIP, Mich. – Police said two people were found dead in a home on Friday.", toponym: "Mich.", country: "US", admin1: "MI"},
		{name: "twp", text: "CLEARCREEK TWP., Ohio (FOX19) - A driver was arrested after a crash.", toponym: "Ohio", country: "US", admin1: "OH"},
	})
}

// TestWildfireName (round 16): a name before a capitalized "Fire" with no
// capitalized word after it names a wildfire ("the Snake River Fire,
// scorching"), while a town's fire department stays the town's.
func TestWildfireName(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "river fire", text: "The largest, the Snake River Fire, has burned 3,100 acres near Lewiston, Idaho.", absent: []string{"Snake River"}},
		{name: "town fire", text: "Crews say the Elkhorn Fire has burned 800 acres east of Boise.", absent: []string{"Elkhorn"}},
		{name: "department", text: "The Woodinville Fire Department put out the blaze in a pasture.", toponym: "Woodinville", country: "US", admin1: "WA"},
		{name: "slash", text: "Troopers were helped at the scene by Mayfield Fire/ EMS and a towing company in Graves County.", toponym: "Mayfield", country: "US", admin1: "KY"},
	})
}

// TestFeaturePaper (round 16): a place's name and a feature's word before a
// newspaper's word name the paper ("our partners at Miami Valley Today"), and
// "Today" with a capital is such a word; "today" in lower case is not.
func TestFeaturePaper(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "valley today", text: "According to our partners at Miami Valley Today, the man was taken into custody.", absent: []string{"Miami"}},
		{name: "valley news", text: "The Hudson Valley News reported the closing on Monday.", absent: []string{"Hudson"}},
		{name: "lower case", text: "Crews worked in Coshocton today after the storm.", toponym: "Coshocton", country: "US", admin1: "OH"},
	})
}
