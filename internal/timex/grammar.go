package timex

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// resolver computes a candidate's value once the anchors are known. The
// returned point, when valid, is the calendar period the value names; it
// becomes the narrative anchor for later expressions.
type resolver func(c *ctx) (string, point)

// cand is a recognised expression over tokens [i, j).
type cand struct {
	i, j  int
	typ   Type
	mod   string
	val   resolver
	parts []cand // for ranges: the two ends, each a full candidate
}

func lit(v string) resolver { return func(*ctx) (string, point) { return v, point{} } }

// parser holds the token stream of one text.
type parser struct {
	text      string
	t         []token
	memo      []cand  // core's answer per token position
	memoState []uint8 // 0 not yet asked, 1 nothing, 2 memo holds it
	// fiscal is the fiscal year the text numbers its quarters in ("the
	// third quarter of fiscal year 2017"), 0 for none; fiscalDone says it
	// has been looked for.
	fiscal     int
	fiscalDone bool
	// news says the text is parsed in news mode, the only one that
	// values a quotation's deictic words by when they were spoken.
	news bool
	// quoteOpen holds, per token, the position of the quote mark that
	// opens the quotation it stands in, -1 outside one; nil until
	// quoted first asks.
	quoteOpen []int
	// monthSeen is the position of the first month the text names, -1
	// for none; monthSeenDone says it has been looked for. A range of
	// bare days asks for it once per day, so a scan each time was
	// quadratic in a long text.
	monthSeen     int
	monthSeenDone bool
}

func (p *parser) w(i int) string {
	if i >= 0 && i < len(p.t) {
		return p.t[i].low
	}
	return ""
}

// adj reports whether tokens i and i+1 touch (no space between).
func (p *parser) adj(i int) bool {
	return i >= 0 && i+1 < len(p.t) && p.t[i].e == p.t[i+1].s
}

func (p *parser) upper(i int) bool {
	if i < 0 || i >= len(p.t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.text[p.t[i].s:])
	return unicode.IsUpper(r)
}

