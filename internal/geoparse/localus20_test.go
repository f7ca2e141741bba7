package geoparse

import (
	"strings"
	"testing"
)

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

// TestVehicleModelAfterYearOrWord (round 20): a model named after its make
// is no place when a model year stands before the make ("a 2011 GMC
// Sierra"), when one word of the model's comes between ("a blue 2011
// Jeep Grand Cherokee"), or when it is a big city's name after a colour
// ("a silver Hyundai Santa Fe"); the text's later "the Cherokee" and "the
// driver of the Sierra" are the vehicle.
func TestVehicleModelAfterYearOrWord(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "year before make", text: "A 2011 GMC Sierra slid off the road near Harrington, Delaware, on Friday. The driver of the Sierra was not hurt.",
			absent: []string{"Sierra"}, toponym: "Harrington", country: "US", admin1: "DE"},
		{name: "word between", text: "Troopers said a blue 2011 Jeep Grand Cherokee crossed the median near Milford, Delaware. The Cherokee came to rest in a field.",
			absent: []string{"Cherokee", "Grand Cherokee"}, toponym: "Milford", country: "US", admin1: "DE"},
		{name: "big city", text: "Police said a silver Hyundai Santa Fe turned left in front of a motorcycle near Keene, N.H., on Tuesday.",
			absent: []string{"Santa Fe"}, toponym: "Keene", country: "US", admin1: "NH"},
	})
}

// TestShopPossessive (round 20): a name with its "'s" and nothing after it
// that it owns, a punctuation mark or a verb instead, is a shop's or a
// chain's ("fuel at Denny's,", "Macy's said"); a big city's stays a place.
func TestShopPossessive(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "comma after", text: "Deputies said the man bought fuel at Denny's, then drove north toward Decatur, Illinois.",
			absent: []string{"Denny"}, toponym: "Decatur", country: "US", admin1: "IL"},
		{name: "verb after", text: "A spokeswoman for Macy's said the store in Decatur, Illinois, would reopen on Monday.",
			absent: []string{"Macy"}, toponym: "Decatur", country: "US", admin1: "IL"},
		{name: "big city", text: "Rents in Leeds are now close to London's, the report said.",
			toponym: "London", country: "GB"},
	})
}

// TestStateAgencyAbbrev (round 20): a state's postal code or dotted
// abbreviation before "State" and an agency's word is the state, as its
// full name there is ("the N.C. State Bureau of Investigation", "AZ State
// Forestry"); a university's team ("N.C. State 72") is not.
func TestStateAgencyAbbrev(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "dotted", text: "The N.C. State Bureau of Investigation will review the shooting, the sheriff said.",
			toponym: "N.C.", country: "US", admin1: "NC"},
		{name: "postal", text: "A brush fire that AZ State Forestry named on Friday has burned 200 acres.",
			toponym: "AZ", country: "US", admin1: "AZ"},
		{name: "team", text: "N.C. State 72, Wake Forest 70: the Wolfpack held on at home.",
			absent: []string{"N.C."}},
	})
}

// TestVehicleMakeBeforeCountry (round 20 review): a country's name after a
// carmaker's is the maker's branch there, never a model, and a year that
// opens a sentence is no model year; a state's name after a bare article
// and a make stays the state, while a colour or a model year still makes it
// a model (a small one's after an article too).
func TestVehicleMakeBeforeCountry(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "article before the make", text: "Workers at a Toyota Portugal depot in Ovar stopped work. Portugal has no other car plant.",
			toponym: "Portugal", country: "PT"},
		{name: "state after an article", text: "Hundreds of workers at a Honda Ohio plant were sent home when the parts ran out.",
			toponym: "Ohio", country: "US", admin1: "OH"},
		{name: "state after a colour", text: "Deputies said a white Chevrolet Colorado left the road near Lamar, Missouri, late on Sunday.",
			absent: []string{"Colorado"}, toponym: "Lamar", country: "US", admin1: "MO"},
		{name: "year after an article", text: "A 2015 Dodge Durango struck a utility pole near Lamar, Missouri, on Friday.",
			absent: []string{"Durango"}, toponym: "Lamar", country: "US", admin1: "MO"},
	})
	// The branch's own name is a company's; the country named again later
	// is the place.
	onlyLast(t, "In 2017 Ford Brazil shut its assembly line outside Recife. Brazil now imports most of its pickups.", "Brazil")
}

