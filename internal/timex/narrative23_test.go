package timex

import "testing"

// TestNarrativeRound23 holds the forms found wrong in narrative mode on a
// tenth private probe of encyclopedic history prose (round 23 in
// docs/benchmarks/timex.md) and the nine before it. The sentences are
// written for the test; the DCT is far from the story on purpose.
func TestNarrativeRound23(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "by the evening after a dated morning is that day's evening",
			in:   "The morning of 9 March 1862 was quiet at the ford. By the evening the bridge was gone.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "The morning of 9 March 1862", value: "1862-03-09TMO", typ: TIME}, {text: "the evening", value: "1862-03-09TEV", typ: TIME}},
		},
		{
			name: "by the afternoon after a dated day",
			in:   "The column left Tarrow on 2 June 1799; by the afternoon it had reached the river.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "2 June 1799", value: "1799-06-02"}, {text: "the afternoon", value: "1799-06-02TAF", typ: TIME}},
		},
		{
			name: "contrast: by the evening before a noun is no time",
			in:   "The column left Tarrow on 2 June 1799 and was relieved by the evening patrol.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "2 June 1799", value: "1799-06-02"}},
		},
		{
			name: "contrast: news keeps TimeBank's reading of by the evening",
			in:   "The column left Tarrow on 2 June 1799; by the afternoon it had reached the river.",
			dct:  "2026-11-29", mode: News,
			want: []want{{text: "2 June 1799", value: "1799-06-02"}},
		},
	})
}
