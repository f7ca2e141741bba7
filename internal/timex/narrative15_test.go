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
	})
}
