package timex

import "testing"

// TestNarrativeRound18 holds the forms found wrong in narrative mode on a
// fifth private probe of encyclopedic history prose (round 18 in
// docs/benchmarks/timex.md). The sentences are written for the test; the
// story's own dates are its anchor, and the DCT is far from them on purpose.
func TestNarrativeRound18(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a later year inside a relative clause leaves the story's year",
			in:   "In 1952 the mill workers struck, which, by 1960, had cost the owners dearly. On 4 May the police broke the picket.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1952", value: "1952"}, {text: "1960", value: "1960"}, {text: "4 May", value: "1952-05-04"}},
		},
		{
			name: "the same without the commas, after who",
			in:   "In March 1915 the brigade was led by Colonel Hale, who in 1921 became governor. In June it crossed the river.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "March 1915", value: "1915-03"}, {text: "1921", value: "1921"}, {text: "June", value: "1915-06"}},
		},
		{
			name: "a later year that opens a sentence still moves the story",
			in:   "In 1952 the mill workers struck. By 1960 the owners had sold out, and on 4 May the mill closed.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1952", value: "1952"}, {text: "1960", value: "1960"}, {text: "4 May", value: "1960-05-04"}},
		},
		{
			name: "a relative clause in the story's own year moves it on",
			in:   "In January 1952 the workers struck, which in March 1952 ended in defeat. On 4 May the mill closed.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "January 1952", value: "1952-01"}, {text: "March 1952", value: "1952-03"}, {text: "4 May", value: "1952-05-04"}},
		},
		{
			name: "a year after a list dash heads its item, and the item's bare dates take it",
			in:   "Milestones of the dispute:\n\n- 1971: The first claim -\n\nOn 9 March the council met.\n\n- 1983: Arbitration -\n\nIn June the court ruled.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1971", value: "1971"}, {text: "9 March", value: "1971-03-09"}, {text: "1983", value: "1983"}, {text: "June", value: "1983-06"}},
		},
		{
			name: "the same list in news mode tags the headings too",
			in:   "Milestones:\n- 1971: The first claim\n- 1983: Arbitration",
			dct:  "2013-06-10", mode: News,
			want: []want{{text: "1971", value: "1971"}, {text: "1983", value: "1983"}},
		},
		{
			name: "two days of different months share the year written after the second",
			in:   "In March 1921 the talks failed. The two skirmishes, fought on May 3 and July 19, 1920, had already soured them.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "March 1921", value: "1921-03"}, {text: "May 3", value: "1920-05-03"}, {text: "July 19, 1920", value: "1920-07-19"}},
		},
		{
			name: "the same with the day first and no comma, in news mode too",
			in:   "The levee failed twice, on 3 May and 19 July 1998.",
			dct:  "2013-06-10", mode: News,
			want: []want{{text: "3 May", value: "1998-05-03"}, {text: "19 July 1998", value: "1998-07-19"}},
		},
		{
			name: "a pair across the new year leaves the first date to the anchor",
			in:   "In 1881 the siege tightened. The sorties of December 30 and January 2, 1882 failed.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1881", value: "1881"}, {text: "December 30", value: "1881-12-30"}, {text: "January 2, 1882", value: "1882-01-02"}},
		},
		{
			name: "bare days before the first full date, later in the calendar, are the year before's",
			in:   "The garrison was first relieved on 26 September and again on 16 November. The province was not restored until 21 March 1858.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "26 September", value: "1857-09-26"}, {text: "16 November", value: "1857-11-16"}, {text: "21 March 1858", value: "1858-03-21"}},
		},
		{
			name: "bare days earlier in the calendar than it keep its year",
			in:   "The garrison was first relieved on 6 February and again on 2 March. The province was restored on 21 March 1858.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "6 February", value: "1858-02-06"}, {text: "2 March", value: "1858-03-02"}, {text: "21 March 1858", value: "1858-03-21"}},
		},
		{
			name: "a bare day weeks after the first full date is an aside of the same year",
			in:   "The ceasefire held until 30 November; it had been signed on 12 November 1994.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "30 November", value: "1994-11-30"}, {text: "12 November 1994", value: "1994-11-12"}},
		},
		{
			name: "the same two days after it",
			in:   "He was beaten on 18 June, two days after his victory on 16 June 1815.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "18 June", value: "1815-06-18"}, {text: "two days", value: "P2D"}, {text: "16 June 1815", value: "1815-06-16"}},
		},
		{
			name: "a later year completing a proper name leaves the story's year",
			in:   "In 1905 the strikes spread, and the reforms led to the Basic Law of 1908. On May 24 the delegates met.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1905", value: "1905"}, {text: "1908", value: "1908"}, {text: "May 24", value: "1905-05-24"}},
		},
		{
			name: "a document dated to the day, named first, is not the story's year",
			in:   "A decree of October 12 undid every law since the decree of March 3, 1899. By 1905 the province was in revolt, and on 2 November the governor fled.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "October 12", value: "1905-10-12"}, {text: "March 3, 1899", value: "1899-03-03"}, {text: "1905", value: "1905"}, {text: "2 November", value: "1905-11-02"}},
		},
		{
			name: "the events of a year, or a heading's dates of it, are the story's own",
			in:   "The chief events of 1916 were fought at Verdun. On 21 February the attack began.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1916", value: "1916"}, {text: "21 February", value: "1916-02-21"}},
		},
		{
			name: "an anniversary opening read off the DCT does not make the story a glance back",
			in:   "This month marks the centenary of the armistice. The guns fell silent on 11 November 1918, at 11 a.m., and the peace conference opened in January.",
			dct:  "2018-11-05", mode: Narrative,
			want: []want{{text: "This month", value: "2018-11"}, {text: "11 November 1918", value: "1918-11-11"}, {text: "11 a.m.", value: "1918-11-11T11:00"}, {text: "January", value: "1919-01"}},
		},
		{
			name: "a story date named mid-clause still glances back from a named anchor",
			in:   "In March 1921 the talks failed, as they had after the rising in 1916. In May the army moved.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "March 1921", value: "1921-03"}, {text: "1916", value: "1916"}, {text: "May", value: "1921-05"}},
		},
		{
			name: "a clock time after a year that holds the story's last day is on that day",
			in:   "On the night of 8 February 1904 the squadron lay at anchor. In early 1904 the port had heard of the break. At 11:50 pm the torpedo boats struck.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "the night of 8 February 1904", value: "1904-02-08TNI"}, {text: "early 1904", value: "1904", mod: "START"}, {text: "11:50 pm", value: "1904-02-08T23:50"}},
		},
		{
			name: "a clock time after a year that does not hold it still has no day",
			in:   "On 8 February 1904 the squadron lay at anchor. In 1906 the port fell silent. At 6 am the bells rang.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "8 February 1904", value: "1904-02-08"}, {text: "1906", value: "1906"}, {text: "6 am", value: "XXXX-XX-XXT06:00"}},
		},
	})
}
