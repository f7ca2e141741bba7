package timex

import (
	"testing"
	"time"
)

// want is one expected expression: its text and value (and type/mod when
// the case is about them).
type want struct {
	text, value string
	typ         Type
	mod         string
	end         string
}

type parseCase struct {
	name string
	in   string
	dct  string // anchor assumed, "" for none
	mode Mode
	want []want
}

func runCases(t *testing.T, cases []parseCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opt := Options{Mode: tc.mode}
			if tc.dct != "" {
				d, err := time.Parse("2006-01-02", tc.dct)
				if err != nil {
					t.Fatal(err)
				}
				opt.DCT = d
			}
			got := Parse(tc.in, opt)
			if len(got) != len(tc.want) {
				t.Fatalf("Parse(%q) = %d expressions %+v, want %d", tc.in, len(got), got, len(tc.want))
			}
			for k, w := range tc.want {
				g := got[k]
				if g.Text != w.text || g.Value != w.value {
					t.Errorf("#%d = %q %s, want %q %s", k, g.Text, g.Value, w.text, w.value)
				}
				if g.Text != tc.in[g.Start:g.End] {
					t.Errorf("#%d offsets [%d,%d) do not give %q", k, g.Start, g.End, g.Text)
				}
				if w.typ != "" && g.Type != w.typ {
					t.Errorf("#%d %q type %s, want %s", k, g.Text, g.Type, w.typ)
				}
				if w.mod != "" && g.Mod != w.mod {
					t.Errorf("#%d %q mod %q, want %q", k, g.Text, g.Mod, w.mod)
				}
				if g.EndValue != w.end {
					t.Errorf("#%d %q end value %q, want %q", k, g.Text, g.EndValue, w.end)
				}
			}
		})
	}
}

func TestExplicit(t *testing.T) {
	runCases(t, []parseCase{
		{"day month year", "The process was complete by 5 August 2024.", "", News, []want{{text: "5 August 2024", value: "2024-08-05", typ: DATE}}},
		{"month day year", "On October 4, 2017 the patrol was ambushed.", "", News, []want{{text: "October 4, 2017", value: "2017-10-04"}}},
		{"abbreviated month", "It ended Sept. 27, 1989.", "", News, []want{{text: "Sept. 27, 1989", value: "1989-09-27"}}},
		{"numeric US", "Filed on 08/05/2024 in court.", "", News, []want{{text: "08/05/2024", value: "2024-08-05"}}},
		{"numeric ISO", "Updated 2024-08-05.", "", News, []want{{text: "2024-08-05", value: "2024-08-05"}}},
		{"month year", "In July 2023, the coup occurred.", "", News, []want{{text: "July 2023", value: "2023-07"}}},
		{"year", "Kidnappings date back to 2009.", "", News, []want{{text: "2009", value: "2009"}}},
		{"an early year after in", "Columbus sailed in 1492.", "", News, []want{{text: "1492", value: "1492"}}},
		{"quarter with year", "Profit fell in the third quarter of 1989.", "", News, []want{{text: "the third quarter of 1989", value: "1989-Q3"}}},
		{"season with year", "Fighting resumed in the summer of 2016.", "", News, []want{{text: "the summer of 2016", value: "2016-SU"}}},
		{"decade", "Unrest grew in the 1990s.", "", News, []want{{text: "the 1990s", value: "199"}}},
		{"the 1900s are a century", "Cities grew in the 1900s.", "", News, []want{{text: "the 1900s", value: "19"}}},
		{"the 2000s are a decade", "Growth was fast in the 2000s.", "2013-03-22", News, []want{{text: "the 2000s", value: "200"}}},
		{"century", "The 20th century saw two wars.", "", News, []want{{text: "The 20th century", value: "19"}}},
		{"holiday", "They attacked on Christmas Day 2016.", "", News, []want{{text: "Christmas Day 2016", value: "2016-12-25"}}},
		{"easter with year", "Easter 2024 fell early.", "", News, []want{{text: "Easter 2024", value: "2024-03-31"}}},
		{"easter week", "Protesters prayed as Easter week began.", "2000-04-17", News, []want{{text: "Easter week", value: "2000-W16"}}},
		{"good friday and easter monday", "He came on Good Friday and left on Easter Monday.", "2000-04-17", News,
			[]want{{text: "Good Friday", value: "2000-04-21"}, {text: "Easter Monday", value: "2000-04-24"}}},
		{"last holiday", "He was found at sea last Thanksgiving.", "2000-02-10", News, []want{{text: "last Thanksgiving", value: "1999-11-25"}}},
		{"next holiday", "The vote comes after next Christmas.", "2000-02-10", News, []want{{text: "next Christmas", value: "2000-12-25"}}},
		{"easter in a name", "They sailed to Easter Island.", "2000-04-17", News, []want{}},
		{"spelled year", "In nineteen ninety-six it rained.", "", News, []want{{text: "nineteen ninety-six", value: "1996"}}},
		{"month and spelled year", "January nineteen ninety-seven. Atlanta again.", "1998-02-27", News, []want{{text: "January nineteen ninety-seven", value: "1997-01"}}},
		{"season of a spelled year", "Prices fell in the winter of nineteen ninety-four.", "1998-02-23", News, []want{{text: "the winter of nineteen ninety-four", value: "1994-WI"}}},
	})
}

