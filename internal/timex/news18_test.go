package timex

import "testing"

// Round 18 of the news probes: rules read off the development half of an
// eleventh fresh probe. The sentences are our own; each case names the
// DCT it assumes.

// TestNewsRound18ThanExpected: "than expected" holds a result against a
// forecast and says nothing of the future, so a results headline's bare
// quarter looks back as the story's past verbs do; "is expected to" still
// looks ahead.
func TestNewsRound18ThanExpected(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a headline in February",
			in:   "Retailer Q4 Profit Better Than Expected",
			dct:  "2014-02-12", mode: News,
			want: []want{{text: "Q4", value: "2013-Q4", typ: DATE}},
		},
		{
			name: "as expected, and the quarter after it",
			in:   "Sales for the fourth quarter came in as expected. The quarter ended with a strong December.",
			dct:  "2014-02-12", mode: News,
			want: []want{{text: "the fourth quarter", value: "2013-Q4", typ: DATE}, {text: "The quarter", value: "2013-Q4", typ: DATE}, {text: "December", value: "2013-12", typ: DATE}},
		},
		{
			name: "a forecast still looks ahead",
			in:   "Profit is expected to rise in the fourth quarter.",
			dct:  "2014-02-12", mode: News,
			want: []want{{text: "the fourth quarter", value: "2014-Q4", typ: DATE}},
		},
	})
}

// TestNewsRound18CurrentQuarter: "the current quarter" is the DCT's own
// quarter, even after a results story has named the quarter it reports,
// and "current" before "Q1" is one expression with it.
func TestNewsRound18CurrentQuarter(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "after the reported quarter",
			in:   "The carrier earned $900 million in the fourth quarter. Analysts expect $700 million in the current quarter.",
			dct:  "2014-01-28", mode: News,
			want: []want{{text: "the fourth quarter", value: "2013-Q4", typ: DATE}, {text: "the current quarter", value: "2014-Q1", typ: DATE}},
		},
		{
			name: "current before a numbered quarter",
			in:   "The brewer gave no outlook for its current Q2, citing the weather.",
			dct:  "2013-05-08", mode: News,
			want: []want{{text: "current Q2", value: "2013-Q2", typ: DATE}},
		},
	})
}
