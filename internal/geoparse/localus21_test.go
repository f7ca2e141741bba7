package geoparse

import (
	"strings"
	"testing"
)

// TestDatelineCountyInParens (round 21): a county named in parentheses
// after a dateline's state abbreviation is that state's county, with or
// without its word; letters that name no county of the state (a wire
// service's, a station's) stay unread.
func TestDatelineCountyInParens(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "town dateline", text: "CAMDEN, NJ (CAMDEN)-Police said two cars collided on Route 30 late on Sunday.",
			toponym: "CAMDEN", country: "US", admin1: "NJ"},
		{name: "county other than town", text: "FREEHOLD, NJ (MONMOUTH)-The county clerk said the ballots would be counted on Friday.",
			toponym: "MONMOUTH", country: "US", admin1: "NJ"},
		{name: "township dateline", text: "DOVER TOWNSHIP, NJ (OCEAN)-Firefighters were called to a house on Main Street at noon.",
			toponym: "OCEAN", country: "US", admin1: "NJ"},
		{name: "with its word", text: "Lakewood, WA (Pierce County) - Deputies closed the road for three hours.",
			toponym: "Pierce County", country: "US", admin1: "WA"},
		{name: "possessive county", text: "UPPER MARLBORO, MD (Prince George's County) - Deputies closed the road for an hour.",
			toponym: "Prince George's County", country: "US", admin1: "MD"},
		{name: "abbreviated saint", text: "CANTON, NY (St. Lawrence County) - A barn burned on a farm road on Monday.",
			toponym: "St. Lawrence County", country: "US", admin1: "NY"},
		{name: "saint's stop and a possessive", text: "LEONARDTOWN, MD (St. Mary's County) - A boat sank near the pier on Monday.",
			toponym: "St. Mary's County", country: "US", admin1: "MD"},
		{name: "saint's stop, city's namesake", text: "CLAYTON, MO (St. Louis County) - Deputies closed a bridge after a crash on Friday.",
			toponym: "St. Louis County", country: "US", admin1: "MO"},
		{name: "saint's stop, another state", text: "BELLEVILLE, IL (St. Clair County) - A storm cut power to two towns on Tuesday.",
			toponym: "St. Clair County", country: "US", admin1: "IL"},
		{name: "feminine saint's stop", text: "FARMINGTON, MO (Ste. Genevieve County) - A levee held through the night, officials said.",
			toponym: "Ste. Genevieve County", country: "US", admin1: "MO"},
		{name: "saint written out", text: "LEONARDTOWN, MD (Saint Mary's County) - A boat sank near the pier on Monday.",
			toponym: "Saint Mary's County", country: "US", admin1: "MD"},
		{name: "station letters", text: "HOPKINSVILLE, KY (WKDZ) - A fire destroyed a barn on Tuesday night.",
			absent: []string{"WKDZ"}, toponym: "KY", country: "US", admin1: "KY"},
	})
}

// TestTownshipAfterArticle (round 21): a township's name begins after an
// article or a preposition capitalized at a sentence's start or in a title
// ("The Bethel Township Fire Department", "Flooding In Bethel Township").
func TestTownshipAfterArticle(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"sentence start", "The Bethel Township Fire Department answered the call in Berks County, Pennsylvania, just after noon on Sunday.", "Bethel Township"},
		{"title case", "Flooding In Bethel Township Closes Two Roads\n\nCrews closed two roads in Berks County, Pennsylvania, on Monday.", "Bethel Township"},
		{"lower case", "Crews from the Bethel Township Fire Department answered the call in Berks County, Pennsylvania.", "Bethel Township"},
		{"after a dateline", "READING, PA (BERKS)-The Bethel Township Fire Department answered a call on Sunday.", "Bethel Township"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, tp := range parser.Parse(tc.text) {
				if tp.Name == tc.want {
					found = true
				} else if strings.Contains(tp.Name, tc.want) {
					t.Errorf("span %q, want %q", tp.Name, tc.want)
				}
			}
			if !found {
				t.Errorf("%q not found in %q", tc.want, tc.text)
			}
		})
	}
}

// TestInitialedState (round 21): a state's dotted initials standing on
// their own are the state before a lower-case word or a body's word (after
// an agency's letters, perhaps); before a road's word or a name they are
// not read.
func TestInitialedState(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "headline", text: "N.J. town weighs a vote on its school budget\n\nThe council met on Tuesday.",
			toponym: "N.J.", country: "US", admin1: "NJ"},
		{name: "body word", text: "Detectives from the N.J. Division of Criminal Justice joined the search on Friday.",
			toponym: "N.J.", country: "US", admin1: "NJ"},
		{name: "agency letters", text: "The N.C. ABC Commission will consider the permit next month, a manager said.",
			toponym: "N.C.", country: "US", admin1: "NC"},
		{name: "road", text: "The storm crossed N.C. Highway 9 before it weakened over the river.",
			absent: []string{"N.C."}},
		{name: "name", text: "A print by N.C. Wyeth sold for a record price at the auction on Saturday.",
			absent: []string{"N.C."}},
	})
}

