package timex

import "testing"

// TestReview19 holds faults a review found in round 19's rules, each
// beside the form the rule was made for. The sentences are written for
// the test.
func TestReview19(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a heading with no DCT to judge by is the entry's date, and a past perfect year glances back from it",
			in:   "3 August 1914\n\nThe reserves were called up. The barracks had been built in 1850. The following day the trains left.",
			mode: Narrative,
			want: []want{{text: "3 August 1914", value: "1914-08-03"}, {text: "1850", value: "1850"}, {text: "The following day", value: "1914-08-04"}},
		},
		{
			name: "a heading far from the DCT is the entry's date too",
			in:   "3 August 1914\n\nThe reserves were called up. The barracks had been built in 1850. The following day the trains left.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "3 August 1914", value: "1914-08-03"}, {text: "1850", value: "1850"}, {text: "The following day", value: "1914-08-04"}},
		},
		{
			name: "under a heading near the DCT a past perfect year is still an aside",
			in:   "Monday, March 3, 2025\n\nA crowd gathered at the gate. The gate had been built in 1370. The following day the walls were searched.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "Monday, March 3, 2025", value: "2025-03-03"}, {text: "1370", value: "1370"}, {text: "The following day", value: "2025-03-04"}},
		},
		{
			name: "a season a past perfect only feared is the one ahead, and so is the year after it",
			in:   "On 2 November 1709 the garrison marched north. Its captains had feared the winter, and it struck hard that year.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "2 November 1709", value: "1709-11-02"}, {text: "the winter", value: "1709-WI"}, {text: "that year", value: "1709"}},
		},
		{
			name: "a season a past perfect planned is the next one",
			in:   "In October 1640 the council had prepared the spring offensive.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "October 1640", value: "1640-10"}, {text: "the spring", value: "1641-SP"}},
		},
		{
			name: "a season a past perfect sat out is over by the story's date",
			in:   "On 3 May 1690 the ships left harbour. The crews had sat out the winter in port.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "3 May 1690", value: "1690-05-03"}, {text: "the winter", value: "1689-WI"}},
		},
		{
			name: "an adjective between the determiner and a season a past perfect spent leaves it over",
			in:   "On 2 May 1761 the trappers came down the river. They had spent a bitter winter in the hills.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "2 May 1761", value: "1761-05-02"}, {text: "winter", value: "1760-WI"}},
		},
		{
			name: "two adjectives with a comma between them do too",
			in:   "On 2 May 1761 the trappers came down the river. They had endured the long, dark winter in the hills.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "2 May 1761", value: "1761-05-02"}, {text: "winter", value: "1760-WI"}},
		},
		{
			name: "an adjective before a season a past perfect only dreaded still looks ahead",
			in:   "On 2 May 1761 the trappers came down the river. They had dreaded a bitter winter in the hills.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "2 May 1761", value: "1761-05-02"}, {text: "winter", value: "1761-WI"}},
		},
		{
			name: "a past verb in a headline above does not make a weekday after ahead of past",
			in:   "Grain exports slumped\n\nMillers delay new contracts ahead of Friday's harvest report.",
			dct:  "2025-06-10",
			want: []want{{text: "Friday", value: "2025-06-13"}},
		},
		{
			name: "nor one on the line above with no blank line between",
			in:   "Grain exports slumped\nMillers delay new contracts ahead of Friday's harvest report.",
			dct:  "2025-06-10",
			want: []want{{text: "Friday", value: "2025-06-13"}},
		},
		{
			name: "a past verb in the weekday's own clause still makes it past",
			in:   "Grain exports slumped\n\nMillers held back new orders ahead of Friday's harvest report.",
			dct:  "2025-06-10",
			want: []want{{text: "Friday", value: "2025-06-06"}},
		},
		{
			name: "under a heading whose day the story has told, a year in a relative clause is an aside",
			in:   "Floods in the valley\n\n14 March 2022\n\nThe river flooded the fields. The dam, which engineers finished in 2009, held. The next day the water fell.",
			dct:  "2022-03-20", mode: Narrative,
			want: []want{{text: "14 March 2022", value: "2022-03-14"}, {text: "2009", value: "2009"}, {text: "The next day", value: "2022-03-15"}},
		},
		{
			name: "so is a year in a parenthesis",
			in:   "Floods in the valley\n\n14 March 2022\n\nThe river flooded the fields. The dam (finished in 2009) held. The next day the water fell.",
			dct:  "2022-03-20", mode: Narrative,
			want: []want{{text: "14 March 2022", value: "2022-03-14"}, {text: "2009", value: "2009"}, {text: "The next day", value: "2022-03-15"}},
		},
		{
			name: "so is a year after in inside a clause about something else",
			in:   "Floods in the valley\n\n14 March 2022\n\nThe river flooded the fields. The dam built in 2009 held. The next day the water fell.",
			dct:  "2022-03-20", mode: Narrative,
			want: []want{{text: "14 March 2022", value: "2022-03-14"}, {text: "2009", value: "2009"}, {text: "The next day", value: "2022-03-15"}},
		},
		{
			name: "so is a year a past perfect tells at its sentence's head",
			in:   "Floods in the valley\n\n14 March 2022\n\nThe river flooded the fields. In 2009 engineers had finished the dam. The next day the water fell.",
			dct:  "2022-03-20", mode: Narrative,
			want: []want{{text: "14 March 2022", value: "2022-03-14"}, {text: "2009", value: "2009"}, {text: "The next day", value: "2022-03-15"}},
		},
		{
			name: "a year heading its sentence as the story's time moves the story off the heading",
			in:   "Floods in the valley\n\n14 March 2022\n\nThe river flooded the fields. In 2009, engineers finished the dam. In May the town opened it.",
			dct:  "2022-03-20", mode: Narrative,
			want: []want{{text: "14 March 2022", value: "2022-03-14"}, {text: "2009", value: "2009"}, {text: "May", value: "2009-05"}},
		},
		{
			name: "a plain this month in running text is the writer's, and its story keeps the DCT's year",
			in:   "This month the council voted to repair the ferry. In May the old pier had collapsed.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "This month", value: "2026-11"}, {text: "May", value: "2026-05"}},
		},
		{
			name: "a this month heading an anniversary page leaves its past yearless",
			in:   "This month in history\n\nThe fort fell on 3 November after a long siege.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "This month", value: "2026-11"}, {text: "3 November", value: "XXXX-11-03"}},
		},
		{
			name: "a weekday in a yearless story is a weekday of no known date",
			in:   "On 9 March the scouts rode out, and on Sunday they reached the ford.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "9 March", value: "XXXX-03-09"}, {text: "Sunday", value: "XXXX-WXX-7", typ: "DATE"}},
		},
		{
			name: "a following weekday in a yearless story is one too",
			in:   "On 9 March the scouts rode out, and the following Tuesday they reached the ford.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "9 March", value: "XXXX-03-09"}, {text: "the following Tuesday", value: "XXXX-WXX-2"}},
		},
		{
			name: "a day counted past the end of February in a yearless story is unknown, for its year may be a leap year",
			in:   "On 28 February the scouts rode out, and the next day they reached the ford.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "28 February", value: "XXXX-02-28"}, {text: "the next day", value: "XXXX-XX-XX"}},
		},
		{
			name: "a day counted from a named 29 February is of a leap year",
			in:   "On 29 February the scouts rode out, and the next day they reached the ford.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "29 February", value: "XXXX-02-29"}, {text: "the next day", value: "XXXX-03-01"}},
		},
		{
			name: "a day counted within a yearless month keeps its date",
			in:   "On 9 March the scouts rode out, and the next day they reached the ford.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "9 March", value: "XXXX-03-09"}, {text: "the next day", value: "XXXX-03-10"}},
		},
		{
			name: "a yearless story's next weekend is a weekend of no known date, and a day counted from a week is unknown",
			in:   "On 9 March the scouts rode out. The next weekend they reached the ford, the next week they crossed it, and two days later they were home.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "9 March", value: "XXXX-03-09"}, {text: "The next weekend", value: "XXXX-WXX-WE"}, {text: "the next week", value: "XXXX-WXX"}, {text: "two days later", value: "XXXX-XX-XX"}},
		},
		{
			name: "a past verb far back in the clause before ahead of leaves the weekday to the other cues",
			in:   "In the final week the board posted hundreds of clerks to counting centres across the three coastal provinces ahead of Sunday's ballot.",
			dct:  "2024-03-05", mode: News,
			want: []want{{text: "Sunday", value: "2024-03-03"}},
		},
		{
			name: "a past verb in another clause does not",
			in:   "Turnout dropped in the west, but the parties are canvassing hard ahead of Sunday's ballot.",
			dct:  "2024-03-05", mode: News,
			want: []want{{text: "Sunday", value: "2024-03-10"}},
		},
	})
}
