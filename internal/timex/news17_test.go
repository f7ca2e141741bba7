package timex

import "testing"

// Round 17 of the news probes: rules read off the development half of a
// tenth fresh probe. The sentences are our own; each case names the DCT
// it assumes.

// TestNewsRound17LastQuarter: a bare "last quarter" points back from the
// DCT as "last year" does; "the last quarter" of something stays an
// ordinal, and "the last quarter century" a length.
func TestNewsRound17LastQuarter(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "after a percentage",
			in:   "The retailer said Tuesday that its sales grew 8 percent last quarter.",
			dct:  "2013-07-16", mode: News,
			want: []want{{text: "Tuesday", value: "2013-07-16", typ: DATE}, {text: "last quarter", value: "2013-Q2", typ: DATE}},
		},
		{
			name: "after a named quarter, still from the DCT",
			in:   "Profit rose in the second quarter. Margins also widened last quarter, the bank said.",
			dct:  "2013-07-16", mode: News,
			want: []want{{text: "the second quarter", value: "2013-Q2", typ: DATE}, {text: "last quarter", value: "2013-Q2", typ: DATE}},
		},
		{
			name: "at the start of a sentence",
			in:   "Last quarter, the airline carried 4 million passengers.",
			dct:  "2014-01-20", mode: News,
			want: []want{{text: "Last quarter", value: "2013-Q4", typ: DATE}},
		},
		{
			name: "the last quarter of a game is no date",
			in:   "The visitors scored 30 points in the last quarter.",
			dct:  "2014-01-20", mode: News,
			want: nil,
		},
	})
}

// TestNewsRound17MonthQuarter: results copy names a quarter by the month
// that closes it ("the June quarter"); it is that calendar quarter, with
// or without "the", and a month that closes no quarter stays a month.
func TestNewsRound17MonthQuarter(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "with the",
			in:   "The chipmaker earned $2 billion in the June quarter.",
			dct:  "2013-07-18", mode: News,
			want: []want{{text: "the June quarter", value: "2013-Q2", typ: DATE}},
		},
		{
			name: "before a noun, without the",
			in:   "It posted record September quarter sales, its chief said.",
			dct:  "2012-10-24", mode: News,
			want: []want{{text: "September quarter", value: "2012-Q3", typ: DATE}},
		},
		{
			name: "the December quarter said in January is last year's",
			in:   "Shipments fell in the December quarter.",
			dct:  "2014-01-28", mode: News,
			want: []want{{text: "the December quarter", value: "2013-Q4", typ: DATE}},
		},
		{
			name: "a month that closes no quarter",
			in:   "The fund made its August quarter payment late.",
			dct:  "2014-09-02", mode: News,
			want: []want{{text: "August", value: "2014-08", typ: DATE}},
		},
	})
}

// TestNewsRound17YearOrdinalQuarter: a year, an ordinal and "quarter" or
// "half" are one expression without "the" too, before a noun as results
// copy writes them.
func TestNewsRound17YearOrdinalQuarter(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "before a noun",
			in:   "Leaving out the charge, 2012 third quarter income was $40 million.",
			dct:  "2013-02-21", mode: News,
			want: []want{{text: "2012 third quarter", value: "2012-Q3", typ: DATE}},
		},
		{
			name: "a half",
			in:   "Orders recovered from 2011 second half levels.",
			dct:  "2012-08-02", mode: News,
			want: []want{{text: "2011 second half", value: "2011-H2", typ: DATE}},
		},
		{
			name: "with the, as before",
			in:   "The figures compare with the 2011 fourth quarter.",
			dct:  "2013-02-21", mode: News,
			want: []want{{text: "the 2011 fourth quarter", value: "2011-Q4", typ: DATE}},
		},
		{
			name: "a year alone stays a year",
			in:   "In 2011 fourth-place finishers were paid less.",
			dct:  "2013-02-21", mode: News,
			want: []want{{text: "2011", value: "2011", typ: DATE}},
		},
	})
}

