package timex

import "testing"

// Round 19 of the news probes: rules read off the development half of a
// twelfth fresh probe. The sentences are our own; each case names the
// DCT it assumes.

// TestNewsRound19ComparisonBase: a quarter a results story measures its
// own against ("up 6% from the second quarter of 2011") is a base of
// comparison; the next "the quarter" is still the quarter the story
// reports. A quarter named with no change before it keeps "the quarter".
func TestNewsRound19ComparisonBase(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "up from the year-ago quarter",
			in:   "The brewer made $700 million in the second quarter of 2012, up 6% from the second quarter of 2011. Shipments in the quarter were flat.",
			dct:  "2012-07-26", mode: News,
			want: []want{{text: "the second quarter of 2012", value: "2012-Q2", typ: DATE}, {text: "the second quarter of 2011", value: "2011-Q2", typ: DATE}, {text: "the quarter", value: "2012-Q2", typ: DATE}},
		},
		{
			name: "compared with",
			in:   "Sales in the third quarter were $3 billion, compared with the third quarter of 2012. Margins in the quarter held.",
			dct:  "2013-10-24", mode: News,
			want: []want{{text: "the third quarter", value: "2013-Q3", typ: DATE}, {text: "the third quarter of 2012", value: "2012-Q3", typ: DATE}, {text: "the quarter", value: "2013-Q3", typ: DATE}},
		},
		{
			name: "a quarter named without a change keeps the quarter",
			in:   "The chain opened 40 stores in the third quarter. In the fourth quarter of 2012 it opened 30. Rents for the quarter rose.",
			dct:  "2013-11-05", mode: News,
			want: []want{{text: "the third quarter", value: "2013-Q3", typ: DATE}, {text: "the fourth quarter of 2012", value: "2012-Q4", typ: DATE}, {text: "the quarter", value: "2012-Q4", typ: DATE}},
		},
	})
}

// TestNewsRound19AheadOf: what is waited for lies ahead, so a weekday
// after "ahead of" looks forward from a present clause; a past verb just
// before ("slid on Tuesday ahead of Wednesday's decision", told on
// Thursday) leaves it to the other cues.
func TestNewsRound19AheadOf(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a deadline later in the week",
			in:   "Bond prices were hit by supply worries, even as unions meet ahead of a Friday deadline in Madrid.",
			dct:  "2012-10-16", mode: News,
			want: []want{{text: "Friday", value: "2012-10-19", typ: DATE}},
		},
		{
			name: "data the next day",
			in:   "Currency traders are cautious ahead of Friday's payroll data.",
			dct:  "2013-03-07", mode: News,
			want: []want{{text: "Friday", value: "2013-03-08", typ: DATE}},
		},
		{
			name: "a past verb just before",
			in:   "Shares slid on Tuesday ahead of Wednesday's rate decision.",
			dct:  "2012-10-18", mode: News,
			want: []want{{text: "Tuesday", value: "2012-10-16", typ: DATE}, {text: "Wednesday", value: "2012-10-17", typ: DATE}},
		},
	})
}

// TestNewsRound19LastQuarterOf: "the last (or final) quarter of" a year is
// that year's fourth quarter, one expression as "the fourth quarter of
// 2010" is.
func TestNewsRound19LastQuarterOf(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "last quarter of a year",
			in:   "The airline lost money in the last quarter of 2010.",
			dct:  "2012-02-09", mode: News,
			want: []want{{text: "the last quarter of 2010", value: "2010-Q4", typ: DATE}},
		},
		{
			name: "final quarter of a year",
			in:   "Bookings picked up in the final quarter of 2011, the agency said.",
			dct:  "2012-02-09", mode: News,
			want: []want{{text: "the final quarter of 2011", value: "2011-Q4", typ: DATE}},
		},
	})
}

