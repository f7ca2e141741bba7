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

// TestNewsRound16Aims: a present "aims", "hopes" or "seeks" before "to"
// is a plan, so a weekday after it is the next one; the past "aimed to"
// and the noun "hope" are not.
func TestNewsRound16Aims(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "aims to in a headline",
			in:   "Council aims to approve the new budget on Friday",
			dct:  "2012-04-04", mode: News,
			want: []want{{text: "Friday", value: "2012-04-06", typ: DATE}},
		},
		{
			name: "hopes to in a sentence",
			in:   "The club hopes to sign the striker on Monday, its coach said.",
			dct:  "2012-04-04", mode: News,
			want: []want{{text: "Monday", value: "2012-04-09", typ: DATE}},
		},
		{
			name: "seeks to",
			in:   "The union seeks to reopen talks Thursday.",
			dct:  "2012-04-04", mode: News,
			want: []want{{text: "Thursday", value: "2012-04-05", typ: DATE}},
		},
		{
			name: "aimed to is past",
			in:   "The council aimed to approve the budget on Monday but ran out of time.",
			dct:  "2012-04-04", mode: News,
			want: []want{{text: "Monday", value: "2012-04-02", typ: DATE}},
		},
		{
			name: "the noun hope is no plan",
			in:   "Their last hope to settle vanished on Monday.",
			dct:  "2012-04-04", mode: News,
			want: []want{{text: "Monday", value: "2012-04-02", typ: DATE}},
		},
	})
}

// TestNewsRound16OrdinalFiscalQuarter: an ordinal, "fiscal" and "quarter"
// (or "half") are one expression, with the year after them when there is
// one, as "the fiscal third quarter" is.
func TestNewsRound16OrdinalFiscalQuarter(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "with of and a year",
			in:   "The brewer posted a loss for the second fiscal quarter of 2012.",
			dct:  "2012-08-02", mode: News,
			want: []want{{text: "the second fiscal quarter of 2012", value: "2012-Q2", typ: DATE}},
		},
		{
			name: "with a bare year after it",
			in:   "Sales fell from fourth fiscal quarter 2011 levels.",
			dct:  "2012-08-02", mode: News,
			want: []want{{text: "fourth fiscal quarter 2011", value: "2011-Q4", typ: DATE}},
		},
		{
			name: "the first fiscal half",
			in:   "Profit doubled in the first fiscal half of 2012.",
			dct:  "2012-08-02", mode: News,
			want: []want{{text: "the first fiscal half of 2012", value: "2012-H1", typ: DATE}},
		},
	})
}

// TestNewsRound16YearToDate: "year-to-date" and "year to date" are the
// year so far, the DCT's year in news; the article before them is not part
// of the date, and "a year" in them is no length.
func TestNewsRound16YearToDate(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "hyphenated after a",
			in:   "The fund posted a year-to-date return of 4 percent.",
			dct:  "2012-06-29", mode: News,
			want: []want{{text: "year-to-date", value: "2012", typ: DATE}},
		},
		{
			name: "unhyphenated at the end of a clause",
			in:   "Shipments are down 2 percent year to date, the group said.",
			dct:  "2012-06-29", mode: News,
			want: []want{{text: "year to date", value: "2012", typ: DATE}},
		},
		{
			name: "after the",
			in:   "The year-to-date figures will be revised.",
			dct:  "2012-06-29", mode: News,
			want: []want{{text: "year-to-date", value: "2012", typ: DATE}},
		},
		{
			name: "a year alone is still a length",
			in:   "The plant was closed for a year.",
			dct:  "2012-06-29", mode: News,
			want: []want{{text: "a year", value: "P1Y", typ: DURATION}},
		},
	})
}

// TestNewsRound16PreviousQuarter: "the previous quarter" is the one before
// the quarter the story reports, even after a day was named; with no
// quarter in view it is the one before the DCT's.
func TestNewsRound16PreviousQuarter(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "after the reported quarter and a weekday",
			in:   "The chipmaker reported higher profit for the third quarter of 2013. Its shares rose after Tuesday's launch. Memory sales were flat from the previous quarter.",
			dct:  "2013-10-24", mode: News,
			want: []want{
				{text: "the third quarter of 2013", value: "2013-Q3", typ: DATE},
				{text: "Tuesday", value: "2013-10-22", typ: DATE},
				{text: "the previous quarter", value: "2013-Q2", typ: DATE},
			},
		},
		{
			name: "no quarter in view",
			in:   "Orders were weaker than in the previous quarter, the survey found.",
			dct:  "2013-10-24", mode: News,
			want: []want{{text: "the previous quarter", value: "2013-Q3", typ: DATE}},
		},
	})
}

