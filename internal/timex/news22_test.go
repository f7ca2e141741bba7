package timex

import "testing"

// Round 22 of the news probes: rules read off the development half of a
// fifteenth fresh probe, kept only where the class recurs in another
// story. The sentences are our own; each case names the DCT it assumes.

// TestNewsRound22HolidayWeekend: a named holiday followed by "weekend" is
// the weekend the holiday belongs to, one expression: the one before a
// Monday holiday, the one after Thanksgiving. Presidents' Day, the third
// Monday of February, is read as a holiday with or without the
// apostrophe. The holiday alone keeps its day, and "presidents" that is
// not the holiday's name is left alone.
func TestNewsRound22HolidayWeekend(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a Monday holiday's weekend is the one before it",
			in:   "Traffic was light over the Memorial Day weekend.",
			dct:  "2013-05-29", mode: News,
			want: []want{{text: "Memorial Day weekend", value: "2013-W21-WE", typ: DATE}},
		},
		{
			name: "Presidents' Day with the apostrophe, and its weekend",
			in:   "Markets will close for the long Presidents' Day weekend.",
			dct:  "2014-02-14", mode: News,
			want: []want{{text: "Presidents' Day weekend", value: "2014-W07-WE", typ: DATE}},
		},
		{
			name: "Thanksgiving's weekend follows the Thursday",
			in:   "Shoppers crowded the malls on Thanksgiving weekend.",
			dct:  "2012-11-26", mode: News,
			want: []want{{text: "Thanksgiving weekend", value: "2012-W47-WE", typ: DATE}},
		},
		{
			name: "Presidents Day alone is its Monday",
			in:   "Federal offices will be closed on Presidents Day.",
			dct:  "2013-02-15", mode: News,
			want: []want{{text: "Presidents Day", value: "2013-02-18", typ: DATE}},
		},
		{
			name: "the holiday with no weekend keeps its day",
			in:   "Memorial Day parades drew large crowds.",
			dct:  "2013-05-28", mode: News,
			want: []want{{text: "Memorial Day", value: "2013-05-27", typ: DATE}},
		},
		{
			name: "presidents who are people",
			in:   "The presidents' meeting ended on Monday.",
			dct:  "2013-02-20", mode: News,
			want: []want{{text: "Monday", value: "2013-02-18", typ: DATE}},
		},
	})
}