// TestShopPossessiveNotComparison (round 20 review): a town's "'s" with
// nothing after it in a comparison is the town's, not a shop's; the same
// "'s" after a word of going or buying still marks a shop.
func TestShopPossessiveNotComparison(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "after than", text: "The siege of Mariupol lasted longer than Izium's.",
			toponym: "Izium", country: "UA"},
		{name: "after a semicolon", text: "Unemployment in Bend, Oregon, is 5 percent; Roseburg's is 4 percent.",
			toponym: "Roseburg", country: "US", admin1: "OR"},
		{name: "shop after near", text: "The van was found near Hank's, two miles south of Decatur, Illinois.",
			absent: []string{"Hank"}, toponym: "Decatur", country: "US", admin1: "IL"},
		{name: "shop named so elsewhere", text: "McDonald's is closing its diner in Ogden, Utah, this month. Families had eaten at a McDonald's there for years.",
			absent: []string{"McDonald"}, toponym: "Ogden", country: "US", admin1: "UT"},
	})
}

// TestStateAgencyAbbrevAP (round 20 review): the AP style's abbreviations
// ("Pa.", "Mich.", "W.Va.") before "State" and an agency's word are the
// state too, as the postal codes and "N.C." are; a title's "Ms." is not.
func TestStateAgencyAbbrevAP(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "Pa.", text: "Pa. State Police closed the road for four hours after the crash.",
			toponym: "Pa.", country: "US", admin1: "PA"},
		{name: "Mich.", text: "A trooper with the Mich. State Police was treated for minor injuries.",
			toponym: "Mich.", country: "US", admin1: "MI"},
		{name: "W.Va.", text: "The W.Va. State Police said the driver was not hurt.",
			toponym: "W.Va.", country: "US", admin1: "WV"},
		{name: "Calif.", text: "Calif. State Parks closed two beaches on Sunday.",
			toponym: "Calif.", country: "US", admin1: "CA"},
		{name: "not a title", text: "Ms. State Police Sergeant Ann Reyes spoke for the troopers.",
			absent: []string{"Ms."}},
	})
}

// TestShopNames (round 20, second review): the names a text writes as a
// shop's, gathered once per text, are those a search of the whole text for
// each name would find: after an article or a word of going or buying,
// with either apostrophe, of one word or several; not after a word that
// merely ends so ("that", "Cuba"), nor at the text's start.
func TestShopNames(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"We ate lunch at a Bellamy's downtown.", "Bellamy", true},
		{"We ate lunch at a Bellamy's downtown.", "a Bellamy", true},
		{"The van stopped outside Fort Wren’s gate.", "Fort Wren", true},
		{"The van stopped outside Fort Wren’s gate.", "Wren", false},
		{"Bellamy's said it would reopen.", "Bellamy", false},
		{"Turnout in Medford was 40 percent; Bend's was 52.", "Bend", false},
		{"He said that Bend's rate fell.", "Bend", false},
		{"A trip to Cuba Lake's shore.", "Lake", false},
		{"A trip to Cuba Lake's shore.", "Cuba Lake", true},
		{"Sales rose at Ames'", "Ames", false},
		{"Sales rose at Ames's", "Ames", true},
	} {
		naive := false
		for _, w := range shopWords {
			for _, ap := range []string{"'s", "’s"} {
				naive = naive || strings.Contains(tc.text, w+" "+tc.name+ap)
			}
		}
		if got := shopNames(tc.text)[tc.name]; got != tc.want || naive != tc.want {
			t.Errorf("%q in %q: shopNames %v, a whole-text search %v, want %v", tc.name, tc.text, got, naive, tc.want)
		}
	}
}