func TestRelative(t *testing.T) {
	// DCT 1998-02-13 is a Friday.
	const dct = "1998-02-13"
	runCases(t, []parseCase{
		{"yesterday", "Troops withdrew yesterday.", dct, News, []want{{text: "yesterday", value: "1998-02-12"}}},
		{"today tomorrow", "Talks open today and close tomorrow.", dct, News, []want{{text: "today", value: "1998-02-13"}, {text: "tomorrow", value: "1998-02-14"}}},
		// "last Tuesday" is the most recent Tuesday before the anchor
		// (TIDES/TimeML), which said on a Friday is three days back.
		{"last tuesday", "He was arrested last Tuesday.", dct, News, []want{{text: "last Tuesday", value: "1998-02-10"}}},
		{"last friday said on a friday", "He was arrested last Friday.", dct, News, []want{{text: "last Friday", value: "1998-02-06"}}},
		{"the day before last tuesday", "The day before last Tuesday's hearing, he flew in.", "2000-02-24", News, []want{{text: "The day before last Tuesday", value: "2000-02-21"}}},
		{"weekday past", "The ministry said Tuesday that it agreed.", dct, News, []want{{text: "Tuesday", value: "1998-02-10"}}},
		{"weekday future", "The envoy will arrive Tuesday.", dct, News, []want{{text: "Tuesday", value: "1998-02-17"}}},
		{"weekday of the DCT past", "The two leaders signed the plan Friday.", dct, News, []want{{text: "Friday", value: "1998-02-13"}}},
		{"weekday of the DCT future", "The offer will stay open until Friday.", dct, News, []want{{text: "Friday", value: "1998-02-13"}}},
		{"next weekday of the DCT", "They meet again next Friday.", dct, News, []want{{text: "next Friday", value: "1998-02-20"}}},
		{"weekday with its date", "He was shot on Friday, Oct. 23, at home.", dct, News, []want{{text: "Friday, Oct. 23", value: "1997-10-23"}}},
		{"weekday with date no comma", "It seeped out Friday Oct. 13 alone.", "1989-10-27", News, []want{{text: "Friday Oct. 13", value: "1989-10-13"}}},
		{"weekday with day month", "Polls open on Sunday 15 March 1998.", dct, News, []want{{text: "Sunday 15 March 1998", value: "1998-03-15"}}},
		{"since is behind", "Police have searched for him since the Oct. 23 slaying.", "1999-05-06", News, []want{{text: "Oct. 23", value: "1998-10-23"}}},
		{"the year", "The stock hit a high for the year in June.", "1989-10-30", News, []want{{text: "the year", value: "1989", typ: DATE}, {text: "June", value: "1989-06"}}},
		{"the full year", "Sales for the full year rose 13%.", "1989-11-02", News, []want{{text: "the full year", value: "1989", typ: DATE}}},
		{"the current fiscal year", "It expects higher sales in the current fiscal year.", "1989-11-02", News, []want{{text: "the current fiscal year", value: "1989", typ: DATE}}},
		{"the year ended", "Revenue was $76 million for the year ended March 31.", "1989-11-01", News, []want{{text: "the year", value: "P1Y", typ: DURATION}, {text: "March 31", value: "1989-03-31"}}},
		{"the year 2000", "Jobs were promised by the year 2000.", "1998-02-05", News, []want{{text: "the year 2000", value: "2000"}}},
		{"last fall in winter", "Gains began last fall.", "1998-02-06", News, []want{{text: "last fall", value: "1997-FA"}}},
		{"this summer in winter", "The talks end this summer.", "1998-02-06", News, []want{{text: "this summer", value: "1998-SU"}}},
		{"next spring", "Output resumes next spring.", "1989-10-26", News, []want{{text: "next spring", value: "1990-SP"}}},
		{"last summer", "The strike began last summer.", "1989-10-26", News, []want{{text: "last summer", value: "1989-SU"}}},
		{"the winter ahead", "Fuel will run short in the winter.", "1989-10-26", News, []want{{text: "the winter", value: "1989-WI"}}},
		{"recent weeks", "Prices rose in recent weeks.", dct, News, []want{{text: "recent weeks", value: "PXW", typ: DURATION}}},
		{"recent years", "Tourism grew in recent years.", dct, News, []want{{text: "recent years", value: "PAST_REF", typ: DATE}}},
		{"as early as", "He could arrive from Cuba as early as Tuesday, officials said.", dct, News, []want{{text: "Tuesday", value: "1998-02-17"}}},
		{"the near term", "Margins will suffer in the near term.", dct, News, []want{{text: "the near term", value: "FUTURE_REF"}}},
		{"the weeks ahead", "Funds may sell in the weeks ahead.", dct, News, []want{{text: "the weeks ahead", value: "PXW", typ: DURATION}}},
		{"plans as a noun is no cue", "On Friday, when she set aside vacation plans for the hastily planned trip, the ban was lifted.", "1998-08-17", News, []want{{text: "Friday", value: "1998-08-14"}}},
		{"plans to looks ahead", "She plans to visit Kenya on Friday.", "1998-08-17", News, []want{{text: "Friday", value: "1998-08-21"}}},
		{"past perfect outweighs a plan", "The offer was extended. It had been due to expire Friday evening.", "1989-10-30", News, []want{{text: "Friday evening", value: "1989-10-27TEV"}}},
		{"as soon as a clause", "Allies were likely to buy its stock as soon as trading opened Monday.", "1989-11-01", News, []want{{text: "Monday", value: "1989-11-06"}}},
		{"would be traveling", "Craig announced that the father would be traveling to the United States Thursday.", "2000-04-05", News, []want{{text: "Thursday", value: "2000-04-06"}}},
		{"a name in -ed is no past", "The envoy will meet the whole United States delegation Thursday.", "2000-04-05", News, []want{{text: "Thursday", value: "2000-04-06"}}},
		{"resume is ahead", "Talks are set to resume Monday in Belfast.", dct, News, []want{{text: "Monday", value: "1998-02-16"}}},
		{"last year", "Exports fell last year.", dct, News, []want{{text: "last year", value: "1997"}}},
		{"next month", "Elections are due next month.", dct, News, []want{{text: "next month", value: "1998-03"}}},
		{"this week", "Fighting flared this week.", dct, News, []want{{text: "this week", value: "1998-W07"}}},
		{"ago", "The truce began two years ago.", dct, News, []want{{text: "two years ago", value: "1996"}}},
		{"weeks ago", "He left three weeks ago.", dct, News, []want{{text: "three weeks ago", value: "1998-W04"}}},
		{"later anaphoric", "The base opened in 1990. Two years later it closed.", dct, News, []want{{text: "1990", value: "1990"}, {text: "Two years later", value: "1992"}}},
		{"a year earlier quarter", "Profit rose in the third quarter from a year earlier.", "1989-10-25", News, []want{{text: "the third quarter", value: "1989-Q3"}, {text: "a year earlier", value: "1988-Q3"}}},
		{"a year ago follows the reported quarter", "Net rose in the third quarter. After a flat second quarter, margins grew. In the 1989 period, costs were lower than a year ago.", "1989-11-01", News,
			[]want{{text: "the third quarter", value: "1989-Q3"}, {text: "second quarter", value: "1989-Q2"}, {text: "the 1989 period", value: "1989-Q3"}, {text: "a year ago", value: "1988-Q3"}}},
		{"weekday evening", "Talks ended Thursday evening.", "1998-02-13", News, []want{{text: "Thursday evening", value: "1998-02-12TEV", typ: TIME}}},
		// Valued as the day, it is typed as one (a TIME needs a time of
		// day in its value): AQUAINT types 10 of 10 such values DATE.
		{"weekday night is the day", "The plant closed on Thursday night.", "1998-02-13", News, []want{{text: "Thursday night", value: "1998-02-12", typ: DATE}}},
		{"a clock time on a day is a time", "Polls closed at 9 p.m. Thursday.", "1998-02-13", News, []want{{text: "9 p.m. Thursday", value: "1998-02-12T21:00", typ: TIME}}},
		{"nearly inside a duration", "Talks have been cut off for nearly two years.", "1998-03-01", News, []want{{text: "nearly two years", value: "P2Y", typ: DURATION, mod: "LESS_THAN"}}},
		{"about outside a duration", "The talk lasted about two hours.", "1998-03-01", News, []want{{text: "two hours", value: "PT2H", typ: DURATION}}},
		{"historic quarter is not the report", "Net was the lowest since the third quarter of 1984. Third-quarter profit rose from a year ago.", "1989-10-27", News,
			[]want{{text: "the third quarter of 1984", value: "1984-Q3"}, {text: "Third-quarter", value: "1989-Q3"}, {text: "a year ago", value: "1988-Q3"}}},
		{"a year earlier after nine months", "Third-quarter net rose. In the first nine months, net was $306 million, up from $195 million a year earlier.", "1989-11-02", News,
			[]want{{text: "Third-quarter", value: "1989-Q3"}, {text: "the first nine months", value: "P9M", typ: DURATION}, {text: "a year earlier", value: "1988"}}},
		{"a year earlier after the quarter", "Third-quarter net rose. In the first nine months, net was $306 million. Sales for the quarter rose from a year earlier.", "1989-11-02", News,
			[]want{{text: "Third-quarter", value: "1989-Q3"}, {text: "the first nine months", value: "P9M", typ: DURATION}, {text: "the quarter", value: "1989-Q3"}, {text: "a year earlier", value: "1988-Q3"}}},
		{"the latest quarter is the reported one", "Third-quarter net fell. The company expects a fourth-quarter charge. Earnings fell 59% in the latest quarter.", "1989-11-02", News,
			[]want{{text: "Third-quarter", value: "1989-Q3"}, {text: "fourth-quarter", value: "1989-Q4"}, {text: "the latest quarter", value: "1989-Q3"}}},
		{"last year's quarter", "Sales fell in the third quarter. U.K. sales for last year's quarter were $3 million.", "1989-11-01", News,
			[]want{{text: "the third quarter", value: "1989-Q3"}, {text: "last year's quarter", value: "1988-Q3"}}},
		{"the day before a named day", "The day before Feb. 22, Manuel went to court.", "2000-02-24", News, []want{{text: "The day before Feb. 22", value: "2000-02-21"}}},
		{"the day before, alone", "He had arrived the day before.", "2000-02-24", News, []want{{text: "the day before", value: "2000-02-23"}}},
		{"the week of a day", "A hearing is set for the week of March 6.", "2000-02-24", News, []want{{text: "the week of March 6", value: "2000-W10"}}},
		{"spoken day of the month", "They vote this coming Sunday, March eighth.", "1998-03-05", News, []want{{text: "this coming Sunday, March eighth", value: "1998-03-08"}}},
		{"spoken day with a year", "The vote is May twenty-first, 1998.", "1998-03-05", News, []want{{text: "May twenty-first, 1998", value: "1998-05-21"}}},
		{"ordinal before a noun is no day", "Then in March second quarter results came.", "1998-03-05", News, []want{{text: "March", value: "1998-03"}, {text: "second quarter", value: "1998-Q2"}}},
		{"between two months", "Between March and May, 300 people died.", "2013-03-15", News, []want{{text: "Between March and May", value: "2013-03", end: "2013-05"}}},
		{"or later", "It won't be profitable until 1994 or later.", "1989-10-30", News, []want{{text: "1994 or later", value: "1994", mod: "ON_OR_AFTER"}}},
		{"and beyond", "Earnings for 1990 and beyond look good.", "1989-10-30", News, []want{{text: "1990 and beyond", value: "1990", mod: "ON_OR_AFTER"}}},
		{"or after a clause", "It may close in 1995 or after the vote.", "1989-10-30", News, []want{{text: "1995", value: "1995"}}},
		{"or so", "Over the next two years or so, its share rose.", "1989-10-30", News, []want{{text: "the next two years or so", value: "P2Y", mod: "APPROX", typ: DURATION}}},
		{"the corresponding period last year", "Net fell in the third quarter, against income for the corresponding period last year.", "1989-11-01", News,
			[]want{{text: "the third quarter", value: "1989-Q3"}, {text: "the corresponding period last year", value: "1988-Q3"}}},
		{"the quarter a year ago", "Net fell in the third quarter. For the quarter a year ago, it earned $16 million.", "1989-10-26", News,
			[]want{{text: "the third quarter", value: "1989-Q3"}, {text: "the quarter a year ago", value: "1988-Q3"}}},
		{"the comparable year-ago quarter", "Sales rose in the third quarter from the comparable year-ago quarter.", "1989-10-27", News,
			[]want{{text: "the third quarter", value: "1989-Q3"}, {text: "the comparable year-ago quarter", value: "1988-Q3"}}},
		{"a quarter closed by a date is the reported one", "Delta reported results for the fiscal first quarter. For the quarter ended Sept. 30, net rose from a year earlier.", "1989-10-26", News,
			[]want{{text: "the fiscal first quarter", value: "1989-Q1"}, {text: "the quarter", value: "1989-Q3"}, {text: "Sept. 30", value: "1989-09-30"}, {text: "a year earlier", value: "1988-Q3"}}},
		{"mid afternoon", "By mid afternoon, officials said the operation was over.", "1998-03-06", News, []want{{text: "mid afternoon", value: "1998-03-06TAF", typ: TIME, mod: "MID"}}},
		{"mid-afternoon yesterday", "Trading stopped in mid-afternoon yesterday.", "1989-11-02", News, []want{{text: "mid-afternoon yesterday", value: "1989-11-01TAF", typ: TIME}}},
		{"the latest fiscal year", "Provigo had $6 billion in sales in the latest fiscal year.", "1989-10-26", News, []want{{text: "the latest fiscal year", value: "1988"}}},
		{"overnight is the night before the day in view", "London shares closed lower Friday, depressed by overnight losses in New York.", "1989-10-30", News,
			[]want{{text: "Friday", value: "1989-10-27"}, {text: "overnight", value: "1989-10-26TNI", typ: TIME}}},
		{"overnight in a lead", "Missiles struck overnight.", "1998-08-20", News, []want{{text: "overnight", value: "1998-08-19TNI", typ: TIME}}},
		{"the previous Friday counts from the day in view", "The index closed lower Friday, down 4.5% from the previous Friday.", "1989-10-30", News,
			[]want{{text: "Friday", value: "1989-10-27"}, {text: "the previous Friday", value: "1989-10-20"}}},
		{"last month name just gone", "Two helicopters crashed last February.", "1998-03-01", News, []want{{text: "last February", value: "1997-02"}}},
		{"last month name earlier in the year", "The strike began last April.", "1989-10-27", News, []want{{text: "last April", value: "1989-04"}}},
		{"last December in January", "Sales peaked last December.", "1990-01-15", News, []want{{text: "last December", value: "1989-12"}}},
		{"last with a month and day", "Slepian was shot to death last Oct. 23 at his home.", "1999-04-19", News, []want{{text: "last Oct. 23", value: "1998-10-23"}}},
		{"next with a month and day", "The vote is next May 5.", "1999-04-19", News, []want{{text: "next May 5", value: "1999-05-05"}}},
		{"the end of the decade", "By the end of the decade, output will double.", "2013-03-15", News, []want{{text: "the end of the decade", value: "201", mod: "END"}}},
		{"this morning", "Shells fell this morning.", dct, News, []want{{text: "this morning", value: "1998-02-13TMO", typ: TIME}}},
		{"present ref", "The town is now quiet.", dct, News, []want{{text: "now", value: "PRESENT_REF"}}},
		{"now opening a sentence", "Now officials are investigating.", dct, News, []want{{text: "Now", value: "PRESENT_REF"}}},
		{"past ref", "Clashes recently increased.", dct, News, []want{{text: "recently", value: "PAST_REF"}}},
		{"at a later date", "The rest will be raised at a later date.", dct, News, []want{{text: "a later date", value: "FUTURE_REF"}}},
		{"the foreseeable future means indefinitely", "Forces will stay for the foreseeable future.", dct, News, []want{}},
		{"soon under a modal", "Prosecutors may soon seek an indictment.", dct, News, []want{{text: "soon", value: "FUTURE_REF"}}},
		{"soon before will", "The company soon will begin selling boxes.", dct, News, []want{{text: "soon", value: "FUTURE_REF"}}},
		{"soon in a past narrative is after an event", "He was soon released and went home.", dct, News, []want{}},
		{"as soon as relates two events", "They will leave as soon as possible.", dct, News, []want{}},
		{"future ref", "Talks may resume in the near future.", dct, News, []want{{text: "the near future", value: "FUTURE_REF"}}},
	})
}

