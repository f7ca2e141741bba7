package geoparse

import "testing"

// Rules from round 16's probe of conflict news that spells places
// transcribed from Arabic, Persian, Pashto and Somali; the sentences are
// written for the tests in the news' patterns.

// TestApostropheInName: an apostrophe for the Arabic ‘ayn or hamza stands
// inside a word ("Nu’man", "Sa’ada"), so the name goes on after it in
// lower case; a possessive still ends the name, and a one-letter word
// after the apostrophe is no initial that takes the sentence's period.
func TestApostropheInName(t *testing.T) {
	checkNews(t, []newsCase{
		{"‘ayn inside the last word", "Rockets fell on Maarrat al-Nu’man before dawn, rescuers said.",
			[]string{"Maarrat"}, "Maarrat al-Nu’man", "SY", ""},
		{"hamza inside a one-word name", "The strikes hit Sa’ada and its outskirts overnight.",
			nil, "Sa’ada", "YE", ""},
		{"a one-letter word before the sentence's period", "Families fled the fighting toward Sana’a. Roads were closed.",
			nil, "Sana’a", "YE", ""},
		{"a possessive", "Syria's northwest was shelled again on Sunday.",
			[]string{"Syria's"}, "Syria", "SY", ""},
	})
}

// TestHyphenedArticle: the Arabic article hyphened before a name belongs
// to the name as written, whether the gazetteer knows the name without it
// or the reader places a village it lacks.
func TestHyphenedArticle(t *testing.T) {
	checkNews(t, []newsCase{
		{"a town known without its article", "Gunmen attacked a checkpoint in al-Hasakah on Monday night.",
			[]string{"Hasakah"}, "al-Hasakah", "SY", ""},
		{"capitalized article", "Residents of Al-Hasakah said the water station had stopped.",
			[]string{"Hasakah"}, "Al-Hasakah", "SY", ""},
	})
}
