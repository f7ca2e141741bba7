package timex

import "testing"

// Round 23b of the news probes (courts, crime, weather, elections,
// science): a rule for a class this probe's development half shares with
// round 21's. The sentences are our own; each case names the DCT it
// assumes.

// TestNewsRound23bStoryWeekday: in news, a bare weekday named again in a
// clause that does not speak of the past is the day after the DCT its
// first bare mention was given; before, a clause with no tense cue sent
// it to the week before. A first mention in the past is not carried, nor
// is a later mention told in the past, nor a weekday with "last".
func TestNewsRound23bStoryWeekday(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a vote looked ahead to, then named in a clause with no tense",
			in:   "The council will vote on Thursday. The vote on Thursday is the last step before the budget.",
			dct:  "2014-04-02", mode: News,
			want: []want{{text: "Thursday", value: "2014-04-03"}, {text: "Thursday", value: "2014-04-03"}},
		},
		{
			name: "a forecast day named again in the present",
			in:   "Temperatures will fall on Sunday. For most towns by Sunday it cools off across the plains.",
			dct:  "2012-07-05", mode: News,
			want: []want{{text: "Sunday", value: "2012-07-08"}, {text: "Sunday", value: "2012-07-08"}},
		},
		{
			name: "a later mention told in the past is the week before",
			in:   "Officials will finish the count on Sunday. The party celebrated its win on Sunday after early returns.",
			dct:  "2012-07-04", mode: News,
			want: []want{{text: "Sunday", value: "2012-07-08"}, {text: "Sunday", value: "2012-07-01"}},
		},
		{
			name: "a first mention in the past is not carried",
			in:   "The jury convicted him on Monday. The sentencing on Monday is closed to the press.",
			dct:  "2014-04-02", mode: News,
			want: []want{{text: "Monday", value: "2014-03-31"}, {text: "Monday", value: "2014-03-31"}},
		},
		{
			name: "last keeps its own week",
			in:   "The board will meet on Thursday. It also met last Thursday.",
			dct:  "2014-04-02", mode: News,
			want: []want{{text: "Thursday", value: "2014-04-03"}, {text: "last Thursday", value: "2014-03-27"}},
		},
	})
}