// TestNewsRound19JustShortOf: "just short of" and "just shy of" a length
// bound it from above, as "just under" does, and belong to it.
func TestNewsRound19JustShortOf(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "just short of",
			in:   "The inquiry sat for just short of six weeks.",
			dct:  "2013-04-17", mode: News,
			want: []want{{text: "just short of six weeks", value: "P6W", typ: DURATION, mod: "LESS_THAN"}},
		},
		{
			name: "just shy of",
			in:   "Rescuers reached the hikers just shy of three hours after the call.",
			dct:  "2012-05-04", mode: News,
			want: []want{{text: "just shy of three hours", value: "PT3H", typ: DURATION, mod: "LESS_THAN"}},
		},
	})
}

// TestNewsRound19WeatherKind: a season before "storm" or "weather" names
// a kind of weather ("winter storm warnings", "summer weather"), not a
// season of some year; "this winter" stays a date.
func TestNewsRound19WeatherKind(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "winter storm warnings",
			in:   "Winter storm warnings cover three states until Thursday.",
			dct:  "2014-01-01", mode: News,
			want: []want{{text: "Thursday", value: "2014-01-02", typ: DATE}},
		},
		{
			name: "winter weather, and this winter",
			in:   "Winter weather closed the pass, the third time this winter.",
			dct:  "2014-01-02", mode: News,
			want: []want{{text: "this winter", value: "2013-WI", typ: DATE}},
		},
	})
}

// TestNewsRound19HourlyStaff: "hourly" before "workers", "staff" or
// "retirees" names people paid by the hour, not a set; "posted hourly"
// stays one.
func TestNewsRound19HourlyStaff(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "hourly staff",
			in:   "The mill told its hourly staff on Monday that shifts would be cut.",
			dct:  "2014-02-12", mode: News,
			want: []want{{text: "Monday", value: "2014-02-10", typ: DATE}},
		},
		{
			name: "hourly workers",
			in:   "Hourly workers at the depot will vote on the offer.",
			dct:  "2014-02-12", mode: News,
			want: nil,
		},
		{
			name: "a set still",
			in:   "River levels are posted hourly.",
			dct:  "2014-02-12", mode: News,
			want: []want{{text: "hourly", value: "PT1H", typ: SET}},
		},
	})
}

// TestNewsRound19ToUnitsOf: a bare plural unit between "to" and "of" is
// a stretch of what follows, as after "follows": "an end to years of
// feuding", "sent to weeks of quarantine".
func TestNewsRound19ToUnitsOf(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "an end to years of",
			in:   "The treaty brought an end to years of feuding over the river.",
			dct:  "2011-08-12", mode: News,
			want: []want{{text: "years", value: "PXY", typ: DURATION}},
		},
		{
			name: "sent to weeks of",
			in:   "The health office sent the crew to weeks of quarantine.",
			dct:  "2011-08-12", mode: News,
			want: []want{{text: "weeks", value: "PXW", typ: DURATION}},
		},
	})
}

// TestNewsRound19Midnight: in news, midnight closing a day is written
// "T24", as TimeBank values a weekday's midnight.
func TestNewsRound19Midnight(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "midnight and a weekday",
			in:   "The voucher scheme will close at midnight Sunday.",
			dct:  "2013-10-24", mode: News,
			want: []want{{text: "midnight Sunday", value: "2013-10-27T24", typ: TIME}},
		},
		{
			name: "bare midnight",
			in:   "The new curfew takes effect at midnight, police said.",
			dct:  "2013-10-23", mode: News,
			want: []want{{text: "midnight", value: "2013-10-23T24", typ: TIME}},
		},
	})
}

// TestNewsRound19ForSomeTime: "for some time" is a length of no stated
// size, which TimeBank tags and values PXM.
func TestNewsRound19ForSomeTime(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "stay high for some time",
			in:   "Analysts said fuel prices may stay high for some time.",
			dct:  "2013-07-04", mode: News,
			want: []want{{text: "some time", value: "PXM", typ: DURATION}},
		},
	})
}