// titled reports whether the word at k is capitalised where a common
// noun would not be — "60 Minutes", "This Week With David Brinkley" are
// titles, not times. A word opening a sentence or a line is not titled.
func (p *parser) titled(k int) bool {
	if !p.upper(k) || k == 0 {
		return false
	}
	switch p.w(k - 1) {
	case ".", "!", "?", ":", ";", "\"", "``", "'", "''", "(", "_", "-", "--":
		return false
	}
	gap := p.text[p.t[k-1].e:p.t[k].s]
	return !strings.Contains(gap, "\n")
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" || s == "‐" || s == "‑" }

// seq reports whether the words starting at i are exactly ws.
func (p *parser) seq(i int, ws ...string) bool {
	for k, w := range ws {
		if p.w(i+k) != w {
			return false
		}
	}
	return true
}

// hyphenated reports whether tokens i, i+1, i+2 are "a-b" written together.
func (p *parser) hyphenated(i int) bool {
	return p.adj(i) && p.adj(i+1) && isDash(p.w(i+1))
}

// number reads a cardinal at i: digits, "1.5", "5 1/2", number words,
// "twenty-four", "a"/"an" (when allowA), "a few"/"several" (-1 = unknown).
func (p *parser) number(i int, allowA bool) (float64, int, bool) {
	w := p.w(i)
	if i < len(p.t) && p.t[i].kind == tNum {
		var f float64
		if n, ok := atoi(w); ok {
			f = float64(n)
		} else if n, ok := atoi(strings.ReplaceAll(w, ",", "")); ok && strings.Contains(w, ",") {
			// "1,000 years": the lexer keeps only well-formed digit
			// groups together, so the commas can go.
			f = float64(n)
		} else if _, err := fmt.Sscanf(w, "%g", &f); err != nil || strings.ContainsAny(w, ",abcdefghijklmnopqrstuvwxyz") {
			return 0, i, false
		}
		j := i + 1
		// "5 1/2"
		if a, ok := atoi(p.w(j)); ok && p.w(j+1) == "/" && p.adj(j) && p.adj(j+1) {
			if b, ok := atoi(p.w(j + 2)); ok && b > a && b > 0 {
				f += float64(a) / float64(b)
				j += 3
			}
		}
		if p.seq(j, "and", "a", "half") {
			f += 0.5
			j += 3
		}
		return f, j, true
	}
	switch w {
	case "a", "an":
		if !allowA {
			return 0, i, false
		}
		if p.w(i+1) == "few" || p.w(i+1) == "couple" {
			j := i + 2
			if p.w(j) == "of" {
				j++
			}
			if p.w(i+1) == "couple" {
				return 2, j, true
			}
			return -1, j, true
		}
		if p.w(i+1) == "dozen" {
			return 12, i + 2, true
		}
		if p.w(i+1) == "hundred" || p.w(i+1) == "thousand" {
			return map[string]float64{"hundred": 100, "thousand": 1000}[p.w(i+1)], i + 2, true
		}
		if p.seq(i+1, "half") {
			return 0.5, i + 2, true
		}
		return 1, i + 1, true
	case "several", "few", "many", "some", "numerous":
		return -1, i + 1, true
	case "couple":
		if p.w(i+1) == "of" {
			return 2, i + 2, true
		}
	case "half":
		if p.w(i+1) == "a" || p.w(i+1) == "an" {
			return 0.5, i + 2, true
		}
	}
	n, ok := numberWords[w]
	if !ok {
		return 0, i, false
	}
	j := i + 1
	if n >= 20 && n%10 == 0 {
		k := j
		if p.hyphenated(i) {
			k = j + 1
		}
		if m, ok := numberWords[p.w(k)]; ok && m < 10 {
			n += m
			j = k + 1
		}
	}
	switch p.w(j) {
	case "hundred":
		n *= 100
		j++
	case "thousand":
		n *= 1000
		j++
	}
	f := float64(n)
	if p.seq(j, "and", "a", "half") {
		f += 0.5
		j += 3
	}
	return f, j, true
}

// year reads a plausible four-digit year at i.
func (p *parser) year(i int) (int, bool) {
	if i >= len(p.t) || p.t[i].kind != tNum {
		return 0, false
	}
	w := p.w(i)
	if len(w) != 4 {
		return 0, false
	}
	y, ok := atoi(w)
	if !ok || y < 1000 || y > 2199 {
		return 0, false
	}
	return y, true
}

// looseYear accepts a year in a position where a date already frames it
// ("August 5, 2024", "the summer of '98").
func (p *parser) looseYear(i int) (int, int, bool) {
	if y, ok := p.year(i); ok {
		return y, i + 1, true
	}
	if p.w(i) == "'" && p.adj(i) {
		if n, ok := atoi(p.w(i + 1)); ok && len(p.w(i+1)) == 2 {
			return 1900 + n, i + 2, true
		}
	}
	return p.spokenYear(i)
}

// spokenYear reads a year said in words, as transcripts write it:
// "nineteen ninety-six".
func (p *parser) spokenYear(i int) (int, int, bool) {
	var c int
	switch p.w(i) {
	case "eighteen":
		c = 1800
	case "nineteen":
		c = 1900
	case "twenty":
		c = 2000
	default:
		return 0, i, false
	}
	if i+1 >= len(p.t) || p.t[i+1].kind != tWord {
		return 0, i, false
	}
	if n, k, ok := p.number(i+1, false); ok && n >= 10 && n < 100 && n == float64(int(n)) {
		if c == 2000 && !p.spokenTwenty(i, k) {
			return 0, i, false
		}
		return c + int(n), k, true
	}
	return 0, i, false
}

// spokenTwenty reports whether "twenty" at i and the number ending before
// k read as a year of this century ("crashed in twenty ten", "since twenty
// twelve"), not a count ("twenty ten-year-olds", "twenty twenty-dollar
// bills"): a year's preposition or a month before it, and no unit, measure
// or hyphen after.
func (p *parser) spokenTwenty(i, k int) bool {
	switch p.w(i - 1) {
	case "in", "since", "until", "till", "of", "by", "from", "year", "before", "after", "through":
	default:
		if _, ok := monthWords[p.w(i-1)]; !ok {
			return false
		}
	}
	if isDash(p.w(k)) || p.w(k) == "percent" || p.w(k) == "%" {
		return false
	}
	if _, ok := unitWords[p.w(k)]; ok {
		return false
	}
	return k >= len(p.t) || p.t[k].kind != tNum
}

// standaloneYear applies the checks that make a bare number a year.
func (p *parser) standaloneYear(i int) (int, bool) {
	y, ok := p.year(i)
	if !ok {
		return 0, false
	}
	prev := p.w(i - 1)
	if prev == "over" && changeNouns[p.w(i-2)] {
		// "a 3.9% gain over 2012", "up 16% over 2013 adjusted results":
		// a change measured against a year, not "more than" a count.
		prev = ""
	}
	if notYearBefore[prev] || (i > 0 && p.t[i-1].kind == tPunct && p.adj(i-1) && (prev == "$" || prev == "#" || prev == "£" || prev == "€" || prev == "/" || prev == ".")) {
		return 0, false
	}
	if prev == "act" && p.upper(i-1) {
		// "the Chemical Weapons Act 1996": the year is part of the
		// statute's name.
		return 0, false
	}
	if isDash(prev) && p.adj(i-1) {
		switch p.w(i - 2) {
		case "mid", "pre", "post", "early", "late":
		default:
			return 0, false
		}
	}
	if y < 1800 {
		// "had reached 1004", "a further 1500 or more", "at 1405
		// Monterey Highway": counts and street numbers; an early year
		// needs a word that makes it one ("in 1492", "since 1066").
		switch prev {
		case "in", "since", "until", "till", "year":
		default:
			return 0, false
		}
	}
	next := p.w(i + 1)
	// "three changes in 2013: HP was removed": after a preposition that
	// makes it a year, a colon with a space after it ends the phrase; a
	// glued one ("1984:30") is a verse or a ratio.
	yearColon := (prev == "in" || prev == "since" || prev == "during") && !p.adj(i+1)
	if notYearAfter[next] || next == "%" || (p.adj(i) && next == ":" && !p.yearHeading(i) && !yearColon) {
		return 0, false
	}
	if p.adj(i) && next == "/" {
		return 0, false
	}
	return y, true
}

// changeNouns, before "over" and a year, make the year the one a change is
// measured against ("a 3.9% gain over 2012"); after a verb ("rose over
// 2000 points") or "of" the number stays a count.
var changeNouns = map[string]bool{"%": true, "percent": true, "pct": true, "gain": true, "gains": true,
	"increase": true, "increases": true, "rise": true, "growth": true, "decline": true, "decrease": true,
	"drop": true, "improvement": true, "jump": true, "fall": true}

// yearHeading reports whether the year at i heads a chronology's entry:
// it opens a line or a sentence and its colon is followed by a space
// ("1932: The union split in two …"). A colon glued to what follows
// ("1984:30", a verse or a ratio) keeps the number from being a year.
func (p *parser) yearHeading(i int) bool {
	return !p.adj(i+1) && i+2 < len(p.t) && p.heading(i, i+1)
}

// month reads a month name at i, with the abbreviation's period if any,
// returning the index after it.
func (p *parser) month(i int) (time.Month, int, bool) {
	w := p.w(i)
	m, ok := monthWords[w]
	if !ok || !p.upper(i) {
		return 0, i, false
	}
	j := i + 1
	if monthAbbrevs[w] && p.w(j) == "." && p.adj(i) {
		j++
	}
	return m, j, true
}

// ctx carries anchors while the candidates of one text are resolved in order.
type ctx struct {
	p      *parser
	opt    Options
	dct    point
	hasDCT bool
	ref    point
	hasRef bool
	cur    *cand // the candidate being resolved, for tense()
	// report is the first quarter or half the text names: in an earnings
	// story the period being reported, which "a year ago" compares with
	// even after other quarters have been mentioned.
	report    point
	hasReport bool
	// yearScope says the last expression spoke of most of a year ("the
	// first nine months", "the year ended June 30"): a comparison with
	// "a year earlier" right after it is with the year before, not with
	// the reported quarter.
	yearScope bool
	// lastEnd is the token after the last expression emitted.
	lastEnd int
	// refBound says ref closes a period ("the quarter ending Aug. 31").
	refBound bool
	// opener is the first token of the range whose ends are being
	// emitted, -1 outside one: where a story date stands in its clause.
	opener int
	// named is the last date the text named, even one that only glanced
	// back and left ref where it was: "that day" points to it.
	named    point
	hasNamed bool
	// firstYear is, in narrative mode, the year of the first expression
	// that names one (0 for none): a bare "On 12 March" the text gives
	// before its first year belongs to the story that year opens.
	firstYear int
	// firstMonth and firstDay are the month and day that expression
	// names with its year, 0 for none.
	firstMonth time.Month
	firstDay   int
	// aside says ref was set by a date named inside its clause, later
	// than the story's date before it (prev): "the costliest storm at the
	// time, before that record was broken in 2020". A date inside a
	// clause back in prev's year then returns to the story.
	aside bool
	prev  point
	// refDeictic says ref is the writer's time, not the story's: the
	// text's first date, read off the DCT ("This month marks the
	// anniversary …") or heading the text on a line of its own.
	refDeictic bool
	// refHeading says ref is the writer's time because a line of its own
	// near the DCT named it, not because the DCT gave it.
	refHeading bool
	// refEnd is the token after the date that set ref.
	refEnd int
	// refDCT says ref was read off the DCT by an anniversary page's
	// "On this day", not named by the text.
	refDCT bool
	// dayRef is the last day ref was set to: the day a bare clock time
	// returns to when a coarser date inside it has moved ref since.
	dayRef    point
	hasDayRef bool
	// sawDCTDay says an expression has named the DCT's own day.
	sawDCTDay bool
	// quoteDay holds the day each quotation's words were spoken, by its
	// opening mark, once a deictic word in it has been valued.
	quoteDay map[int]point
	// span says ref is the end of a range the text announced ("February
	// 1904 - September 1905" over an account), which starts at spanFrom:
	// a date inside it tells the story rather than glancing back.
	span     bool
	spanFrom point
	// partFrom is the first end of the range being emitted, while its
	// second is (secondPart); lastPt is the last candidate's period.
	partFrom   point
	secondPart bool
	lastPt     point
	// refBase says ref is a quarter a results story held its own against
	// ("up 6% from the second quarter of 2011"): a base of comparison,
	// not the period the story goes on to speak of.
	refBase bool
}

// wholeYearish reports whether a duration value spans half a year or more
// of a results period: P6M, P9M, P12M, P1Y.
func wholeYearish(v string) bool {
	return v == "P6M" || v == "P9M" || v == "P12M" || v == "P1Y"
}

// reportPeriod is the quarter an earnings comparison refers to.
func (c *ctx) reportPeriod() (point, bool) {
	if c.hasReport {
		return c.report, true
	}
	if c.hasRef && (c.ref.g == gQuarter || c.ref.g == gHalf) {
		return c.ref, true
	}
	return point{}, false
}

// deictic is the anchor for "yesterday", "last week", "Friday": the DCT in
// news, the narrative time in stories.
func (c *ctx) deictic() (point, bool) {
	if c.opt.Mode == Narrative && c.hasRef {
		return c.ref, true
	}
	if c.hasDCT {
		return c.dct, true
	}
	return c.ref, c.hasRef
}

// anaphoric is the anchor for "the following month", "two years later":
// the last date mentioned, else the DCT.
func (c *ctx) anaphoric() (point, bool) {
	if c.hasRef {
		return c.ref, true
	}
	return c.dct, c.hasDCT
}

// tense guesses whether the clause around the current candidate speaks of
// the past (-1) or the future (+1), from auxiliaries and -ed verbs.
func (c *ctx) tense() int {
	t, _ := c.tenseCue()
	return t
}

// tenseCue is tense with the word that decided it.
func (c *ctx) tenseCue() (int, string) {
	t, w, _ := c.tenseCueAt()
	return t, w
}

// tenseCueAt is tenseCue with the token index of the deciding word (-1
// when none did).
func (c *ctx) tenseCueAt() (int, string, int) {
	p, m := c.p, c.cur
	best, bestD, bestW, bestK := 0, 1<<30, "", -1
	look := func(k int) bool {
		w := p.w(k)
		if w == "." && !p.abbrevDot(k) || w == ";" || w == "!" || w == "?" {
			return false
		}
		d := k - m.i
		if k >= m.j {
			d = k - m.j + 1
		}
		if d < 0 {
			d = -d
		}
		t := 0
		switch w {
		case "will", "shall", "ll", "tomorrow", "plans", "plan", "planned", "scheduled", "expects", "expected", "upcoming", "going", "intends", "begins", "starts", "due",
			"payable", "effective", "expire", "expires", "until", "till", "extended", "postponed", "delayed", "planning", "soon", "scheduling",
			"resume", "resumes", "ends":
			t = 1
		default:
			if pastWords[w] || p.edForm(k) {
				t = -1
			}
		}
		if t > 0 && k >= m.j && (w == "postponed" || w == "delayed" || w == "extended") && p.w(k-1) != "be" && p.w(k-1) != "was" && p.w(k-1) != "were" && p.w(k-1) != "is" && p.w(k-1) != "been" {
			// "a judge on Monday delayed the trial": the day of the
			// act, a past verb after it; "postponed until Monday" and
			// "was postponed" keep looking ahead.
			t = -1
		}
		if t < 0 && (p.w(k-1) == "be" || p.w(k-2) == "be" && strings.HasSuffix(p.w(k-1), "ly")) {
			// "will be installed", "is to be held", "will be formally
			// opened": a passive infinitive says nothing of the past.
			t = 0
		}
		if t < 0 && w != "was" && w != "were" && w != "had" && w != "did" && p.modalBefore(k) {
			// "will remain closed until Tuesday": a participle under a
			// modal is no past form ("would have closed" is, and
			// modalBefore says no to it).
			t = 0
		}
		if w == "away" && isPluralUnit(p.w(k-1)) {
			// "landfall is still several days away, probably between
			// Thursday and Friday": a time still to come ("passed away
			// Tuesday" has no unit before it).
			t = 1
		}
		if (w == "today" || w == "tonight") && k+2 == m.i && (p.w(k+1) == "through" || p.w(k+1) == "until" || p.w(k+1) == "till") {
			// "a warning in force today through Sunday night": a stretch
			// that opens today ends ahead of it.
			t, d = 1, 0
		}
		if w == "outlook" || w == "forecast" && (p.w(k-1) == "the" || p.w(k-1) == "a" || p.w(k-1) == "weather" || p.w(k-1) == "'s") {
			// "Outlook for Saturday to Monday", "the forecast for
			// Sunday": a forecast looks ahead (the verb "forecast" is
			// also its own past, so only the noun counts).
			t = 1
		}
		if w == "forecast" && (k+1 == m.i || p.w(k+1) == "on" && k+2 == m.i) && !p.upper(k) {
			switch p.w(k - 1) {
			case "the", "a", "weather", "'s", "s", "is", "are", "be", "been", "was", "were":
			default:
				// "the weather office forecast on Sunday that heavy rain
				// will hit": the verb, its own past, dates the forecast
				// as "said on Sunday" does ("rain is forecast on Sunday"
				// and "the forecast for Sunday" look ahead).
				t = -1
			}
		}
		if (w == "set" || w == "slated") && p.w(k+1) == "for" && k+2 == m.i {
			switch p.w(k - 1) {
			case "was", "were", "had", "been":
			default:
				// "talks set for Tuesday", "the vote is set for
				// Thursday": a date fixed ahead ("was set for Friday"
				// is left to the other cues).
				t = 1
			}
		}
		if w == "set" && p.w(k+1) == "to" && k < m.i {
			switch p.w(k - 1) {
			case "is", "are", "am", "s":
				// "The new president is set to take the oath on
				// Sunday": a plan, as "is due to" and "is scheduled
				// to" are ("was set to" is left to the other cues).
				t = 1
			}
		}
		if w == "due" && p.causalDue(k) {
			// "houses that collapsed due to flooding on Sunday", "Due to
			// the storm": "due to" giving a cause says nothing of the
			// future, as "due to open on Monday" does.
			t = 0
		}
		if w == "likely" && p.w(k+1) == "to" && (p.w(k-1) == "is" || p.w(k-1) == "are") {
			// "heavy rain is likely to affect the coast on Sunday
			// night": a forecast ("was likely to" stays no cue).
			t = 1
		}
		if w == "valid" && (p.w(k-1) == "is" || p.w(k-1) == "are" || p.w(k-1) == "remains" || p.w(k-1) == "remain") {
			// "the warning is valid from 21:00 Sunday to 23:59 Monday":
			// a notice in force runs ahead ("was valid" stays no cue).
			t = 1
		}
		if w == "ahead" && p.w(k+1) == "of" && (k+2 == m.i || k+3 == m.i && (p.w(k+2) == "a" || p.w(k+2) == "an" || p.w(k+2) == "the")) && !p.pastInClause(k) {
			// "unions meet ahead of a Monday deadline", "traders wait
			// ahead of Friday's payroll data": what is waited for lies
			// ahead. "Shares slid on Tuesday ahead of Wednesday's rate
			// decision" may be told on Thursday: a past verb in the
			// clause, however far back, leaves the day to the other cues.
			t = 1
		}
		if (w == "starting" || w == "beginning") && k+1 == m.i {
			// "a watch starting Monday", "beginning Friday, visitors
			// must…": a stretch set to open on that day.
			t = 1
		}
		if (w == "should" || w == "can") && p.w(k+1) != "have" && !p.upper(k) {
			// "the rain should end by late Thursday night": a forecast or
			// an expectation looks ahead, as "can select players during
			// Tuesday's draft" does. "should have" looks back; "could"
			// is as often the past of "can" (it lost a right value on the
			// check half when tried), and "may"/"might" lost in round 5.
			t = 1
		}
		if aimVerbs[w] && p.w(k+1) == "to" && k < m.i {
			switch p.w(k - 1) {
			case "the", "a", "an", "our", "their", "its", "his", "her", "only", "last":
				// "the only hope to see him before Friday": a noun.
			default:
				// "The Senate aims to pass the bill on Friday", "hopes
				// to sign the deal Monday": an aim looks ahead, as
				// "plans to" does ("aimed to" is past, and other cues).
				t = 1
			}
		}
		if (w == "plans" || w == "plan") && p.w(k+1) != "to" {
			// "vacation plans" is a noun; "plans to visit" looks ahead.
			t = 0
		}
		if w == "planned" || w == "scheduled" || w == "expected" {
			// "the hastily planned trip", "as previously planned": an
			// adjective says nothing of when.
			if b := p.w(k - 1); b == "the" || b == "a" || b == "an" || len(b) > 3 && strings.HasSuffix(b, "ly") {
				t = 0
			}
			// "Q4 loss narrower than expected", "finished later than
			// planned" (or scheduled), "results came in as expected": a
			// result held against a forecast or a plan, not a plan.
			if b := p.w(k - 1); b == "than" || b == "as" && w == "expected" {
				t = 0
			}
		}
		if w == "until" || w == "till" {
			// "until" (and its short form "till") says where a stretch
			// ends, not when it is said:
			// "has until Monday" looks ahead, but "held until Tuesday
			// afternoon" and "took effect at midnight on Sunday, held
			// until…" do not; a verb near it decides first.
			d += 2
		} else if t > 0 && !(k >= m.j && p.embedded(m.j, k)) {
			// Plans and schedules outweigh a nearby "-ed" form:
			// "protesters planned a rally on Saturday and were...",
			// but only in the date's own clause: "On April 28,
			// officials announced that they will hold..." is past.
			d /= 2
		}
		if w == "would" && p.w(k+1) == "be" && len(p.w(k+2)) > 4 && strings.HasSuffix(p.w(k+2), "ing") {
			// "the father would be traveling Thursday": a reported plan.
			// A bare "would" is too often conditional to count.
			t = 1
		}
		if w == "would" && k < m.i && p.w(k+1) != "have" && !p.subordinate(k+1, m.i) && p.w(m.j) != "'" {
			// "said Thursday it would cut off funds on Monday": what
			// was to come when it was said, most often still ahead of
			// a news story's date. "would have" looks back, and a
			// possessive ("get around Wednesday's ruling") names a
			// thing, not when the verb happens.
			t = 1
		}
		if w == "had" && (k < m.i || !p.subordinate(m.j, k)) {
			// The past perfect puts even a plan in the past: "the offer
			// had been due to expire Friday", "Until Thursday, they had
			// not called him". After the date it must be the same
			// clause: "talks resume Friday, after the rebels had agreed"
			// still look ahead.
			d = -1
		}
		if w == "as" && (p.seq(k+1, "early", "as") && k+3 == m.i || p.seq(k+1, "soon", "as") && k < m.i || p.seq(k+1, "late", "as") && k+3 == m.i && p.modalBefore(k)) {
			// "as early as Tuesday", "as soon as trading opens Monday" look
			// ahead whatever the verb
			t, d = 1, 0
		}
		if w == "to" && k < m.i && p.intentTo(k) {
			// "requested the bench to take the matter on Thursday",
			// "agreed to post the matter on Thursday": what was asked
			// or agreed is still to come.
			t = 1
		}
		if k < m.i && p.movesTo(k, m.i) {
			// "The court on Tuesday adjourned the appeals to Thursday",
			// "adjourned the matter for final hearings on Thursday",
			// "pushed the vote back to Monday": a matter put off goes to
			// a day ahead, though the verb is past.
			t, d = 1, 0
		}
		if t != 0 && d < bestD {
			best, bestD, bestW, bestK = t, d, w, k
		}
		return true
	}
	if p.heading(m.i, m.j) {
		// "Friday: A dull morning, with rain…": a day heading a
		// forecast or a schedule looks ahead.
		return 1, ":", m.j
	}
	// A blank line ends the search: a headline's tense is its own.
	// The reach back is 15 words; the period of an abbreviation is no
	// word ("will move from No. 3 to No. 2 in the rankings on Monday").
	for k, n := m.i-1, 0; k >= 0 && n < 15 && !p.paraBreak(k+1); k-- {
		if !look(k) {
			break
		}
		if p.w(k) != "." {
			n++
		}
	}
	for k := m.j; k < len(p.t) && k < m.j+12 && !p.paraBreak(k); k++ {
		if !look(k) {
			break
		}
	}
	if best == 0 {
		if k := p.farPlan(m.i); k >= 0 {
			return 1, p.w(k), k
		}
	}
	return best, bestW, bestK
}

// pastInClause reports whether a past form stands before k in k's
// clause: back to the sentence's start, a semicolon or colon, or a
// conjunction that opens another clause ("prices fell, but traders
// wait …", "… even as ministers call …"), or a line break: a headline
// above is a sentence of its own though no full stop ends it.
func (p *parser) pastInClause(k int) bool {
	for b := k - 1; b >= 0; b-- {
		if strings.Contains(p.text[p.t[b].e:p.t[b+1].s], "\n") {
			return false
		}
		w := p.w(b)
		if w == "." && !p.abbrevDot(b) || w == ";" || w == ":" || w == "!" || w == "?" {
			return false
		}
		switch w {
		case "but", "while", "whereas", "although", "though", "yet":
			return false
		case "as", "and", "so":
			if p.w(b-1) == "," || p.w(b-1) == "even" {
				return false
			}
		}
		if pastWords[w] || p.edForm(b) {
			return true
		}
	}
	return false
}

// abbrevDot reports whether the period at k closes an abbreviation inside
// a sentence rather than the sentence: "No. 2", "U.S. officials", "Sen.
// Smith". A figure or a lower-case word after it, a single letter before
// it ("U.S.", "D.C.") or a title that never ends a sentence say so, and
// the tense of "will move to No. 2 in the rankings on Monday" is read
// past it.
func (p *parser) abbrevDot(k int) bool {
	if k+1 >= len(p.t) || p.paraBreak(k+1) {
		return false
	}
	if p.t[k+1].kind == tNum || p.t[k+1].kind == tWord && !p.upper(k+1) {
		return true
	}
	if k == 0 || p.t[k-1].kind != tWord || p.t[k-1].e != p.t[k].s {
		return false
	}
	b := p.w(k - 1)
	return len(b) == 1 || titleAbbrevs[b]
}

// aimVerbs, before "to", say what a subject means to do: a plan.
var aimVerbs = map[string]bool{"aims": true, "aim": true, "hopes": true, "hope": true, "seeks": true, "seek": true}

// titleAbbrevs are the abbreviated titles written before a name, which a
// sentence does not end on ("Inc.", "Jr." and "Co." do, and are left out).
var titleAbbrevs = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "sens": true,
	"rep": true, "reps": true, "gov": true, "gen": true, "lt": true, "col": true, "sgt": true, "capt": true,
	"prof": true, "rev": true, "st": true, "mt": true, "ft": true}