func TestUnderspecified(t *testing.T) {
	runCases(t, []parseCase{
		// "since" counts from a time already past, however near the
		// next July is.
		{"day in words of month", "He was born on the first of June 2009.", "2015-06-10", News, []want{{text: "the first of June 2009", value: "2009-06-01"}}},
		// The week named says which Monday (2015-06-10 is a Wednesday).
		{"weekday this week", "It runs from Monday till Wednesday this week; the next round is Friday of next week.", "2015-06-10", News, []want{
			{text: "from Monday till Wednesday", value: "2015-06-08", end: "2015-06-10"}, {text: "this week", value: "2015-W24"}, {text: "Friday", value: "2015-06-19"}, {text: "next week", value: "2015-W25"}}},
		// A plan word in a clause embedded after the date does not
		// outweigh the date's own past verb.
		{"embedded future", "On April 28, Canadian officials announced that they will hold products.", "2015-06-10", News, []want{{text: "April 28", value: "2015-04-28"}}},
		{"weekday with bracketed date", "The minister stated on Wednesday (Mar. 1) that it failed.", "2006-03-03", News, []want{{text: "Wednesday", value: "2006-03-01"}, {text: "Mar. 1", value: "2006-03-01"}}},
		{"weekend of a date", "He buried 14 people on the weekend of 17 September 2006.", "", News, []want{{text: "the weekend of 17 September 2006", value: "2006-W37-WE"}}},
		{"the present time", "There is a low risk at the present time.", "2015-06-10", News, []want{{text: "the present time", value: "PRESENT_REF"}}},
		{"bare day in the month in view", "The passenger had arrived on April 19. He had arrived on the 19th, but fell ill only later.", "2015-06-10", News, []want{{text: "April 19", value: "2015-04-19"}, {text: "the 19th", value: "2015-04-19"}}},
		{"irregular past", "In December, Egypt forbade pilgrims to travel.", "2015-06-10", News, []want{{text: "December", value: "2014-12"}}},
		{"fiscal and half years", "FY2013 profit rose, but H1 2013 was weak and the H1N1 virus spread.", "2013-03-22", News, []want{{text: "FY2013", value: "2013"}, {text: "H1 2013", value: "2013-H1"}}},
		// The 2001 attacks are named by their date, whatever the DCT.
		{"nine eleven", "Aid followed the September 11 attacks; since 9/11 it grew.", "2013-03-22", News, []want{{text: "September 11", value: "2001-09-11"}, {text: "9/11", value: "2001-09-11"}}},
		{"weekday pair this week", "The first round runs from Monday till Wednesday this week and the second is planned later.", "2015-06-10", News, []want{
			{text: "from Monday till Wednesday", value: "2015-06-08", end: "2015-06-10"}, {text: "this week", value: "2015-W24"}}},
		// Easter 2013 is March 31; Thanksgiving 2012 is November 22.
		{"named days", "Ash Wednesday came; Palm Sunday 2013 drew crowds; Black Friday sales rose.", "2013-03-22", News, []want{
			{text: "Ash Wednesday", value: "2013-02-13"}, {text: "Palm Sunday 2013", value: "2013-03-24"}, {text: "Black Friday", value: "2012-11-23"}}},
		{"since month", "It was Egypt's first case since July.", "2015-06-10", News, []want{{text: "July", value: "2014-07"}}},
		{"month day news", "The deal closes Dec. 7.", "1989-11-02", News, []want{{text: "Dec. 7", value: "1989-12-07"}}},
		{"month next year", "Payment is due in January.", "1989-11-02", News, []want{{text: "January", value: "1990-01"}}},
		{"month past", "Sales peaked in March.", "1989-10-02", News, []want{{text: "March", value: "1989-03"}}},
		{"month as a modifier after a determiner", "It is trying to sell itself under a June agreement.", "1989-11-01", News, []want{{text: "June", value: "1989-06"}}},
		{"may as a modifier is no modal", "The May elections were close.", "1989-11-01", News, []want{{text: "May", value: "1989-05"}}},
		{"no anchor", "On April 19 they left.", "", Narrative, []want{{text: "April 19", value: "XXXX-04-19"}}},
		{"season news", "Talks collapsed in the summer.", "1998-10-02", News, []want{{text: "the summer", value: "1998-SU"}}},
		// "this <season>" is the one of the anchor's year (or the one under
		// way), however near the last one is; winter asks the tense.
		{"this fall in spring", "The plant opens this fall.", "2013-03-22", News, []want{{text: "this fall", value: "2013-FA"}}},
		{"this fall in fall", "Sales rose this fall.", "1989-10-26", News, []want{{text: "this fall", value: "1989-FA"}}},
		{"this spring under way", "Talks began this spring.", "2013-04-20", News, []want{{text: "this spring", value: "2013-SP"}}},
		{"this winter just over", "This winter was mild.", "2013-03-22", News, []want{{text: "This winter", value: "2012-WI"}}},
		{"this winter ahead", "This winter will be cold.", "2013-10-22", News, []want{{text: "This winter", value: "2013-WI"}}},
		{"this winter under way", "This winter is cold.", "2013-01-22", News, []want{{text: "This winter", value: "2012-WI"}}},
		{"quarter news", "Earnings in the fourth quarter rose.", "1990-01-20", News, []want{{text: "the fourth quarter", value: "1989-Q4"}}},
		{"weekday no anchor", "It happened on Tuesday.", "", Narrative, []want{{text: "Tuesday", value: "XXXX-WXX-2"}}},
		// A period said to have ended lies before the DCT even when the
		// next such date is nearer.
		{"ended puts the date behind the DCT", "In the fiscal year ended Jan. 31, the company reported a loss.", "1989-11-02", News,
			[]want{{text: "the fiscal year", value: "P1Y"}, {text: "Jan. 31", value: "1989-01-31"}}},
		{"a second day after and", "The summit takes place on April 24 and 25.", "1999-02-10", News,
			[]want{{text: "April 24", value: "1999-04-24"}, {text: "25", value: "1999-04-25"}}},
		{"a second day in a far month keeps the first's year", "The summit will take place on April 24 and 25.", "1999-11-02", News,
			[]want{{text: "April 24", value: "2000-04-24"}, {text: "25", value: "2000-04-25"}}},
		{"the past perfect after the date puts it behind", "Until Thursday, they had not called him a suspect.", "1999-05-07", News,
			[]want{{text: "Thursday", value: "1999-05-06"}}},
		{"a past perfect in a later clause does not turn a plan back", "The talks will resume Friday, after the rebels had agreed.", "1999-05-05", News,
			[]want{{text: "Friday", value: "1999-05-07"}}},
		{"a number after and that counts is no day", "On April 24 and 25 people died.", "1999-02-10", News,
			[]want{{text: "April 24", value: "1999-04-24"}}},
		// "for" frames a short month name only after a word of
		// scheduling: "a victory for May" is a person.
		{"planned for June", "Talks are planned for June.", "2013-03-22", News, []want{{text: "June", value: "2013-06"}}},
		{"for May the person", "It was a victory for May and her party.", "2013-03-22", News, nil},
		// "ends" looks ahead like "expires": "The program ends in
		// September" said in March is this September, not last.
		{"ends looks ahead", "The program ends in September.", "2013-03-22", News, []want{{text: "September", value: "2013-09"}}},
		// "the 15th" alone after on/by/until/since is a day of the month in
		// view, on the side of the anchor the tense says.
		{"month day last year is one date", "The mine reopened on December 16 last year, and cases were reported four days later.", "2013-03-22", News,
			[]want{{text: "December 16 last year", value: "2012-12-16"}, {text: "four days later", value: "2012-12-20"}}},
		{"month day before last year's is not", "On March 5, last year's winner spoke.", "2013-03-22", News,
			[]want{{text: "March 5", value: "2013-03-05"}, {text: "last year", value: "2012"}}},
		{"the 15th in the anchor's month", "On the 15th, they left.", "2013-03-22", News, []want{{text: "the 15th", value: "2013-03-15"}}},
		{"the 28th ahead", "It will close on the 28th.", "2013-03-22", News, []want{{text: "the 28th", value: "2013-03-28"}}},
		{"the 28th in the past is last month's", "The plant closed on the 28th.", "2013-03-22", News, []want{{text: "the 28th", value: "2013-02-28"}}},
		{"the 5th ahead is next month's", "The plant will reopen on the 5th.", "2013-03-22", News, []want{{text: "the 5th", value: "2013-04-05"}}},
		{"a pair of days takes the month after it", "The event was held on the 18th and 19th of August.", "2013-09-22", News,
			[]want{{text: "the 18th", value: "2013-08-18"}, {text: "19th of August", value: "2013-08-19"}}},
		{"the 15th before a noun is no day", "They met on the 15th floor.", "2013-03-22", News, nil},
		{"the 15th without an anchor is left out", "On the 15th, they left.", "", News, nil},
		{"early- and late- before a year", "Prices rose in early-2013 and fell in late-2012.", "2013-03-22", News,
			[]want{{text: "early-2013", value: "2013", mod: "START"}, {text: "late-2012", value: "2012", mod: "END"}}},
		// Tense cues: a passive infinitive ("will be installed") is no
		// past form; "would" after a report looks ahead unless it is
		// "would have" or the weekday is a possessive naming a thing.
		{"a passive infinitive is no past cue", "Francis will be installed on Tuesday.", "2013-03-22", News,
			[]want{{text: "Tuesday", value: "2013-03-26"}}},
		{"a passive infinitive with an adverb", "The bridge will be formally opened Monday.", "2013-03-22", News,
			[]want{{text: "Monday", value: "2013-03-25"}}},
		{"would after a report looks ahead", "The bank said Thursday it would cut off funding on Monday.", "2013-03-22", News,
			[]want{{text: "Thursday", value: "2013-03-21"}, {text: "Monday", value: "2013-03-25"}}},
		{"would before a possessive weekday", "They said they would look for ways around Wednesday's ruling.", "2013-03-22", News,
			[]want{{text: "Wednesday", value: "2013-03-20"}}},
		// "until" marks where a stretch ends; the verb near it decides
		// the side, and a participle under a modal is no past form.
		{"held until is past", "The ceasefire, which took effect at midnight on Sunday, held until Tuesday afternoon.", "2013-03-22", News,
			[]want{{text: "midnight", value: "2013-03-17T24"}, {text: "Sunday", value: "2013-03-17"}, {text: "Tuesday afternoon", value: "2013-03-19TAF"}}},
		{"will remain closed until is ahead", "Banks will remain closed until Tuesday.", "2013-03-22", News,
			[]want{{text: "Tuesday", value: "2013-03-26"}}},
		{"has until is ahead", "Cyprus has until Monday to find the money.", "2013-03-22", News,
			[]want{{text: "Monday", value: "2013-03-25"}}},
		{"did not start until is past", "He did not start displaying symptoms until April 22.", "2009-05-01", News,
			[]want{{text: "April 22", value: "2009-04-22"}}},
		{"would have looks back", "He said he would have resigned on Monday.", "2013-03-22", News,
			[]want{{text: "Monday", value: "2013-03-18"}}},
		// A modal future keeps a month ahead of the DCT however far ahead
		// (the 180-day tense nudge alone picked the nearer past December).
		{"will keeps a far month ahead", "Collins will command the shuttle for a mission in December.", "1998-03-04", News,
			[]want{{text: "December", value: "1998-12"}}},
		{"a month in the past without will stays nearest", "The bank closed in December.", "1998-03-04", News,
			[]want{{text: "December", value: "1997-12"}}},
		{"will far from the month in another clause", "Prices fell in December, and analysts say they will rise.", "1998-03-04", News,
			[]want{{text: "December", value: "1997-12"}}},
	})
}