// TestStateAgencyAbbrevSentenceEnd (round 20, second and third reviews):
// "State" is capitalized, so the period of a dotted abbreviation before it
// may end a sentence. Only an abbreviation that is a word of its own (a
// church service's "Mass.", capitalized in running text as no other such
// word is) is in doubt: it is the state at a sentence's start or after "by"
// or "according to", not after "for", "with" or "of", where the service is
// as likely. Others ("Wash.", "Ill.") are the state wherever they stand,
// as news most often writes them.
func TestStateAgencyAbbrevSentenceEnd(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "a service ends the sentence", text: "Choir members were still leaving Mass. State Police said a car had struck a man outside.",
			absent: []string{"Mass."}},
		{name: "after an article, a word", text: "The crowd filed out after the Mass. State Police said no one was hurt.",
			absent: []string{"Mass."}},
		{name: "initials mid-sentence", text: "The crash was investigated by N.C. State Highway Patrol troopers.",
			toponym: "N.C.", country: "US", admin1: "NC"},
		{name: "according to", text: "The driver was not hurt, according to Pa. State Police.",
			toponym: "Pa.", country: "US", admin1: "PA"},
		{name: "a spokesman for", text: "A spokesman for Mich. State Police said the road was closed.",
			toponym: "Mich.", country: "US", admin1: "MI"},
		{name: "two-part abbreviation", text: "The search was led by W.Va. State Police and volunteers.",
			toponym: "W.Va.", country: "US", admin1: "WV"},
		{name: "a word after according to", text: "The road was closed for an hour, according to Mass. State Police.",
			toponym: "Mass.", country: "US", admin1: "MA"},
		{name: "a service after for", text: "Parishioners gathered for Mass. State Police said the fire began at noon.",
			absent: []string{"Mass."}},
		{name: "a service after with", text: "The day began with Mass. State Police then closed the road.",
			absent: []string{"Mass."}},
		{name: "a service after of", text: "Bells rang at the end of Mass. State Police said no one was hurt.",
			absent: []string{"Mass."}},
		{name: "after by", text: "The crash was investigated by Mass. State Police.",
			toponym: "Mass.", country: "US", admin1: "MA"},
		{name: "a word, not a service, after by", text: "The driver was arrested by Wash. State Patrol troopers near Spokane.",
			toponym: "Wash.", country: "US", admin1: "WA"},
		{name: "a word, not a service, after with", text: "Officials with Ill. State Police said the road was closed.",
			toponym: "Ill.", country: "US", admin1: "IL"},
		{name: "a word, not a service, after for", text: "She is a spokeswoman for Wash. State Patrol.",
			toponym: "Wash.", country: "US", admin1: "WA"},
		{name: "after a sentence", text: "A truck overturned on the interstate at dawn. Pa. State Police said the driver was hurt.",
			toponym: "Pa.", country: "US", admin1: "PA"},
		{name: "opening the text", text: "Mass. State Police closed two lanes of the highway for an hour.",
			toponym: "Mass.", country: "US", admin1: "MA"},
		{name: "after an article, no word", text: "A trooper with the Tenn. State Police was hurt in the crash.",
			toponym: "Tenn.", country: "US", admin1: "TN"},
	})
}

// TestVehicleMakeBeforeBigState (round 20, second review): a big state's
// name after an article and a carmaker's is the model, here and at its later
// mention with the make, unless a word of the maker's site or staff follows
// it and makes it the maker's branch there.
func TestVehicleMakeBeforeBigState(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "a comma after the model", text: "Deputies said the man drove off in a Chevrolet Colorado, heading north. The Chevrolet Colorado was later found near Enid, Oklahoma.",
			absent: []string{"Colorado"}, toponym: "Enid", country: "US", admin1: "OK"},
		{name: "a verb after the model", text: "Her Chevrolet Colorado was parked outside a bar in Lamar, Missouri.",
			absent: []string{"Colorado"}, toponym: "Lamar", country: "US", admin1: "MO"},
		{name: "the maker's staff", text: "A Toyota Texas spokesman said the plant would reopen on Monday.",
			toponym: "Texas", country: "US", admin1: "TX"},
	})
}
