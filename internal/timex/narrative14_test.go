package timex

import "testing"

// TestNarrativeRound14 holds the forms found wrong in narrative mode on a
// private probe of encyclopedic history prose (round 14 in
// docs/benchmarks/timex.md). The sentences are written for the test in the
// same patterns; the story's own dates are its anchor, and the DCT, where
// given, is far from them on purpose.
func TestNarrativeRound14(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a date after since looks back and leaves the story's year",
			in:   "On 3 March 2004 the mayor, in office since June 1990, resigned. In May the council chose his successor.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "3 March 2004", value: "2004-03-03"}, {text: "June 1990", value: "1990-06"}, {text: "May", value: "2004-05"}},
		},
		{
			name: "an earlier year inside a clause is a glance back",
			in:   "The rebels entered the port in February 1871. The treaty signed by the junta that ruled in 1866 was torn up, and in April the rebels left.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "February 1871", value: "1871-02"}, {text: "1866", value: "1866"}, {text: "April", value: "1871-04"}},
		},
		{
			name: "a year naming an earlier event leaves the story's year",
			in:   "By October 1958 the dam was finished, a decade after the floods of 1947. In November the first turbines ran.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "October 1958", value: "1958-10"}, {text: "a decade", value: "P1DE"}, {text: "1947", value: "1947"}, {text: "November", value: "1958-11"}},
		},
		{
			name: "both ends of an earlier range inside a clause look back",
			in:   "In March 1921 the garrison, which had fought in 1917-18, mutinied. In June it was disbanded.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "March 1921", value: "1921-03"}, {text: "1917-18", value: "1917", end: "1918"}, {text: "June", value: "1921-06"}},
		},
		{
			name: "an earlier year opening its sentence moves the story back",
			in:   "The bridge reopened in August 1962. In 1955, floods had swept the valley. In April the river rose again.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "August 1962", value: "1962-08"}, {text: "1955", value: "1955"}, {text: "April", value: "1955-04"}},
		},
		{
			name: "an earlier year after and opens its clause",
			in:   "The town grew quickly after 1880, and in 1871 it had been a hamlet. By May the mill was running.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1880", value: "1880"}, {text: "1871", value: "1871"}, {text: "May", value: "1871-05"}},
		},
		{
			name: "news mode keeps its anchor as before",
			in:   "The mayor, in office since June 1990, resigned on Friday.",
			dct:  "2004-03-08", mode: News,
			want: []want{{text: "June 1990", value: "1990-06"}, {text: "Friday", value: "2004-03-05"}},
		},
		{
			name: "a bare season in a story is the one it has reached",
			in:   "By early April 1871 the guns were back on the ridge. Summer saw three more assaults.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "early April 1871", value: "1871-04"}, {text: "Summer", value: "1871-SU"}},
		},
		{
			name: "a season after the winter began is the next one",
			in:   "The siege began on 3 June 1709, and in the winter the town starved. Spring brought relief.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "3 June 1709", value: "1709-06-03"}, {text: "the winter", value: "1709-WI"}, {text: "Spring", value: "1710-SP"}},
		},
		{
			name: "a season after a year alone is that year's",
			in:   "In 1952 the mill closed. In the winter it burned down.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1952", value: "1952"}, {text: "the winter", value: "1952-WI"}},
		},
		{
			name: "a span of days before the month, with its year",
			in:   "On 12–15 May 1887, the assembly met in the old church.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "12–15 May 1887", value: "1887-05-12", end: "1887-05-15"}},
		},
		{
			name: "a span of days before the month takes the story's year",
			in:   "The rebels took the fort in 1837. From 3-6 October the militia held the bridge.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1837", value: "1837"}, {text: "3-6 October", value: "1837-10-03", end: "1837-10-06"}},
		},
		{
			name: "from a day to a day with the year after both",
			in:   "The congress sat from March 3 to 9, 1911, in the capital.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "from March 3 to 9, 1911", value: "1911-03-03", end: "1911-03-09"}},
		},
		{
			name: "a score before a month is no span",
			in:   "They lost 3–1 in March 1911.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "March 1911", value: "1911-03"}},
		},
		{
			name: "a bare clock time in a story dated by years has no day",
			in:   "In 1926 she taught the 9 a.m. class at the academy.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "1926", value: "1926"}, {text: "9 a.m.", value: "XXXX-XX-XXT09:00"}},
		},
		{
			name: "a bare clock time after a story's day is on that day",
			in:   "On 4 May 1926 the strike began at 9 a.m. in the docks.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "4 May 1926", value: "1926-05-04"}, {text: "9 a.m.", value: "1926-05-04T09:00"}},
		},
		{
			name: "a text with no date of its own keeps the DCT's day",
			in:   "The ferry leaves at 9 a.m. from the north pier.",
			dct:  "2026-11-29", mode: Narrative,
			want: []want{{text: "9 a.m.", value: "2026-11-29T09:00"}},
		},
	})
}
