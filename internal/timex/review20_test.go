package timex

import "testing"

// TestReview20 holds faults a review found in round 20's rules, each
// beside the form the rule was made for. The sentences are written for
// the test. A four-digit number after a dated day and its comma is the
// day's year whatever follows it: edited English writes a count of a
// thousand or more with a thousands comma, so the count reading two
// fixes had given such a number (b58c7e6, 16763cd) is taken out.
func TestReview20(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a four-digit number after a day list is every day's year",
			in:   "Officials said on Friday that on March 3, 4 and 5, 1200 marchers were held.",
			dct:  "2019-03-10", mode: News,
			want: []want{{text: "Friday", value: "2019-03-08"}, {text: "March 3", value: "1200-03-03"}, {text: "4", value: "1200-03-04"}, {text: "5, 1200", value: "1200-03-05"}},
		},
		{
			name: "contrast: a number no year can be after a day list stays apart",
			in:   "On March 3, 4 and 5, 2400 voters were turned away.",
			dct:  "2019-03-10", mode: News,
			want: []want{{text: "March 3", value: "2019-03-03"}, {text: "4", value: "2019-03-04"}, {text: "5", value: "2019-03-05"}},
		},
		{
			name: "a four-digit number after a single day is its year",
			in:   "On March 3, 1200 people were held and on 4 March, 1600 activists marched.",
			dct:  "2019-03-10", mode: News,
			want: []want{{text: "March 3, 1200", value: "1200-03-03"}, {text: "4 March, 1600", value: "1600-03-04"}},
		},
		{
			name: "a four-digit number after a pair of days is both days' year",
			in:   "On March 3 and 4, 1200 workers struck.",
			dct:  "2019-03-10", mode: News,
			want: []want{{text: "March 3", value: "1200-03-03"}, {text: "4, 1200", value: "1200-03-04"}},
		},
		{
			name: "contrast: a count with its thousands comma after a day, a pair or a list is no year",
			in:   "On March 3, 1,500 protesters were held. On March 4 and 5, 2,300 workers struck. On March 6, 7 and 8, 1,200 marchers walked.",
			dct:  "2019-03-10", mode: News,
			want: []want{{text: "March 3", value: "2019-03-03"}, {text: "March 4", value: "2019-03-04"}, {text: "5", value: "2019-03-05"},
				{text: "March 6", value: "2019-03-06"}, {text: "7", value: "2019-03-07"}, {text: "8", value: "2019-03-08"}},
		},
		{
			name: "contrast: a year before a comma, a full stop or a clause stays the year",
			in:   "The ferry sank on March 3, 1700. The dam was opened on May 9, 2000, when the rains ended.",
			dct:  "2019-03-10", mode: News,
			want: []want{{text: "March 3, 1700", value: "1700-03-03"}, {text: "May 9, 2000", value: "2000-05-09"}},
		},
		{
			name: "contrast: a plausible year before a counted noun is still the year",
			in:   "On March 3, 2016 troops left.",
			dct:  "2019-03-10", mode: News,
			want: []want{{text: "March 3, 2016", value: "2016-03-03"}},
		},
		{
			name: "contrast: a date after a determiner modifies the noun, its year kept",
			in:   "The May 9, 2000 elections were annulled.",
			dct:  "2019-03-10", mode: News,
			want: []want{{text: "May 9, 2000", value: "2000-05-09"}},
		},
		{
			name: "contrast: the year after a list's last day is still every day's",
			in:   "The council sat on April 2, 3 and 4, 1911, in the old hall.",
			dct:  "2019-03-10", mode: Narrative,
			want: []want{{text: "April 2", value: "1911-04-02"}, {text: "3", value: "1911-04-03"}, {text: "4, 1911", value: "1911-04-04"}},
		},
	})
}

