package timex

import "testing"

// Round 24b's fresh news probe: rules read off its development half and
// kept only where the class also erred in another probe's development
// half. The sentences are our own; each case names the DCT it assumes.

// TestNews24bPeriodOfYear: a period, "of", then "this year", "last year"
// or "next year" is one expression, the period in that year: a date finer
// than a year keeps its month, day, quarter or season, and the first or
// last three or six months become a quarter or a half. A possessive
// ("of last year's drought") leaves the year to its noun, and a plain
// length ("two months of last year") stays a length.
func TestNews24bPeriodOfYear(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a holiday of last year is that year's",
			in:   "Christmas of last year was quiet, and he resigned on New Year's Day of last year.",
			dct:  "2026-11-30", mode: News,
			want: []want{{text: "Christmas of last year", value: "2025-12-25"}, {text: "New Year's Day of last year", value: "2025-01-01"}},
		},
		{
			name: "a week or a weekday read from the story's date is not moved to the year named (their own values stay the known miss they were)",
			in:   "Sales rose in the last week of last year and peaked on the last Sunday of last year.",
			dct:  "2013-03-06", mode: News,
			want: []want{{text: "the last week", value: "2013-W09"}, {text: "last year", value: "2012"}, {text: "last Sunday", value: "2013-03-03"}, {text: "last year", value: "2012"}},
		},
		{
			name: "a month with its modifier in the story's year",
			in:   "Floods closed the pass in early July of this year.",
			dct:  "2012-09-10", mode: News,
			want: []want{{text: "early July of this year", value: "2012-07", typ: DATE, mod: "START"}},
		},
		{
			name: "the last three months of the year before",
			in:   "Subscribers grew by a fifth in the final three months of last year.",
			dct:  "2014-02-03", mode: News,
			want: []want{{text: "the final three months of last year", value: "2013-Q4", typ: DATE}},
		},
		{
			name: "the first half of the coming year",
			in:   "The ministry warned that the first six months of next year would be hard.",
			dct:  "2012-10-01", mode: News,
			want: []want{{text: "the first six months of next year", value: "2013-H1", typ: DATE}},
		},
		{
			name: "a day of the coming year",
			in:   "The mill will reopen on March 3 of next year, its owner said.",
			dct:  "2013-06-10", mode: News,
			want: []want{{text: "March 3 of next year", value: "2014-03-03"}},
		},
		{
			name: "a season of the year before",
			in:   "Crops withered in the summer of last year.",
			dct:  "2013-04-22", mode: News,
			want: []want{{text: "the summer of last year", value: "2012-SU"}},
		},
		{
			name: "a company's quarter against the same period a year back",
			in:   "Revenue rose 6 percent in the first quarter from the same period of last year.",
			dct:  "2013-05-02", mode: News,
			want: []want{{text: "the first quarter", value: "2013-Q1"}, {text: "the same period of last year", value: "2012-Q1"}},
		},
		{
			name: "a possessive gives the year to its noun",
			in:   "Wells ran dry in the summer of last year's drought.",
			dct:  "2013-04-22", mode: News,
			want: []want{{text: "the summer", value: "2012-SU"}, {text: "last year", value: "2012"}},
		},
		{
			name: "a plain length inside a year stays a length",
			in:   "The strike took up two months of last year.",
			dct:  "2011-05-17", mode: News,
			want: []want{{text: "two months", value: "P2M", typ: DURATION}, {text: "last year", value: "2010"}},
		},
		{
			name: "a comma between the two leaves them apart",
			in:   "Prices peaked in July, of all months, and fell this year.",
			dct:  "2012-11-30", mode: News,
			want: []want{{text: "July", value: "2012-07"}, {text: "this year", value: "2012"}},
		},
		{
			name: "a match report's final of last year's cup",
			in:   "He scored twice in the final of last year's cup on Sunday.",
			dct:  "2014-03-10", mode: News,
			want: []want{{text: "last year", value: "2013"}, {text: "Sunday", value: "2014-03-09"}},
		},
	})
}