func TestNarrative(t *testing.T) {
	runCases(t, []parseCase{
		{"month carries year", "In March 2024, talks began. On April 12, the junta spoke.", "", Narrative,
			[]want{{text: "March 2024", value: "2024-03"}, {text: "April 12", value: "2024-04-12"}}},
		{"following month", "In January 2013, they signed. The following month, drones arrived.", "", Narrative,
			[]want{{text: "January 2013", value: "2013-01"}, {text: "The following month", value: "2013-02"}}},
		{"month before anchor", "On December 6, 2017 two months after the October ambush, shots rang out.", "", Narrative,
			[]want{{text: "December 6, 2017", value: "2017-12-06"}, {text: "two months", value: "P2M", typ: DURATION}, {text: "October", value: "2017-10"}}},
		{"year replaces anchor", "In October 2016 he was taken. He was released in 2023.", "", Narrative,
			[]want{{text: "October 2016", value: "2016-10"}, {text: "2023", value: "2023"}}},
		// "that night" is a part of the day in view, valued like "Friday
		// night" (the day) and "Friday evening" (…TEV).
		{"that night", "On March 5, rebels attacked. That night, troops moved.", "2013-03-22", News,
			[]want{{text: "March 5", value: "2013-03-05"}, {text: "That night", value: "2013-03-05", typ: DATE}}},
		{"the same evening", "On March 5, rebels attacked. The same evening, he spoke.", "2013-03-22", News,
			[]want{{text: "March 5", value: "2013-03-05"}, {text: "The same evening", value: "2013-03-05TEV", typ: TIME}}},
		{"that night before a noun is no time", "On March 5, the that night club shut.", "2013-03-22", News,
			[]want{{text: "March 5", value: "2013-03-05"}}},
		{"next day", "On May 3, 2019 the town fell. The next day, troops arrived.", "", Narrative,
			[]want{{text: "May 3, 2019", value: "2019-05-03"}, {text: "The next day", value: "2019-05-04"}}},
		{"narrative ignores dct", "In June 2010 it began. Two days later it ended.", "2024-01-01", Narrative,
			[]want{{text: "June 2010", value: "2010-06"}, {text: "Two days later", value: "XXXX-XX-XX"}}},
	})
}