// farPlan finds, when nothing near an expression at i tells its tense, a
// plan further back in its sentence that still governs it: "is set to
// take the oath-of-office before the Supreme Constitutional Court's
// general assembly on Sunday". Only a present "is/are set to", "due to",
// "scheduled to", "expected to" counts; other cues that far back
// (round 4 tried them all) point as often elsewhere. It returns the
// cue's index, or -1.
func (p *parser) farPlan(i int) int {
	for k := i - 16; k >= 0 && k >= i-30; k-- {
		switch p.w(k) {
		case ".", ";", "!", "?", ":":
			return -1
		case "set", "due", "scheduled", "expected":
			if p.w(k+1) == "to" && (p.w(k-1) == "is" || p.w(k-1) == "are") {
				return k
			}
		}
		if p.paraBreak(k + 1) {
			return -1
		}
	}
	return -1
}

// habitualWords say a clause tells what happens as a rule, not once.
var habitualWords = map[string]bool{
	"usually": true, "typically": true, "normally": true, "generally": true, "traditionally": true,
	"customarily": true, "rarely": true, "rare": true, "seldom": true,
}

// habitual reports whether the clause around [i, j) tells what happens as
// a rule: a habitual adverb within it, with no comma or clause opener
// between.
func (p *parser) habitual(i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		w := p.w(k)
		if habitualWords[w] {
			return true
		}
		if p.t[k].kind == tPunct || p.subordinate(k, k+1) {
			return false
		}
	}
	return false
}

