package timex

import "testing"

// Round 14 of the news probes: rules read off the development half of an
// eighth fresh probe. The sentences are our own; each case names the DCT
// it assumes.

// TestNewsRound14BareUnits: a bare plural unit right before "earlier" or
// "later", or after "with" and before "left", is a length of no stated
// size counted from an event. A determiner, a quantifier or an adjective
// before it leaves it to other rules, and "seconds"/"minutes" stay out.
func TestNewsRound14BareUnits(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "hours earlier after a noun",
			in:   "The driver had phoned his brother hours earlier.",
			dct:  "2014-03-10", mode: News,
			want: []want{{text: "hours", value: "PTXH", typ: DURATION}},
		},
		{
			name: "days later after a pronoun",
			in:   "The ferry, which days later sank off the coast, was never inspected.",
			dct:  "2014-03-10", mode: News,
			want: []want{{text: "days", value: "PXD", typ: DURATION}},
		},
		{
			name: "weeks later opening a sentence",
			in:   "Weeks later the bridge reopened.",
			dct:  "2014-03-10", mode: News,
			want: []want{{text: "Weeks", value: "PXW", typ: DURATION}},
		},
		{
			name: "with hours left",
			in:   "With hours left before the deadline, the two sides kept talking.",
			dct:  "2014-03-10", mode: News,
			want: []want{{text: "hours", value: "PTXH", typ: DURATION}},
		},
		{
			name: "hours left without with is no length",
			in:   "The hours left him tired.",
			dct:  "2014-03-10", mode: News,
			want: []want{},
		},
		{
			name: "days after an event stays out",
			in:   "Police found the car days after the robbery.",
			dct:  "2014-03-10", mode: News,
			want: []want{},
		},
		{
			name: "seconds earlier stays out",
			in:   "The guard had left seconds earlier.",
			dct:  "2014-03-10", mode: News,
			want: []want{},
		},
	})
}

// TestNewsRound14SpeedGloss: "an hour" after a speed whose measure is
// glossed in brackets, or joined to its number by a hyphen, is a rate.
func TestNewsRound14SpeedGloss(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a hyphenated measure with a bracketed gloss",
			in:   "Trees fell in a 90-kilometer (56-mile) an hour gale on the coast.",
			dct:  "2014-03-10", mode: News,
			want: []want{},
		},
		{
			name: "plural measures with a bracketed gloss",
			in:   "Gusts reached 160 kilometers (100 miles) an hour near the coast.",
			dct:  "2014-03-10", mode: News,
			want: []want{},
		},
		{
			name: "a hyphenated measure alone",
			in:   "Forecasters warned of a 60-mile an hour wind.",
			dct:  "2014-03-10", mode: News,
			want: []want{},
		},
		{
			name: "a bracket with no measure before it keeps the hour",
			in:   "He waited (patiently) an hour for the train.",
			dct:  "2014-03-10", mode: News,
			want: []want{{text: "an hour", value: "PT1H", typ: DURATION}},
		},
	})
}

// TestNewsRound14SetTo: "is set to" is a plan, as "is due to" is, and a
// present plan auxiliary further back in the sentence still governs a
// weekday when nothing nearer tells the tense.
func TestNewsRound14SetTo(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "is set to near the weekday",
			in:   "The new mayor is set to take office on Sunday.",
			dct:  "2014-06-03", mode: News,
			want: []want{{text: "Sunday", value: "2014-06-08"}},
		},
		{
			name: "was set to is left to other cues",
			in:   "The new mayor was set to take office on Sunday.",
			dct:  "2014-06-03", mode: News,
			want: []want{{text: "Sunday", value: "2014-06-01"}},
		},
		{
			name: "a far plan with nothing nearer",
			in:   "The bishop is set to read the long-awaited letter-of-apology before the members of the city's old synod on Sunday.",
			dct:  "2014-06-03", mode: News,
			want: []want{{text: "Sunday", value: "2014-06-08"}},
		},
		{
			name: "a far plan in another sentence does not count",
			in:   "The council is set to meet. The bishop read the long-awaited letter-of-apology before the members of the city's old synod on Sunday.",
			dct:  "2014-06-03", mode: News,
			want: []want{{text: "Sunday", value: "2014-06-01"}},
		},
		{
			name: "a nearer past verb still decides",
			in:   "The bishop is expected to say that the long-awaited letter-of-apology that the members of the synod received on Sunday was genuine.",
			dct:  "2014-06-03", mode: News,
			want: []want{{text: "Sunday", value: "2014-06-01"}},
		},
	})
}