func TestFuzzy(t *testing.T) {
	runCases(t, []parseCase{
		{"mid month year", "Withdrawal by mid-September 2024.", "", News, []want{{text: "mid-September 2024", value: "2024-09", mod: "MID"}}},
		{"late year", "Elections were held in late 2017.", "", News, []want{{text: "late 2017", value: "2017", mod: "END"}}},
		{"early this year", "Prices rose early this year.", "1998-06-01", News, []want{{text: "early this year", value: "1998", mod: "START"}}},
		{"end of year", "Troops leave by the end of 2023.", "", News, []want{{text: "the end of 2023", value: "2023", mod: "END"}}},
		{"mid decade", "It peaked in the mid-1990s.", "", News, []want{{text: "the mid-1990s", value: "199", mod: "MID"}}},
		{"earlier this month", "Earlier this month, rebels attacked.", "1998-02-13", News, []want{{text: "Earlier this month", value: "1998-02", mod: "START"}}},
		// Modern copy sets curly quotes where the training news had '.
		{"curly decade", "Prices fell in the \u201990s, by Monday\u2019s count.", "2013-03-21", News, []want{{text: "the \u201990s", value: "199"}, {text: "Monday", value: "2013-03-18"}}},
	})
}

func TestSpans(t *testing.T) {
	runCases(t, []parseCase{
		{"between", "Between 2015 and 2017, ten firefights took place.", "", News, []want{{text: "Between 2015 and 2017", value: "2015", end: "2017"}}},
		// A dash before a determiner restates the date, it does not end
		// a span; "the last day of" an event is not yesterday.
		{"dash apposition", "He signed it on April 29 — the last day of the session.", "2015-06-10", News, []want{{text: "April 29", value: "2015-04-29"}}},
		{"en dash", "Barack Obama (2013–2017) ordered it.", "", News, []want{{text: "2013–2017", value: "2013", end: "2017"}}},
		{"from to", "From 2013 to 2017, drones flew.", "", News, []want{{text: "From 2013 to 2017", value: "2013", end: "2017"}}},
		{"short year", "The 1990-91 season.", "", News, []want{{text: "1990-91", value: "1990", end: "1991"}}},
		{"dates", "Date: 5 February 2013 – 5 August 2024", "", News, []want{{text: "5 February 2013 – 5 August 2024", value: "2013-02-05", end: "2024-08-05"}}},
		// An end that names no year takes the other's, and a span
		// never runs backwards.
		{"months share a year", "It ran from June to July 2024.", "2013-03-22", News, []want{{text: "from June to July 2024", value: "2024-06", end: "2024-07"}}},
		{"month dash month", "It ran June–July 2024, then Dec-Feb.", "2013-03-22", News, []want{{text: "June–July 2024", value: "2024-06", end: "2024-07"}, {text: "Dec-Feb", value: "2012-12", end: "2013-02"}}},
		{"to the present", "American intervention in Somalia (2007–present) continues.", "2013-03-22", News, []want{{text: "2007–present", value: "2007", end: "PRESENT_REF"}}},
		{"day range", "Talks ran April 12-14, 2024.", "", News, []want{{text: "April 12-14, 2024", value: "2024-04-12", end: "2024-04-14"}}},
	})
}

