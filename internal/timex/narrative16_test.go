package timex

import "testing"

// TestNarrativeRound16 holds the forms found wrong in narrative mode on a
// third private probe of encyclopedic history prose (round 16 in
// docs/benchmarks/timex.md). The sentences are written for the test; the
// story's own dates are its anchor, and the DCT is far from them on purpose.
func TestNarrativeRound16(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a list entry written year first is one date",
			in:   "Chronology\n1871, Mar. 18 | The guard seized the cannon.\n1871, May | The army entered the city.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1871, Mar. 18", value: "1871-03-18"}, {text: "1871, May", value: "1871-05"}},
		},
		{
			name: "a year-first entry with an ordinal day",
			in:   "1905, Jan 22nd - Troops fired on the marchers.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1905, Jan 22nd", value: "1905-01-22"}},
		},
		{
			name: "inside a sentence a month after the year's comma stays apart",
			in:   "The council met in 1990, May and his deputy resigned.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1990", value: "1990"}},
		},
		{
			name: "for many years and for some weeks are lengths",
			in:   "The river had not flooded for many years, and for some weeks in 1927 the valley lay under water.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "many years", value: "PXY"}, {text: "some weeks", value: "PXW"}, {text: "1927", value: "1927"}},
		},
		{
			name: "some and many before a unit without for stay a count",
			in:   "Many years of drought followed, and some days were lost to rain.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{},
		},
		{
			name: "an adverb opening the sentence leaves the date at the clause's head",
			in:   "Monday, March 2, 2015\n\nAlso on 14 May 1940 the army crossed the river. By June 4 the port had fallen.",
			dct:  "2015-03-02", mode: Narrative,
			want: []want{{text: "Monday, March 2, 2015", value: "2015-03-02"}, {text: "14 May 1940", value: "1940-05-14"}, {text: "June 4", value: "1940-06-04"}},
		},
		{
			name: "an adverb inside the clause still marks a glance back",
			in:   "In March 1950 the ministry, founded also in 1936, moved. In June the staff followed.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "March 1950", value: "1950-03"}, {text: "1936", value: "1936"}, {text: "June", value: "1950-06"}},
		},
		{
			name: "an age given to the day is one length",
			in:   "The old king died in 1910 at the age of 68 years, 7 months and 4 days.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1910", value: "1910"}, {text: "68 years, 7 months and 4 days", value: "P68Y7M4D"}},
		},
		{
			name: "years and months joined by and are one length",
			in:   "The siege lasted two years and four months.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "two years and four months", value: "P2Y4M"}},
		},
		{
			name: "lengths that do not grow finer stay apart",
			in:   "He served 10 years, 5 years of them abroad.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "10 years", value: "P10Y"}, {text: "5 years", value: "P5Y"}},
		},
		{
			name: "a month of the same year is one date",
			in:   "The assembly was elected in 1958 and met in October of the same year.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1958", value: "1958"}, {text: "October of the same year", value: "1958-10"}},
		},
		{
			name: "a month of the following year is one date in the next year",
			in:   "The treaty was signed in 1921 and ratified in March of the following year.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1921", value: "1921"}, {text: "March of the following year", value: "1922-03"}},
		},
		{
			name: "a season in a name quoted mid-sentence is no date",
			in:   "In 1968 the reforms became known as the \"Prague Spring\" before the tanks came in August.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1968", value: "1968"}, {text: "August", value: "1968-08"}},
		},
		{
			name: "a quoted season opening a sentence is still a season",
			in:   "The war resumed in March 1871. \"Summer brought no relief,\" a diarist wrote.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "March 1871", value: "1871-03"}, {text: "Summer", value: "1871-SU"}},
		},
		{
			name: "a heading's spaced day span is two days of one month",
			in:   "The garrison held out through May 1921.\n\n12 - 14 June\n\nThe relief column arrived.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "May 1921", value: "1921-05"}, {text: "12 - 14 June", value: "1921-06-12", end: "1921-06-14"}},
		},
		{
			name: "a spaced dash between numbers in running text is no span",
			in:   "In May 1921 the garrison won the match 12 - 14 June recruits watching.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "May 1921", value: "1921-05"}, {text: "14 June", value: "1921-06-14"}},
		},
	})
}
