package timex

import "testing"

// Round 23 of the news probes: a rule for a class the development halves
// of earlier probes share. The sentences are our own; each case names the
// DCT it assumes.

// TestNewsRound23HoursAroundEvent: a bare "hours" right before "after" or
// "before" is a stretch of no stated size counted from an event (PTXH),
// as "hours earlier" already was. Days and weeks stay out, since AQUAINT
// dates "days after" an event; so do hours kept by a schedule, hours
// after a determiner or adjective, and the hours of a count the length
// rules did not read.
func TestNewsRound23HoursAroundEvent(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "hours after an event",
			in:   "Divers reached the wreck hours after the ferry capsized.",
			dct:  "2013-06-04", mode: News,
			want: []want{{text: "hours", value: "PTXH", typ: DURATION}},
		},
		{
			name: "hours before an event, with a day later in the sentence",
			in:   "The warning came hours before the levee broke on Sunday.",
			dct:  "2013-06-04", mode: News,
			want: []want{{text: "hours", value: "PTXH", typ: DURATION}, {text: "Sunday", value: "2013-06-02"}},
		},
		{
			name: "after an adverb",
			in:   "The minister resigned just hours after the vote.",
			dct:  "2013-06-04", mode: News,
			want: []want{{text: "hours", value: "PTXH", typ: DURATION}},
		},
		{
			name: "in narrative mode too",
			in:   "The garrison surrendered hours after the walls were breached.",
			dct:  "", mode: Narrative,
			want: []want{{text: "hours", value: "PTXH", typ: DURATION}},
		},
		{
			name: "days after an event stay out",
			in:   "Investigators found the truck days after the robbery.",
			dct:  "2013-06-04", mode: News,
			want: []want{},
		},
		{
			name: "weeks before an event stay out",
			in:   "The club sold its striker weeks before the final.",
			dct:  "2013-06-04", mode: News,
			want: []want{},
		},
		{
			name: "a schedule's hours are no length",
			in:   "The bank cut its business hours before the holiday.",
			dct:  "2013-06-04", mode: News,
			want: []want{},
		},
		{
			name: "a determiner before the hours leaves them to other rules",
			in:   "Talks went on in the hours after the ceasefire.",
			dct:  "2013-06-04", mode: News,
			want: []want{},
		},
		{
			name: "a hyphenated half before the hours",
			in:   "The probe fired its engine two-and-a-half hours before the flyby.",
			dct:  "2013-06-04", mode: News,
			want: []want{},
		},
		{
			name: "a size of hours is no stretch from the event",
			in:   "Volunteers worked long hours before the vote; nurses logged overtime hours after the attack.",
			dct:  "2013-06-04", mode: News,
			want: []want{},
		},
		{
			name: "hours of the night are a part of the day",
			in:   "Shelling went on into the small hours before dawn.",
			dct:  "2013-06-04", mode: News,
			want: []want{{text: "dawn", value: "2013-06-04TMO"}},
		},
		{
			name: "a count the length rules did not read",
			in:   "He spent 40-plus hours after the quake digging for survivors.",
			dct:  "2013-06-04", mode: News,
			want: []want{},
		},
	})
}
