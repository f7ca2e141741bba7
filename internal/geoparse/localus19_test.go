package geoparse

import (
	"strings"
	"testing"
)

// TestDatelineStateCounty (round 19): a county named bare after a dateline's
// town and state is that state's, though a larger namesake lies elsewhere
// and the text names rivers and other states; a county given its own state
// keeps it.
func TestDatelineStateCounty(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "bare county", text: "MARION, Ill. -- Alexander County schools reopened on Monday once the Ohio and Mississippi rivers fell, though Missouri roads stayed shut.",
			toponym: "Alexander County", country: "US", admin1: "IL"},
		{name: "own state", text: "COLUMBIA, Mo. -- A man from Boone County, Ky., was arrested Monday after a chase on Interstate 70.",
			toponym: "Boone County", country: "US", admin1: "KY"},
	})
}

// TestUSCountyCo (round 19): a county written with "Co." after its name is
// the county after a place cue or before its state's abbreviation ("in
// Botetourt Co.", "BOTETOURT Co., Va."); a company's "Co." is no county.
func TestUSCountyCo(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "cue", text: "Two barns burned on Sunday in Botetourt Co. after a lightning storm.", toponym: "Botetourt Co.", country: "US", admin1: "VA"},
		{name: "dateline", text: "BOTETOURT Co., Va. (WXYZ) - A bridge on the county road will close for a month.", toponym: "Va.", country: "US", admin1: "VA"},
		{name: "company", text: "He worked at Johnson Co. for thirty years before he retired to Florida.", absent: []string{"Johnson Co.", "Johnson"}},
	})
}

// TestDottedTwpDatelineState (round 19): the state's abbreviation after a
// dateline's township written "TWP." with its period names the state
// ("DOVER TWP., N.J. —").
func TestDottedTwpDatelineState(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "dotted twp", text: "BRICK TWP., N.J. — Two homes burned on Tuesday, the fire marshal said.", toponym: "N.J.", country: "US", admin1: "NJ"},
	})
}

// TestVehicleModelAgain (round 19): a US carmaker before a name makes it the
// model ("a GMC Yukon"), and the text's later "The Yukon" is the vehicle
// again; after a preposition the name is the place.
func TestVehicleModelAgain(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "make then again", text: "A deputy's car hit a GMC Yukon at a crossing. Then the Yukon slid into a ditch outside Fargo.",
			absent: []string{"Yukon"}, toponym: "Fargo", country: "US", admin1: "ND"},
	})
	// After a preposition the name is a place again, though the text has
	// used it for the model.
	onlyLast(t, "She drove a GMC Yukon to the capital of the Yukon last spring.", "Yukon")
}

// onlyLast checks that name is read as a toponym in text only where it
// stands last.
func onlyLast(t *testing.T, text, name string) {
	t.Helper()
	var starts []int
	for _, tp := range parser.Parse(text) {
		if tp.Name == name {
			starts = append(starts, tp.Start)
		}
	}
	if want := strings.LastIndex(text, name); len(starts) != 1 || starts[0] != want {
		t.Errorf("%s read at %v, want only at %d", name, starts, want)
	}
}

// TestFamilyAndPlazaNames (round 19): a name before a capitalized "Family"
// is the family's ("the Hollis Family Trust"), and a street's or a
// square's word alone after a capitalized word ends that place's name
// ("near Copper Plaza"): neither is a town.
func TestFamilyAndPlazaNames(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "family trust", text: "The council sold the old depot to the Hollis Family Trust in March.", absent: []string{"Hollis"}},
		{name: "plaza", text: "ATHENS, Ga. - A deputy found the stolen van near Copper Plaza on Friday.", absent: []string{"Plaza"}, toponym: "ATHENS", country: "US", admin1: "GA"},
		{name: "plaza after two words", text: "A tanker overturned beside the Copper Kettle Plaza on the highway outside Beckley, W.Va.", absent: []string{"Plaza"}},
		{name: "town named Sherman", text: "The family moved from Sherman, Texas, to Dallas last year.", toponym: "Sherman", country: "US", admin1: "TX"},
		// In a title-case headline every word is capitalized: "Family"
		// alone is the town's family; with an organisation's word after
		// it the name stays out (other rules drop it there too).
		{name: "headline", text: "Bucha Family Returns To A Ruined Street\n\nThey had spent a month with relatives in the west.", toponym: "Bucha", country: "UA"},
		{name: "headline trust", text: "Hollis Family Trust Gives Land To The Town\n\nThe gift was announced on Monday.", absent: []string{"Hollis"}},
		{name: "prose family", text: "The land goes back to the Hollis Family, the mayor said.", absent: []string{"Hollis"}},
	})
}

