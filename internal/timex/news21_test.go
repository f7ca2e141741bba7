package timex

import "testing"

// Round 21 of the news probes: rules read off the development half of a
// fourteenth fresh probe, kept only where the class recurs in another
// story. The sentences are our own; each case names the DCT it assumes.

// TestNewsRound21NewYear: "the new year" in news is the year that begins
// nearest the DCT (the coming one from July on), and "the New Year",
// capitalised, its first day. A word between "the" and "new" ("the lunar
// new year") or a possessive after ("the new year's budget") leaves it
// alone, and narrative mode, with no DCT to count from, is unchanged.
func TestNewsRound21NewYear(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a storm that opens the year, told on its first day",
			in:   "Heavy snow will greet the new year across the plains.",
			dct:  "2015-01-01", mode: News,
			want: []want{{text: "the new year", value: "2015", typ: DATE}},
		},
		{
			name: "a plan for the year ahead, told in December",
			in:   "The board will meet early in the new year to set fares.",
			dct:  "2012-12-18", mode: News,
			want: []want{{text: "early in the new year", value: "2013", typ: DATE, mod: "START"}},
		},
		{
			name: "late January still speaks of the year just begun",
			in:   "The first auction of the new year drew few bidders.",
			dct:  "2014-01-27", mode: News,
			want: []want{{text: "the new year", value: "2014", typ: DATE}},
		},
		{
			name: "capitalised, the holiday itself",
			in:   "Fireworks lit the harbour as the New Year arrived.",
			dct:  "2013-12-31", mode: News,
			want: []want{{text: "the New Year", value: "2014-01-01", typ: DATE}},
		},
		{
			name: "New Year's Day keeps its own reading",
			in:   "Shops reopen after the New Year's Day holiday.",
			dct:  "2013-12-30", mode: News,
			want: []want{{text: "New Year's Day", value: "2014-01-01", typ: DATE}},
		},
		{
			name: "a festival's name",
			in:   "Families gathered for the lunar new year in the old quarter.",
			dct:  "2014-01-31", mode: News,
		},
		{
			name: "a possessive",
			in:   "Lawmakers argued over the new year's budget.",
			dct:  "2014-01-31", mode: News,
		},
		{
			name: "narrative mode",
			in:   "By the new year the garrison had run out of grain.",
			mode: Narrative,
		},
	})
}

// TestNewsRound21StormForecast: "storm" is a weather word, as "storms"
// is, so a weekday in a line about a storm with no tense to tell the time
// ("Ice storm possible Thursday into Friday", a forecast's headline) is
// the one ahead, and its "Thursday night" keeps the night. A storm told
// in the past keeps its weekday behind the DCT.
func TestNewsRound21StormForecast(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a forecast headline with no verb",
			in:   "Ice storm possible Thursday into Friday",
			dct:  "2015-02-09", mode: News,
			want: []want{{text: "Thursday", value: "2015-02-12", typ: DATE}, {text: "Friday", value: "2015-02-13", typ: DATE}},
		},
		{
			name: "the worst of the storm, expected",
			in:   "Crews expect the worst of the storm Thursday night and Friday.",
			dct:  "2015-02-09", mode: News,
			want: []want{{text: "Thursday night", value: "2015-02-12TNI", typ: TIME}, {text: "Friday", value: "2015-02-13", typ: DATE}},
		},
		{
			name: "a storm in the past",
			in:   "The storm knocked out power to thousands on Thursday.",
			dct:  "2015-02-09", mode: News,
			want: []want{{text: "Thursday", value: "2015-02-05", typ: DATE}},
		},
	})
}

// TestNewsRound21StormVerb: "storm" as a verb ("fighters storm a depot")
// names an attack, not the weather, so a weekday in its sentence keeps
// the tense's reading: the one behind the DCT.
func TestNewsRound21StormVerb(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a plural subject storms a building",
			in:   "Protesters storm town hall in Jos Tuesday night",
			dct:  "2014-11-07", mode: News,
			want: []want{{text: "Tuesday night", value: "2014-11-04", typ: DATE}},
		},
		{
			name: "the verb before its object",
			in:   "Armed men storm a barracks near Gao on Wednesday, killing two guards.",
			dct:  "2014-11-07", mode: News,
			want: []want{{text: "Wednesday", value: "2014-11-05", typ: DATE}},
		},
		{
			name: "the noun after an adjective still reads ahead",
			in:   "Winter storm possible Tuesday into Wednesday",
			dct:  "2014-11-07", mode: News,
			want: []want{{text: "Tuesday", value: "2014-11-11", typ: DATE}, {text: "Wednesday", value: "2014-11-12", typ: DATE}},
		},
	})
}

// TestNewsRound21NewYearDatedElsewhere: "the new year" is left to the DCT
// only where its sentence dates nothing else. A year named in the
// sentence that is not the one the DCT gives, another calendar's new year, or a day or month after it that may
// place the holiday leave it untagged rather than in the DCT's year.
func TestNewsRound21NewYearDatedElsewhere(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a year named earlier in the sentence",
			in:   "In 1994, the rebels opened the new year with a raid on the port.",
			dct:  "2015-01-20", mode: News,
			want: []want{{text: "1994", value: "1994", typ: DATE}},
		},
		{
			name: "a year right after it",
			in:   "The garrison fell on the eve of the New Year in 1972.",
			dct:  "2015-01-20", mode: News,
			want: []want{{text: "1972", value: "1972", typ: DATE}},
		},
		{
			name: "a year named that agrees with the DCT's reading",
			in:   "A blizzard will open the new year, the coldest start to 2015 yet.",
			dct:  "2014-12-29", mode: News,
			want: []want{{text: "the new year", value: "2015", typ: DATE}, {text: "2015", value: "2015", typ: DATE}},
		},
		{
			name: "another calendar's new year",
			in:   "Shops shut for the new year of the Persian calendar.",
			dct:  "2015-01-20", mode: News,
		},
		{
			name: "a date after it places the holiday",
			in:   "The New Year, which falls on 19 February, closes the markets.",
			dct:  "2015-01-20", mode: News,
			want: []want{{text: "19 February", value: "2015-02-19", typ: DATE}},
		},
		{
			name: "a year in a clause of its own says nothing of it",
			in:   "The dispute, which started in 2023, may run on into the new year.",
			dct:  "2026-12-20", mode: News,
			want: []want{{text: "2023", value: "2023", typ: DATE}, {text: "the new year", value: "2027", typ: DATE}},
		},
		{
			name: "a weekday later in the sentence dates the saying",
			in:   "Hearings will restart in the new year, a spokesman said on Tuesday.",
			dct:  "2026-12-20", mode: News,
			want: []want{{text: "the new year", value: "2027", typ: DATE}, {text: "Tuesday", value: "2026-12-15", typ: DATE}},
		},
		{
			name: "a count is no year",
			in:   "Some 1900 workers will return in the new year.",
			dct:  "2026-12-20", mode: News,
			want: []want{{text: "the new year", value: "2027", typ: DATE}},
		},
		{
			name: "a weekday right after it places the holiday",
			in:   "The New Year, which falls on a Friday, shuts the port.",
			dct:  "2026-12-20", mode: News,
			want: []want{{text: "Friday", value: "2026-12-18", typ: DATE}},
		},
	})
}
