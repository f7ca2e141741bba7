package timex

import "testing"

// TestNarrativeRound23 holds the forms found wrong in narrative mode on a
// tenth private probe of encyclopedic history prose (round 23 in
// docs/benchmarks/timex.md) and the nine before it. The sentences are
// written for the test; the DCT is far from the story on purpose.
func TestNarrativeRound23(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "an early year alone in parentheses after a name",
			in:   "The mill at Ravensford (1642) burned with the rest of the lower town.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1642", value: "1642"}},
		},
		{
			name: "a life's two ends, each after a place and its comma",
			in:   "Anna Vell (Orwick, 1702 - Lisport, 1768) kept the harbour ledgers for forty years.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1702", value: "1702"}, {text: "1768", value: "1768"}, {text: "forty years", value: "P40Y", typ: DURATION}},
		},
		{
			name: "contrast: a count before its noun stays a count",
			in:   "He marched out at the head of 1200 horse and 1500 foot.",
			dct:  "2026-11-29", mode: Narrative,
			want: nil,
		},
		{
			name: "contrast: a count between commas, outside parentheses, stays a count",
			in:   "The garrison, 1500 strong, held the gate.",
			dct:  "2026-11-29", mode: Narrative,
			want: nil,
		},
		{
			name: "contrast: news keeps asking for a preposition",
			in:   "The mill at Ravensford (1642) burned with the rest of the lower town.",
			dct:  "2026-11-29", mode: News,
			want: nil,
		},
	})
}