// pastWords are simple-past forms that tell a clause is about the past,
// with "ago", "yesterday" and "since", which do too.
var pastWords = map[string]bool{}

func init() {
	for _, w := range strings.Split(`was were had did said told ago yesterday came went began took made gave met won lost fell rose saw left held found became got spoke wrote sent hit put shot led paid sold bought struck broke brought thought sought caught fought built spent kept felt stood chose drove stole ran drew grew knew threw flew withdrew fled heard sat lay laid swore forgot arose sank quit since forbade wore woke tore shook hid bit dug hung swung slept meant dealt fed bent lent wept froze sang rang sprang swam drank shrank overtook undertook upheld overthrew overcame rebuilt taught rode slid strode stuck spun beat bled sped crept underwent mistook forgave`, " ") {
		pastWords[w] = true
	}
}

// edForm reports whether token k is an "-ed" verb form: not a name ("the
// United States"), not "hundred" or "red", not an adjective's participle.
func (p *parser) edForm(k int) bool {
	w := p.w(k)
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && w != "hundred" && w != "red" && !p.upper(k) && !adjectiveBefore[p.w(k-1)]
}

// pastClause reports whether the past-tense cue at k is a simple-past
// verb of the same clause as the expression at [i, j): not a reporting
// verb, with no infinitive "to" and no clause opener between the two.
func (p *parser) pastClause(cue string, k, i, j int) bool {
	switch cue {
	case "since", "ago", "yesterday", "had":
		return false
	case "said", "told":
		// A reporting verb dates the report, not what it reports ("said
		// the plant closes in January"), unless the month is its own:
		// "said in January".
		if k != i-2 {
			return false
		}
	}
	if k < 0 || k >= i && k < j {
		return false
	}
	switch p.w(k - 1) {
	case "is", "are", "am", "be", "been", "being", "has", "have", "'s", "get", "gets",
		"a", "an", "the", "still", "newly", "recently":
		// "talks that are supposed to conclude by May", "when the case
		// is heard in May" are present passives; "a still unspecified
		// date in January" an adjective.
		return false
	}
	// A modal earlier in the clause governs both: "would be paid on a
	// still unspecified date in January".
	for x := min(k, i) - 1; x >= 0 && x >= min(k, i)-8; x-- {
		w := p.w(x)
		if w == "." || w == ";" || w == "," || w == ":" || w == "!" || w == "?" {
			break
		}
		switch w {
		case "will", "would", "shall", "could", "should", "may", "might", "must", "can", "ll":
			if !p.upper(x) {
				return false
			}
		}
	}
	a, b := k+1, i
	if k >= j {
		a, b = j, k
	}
	for x := a; x < b; x++ {
		switch p.w(x) {
		case ",":
			// "In January, American Medical brought in…": the comma
			// closing a date that opens the sentence keeps the clause
			// ("talks due to conclude by May, invited…" does not).
			if x != j || !p.opensSentence(i) {
				return false
			}
		case ":", ";", "(", ")", "--", "\u2014":
			return false
		case "to":
			// An infinitive looks elsewhere; "from a fiscal year to a
			// calendar year" is a preposition.
			switch n := p.w(x + 1); n {
			case "a", "an", "the", "his", "her", "its", "their", "our", "this", "that", "these", "those":
			default:
				if !p.upper(x+1) && !isNumberish(n) {
					return false
				}
			}
		}
	}
	return !p.subordinate(a, b)
}

