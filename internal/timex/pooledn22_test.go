package timex

import "testing"

// TestPooledNarrative22 holds the classes found in the pooled development
// halves of the eight narrative probes (session 18's pooled section in
// docs/benchmarks/timex.md). The sentences are written for the test.
func TestPooledNarrative22(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a vague count of decades is a length in decades",
			in:   "For decades the two clans feuded over the valley, until 1921.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "decades", value: "PXDE", typ: DURATION}, {text: "1921", value: "1921"}},
		},
		{
			name: "a numbered count of decades, with its modifier",
			in:   "The bridge had carried the railway for more than three decades when it fell in 1907.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "more than three decades", value: "P3DE", typ: DURATION}, {text: "1907", value: "1907"}},
		},
		{
			name: "one decade ahead",
			in:   "Crowned in 1840, she spent the next decade rebuilding the fleet.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1840", value: "1840"}, {text: "the next decade", value: "P1DE", typ: DURATION}},
		},
		{
			name: "contrast: news keeps TimeBank's years",
			in:   "The bridge had carried the railway for more than three decades when it fell in 1907.",
			dct:  "2026-11-29", mode: News,
			want: []want{{text: "more than three decades", value: "P30Y", typ: DURATION}, {text: "1907", value: "1907"}},
		},
		{
			name: "contrast: an adjective keeps its years",
			in:   "The decades-long feud between the clans ended in 1921.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "decades-long", value: "PXY", typ: DURATION}, {text: "1921", value: "1921"}},
		},
		{
			name: "a count of years with a half stays in years",
			in:   "The blockade of the port lasted two and a half years, until 1813.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "two and a half years", value: "P2.5Y", typ: DURATION}, {text: "1813", value: "1813"}},
		},
		{
			name: "a month and a half, and a decimal count of months",
			in:   "After a month and a half at sea the crew landed in 1768; the survey took 4.5 months.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "a month and a half", value: "P1.5M", typ: DURATION}, {text: "1768", value: "1768"}, {text: "4.5 months", value: "P4.5M", typ: DURATION}},
		},
		{
			name: "days with a half",
			in:   "In 1889 the flood waters took three and a half days to drain.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1889", value: "1889"}, {text: "three and a half days", value: "P3.5D", typ: DURATION}},
		},
		{
			name: "contrast: news goes down one unit",
			in:   "The blockade of the port lasted two and a half years, until 1813.",
			dct:  "2026-11-29", mode: News,
			want: []want{{text: "two and a half years", value: "P2Y6M", typ: DURATION}, {text: "1813", value: "1813"}},
		},
		{
			name: "contrast: clock lengths and half a unit keep theirs",
			in:   "In 1889 the dam held for an hour and a half; the town had half a year to rebuild.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1889", value: "1889"}, {text: "an hour and a half", value: "PT1H30M", typ: DURATION}, {text: "half a year", value: "P6M", typ: DURATION}},
		},
	})
}
