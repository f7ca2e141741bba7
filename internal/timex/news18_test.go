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

// TestNewsRound18ForTheWeek: a market or a data report's "for the week"
// is the week in view, a date, as TimeBank tags "For the week, the index
// dropped"; "the week ending" a day is the week that day closes, and
// "during the week" stays a length.
func TestNewsRound18ForTheWeek(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a Saturday story on Friday's close",
			in:   "Shares slipped Friday. The index lost 1.4 percent for the week.",
			dct:  "2013-03-09", mode: News,
			want: []want{{text: "Friday", value: "2013-03-08", typ: DATE}, {text: "the week", value: "2013-W10", typ: DATE}},
		},
		{
			name: "the month, no day told",
			in:   "Home sales rose 2 percent for the month, the group said.",
			dct:  "2012-11-20", mode: News,
			want: []want{{text: "the month", value: "2012-11", typ: DATE}},
		},
		{
			name: "the week ending a day",
			in:   "Claims fell to 330,000 for the week ending May 4.",
			dct:  "2013-05-09", mode: News,
			want: []want{{text: "the week", value: "2013-W18", typ: DATE}, {text: "May 4", value: "2013-05-04", typ: DATE}},
		},
		{
			name: "during the week is a length",
			in:   "The museum stays open late during the week.",
			dct:  "2013-05-09", mode: News,
			want: []want{{text: "the week", value: "P1W", typ: DURATION}},
		},
	})
}

// TestNewsRound18FullYear: results copy's hyphened "full-year" is the year
// as "the full year" is: with a year after it, one expression naming that
// year; before a noun in a forecast, the DCT's year; in a past clause of a
// story reporting last year's fourth quarter, that year.
func TestNewsRound18FullYear(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "with its year",
			in:   "The airline posted full-year 2012 results on Tuesday.",
			dct:  "2013-02-05", mode: News,
			want: []want{{text: "full-year 2012", value: "2012", typ: DATE}, {text: "Tuesday", value: "2013-02-05", typ: DATE}},
		},
		{
			name: "a forecast before a noun",
			in:   "The chain expects full-year sales to grow 4 percent.",
			dct:  "2013-02-05", mode: News,
			want: []want{{text: "full-year", value: "2013", typ: DATE}},
		},
		{
			name: "a past clause after last year's fourth quarter",
			in:   "Profit fell in the fourth quarter, and full-year revenue rose 3 percent.",
			dct:  "2013-02-05", mode: News,
			want: []want{{text: "the fourth quarter", value: "2012-Q4", typ: DATE}, {text: "full-year", value: "2012", typ: DATE}},
		},
		{
			name: "a full year unhyphened stays a length",
			in:   "She spent a full year abroad.",
			dct:  "2013-02-05", mode: News,
			want: []want{{text: "a full year", value: "P1Y", typ: DURATION}},
		},
	})
}

// TestNewsRound18YearJustEnded: in January, after a date of the year just
// ended, a past clause's "the year" is that year; a forecast's is the
// DCT's, and so is a past clause with no such date before it.
func TestNewsRound18YearJustEnded(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a look back",
			in:   "Home prices climbed in 2013. The index finished the year 11 percent higher.",
			dct:  "2014-01-06", mode: News,
			want: []want{{text: "2013", value: "2013", typ: DATE}, {text: "the year", value: "2013", typ: DATE}},
		},
		{
			name: "a forecast after it",
			in:   "Home prices climbed in 2013. Analysts expect slower gains for the year.",
			dct:  "2014-01-06", mode: News,
			want: []want{{text: "2013", value: "2013", typ: DATE}, {text: "the year", value: "2014", typ: DATE}},
		},
		{
			name: "no date of last year before it",
			in:   "The mayor said the year started badly.",
			dct:  "2014-01-20", mode: News,
			want: []want{{text: "the year", value: "2014", typ: DATE}},
		},
	})
}

// TestNewsRound18GainOverYear: after a change ("a 3.9% gain", "up 16%"),
// "over" and a year measure the change against that year; after a verb
// or "of", "over" and a number stay a count.
func TestNewsRound18GainOverYear(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a gain over a year",
			in:   "Deliveries reached 4 billion in 2013, a 3.9% gain over 2012.",
			dct:  "2014-01-30", mode: News,
			want: []want{{text: "2013", value: "2013", typ: DATE}, {text: "2012", value: "2012", typ: DATE}},
		},
		{
			name: "percent over a year's results",
			in:   "The forecast is up 12 percent over 2013 results.",
			dct:  "2014-01-30", mode: News,
			want: []want{{text: "2013", value: "2013", typ: DATE}},
		},
		{
			name: "a count after a verb",
			in:   "The index rose over 2000 points.",
			dct:  "2014-01-30", mode: News,
			want: nil,
		},
		{
			name: "a count after of",
			in:   "The plant reported a gain of over 2000 jobs.",
			dct:  "2014-01-30", mode: News,
			want: nil,
		},
	})
}

// TestNewsRound18YearColon: a year after "in" with a colon and a space
// after it ends the phrase and is a year; a colon glued to a number after
// it is no year's.
func TestNewsRound18YearColon(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a list introduced by a year",
			in:   "The index made two changes in 2012: one bank left and a retailer joined.",
			dct:  "2013-01-04", mode: News,
			want: []want{{text: "2012", value: "2012", typ: DATE}},
		},
		{
			name: "a glued colon",
			in:   "The ratio in 2012:3 was cited.",
			dct:  "2013-01-04", mode: News,
			want: nil,
		},
	})
}

// TestNewsRound18SamePeriodPreviousYear: "the same period the previous
// year" is the reported quarter a year back, one expression as "the same
// period the year before" is, not a quarter and then a year.
func TestNewsRound18SamePeriodPreviousYear(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "previous",
			in:   "Revenue for the fourth quarter was $229 million, up from $225 million in the same period the previous year.",
			dct:  "2014-02-20", mode: News,
			want: []want{{text: "the fourth quarter", value: "2013-Q4", typ: DATE}, {text: "the same period the previous year", value: "2012-Q4", typ: DATE}},
		},
		{
			name: "prior",
			in:   "Third-quarter sales fell from the same period the prior year.",
			dct:  "2013-10-30", mode: News,
			want: []want{{text: "Third-quarter", value: "2013-Q3", typ: DATE}, {text: "the same period the prior year", value: "2012-Q3", typ: DATE}},
		},
	})
}
