package timex

import "testing"

// Round 20 of the news probes: rules read off the development half of a
// thirteenth fresh probe, kept only where the class recurs in another
// story. The sentences are our own; each case names the DCT it assumes.

// TestNewsRound20SpokenToday: a "today" inside a quotation is the day the
// words were spoken. A story told the day after its event quotes the
// people of that day, so the quoted "today" follows the lead's day when
// it is the day before the DCT; a reporting clause with its own weekday
// gives that day. Outside quotation marks, or once the story has named
// the DCT's own day, or when the lead's day is not the day before, it
// stays the DCT.
func TestNewsRound20SpokenToday(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a match report the morning after",
			in:   "The veteran won the open on Sunday with a late birdie.\n\n\"My putter was hot today,\" she said.",
			dct:  "2013-06-03", mode: News,
			want: []want{{text: "Sunday", value: "2013-06-02", typ: DATE}, {text: "today", value: "2013-06-02", typ: DATE}},
		},
		{
			name: "a quotation running on into the next paragraph",
			in:   "Voters chose a new mayor on Saturday.\n\n\"We worked for this.\n\n\"Today the city has spoken,\" the winner told supporters.",
			dct:  "2012-11-04", mode: News,
			want: []want{{text: "Saturday", value: "2012-11-03", typ: DATE}, {text: "Today", value: "2012-11-03", typ: DATE}},
		},
		{
			name: "a reporting clause with its weekday",
			in:   "\"The talks end today,\" the envoy said on Tuesday.",
			dct:  "2014-03-06", mode: News,
			want: []want{{text: "today", value: "2014-03-04", typ: DATE}, {text: "Tuesday", value: "2014-03-04", typ: DATE}},
		},
		{
			name: "not quoted: the DCT",
			in:   "The team lost on Sunday. The coach resigns today.",
			dct:  "2013-06-03", mode: News,
			want: []want{{text: "Sunday", value: "2013-06-02", typ: DATE}, {text: "today", value: "2013-06-03", typ: DATE}},
		},
		{
			name: "the DCT's own day named first",
			in:   "The team lost on Sunday, and the owner met the players on Monday.\n\n\"We start again today,\" he said.",
			dct:  "2013-06-03", mode: News,
			want: []want{{text: "Sunday", value: "2013-06-02", typ: DATE}, {text: "Monday", value: "2013-06-03", typ: DATE}, {text: "today", value: "2013-06-03", typ: DATE}},
		},
		{
			name: "the lead's day is further back",
			in:   "The plant closed on Thursday.\n\n\"We are still here today,\" a worker said.",
			dct:  "2013-06-03", mode: News,
			want: []want{{text: "Thursday", value: "2013-05-30", typ: DATE}, {text: "today", value: "2013-06-03", typ: DATE}},
		},
	})
}
