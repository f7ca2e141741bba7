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

// TestCreditedOutlet: a small place's name that a report is credited to
// (after "told", "reported" or "agency", before "reporters", or in a wire
// credit of slash-joined names in brackets) is a news agency; the same
// name as a town the sentence defines stays a place.
func TestCreditedOutlet(t *testing.T) {
	checkNews(t, []newsCase{
		{"after reported, ending the clause", "The river rose overnight near Kassala, reported Xinhua.",
			[]string{"Xinhua"}, "Kassala", "SD", ""},
		{"after told", "A nurse told Xinhua on condition of anonymity that four patients died in Kassala.",
			[]string{"Xinhua"}, "Kassala", "SD", ""},
		{"before reporters", "Two schools collapsed in Kassala, according to Xinhua reporters at the scene.",
			[]string{"Xinhua"}, "Kassala", "SD", ""},
		{"a wire credit", "Gunmen killed eight people at a market in Kassala on Sunday. (Xinhua/NAN)",
			[]string{"Xinhua", "NAN"}, "Kassala", "SD", ""},
		{"after agency", "The state news agency Xinhua said floods hit Kassala.",
			[]string{"Xinhua"}, "Kassala", "SD", ""},
		// The town itself, defined as one, is no outlet.
		{"a town so defined", "She moved to Xinhua, a town in Yunnan, after the floods.",
			nil, "Xinhua", "CN", ""},
	})
}
