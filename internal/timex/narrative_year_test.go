package timex

import "testing"

// TestNarrativeYearEnd: a story that has reached the end of a year goes
// on into the next when a bare month or day comes within three months
// after its date; otherwise, and under a past perfect, a bare month is the
// anchor's year's.
func TestNarrativeYearEnd(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "December, then January: the next year",
			in:   "The siege began on 28 November 2016. Fighting went on through December. In January, the army retook the town. On 5 February, the rebels withdrew.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "28 November 2016", value: "2016-11-28"}, {text: "December", value: "2016-12"},
				{text: "January", value: "2017-01"}, {text: "5 February", value: "2017-02-05"}},
		},
		{
			name: "a late-year day, then a day in the spring after",
			in:   "The offensive opened on 12 December 2010. A suicide bomber struck a police post on 21 February.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "12 December 2010", value: "2010-12-12"}, {text: "21 February", value: "2011-02-21"}},
		},
		{
			name: "January, then December: the same year",
			in:   "The capital fell in January 1999. In December the peacekeepers reported new fighting.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "January 1999", value: "1999-01"}, {text: "December", value: "1999-12"}},
		},
		{
			name: "a day just before the anchor stays in its year",
			in:   "The leader was killed on 30 July 2009 in custody, arrested on 28 July after the clashes.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "30 July 2009", value: "2009-07-30"}, {text: "28 July", value: "2009-07-28"}},
		},
		{
			name: "a past perfect looks back",
			in:   "The talks collapsed on 20 December 2016. In January, the government had warned of a new offensive.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "20 December 2016", value: "2016-12-20"}, {text: "January", value: "2016-01"}},
		},
		{
			name: "a year alone is no month to go on from",
			in:   "The war spread in 1943. In January, the partisans took the valley.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1943", value: "1943"}, {text: "January", value: "1943-01"}},
		},
	})
}