// TestNewsRound17ComparedAmount: after an amount, "more than" or "less
// than" compares amounts ("58 percent more than a year earlier"); the
// time is the bare "a year earlier". Without an amount before it, it
// still bounds the time.
func TestNewsRound17ComparedAmount(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a percentage before it",
			in:   "The mill shipped 40 percent more than a year earlier.",
			dct:  "2013-04-10", mode: News,
			want: []want{{text: "a year earlier", value: "2012", typ: DATE}},
		},
		{
			name: "a sum before it",
			in:   "The county collected $3 million less than a year ago.",
			dct:  "2013-04-10", mode: News,
			want: []want{{text: "a year ago", value: "2012", typ: DATE}},
		},
		{
			name: "no amount: the bound stays",
			in:   "The plant closed more than a year ago.",
			dct:  "2013-04-10", mode: News,
			want: []want{{text: "more than a year ago", value: "2012", typ: DATE, mod: "MORE_THAN"}},
		},
	})
}

// TestNewsRound17HoursMinutes: a length given in hours and minutes (and
// seconds in figures) is one length, as one in years and months is; a
// following "ago" leaves the parts apart, and "a second" stays an ordinal.
func TestNewsRound17HoursMinutes(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "with a comma",
			in:   "The final lasted 4 hours, 12 minutes.",
			dct:  "2013-09-09", mode: News,
			want: []want{{text: "4 hours, 12 minutes", value: "PT4H12M", typ: DURATION}},
		},
		{
			name: "with and, in words",
			in:   "The flight took two hours and forty minutes.",
			dct:  "2013-09-09", mode: News,
			want: []want{{text: "two hours and forty minutes", value: "PT2H40M", typ: DURATION}},
		},
		{
			name: "down to seconds in figures",
			in:   "She finished in 2 hours, 21 minutes and 9 seconds.",
			dct:  "2013-09-09", mode: News,
			want: []want{{text: "2 hours, 21 minutes and 9 seconds", value: "PT2H21M9S", typ: DURATION}},
		},
		{
			name: "a second attack is no length",
			in:   "The siege went on for three hours and a second attack followed.",
			dct:  "2013-09-09", mode: News,
			want: []want{{text: "three hours", value: "PT3H", typ: DURATION}},
		},
	})
}

// TestNewsRound17ReportedYear: a results story out early in the year that
// reports last year's fourth quarter means that year by "the year" in a
// past clause; a forecast "for the year" is the DCT's, and so is "the
// year" in a story with no reported period.
func TestNewsRound17ReportedYear(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a past clause after the reported quarter",
			in:   "The brewer posted higher sales for the fourth quarter. Operating profit for the year was $80 million.",
			dct:  "2013-02-14", mode: News,
			want: []want{{text: "the fourth quarter", value: "2012-Q4", typ: DATE}, {text: "the year", value: "2012", typ: DATE}},
		},
		{
			name: "a forecast stays the DCT's year",
			in:   "The brewer posted higher sales for the fourth quarter. It expects profit of $90 million for the year.",
			dct:  "2013-02-14", mode: News,
			want: []want{{text: "the fourth quarter", value: "2012-Q4", typ: DATE}, {text: "the year", value: "2013", typ: DATE}},
		},
		{
			name: "no reported period",
			in:   "Rainfall for the year was below average, the bureau said.",
			dct:  "2013-02-14", mode: News,
			want: []want{{text: "the year", value: "2013", typ: DATE}},
		},
	})
}

// TestMonthQuarterOfYear: a quarter named by its closing month with "of"
// and a year is that year's, one expression (the review of session 13).
func TestMonthQuarterOfYear(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "of a year",
			in:   "Sales rose in the December quarter of 2019.",
			dct:  "2024-05-21", mode: News,
			want: []want{{text: "the December quarter of 2019", value: "2019-Q4", typ: DATE}},
		},
	})
}
