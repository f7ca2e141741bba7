package timex

import "testing"

// Round 19 of the news probes: rules read off the development half of a
// twelfth fresh probe. The sentences are our own; each case names the
// DCT it assumes.

// TestNewsRound19ComparisonBase: a quarter a results story measures its
// own against ("up 20% from the fourth quarter of 2012") is a base of
// comparison; the next "the quarter" is still the quarter the story
// reports. With no reported quarter named before, "the quarter" keeps the
// quarter last named.
func TestNewsRound19ComparisonBase(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "up from the year-ago quarter",
			in:   "The maker earned $2 billion in the fourth quarter of 2013, up 20% from the fourth quarter of 2012. Orders for the quarter rose 8%.",
			dct:  "2014-01-17", mode: News,
			want: []want{{text: "the fourth quarter of 2013", value: "2013-Q4", typ: DATE}, {text: "the fourth quarter of 2012", value: "2012-Q4", typ: DATE}, {text: "the quarter", value: "2013-Q4", typ: DATE}},
		},
		{
			name: "compared with",
			in:   "Sales in the second quarter were $3 billion, compared with the second quarter of 2012. Margins in the quarter held.",
			dct:  "2013-07-25", mode: News,
			want: []want{{text: "the second quarter", value: "2013-Q2", typ: DATE}, {text: "the second quarter of 2012", value: "2012-Q2", typ: DATE}, {text: "the quarter", value: "2013-Q2", typ: DATE}},
		},
		{
			name: "a quarter named without a change keeps the quarter",
			in:   "The chain opened 40 stores in the third quarter. In the fourth quarter of 2012 it opened 30. Rents for the quarter rose.",
			dct:  "2013-11-05", mode: News,
			want: []want{{text: "the third quarter", value: "2013-Q3", typ: DATE}, {text: "the fourth quarter of 2012", value: "2012-Q4", typ: DATE}, {text: "the quarter", value: "2012-Q4", typ: DATE}},
		},
	})
}