// opensSentence reports whether the expression at i, or the one
// preposition before it, begins a sentence.
func (p *parser) opensSentence(i int) bool {
	k := i - 1
	if k >= 0 && !p.upper(k) && p.t[k].kind == tWord {
		k--
	} else if k >= 0 && p.upper(k) && p.t[k].kind == tWord {
		// "In January,": the capitalised preposition itself opens it.
		switch p.w(k) {
		case "in", "on", "by", "during", "since", "until", "after", "before", "last", "early", "late", "through":
			k--
		}
	}
	if k < 0 {
		return true
	}
	switch p.w(k) {
	case ".", "!", "?", ";", "\"", "``", "''":
		return true
	}
	return false
}

// heading reports whether the expression at [i, j) opens a sentence or a
// line and a colon follows it ("Friday: A dull morning").
func (p *parser) heading(i, j int) bool {
	return p.w(j) == ":" && (p.opensSentence(i) || p.opensLine(i) || p.listItem(i))
}

// listItem reports whether token i opens a line after a list mark alone:
// "- 1964: the movement is founded", "• 2 January: …".
func (p *parser) listItem(i int) bool {
	if i < 1 || !p.opensLine(i-1) || p.adj(i-1) {
		return false
	}
	w := p.w(i - 1)
	return isDash(w) || w == "•" || w == "*"
}

