package geoparse

import "testing"

// TestWikiDefinedCommonWords (round 15): a town whose name is a common
// English word ("Orange") is a place only with context; a sentence that
// defines it as a settlement is that context for every mention, also
// when a dash stands before the verb, as some mirrors leave it. A title
// of nobility before "of" keeps the word a title. Sentences written for
// the purpose.
func TestWikiDefinedCommonWords(t *testing.T) {
	checkWiki(t, []wikiCase{
		{"a dash before the verb, then bare mentions",
			"Orange – is a city in the tablelands of New South Wales. Wool buyers came to Orange each spring, and the shire named its new hall after Orange.",
			"Orange", []string{"AU", "AU", "AU"}, "02"},
		{"a royal title before \"of\" stays a title",
			"Orange is a city in New South Wales. Its name honours the Prince of Orange, and Orange grew with the railway.",
			"Orange", []string{"AU", "AU"}, "02"},
		{"no definition: the common word stays a word",
			"Growers said Orange prices fell this year, and Lemon prices rose.",
			"Orange", []string{""}, ""},
	})
}
