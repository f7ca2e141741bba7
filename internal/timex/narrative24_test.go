package timex

import "testing"

// TestNarrativeRound24 holds the forms found wrong in narrative mode on an
// eleventh private probe of encyclopedic history prose (round 24 in
// docs/benchmarks/timex.md) and the ten before it. The sentences are
// written for the test; the DCT is far from the story on purpose.
func TestNarrativeRound24(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "an edge phrase before a season's two years keeps the range",
			in:   "Harwick Rovers were fourth at the end of the 1958-59 season and were promoted.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1958-59", value: "1958", end: "1959"}},
		},
		{
			name: "the same with an en dash and the start of a season",
			in:   "The club sold its ground at the start of the 2011–12 season.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "2011–12", value: "2011", end: "2012"}},
		},
		{
			name: "news keeps the range too",
			in:   "The club sold its ground at the start of the 2011–12 season.",
			dct:  "2026-11-29", mode: News,
			want: []want{{text: "2011–12", value: "2011", end: "2012"}},
		},
		{
			name: "contrast: the end of a bare year keeps its edge",
			in:   "By the end of 1958 the mill had closed.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "the end of 1958", value: "1958", mod: "END"}},
		},
		{
			name: "contrast: the end of a decade keeps its edge",
			in:   "At the end of the 1950s the league split in two.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "the end of the 1950s", value: "195", mod: "END"}},
		},
		{
			name: "contrast: a spaced dash before a count is no range",
			in:   "At the end of 1958 - 61 miners were still missing.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "the end of 1958", value: "1958", mod: "END"}},
		},
	})
}