// opensLine reports whether token i is the first of its line: a forecast's
// "Thursday Morning:  Heavy rain" under "Wednesday Night:  Heavy rain, 50s"
// has no full stop before it.
func (p *parser) opensLine(i int) bool {
	if i <= 0 || i >= len(p.t) {
		return i == 0
	}
	return strings.Contains(p.text[p.t[i-1].e:p.t[i].s], "\n")
}

// headlineLine reports whether token k stands in a headline: a line of
// its own of at most 20 tokens, set off from the text by a blank line
// after it, with no full stop.
func (p *parser) headlineLine(k int) bool {
	lo, hi, stop := p.lineOf(k)
	return hi-lo <= 20 && (hi == len(p.t) || p.paraBreak(hi)) && !stop
}

// lineOf returns the tokens [lo, hi) of token k's line, and whether a
// full stop, question or exclamation mark stands among them (a headline
// has none).
func (p *parser) lineOf(k int) (lo, hi int, stop bool) {
	lo, hi = k, k+1
	for lo > 0 && !p.opensLine(lo) {
		lo--
	}
	for hi < len(p.t) && !p.opensLine(hi) {
		hi++
	}
	for m := lo; m < hi; m++ {
		if w := p.w(m); w == "." || w == "!" || w == "?" {
			return lo, hi, true
		}
	}
	return lo, hi, false
}

// adjectiveBefore are the words after which an "-ed" form modifies a noun
// rather than telling the tense: "for resumed talks", "the injured man",
// "a disputed vote".
var adjectiveBefore = map[string]bool{"the": true, "a": true, "an": true, "for": true, "of": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "with": true}

// paraBreak reports whether a blank line stands before token i: the end
// of a paragraph, which no expression runs across.
func (p *parser) paraBreak(i int) bool {
	if i <= 0 || i >= len(p.t) {
		return false
	}
	return strings.Count(p.text[p.t[i-1].e:p.t[i].s], "\n") >= 2
}

// modalBefore reports whether a future or conditional modal governs the
// word at k: one of the four words before it, with no punctuation and no
// perfect "have" between.
func (p *parser) modalBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch p.w(j) {
		case "will", "shall", "ll", "would", "could", "should", "may", "might", "must", "can":
			// "The May elections" is the month.
			return !p.upper(j)
		case "have", "has", "had", ".", ",", ";", "!", "?":
			return false
		}
	}
	return false
}

// embedded reports whether a complementizer or relative pronoun between
// tokens a and b opens a clause inside the one before it ("announced that
// they will", "the vote, which will"); unlike subordinate it leaves out
// the coordinators, so "planned a rally on Saturday and were planning"
// stays one clause.
func (p *parser) embedded(a, b int) bool {
	for k := a; k < b; k++ {
		switch p.w(k) {
		case "that", "which", "who", "whom", "whose", "because", "although", "though", "whereas", "if":
			return true
		}
	}
	return false
}

// subordinate reports whether a word between tokens a and b opens another
// clause.
func (p *parser) subordinate(a, b int) bool {
	for k := a; k < b; k++ {
		switch p.w(k) {
		case "as":
			// "as late as July", "as early as 1990": a comparison inside
			// the clause, not a clause of its own.
			if p.seq(k+1, "early", "as") || p.seq(k+1, "late", "as") || (p.w(k-1) == "early" || p.w(k-1) == "late") && p.w(k-2) == "as" {
				continue
			}
			return true
		case "after", "because", "since", "when", "that", "which", "who", "before", "but", "and", "although", "though", "while", "where", "once", "if":
			return true
		}
	}
	return false
}

// sameClause reports whether tokens a to b stay in one clause: no
// punctuation, no word that opens another clause and no modal between.
func (p *parser) sameClause(a, b int) bool {
	for k := a; k < b; k++ {
		if p.t[k].kind == tPunct {
			return false
		}
		switch p.w(k) {
		case "will", "would", "shall", "ll", "may", "might", "can", "could", "should", "must":
			return false
		}
	}
	return !p.subordinate(a, b)
}

// yearless reports whether a bare month or day is of a story that never
// names its year: "On the ninth of May the column left camp …" in
// a history whose every date is bare. Its year is unknown, as it is to
// read, which gives narrative mode no DCT; the DCT's year is the
// reader's, not the story's. A dated page's entries in the present
// ("July 23: The talks resume") are the DCT's year's.
func (c *ctx) yearless() bool {
	if c.opt.Mode != Narrative {
		return false
	}
	if c.hasRef {
		// "On this day: … By March 3 the revolt had been put
		// down": a past told from the reader's day alone is as
		// yearless.
		// "Record of the battery, 1861-1865 … on June 13 the guns opened":
		// a span of years says no one year for a bare day to take.
		years := c.span && c.ref.g == gYear && c.spanFrom.g == gYear && c.ref.t.Year()-c.spanFrom.t.Year() >= 2
		return c.ref.noYear || c.refDCT && c.tense() < 0 || years
	}
	return c.firstYear == 0 && c.tense() < 0
}

