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

// TestNewsRound19AheadOf: what a market or a meeting waits for lies
// ahead, so a weekday after "ahead of" looks forward from a present
// clause; a past verb just before ("fell on Wednesday ahead of
// Thursday's report", told on Friday) leaves it to the other cues.
func TestNewsRound19AheadOf(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a meeting later in the week",
			in:   "Prices were pushed down by talk of a glut, even as ministers call for cuts ahead of a Thursday meeting in Vienna.",
			dct:  "2012-06-12", mode: News,
			want: []want{{text: "Thursday", value: "2012-06-14", typ: DATE}},
		},
		{
			name: "a report the next day",
			in:   "Bond traders are cautious ahead of Friday's jobs report.",
			dct:  "2013-03-07", mode: News,
			want: []want{{text: "Friday", value: "2013-03-08", typ: DATE}},
		},
		{
			name: "a past verb just before",
			in:   "Stocks fell on Wednesday ahead of Thursday's jobs report.",
			dct:  "2012-06-15", mode: News,
			want: []want{{text: "Wednesday", value: "2012-06-13", typ: DATE}, {text: "Thursday", value: "2012-06-14", typ: DATE}},
		},
	})
}

// TestNewsRound19LastQuarterOf: "the last (or final) quarter of" a year is
// that year's fourth quarter, one expression as "the fourth quarter of
// 2012" is; "its last quarter" without a year is left as it was.
func TestNewsRound19LastQuarterOf(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "last quarter of a year",
			in:   "The tiremaker had broken even in the last quarter of 2012.",
			dct:  "2014-02-14", mode: News,
			want: []want{{text: "the last quarter of 2012", value: "2012-Q4", typ: DATE}},
		},
		{
			name: "final quarter of a year",
			in:   "Deliveries slowed in the final quarter of 2013, the carrier said.",
			dct:  "2014-01-30", mode: News,
			want: []want{{text: "the final quarter of 2013", value: "2013-Q4", typ: DATE}},
		},
	})
}

// TestNewsRound19JustShortOf: "just short of" and "just shy of" a length
// bound it from above, as "just under" does, and belong to it.
func TestNewsRound19JustShortOf(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "just short of",
			in:   "The hearing lasted just short of eight weeks.",
			dct:  "2013-04-17", mode: News,
			want: []want{{text: "just short of eight weeks", value: "P8W", typ: DURATION, mod: "LESS_THAN"}},
		},
		{
			name: "just shy of",
			in:   "Deputies caught the man just shy of two hours after the robbery.",
			dct:  "2012-05-04", mode: News,
			want: []want{{text: "just shy of two hours", value: "PT2H", typ: DURATION, mod: "LESS_THAN"}},
		},
	})
}

// TestNewsRound19WeatherKind: a season before "storm" or "weather" names
// a kind of weather ("a major winter storm", "winter weather
// advisories"), not a season of some year; "this winter" stays a date.
func TestNewsRound19WeatherKind(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a winter storm",
			in:   "Forecasters said a major winter storm would reach New England on Thursday.",
			dct:  "2014-01-01", mode: News,
			want: []want{{text: "Thursday", value: "2014-01-02", typ: DATE}},
		},
		{
			name: "winter weather, and this winter",
			in:   "Winter weather advisories were posted, the third time this winter.",
			dct:  "2014-01-02", mode: News,
			want: []want{{text: "this winter", value: "2013-WI", typ: DATE}},
		},
	})
}

// TestNewsRound19HourlyStaff: "hourly" before "workers", "employees" or
// "pension" names staff paid by the hour, not a set; "posted hourly"
// stays one.
func TestNewsRound19HourlyStaff(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a pension fund for hourly staff",
			in:   "The carmaker paid $1 billion into its hourly pension fund on Monday.",
			dct:  "2014-02-12", mode: News,
			want: []want{{text: "Monday", value: "2014-02-10", typ: DATE}},
		},
		{
			name: "hourly workers",
			in:   "Hourly workers at the plant will vote on the contract.",
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
// legal drama", "sentenced to months of hard time".
func TestNewsRound19ToUnitsOf(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "an end to years of",
			in:   "The verdict put an end to years of legal wrangling over the mill.",
			dct:  "2011-08-12", mode: News,
			want: []want{{text: "years", value: "PXY", typ: DURATION}},
		},
		{
			name: "sentenced to months of",
			in:   "The judge had sentenced teenagers to months of detention for petty theft.",
			dct:  "2011-08-12", mode: News,
			want: []want{{text: "months", value: "PXM", typ: DURATION}},
		},
	})
}

// TestNewsRound19Midnight: in news, midnight closing a day is written
// "T24", as TimeBank values "midnight Friday".
func TestNewsRound19Midnight(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "midnight and a weekday",
			in:   "The tender offer will expire at midnight Friday.",
			dct:  "2013-10-24", mode: News,
			want: []want{{text: "midnight Friday", value: "2013-10-25T24", typ: TIME}},
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
// size, which TimeBank tags and values PXM; "some time ago" is not
// taken by it.
func TestNewsRound19ForSomeTime(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "persist for some time",
			in:   "The bank said spare capacity would persist for some time.",
			dct:  "2013-07-04", mode: News,
			want: []want{{text: "some time", value: "PXM", typ: DURATION}},
		},
	})
}