func TestDurationsAndSets(t *testing.T) {
	runCases(t, []parseCase{
		{"figure range", "Results take at least 4-7 days.", "", News, []want{{text: "at least 4-7 days", value: "P4D", typ: DURATION}}},
		{"zone after noon, abbreviated weekday before a date", "At noon EST it ended; updated 6:58 AM EDT, Fri March 22, 2013.", "2013-03-22", News, []want{
			{text: "noon EST", value: "2013-03-22T12:00", typ: TIME}, {text: "6:58 AM EDT, Fri March 22, 2013", value: "2013-03-22T06:58", typ: TIME}}},
		{"dotted clock", "At 6.30pm they left; it rose 6.30 percent.", "2013-03-22", News, []want{{text: "6.30pm", value: "2013-03-22T18:30", typ: TIME}}},
		{"o'clock in words", "We were told at four o'clock in the morning.", "2015-06-10", News, []want{{text: "four o'clock in the morning", value: "2015-06-10T04:00", typ: TIME}}},
		{"years", "The siege lasted two years.", "", News, []want{{text: "two years", value: "P2Y", typ: DURATION}}},
		// An amount followed by "annually" is a rate (see TestNotDates);
		// the adverb on its own is a set.
		{"annually is a set", "The festival is held annually.", "", News, []want{{text: "annually", value: "P1Y", typ: SET}}},
		{"the nth day said with is", "It's the second day of an offensive by the police.", "1998-03-06", News, []want{{text: "the second day", value: "1998-03-06", typ: DATE}}},
		{"the nth day elsewhere is left", "The cardinals voted on the second day of the conclave.", "2013-03-14", News, nil},
		{"years on is the length", "Iraq war 10 years on: the city is still violent.", "2013-03-20", News, []want{{text: "10 years", value: "P10Y", typ: DURATION}}},
		{"times before weekly is a frequency", "They spray two times weekly.", "", News, []want{{text: "weekly", value: "P1W", typ: SET}}},
		{"hours", "They fought for more than three hours.", "", News, []want{{text: "more than three hours", value: "PT3H", mod: "MORE_THAN"}}},
		{"hyphen adjective", "A five-year plan.", "", News, []want{{text: "five-year", value: "P5Y"}}},
		{"a three-year period", "Over a three-year period, profits rose.", "", News, []want{{text: "a three-year period", value: "P3Y", typ: DURATION}}},
		{"a two-day period earlier", "Cases were reported in a two-day period earlier in the week.", "", News, []want{{text: "a two-day period", value: "P2D", typ: DURATION}, {text: "earlier in the week", value: "XXXX-WXX", mod: "START"}}},
		{"fraction", "They waited 2 1/2 hours.", "", News, []want{{text: "2 1/2 hours", value: "PT2H30M"}}},
		{"fraction of years", "They lived in camps for 2 1/2 years.", "", News, []want{{text: "2 1/2 years", value: "P2Y6M"}}},
		{"grouped digits", "The city has 1,000 years of history and 1,500 troops.", "", News, []want{{text: "1,000 years", value: "P1000Y", typ: DURATION}}},
		{"half a year", "The talks took half a year.", "", News, []want{{text: "half a year", value: "P6M"}}},
		{"past n years", "Prices rose over the past three years.", "", News, []want{{text: "the past three years", value: "P3Y", typ: DURATION}}},
		{"vague", "Talks took several months.", "", News, []want{{text: "several months", value: "PXM"}}},
		// TimeML tags a vague or clock length before "later" and leaves
		// the word out; a count of days stays the date it points to.
		{"n days later is a date", "On March 3, 2024 troops left. Three days later they returned.", "", Narrative,
			[]want{{text: "March 3, 2024", value: "2024-03-03"}, {text: "Three days later", value: "2024-03-06"}}},
		{"a vague count later is a length", "A few days later, he resigned.", "", Narrative, []want{{text: "A few days", value: "PXD", typ: DURATION}}},
		{"a vague count earlier is a length", "The plant had closed several months earlier.", "1989-11-01", News, []want{{text: "several months", value: "PXM", typ: DURATION}}},
		{"clock units later", "A minute and a half later, a pilot called.", "1998-01-14", News, []want{{text: "A minute and a half", value: "PT1M30S", typ: DURATION}}},
		{"trading days", "Eight trading days after the plunge, it recovered.", "", News, []want{{text: "Eight trading days", value: "P8D", typ: DURATION}}},
		{"several quarters of is a stretch", "It turned a profit after several quarters of losses.", "", News, []want{{text: "several quarters", value: "PXQ", typ: DURATION}}},
		{"a quarter of is a fraction", "They won a quarter of the vote.", "", News, []want{}},
		{"in the morning is a part of the day in view", "Dealers placed heavy buy orders in the morning to start the day.", "1989-10-27", News,
			[]want{{text: "the morning", value: "1989-10-27TMO", typ: TIME}}},
		{"in the morning session is a noun phrase", "Prices rose in the morning session.", "1989-10-27", News, []want{}},
		{"a range of lengths is one span at its lower bound", "Shipments resume within two to three weeks.", "", News, []want{{text: "two to three weeks", value: "P2W", typ: DURATION}}},
		{"a range in figures", "Deals are planned over 12 to 18 months.", "", News, []want{{text: "12 to 18 months", value: "P12M", typ: DURATION}}},
		{"decades", "Two decades of war.", "", News, []want{{text: "Two decades", value: "P20Y"}}},
		{"the past century", "It was one of the great events of the past century.", "1989-11-01", News, []want{{text: "the past century", value: "P100Y", typ: DURATION}}},
		{"today's as nowadays", "The case is for today's youth what the blockade was for their parents; in today's world it matters. Today's vote was close.", "2000-01-07", News, []want{{text: "Today", value: "2000-01-07"}}},
		{"the future of", "Ties are vital to the future of our peoples and will grow in the future.", "1998-02-06", News, []want{{text: "the future", value: "FUTURE_REF"}}},
		{"recently in the verb group", "The search was recently extended; they have recently moved. Recently, analysts said so.", "1998-10-26", News, []want{{text: "Recently", value: "PAST_REF"}}},
		{"most recently and a date", "Doctors were killed, most recently last October.", "1999-01-22", News, []want{{text: "last October", value: "1998-10"}}},
		{"season in a name", "After the Arab Spring, ``Spring of Life'' rallies and the Summer Olympics, talks resume in the spring.", "2013-03-12", News, []want{{text: "the spring", value: "2013-SP"}}},
		{"this century", "It was the staging ground for the disasters of this century.", "1999-03-12", News, []want{{text: "this century", value: "P100Y", typ: DURATION}}},
		{"set adverb", "Patrols run daily.", "", News, []want{{text: "daily", value: "P1D", typ: SET}}},
		{"set every", "Convoys leave every week.", "", News, []want{{text: "every week", value: "P1W", typ: SET}}},
		{"frequency", "The council meets twice a year.", "", News, []want{{text: "twice a year", value: "P1Y", typ: SET}}},
		{"n times a unit", "Patrols run three times a week.", "", News, []want{{text: "three times a week", value: "P1W", typ: SET}}},
		{"unit-long", "The year-long siege ended after a day-long meeting.", "", News, []want{{text: "year-long", value: "P1Y", typ: DURATION}, {text: "day-long", value: "P1D", typ: DURATION}}},
		// Vague decades are counted in years, as numbered ones are.
		{"the next decade is ten years ahead", "Demand will grow over the next decade.", "2013-03-22", News,
			[]want{{text: "the next decade", value: "P10Y", typ: DURATION}}},
		{"vague decades in years", "For decades, and over two decades, they fought.", "", News,
			[]want{{text: "decades", value: "PXY", typ: DURATION}, {text: "two decades", value: "P20Y", typ: DURATION}}},
		{"units-long", "A decades-long feud and a weeklong strike.", "", News, []want{{text: "decades-long", value: "PXY", typ: DURATION}, {text: "weeklong", value: "P1W", typ: DURATION}}},
		{"set weekday", "Markets open each Tuesday.", "", News, []want{{text: "each Tuesday", value: "XXXX-WXX-2", typ: SET}}},
		{"set weekday part", "He plays on Tuesday nights and Sunday mornings.", "2013-03-21", News, []want{{text: "Tuesday nights", value: "XXXX-WXX-2TNI", typ: SET}, {text: "Sunday mornings", value: "XXXX-WXX-7TMO", typ: SET}}},
		{"year-earlier adjective", "Net was $1 million, compared with a year-earlier loss.", "1989-11-02", News, []want{{text: "year-earlier", value: "1988"}}},
		{"a week is a length after a preposition", "Iraq must withdraw within a week.", "", News, []want{{text: "a week", value: "P1W", typ: DURATION}}},
		{"a capitalised unit mid-sentence is a title", "He starred in For Months and Years, a film.", "", News, []want{}},
		{"a unit opening a line is no title", "SIEGE ENDS\nFor years people hid.", "", News, []want{{text: "years", value: "PXY", typ: DURATION}}},
		{"one day is some day after a modal", "Islam will one day be the second largest religion.", "1998-03-03", News, []want{{text: "one day", value: "FUTURE_REF", typ: DATE}}},
		{"one day is a length otherwise", "The strike lasted one day.", "1998-03-03", News, []want{{text: "one day", value: "P1D", typ: DURATION}}},
		{"or so ago", "Then, a week or so ago, he chose the date.", "1991-02-25", News, []want{{text: "a week or so ago", value: "1991-W08"}}},
		{"clock", "The blast came at 10:30 a.m. EST.", "1998-02-13", News, []want{{text: "10:30 a.m. EST", value: "1998-02-13T10:30", typ: TIME}}},
		{"clock with day", "Polls close at 10 p.m. Wednesday.", "1998-02-13", News, []want{{text: "10 p.m. Wednesday", value: "1998-02-11T22:00", typ: TIME}}},
		{"clock in ET with day", "The vote is set for 10 a.m. ET on Thursday.", "2013-03-21", News, []want{{text: "10 a.m. ET", value: "2013-03-21T10:00", typ: TIME}, {text: "Thursday", value: "2013-03-21", typ: DATE}}},
		{"clock in local time with day", "He was arrested around 2:30 a.m. local time Tuesday.", "2013-03-21", News, []want{{text: "around 2:30 a.m. local time Tuesday", value: "2013-03-19T02:30", typ: TIME}}},
		{"an hour in the morning", "He will leave at 4 in the morning.", "2000-04-05", News, []want{{text: "4 in the morning", value: "2000-04-05T04:00", typ: TIME}}},
		{"an hour in the evening", "The rally starts at 7 in the evening.", "2000-04-05", News, []want{{text: "7 in the evening", value: "2000-04-05T19:00", typ: TIME}}},
		{"clock without spaces", "The quake struck at 5:47am and again at 9pm.", "2013-03-22", News,
			[]want{{text: "5:47am", value: "2013-03-22T05:47", typ: TIME}, {text: "9pm", value: "2013-03-22T21:00", typ: TIME}}},
		{"clock without spaces and a day", "Polls close at 10PM Thursday.", "2013-03-22", News,
			[]want{{text: "10PM Thursday", value: "2013-03-21T22:00", typ: TIME}}},
		{"24-hour clock in GMT", "Troops moved at 0800 GMT.", "2013-03-22", News, []want{{text: "0800 GMT", value: "2013-03-22T08:00", typ: TIME}}},
		{"24-hour clock after by", "Bids close by 23:59 on March 31.", "2013-03-22", News, []want{{text: "23:59", value: "2013-03-31T23:59", typ: TIME}, {text: "March 31", value: "2013-03-31", typ: DATE}}},
		{"chapter and verse is no clock", "He quoted Matthew 14:30 at length.", "2013-03-22", News, nil},
		{"a restatement after local is left untagged", "It struck at 8 a.m. local (0600 GMT).", "2013-03-22", News,
			[]want{{text: "8 a.m.", value: "2013-03-22T08:00", typ: TIME}}},
		{"the same moment in another zone is left untagged", "The blast came at about 10:35 a.m. (0735 GMT) Friday.", "1998-08-08", News,
			[]want{{text: "about 10:35 a.m.", value: "1998-08-08T10:35", typ: TIME}, {text: "Friday", value: "1998-08-07"}}},
		{"four figures before a US zone stay a year", "In 1999 ET was shown again.", "2013-03-22", News, []want{{text: "1999", value: "1999"}}},
		{"no clock inside a word", "The 9pmx code and the 2am5 tag.", "2013-03-22", News, nil},
	})
}