// pickYear chooses the year of an underspecified month/day: in narrative
// mode the anchor's; in news the one that puts it on the side of the DCT
// the tense says, else the closest.
func (c *ctx) pickYear(m time.Month, d int) (int, bool) {
	if c.opt.Mode == Narrative && !c.hasRef && c.firstYear > 0 {
		// "By the end of April the protests had spread … in 2011": a
		// page that names its year only after its first dates is still
		// telling that year's story, not the reader's.
		if c.firstMonth > 0 && day(c.firstYear, m, max(d, 1)).After(day(c.firstYear, c.firstMonth, max(c.firstDay, 1)).AddDate(0, 3, 0)) {
			// "Lucknow was relieved on 26 September … and restored
			// on 21 March 1858": the story reaches its first full date
			// going forward, so a day months later in the calendar than
			// it comes from the year before. Within three months it is
			// more likely an aside of the same year ("on 18 June, two
			// days after … 16 June 1815").
			return c.firstYear - 1, true
		}
		return c.firstYear, true
	}
	if c.yearless() {
		return 0, false
	}
	a, ok := c.deictic()
	if !ok {
		return 0, false
	}
	if c.opt.Mode == Narrative && c.hasRef {
		// "Fighting went on through December. In January, the army
		// retook the town": a story that has reached the end of a year
		// goes on into the next, when the month named comes within three
		// months after its date; else the month is the anchor's year's,
		// however far back ("On 30 July … on 28 July"). Not under a past
		// perfect ("In January, the government had warned").
		y := a.t.Year()
		if _, cue := c.tenseCue(); a.g <= gMonth && cue != "had" {
			if next := day(y+1, m, max(d, 1)); !next.After(a.t.AddDate(0, 3, 0)) {
				return y + 1, true
			}
		}
		return y, true
	}
	// The DCT's year or a neighbour: the candidate closest to the DCT,
	// with a clause in the past tense pushing it before the DCT and one in
	// the future after it. Tense is only a nudge (180 days), since "-ed"
	// forms and reported speech mislead it.
	at := a.t
	bare := d == 0
	if bare {
		d = 15
		at = day(at.Year(), at.Month(), 15)
	}
	t, cue, cueK := c.tenseCueAt()
	// A period said to have ended closed on or before the DCT, however
	// near the next such date is; "last"/"next" before a holiday fix
	// the side too.
	side := 0
	switch c.p.w(c.cur.i - 1) {
	case "ended", "last", "since":
		// "the fiscal year ended Jan. 31", "last Thanksgiving"; "since"
		// counts from a time already past ("its first case since July")
		side = -1
	case "next":
		side = 1
	}
	if side == 0 && bare && t < 0 && c.p.pastClause(cue, cueK, c.cur.i, c.cur.j) {
		// "Gunmen killed 29 people in January", "In September, a group
		// attacked the base": a bare month told in the simple past of
		// its own clause is the last such month up to the DCT's, not
		// the coming one however near. Said/told only date the report,
		// and an infinitive or another clause between them ("agreed to
		// hold the vote in March") looks elsewhere.
		side = -1
	}
	if side == 0 && cue == "had" && cueK >= 0 && cueK < c.cur.i && c.p.w(cueK+1) != "been" && c.p.sameClause(cueK+1, c.cur.i) {
		// "The celebration had started on March 1": the past perfect of
		// the date's own clause puts it before the DCT however near the
		// next such day is ("had been due to expire" may still look
		// ahead).
		side = -1
	}
	if side == 0 && bare && t < 0 && cue == "had" && cueK >= 0 && cueK < c.cur.i {
		// "The win had been widely expected after he became a household
		// name in July": the past perfect governs the sentence, but the
		// month's own clause is a simple past, and that puts the month
		// before the DCT as it does without the "had".
		for k := c.cur.i - 1; k > cueK; k-- {
			if w := c.p.w(k); (pastWords[w] || c.p.edForm(k)) && c.p.pastClause(w, k, c.cur.i, c.cur.j) {
				side = -1
				break
			}
		}
	}
	if side == 0 && (cue == "will" || cue == "shall" || cue == "ll") {
		// "The bank will close in December", said in March: a modal
		// future keeps a month ahead however far that is.
		side = 1
	}
	by, best := at.Year(), 1<<30
	for _, y := range []int{at.Year() - 1, at.Year(), at.Year() + 1} {
		diff := int(day(y, m, d).Sub(at).Hours() / 24)
		cost := diff
		if cost < 0 {
			cost = -cost
		}
		if t < 0 && diff > 0 || t > 0 && diff < 0 {
			cost += 180
		}
		if side < 0 && diff > 0 || side > 0 && diff < 0 {
			cost += 1000
		}
		if cost < best {
			by, best = y, cost
		}
	}
	return by, true
}

func (c *ctx) resolve(m *cand) (string, point) {
	c.cur = m
	return m.val(c)
}

// calendar returns a resolver for explicit calendar fields; y==0 means the
// year is to be inferred, d==0 a month, m==0 a year.
func calendar(y int, m time.Month, d int) resolver {
	return func(c *ctx) (string, point) {
		yy := y
		if yy == 0 && d == 0 && m != 0 && c.cur != nil && c.p.habitual(c.cur.i, c.cur.j) {
			// "such storms are rare in April", "the river usually
			// crests in March": a month of any year.
			return fmt.Sprintf("XXXX-%02d", int(m)), point{}
		}
		if yy == 0 {
			var ok bool
			yy, ok = c.pickYear(m, d)
			if !ok && c.yearless() {
				// The story's own calendar, without a year: the
				// anchor for its next "the following day".
				pt := point{t: day(yearlessBase, m, max(d, 1)), g: gDay, noYear: true}
				if d == 0 {
					pt.g = gMonth
				}
				return pt.value(), pt
			}
			if !ok {
				if d > 0 {
					return fmt.Sprintf("XXXX-%02d-%02d", int(m), d), point{}
				}
				return fmt.Sprintf("XXXX-%02d", int(m)), point{}
			}
		}
		var pt point
		switch {
		case m == 0:
			pt = mkYear(yy)
		case d == 0:
			pt = mkMonth(yy, m)
		default:
			t := day(yy, m, d)
			if t.Month() != m {
				return fmt.Sprintf("%04d-%02d-%02d", yy, int(m), d), point{}
			}
			pt = point{t: t, g: gDay}
		}
		return pt.value(), pt
	}
}

// yearsBack is "a year ago"/"a year earlier": in a quarterly report it
// means the same quarter of the year before (TimeBank's convention), so it
// follows the quarter last named; otherwise it is a plain year offset.
func yearsBack(n int, deictic bool) resolver {
	plain := offset(gYear, n, deictic)
	return func(c *ctx) (string, point) {
		if c.yearScope {
			if a, ok := c.anaphoric(); ok {
				y := mkYear(a.t.Year() + n)
				return y.value(), point{}
			}
		}
		if r, ok := c.reportPeriod(); ok {
			q := r
			q.t = q.t.AddDate(n, 0, 0)
			// Not returned as a point: the report's own quarter stays the
			// anchor for the next comparison.
			return q.value(), point{}
		}
		return plain(c)
	}
}

// sameAsNamed resolves "that day", "the same month": the period of the last
// date named, when that date is as fine as the unit. In a story it may
// differ from the anchor ("a mutiny on 4 June 1979 ... that day" after
// the story has reached 1988: the mutiny's day).
func sameAsNamed(g gran) resolver {
	return func(c *ctx) (string, point) {
		if c.hasNamed && c.named.g <= g {
			if q, ok := c.named.shift(g, 0); ok {
				return q.value(), q
			}
		}
		return offset(g, 0, false)(c)
	}
}

// offset returns a resolver for n units of granularity g from an anchor.
func offset(g gran, n int, deictic bool) resolver {
	return func(c *ctx) (string, point) {
		var a point
		var ok bool
		if deictic {
			a, ok = c.deictic()
		} else {
			a, ok = c.anaphoric()
		}
		if !ok {
			return unknownAt(g), point{}
		}
		// "a year earlier" in a quarterly report means the same quarter of
		// the year before (TimeBank's convention).
		q, ok := a.shift(g, n)
		if !ok {
			return unknownAt(g), point{}
		}
		return q.value(), q
	}
}

