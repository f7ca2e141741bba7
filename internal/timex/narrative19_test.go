package timex

import "testing"

// TestNarrativeRound19 holds the anchoring forms found wrong in narrative
// mode on a sixth private probe of encyclopedic history prose (round 19 in
// docs/benchmarks/timex.md) and the five before it. The sentences are
// written for the test; the DCT is far from the story on purpose.
func TestNarrativeRound19(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a date heading the text on its own line is the writer's, and the history's first year moves the story",
			in:   "Monday, March 3, 2025\n\nThe envoys met in the spring of 1648. The talks broke down in May, 1648.\n\nThe following month the war resumed.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "Monday, March 3, 2025", value: "2025-03-03"}, {text: "the spring of 1648", value: "1648-SP"},
				{text: "May, 1648", value: "1648-05"}, {text: "The following month", value: "1648-06"}},
		},
		{
			name: "a today restating the heading keeps it the writer's time",
			in:   "June 2, 2024\n\nToday is the anniversary of the strike that began in 1919. It spread in May.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "June 2, 2024", value: "2024-06-02"}, {text: "Today", value: "2024-06-02"}, {text: "1919", value: "1919"}, {text: "May", value: "1919-05"}},
		},
		{
			name: "a first date inside the running text is still the story's",
			in:   "On June 2, 2024 the museum opened a hall on the strike that began in 1919. It closed again in May.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "June 2, 2024", value: "2024-06-02"}, {text: "1919", value: "1919"}, {text: "May", value: "2024-05"}},
		},
		{
			name: "a history that never names its year gives its days none, and what follows them neither",
			in:   "On 4 January the sloops sailed, and on the following day they anchored off the fort. The guns opened at noon.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "4 January", value: "XXXX-01-04"}, {text: "the following day", value: "XXXX-01-05"}, {text: "noon", value: "XXXX-01-05T12:00"}},
		},
		{
			name: "its next month and year are unknown too",
			in:   "On the ninth of May the regiment marched out. In August it was back in camp, and the following year it was disbanded.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "the ninth of May", value: "XXXX-05-09"}, {text: "August", value: "XXXX-08"}, {text: "the following year", value: "XXXX"}},
		},
		{
			name: "a dated page's entries in the present keep the DCT's year",
			in:   "July 23: The talks resume.\nJuly 20: The ceasefire begins.",
			dct:  "2015-07-25", mode: Narrative,
			want: []want{{text: "July 23", value: "2015-07-23"}, {text: "July 20", value: "2015-07-20"}},
		},
		{
			name: "a page that names its year after its first days still gives them that year",
			in:   "On 4 January the sloops sailed. In March 1757 they returned to the river.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "4 January", value: "1757-01-04"}, {text: "March 1757", value: "1757-03"}},
		},
		{
			name: "news mode keeps the DCT's calendar",
			in:   "On 4 January the sloops sailed.",
			dct:  "2026-11-29", mode: News,
			want: []want{{text: "4 January", value: "2027-01-04"}},
		},
		{
			name: "a season a past perfect's verb took is the one before the story's date",
			in:   "On 12 March 1832 the traders left the post. They had spent the winter by the lake, and the spring was slow.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "12 March 1832", value: "1832-03-12"}, {text: "the winter", value: "1831-WI"}, {text: "the spring", value: "1832-SP"}},
		},
		{
			name: "a season after a preposition under a past perfect is still the one the story reaches",
			in:   "In May 1804 the boats left the town. By summer they had reached the hills.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "May 1804", value: "1804-05"}, {text: "summer", value: "1804-SU"}},
		},
		{
			name: "an anniversary page's past, told from the reader's day alone, has no year",
			in:   "On this day: the old palace is retaken. By February 10 the rising had been crushed, though the town had fallen on January 31.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "this day", value: "2026-11-29"}, {text: "February 10", value: "XXXX-02-10"}, {text: "January 31", value: "XXXX-01-31"}},
		},
		{
			name: "a today in running text keeps the DCT's calendar",
			in:   "Today the museum opens its new hall. In May the old one was closed.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "Today", value: "2026-11-29"}, {text: "May", value: "2026-05"}},
		},
		{
			name: "after a span of years a bare day has no one year to take",
			in:   "Record of the battery, 1861-1865\n\nOn June 13 the guns opened, and on June 14 the assault was made.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1861-1865", value: "1861", end: "1865"}, {text: "June 13", value: "XXXX-06-13"}, {text: "June 14", value: "XXXX-06-14"}},
		},
		{
			name: "after a span of two years it takes the later",
			in:   "The siege lasted from 1914 to 1915. In March the town fell.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "from 1914 to 1915", value: "1914", end: "1915"}, {text: "March", value: "1915-03"}},
		},
	})
}
