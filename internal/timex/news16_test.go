package timex

import "testing"

// Round 16 of the news probes: rules read off the development half of a
// ninth fresh probe. The sentences are our own; each case names the DCT
// it assumes.

// TestNewsRound16AbbreviationDots: the period of an abbreviation ("No. 2",
// "U.S.", "Sen.") neither ends the search for a weekday's tense nor counts
// as a word of its reach; a true sentence end still does.
func TestNewsRound16AbbreviationDots(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "ranks written with No.",
			in:   "The champion will climb from No. 4 to No. 3 in the world rankings on Monday.",
			dct:  "2013-06-09", mode: News,
			want: []want{{text: "Monday", value: "2013-06-10", typ: DATE}},
		},
		{
			name: "a dotted initialism before lower case",
			in:   "The minister will meet U.S. envoys on Thursday.",
			dct:  "2013-06-11", mode: News,
			want: []want{{text: "Thursday", value: "2013-06-13", typ: DATE}},
		},
		{
			name: "a title before a name",
			in:   "The committee will question Sen. Moreno on Thursday.",
			dct:  "2013-06-11", mode: News,
			want: []want{{text: "Thursday", value: "2013-06-13", typ: DATE}},
		},
		{
			name: "a sentence end still stops the search",
			in:   "The mayor will stay on. The council met on Thursday.",
			dct:  "2013-06-11", mode: News,
			want: []want{{text: "Thursday", value: "2013-06-06", typ: DATE}},
		},
	})
}