// TestInitialedPerson: dotted initials that stand for a person (after
// "as", a name's verb or a verb like "married", or before a verb) or for
// a statistic in parentheses before a number are no state.
func TestInitialedPerson(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "known as", text: "A witness known only as N.J. told the jury what she saw that night.",
			absent: []string{"N.J."}},
		{name: "married", text: "In 1910 he married N.C. at a small chapel by the sea.",
			absent: []string{"N.C."}},
		{name: "as, then a word", text: "The report will refer to the pupil as R.I. throughout its pages.",
			absent: []string{"R.I."}},
		{name: "statistic in parentheses", text: "Mean scores rose (S.D. 2.4) across the groups in the trial.",
			absent: []string{"S.D."}},
		{name: "before a verb", text: "S.D. was small in every group of the trial, the authors wrote.",
			absent: []string{"S.D."}},
		{name: "before a noun", text: "A N.J. court ruled on the zoning case on Monday.",
			toponym: "N.J.", country: "US", admin1: "NJ"},
		{name: "nicknamed", text: "The clerk nicknamed N.C. by her colleagues retired in the spring.",
			absent: []string{"N.C."}},
	})
}

// TestInitialedStateInClause: a state's dotted initials after a verb
// whose object is the state's towns or people, or opening a clause with
// what the state will do, are the state.
func TestInitialedStateInClause(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "past tense before", text: "Heavy rain flooded N.C. farms along the river on Tuesday.",
			toponym: "N.C.", country: "US", admin1: "NC"},
		{name: "participle before", text: "A storm stranded N.J. drivers on the parkway overnight.",
			toponym: "N.J.", country: "US", admin1: "NJ"},
		{name: "will after", text: "N.J. will hold a special vote in March, the clerk said.",
			toponym: "N.J.", country: "US", admin1: "NJ"},
		{name: "is set to after", text: "N.Y. is set to open two new bridges next year.",
			toponym: "N.Y.", country: "US", admin1: "NY"},
		{name: "has after", text: "N.C. has closed its beaches until the storm passes.",
			toponym: "N.C.", country: "US", admin1: "NC"},
	})
}

// TestInitialedVerbObject: dotted initials as a verb's object are a
// person's before a preposition, an adverb or the sentence's end; they are
// the state only when they modify a noun the state owns.
func TestInitialedVerbObject(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "before to", text: "A jury convicted the driver and the court sentenced N.J. to a year of probation.",
			absent: []string{"N.J."}},
		{name: "before near", text: "Officers detained R.I. near the bus depot on Friday evening.",
			absent: []string{"R.I."}},
		{name: "before with", text: "The county accused N.J. with two counts of fraud last spring.",
			absent: []string{"N.J."}},
		{name: "before for", text: "Medics at the clinic treated N.C. for smoke inhalation overnight.",
			absent: []string{"N.C."}},
		{name: "before an adverb", text: "Investigators questioned S.D. twice before the hearing in May.",
			absent: []string{"S.D."}},
		{name: "before in", text: "The coach praised N.H. in a long speech after the final.",
			absent: []string{"N.H."}},
		{name: "irregular past", text: "A reporter met N.M. at the station the next morning.",
			absent: []string{"N.M."}},
		{name: "owned noun", text: "The blizzard stranded N.H. motorists on the interstate overnight.",
			toponym: "N.H.", country: "US", admin1: "NH"},
		{name: "owned plural in -ies", text: "The drought parched N.M. communities along the valley.",
			toponym: "N.M.", country: "US", admin1: "NM"},
		{name: "owned noun in -es", text: "Strong waves battered N.C. beaches for a second day.",
			toponym: "N.C.", country: "US", admin1: "NC"},
	})
}

// TestInitialedStormObject: dotted initials after a verb that does not
// take a person (a storm's, a flood's) are the state whatever follows
// them, and a word that merely ends in -ed is no verb; after a verb that
// takes a person they are the state only before a noun the state owns.
func TestInitialedStormObject(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "before and", text: "The gale pounded N.C. and its neighbor with sleet all week.",
			toponym: "N.C.", country: "US", admin1: "NC"},
		{name: "irregular verb before on", text: "The squall hit N.C. on Sunday and knocked out the ferries.",
			toponym: "N.C.", country: "US", admin1: "NC"},
		{name: "before an adverb", text: "Two twisters crossed N.C. overnight without loss of life.",
			toponym: "N.C.", country: "US", admin1: "NC"},
		{name: "before a noun not listed", text: "High water swamped N.C. cornfields by the levee.",
			toponym: "N.C.", country: "US", admin1: "NC"},
		{name: "word in -ed not a verb", text: "The shelters need N.J. blankets and cots before the cold.",
			toponym: "N.J.", country: "US", admin1: "NJ"},
		{name: "person's verb, owned noun", text: "Troopers arrested N.J. drivers at a checkpoint on Friday.",
			toponym: "N.J.", country: "US", admin1: "NJ"},
		{name: "person's verb, then on", text: "Deputies arrested N.H. on Sunday after a short chase.",
			absent: []string{"N.H."}},
	})
}

// TestTownshipNamedForDivision: a township whose name is a division's
// word keeps it, mid-sentence or at a sentence's start.
func TestTownshipNamedForDivision(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "district", text: "Firefighters put out a shed fire in District Township, Berks County, late on Sunday.",
			toponym: "District Township", country: "US"},
		{name: "district, sentence start", text: "District Township supervisors met on Tuesday in Berks County, Pennsylvania.",
			toponym: "District Township", country: "US"},
	})
}