// TestNewsRound16ThisWeekend: "this weekend" is the weekend of the DCT's
// week; only on a Monday or Tuesday does a past clause make it the one
// just gone.
func TestNewsRound16ThisWeekend(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a past perfect plan on a Thursday",
			in:   "Lawmakers had hoped to finish the bill sometime this weekend.",
			dct:  "2013-09-26", mode: News,
			want: []want{{text: "this weekend", value: "2013-W39-WE", typ: DATE}},
		},
		{
			name: "a past clause on a Wednesday",
			in:   "Talks planned for this weekend were called off, officials said.",
			dct:  "2013-09-25", mode: News,
			want: []want{{text: "this weekend", value: "2013-W39-WE", typ: DATE}},
		},
		{
			name: "a past clause on a Monday",
			in:   "Storms this weekend knocked out power to thousands.",
			dct:  "2013-09-30", mode: News,
			want: []want{{text: "this weekend", value: "2013-W39-WE", typ: DATE}},
		},
		{
			name: "a future clause on a Monday",
			in:   "The festival will open this weekend.",
			dct:  "2013-09-30", mode: News,
			want: []want{{text: "this weekend", value: "2013-W40-WE", typ: DATE}},
		},
	})
}

// TestNewsRound16ChargeNoun: a set adverb between a sum of money and a
// noun is a recurring charge, a set; after a sum at a clause's end or
// before a preposition it stays an amount per period.
func TestNewsRound16ChargeNoun(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a monthly fee",
			in:   "The bank dropped its plan for a $3 monthly fee on checking accounts.",
			dct:  "2011-11-02", mode: News,
			want: []want{{text: "monthly", value: "P1M", typ: SET}},
		},
		{
			name: "a weekly charge in pounds",
			in:   "Tenants pay a £25 weekly charge for heating.",
			dct:  "2011-11-02", mode: News,
			want: []want{{text: "weekly", value: "P1W", typ: SET}},
		},
		{
			name: "an amount per year at the end",
			in:   "The deal brings in $4 million annually.",
			dct:  "2011-11-02", mode: News,
			want: []want{},
		},
		{
			name: "an amount per month before a preposition",
			in:   "The city spends $90,000 monthly on overtime.",
			dct:  "2011-11-02", mode: News,
			want: []want{},
		},
	})
}

// TestNewsRound16Dawn: "dawn", "dusk" and "daybreak" after a preposition
// are the morning or evening of the day in view; "as dawn broke", "the
// dawn of" and "pre-dawn" are not tagged.
func TestNewsRound16Dawn(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "before dawn after a weekday",
			in:   "The storm reached the coast on Monday. It struck the port just before dawn.",
			dct:  "2011-08-30", mode: News,
			want: []want{
				{text: "Monday", value: "2011-08-29", typ: DATE},
				{text: "dawn", value: "2011-08-29TMO", typ: TIME},
			},
		},
		{
			name: "a curfew from dusk",
			in:   "The army imposed a curfew from dusk.",
			dct:  "2011-08-30", mode: News,
			want: []want{{text: "dusk", value: "2011-08-30TEV", typ: TIME}},
		},
		{
			name: "dusk on a weekday after it",
			in:   "The storm reached the coast on Monday. Troops withdrew at dusk on Tuesday.",
			dct:  "2011-08-31", mode: News,
			want: []want{
				{text: "Monday", value: "2011-08-29", typ: DATE},
				{text: "dusk", value: "2011-08-30TEV", typ: TIME},
				{text: "Tuesday", value: "2011-08-30", typ: DATE},
			},
		},
		{
			name: "dawn and a weekday as one time",
			in:   "Police raided the camp before dawn Wednesday.",
			dct:  "2011-08-31", mode: News,
			want: []want{{text: "dawn Wednesday", value: "2011-08-31TMO", typ: TIME}},
		},
		{
			name: "as dawn broke",
			in:   "Police entered the camp as dawn broke.",
			dct:  "2011-08-30", mode: News,
			want: []want{},
		},
		{
			name: "the dawn of an era",
			in:   "Supporters hailed it as the dawn of a new era.",
			dct:  "2011-08-30", mode: News,
			want: []want{},
		},
	})
}

// TestNewsRound16PossessiveFirst: after a possessive, "first" or "final"
// and a count of units are one length, as after "the"; the possessive
// stays out.
func TestNewsRound16PossessiveFirst(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a name's first months",
			in:   "The console sold ten million units in the console's first four months.",
			dct:  "2013-10-25", mode: News,
			want: []want{{text: "first four months", value: "P4M", typ: DURATION}},
		},
		{
			name: "its final years",
			in:   "The mill lost money in its final three years.",
			dct:  "2013-10-25", mode: News,
			want: []want{{text: "final three years", value: "P3Y", typ: DURATION}},
		},
		{
			name: "a single day is left alone",
			in:   "Its first day on the market went well.",
			dct:  "2013-10-25", mode: News,
			want: []want{},
		},
	})
}

// TestNewsRound16SpanAdjectives: a word saying how a stretch went, between
// its count and a plural unit, stays in the length; other words between
// them do not make one.
func TestNewsRound16SpanAdjectives(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "tumultuous",
			in:   "Over 12 tumultuous years the party split twice.",
			dct:  "2012-10-15", mode: News,
			want: []want{{text: "12 tumultuous years", value: "P12Y", typ: DURATION}},
		},
		{
			name: "long",
			in:   "The siege ended after three long months.",
			dct:  "2012-10-15", mode: News,
			want: []want{{text: "three long months", value: "P3M", typ: DURATION}},
		},
		{
			name: "a word outside the list is left alone",
			in:   "The four rainy days ended the drought.",
			dct:  "2012-10-15", mode: News,
			want: []want{},
		},
	})
}
