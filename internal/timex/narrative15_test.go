package timex

import "testing"

// TestNarrativeRound15 holds the forms found wrong in narrative mode on a
// second private probe of encyclopedic history prose (round 15 in
// docs/benchmarks/timex.md). The sentences are written for the test; the
// story's own dates are its anchor, and the DCT is far from them on purpose.
func TestNarrativeRound15(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a year heading a chronology's line with a colon is a date",
			in:   "The strike ended in May 1931.\n1932: The union split in two over the new wage scale.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "May 1931", value: "1931-05"}, {text: "1932", value: "1932"}},
		},
		{
			name: "a year heading a sentence with a colon is a date",
			in:   "The port reopened in 1871. 1872: A fire destroyed the customs house.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1871", value: "1871"}, {text: "1872", value: "1872"}},
		},
		{
			name: "a number glued to its colon is no heading",
			in:   "The tally stood at 1932:40 after the recount.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{},
		},
		{
			name: "that day is the day last named, even one that only glanced back",
			in:   "In May 1988 the general became president, after a mutiny on 4 June 1979. The colonels arrested the cabinet that day.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "May 1988", value: "1988-05"}, {text: "4 June 1979", value: "1979-06-04"}, {text: "that day", value: "1979-06-04"}},
		},
		{
			name: "the same day follows the story's own last day",
			in:   "The rebels crossed the river on 9 March 1902. The same day the garrison fled.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "9 March 1902", value: "1902-03-09"}, {text: "The same day", value: "1902-03-09"}},
		},
		{
			name: "that day after a year alone keeps the anchor's day",
			in:   "The siege began on 2 August 1914; it had been planned since 1911. Shelling started that day.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "2 August 1914", value: "1914-08-02"}, {text: "1911", value: "1911"}, {text: "that day", value: "1914-08-02"}},
		},
		{
			name: "a later date a plan looks ahead to leaves the story's year",
			in:   "In October 1958 the governor announced plans to hold a vote in early 1960. In December the army took the capital.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "October 1958", value: "1958-10"}, {text: "early 1960", value: "1960"}, {text: "December", value: "1958-12"}},
		},
		{
			name: "a later date the story reaches moves it on",
			in:   "In October 1958 the governor fell ill, and he died in early 1960. In December the army took the capital.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "October 1958", value: "1958-10"}, {text: "early 1960", value: "1960"}, {text: "December", value: "1960-12"}},
		},
		{
			name: "the later end of a range is where the story goes",
			in:   "The talks ran between March 1990 and June 1992 and will be signed in August.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "between March 1990 and June 1992", value: "1990-03", end: "1992-06"}, {text: "August", value: "1992-08"}},
		},
		{
			name: "the fall of a state or a city is its collapse",
			in:   "The crisis of May 1958 led to the fall of the Second Empire's heirs, and after the fall of the town the militia went home.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "May 1958", value: "1958-05"}},
		},
		{
			name: "the fall of a year is still the season",
			in:   "The regiment sailed in the fall of 1917, and in the fall of that year it reached the front.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "the fall of 1917", value: "1917-FA"}, {text: "the fall", value: "1917-FA"}, {text: "that year", value: "1917"}},
		},
		{
			name: "last after to or a modal is the verb, and the length stands alone",
			in:   "In June 1920 the two sides agreed a truce to last three months. Few thought it would last a week.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "June 1920", value: "1920-06"}, {text: "three months", value: "P3M"}, {text: "a week", value: "P1W"}},
		},
		{
			name: "the last three months is still a stretch",
			in:   "Over the last three months of 1920 the truce held.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "the last three months", value: "P3M"}, {text: "1920", value: "1920"}},
		},
	})
}