// TestReview20Year holds a second and a third review's faults in the
// count reading above: a number after a dated day stays the day's year
// before any noun, early or late, with a DCT or without one.
func TestReview20Year(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a plausible year before a comparison word stays the year",
			in:   "On May 7, 2012 more than 40 houses burned in the valley.",
			mode: News,
			want: []want{{text: "May 7, 2012", value: "2012-05-07"}},
		},
		{
			name: "a plausible year before a people's plural stays the year",
			in:   "On May 7, 2012 farmers blocked the road.",
			dct:  "2015-01-20", mode: News,
			want: []want{{text: "May 7, 2012", value: "2012-05-07"}},
		},
		{
			name: "a day before its month keeps its year without a comma",
			in:   "On 7 May 2012 farmers blocked the road and on 9 May 1999 students marched.",
			dct:  "2015-01-20", mode: News,
			want: []want{{text: "7 May 2012", value: "2012-05-07"}, {text: "9 May 1999", value: "1999-05-09"}},
		},
		{
			name: "a day before its month keeps its year before a plural subject",
			in:   "On 11 September 2001 hijackers seized four airliners.",
			dct:  "2001-09-12", mode: News,
			want: []want{{text: "11 September 2001", value: "2001-09-11"}},
		},
		{
			name: "words that follow numbers make no count",
			in:   "On May 7, 1750 of the guards deserted, and on May 9, 1750 other men followed.",
			mode: Narrative,
			want: []want{{text: "May 7, 1750", value: "1750-05-07"}, {text: "May 9, 1750", value: "1750-05-09"}},
		},
		{
			name: "an eighteenth-century year before a people's plural is the year, in narrative without a DCT",
			in:   "On August 3, 1789 weavers burned the mill at the ford.",
			mode: Narrative,
			want: []want{{text: "August 3, 1789", value: "1789-08-03"}},
		},
		{
			name: "a year two past the DCT's before a people's plural is the year",
			in:   "On April 6, 2028 inspectors will visit the dam.",
			dct:  "2026-11-29", mode: News,
			want: []want{{text: "April 6, 2028", value: "2028-04-06"}},
		},
		{
			name: "a year before 1800 after a day is the year, with a DCT too",
			in:   "On May 7, 1300 farmers blocked the road.",
			dct:  "2015-06-20", mode: News,
			want: []want{{text: "May 7, 1300", value: "1300-05-07"}},
		},
		{
			name: "contrast: a number no year can be after a list stays apart",
			in:   "On May 7, 8 and 9, 2300 farmers blocked the road.",
			dct:  "2015-06-20", mode: News,
			want: []want{{text: "May 7", value: "2015-05-07"}, {text: "8", value: "2015-05-08"}, {text: "9", value: "2015-05-09"}},
		},
	})
}

// TestReview20Quoted holds the review's faults in the value of a
// quotation's deictic words in news: a quotation's "yesterday" and
// "tomorrow" count from the day its "today" was spoken, and a height's
// inch mark opens no quotation.
func TestReview20Quoted(t *testing.T) {
	runCases(t, []parseCase{
		{
			name: "a quotation's tomorrow is the day after its spoken today",
			in:   "The bridge collapsed on Saturday. \"Today we count the missing, and tomorrow we start again,\" the governor said.",
			dct:  "2021-05-09", mode: News,
			want: []want{{text: "Saturday", value: "2021-05-08"}, {text: "Today", value: "2021-05-08"}, {text: "tomorrow", value: "2021-05-09"}},
		},
		{
			name: "a quotation's yesterday is the day before its spoken today",
			in:   "The bridge collapsed on Saturday. \"Yesterday the river rose, today the bridge fell,\" a ferryman said.",
			dct:  "2021-05-09", mode: News,
			want: []want{{text: "Saturday", value: "2021-05-08"}, {text: "Yesterday", value: "2021-05-07"}, {text: "today", value: "2021-05-08"}},
		},
		{
			name: "a reporting clause's weekday moves the quotation's tomorrow too",
			in:   "\"We vote today and count tomorrow,\" the clerk said on Friday.",
			dct:  "2021-05-09", mode: News,
			want: []want{{text: "today", value: "2021-05-07"}, {text: "tomorrow", value: "2021-05-08"}, {text: "Friday", value: "2021-05-07"}},
		},
		{
			name: "an inch mark after a height is no quote mark",
			in:   "The bridge collapsed on Saturday. Police said the driver, who is 6'2\", was charged today.",
			dct:  "2021-05-09", mode: News,
			want: []want{{text: "Saturday", value: "2021-05-08"}, {text: "today", value: "2021-05-09"}},
		},
		{
			name: "a quotation without today after a lead on the eve keeps the DCT's yesterday",
			in:   "Raiders burned two farms on Sunday near the river. \"They came yesterday and took the goats,\" a herder said by radio.",
			dct:  "2021-05-10", mode: News,
			want: []want{{text: "Sunday", value: "2021-05-09"}, {text: "yesterday", value: "2021-05-09"}},
		},
		{
			name: "contrast: a reporting clause's weekday still moves a quotation without today",
			in:   "Raiders burned two farms on Sunday. \"They came yesterday and again at night,\" a herder said on Sunday.",
			dct:  "2021-05-10", mode: News,
			want: []want{{text: "Sunday", value: "2021-05-09"}, {text: "yesterday", value: "2021-05-08"}, {text: "Sunday", value: "2021-05-09"}},
		},
		{
			name: "contrast: a quotation spoken on the DCT's day keeps the DCT's yesterday",
			in:   "\"The water rose yesterday,\" a farmer said.",
			dct:  "2021-05-09", mode: News,
			want: []want{{text: "yesterday", value: "2021-05-08"}},
		},
	})
}
