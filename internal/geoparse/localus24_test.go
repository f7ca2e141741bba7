package geoparse

import "testing"

// TestUSCountyCoCapitals (round 24): a dateline in capitals writes a
// county's abbreviated word in capitals too ("PIERCE CO., Wash."); it is the
// county when its state's abbreviation follows or a place cue precedes, as
// "Co." is. A company's "CO." in capitals, with no such cue, stays unread,
// and "CO" after a comma is still Colorado.
func TestUSCountyCoCapitals(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "dateline", text: "PIERCE CO., Wash. - Deputies closed a county road after a truck rolled on Sunday.",
			toponym: "PIERCE CO.", country: "US", admin1: "WA"},
		{name: "dateline state", text: "PIERCE CO., Wash. - Deputies closed a county road after a truck rolled on Sunday.",
			toponym: "Wash.", country: "US", admin1: "WA"},
		{name: "two-word county", text: "GRAND TRAVERSE CO., Mich. (WXYZ) - A barn burned on a farm south of town.",
			toponym: "GRAND TRAVERSE CO.", country: "US", admin1: "MI"},
		{name: "cue", text: "THE STORM LEFT TWO ROADS FLOODED IN MARION CO. ON MONDAY NIGHT.",
			toponym: "MARION CO.", country: "US"},
		{name: "company", text: "SMITH CO. REPORTED HIGHER SALES FOR THE QUARTER ON MONDAY.",
			absent: []string{"SMITH CO.", "SMITH"}},
		{name: "company with a suffix", text: "The JOHNSON CO., Inc. store on Main Street closed early on Friday.",
			absent: []string{"JOHNSON CO.", "JOHNSON CO"}},
		{name: "colorado after a comma", text: "BOULDER, CO. (AP) - A grass fire burned two sheds east of town on Friday.",
			toponym: "BOULDER", country: "US", admin1: "CO"},
		{name: "mixed case name", text: "The Yakima CO. office of the firm moved to a new building in May.",
			absent: []string{"Yakima CO."}},
	})
}
