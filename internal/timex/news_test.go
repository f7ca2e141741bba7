package timex

import "testing"

// TestNewsRound6 holds the forms found wrong on a private probe set of real
// news (round 6 in docs/benchmarks/timex.md). The sentences are written
// for the test in the same pattern; each case names the DCT it assumes.
func TestNewsRound6(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "this before a full date is the noun's determiner",
			in:   "In this May 2, 2019 file photo, a farmer checks his crop.",
			dct:  "2019-08-14", mode: News,
			want: []want{{text: "May 2, 2019", value: "2019-05-02"}},
		},
		{
			name: "this before a bare month is still this month",
			in:   "The plant will close this June.",
			dct:  "2019-03-14", mode: News,
			want: []want{{text: "this June", value: "2019-06"}},
		},
		{
			name: "a figure for a short month name",
			in:   "Sales were revised to 41,000 for May and the jobless figure for June, down from May, was 4 percent.",
			dct:  "2016-07-08", mode: News,
			want: []want{{text: "May", value: "2016-05"}, {text: "June", value: "2016-06"}, {text: "May", value: "2016-05"}},
		},
		{
			name: "for before a person named May stays a name",
			in:   "It was a clear victory for May in the leadership contest.",
			dct:  "2016-07-08", mode: News,
			want: nil,
		},
	})
}