func TestNotDates(t *testing.T) {
	for _, in := range []string{
		"the 1,500 troops arrived",
		"US lost access to Niger Air Base 201",
		"an F-16 crashed",
		"He fired 2000 rounds.",
		"UN Resolution 1973 passed.",
		"1,000 personnel",
		"a 10-year-old boy",
		"You may leave.",
		"They march on.",
		"about three-quarters of voters",
		"Route 2015 is closed.",
		"It is just a matter of days before he returns.",
		"Now, he says, the West wants war.",
		"The quarter-to-quarter comparison improved.",
		"Sales rose year-over-year.",
		"It happened once.",
		"For the people of Poland, high noon has come.",
		"A poster showed Gary Cooper in the film High Noon as a symbol.",
		"They said the June Carter show ran.",
		"The DEC says it has failed to find the cause.",
		"The index rose 4 in the morning session.",
		"It took a long time.",
		"Bronislaw Geremek of Poland and Jan Kavan of the Czech Republic signed.",
		"Baker said on ABC's \"This Week With David Brinkley\" that talks failed.",
		"Gonzalez said on CBS's ''60 Minutes.''",
		"Sales should rise 8% annually.",
		"It will save $500 million a year in costs.",
		"The airline adds 700 seats a week.",
		"The average daily volume was 133 million shares.",
		"Confirmed cases had reached 1004.",
		"The restaurant is located at 1405 Monterey Highway.",
		"A further 1500 or more are estimated to be ill.",
		"It will eliminate dividend payments of C$17.9 million annually.",
		"The Bucharest Daily News reported the outbreak.",
		"China Daily said the farm was sealed.",
		"Another, a 17 year-old boy, contracted the virus.",
		"He was charged under the Chemical Weapons Act 1996.",
		"French Mirage 2000 fighter jets struck.",
		"Cyber Monday deals and Super Tuesday votes were counted.",
		"The Sat exam was hard.",
		"Organizations provided their own data during this period to fill the void.",
		"It broke out, according to the Sunday Times of India.",
		"The bomber was heading towards Monday Market in Maiduguri.",
		"They prayed at the Friday Mosque.",
		"The present study pushes the date back.",
		"She visited an out of hours GP clinic and then out-of-hours care.",
		"The plant would produce about 10,000 units annually.",
		"",
	} {
		if got := Parse(in, Options{}); len(got) != 0 {
			t.Errorf("Parse(%q) = %+v, want nothing", in, got)
		}
	}
}

