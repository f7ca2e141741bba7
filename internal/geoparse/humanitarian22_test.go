package geoparse

import "testing"

// Rules from round 22's probe of humanitarian reports and event notes; the
// sentences are written for the tests in the reports' patterns.

// TestCommonWordDivisionInView: a common word that names a first-level division
// of a country in view (named, or one of its divisions or towns read
// before) is the division after a cue or in a list a plural division word
// ends; with no such country in view it stays a word.
func TestCommonWordDivisionInView(t *testing.T) {
	checkNews(t, []newsCase{
		{"a list ended by states", "Rains in South Sudan have cut roads in Jonglei and Unity states since July.",
			nil, "Unity", "SS", ""},
		{"a division read before, then a cue", "In Upper Nile, 3,000 people came back from Sudan. In Unity, clinics reopened after the water fell.",
			nil, "Unity", "SS", ""},
		{"the country named, then a cue", "Nigeria's emergency agency said the river flooded farms in Plateau this week.",
			nil, "Plateau", "NG", ""},
		// No country of the division in view: the word stays a word.
		{"no country in view", "The party's leaders met in Unity Hall and spoke of unity in Unity, their new paper.",
			[]string{"Unity"}, "", "", ""},
		{"a cue alone", "Delegates voted in Unity on the motion, the chairman said.",
			[]string{"Unity"}, "", "", ""},
	})
}
