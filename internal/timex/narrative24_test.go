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
			name: "contrast: news keeps the edge phrase",
			in:   "The club sold its ground at the start of the 2011–12 season.",
			dct:  "2026-11-29", mode: News,
			want: []want{{text: "the start of the 2011", value: "2011", mod: "START"}},
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
		{
			name: "a bare plural unit before before is a length in a history",
			in:   "The fire started just hours before the mill opened on 4 May 1884.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "hours", value: "PTXH", typ: DURATION}, {text: "4 May 1884", value: "1884-05-04"}},
		},
		{
			name: "a bare plural unit before after, the verb before it",
			in:   "The revolt of 1821 went on years after its leaders died.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1821", value: "1821"}, {text: "years", value: "PXY", typ: DURATION}},
		},
		{
			name: "opening its sentence",
			in:   "The dam broke on 2 June 1889. Weeks after the flood, the town reopened.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "2 June 1889", value: "1889-06-02"}, {text: "Weeks", value: "PXW", typ: DURATION}},
		},
		{
			name: "contrast: the years after a war are a period, not a length",
			in:   "In the years after the war of 1812 the town grew.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1812", value: "1812"}},
		},
		{
			name: "contrast: a kind of hours is no length",
			in:   "In May 1884, working hours after dark were cut.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "May 1884", value: "1884-05"}},
		},
		{
			name: "contrast: seconds before an event are a moment",
			in:   "In 1884 the boiler burst seconds before the shift ended.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1884", value: "1884"}},
		},
		{
			name: "contrast: news keeps AQUAINT's untagged hours after",
			in:   "Police arrived hours after the blast.",
			dct:  "2026-11-29", mode: News,
			want: nil,
		},
		{
			name: "today with no day in the story is the writer's",
			in:   "The club was formed in 1880. What today would be called friendlies were arranged by letter.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1880", value: "1880"}, {text: "today", value: "PRESENT_REF"}},
		},
		{
			name: "even today after a month the story reached",
			in:   "The crash came in October 1929. Even today those weeks make grim reading.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "October 1929", value: "1929-10"}, {text: "today", value: "PRESENT_REF"}},
		},
		{
			name: "contrast: today after a dated day is that day",
			in:   "On 4 May 1812 the army marched; today the river was high.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "4 May 1812", value: "1812-05-04"}, {text: "today", value: "1812-05-04"}},
		},
		{
			name: "contrast: a quoted today keeps the story's reading",
			in:   "The diary of 1812 begins: \"Today we marched north.\"",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1812", value: "1812"}, {text: "Today", value: "XXXX-XX-XX"}},
		},
		{
			name: "contrast: news keeps today on the DCT",
			in:   "What today would be called friendlies were arranged.",
			dct:  "2026-11-29", mode: News,
			want: []want{{text: "today", value: "2026-11-29"}},
		},
	})
}