func unknownAt(g gran) string {
	switch g {
	case gDay:
		return "XXXX-XX-XX"
	case gWeek:
		return "XXXX-WXX"
	case gMonth:
		return "XXXX-XX"
	case gQuarter:
		return "XXXX-QX"
	case gDecade:
		return "XXX"
	case gCentury:
		return "XX"
	}
	return "XXXX"
}

// weekdayOfWeek is weekday wd of the week in view (the anchor's, Monday
// first, as ISO weeks run) moved by weeks.
func weekdayOfWeek(wd time.Weekday, weeks int) resolver {
	return func(c *ctx) (string, point) {
		a, ok := c.deictic()
		if !ok || a.g != gDay || a.noYear {
			return fmt.Sprintf("XXXX-WXX-%d", (int(wd)+6)%7+1), point{}
		}
		diff := (int(wd)+6)%7 - (int(a.t.Weekday())+6)%7 + 7*weeks
		pt := point{t: a.t.AddDate(0, 0, diff), g: gDay}
		return pt.value(), pt
	}
}

// weekdayRes resolves a weekday by tense around the anchor; dir forces the
// direction ("last Friday" -1, "next Friday" +1, "this Friday" 0).
//
// With anaphoric set ("the previous Friday", "the following Monday") the
// day is counted from the last day the text named, strictly before or
// after it.
func weekdayRes(wd time.Weekday, dir int, forced, anaphoric bool) resolver {
	return func(c *ctx) (string, point) {
		a, ok := c.deictic()
		if anaphoric {
			a, ok = c.anaphoric()
			if ok && a.g == gDay && !a.noYear {
				diff := int(wd) - int(a.t.Weekday())
				if dir < 0 && diff >= 0 {
					diff -= 7
				}
				if dir > 0 && diff <= 0 {
					diff += 7
				}
				pt := point{t: a.t.AddDate(0, 0, diff), g: gDay}
				return pt.value(), pt
			}
		}
		if !ok || a.g != gDay || a.noYear {
			// A yearless story's day is counted in a stand-in year
			// whose weekdays are not the story's: the weekday is
			// known, its date not.
			return fmt.Sprintf("XXXX-WXX-%d", (int(wd)+6)%7+1), point{}
		}
		t := a.t
		if !forced && wd == t.Weekday() {
			// The anchor's own weekday is the anchor day: a story dated
			// Friday that says "signed Friday" or "until Friday" means that
			// day, whatever the tense.
			return a.value(), a
		}
		d := dir
		if !forced {
			d = c.tense()
			if d == 0 {
				d = -1
			}
		}
		diff := int(wd) - int(t.Weekday())
		switch {
		case d < 0 && forced:
			// "last Wednesday" is the most recent Wednesday before the
			// anchor, as TimeML values it ("The day before last
			// Tuesday's hearing", said on a Thursday, is Monday).
			if diff >= 0 {
				diff -= 7
			}
		case d < 0:
			if diff > 0 {
				diff -= 7
			}
		case d > 0:
			if diff <= 0 {
				diff += 7
			}
		default: // this Friday: within the anchor's week
			diff = (int(wd)+6)%7 - (int(t.Weekday())+6)%7
		}
		pt := point{t: t.AddDate(0, 0, diff), g: gDay}
		return pt.value(), pt
	}
}

// putOffVerbs move a hearing, a vote or a deadline to another day.
var putOffVerbs = map[string]bool{
	"adjourned": true, "adjourn": true, "adjourns": true, "adjourning": true,
	"deferred": true, "defer": true, "defers": true, "rescheduled": true,
	"postponed": true, "postpone": true, "postpones": true,
	"moved": true, "shifted": true, "pushed": true, "posted": true, "passed": true,
}

// movesTo reports whether the verb at k puts something off to the day named
// at i, later in its clause: "adjourned the appeals to Thursday", "pushed
// the vote back until Monday", "adjourned the matter for final hearings on
// Thursday". A verb the day only follows ("adjourned on Tuesday") does not.
func (p *parser) movesTo(k, i int) bool {
	if !putOffVerbs[p.w(k)] || i-k > 8 {
		return false
	}
	for j := k + 1; j < i-1; j++ {
		switch p.w(j) {
		case ",", ";", ":", ".", "and", "but", "who", "which", "that", "after", "before", "when":
			return false
		}
	}
	switch p.w(i - 1) {
	case "to", "till", "until":
		return p.w(i-2) != "up" && p.w(i-2) != "from"
	case "on":
		for j := k + 1; j < i-1; j++ {
			if p.w(j) == "for" {
				return strings.HasPrefix(p.w(k), "adjourn") || strings.HasPrefix(p.w(k), "post")
			}
		}
	}
	return false
}

// intentVerbs ask for, agree to or decide on something still to be done.
var intentVerbs = map[string]bool{
	"asked": true, "requested": true, "urged": true, "agreed": true, "decided": true,
	"voted": true, "ordered": true, "directed": true, "invited": true, "called": true,
}

// intentTo reports whether the "to" at k opens an infinitive asked for,
// agreed or decided by the verb before it, its object between
// ("requested the bench to take", "agreed to post"): a base verb follows.
func (p *parser) intentTo(k int) bool {
	next := p.w(k + 1)
	if next == "" || p.t[k+1].kind != tWord || p.upper(k+1) || strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "ing") {
		return false
	}
	switch next {
	case "the", "a", "an", "his", "her", "their", "its", "be", "have":
		return false
	}
	if p.headlineLine(k) && k > 0 && p.t[k-1].kind == tWord && !intentVerbs[p.w(k-1)] {
		// Headlinese "UN to announce new date …", "Airline to cut
		// flights": a subject and an infinitive are "will".
		return true
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := p.w(j)
		if intentVerbs[w] {
			return true
		}
		if w == "," || w == "." || w == ";" || w == "and" || w == "to" {
			return false
		}
	}
	return false
}

// causalDue reports whether "due" at k opens the compound preposition
// "due to" of a cause ("collapsed due to flooding", "largely due to the
// storm", "Due to heavy rain") rather than a schedule ("due to open",
// "is due to be sentenced"): a participle or an adverb before it, or a
// determiner, a gerund, a figure or a name after "to".
func (p *parser) causalDue(k int) bool {
	if p.w(k+1) != "to" || k+2 >= len(p.t) {
		return false
	}
	b, a := p.w(k-1), p.w(k+2)
	if len(b) > 4 && (strings.HasSuffix(b, "ed") || strings.HasSuffix(b, "ly")) {
		return true
	}
	switch a {
	case "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "some", "heavy", "bad", "poor", "high", "low", "lack", "concerns", "fears":
		return true
	}
	return len(a) > 5 && strings.HasSuffix(a, "ing") || p.t[k+2].kind == tNum || p.upper(k+2)
}
