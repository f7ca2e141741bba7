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