func TestDate(t *testing.T) {
	d := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	cases := []struct {
		tx         Timex
		start, end string
		prec       string
		ok         bool
	}{
		{Timex{Type: DATE, Value: "2017-10-04"}, "2017-10-04", "2017-10-04", "day", true},
		{Timex{Type: TIME, Value: "2017-10-04T22:00"}, "2017-10-04", "2017-10-04", "day", true},
		{Timex{Type: DATE, Value: "2013-02"}, "2013-02-01", "2013-02-28", "month", true},
		{Timex{Type: DATE, Value: "2024-09", Mod: "MID"}, "2024-09-01", "2024-09-30", "month", true},
		{Timex{Type: DATE, Value: "2017-Q4"}, "2017-10-01", "2017-12-31", "months", true},
		{Timex{Type: DATE, Value: "2016-SU"}, "2016-06-01", "2016-08-31", "months", true},
		{Timex{Type: DATE, Value: "1998-W07"}, "1998-02-09", "1998-02-15", "week", true},
		{Timex{Type: DATE, Value: "2023"}, "2023-01-01", "2023-12-31", "year", true},
		{Timex{Type: DATE, Value: "199"}, "1990-01-01", "1999-12-31", "decade", true},
		{Timex{Type: DATE, Value: "2015", EndValue: "2017"}, "2015-01-01", "2017-12-31", "year", true},
		{Timex{Type: DURATION, Value: "P2Y"}, "", "", "", false},
		{Timex{Type: DATE, Value: "PRESENT_REF"}, "", "", "", false},
		{Timex{Type: DATE, Value: "XXXX-04-19"}, "", "", "", false},
		{Timex{Type: SET, Value: "P1D"}, "", "", "", false},
		{Timex{Type: DATE, Value: "2017-02-30"}, "", "", "", false},
	}
	for _, c := range cases {
		got, ok := c.tx.Date()
		if ok != c.ok {
			t.Errorf("%+v.Date() ok = %v, want %v", c.tx, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if !got.Start.Equal(d(c.start)) || !got.End.Equal(d(c.end)) || got.Precision.String() != c.prec {
			t.Errorf("%s.Date() = %s..%s %s, want %s..%s %s", c.tx.Value, got.Start.Format("2006-01-02"), got.End.Format("2006-01-02"), got.Precision, c.start, c.end, c.prec)
		}
	}
}
