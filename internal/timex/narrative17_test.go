package timex

import "testing"

// TestNarrativeRound17 holds the forms found wrong in narrative mode on a
// fourth private probe of encyclopedic history prose (round 17 in
// docs/benchmarks/timex.md). The sentences are written for the test; the
// story's own dates are its anchor, and the DCT is far from them on purpose.
func TestNarrativeRound17(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "bare dates before the text's first year take that year",
			in:   "By the end of May the strikes had spread to the ports. On 3 June the army moved in, and in 1926 the union never recovered.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "the end of May", value: "1926-05"}, {text: "3 June", value: "1926-06-03"}, {text: "1926", value: "1926"}},
		},
		{
			name: "with no DCT either the later year is still the story's",
			in:   "On 9 April the garrison surrendered. The town had been besieged since the winter of 1865.",
			dct:  "", mode: Narrative,
			want: []want{{text: "9 April", value: "1865-04-09"}, {text: "the winter of 1865", value: "1865-WI"}},
		},
		{
			// Round 19 changed this: the DCT's year is the reader's, not the story's.
			name: "a text that never names a year gives its days none",
			in:   "On 9 April the garrison surrendered, and on 12 April the last guns were handed over.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "9 April", value: "XXXX-04-09"}, {text: "12 April", value: "XXXX-04-12"}},
		},
		{
			name: "once a year is named the anchor is the story's as before",
			in:   "In March 1871 the guard seized the cannon. On 28 May the last barricade fell; in 1880 the exiles came home.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "March 1871", value: "1871-03"}, {text: "28 May", value: "1871-05-28"}, {text: "1880", value: "1880"}},
		},
		{
			name: "news mode still reads a bare month by the DCT",
			in:   "In March the plant closed; it had opened in 1998.",
			dct:  "2013-06-10", mode: News,
			want: []want{{text: "March", value: "2013-03"}, {text: "1998", value: "1998"}},
		},
		{
			name: "a date back in the story's year after an aside returns to the story",
			in:   "On 30 April 1991 the cyclone struck the delta, a toll not passed until another storm hit the coast in 2008. The first storm of the 1991 cyclone season had formed on 24 April.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "30 April 1991", value: "1991-04-30"}, {text: "2008", value: "2008"}, {text: "1991", value: "1991"}, {text: "24 April", value: "1991-04-24"}},
		},
		{
			name: "a later year inside a clause still moves the story when nothing returns",
			in:   "Born on 4 May 1920, she joined the navy in 1939, and in May she sailed for Malta.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "4 May 1920", value: "1920-05-04"}, {text: "1939", value: "1939"}, {text: "May", value: "1939-05"}},
		},
		{
			name: "a glance back to another year keeps the story's anchor",
			in:   "In March 2012 the rebels took the town. The group, founded in 2011, then marched south. In June it reached the river.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "March 2012", value: "2012-03"}, {text: "2011", value: "2011"}, {text: "June", value: "2012-06"}},
		},
		{
			name: "a day pair whose year follows the second day",
			in:   "At the river crossings, June 3 and 4, 1864, the corps lost a third of its men.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "June 3", value: "1864-06-03"}, {text: "4, 1864", value: "1864-06-04"}},
		},
		{
			name: "the same pair in news mode",
			in:   "The talks held on March 9 and 10, 2011, ended without a deal.",
			dct:  "2013-06-10", mode: News,
			want: []want{{text: "March 9", value: "2011-03-09"}, {text: "10, 2011", value: "2011-03-10"}},
		},
		{
			name: "a pair without a year keeps the story's",
			in:   "In 1916 the line held. On July 1 and 2, the brigade attacked.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1916", value: "1916"}, {text: "July 1", value: "1916-07-01"}, {text: "2", value: "1916-07-02"}},
		},
		{
			name: "a date right after that heads the that-clause and moves the story",
			in:   "The feud came to blows in 1994. It ran so deep that in December 1992 the president had called for a vote in the spring. He dropped the idea in February.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1994", value: "1994"}, {text: "December 1992", value: "1992-12"}, {text: "the spring", value: "1993-SP"}, {text: "February", value: "1993-02"}},
		},
		{
			name: "a date after the verb of a that-clause still glances back",
			in:   "In March 1998 the junta that ruled in 1997 fell. In June elections were held.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "March 1998", value: "1998-03"}, {text: "1997", value: "1997"}, {text: "June", value: "1998-06"}},
		},
		{
			name: "a date inside the span a heading announces tells the story",
			in:   "FEBRUARY 1904 - SEPTEMBER 1905\nThe fleet had sailed half the world and at last, on the dawn of May 27, it reached the strait. At 2:45 a.m. a scout saw its lights.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "FEBRUARY 1904 - SEPTEMBER 1905", value: "1904-02", end: "1905-09"}, {text: "the dawn of May 27", value: "1905-05-27TMO"}, {text: "2:45 a.m.", value: "1905-05-27T02:45"}},
		},
		{
			name: "a date before the span still glances back",
			in:   "1904 - 1905\nThe fleet, built in 1898, sailed at last. In May it reached the strait.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1904 - 1905", value: "1904", end: "1905"}, {text: "1898", value: "1898"}, {text: "May", value: "1905-05"}},
		},
		{
			name: "a date before Movement is the name of a movement",
			in:   "In 1956 the exiles founded the 26th of July Movement in Mexico.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1956", value: "1956"}},
		},
		{
			name: "a quoted name keeps its date out too",
			in:   "In 1966 the radio spoke for the \"9 March Movement\".",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1966", value: "1966"}},
		},
		{
			name: "a month before Manifesto names the document",
			in:   "In 1905 the tsar signed the October Manifesto.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1905", value: "1905"}},
		},
		{
			name: "a date before a common noun stays a date",
			in:   "In 1953 the rebels held the 26 July meeting in the hills.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1953", value: "1953"}, {text: "26 July", value: "1953-07-26"}},
		},
		{
			name: "a month and day of that year are one date",
			in:   "By March 1958 the army was in retreat. On March 14 of that year the embargo began, and on June 2 of the following year the last post fell.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "March 1958", value: "1958-03"}, {text: "March 14 of that year", value: "1958-03-14"}, {text: "June 2 of the following year", value: "1959-06-02"}},
		},
	})
}
