package geoparse

import "testing"

// Rules from round 21's probe of conflict and security news; the sentences
// are written for the tests in the stories' patterns.

// TestRegionBranch: a region larger than a country before a capitalized
// "Province" names an armed group's branch, not a place; the region alone,
// and a real division before the word, are still read.
func TestRegionBranch(t *testing.T) {
	checkNews(t, []newsCase{
		{"a branch in West Africa", "Fighters of the Islamic State West Africa Province raided a base near Monguno on Friday.",
			[]string{"West Africa"}, "Monguno", "NG", ""},
		{"a branch in Central Africa", "The group pledged itself to the Islamic State Central Africa Province and now raids villages of North Kivu.",
			[]string{"Central Africa"}, "North Kivu", "CD", ""},
		{"the region alone", "Aid agencies across West Africa warned of a poor harvest after the rains failed in Monguno.",
			nil, "West Africa", "", ""},
	})
}
