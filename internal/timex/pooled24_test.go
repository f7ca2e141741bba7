package timex

import "testing"

// Session 20's pooled news classes: changes read off the development
// halves of ten news probes together, kept only where a class recurred in
// several stories of several probes and the pooled held-out halves rose.
// The sentences are our own; each case names the DCT it assumes.

// TestPooled24SeasonOfPlay: "this season", "last season" and "next
// season" alone (a season of play, of storms, of results) are left
// untagged, as TimeBank has no such expression and every news probe's
// gold leaves them. A season named by its year, a named season of the
// calendar and a day beside the word stay tagged.
func TestPooled24SeasonOfPlay(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a league's this season and last season",
			in:   "They beat Oakland in the playoffs last season and will face every team this season.",
			dct:  "2023-03-10", mode: News,
		},
		{
			name: "next season and a storm season at the start of a sentence",
			in:   "This season has been quiet so far, forecasters said, and next season may be busier.",
			dct:  "2012-08-20", mode: News,
		},
		{
			name: "an earnings season beside a weekday",
			in:   "Most companies have reported results this season, and Alcoa will report on Tuesday.",
			dct:  "2013-10-04", mode: News,
			want: []want{{text: "Tuesday", value: "2013-10-08"}},
		},
		{
			name: "a season named by its year stays a year",
			in:   "He scored twenty goals in the 2012 season.",
			dct:  "2013-08-16", mode: News,
			want: []want{{text: "the 2012 season", value: "2012"}},
		},
		{
			name: "seasons of the calendar stay tagged",
			in:   "This summer the team trains in Spain; last spring it stayed home.",
			dct:  "2013-08-16", mode: News,
			want: []want{{text: "This summer", value: "2013-SU"}, {text: "last spring", value: "2013-SP"}},
		},
		{
			name: "the season's last game on a named day",
			in:   "The season ends with a home game on Sunday.",
			dct:  "2013-08-16", mode: News,
			want: []want{{text: "Sunday", value: "2013-08-18"}},
		},
	})
}

// TestPooled24PastWeek: "the past week" after "in", "over" or "during" is
// the seven days up to now, a length (P1W) as "the past two weeks" is.
// "Last week", "the past week" opening a sentence, a possessive before a
// noun, and "the past year" (a year, as TimeBank values it) stay dates.
func TestPooled24PastWeek(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "in the past week is a length",
			in:   "The striker has scored twice in the past week.",
			dct:  "2014-07-10", mode: News,
			want: []want{{text: "the past week", value: "P1W", typ: DURATION}},
		},
		{
			name: "over and during the past week",
			in:   "Floods displaced 300 families over the past week. During the past week, the river rose a metre.",
			dct:  "2014-07-10", mode: News,
			want: []want{{text: "the past week", value: "P1W", typ: DURATION}, {text: "the past week", value: "P1W", typ: DURATION}},
		},
		{
			name: "last week stays the calendar week",
			in:   "Last week the council met twice.",
			dct:  "2014-07-10", mode: News,
			want: []want{{text: "Last week", value: "2014-W27", typ: DATE}},
		},
		{
			name: "the past week as the subject stays a date",
			in:   "The past week was the hottest on record.",
			dct:  "2014-07-10", mode: News,
			want: []want{{text: "The past week", value: "2014-W27", typ: DATE}},
		},
		{
			name: "a possessive before a noun stays a date",
			in:   "Gold rose in the past week's trading.",
			dct:  "2014-07-10", mode: News,
			want: []want{{text: "the past week", value: "2014-W27", typ: DATE}},
		},
		{
			name: "a week and a half, a week or two, and a week of a month are other phrases",
			in:   "Prices rose over the past week and a half. Sales fell in the past week or two. He quit in the past week of June.",
			dct:  "2014-07-10", mode: News,
			want: []want{{text: "the past week", value: "2014-W27", typ: DATE}, {text: "the past week", value: "2014-W27", typ: DATE}, {text: "the past week", value: "2014-W27", typ: DATE}, {text: "June", value: "2014-06", typ: DATE}},
		},
		{
			name: "a clause joined by and after the past week keeps the length",
			in:   "Shares rose 3 percent over the past week and analysts expect more gains.",
			dct:  "2013-03-06", mode: News,
			want: []want{{text: "the past week", value: "P1W", typ: DURATION}},
		},
		{
			name: "over the past year stays a year",
			in:   "The index fell over the past year.",
			dct:  "2014-07-10", mode: News,
			want: []want{{text: "the past year", value: "2013", typ: DATE}},
		},
	})
}
