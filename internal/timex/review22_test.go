package timex

import "testing"

// TestReview22NewYearAfterYearEnd: the seventh review of session 18
// found that c262872 no longer counted a year after "of" in the phrase
// opening the sentence, so "the new year" of a clause placed at a past
// year's end took the DCT's next year. A phrase at a year's end leads to
// the year after it, which the DCT's does not match here: the phrase is
// left untagged. "Since" opens a span that runs to the time of writing,
// so its year does not date the clause (as c262872's own row with a
// truce expects).
func TestReview22NewYearAfterYearEnd(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "the close of a past year dates the clause",
			in:   "By the close of 1988, the guerrillas held only the hills, and the new year saw them pushed further back.",
			dct:  "2024-12-20", mode: News,
			want: []want{{text: "the close of 1988", value: "1988", typ: DATE, mod: "END"}},
		},
		{
			name: "December of a past year dates the clause",
			in:   "In December of 1988, the guerrillas planned to open the new year with a raid.",
			dct:  "2024-12-20", mode: News,
			want: []want{{text: "December of 1988", value: "1988-12", typ: DATE}},
		},
		{
			name: "a season of a past year dates the clause",
			in:   "In the winter of 1988, the guerrillas planned to open the new year with a raid.",
			dct:  "2024-12-20", mode: News,
			want: []want{{text: "the winter of 1988", value: "1988-WI", typ: DATE}},
		},
		{
			name: "the closing weeks of a past year date the clause",
			in:   "In the closing weeks of 1988, the guerrillas planned to open the new year with a raid.",
			dct:  "2024-12-20", mode: News,
			want: []want{{text: "1988", value: "1988", typ: DATE}},
		},
		{
			name: "contrast: the last days of the DCT's year lead to the next one",
			in:   "In the final days of 2023, the ministry readied its budget for the new year.",
			dct:  "2023-12-20", mode: News,
			want: []want{{text: "2023", value: "2023", typ: DATE}, {text: "the new year", value: "2024", typ: DATE}},
		},
		{
			name: "a span since a bare year runs to the time of writing",
			in:   "Since 2016, the two sides have met twice, and they will meet again in the new year.",
			dct:  "2021-12-20", mode: News,
			want: []want{{text: "2016", value: "2016", typ: DATE}, {text: "the new year", value: "2022", typ: DATE}},
		},
		{
			name: "contrast: a span since a dated accord, as before",
			in:   "Since the 2016 accord, the two sides have met twice, and they will meet again in the new year.",
			dct:  "2021-12-20", mode: News,
			want: []want{{text: "2016", value: "2016", typ: DATE}, {text: "the new year", value: "2022", typ: DATE}},
		},
	})
}