// TestNewsRound14PastPerfectMonth: under a past perfect, a bare month in a
// clause of its own told in the simple past is the last such month up to
// the DCT's, not the coming one however near.
func TestNewsRound14PastPerfectMonth(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "had been rumoured after the chairman stepped down in July",
			in:   "The takeover had long been rumoured after the chairman stepped down in July.",
			dct:  "2014-06-03", mode: News,
			want: []want{{text: "July", value: "2013-07"}},
		},
		{
			name: "had been due to open in July still looks ahead",
			in:   "The museum had been due to open in July.",
			dct:  "2014-06-03", mode: News,
			want: []want{{text: "July", value: "2014-07"}},
		},
		{
			name: "an infinitive between the past verb and the month looks elsewhere",
			in:   "The bank had been criticised after it agreed to cut rates in July.",
			dct:  "2014-06-03", mode: News,
			want: []want{{text: "July", value: "2014-07"}},
		},
	})
}

// TestNewsRound14MonthsOfTheYear: "the year" after a count of months or
// quarters, in results told early in the next year, is the year of the
// reported period.
func TestNewsRound14MonthsOfTheYear(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "the final three months of the year after a fourth quarter, said in January",
			in:   "The brewer earned $2 billion in the fourth quarter. Sales grew fastest during the final three months of the year.",
			dct:  "2013-01-25", mode: News,
			want: []want{{text: "the fourth quarter", value: "2012-Q4"}, {text: "the final three months", value: "P3M"}, {text: "the year", value: "2012"}},
		},
		{
			name: "the first nine months of the year in the same year",
			in:   "The brewer earned $2 billion in the third quarter and $5 billion in the first nine months of the year.",
			dct:  "2013-10-25", mode: News,
			want: []want{{text: "the third quarter", value: "2013-Q3"}, {text: "the first nine months", value: "P9M"}, {text: "the year", value: "2013"}},
		},
		{
			name: "with no reported period the year is the DCT's",
			in:   "Rain fell on most days in the first three months of the year.",
			dct:  "2013-05-02", mode: News,
			want: []want{{text: "the first three months", value: "P3M"}, {text: "the year", value: "2013"}},
		},
	})
}

// TestNewsRound14PriorYearQuarter: "the prior year second quarter" is one
// expression, that quarter of the year before the one in view.
func TestNewsRound14PriorYearQuarter(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "the prior year second quarter after a second quarter",
			in:   "Orders rose in the second quarter, up 9 percent from the prior year second quarter.",
			dct:  "2012-08-10", mode: News,
			want: []want{{text: "the second quarter", value: "2012-Q2"}, {text: "the prior year second quarter", value: "2011-Q2"}},
		},
		{
			name: "the previous year third quarter",
			in:   "Revenue in the third quarter of 2013 beat the previous year third quarter.",
			dct:  "2013-11-04", mode: News,
			want: []want{{text: "the third quarter of 2013", value: "2013-Q3"}, {text: "the previous year third quarter", value: "2012-Q3"}},
		},
		{
			name: "the prior year alone stays a year",
			in:   "Revenue in the third quarter of 2013 beat the prior year.",
			dct:  "2013-11-04", mode: News,
			want: []want{{text: "the third quarter of 2013", value: "2013-Q3"}, {text: "the prior year", value: "2012"}},
		},
	})
}

// TestNewsRound14HabitualMonth: a bare month in a clause that tells what
// happens as a rule ("usually", "rare") is a month of any year.
func TestNewsRound14HabitualMonth(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "are rare in April",
			in:   "Frosts of that kind are rare in April, forecasters said.",
			dct:  "2015-04-05", mode: News,
			want: []want{{text: "April", value: "XXXX-04"}},
		},
		{
			name: "usually peaks in February",
			in:   "The flu season usually peaks in February.",
			dct:  "2015-04-05", mode: News,
			want: []want{{text: "February", value: "XXXX-02"}},
		},
		{
			name: "a plain past keeps the year",
			in:   "The flu season peaked in February.",
			dct:  "2015-04-05", mode: News,
			want: []want{{text: "February", value: "2015-02"}},
		},
		{
			name: "a habitual word in another clause does not count",
			in:   "Frosts are rare, but one came in March.",
			dct:  "2015-04-05", mode: News,
			want: []want{{text: "March", value: "2015-03"}},
		},
		{
			name: "a month with its day keeps its year",
			in:   "The river usually crests by April 20.",
			dct:  "2015-04-05", mode: News,
			want: []want{{text: "April 20", value: "2015-04-20"}},
		},
	})
}

