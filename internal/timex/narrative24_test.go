package timex

import "testing"

// TestNarrativeRound24 holds the forms found wrong in narrative mode on an
// eleventh private probe of encyclopedic history prose (round 24 in
// docs/benchmarks/timex.md) and the ten before it. The sentences are
// written for the test; the DCT is far from the story on purpose.
func TestNarrativeRound24(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "in today's before a place is the writer's present",
			in:   "On 8 August 1967 the column crossed into what lay in today's Benue state.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "8 August 1967", value: "1967-08-08"}, {text: "today", value: "PRESENT_REF"}},
		},
		{
			name: "in today's before money is the writer's present",
			in:   "The bank lost $40 million on 14 May 1884, some $1.2 billion in today's money.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "14 May 1884", value: "1884-05-14"}, {text: "today", value: "PRESENT_REF"}},
		},
		{
			name: "contrast: a quoted letter's in today's is the letter's day",
			in:   "On 4 May 1812 he wrote: \"We lost forty men in today's attack.\"",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "4 May 1812", value: "1812-05-04"}, {text: "today", value: "1812-05-04"}},
		},
		{
			name: "contrast: so in single marks",
			in:   "On 4 May 1812 he wrote: ‘We lost forty men in today’s attack.’",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "4 May 1812", value: "1812-05-04"}, {text: "today", value: "1812-05-04"}},
		},
		{
			name: "a closed single-quoted name earlier on the line does not count",
			in:   "In 1850 the mill, known locally as the ‘Old Lady’, cost £40,000, some £5 million in today's money.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1850", value: "1850"}, {text: "today", value: "PRESENT_REF"}},
		},
		{
			name: "contrast: today's without in stays on the story's day",
			in:   "On 4 May 1812 the diary reads that today's march was long.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "4 May 1812", value: "1812-05-04"}, {text: "today", value: "1812-05-04"}},
		},
		{
			name: "contrast: news keeps in today's on the DCT",
			in:   "Shares fell in today's session after the bank's report.",
			dct:  "2026-11-29", mode: News,
			want: []want{{text: "today", value: "2026-11-29"}},
		},
	})
}