// TestCapitalAmongSmallTowns (round 19): a city abroad, however large,
// listed among three or more small towns of one country is a place there
// the gazetteer lacks, placed by them; among big cities it stays abroad.
func TestCapitalAmongSmallTowns(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "small towns", text: "Engines came from Potosi, Pilot Knob, Desloge, Farmington and Belgrade to help.", toponym: "Belgrade", country: "US", admin1: "MO"},
		{name: "big cities", text: "Flights leave from Chicago, Denver, Boston and Belgrade every week.", toponym: "Belgrade", country: "RS"},
	})
}

// TestInitialsBeforeRoute (round 19): a state's initials before a road's
// word and its number name the road ("WV Route 9"), as the full name
// does; elsewhere they are the state.
func TestInitialsBeforeRoute(t *testing.T) {
	onlyLast(t, "A trooper stopped a van on WV Route 9 east of the county line, the West Virginia State Police said. WV officials reopened the road at noon.", "WV")
}

// TestDatelineStateYieldsToText: the dateline's state is a prior for a
// county named bare, and the text's own word on the county's state beats
// it: a state named in the county's sentence ("the largest county in
// Kansas"), before it with "'s", or right after it.
func TestDatelineStateYieldsToText(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "in the state", text: "KANSAS CITY, Mo. — Johnson County, the second county in Kansas to do so, approved a new jail on Tuesday.",
			toponym: "Johnson County", country: "US", admin1: "KS"},
		{name: "possessive", text: "KANSAS CITY, Mo. — Kansas's Johnson County approved a new jail on Tuesday.",
			toponym: "Johnson County", country: "US", admin1: "KS"},
		{name: "state after", text: "KANSAS CITY, Mo. — Johnson County, Kansas, approved a new jail on Tuesday.",
			toponym: "Johnson County", country: "US", admin1: "KS"},
		{name: "bare", text: "KANSAS CITY, Mo. — Johnson County approved a new jail on Tuesday.",
			toponym: "Johnson County", country: "US", admin1: "MO"},
		{name: "the dateline's own state named", text: "KANSAS CITY, Mo. — Johnson County approved a new jail on Tuesday, the first in Missouri this year.",
			toponym: "Johnson County", country: "US", admin1: "MO"},
	})
}

// TestDatelineStateNotTiedToCounty: a state named in the county's sentence
// but not tied to it (a person's home state, an agency of another state)
// leaves the dateline's state as the county's.
func TestDatelineStateNotTiedToCounty(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "state of a person after", text: "CARBONDALE, Ill. — Jackson County deputies stopped a Missouri driver near the levee on Friday.",
			toponym: "Jackson County", country: "US", admin1: "IL"},
		{name: "state of a person before", text: "CAIRO, Ill. — A Kentucky driver was stopped in Union County on Friday.",
			toponym: "Union County", country: "US", admin1: "IL"},
	})
}

// TestTitleCaseLineKept: titleCase keeps its verdict for one line only; a
// later call on another line reads that line afresh.
func TestTitleCaseLineKept(t *testing.T) {
	text := "Salem Family Returns To The Farm\nThe family came back to the farm on Monday.\nSalem Family Returns Home"
	var tc textContext
	for _, tt := range []struct {
		at   string // the word whose first byte is asked about
		from int    // search for it from this byte
		want bool
	}{
		{"Family", 0, true},
		{"Returns", 0, true},
		{"family", 0, false},
		{"Monday", 0, false},
		{"Family", 40, true},
		{"Returns", 0, true},
	} {
		at := tt.from + strings.Index(text[tt.from:], tt.at)
		if got := tc.titleCase(text, at); got != tt.want {
			t.Errorf("titleCase at %q (byte %d) = %v, want %v", tt.at, at, got, tt.want)
		}
	}
}