// TestNewsRound14TimelineHeading: a clock time on a line of its own heads
// an entry of a news timeline and falls on the DCT's day, not on the last
// day the text named.
func TestNewsRound14TimelineHeading(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a heading after an old date",
			in:   "The fire broke out on March 3, 2011.\n\n11:40 a.m.\n\nThe jury has begun its deliberations.",
			dct:  "2014-05-06", mode: News,
			want: []want{{text: "March 3, 2011", value: "2011-03-03"}, {text: "11:40 a.m", value: "2014-05-06T11:40"}},
		},
		{
			name: "a clock time inside a sentence keeps the day named",
			in:   "The fire broke out on March 3, 2011. It was put out at 11:40 a.m.",
			dct:  "2014-05-06", mode: News,
			want: []want{{text: "March 3, 2011", value: "2011-03-03"}, {text: "11:40 a.m", value: "2011-03-03T11:40"}},
		},
	})
}

// TestNewsRound14SlightlyMore: "slightly more than" and "slightly less
// than" belong to the expression, as "more than" does.
func TestNewsRound14SlightlyMore(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "slightly more than two months",
			in:   "The lease runs for slightly more than two months.",
			dct:  "2013-01-25", mode: News,
			want: []want{{text: "slightly more than two months", value: "P2M", mod: "MORE_THAN"}},
		},
		{
			name: "slightly less than a year",
			in:   "The plant was built in slightly less than a year.",
			dct:  "2013-01-25", mode: News,
			want: []want{{text: "slightly less than a year", value: "P1Y", mod: "LESS_THAN"}},
		},
	})
}

// TestNewsRound14HalfYear: "the half year" in results copy is the half the
// reported period falls in; with no results in view, the DCT's half.
func TestNewsRound14HalfYear(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "after second-quarter figures",
			in:   "Net income for the second quarter doubled, and sales for the half year rose 12 percent.",
			dct:  "2012-08-10", mode: News,
			want: []want{{text: "the second quarter", value: "2012-Q2"}, {text: "the half year", value: "2012-H1"}},
		},
		{
			name: "hyphenated, after fourth-quarter figures told in February",
			in:   "Profit in the fourth quarter fell, but the half-year was its best.",
			dct:  "2013-02-10", mode: News,
			want: []want{{text: "the fourth quarter", value: "2012-Q4"}, {text: "the half-year", value: "2012-H2"}},
		},
		{
			name: "half a year stays a length",
			in:   "The repairs took half a year.",
			dct:  "2013-02-10", mode: News,
			want: []want{{text: "half a year", value: "P6M"}},
		},
	})
}

// TestNewsRound14FinalHours: "the final hours", "the closing weeks" are
// a stretch of no stated size; with "of" after them they name a part of
// something else and are left alone.
func TestNewsRound14FinalHours(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "the final hours before the polls closed",
			in:   "Volunteers knocked on doors in the final hours before the polls closed.",
			dct:  "2012-12-03", mode: News,
			want: []want{{text: "the final hours", value: "PTXH", typ: DURATION}},
		},
		{
			name: "the closing weeks before a vote",
			in:   "Both parties spent heavily in the closing weeks before the vote.",
			dct:  "2012-12-03", mode: News,
			want: []want{{text: "the closing weeks", value: "PXW", typ: DURATION}},
		},
		{
			name: "a match's dying minutes are left alone",
			in:   "The visitors scored twice in the dying minutes to win.",
			dct:  "2012-12-03", mode: News,
			want: []want{},
		},
		{
			name: "the final days of a war are left alone",
			in:   "He was captured in the final days of the war.",
			dct:  "2012-12-03", mode: News,
			want: []want{},
		},
	})
}

// TestNewsRound14ForTheEvening: after "for", as after "in" or "through",
// "the evening" is that part of the day in view.
func TestNewsRound14ForTheEvening(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "left for the evening after a time on Friday",
			in:   "The panel broke off at 5 p.m. on Friday and left for the evening.",
			dct:  "2013-07-13", mode: News,
			want: []want{{text: "5 p.m.", value: "2013-07-12T17:00"}, {text: "Friday", value: "2013-07-12"}, {text: "the evening", value: "2013-07-12TEV"}},
		},
		{
			name: "a noun after it is no part of the day",
			in:   "She bought tickets for the evening show.",
			dct:  "2013-07-13", mode: News,
			want: []want{},
		},
	})
}
