package geoparse

import "testing"

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
