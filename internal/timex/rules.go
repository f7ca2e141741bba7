package timex

import (
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// rule tries to recognise an expression starting at token i.
type rule func(p *parser, i int) (cand, bool)

// rules are tried at every token; the longest match wins, ties going to
// the earlier rule.
var rules []rule

func init() {
	rules = []rule{
		(*parser).nineEleven,
		(*parser).modified,
		(*parser).explicitDate,
		(*parser).dayMonth,
		(*parser).numericDate,
		(*parser).yearish,
		(*parser).yearFirst,
		(*parser).season,
		(*parser).quarter,
		(*parser).weekday,
		(*parser).deicticWord,
		(*parser).relativeUnit,
		(*parser).agoLater,
		(*parser).yearAgo,
		(*parser).duration,
		(*parser).set,
		(*parser).clock,
		(*parser).holiday,
		(*parser).reference,
		(*parser).nthDay,
		(*parser).sameTimeLastYear,
		(*parser).fullYear,
	}
}

// triggers are the words an expression can start with; any other word is
// skipped without trying the rules (numbers are always tried).
var triggers = map[string]bool{}

func init() {
	for _, m := range []map[string]bool{monthAbbrevs, timeZones} {
		for w := range m {
			triggers[w] = true
		}
	}
	for w := range monthWords {
		triggers[w] = true
	}
	for w := range weekdayWords {
		triggers[w] = true
	}
	for w := range weekdayPlurals {
		triggers[w] = true
	}
	for w := range seasonWords {
		triggers[w] = true
	}
	for w := range numberWords {
		triggers[w] = true
	}
	for w := range ordinalWords {
		triggers[w] = true
	}
	for w := range unitWords {
		triggers[w] = true
	}
	for w := range decadeWords {
		triggers[w] = true
	}
	for w := range partOfDay {
		triggers[w] = true
	}
	for w := range setAdverbs {
		triggers[w] = true
	}
	for w := range holidays {
		triggers[w] = true
	}
	for w := range relWords {
		triggers[w] = true
	}
	for w := range pointMods {
		triggers[w] = true
	}
	for _, pm := range phraseMods {
		triggers[pm.words[0]] = true
	}
	for _, am := range approxMods {
		triggers[am.words[0]] = true
	}
	for _, w := range strings.Fields(`the a an ' end beginning start earlier later year fiscal fy calendar model
		between from today yesterday tomorrow tonight overnight now currently nowadays presently current
		recently lately soon easter good recent these those future every each per new thanksgiving independence memorial
		labor election presidents president several few many numerous half q1 q2 q3 q4 latest most just over comparable nineteen
		eighteen two am pm once twice thrice weeklong yearlong monthlong daylong h1 h2 ash palm shrove maundy holy black full`) {
		triggers[w] = true
	}
}

// core returns the longest candidate at i over all rules.
func (p *parser) core(i int) (cand, bool) {
	if i < 0 || i >= len(p.t) {
		return cand{}, false
	}
	// Ranges, modifiers and clock times ask for the same positions again;
	// each position is worked out once.
	if p.memo == nil {
		p.memo = make([]cand, len(p.t))
		p.memoState = make([]uint8, len(p.t))
	}
	switch p.memoState[i] {
	case 1:
		return cand{}, false
	case 2:
		return p.memo[i], true
	}
	var c cand
	ok := false
	if low := p.t[i].low; p.t[i].kind == tNum || triggers[low] || len(low) > 2 && low[0] == 'f' && low[1] == 'y' {
		c, ok = p.coreOnce(i)
	}
	if ok {
		p.memo[i], p.memoState[i] = c, 2
	} else {
		p.memoState[i] = 1
	}
	return c, ok
}

func (p *parser) coreOnce(i int) (cand, bool) {
	var best cand
	found := false
	for _, r := range rules {
		c, ok := r(p, i)
		if ok && c.j > i && (!found || c.j > best.j) {
			best, found = c, true
		}
	}
	if found && p.compared(best.j) {
		return cand{}, false
	}
	return best, found
}

// openEnd takes in the hedge after an expression, as TimeBank does:
// "1994 or later", "1990 and beyond", "the next year or so". It returns
// the new end and the modifier.
func (p *parser) openEnd(c cand) (int, string) {
	k := c.j
	switch {
	case p.seq(k, "or", "so"):
		if c.mod == "" {
			return k + 2, "APPROX"
		}
		return k + 2, c.mod
	case c.typ == DATE && c.mod == "" && (p.seq(k, "or", "later") || p.seq(k, "and", "beyond") || p.seq(k, "or", "after") && p.clauseEnds(k+2)):
		return k + 2, "ON_OR_AFTER"
	case c.typ == DATE && c.mod == "" && (p.seq(k, "or", "earlier") || p.seq(k, "or", "before") && p.clauseEnds(k+2)):
		return k + 2, "ON_OR_BEFORE"
	}
	return c.j, c.mod
}

// clauseEnds reports whether token k ends a clause (punctuation or the
// end of the text): "in 1995 or after." but not "in 1995 or after the vote".
func (p *parser) clauseEnds(k int) bool {
	switch p.w(k) {
	case "", ".", ",", ";", ":", "!", "?", ")":
		return true
	}
	return false
}

// compared reports whether an expression ending before token k is the
// first half of a "quarter-to-quarter" or "year-over-year" compound,
// which names a comparison, not a time.
func (p *parser) compared(k int) bool {
	if !isDash(p.w(k)) || !p.adj(k-1) || !p.adj(k) || !p.adj(k+1) {
		return false
	}
	switch p.w(k + 1) {
	case "to", "over", "on", "by":
		_, unit := unitWords[p.w(k+3)]
		return isDash(p.w(k+2)) && unit
	}
	return false
}

// dateCore is core restricted to calendar expressions (for modifiers and
// ranges, which make no sense around durations).
func (p *parser) dateCore(i int) (cand, bool) {
	c, ok := p.core(i)
	if !ok || c.typ != DATE {
		return cand{}, false
	}
	return c, true
}

var pointMods = map[string]string{"early": "START", "late": "END", "mid": "MID", "middle": "MID"}

var phraseMods = []struct {
	words []string
	mod   string
}{
	{[]string{"the", "end", "of"}, "END"}, {[]string{"end", "of"}, "END"},
	{[]string{"the", "beginning", "of"}, "START"}, {[]string{"beginning", "of"}, "START"},
	{[]string{"the", "start", "of"}, "START"}, {[]string{"start", "of"}, "START"},
	{[]string{"the", "middle", "of"}, "MID"}, {[]string{"the", "turn", "of"}, "START"},
	{[]string{"the", "early", "part", "of"}, "START"}, {[]string{"the", "latter", "part", "of"}, "END"},
	{[]string{"the", "close", "of"}, "END"}, {[]string{"the", "early"}, "START"},
	{[]string{"the", "late"}, "END"}, {[]string{"the", "mid"}, "MID"},
}

var approxMods = []struct {
	words []string
	mod   string
}{
	{[]string{"more", "than"}, "MORE_THAN"}, {[]string{"less", "than"}, "LESS_THAN"},
	{[]string{"fewer", "than"}, "LESS_THAN"}, {[]string{"at", "least"}, "EQUAL_OR_MORE"},
	{[]string{"at", "most"}, "EQUAL_OR_LESS"}, {[]string{"up", "to"}, "EQUAL_OR_LESS"},
	{[]string{"no", "more", "than"}, "EQUAL_OR_LESS"}, {[]string{"about"}, "APPROX"},
	{[]string{"around"}, "APPROX"}, {[]string{"approximately"}, "APPROX"}, {[]string{"nearly"}, "LESS_THAN"},
	{[]string{"almost"}, "LESS_THAN"}, {[]string{"roughly"}, "APPROX"}, {[]string{"some"}, "APPROX"},
	{[]string{"just", "over"}, "MORE_THAN"}, {[]string{"just", "under"}, "LESS_THAN"},
	{[]string{"just", "short", "of"}, "LESS_THAN"}, {[]string{"just", "shy", "of"}, "LESS_THAN"},
	{[]string{"slightly", "more", "than"}, "MORE_THAN"}, {[]string{"slightly", "less", "than"}, "LESS_THAN"},
	{[]string{"only"}, ""}, {[]string{"another"}, ""},
}

// overAmount are the words after which "over" before an amount of time
// means "more than": "for over five months", "lasted over a week".
var overAmount = map[string]bool{"for": true, "last": true, "lasts": true, "lasted": true, "lasting": true,
	"took": true, "take": true, "takes": true, "after": true, "in": true, "of": true, "spanning": true, "spans": true}

// modified handles "early 2017", "mid-September", "the end of 1990",
// "late Tuesday", "more than two years", "around 9 p.m.".
func (p *parser) modified(i int) (cand, bool) {
	w := p.w(i)
	if mod, ok := pointMods[w]; ok {
		j := i + 1
		if isDash(p.w(j)) && p.adj(i) {
			j++
		}
		if p.w(j) == "on" && (w == "early" || w == "late") && p.upper(j+1) {
			// "early on Saturday", "late on Wednesday night": the
			// modifier belongs to the day as in "early Tuesday", which
			// TimeBank takes in; only a weekday or a month follows.
			if _, ok := weekdayWords[p.w(j+1)]; ok {
				j++
			} else if m, _, ok := p.month(j + 1); ok && m > 0 {
				j++
			}
		}
		// "mid-afternoon", "late morning yesterday": a part of the day the
		// text is on, or of the day named right after it.
		if pod, ok := partOfDay[p.w(j)]; ok && len(pod) == 2 && p.w(j) != "tonight" {
			day := offset(gDay, 0, false)
			end := j + 1
			if d, ok := p.dateOrTime(end); ok && d.i == end && d.typ == DATE {
				day, end = d.val, d.j
			}
			return cand{i: i, j: end, typ: TIME, mod: mod, val: withTime(day, pod)}, true
		}
		if c, ok := p.dateOrTime(j); ok {
			c.i, c.mod = i, mod
			return c, true
		}
	}
	for _, pm := range phraseMods {
		if p.seq(i, pm.words...) {
			j := i + len(pm.words)
			if isDash(p.w(j)) && p.adj(j-1) {
				j++
			}
			if c, ok := p.dateOrTime(j); ok {
				c.i, c.mod = i, pm.mod
				return c, true
			}
		}
	}
	if w == "over" && overAmount[p.w(i-1)] {
		// "operating for over five months", "a tour likely to last over
		// a week": after "for" or a verb of lasting, "over" before an
		// amount of time is "more than", which TimeBank keeps in the
		// span; "used over three years" and "over the weekend" say
		// during.
		if c, ok := p.core(i + 1); ok && c.i == i+1 && c.typ == DURATION && (p.t[i+1].kind == tNum || isNumberish(p.w(i+1)) || p.w(i+1) == "a" || p.w(i+1) == "an") {
			c.i, c.mod = i, "MORE_THAN"
			return c, true
		}
	}
	if c, ok := p.anotherUnit(i); ok {
		return c, true
	}
	for _, am := range approxMods {
		if p.seq(i, am.words...) {
			c, ok := p.core(i + len(am.words))
			if !ok {
				continue
			}
			// TimeBank keeps "more than"/"at least"/"nearly" inside a
			// duration's extent but leaves "about"/"almost" out, except
			// before "ago" and around clock times.
			bounded := am.mod == "MORE_THAN" || am.mod == "LESS_THAN" && am.words[0] != "almost" || am.mod == "EQUAL_OR_MORE" || am.mod == "EQUAL_OR_LESS"
			if (am.words[0] == "more" || am.words[0] == "less" || am.words[0] == "fewer") && p.quantityBefore(i) {
				// "sold 58 percent more than a year earlier": after an
				// amount, "more than" compares amounts; the time is
				// the bare "a year earlier".
				continue
			}
			last := p.w(c.j - 1)
			relative := c.typ == DATE && (last == "ago" || last == "earlier" || last == "later")
			// Narrative mode keeps "about" with its length too, as the
			// history probes' annotators did ("about six months",
			// "roughly two years"), and "almost", which TimeBank leaves
			// out though it keeps "nearly" ("almost a month").
			approxLength := !p.news && c.typ == DURATION && (am.mod == "APPROX" || am.words[0] == "almost")
			// "in another seven days", "for another three years": the
			// further length is the probes' span, "another" in it; an
			// adjective ("another hour-long session") is not a length.
			further := am.words[0] == "another" && c.typ == DURATION && !p.hyphenIn(c.i, c.j)
			if c.typ == DURATION && bounded || relative || c.typ == TIME && am.mod == "APPROX" || approxLength || further {
				c.i = i
				if am.mod != "" {
					c.mod = am.mod
				}
				return c, true
			}
		}
	}
	// "later in the week", "earlier in the year": part of the week or
	// year the text is speaking of, which is the last one named ("an
	// opening on October 22, 2004 ... earlier in the year" is 2004).
	if (w == "early" || w == "earlier" || w == "late" || w == "later") && p.seq(i+1, "in", "the") {
		if u, ok := unitWords[p.w(i+3)]; ok && !isPluralUnit(p.w(i+3)) && (u.g == gWeek || u.g == gMonth || u.g == gYear) {
			mod := "START"
			if w == "late" || w == "later" {
				mod = "END"
			}
			g := u.g
			return cand{i: i, j: i + 4, typ: DATE, mod: mod, val: func(c *ctx) (string, point) {
				// The last date named holds the week or year only when it
				// is at least that fine ("a two-day period earlier in the
				// week" after "fall" is the DCT's week).
				if a, ok := c.anaphoric(); ok && a.g <= g {
					return offset(g, 0, false)(c)
				}
				return offset(g, 0, true)(c)
			}}, true
		}
	}
	// "early in the second quarter of this year", "late in 2019": the
	// modifier and its "in" belong to the date named.
	if (w == "early" || w == "late") && p.w(i+1) == "in" {
		if c, ok := p.dateOrTime(i + 2); ok && c.i == i+2 && c.typ == DATE && c.mod == "" {
			c.i, c.mod = i, "START"
			if w == "late" {
				c.mod = "END"
			}
			return c, true
		}
	}
	// "earlier this year", "later that month"
	if (w == "earlier" || w == "later") && (p.w(i+1) == "this" || p.w(i+1) == "that" || p.w(i+1) == "last" || p.w(i+1) == "next" || p.w(i+1) == "in") {
		k := i + 1
		if p.w(k) == "in" {
			k++
		}
		if c, ok := p.dateOrTime(k); ok {
			c.i = i
			c.mod = "START"
			if w == "later" {
				c.mod = "END"
			}
			return c, true
		}
	}
	// "the end of the year", "year-end", "the end of the month"
	for _, pm := range phraseMods {
		if len(pm.words) == 3 && p.seq(i, pm.words...) && p.w(i+3) == "the" {
			if u, ok := unitWords[p.w(i+4)]; ok && !isPluralUnit(p.w(i+4)) && (u.g == gYear || u.g == gMonth || u.g == gWeek || u.g == gQuarter || u.g == gDecade || u.g == gCentury) {
				return cand{i: i, j: i + 5, typ: DATE, mod: pm.mod, val: offset(u.g, 0, true)}, true
			}
		}
	}
	if w == "year" && p.hyphenated(i) && p.w(i+2) == "end" || p.seq(i, "year", "'", "s", "end") || p.seq(i, "year", "end") && (p.w(i-1) == "by" || p.w(i-1) == "at" || p.w(i-1) == "since" || p.w(i-1) == "before") {
		j := i + 3
		if p.w(i+1) == "'" {
			j = i + 4
		} else if p.w(i+1) == "end" {
			j = i + 2
		}
		return cand{i: i, j: j, typ: DATE, mod: "END", val: offset(gYear, 0, true)}, true
	}
	return cand{}, false
}

func (p *parser) dateOrTime(i int) (cand, bool) {
	c, ok := p.core(i)
	if !ok || (c.typ != DATE && c.typ != TIME) {
		return cand{}, false
	}
	return c, true
}

// monthDay ends a month and day read up to token k (from start) with
// the year after it, with or without a comma, when there is one.
func (p *parser) monthDay(start, k int, m time.Month, d int) cand {
	if p.w(k) == "," {
		if y, k2, ok := p.looseYear(k + 1); ok {
			return cand{i: start, j: k2, typ: DATE, val: calendar(y, m, d)}
		}
	}
	if y, k2, ok := p.looseYear(k); ok {
		return cand{i: start, j: k2, typ: DATE, val: calendar(y, m, d)}
	}
	// "December 16 last year", "March 5 this year": the day in the
	// anchor's year + n, as "July last year" is the month.
	k2 := k
	if p.w(k2) == "," {
		k2++
	}
	if n, ok := map[string]int{"last": -1, "this": 0, "next": 1}[p.w(k2)]; ok && p.w(k2+1) == "year" && p.w(k2+2) != "'" {
		return cand{i: start, j: k2 + 2, typ: DATE, val: dayOfYear(m, d, n)}
	}
	if c, ok := p.ofThatYear(m, d, k); ok {
		c.i = start
		return c
	}
	return cand{i: start, j: k, typ: DATE, val: calendar(0, m, d)}
}

// dayOfYear is "December 16 last year": that day in the anchor's year + n.
func dayOfYear(m time.Month, d, n int) resolver {
	return func(c *ctx) (string, point) {
		a, ok := c.deictic()
		if !ok {
			return fmt.Sprintf("XXXX-%02d-%02d", int(m), d), point{}
		}
		t := day(a.t.Year()+n, m, d)
		if t.Month() != m {
			return fmt.Sprintf("%04d-%02d-%02d", a.t.Year()+n, int(m), d), point{}
		}
		pt := point{t: t, g: gDay}
		return pt.value(), pt
	}
}

// explicitDate: "August 5, 2024", "Aug. 5", "August 2024", "August of 2024",
// "May" (with a preposition before it), "last November", "July last year".
func (p *parser) explicitDate(i int) (cand, bool) {
	start := i
	dir := 0
	switch p.w(i) {
	case "last", "next", "this", "past", "coming":
		dir = map[string]int{"last": -1, "past": -1, "next": 1, "coming": 1, "this": 2}[p.w(i)]
		i++
	}
	if dir == 0 && p.seq(i, "the", "month", "of") {
		// "during the month of October": the month, not a length.
		if c, ok := p.explicitDate(i + 3); ok && c.i == i+3 {
			c.i = start
			return c, true
		}
	}
	m, j, ok := p.month(i)
	if !ok {
		return cand{}, false
	}
	// "March" heading a list and "6th …" opening the next paragraph: a
	// blank line ends the date.
	brk := p.paraBreak(j)
	// "March eighth", "May twenty-first": a day said in words
	if d, k, ok := p.spokenDay(j); ok && dir == 0 && !brk {
		return p.monthDay(start, k, m, d), true
	}
	// "last Oct. 23", "next May 5": that day, the nearest one on the side
	// the word says.
	if d, ok := dayNumber(p.w(j)); ok && !brk && j < len(p.t) && p.t[j].kind == tNum && (dir == -1 || dir == 1) {
		if _, _, ok := p.looseYear(j + 1); !ok {
			return cand{i: start, j: j + 1, typ: DATE, val: dayDir(m, d, dir)}, true
		}
	}
	// Month day [,] [year]
	if d, ok := dayNumber(p.w(j)); ok && !brk && p.t[j].kind == tNum && dir == 0 {
		return p.monthDay(start, j+1, m, d), true
	}
	// "In this June 21, 2018 file photo": a full date says its own year,
	// so "this" is the noun's determiner, not "this June".
	if d, ok := dayNumber(p.w(j)); ok && !brk && p.t[j].kind == tNum && dir == 2 {
		return p.monthDay(i, j+1, m, d), true
	}
	if dir == 0 && !brk {
		k := j
		if p.w(k) == "," || p.w(k) == "of" {
			k++
		}
		if y, k2, ok := p.looseYear(k); ok {
			return cand{i: start, j: k2, typ: DATE, val: calendar(y, m, 0)}, true
		}
		if c, ok := p.monthOfThatYear(m, j); ok {
			c.i = start
			return c, true
		}
		switch {
		case p.seq(j, "last", "year") || p.seq(j, "of", "last", "year"):
			k := j + 2
			if p.w(j) == "of" {
				k++
			}
			return cand{i: start, j: k, typ: DATE, val: monthOfYear(m, -1)}, true
		case p.seq(j, "this", "year") || p.seq(j, "next", "year"):
			n := 0
			if p.w(j) == "next" {
				n = 1
			}
			return cand{i: start, j: j + 2, typ: DATE, val: monthOfYear(m, n)}, true
		}
	}
	// A bare month name: "may" and "march" are verbs too, and abbreviations
	// are names, so those need a framing word before them.
	w := p.w(i)
	if len(w) <= 4 && j == i+1 && j < len(p.t) && p.t[j].kind == tWord && p.upper(j) && !p.opensLine(j) {
		// "Jan Kavan", "Jun Hasegawa": an unpunctuated abbreviation before
		// a capitalised word is a first name.
		if _, isMonth := monthWords[p.w(j)]; !isMonth {
			return cand{}, false
		}
	}
	if dir == 0 && (w == "may" || w == "march" || len(w) <= 4) {
		switch p.w(i - 1) {
		case "in", "since", "until", "till", "by", "during", "of", "from", "through", "before", "after", "early", "late", "mid", "-", "–", "and", "or", "to", "last", "this", "next", "between":
		case "as":
			// "as early as June", "as late as July": the comparison frames
			// a date as a preposition does.
			if !(p.w(i-2) == "early" || p.w(i-2) == "late") || p.w(i-3) != "as" {
				return cand{}, false
			}
		case "for":
			if !scheduledFor[p.w(i-2)] && !p.figureFor(i-1) {
				// "a victory for May" is a person; "planned for
				// June" a month.
				return cand{}, false
			}
		default:
			if w == "march" && p.upper(i) && !p.upper(i-1) && p.w(j) == "'" && p.w(j+1) == "s" && j+2 < len(p.t) && p.t[j+2].kind == tWord && !p.upper(j+2) {
				// "March's job gains": a possessive before a common noun
				// is the month, not the verb (a capitalised word before
				// it, "Fredric March's", is a name; "May's" stays out,
				// a name as often as a month).
				break
			}
			det := p.w(i-1) == "the" || p.w(i-1) == "a" || p.w(i-1) == "an" || p.w(i-1) == "its" || p.w(i-1) == "their"
			// "a June agreement", "the May elections": after a
			// determiner and before a common noun a capitalised month is
			// no modal and no first name ("the DEC says" is an acronym).
			modifier := det && p.upper(i) && !monthAbbrevs[w] && !strings.ContainsAny(p.text[p.t[i].s+1:p.t[i].e], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && j == i+1 && j < len(p.t) && p.t[j].kind == tWord && !p.upper(j) && p.w(j) != "and" && p.w(j) != "or"
			if !modifier && (w == "may" || len(w) <= 4 || !det) {
				return cand{}, false
			}
		}
	}
	end := j
	if monthAbbrevs[w] && end > i+1 && sentenceEnd(p.text[p.t[end-1].e:]) {
		end = i + 1
	}
	switch dir {
	case 0:
		return cand{i: start, j: end, typ: DATE, val: calendar(0, m, 0)}, true
	case 2:
		return cand{i: start, j: end, typ: DATE, val: monthOfYear(m, 0)}, true
	}
	return cand{i: start, j: end, typ: DATE, val: monthDir(m, dir)}, true
}

// monthOfThatYear reads "of the same year", "of that year", "of the
// following year" after a month at j: "in August of the same year" is one
// date, the month in the year the phrase points to, as "August 1997" is.
func (p *parser) monthOfThatYear(m time.Month, j int) (cand, bool) {
	return p.ofThatYear(m, 0, j)
}

// ofThatYear is monthOfThatYear for day d of month m ("On March 14 of
// that year"), or for the month alone when d is 0.
func (p *parser) ofThatYear(m time.Month, d, j int) (cand, bool) {
	if p.w(j) != "of" || (p.w(j+1) != "the" && p.w(j+1) != "that") {
		return cand{}, false
	}
	y, ok := p.core(j + 1)
	if !ok || y.i != j+1 || y.typ != DATE || len(y.parts) != 0 || p.w(y.j-1) != "year" {
		return cand{}, false
	}
	return cand{i: j, j: y.j, typ: DATE, val: func(c *ctx) (string, point) {
		v, _ := y.val(c)
		if n, ok := atoi(v); ok && len(v) == 4 {
			return calendar(n, m, d)(c)
		}
		return calendar(0, m, d)(c)
	}}, true
}

// figureFor reports whether the "for" at k follows a figure ("to 224,000
// for May", "the 6.1 percent figure for June"): a statistic is given for a
// period, while "a victory for May" names a person.
func (p *parser) figureFor(k int) bool {
	b := k - 1
	if b >= 0 && b < len(p.t) && p.t[b].kind == tNum {
		return true
	}
	switch p.w(b) {
	case "figure", "figures", "rate", "total", "average", "reading", "estimate", "forecast", "data", "percent",
		// "Job growth for July and August was revised", "sales for
		// June": a measure reported for a period.
		"growth", "sales", "gains", "losses", "payrolls", "revenue", "revenues", "earnings", "output", "spending",
		"inflation", "prices", "orders", "results", "numbers", "statistics":
		return true
	}
	return false
}

// scheduledFor are the words that make "for" before a month name a date:
// "planned for June", "set for May".
var scheduledFor = map[string]bool{"planned": true, "scheduled": true, "set": true, "slated": true, "expected": true,
	"called": true, "postponed": true, "delayed": true, "rescheduled": true, "pencilled": true, "penciled": true,
	"due": true, "earmarked": true, "tentatively": true}

// monthOfYear is "July last year": the month in the anchor's year + n.
func monthOfYear(m time.Month, n int) resolver {
	return func(c *ctx) (string, point) {
		a, ok := c.deictic()
		if !ok {
			return fmt.Sprintf("XXXX-%02d", int(m)), point{}
		}
		pt := mkMonth(a.t.Year()+n, m)
		return pt.value(), pt
	}
}

// dayDir is "last Oct. 23"/"next May 5": the nearest such day strictly
// before or after the anchor.
func dayDir(m time.Month, d, dir int) resolver {
	return func(c *ctx) (string, point) {
		a, ok := c.deictic()
		if !ok {
			return fmt.Sprintf("XXXX-%02d-%02d", int(m), d), point{}
		}
		y := a.t.Year()
		t := day(y, m, d)
		if dir < 0 && !t.Before(a.t) {
			t = day(y-1, m, d)
		}
		if dir > 0 && !t.After(a.t) {
			t = day(y+1, m, d)
		}
		if t.Month() != m {
			return fmt.Sprintf("XXXX-%02d-%02d", int(m), d), point{}
		}
		pt := point{t: t, g: gDay}
		return pt.value(), pt
	}
}

// monthDir is "last November"/"next May": the nearest such month strictly
// before or after the anchor's month, skipping the month just gone.
func monthDir(m time.Month, dir int) resolver {
	return func(c *ctx) (string, point) {
		a, ok := c.deictic()
		if !ok {
			return fmt.Sprintf("XXXX-%02d", int(m)), point{}
		}
		y := a.t.Year()
		// "last February" said in March is not the month just gone (that
		// would be "last month") but the February a year before.
		if dir < 0 && (m >= a.t.Month() || m == a.t.Month()-1) {
			y--
		}
		if dir > 0 && m <= a.t.Month() {
			y++
		}
		pt := mkMonth(y, m)
		return pt.value(), pt
	}
}

// dayMonth: "5 August 2024", "the 5th of August", "5 Aug".
func (p *parser) dayMonth(i int) (cand, bool) {
	start := i
	if p.w(i) == "the" {
		i++
	}
	if start != i && p.w(i+1) == "of" && i < len(p.t) && p.t[i].kind == tWord {
		// "the first of June 2009", "the twenty-first of March": a day
		// in words, as dayMonth reads "the 1st of June".
		if n, ok := ordinalWords[p.w(i)]; ok && n >= 1 && n <= 31 {
			if m, k, ok := p.month(i + 2); ok && m > 0 {
				return p.monthDay(start, k, m, n), true
			}
		}
	}
	if i >= len(p.t) || p.t[i].kind != tNum {
		return cand{}, false
	}
	d, ok := dayNumber(p.w(i))
	if !ok {
		return cand{}, false
	}
	j := i + 1
	if p.w(j) == "of" {
		j++
	}
	m, k, ok := p.month(j)
	if !ok {
		if start != i && j == i+1 && ordinalSuffix(p.w(i)) && (p.w(i-2) == "on" || p.w(i-2) == "by" || p.w(i-2) == "until" || p.w(i-2) == "since" || p.rangeEnd(i-2, j)) && p.dayEnds(j) {
			// "on the 15th, they left": a day of the month in view,
			// the one the clause's tense points to; "on the 18th and
			// 19th of August" takes the month named after the pair.
			if w := p.w(j); w == "and" || w == "or" || w == "to" || isDash(w) {
				if _, ok := dayNumber(p.w(j + 1)); ok && p.t[j+1].kind == tNum {
					k := j + 2
					if p.w(k) == "of" {
						k++
					}
					if m2, _, ok := p.month(k); ok {
						return cand{i: start, j: j, typ: DATE, val: calendar(0, m2, d)}, true
					}
				}
			}
			return cand{i: start, j: j, typ: DATE, val: dayOfMonth(d)}, true
		}
		return cand{}, false
	}
	if start != i && p.w(i+1) != "of" {
		start = i
	}
	return p.monthDay(start, k, m, d), true
}

// rangeEnd reports whether the word at k, before "the" and a bare
// ordinal day that ends at j, makes that day an end of a range of days:
// "from the 5th to the 7th", "adjourned from, the 5th", "From October
// 8th to the 14th" ("to" with "from" a few words before).
//
// The range must read as one of days: a month in view (named in its
// sentence or anywhere before it), no ordinal after "from" or "to" in the
// sentence naming a unit or a rank ("from the 5th to the 7th, then to the
// 9th Corps"), nor the end or an ordinal joined to it ("to the 5th and
// 6th Battalions"), and after "to" a start that is a day itself, right
// before the "to" ("from 9th place to the 2nd" is a rank), its month or
// weekday written with it or not ("the 5th of June", "Monday the 5th"),
// and not a bare ordinal ("from 9th to the 2nd").
func (p *parser) rangeEnd(k, j int) bool {
	ok, to := false, j
	switch p.w(k) {
	case "from":
		ok = p.w(j) == "to" || p.w(j) == "till" || p.w(j) == "until"
	case ",":
		ok = p.w(k-1) == "from" && p.w(j) == "to"
	case "to", "till":
		to = k
		for b := k - 1; b >= 0 && b >= k-5; b-- {
			if p.w(b) == "from" {
				ok = p.dayStartBefore(b, k)
				break
			}
			if p.t[b].kind == tPunct && p.w(b) != "," {
				return false
			}
		}
	}
	return ok && p.monthInView(k) && !p.unitOrdinals(k) && !p.endNumbersUnits(to)
}

// endNumbersUnits reports whether the ordinal after "to" at k, or one
// joined to it by "and" or a comma, numbers a unit or a rank ("to the
// 5th and 6th Battalions"): the range's end is then the first of those
// units, not a day. A joined ordinal counts only with a plural noun, the
// list's own: with a singular one ("the 5th, and 2nd Division then
// withdrew") it opens a clause of its own after the range. A collective
// noun with no plural -s ("the 5th and 7th Infantry") counts as the
// list's too, unless ", and" alone joins it to the end: singular, it may
// open that clause ("the 5th, and 7th Infantry troops then left").
func (p *parser) endNumbersUnits(k int) bool {
	e := k + 1
	if p.w(e) == "the" {
		e++
	}
	clause := false // the last join was ", and" right after the end
	for first := true; ordinalSuffix(p.w(e)); first = false {
		n := p.w(e + 1)
		// "the 7th Infantry Regiment": a singular unit noun after the
		// collective one names one unit, which may open a clause of its
		// own, as a singular noun does.
		one := ordinalNouns[p.w(e+2)] && !strings.HasSuffix(p.w(e+2), "s")
		if ordinalNouns[n] && (first || strings.HasSuffix(n, "s") || collectiveUnits[n] && !clause && !one) {
			return true
		}
		m := e + 1
		comma := p.w(m) == ","
		if comma {
			m++
		}
		and := p.w(m) == "and"
		if and {
			m++
			if p.w(m) == "the" {
				m++
			}
		}
		if m == e+1 {
			return false
		}
		clause = first && comma && and
		e = m
	}
	return false
}

// dayStartBefore reports whether the words between "from" at b and "to"
// at k are a day alone: "the 5th", "October 8th", ", the 8th", "12".
func (p *parser) dayStartBefore(b, k int) bool {
	i := b + 1
	if _, wd := weekdayWords[p.w(i)]; wd && p.upper(i) {
		i++ // "from Monday the 5th"
	}
	for i < k && (p.w(i) == "," || p.w(i) == "the") {
		i++
	}
	if _, isMonth := monthWords[p.w(i)]; isMonth && i+1 < k {
		i++
	}
	if i == b+1 && i+1 == k && ordinalSuffix(p.w(i)) && !p.bareDayStart(i, k) {
		// "from 9th to the 2nd": an ordinal day alone is written with
		// "the" or its month; bare, it is a place or a rank.
		return false
	}
	if i+3 == k && p.w(i+1) == "of" {
		// "the 5th of June": the start's month written with it.
		if _, isMonth := monthWords[p.w(i+2)]; !isMonth {
			return false
		}
	} else if i+1 != k {
		return false
	}
	if p.t[i].kind != tNum {
		return false
	}
	_, ok := dayNumber(p.w(i))
	return ok || ordinalDay(p.w(i))
}

// bareDayStart reports whether the bare ordinal at i, after "from" and
// before "to" at k, may be a day, so that the end reads as a day of the
// month in view ("from 3rd to the 5th"; the caller asks for the month):
// the end is "the" and a later day, no unit noun follows it, and no verb
// of a move in rank comes before "from" ("slid from 3rd to the 6th":
// a drop in rank rises in number too). A rank climbs to a smaller number
// ("from 9th to the 2nd"), so a falling pair stays a rank.
func (p *parser) bareDayStart(i, k int) bool {
	if p.w(k+1) != "the" || !ordinalSuffix(p.w(k+2)) || ordinalNouns[p.w(k+3)] {
		return false
	}
	v := i - 2 // the word before "from"
	if w := p.w(v); w == "up" || w == "down" {
		if m := p.w(v - 1); m == "moved" || m == "moves" || m == "move" {
			return false
		}
	}
	if rankMoves[p.w(v)] {
		return false
	}
	a, ok1 := dayNumber(p.w(i))
	z, ok2 := dayNumber(p.w(k + 2))
	return ok1 && ok2 && a < z
}

// rankMoves are verbs of a move in a table or a poll that "from" and an
// ordinal may follow ("fell from 2nd to the 5th").
var rankMoves = map[string]bool{
	"slipped": true, "slips": true, "slip": true, "slid": true, "slides": true, "slide": true,
	"fell": true, "falls": true, "fall": true, "dropped": true, "drops": true, "drop": true,
	"rose": true, "rises": true, "rise": true, "climbed": true, "climbs": true, "climb": true,
	"jumped": true, "jumps": true, "jump": true, "tumbled": true, "tumbles": true, "tumble": true,
	"plunged": true, "plunges": true, "plunge": true, "sank": true, "sinks": true, "sink": true,
}

// monthInView reports whether a month is named in the sentence around k
// or anywhere before it, for a bare day to take. Nearer would be safer,
// but old reports name the month once and count days for paragraphs.
func (p *parser) monthInView(k int) bool {
	_, hi := p.sentenceAround(k, k+1, 25)
	first := p.firstMonthNamed()
	return first >= 0 && first < hi
}

// firstMonthNamed returns the position of the first month the text
// names, -1 for none, looked for once per text.
func (p *parser) firstMonthNamed() int {
	if p.monthSeenDone {
		return p.monthSeen
	}
	p.monthSeenDone, p.monthSeen = true, -1
	for b := range p.t {
		w := p.w(b)
		if _, ok := monthWords[w]; !ok || !p.upper(b) {
			continue
		}
		if w == "may" && p.t[min(b+1, len(p.t)-1)].kind != tNum {
			// "May" the verb opens a sentence; the month is dated.
			continue
		}
		p.monthSeen = b
		break
	}
	return p.monthSeen
}

// unitOrdinals reports whether the sentence around k passes from or to
// units or ranks numbered with ordinals ("from 9th place", "then to the
// 8th Division"), so its bare ordinals after "from" and "to" are those,
// not days. An ordinal unit elsewhere in the sentence, its subject say
// ("The 3rd Battalion held the bridge from June 5th to the 9th"), says
// nothing of the range.
func (p *parser) unitOrdinals(k int) bool {
	lo, hi := p.sentenceAround(k, k+1, 25)
	for b := lo; b < hi; b++ {
		if !ordinalSuffix(p.w(b)) || !ordinalNouns[p.w(b+1)] {
			continue
		}
		a := b - 1
		if p.w(a) == "the" {
			a--
		}
		if w := p.w(a); w == "from" || w == "to" || w == "till" || w == "until" {
			return true
		}
	}
	return false
}

// ordinalNouns are the nouns an ordinal numbers when it is no day.
var ordinalNouns = map[string]bool{
	"place": true, "position": true, "corps": true, "division": true, "divisions": true,
	"battalion": true, "battalions": true, "regiment": true, "regiments": true, "army": true,
	"armies": true, "brigade": true, "brigades": true, "century": true, "centuries": true,
	"round": true, "lap": true, "floor": true, "company": true, "squadron": true, "fleet": true,
	"infantry": true, "cavalry": true, "artillery": true, "battery": true, "wing": true,
	"group": true, "platoon": true, "legion": true, "grade": true, "class": true, "seed": true,
	"term": true, "session": true, "congress": true, "district": true, "ward": true,
	"street": true, "avenue": true, "anniversary": true, "birthday": true, "inning": true,
	"innings": true, "minute": true, "hole": true, "stage": true, "marines": true,
}

// collectiveUnits are the ordinalNouns that name many units with no
// plural -s ("the 5th and 7th Cavalry").
var collectiveUnits = map[string]bool{"infantry": true, "cavalry": true, "artillery": true}

// ordinalSuffix reports whether a number token is written as an ordinal
// ("15th", "1st"), the way a bare day of the month is.
func ordinalSuffix(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) && isDigits(strings.TrimSuffix(w, suf)) {
			return true
		}
	}
	return false
}

// dayOfMonth is "the 15th" alone: day d of the anchor's month, or of the
// month before or after when the tense puts it on that side of the
// anchor.
func dayOfMonth(d int) resolver {
	return func(c *ctx) (string, point) {
		if c.hasRef && (c.ref.g == gDay || c.ref.g == gMonth) && !(c.hasDCT && c.ref.t.Year() == c.dct.t.Year() && c.ref.t.Month() == c.dct.t.Month()) {
			// "had arrived on April 19 ... had arrived on the 19th": a
			// bare day belongs to the month the text is speaking of,
			// when that is not the DCT's own (where tense decides
			// between this month and the next or last).
			m := day(c.ref.t.Year(), c.ref.t.Month(), 1)
			if d <= 31 && day(m.Year(), m.Month(), d).Month() == m.Month() {
				pt := point{t: day(m.Year(), m.Month(), d), g: gDay}
				return pt.value(), pt
			}
		}
		a, ok := c.deictic()
		if !ok || a.g != gDay {
			return "", point{}
		}
		t := c.tense()
		m := day(a.t.Year(), a.t.Month(), 1)
		switch {
		case t < 0 && d > a.t.Day():
			m = m.AddDate(0, -1, 0)
		case t > 0 && d < a.t.Day():
			m = m.AddDate(0, 1, 0)
		}
		if d > 31 || day(m.Year(), m.Month(), d).Month() != m.Month() {
			return "", point{}
		}
		pt := point{t: day(m.Year(), m.Month(), d), g: gDay}
		return pt.value(), pt
	}
}

// numericDate: "08/05/2024", "2024-08-05", "8/5/90".
func (p *parser) numericDate(i int) (cand, bool) {
	if c, ok := p.usMonthDay(i); ok {
		return c, true
	}
	if i+4 >= len(p.t) || !p.adj(i) || !p.adj(i+1) || !p.adj(i+2) || !p.adj(i+3) {
		return cand{}, false
	}
	sep := p.w(i + 1)
	if (sep != "/" && sep != "-" && sep != ".") || p.w(i+3) != sep {
		return cand{}, false
	}
	a, ok1 := atoi(p.w(i))
	b, ok2 := atoi(p.w(i + 2))
	c, ok3 := atoi(p.w(i + 4))
	if !ok1 || !ok2 || !ok3 || p.adj(i+4) && i+5 < len(p.t) && p.t[i+5].kind == tNum {
		return cand{}, false
	}
	var y, m, d int
	switch {
	case len(p.w(i)) == 4:
		y, m, d = a, b, c
	case len(p.w(i+4)) == 4 || len(p.w(i+4)) == 2:
		y, m, d = c, a, b
		if len(p.w(i+4)) == 2 {
			y += 1900
			if c < 50 {
				y += 100
			}
		}
		if m > 12 && d <= 12 {
			m, d = d, m
		}
	default:
		return cand{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2199 {
		return cand{}, false
	}
	return cand{i: i, j: i + 5, typ: DATE, val: calendar(y, time.Month(m), d)}, true
}

// yearish: "2017", "fiscal 1990", "the year 2000", "1990s", "the '90s",
// "the nineties", "the 20th century", "mid-1990s" (through modified).
func (p *parser) yearish(i int) (cand, bool) {
	start := i
	the := false
	if p.w(i) == "the" {
		the = true
		i++
	}
	w := p.w(i)
	switch {
	case w == "fiscal" || w == "fy" || w == "calendar" || w == "year" || w == "model":
		j := i + 1
		if p.w(j) == "year" || p.w(j) == "years" {
			j++
		}
		if y, k, ok := p.looseYear(j); ok && w != "model" {
			if the && w != "year" {
				start = i
			}
			return cand{i: start, j: k, typ: DATE, val: calendar(y, 0, 0)}, true
		}
		if w == "year" && p.seq(j, "two", "thousand") {
			return cand{i: start, j: j + 2, typ: DATE, val: calendar(2000, 0, 0)}, true
		}
		return cand{}, false
	case strings.HasSuffix(w, "s") && len(w) == 5 && isDigits(w[:4]):
		y, _ := atoi(w[:4])
		if y%10 != 0 || y < 1000 {
			return cand{}, false
		}
		if y%100 == 0 && y < 2000 {
			// "the 1900s" is usually the century in news prose; "the
			// 2000s" is the decade, the century having barely begun.
			pt := mkCentury(y)
			return cand{i: start, j: i + 1, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), point{} }}, true
		}
		pt := mkDecade(y)
		return cand{i: start, j: i + 1, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), point{} }}, true
	case w == "'" && p.adj(i) && len(p.w(i+1)) == 3 && strings.HasSuffix(p.w(i+1), "0s") && isDigits(p.w(i + 1)[:2]):
		n, _ := atoi(p.w(i + 1)[:2])
		v := fmt.Sprintf("19%d", n/10)
		return cand{i: start, j: i + 2, typ: DATE, val: lit(v)}, true
	case the && len(w) == 3 && strings.HasSuffix(w, "0s") && isDigits(w[:2]):
		if p.forecastLine(start, i+1) || p.w(i+1) == "degrees" {
			// "Highs in the 60s", "lows in the 50s": temperatures in a
			// weather sentence, not decades.
			return cand{}, false
		}
		n, _ := atoi(w[:2])
		return cand{i: start, j: i + 1, typ: DATE, val: lit(fmt.Sprintf("19%d", n/10))}, true
	case decadeWords[w] != 0 && (the || p.decadeListed(i)):
		return cand{i: start, j: i + 1, typ: DATE, val: lit(fmt.Sprintf("19%d", decadeWords[w]/10))}, true
	}
	// spoken years in transcripts: "nineteen ninety-six", "two thousand"
	if y, k, ok := p.spokenYear(i); ok {
		return cand{i: start, j: k, typ: DATE, val: calendar(y, 0, 0)}, true
	}
	if w == "two" && p.w(i+1) == "thousand" && the {
		return cand{i: start, j: i + 2, typ: DATE, val: calendar(2000, 0, 0)}, true
	}
	// "the 20th century", "the nineteenth century"
	if n, ok := ordinal(w); ok && n > 0 && (p.w(i+1) == "century" || isDash(p.w(i+1)) && p.w(i+2) == "century") {
		k := i + 2
		if p.w(i+1) != "century" {
			k++
		}
		return cand{i: start, j: k, typ: DATE, val: lit(fmt.Sprintf("%02d", n-1))}, true
	}
	if y, ok := p.standaloneYear(i); ok {
		if the {
			start = i
		}
		return cand{i: start, j: i + 1, typ: DATE, val: calendar(y, 0, 0)}, true
	}
	return cand{}, false
}

// yearFirst reads a dated list's entry written year first: "1864, Dec. 27"
// or "1968, Jan." at the start of a line is one date, not a year and then
// a month that would take the year only from the anchor. Inside a sentence
// ("In 1990, May was elected") the month after the comma may be a name, so
// only a line's first token counts.
func (p *parser) yearFirst(i int) (cand, bool) {
	y, ok := p.standaloneYear(i)
	if !ok || p.w(i+1) != "," || !p.opensLine(i) {
		return cand{}, false
	}
	m, j, ok := p.month(i + 2)
	if !ok || p.paraBreak(i+2) {
		return cand{}, false
	}
	if d, ok := dayNumber(p.w(j)); ok && j < len(p.t) && p.t[j].kind == tNum && !p.paraBreak(j) {
		return cand{i: i, j: j + 1, typ: DATE, val: calendar(y, m, d)}, true
	}
	return cand{i: i, j: j, typ: DATE, val: calendar(y, m, 0)}, true
}

// spokenDay reads a day of the month said as an ordinal word: "eighth",
// "twenty-first", "thirtieth".
func (p *parser) spokenDay(i int) (int, int, bool) {
	w := p.w(i)
	if (w == "twenty" || w == "thirty") && p.hyphenated(i) {
		if n, ok := ordinalWords[p.w(i+2)]; ok && n >= 1 && n <= 9 {
			d := numberWords[w] + n
			if d <= 31 {
				return d, i + 3, true
			}
		}
		return 0, i, false
	}
	if n, ok := ordinalWords[w]; ok && n >= 1 && n <= 31 && i < len(p.t) && p.t[i].kind == tWord && p.dayEnds(i+1) {
		return n, i + 1, true
	}
	return 0, i, false
}

// dayEnds reports whether a spoken day can end before token k: "March
// second quarter" is a quarter, "March second, at noon" a day.
func (p *parser) dayEnds(k int) bool {
	if k >= len(p.t) || p.t[k].kind != tWord {
		return true
	}
	switch p.w(k) {
	case "and", "or", "at", "in", "to", "through", "until", "till", "of", "when":
		return true
	}
	return false
}

// ordinal reads "3rd", "third".
func ordinal(w string) (int, bool) {
	if n, ok := ordinalWords[w]; ok {
		return n, true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) {
			if n, ok := atoi(strings.TrimSuffix(w, suf)); ok && n > 0 && n < 100 {
				return n, true
			}
		}
	}
	return 0, false
}

// season: "the summer", "summer 2017", "the summer of 2017", "last fall".
func (p *parser) season(i int) (cand, bool) {
	start := i
	if y, ok := p.year(i + 1); ok && p.w(i) == "the" && p.w(i+2) == "season" {
		// "ready for the start of the 2017 season": the season named by
		// its year is one expression, valued as that year. "This season"
		// alone is left untagged: TimeBank has none, and the ten news
		// probes' gold leaves every one.
		pt := mkYear(y)
		return cand{i: i, j: i + 3, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), pt }}, true
	}
	dir, hasDir := 0, false
	switch p.w(i) {
	case "the":
		i++
	case "this":
		i, hasDir = i+1, true
		switch p.w(i) {
		case "past":
			dir, i = -1, i+1
		case "coming":
			dir, i = 1, i+1
		}
	case "last", "past":
		dir, hasDir, i = -1, true, i+1
	case "next", "coming":
		dir, hasDir, i = 1, true, i+1
	}
	s, ok := seasonWords[p.w(i)]
	if !ok {
		return cand{}, false
	}
	if p.upper(i) && (p.titled(i-1) || p.quotedName(i-1) || p.upper(i+1) && !p.dateWord(i+1) || p.w(i+1) == "of" && p.upper(i+2) && !p.dateWord(i+2)) {
		// Inside a name: "the Arab Spring", "the Prague Spring",
		// "``Spring of Life'' demonstrations", "the Summer of Love",
		// "the Summer Olympics", "Winter Storm Nemo".
		return cand{}, false
	}
	if !hasDir && weatherKinds[p.w(i+1)] {
		// "winter storm warnings", "summer weather": a kind of weather,
		// not the season of any year.
		return cand{}, false
	}
	if p.w(i) == "fall" && p.w(i+1) == "of" && !p.yearAfterOf(i+2) {
		// "the fall of the Second Empire", "the fall of Carthage",
		// "the fall of the city": a collapse; "the fall of 1990" and
		// "the fall of that year" stay seasons.
		return cand{}, false
	}
	if p.w(i) == "fall" && !hasDir && p.w(start) != "the" {
		switch p.w(i - 1) {
		case "in", "this", "last", "next", "early", "late", "since", "by", "until", "during":
		default:
			return cand{}, false
		}
	}
	j := i + 1
	k := j
	if p.w(k) == "of" {
		k++
	}
	if y, k2, ok := p.looseYear(k); ok && !hasDir {
		pt := mkSeason(y, s)
		return cand{i: start, j: k2, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), pt }}, true
	}
	return cand{i: start, j: j, typ: DATE, val: seasonRes(s, dir, hasDir)}, true
}

// weatherKinds are the nouns a season names a kind of: "spring storms".
var weatherKinds = map[string]bool{"storm": true, "storms": true, "weather": true}

// quotedName reports whether the capitalised word at k opens a quotation
// in mid-sentence ("known as the \"Arab Spring\""): titled counts a word
// after a quote mark as a sentence's first, but after a lower-case word the
// quotation is a name the sentence cites.
func (p *parser) quotedName(k int) bool {
	if k < 2 || !p.upper(k) || p.t[k].kind != tWord {
		return false
	}
	switch p.w(k - 1) {
	case "\"", "``", "“", "'", "‘":
	default:
		return false
	}
	return p.t[k-2].kind == tWord && !p.upper(k-2)
}

// yearAfterOf reports whether a year follows "of" at k: "1990", "that
// year", "the same year", "the following year".
func (p *parser) yearAfterOf(k int) bool {
	if _, _, ok := p.looseYear(k); ok {
		return true
	}
	switch p.w(k) {
	case "that", "this", "last", "next", "the":
		w := p.w(k + 1)
		return w == "year" || (w == "same" || w == "following" || w == "previous") && p.w(k+2) == "year"
	}
	return false
}

// verbBeforeLast lists the words after which "last" is the verb: an
// infinitive's "to" and the modals.
var verbBeforeLast = map[string]bool{
	"to": true, "will": true, "would": true, "could": true, "can": true, "may": true,
	"might": true, "should": true, "must": true, "did": true, "does": true, "do": true,
}

// dateWord reports whether the word at k names a month or a weekday.
func (p *parser) dateWord(k int) bool {
	w := p.w(k)
	_, m := monthWords[w]
	_, d := weekdayWords[w]
	return m || d
}

// seasonOver lists the past participles that say a season their past
// perfect took is over ("had spent the winter"), as verbs of expecting or
// planning ("had dreaded the winter", "had planned the spring
// campaign") do not.
var seasonOver = map[string]bool{"spent": true, "passed": true, "endured": true, "weathered": true, "survived": true,
	"suffered": true, "outlasted": true, "wintered": true, "summered": true}

// seasonOut lists the participles before "out" that say the same ("had
// sat out the winter").
var seasonOut = map[string]bool{"sat": true, "waited": true, "ridden": true, "rode": true, "held": true, "seen": true, "lasted": true}

// overSeason reports whether the word before the season at i is a past
// participle saying the season is over. One or two adjectives may stand
// between the object's determiner and the season ("had spent a hard
// winter", "the long, cold winter"): the season's expression starts after
// them, so the verb is looked for before the determiner.
func (p *parser) overSeason(i int) bool {
	i = p.seasonObject(i)
	if p.w(i-1) == "out" {
		return seasonOut[p.w(i-2)]
	}
	return seasonOver[p.w(i-1)]
}

// seasonDets lists the determiners that may open a season's noun phrase.
var seasonDets = map[string]bool{"a": true, "an": true, "the": true, "that": true, "this": true,
	"their": true, "its": true, "his": true, "her": true, "our": true, "another": true}

// seasonObject returns where the noun phrase of the season at i starts:
// the determiner before one or two lower-case words (a comma between
// them allowed), or i itself when there is none.
func (p *parser) seasonObject(i int) int {
	if seasonDets[p.w(i)] {
		return i
	}
	for k, n := i-1, 0; k > 0 && n < 2; k-- {
		if p.w(k) == "," && n > 0 {
			continue
		}
		if p.t[k].kind != tWord || p.upper(k) || seasonDets[p.w(k)] {
			break
		}
		n++
		if seasonDets[p.w(k-1)] {
			return k - 1
		}
	}
	return i
}

// seasonRes places a season without a year around the anchor by the
// dates it covers (winter from December): "last fall" is the latest fall
// over before the season the anchor is in, "next spring" the first one
// after it, "this summer" the nearest; a bare "the summer" leans to the
// side the clause's tense points to.
func seasonRes(s, dir int, hasDir bool) resolver {
	return func(c *ctx) (string, point) {
		a, ok := c.deictic()
		if !ok {
			return "XXXX-" + seasonCodes[s], point{}
		}
		at := a.t
		// the season holding the anchor, by its first day
		curStart := day(at.Year(), seasonStart[(int(at.Month())-3+12)%12/3], 1)
		if curStart.After(at) {
			curStart = curStart.AddDate(-1, 0, 0)
		}
		if !hasDir && c.opt.Mode == Narrative && c.hasRef {
			// A story's bare "Summer" or "that winter" is the one it
			// has reached: the season holding its date or the next,
			// or the named year's. The past tense it is told in says
			// nothing of which side of the anchor the season lies;
			// the past perfect does when its verb says the season it
			// took is over ("On 7 April the party set out … They had
			// spent the winter among the villagers"): the latest season
			// begun by the story's date. Not after a preposition ("By
			// summer they had reached …" is the summer reached, "had
			// called for a vote in the spring" one ahead) nor after a
			// verb of expecting or planning ("had dreaded the winter").
			if _, cue := c.tenseCue(); cue == "had" && a.g < gYear && c.cur != nil && c.p.overSeason(c.cur.i) {
				for y := at.Year(); y >= at.Year()-1; y-- {
					if pt := mkSeason(y, s); !pt.t.After(at) {
						return pt.value(), pt
					}
				}
			}
			pt := mkSeason(at.Year(), s)
			for y := at.Year() - 1; a.g < gYear && y <= at.Year()+1; y++ {
				if pt = mkSeason(y, s); pt.t.AddDate(0, 3, 0).After(at) {
					break
				}
			}
			return pt.value(), pt
		}
		t := 0
		if !hasDir {
			t = c.tense()
		}
		if hasDir && dir == 0 {
			// "this fall" said in March is the fall of the anchor's year,
			// as "this year" is, though the last fall is nearer; only
			// winter, which straddles two years, asks the tense whether
			// the one just over is meant ("this winter was mild").
			if cur := mkSeason(curStart.Year(), s); cur.t.Equal(curStart) {
				return cur.value(), cur
			}
			y := at.Year()
			if seasonCodes[s] == "WI" && c.tense() < 0 {
				y--
			}
			pt := mkSeason(y, s)
			return pt.value(), pt
		}
		var best point
		bestCost := 1 << 30
		for y := at.Year() - 2; y <= at.Year()+1; y++ {
			pt := mkSeason(y, s)
			st := pt.t
			mid := st.AddDate(0, 1, 15)
			cost := int(mid.Sub(at).Hours() / 24)
			if cost < 0 {
				cost = -cost
			}
			switch {
			case hasDir && dir < 0 && !st.Before(curStart),
				hasDir && dir > 0 && !st.After(curStart),
				t < 0 && st.After(at),
				t > 0 && st.AddDate(0, 3, 0).Before(at):
				continue
			}
			if cost < bestCost {
				best, bestCost = pt, cost
			}
		}
		return best.value(), best
	}
}

// quarter: "the third quarter", "third-quarter", "the fiscal first quarter
// of 1990", "Q3 2017", "the first half", "the quarter", "this quarter".
func (p *parser) quarter(i int) (cand, bool) {
	start := i
	yearN, hasYearRel := 0, false
	if p.w(i) == "the" {
		i++
	}
	if (p.w(i) == "this" || p.w(i) == "last" || p.w(i) == "next") && p.w(i+1) == "year" && p.w(i+2) == "'" && p.w(i+3) == "s" {
		yearN = map[string]int{"this": 0, "last": -1, "next": 1}[p.w(i)]
		hasYearRel = true
		i += 4
	}
	if p.w(i) == "fiscal" {
		i++
	}
	// "the April-June quarter": the calendar quarter those months span.
	// "the September quarter", "record June quarter results": results
	// copy names a quarter by the month that closes it; it is the calendar
	// quarter holding that month, placed as "the third quarter" is. The
	// end of a month range ("the October-through-December quarter") is
	// left alone.
	if m, k, ok := p.month(i); ok && p.w(k) == "quarter" && (p.w(start) == "the" || start == i) && int(m)%3 == 0 && p.w(i-1) != "through" && !isDash(p.w(i-1)) {
		// "the December quarter of 2019": that year's, its year read as
		// an ordinal quarter's is.
		if p.w(k+1) == "of" {
			if y, k2, ok := p.looseYear(k + 2); ok {
				pt := mkQuarter(y, int(m)/3)
				return cand{i: start, j: k2, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), pt }}, true
			}
		}
		return cand{i: start, j: k + 1, typ: DATE, val: quarterOf(int(m)/3, gQuarter, 0, false)}, true
	}
	if m1, k, ok := p.month(i); ok && p.w(start) == "the" && isDash(p.w(k)) {
		if m2, k2, ok := p.month(k + 1); ok && p.w(k2) == "quarter" && m2 == m1+2 && (m1-1)%3 == 0 {
			return cand{i: start, j: k2 + 1, typ: DATE, val: quarterOf(int(m1-1)/3+1, gQuarter, 0, false)}, true
		}
	}
	if y, ok := p.year(i); ok && p.w(start) == "the" {
		if p.w(i+1) == "quarter" || p.w(i+1) == "period" {
			return cand{i: start, j: i + 2, typ: DATE, val: func(c *ctx) (string, point) {
				if r, ok := c.reportPeriod(); ok && r.g == gQuarter && !(c.yearScope && p.w(i+1) == "period") {
					q := mkQuarter(y, (int(r.t.Month())-1)/3+1)
					return q.value(), point{}
				}
				return mkYear(y).value(), point{}
			}}, true
		}
	}
	if y, ok := p.year(i); ok && (p.w(start) == "the" || start == i) {
		// "the 2011 fourth quarter", and without "the" before a noun
		// ("2011 fourth quarter income"): that year's quarter, one
		// expression rather than a year and another quarter.
		if n, ok := ordinal(p.w(i + 1)); ok && n >= 1 && n <= 4 && (p.w(i+2) == "quarter" || p.w(i+2) == "half") {
			pt := mkQuarter(y, n)
			if p.w(i+2) == "half" {
				pt = mkHalf(y, n)
			}
			return cand{i: start, j: i + 3, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), pt }}, true
		}
	}
	// "the first half of 1990", "the last half of 1989"
	if p.w(start) == "the" && (p.w(i) == "first" || p.w(i) == "second" || p.w(i) == "last" || p.w(i) == "latter") && p.seq(i+1, "half", "of") {
		n := 2
		if p.w(i) == "first" {
			n = 1
		}
		k := i + 3
		if p.w(k) == "fiscal" {
			k++
		}
		if y, k2, ok := p.looseYear(k); ok {
			pt := mkHalf(y, n)
			return cand{i: start, j: k2, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), pt }}, true
		}
		if p.seq(k, "the", "year") || p.seq(k, "this", "year") {
			return cand{i: start, j: k + 2, typ: DATE, val: quarterOf(n, gHalf, 0, true)}, true
		}
	}
	w := p.w(i)
	// FY2013, FY13: the fiscal year, valued by the year it names as
	// "fiscal 1990" is.
	if len(w) == 6 || len(w) == 4 {
		if strings.HasPrefix(w, "fy") && isDigits(w[2:]) && p.upper(i) {
			y, _ := atoi(w[2:])
			if len(w) == 4 {
				y += 1900
				if y < 1950 {
					y += 100
				}
			}
			pt := mkYear(y)
			return cand{i: i, j: i + 1, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), pt }}, true
		}
	}
	// H1 2013, H2 2012: a half year, as "the first half of 2013".
	if len(w) == 2 && w[0] == 'h' && (w[1] == '1' || w[1] == '2') && p.upper(i) {
		if y, k, ok := p.looseYear(i + 1); ok {
			pt := mkHalf(y, int(w[1]-'0'))
			return cand{i: start, j: k, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), pt }}, true
		}
	}
	// Q3, Q3 2017
	if len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4' {
		q := int(w[1] - '0')
		if y, k, ok := p.looseYear(i + 1); ok {
			pt := mkQuarter(y, q)
			return cand{i: start, j: k, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), pt }}, true
		}
		// "last year's Q3" is the quarter a year back, as "last year's
		// third quarter" is.
		return cand{i: start, j: i + 1, typ: DATE, val: quarterOf(q, gQuarter, yearN, hasYearRel)}, true
	}
	if w == "last" && start == i && p.w(i+1) == "quarter" && p.w(i+2) != "century" && p.w(i+2) != "of" && !quarterDeterminers[p.w(i-1)] {
		// "profit jumped 24 percent last quarter": without a determiner,
		// "last" is no ordinal but points back, as in "last year": the
		// quarter before the DCT's. ("the last quarter" stays the ordinal.)
		return cand{i: i, j: i + 2, typ: DATE, val: lastQuarter}, true
	}
	if (w == "last" || w == "final") && p.w(i+1) == "quarter" && p.w(i+2) == "of" {
		// "the last quarter of 2010", "the final quarter of 2011": the
		// year's fourth quarter, as "the fourth quarter of 2010" is.
		if y, k, ok := p.looseYear(i + 3); ok {
			pt := mkQuarter(y, 4)
			return cand{i: start, j: k, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), pt }}, true
		}
	}
	n, ok := ordinal(w)
	if !ok {
		switch w {
		case "latest", "current", "recent", "past", "previous", "preceding", "same", "just", "comparable", "corresponding", "most", "this", "last", "next", "second", "reported":
		default:
			if w != "quarter" && w != "period" {
				return cand{}, false
			}
		}
		j := i
		rel := 0
		switch w {
		case "previous", "preceding", "last":
			rel = -1
			if w == "last" && p.w(start) == "the" {
				rel = 0
			}
		case "next":
			rel = 1
		}
		for p.w(j) == "latest" || p.w(j) == "reported" || p.w(j) == "current" || p.w(j) == "recent" || p.w(j) == "most" || p.w(j) == "just" ||
			p.w(j) == "ended" || isDash(p.w(j)) || p.w(j) == "past" || p.w(j) == "previous" || p.w(j) == "preceding" ||
			p.w(j) == "same" || p.w(j) == "comparable" || p.w(j) == "corresponding" || p.w(j) == "this" || p.w(j) == "last" || p.w(j) == "next" || p.w(j) == "fiscal" {
			j++
		}
		current, fiscal := false, false
		for k := i; k < j; k++ {
			current = current || p.w(k) == "current"
			fiscal = fiscal || p.w(k) == "fiscal"
		}
		if q := p.w(j); current && !fiscal && (q == "quarter" || len(q) == 2 && q[0] == 'q' && q[1] >= '1' && q[1] <= '4') {
			// "the current quarter", "its current Q1": the DCT's own
			// quarter, as TimeBank has "the current quarter", never the
			// quarter a results story last named.
			n := 0
			if q != "quarter" {
				n = int(q[1] - '0')
			}
			return cand{i: start, j: j + 1, typ: DATE, val: dctQuarter(n)}, true
		}
		if (p.w(j) == "quarter" || p.w(j) == "period") && (start < i || j > i) {
			// "the quarter a year ago", "the same period last year": the
			// reported period, a year back.
			switch {
			case p.seq(j+1, "a", "year", "ago") || p.seq(j+1, "a", "year", "earlier"):
				return cand{i: start, j: j + 4, typ: DATE, val: yearsBack(-1, false)}, true
			case p.seq(j+1, "last", "year") || p.seq(j+1, "the", "year", "before"):
				k := j + 3
				if p.w(j+1) == "the" {
					k++
				}
				return cand{i: start, j: k, typ: DATE, val: yearsBack(-1, false)}, true
			case p.seq(j+1, "the", "previous", "year") || p.seq(j+1, "the", "prior", "year") || p.seq(j+1, "the", "preceding", "year"):
				// "the same period the previous year" is "the same
				// period the year before": the reported period a year
				// back, not the year.
				return cand{i: start, j: j + 4, typ: DATE, val: yearsBack(-1, false)}, true
			}
		}
		if p.w(j) == "quarter" && !(p.w(j+1) == "of" && p.w(j+2) == "a") && p.w(j+1) != "century" {
			if start == i && j == i {
				if p.w(i-1) != "that" {
					return cand{}, false
				}
				start--
			}
			// "the quarter ended Sept. 30": the (fiscal) quarter that
			// closes on that date, taken as the one holding its middle.
			if e := p.w(j + 1); e == "ended" || e == "ending" || e == "ends" {
				if d, ok := p.dateCore(j + 2); ok {
					inner := d.val
					return cand{i: start, j: j + 1, typ: DATE, val: func(c *ctx) (string, point) {
						_, pt := inner(c)
						if !pt.valid() || pt.g > gMonth {
							return currentQuarter(rel)(c)
						}
						q := point{t: pt.t.AddDate(0, 0, -45), g: gDay}.as(gQuarter)
						if c.hasDCT && q.t.Year() >= c.dct.t.Year()-1 {
							// A quarter closed by a date is the one a
							// results story reports, even after a fiscal
							// quarter was named by number.
							c.report, c.hasReport = q, true
						}
						return q.value(), q
					}}, true
				}
			}
			latest := false
			for k := i; k < j; k++ {
				// "the reported quarter" is the latest one, the story's own.
				latest = latest || p.w(k) == "latest" || p.w(k) == "reported"
			}
			if latest || hasYearRel {
				// "the latest quarter" is the one the story reports, whatever
				// other quarter was named since; "last year's quarter" is
				// that one a year back.
				yn := yearN
				return cand{i: start, j: j + 1, typ: DATE, val: func(c *ctx) (string, point) {
					r, ok := c.reportPeriod()
					if !c.hasReport && yn == 0 && c.hasDCT && c.dct.g == gDay {
						// No period reported yet (a comparison "of last
						// year" came first): the latest quarter is the
						// last one before the DCT's.
						if q, qok := c.dct.as(gQuarter).shift(gQuarter, -1); qok {
							r, ok = q, true
						}
					}
					if !ok || r.g != gQuarter {
						v, q := currentQuarter(rel)(c)
						if yn == 0 || !q.valid() {
							return v, q
						}
						r = q
					}
					r.t = r.t.AddDate(yn, 0, 0)
					return r.value(), r
				}}, true
			}
			if w == "previous" || w == "preceding" {
				return cand{i: start, j: j + 1, typ: DATE, val: quarterBefore(rel)}, true
			}
			return cand{i: start, j: j + 1, typ: DATE, val: currentQuarter(rel)}, true
		}
		if p.w(j) == "period" && (j > i || p.w(start) == "the") {
			// "this period" in other news is whatever stretch the text
			// spoke of, not a quarter: only a results story's own
			// period (a report period named before) values it.
			// "over the same period" points back at whatever stretch was
			// named, which only a results story makes a quarter.
			same := p.w(i) == "same" || p.w(i) == "comparable" || p.w(i) == "corresponding"
			qualified := j > i && p.w(i) != "this" && !same
			return cand{i: start, j: j + 1, typ: DATE, val: func(c *ctx) (string, point) {
				if r, ok := c.reportPeriod(); ok {
					return r.value(), point{}
				}
				if qualified {
					// "the latest period" in a results story: the quarter reported.
					return currentQuarter(0)(c)
				}
				return "", point{}
			}}, true
		}
		return cand{}, false
	}
	if n < 1 || n > 4 {
		return cand{}, false
	}
	if (p.w(i+1) == "quarter" || p.w(i+1) == "straight" || p.w(i+1) == "consecutive") && p.countOrdinal(i+1) {
		// "the fourth quarter in a row", "the third straight quarter":
		// a count of quarters, as TimeBank leaves "the third
		// consecutive month", not a date.
		return cand{}, false
	}
	j := i + 1
	if isDash(p.w(j)) && p.adj(i) {
		j++
		// "the third-quarter results": the adjective's determiner belongs
		// to the noun, not to the date.
		if p.w(start) == "the" {
			start++
		}
	}
	if p.w(j) == "fiscal" && (p.w(j+1) == "quarter" || p.w(j+1) == "half") {
		// "the third fiscal quarter of 2013", "its second fiscal quarter":
		// the fiscal quarter, as "the fiscal third quarter" is.
		j++
	}
	g := gQuarter
	count := 1
	if numberWords[p.w(j)] > 0 && p.w(j+1) == "quarters" && n == 1 {
		// "the first two quarters" is the first half.
		count = numberWords[p.w(j)]
		j++
	}
	switch p.w(j) {
	case "quarter", "quarters":
		if count == 2 {
			g = gHalf
		} else if count != 1 {
			return cand{}, false
		}
	case "half":
		g = gHalf
		if n > 2 {
			return cand{}, false
		}
	default:
		return cand{}, false
	}
	j++
	k := j
	if p.w(k) == "of" {
		k++
		if p.w(k) == "fiscal" {
			k++
			if _, ok := p.year(k + 1); ok && p.w(k) == "year" {
				k++ // "the third quarter of fiscal year 2017"
			}
		}
		if p.w(k) == "the" && p.w(k+1) == "year" {
			return cand{i: start, j: k + 2, typ: DATE, val: quarterOf(n, g, 0, true)}, true
		}
	} else if p.w(k) == "fiscal" {
		k++
		if _, ok := p.year(k + 1); ok && p.w(k) == "year" {
			k++ // "second-quarter fiscal year 2019"
		}
	}
	if y, k2, ok := p.looseYear(k); ok {
		var pt point
		if g == gHalf {
			pt = mkHalf(y, n)
		} else {
			pt = mkQuarter(y, n)
		}
		return cand{i: start, j: k2, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), pt }}, true
	}
	if p.seq(k, "last", "year") || p.seq(k, "this", "year") || p.seq(k, "next", "year") {
		yearN = map[string]int{"this": 0, "last": -1, "next": 1}[p.w(k)]
		return cand{i: start, j: k + 2, typ: DATE, val: quarterOf(n, g, yearN, true)}, true
	}
	if !hasYearRel && p.playSentence(start, j) {
		// "a neck injury in the second quarter of a 28-20 loss", "hurt
		// in the first quarter, ending his streak as a receiver": a
		// period of play, which TimeML leaves untagged.
		return cand{}, false
	}
	return cand{i: start, j: j, typ: DATE, val: quarterOf(n, g, yearN, hasYearRel)}, true
}

// toDate returns the number of tokens of "-to-date" or "to date" at k
// (after "year"), or 0.
func (p *parser) toDate(k int) int {
	if isDash(p.w(k)) && p.w(k+1) == "to" && isDash(p.w(k+2)) && p.w(k+3) == "date" {
		return 4
	}
	if p.seq(k, "to", "date") {
		return 2
	}
	return 0
}

// playWords name the play of a game; a quarter or half in their sentence
// is a period of play.
var playWords = map[string]bool{
	"touchdown": true, "touchdowns": true, "quarterback": true, "receiver": true, "linebacker": true,
	"halftime": true, "overtime": true, "inning": true, "innings": true, "kickoff": true,
	"goalkeeper": true, "goalie": true, "interception": true, "fumble": true, "rebounds": true,
}

// resultWords follow a game's score ("a 28-20 loss", "a 2-1 victory").
var resultWords = map[string]bool{
	"loss": true, "win": true, "victory": true, "defeat": true, "rout": true, "comeback": true,
	"lead": true, "tie": true, "draw": true, "triumph": true, "setback": true,
}

// playSentence reports whether the sentence around [i, j) tells of a game:
// a word of play or a score before a result ("a 28-24 comeback victory").
func (p *parser) playSentence(i, j int) bool {
	lo, hi := p.sentenceAround(i, j, 40)
	scoring := false
	for k := lo; k < hi; k++ {
		switch p.w(k) {
		case "score", "scored", "equalizer", "equaliser", "assists":
			scoring = true
		}
	}
	for k := lo; k < hi; k++ {
		if playWords[p.w(k)] {
			return true
		}
		if k+2 < hi && p.t[k].kind == tNum && isDash(p.w(k+1)) && p.t[k+2].kind == tNum && p.adj(k) && p.adj(k+1) &&
			len(p.w(k)) <= 3 && len(p.w(k+2)) <= 3 && isDigits(p.w(k)) && isDigits(p.w(k+2)) &&
			(resultWords[p.w(k+3)] || resultWords[p.w(k+4)] || scoring) {
			return true
		}
	}
	return false
}

// quarterOf places "the third quarter" in the anchor's year, or the year
// before when a past-tense clause names a quarter still to come.
func quarterOf(n int, g gran, yearN int, fixed bool) resolver {
	return func(c *ctx) (string, point) {
		a, ok := c.deictic()
		if !ok {
			if g == gHalf {
				return fmt.Sprintf("XXXX-H%d", n), point{}
			}
			return fmt.Sprintf("XXXX-Q%d", n), point{}
		}
		y := a.t.Year() + yearN
		if f := c.p.fiscalYear(); f != 0 && !fixed && c.hasDCT && (f == c.dct.t.Year() || f == c.dct.t.Year()-1) {
			// A results story that numbers its quarters by a fiscal
			// year ("the third quarter of fiscal 2017") means that
			// year's by a bare "third quarter" too, even when the
			// calendar's third quarter is still to come.
			y = f
			if g == gHalf {
				pt := mkHalf(y, n)
				return pt.value(), pt
			}
			pt := mkQuarter(y, n)
			return pt.value(), pt
		}
		if g == gHalf {
			pt := mkHalf(y, n)
			return pt.value(), pt
		}
		// Reports look back: in January, "the fourth quarter" is last year's.
		cur := (int(a.t.Month())-1)/3 + 1
		if !fixed && c.cur != nil && c.p.w(c.cur.i-1) == "from" && c.hasRef && c.ref.g == gQuarter {
			// "contracted in the third quarter from the second quarter":
			// the quarter a change is measured from is the last one of
			// its number up to the quarter just named.
			y = c.ref.t.Year()
			if n > (int(c.ref.t.Month())-1)/3+1 {
				y--
			}
			pt := mkQuarter(y, n)
			return pt.value(), pt
		}
		if !fixed && a.g <= gMonth && n > cur+1 && c.tense() <= 0 {
			y--
		}
		pt := mkQuarter(y, n)
		return pt.value(), pt
	}
}

// currentQuarter is "the quarter"/"the latest quarter": the quarter being
// reported on (the last one named), else the one before the DCT's.
func currentQuarter(rel int) resolver {
	return func(c *ctx) (string, point) {
		if rel == 0 && c.hasRef && c.refBase && c.hasReport && c.report.g == gQuarter && c.report.t.After(c.ref.t) {
			// "Sales were $9 billion in the quarter, up 6% from the
			// second quarter of 2011. Margins in the quarter widened":
			// the quarter last named was the base of a comparison; "the
			// quarter" is still the one the story reports.
			return c.report.value(), c.report
		}
		if c.hasRef && c.ref.g == gQuarter {
			q, _ := c.ref.shift(gQuarter, rel)
			return q.value(), q
		}
		a, ok := c.deictic()
		if !ok {
			return "XXXX-QX", point{}
		}
		n := rel
		if rel == 0 && c.tense() <= 0 {
			n = -1
		}
		q, ok := a.shift(gQuarter, n)
		if !ok {
			return "XXXX-QX", point{}
		}
		return q.value(), q
	}
}

// dctQuarter values "the current quarter" (n 0), the DCT's quarter, and
// "the current Q1" (n 1 to 4), that quarter of the DCT's year.
func dctQuarter(n int) resolver {
	return func(c *ctx) (string, point) {
		if !c.hasDCT {
			return "XXXX-QX", point{}
		}
		q := c.dct.as(gQuarter)
		if n > 0 {
			q = mkQuarter(c.dct.t.Year(), n)
		}
		return q.value(), q
	}
}

// quarterDeterminers are the words before "last quarter" that make
// "last" the ordinal ("in the last quarter", "its last quarter").
var quarterDeterminers = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "our": true, "this": true, "that": true, "a": true}

// lastQuarter values a bare "last quarter": the quarter before the
// DCT's, whatever quarter the text named since (a results story's "the
// third quarter ... last quarter" said in October are one quarter).
func lastQuarter(c *ctx) (string, point) {
	a, ok := c.deictic()
	if !ok {
		return "XXXX-QX", point{}
	}
	q, ok := a.as(gQuarter).shift(gQuarter, -1)
	if !ok {
		return "XXXX-QX", point{}
	}
	return q.value(), q
}

// quarterBefore values "the previous quarter", "the preceding quarter":
// the one before the quarter in view, which in a results story is the
// reported one even when a day was named since ("posted record profit for
// the third quarter ... Wednesday's news ... sales level with the previous
// quarter" is the second). Without a quarter in view it is the one before
// the DCT's, as "last quarter" is.
func quarterBefore(rel int) resolver {
	return func(c *ctx) (string, point) {
		if !(c.hasRef && c.ref.g == gQuarter) {
			if r, ok := c.reportPeriod(); ok && r.g == gQuarter {
				q, _ := r.shift(gQuarter, rel)
				return q.value(), q
			}
		}
		return currentQuarter(rel)(c)
	}
}

// weekday: "Friday", "last Friday", "next Tuesday", "Friday morning",
// "Tuesdays" (a set).
func (p *parser) weekday(i int) (cand, bool) {
	start := i
	dir, forced := 0, false
	switch p.w(i) {
	case "last", "past":
		dir, forced, i = -1, true, i+1
	case "next", "coming":
		dir, forced, i = 1, true, i+1
	case "this":
		dir, forced, i = 0, true, i+1
		switch p.w(i) {
		case "past":
			dir, i = -1, i+1
		case "coming":
			dir, i = 1, i+1
		}
	case "the":
		switch p.w(i + 1) {
		case "previous", "preceding", "following", "next":
			dir, forced = -1, true
			if p.w(i+1) == "following" || p.w(i+1) == "next" {
				dir = 1
			}
			i += 2
		default:
			return cand{}, false
		}
	}
	if wd, ok := weekdayPlurals[p.w(i)]; ok && p.upper(i) && !forced {
		return cand{i: start, j: i + 1, typ: SET, val: lit(fmt.Sprintf("XXXX-WXX-%d", (int(wd)+6)%7+1))}, true
	}
	wd, ok := weekdayWords[p.w(i)]
	if !ok || !p.upper(i) || (len(p.w(i)) <= 4 && !strings.HasSuffix(p.w(i), "day") && p.w(i+1) != "." && !p.datedAfter(i+1)) {
		return cand{}, false
	}
	j := i + 1
	if p.w(j) == "." && p.adj(i) && len(p.w(i)) <= 5 {
		j++
	}
	// "Friday, Oct. 23", "Monday Oct. 26", "this coming Sunday, March
	// eighth": the date says which Friday.
	{
		k := j
		if p.w(k) == "," {
			k++
		}
		if m, mj, ok := p.month(k); ok && m > 0 && p.t[min(mj, len(p.t)-1)].kind == tWord {
			if _, _, ok := p.spokenDay(mj); ok {
				if d, ok := p.explicitDate(k); ok && d.i == k {
					return cand{i: start, j: d.j, typ: DATE, val: d.val}, true
				}
			}
		}
		if m, mj, ok := p.month(k); ok && m > 0 && p.t[min(mj, len(p.t)-1)].kind == tNum {
			if _, ok := dayNumber(p.w(mj)); ok {
				if d, ok := p.explicitDate(k); ok && d.i == k {
					return cand{i: start, j: d.j, typ: DATE, val: d.val}, true
				}
			}
		}
		if d, ok := p.dayMonth(k); ok && d.i == k {
			return cand{i: start, j: d.j, typ: DATE, val: d.val}, true
		}
	}
	// "Tuesday nights", "Sunday mornings": the plural makes it recur, a
	// SET like "Mondays" (TimeML: XXXX-WXX-2TNI).
	if pw := p.w(j); !forced && len(pw) > 1 && pw[len(pw)-1] == 's' {
		if pod, ok := partOfDay[pw[:len(pw)-1]]; ok && len(pod) == 2 {
			return cand{i: start, j: j + 1, typ: SET, val: lit(fmt.Sprintf("XXXX-WXX-%dT%s", (int(wd)+6)%7+1, pod))}, true
		}
	}
	if start == i && namedDays[p.w(i-1)] && p.upper(i-1) {
		// "Cyber Monday", "Super Tuesday": a name; the feasts among
		// them are the holiday rule's.
		return cand{}, false
	}
	if p.titled(j) && (weekdayPapers[p.w(j)] || weekdayPlaces[p.w(j)]) {
		// "the Sunday Times", "the Sunday Telegraph": a newspaper;
		// "Monday Market", "the Friday Mosque": a place.
		return cand{}, false
	}
	base := weekdayRes(wd, dir, forced, p.w(start) == "the")
	if start == i && p.rangeAfterWeekday(i) {
		// "Wednesday Evening – Thursday Afternoon", "from Monday through
		// Friday": the day that closes a stretch is the first such day
		// after the one that opens it, whatever the tense.
		base = weekdayRes(wd, 1, true, true)
	}
	if p.w(start) == "next" {
		// "release the bill on Thursday … a vote by next Thursday",
		// said on a Tuesday: "next" names next week's day, as
		// "Thursday of next week" does; the coming one needs no "next"
		// (AP style gives the bare weekday within a week of the date).
		base = weekdayOfWeek(wd, 1)
	}
	if p.w(j) == "(" {
		// "on Wednesday (Mar. 1)", "on Sunday (6th February)": the date
		// in brackets says which one; each keeps its own extent.
		if d, ok := p.dateCore(j + 1); ok && d.i == j+1 && p.w(d.j) == ")" && d.typ == DATE && len(d.parts) == 0 {
			base = d.val
		}
	}
	if k := j; !forced {
		// "from Monday till Wednesday this week", "Friday of next
		// week": the week named says which Monday; the week stays its
		// own expression.
		if p.w(k) == "of" || p.w(k) == "," {
			k++
		}
		switch p.w(k) {
		case "to", "till", "until", "through", "and", "or", "-", "–":
			// "from Monday till Wednesday this week": the week named
			// after the pair holds both days.
			if _, ok := weekdayWords[p.w(k+1)]; ok && p.upper(k+1) {
				k += 2
			}
		}
		switch w := p.w(k); {
		case p.w(k+1) != "week":
		case w == "this":
			base = weekdayOfWeek(wd, 0)
		case w == "next":
			base = weekdayOfWeek(wd, 1)
		case w == "last":
			base = weekdayOfWeek(wd, -1)
		}
	}
	if !forced && start == i && p.sameWeekdayBefore(i) {
		// "the bureau said on Sunday that rain will fall from Sunday
		// to Tuesday": a weekday named again in its sentence is the
		// same day, whatever the tense of the clause it is in.
		base = sameDayAsRef(wd, base)
	}
	if !forced && start == i && p.incidentOn(start) {
		// "a suspect in an explosion at a café on Thursday morning
		// remains in hospital and will appear in court": an incident
		// named with its day has happened, whatever the clause's tense.
		base = pastOrSame(wd)
	}
	if !forced && start == i && p.forecastLine(start, j) {
		// "Highs Thursday in the 60s", "A chance of showers Sunday":
		// weather copy with no verb to tell the time speaks of the days
		// ahead; a tense, if there is one, still decides.
		base = aheadIfNoTense(wd, base)
	}
	if pod, ok := partOfDay[p.w(j)]; ok && p.w(j) != "tonight" && p.w(j) != "noon" && p.w(j) != "midnight" {
		// TimeBank values "Friday morning" and "Friday night" as the day
		// more often than with a part-of-day suffix, but "Friday evening"
		// and "Friday afternoon" with it (…TEV, …TAF).
		if pod == "EV" || pod == "AF" {
			return cand{i: start, j: j + 1, typ: TIME, val: withTime(base, pod)}, true
		}
		if p.forecastLine(start, j+1) {
			// "Thursday Morning:  Heavy rain", "the heaviest rain will
			// fall Wednesday night": weather copy speaks in parts of
			// the day (a plan "to remove him on Thursday morning"
			// keeps the day, as AQUAINT values it).
			return cand{i: start, j: j + 1, typ: TIME, val: withTime(base, pod)}, true
		}
		if p.clockBefore(start) {
			// "around 9:40 p.m. on Thursday night": with a clock time
			// the part of the day is itself the time, not the day at
			// large. (A possessive, "Saturday night's debate", is the
			// day in AQUAINT.)
			return cand{i: start, j: j + 1, typ: TIME, val: withTime(base, pod)}, true
		}
		if p.adverbialDay(start, j+1) {
			// "gathered Wednesday night to", "was killed Thursday
			// morning when": a weekday with its part of the day used
			// as an adverb, no preposition before it, is that part of
			// the day (TimeBank and AQUAINT 13 of 18); "on Friday
			// night", "until Tuesday morning" are the day (6 of 6).
			return cand{i: start, j: j + 1, typ: TIME, val: withTime(base, pod)}, true
		}
		return cand{i: start, j: j + 1, typ: TIME, val: base}, true
	}
	return cand{i: start, j: j, typ: DATE, val: base}, true
}

// adverbialDay reports whether the weekday and part of day at [i, j)
// stand as an adverb of the clause: a verb or a noun before them with no
// preposition, and no possessive or comma after ("Saturday night's
// debate", "his speech Wednesday night, Castro…" are the day).
func (p *parser) adverbialDay(i, j int) bool {
	if i == 0 || p.t[i-1].kind != tWord || p.upper(i-1) {
		return false
	}
	switch p.w(i - 1) {
	case "on", "of", "until", "till", "by", "since", "from", "through", "before", "after", "to", "and", "or", "the", "a", "this", "last", "next", "early", "late", "for", "at", "in", "during":
		return false
	}
	switch p.w(j) {
	case "'", ",":
		return false
	}
	return true
}

// clockBefore reports whether a clock time ends just before token i:
// "9:40 p.m. on", "10 a.m. local time on", "0500 GMT".
func (p *parser) clockBefore(i int) bool {
	k := i - 1
	if p.w(k) == "on" {
		k--
	}
	if p.seq(k-1, "local", "time") {
		k -= 2
	}
	if w := p.w(k); w == "am" || w == "pm" {
		return true
	}
	return p.t[max(k, 0)].kind == tNum && p.w(k-1) == ":" && k >= 2 && p.t[k-2].kind == tNum
}

// withTime appends a time of day ("MO", "14:30") to a day resolver.
func withTime(r resolver, tod string) resolver {
	return func(c *ctx) (string, point) {
		v, pt := r(c)
		if len(v) != 10 && !strings.HasPrefix(v, "XXXX-WXX") {
			return v, pt
		}
		return v + "T" + tod, pt
	}
}

// deicticWord: today, yesterday, tomorrow, tonight, this morning, last
// night, the day before yesterday.
func (p *parser) deicticWord(i int) (cand, bool) {
	w := p.w(i)
	var n int
	switch w {
	case "morning", "afternoon", "evening":
		if p.w(i-1) == "and" && len(partOfDay[p.w(i-2)]) == 2 && p.phraseEnds(i+1) {
			// "Thursday afternoon and evening": the second part of the
			// same day.
			return cand{i: i, j: i + 1, typ: TIME, val: dayInView("T" + partOfDay[w])}, true
		}
		if (w == "morning" || w == "afternoon") && (p.w(i+1) == "trading" || p.w(i+1) == "deals" || p.w(i+1) == "dealings") && (dayPartPrep[p.w(i-1)] || p.w(i-1) == "by" || p.w(i-1) == "late" || p.w(i-1) == "early" || p.w(i-1) == "mid") {
			// "hit a high in morning trading", "fell in afternoon
			// trading on Tuesday": the session is that part of the day
			// in view ("late morning trading" is the modified rule's).
			return cand{i: i, j: i + 1, typ: TIME, val: dayInView("T" + partOfDay[w])}, true
		}
		return cand{}, false
	case "today", "yesterday", "tomorrow", "tonight", "overnight":
		if w == "today" && p.titled(i) && p.t[i-1].kind == tWord && p.upper(i-1) {
			// "According to USA Today", "This is VOA Today": capitalised
			// after a capitalised word, it ends a title.
			return cand{}, false
		}
		n = map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": 0}[w]
	case "this", "last":
		if pod, ok := partOfDay[p.w(i+1)]; ok && p.w(i+1) != "noon" && p.w(i+1) != "midnight" {
			if w == "last" && p.w(i+1) != "night" && p.w(i+1) != "evening" {
				return cand{}, false
			}
			if w == "last" {
				n = -1
			}
			return cand{i: i, j: i + 2, typ: TIME, val: withTime(offset(gDay, n, true), pod)}, true
		}
		return cand{}, false
	case "the":
		if (p.w(i+1) == "next" || p.w(i+1) == "following") && (p.w(i+2) == "morning" || p.w(i+2) == "evening" || p.w(i+2) == "afternoon" || p.w(i+2) == "night") {
			return cand{i: i, j: i + 3, typ: DATE, val: offset(gDay, 1, false)}, true
		}
		if p.seq(i+1, "day", "before", "yesterday") {
			return cand{i: i, j: i + 4, typ: DATE, val: offset(gDay, -2, true)}, true
		}
		if p.seq(i+1, "day", "after", "tomorrow") {
			return cand{i: i, j: i + 4, typ: DATE, val: offset(gDay, 2, true)}, true
		}
		return cand{}, false
	default:
		return cand{}, false
	}
	if w == "overnight" {
		// The night leading into the day the text is on: "London fell
		// Friday on overnight losses in New York" is Thursday night.
		// A day named weeks away is not the one in focus; then the night
		// before the DCT.
		return cand{i: i, j: i + 1, typ: TIME, val: func(c *ctx) (string, point) {
			a, ok := c.anaphoric()
			// "The heaviest rain will fall overnight into Thursday
			// morning": a forecast's night is the one ahead, leading
			// into a day of the coming week or else the DCT's own.
			if c.hasDCT && c.tense() > 0 {
				if !ok || a.g != gDay || !a.t.After(c.dct.t) || a.t.After(c.dct.t.AddDate(0, 0, 7)) {
					return c.dct.value() + "TNI", c.dct
				}
			} else if d, found := p.saidOnWeekday(i+1, c); found {
				// "killed 11 civilians overnight, a monitoring group
				// said on Monday": the night leading into the day of
				// the report.
				a, ok = d, true
			} else if c.hasDCT && (!ok || a.g != gDay || a.t.Before(c.dct.t.AddDate(0, 0, -7)) || a.t.After(c.dct.t)) {
				a, ok = c.dct, true
			}
			if !ok {
				return "XXXX-XX-XXTNI", point{}
			}
			pt, _ := a.shift(gDay, -1)
			return pt.value() + "TNI", pt
		}}, true
	}
	if w == "tonight" {
		return cand{i: i, j: i + 1, typ: TIME, val: withTime(offset(gDay, 0, true), "NI")}, true
	}
	if w == "today" && p.w(i+1) == "'" && p.w(i+2) == "s" {
		if genericNow[p.w(i+3)] {
			// "today's youth", "in today's world" speak of the present
			// age, not the day: TimeBank and AQUAINT leave them untagged
			// (four of four), while "today's editions" is the day.
			return cand{}, false
		}
		if !p.news && p.w(i-1) == "in" && p.quoted(i) < 0 && !p.singleQuoteOpen(i) {
			// "in today's Enugu state", "$396 billion in today's
			// dollars": a history speaks of the writer's present, not
			// of the day its story has reached. A quoted letter's "in
			// today's attack" is that letter's day, in double or single
			// marks.
			return cand{i: i, j: i + 1, typ: DATE, val: lit("PRESENT_REF")}, true
		}
		return cand{i: i, j: i + 1, typ: DATE, val: offset(gDay, 0, true)}, true
	}
	if pod, ok := partOfDay[p.w(i+1)]; ok && p.w(i+1) != "tonight" {
		return cand{i: i, j: i + 2, typ: TIME, val: withTime(offset(gDay, n, true), pod)}, true
	}
	if (w == "today" || w == "yesterday" || w == "tomorrow") && p.news {
		if open := p.quoted(i); open >= 0 {
			return cand{i: i, j: i + 1, typ: DATE, val: spokenDay(i, open, n)}, true
		}
	}
	return cand{i: i, j: i + 1, typ: DATE, val: offset(gDay, n, true)}, true
}

// spokenDay values a "today" inside a quotation in news, or its
// "yesterday" or "tomorrow" (n days from it): the day the words were
// spoken, which is the DCT unless the story says otherwise. A reporting
// clause naming its weekday ("…," he said on Sunday) gives the day; so
// does a story told the day after its event (the lead's "on Sunday" under
// a Monday DCT) that has not yet named the DCT's own day, where the
// players and officials quoted spoke on the day of the event, when the
// quotation says "today" (quoteSaysToday). The first deictic word of a
// quotation fixes its day for the rest, so that its "yesterday" and
// "tomorrow" move with its "today".
func spokenDay(i, open, n int) resolver {
	return func(c *ctx) (string, point) {
		if c.opt.Mode != News || !c.hasDCT || c.dct.g != gDay || c.dct.noYear {
			return offset(gDay, n, true)(c)
		}
		d, ok := c.quoteDay[open]
		if !ok {
			d = c.dct
			if w, found := c.p.saidOnWeekday(i+1, c); found {
				d = w
			} else if eve, ok := c.dct.shift(gDay, -1); ok && c.hasDayRef && !c.sawDCTDay && c.dayRef.g == gDay && c.dayRef.t.Equal(eve.t) && c.p.quoteSaysToday(open) {
				// Only a quotation that says "today" was spoken on
				// the lead's day: a witness's "yesterday" alone is
				// counted from the day the story was filed.
				d = c.dayRef
			}
			if c.quoteDay == nil {
				c.quoteDay = map[int]point{}
			}
			c.quoteDay[open] = d
		}
		if d.t.Equal(c.dct.t) {
			// Spoken on the DCT's day: valued as outside a quotation.
			return offset(gDay, n, true)(c)
		}
		pt, ok := d.shift(gDay, n)
		if !ok {
			return offset(gDay, n, true)(c)
		}
		return pt.value(), pt
	}
}

// quoteSaysToday reports whether the quotation opened by the quote mark
// at open has the word "today".
func (p *parser) quoteSaysToday(open int) bool {
	for k := open + 1; k < len(p.t) && p.quoted(k) == open; k++ {
		if p.w(k) == "today" {
			return true
		}
	}
	return false
}

// quoted gives the position of the quote mark opening the quotation token
// i stands in, -1 when it stands in none: inside means an odd number of
// quote marks before it on its line. A quotation running on into a new
// paragraph opens the paragraph with a mark of its own, as news copy
// writes it, so the line is enough. The marks are counted once for the
// whole text, so that a line of many quotations costs no more than its
// length.
func (p *parser) quoted(i int) int {
	if p.quoteOpen == nil {
		p.quoteOpen = make([]int, len(p.t))
		open := -1
		for k := range p.t {
			if k > 0 && strings.ContainsRune(p.text[p.t[k-1].e:p.t[k].s], '\n') {
				open = -1
			}
			p.quoteOpen[k] = open
			if p.quoteMark(k) {
				if open < 0 {
					open = k
				} else {
					open = -1
				}
			}
		}
	}
	if i < 0 || i >= len(p.quoteOpen) {
		return -1
	}
	return p.quoteOpen[i]
}

// singleQuoteOpen reports whether a single mark (‘) opened before token i
// on its line is still open there. quoted does not pair single marks,
// whose closing one is also the apostrophe ("soldiers’ camp"); so a
// closing ’ counts only where no letter follows it, and the apostrophe
// of a plural possessive may close a quotation early (the mark then
// reads as closed, and the rule asking falls back to its general reading).
// Asked only of a rare phrase, so the line is scanned each time.
func (p *parser) singleQuoteOpen(i int) bool {
	if i < 0 || i >= len(p.t) {
		return false
	}
	line := p.text[:p.t[i].s]
	line = line[strings.LastIndexByte(line, '\n')+1:]
	open := false
	for k, r := range line {
		switch r {
		case '‘':
			open = true
		case '’':
			if next, _ := utf8.DecodeRuneInString(line[k+len("’"):]); !unicode.IsLetter(next) {
				open = false
			}
		}
	}
	return open
}

// quoteMark reports whether token k is a quote mark. A double mark glued
// to digits after a glued apostrophe is a height's inches ("5'10\""), no
// quotation.
func (p *parser) quoteMark(k int) bool {
	switch p.w(k) {
	case `"`:
		return !(k >= 3 && p.t[k-1].kind == tNum && p.adj(k-1) && p.w(k-2) == "'" && p.adj(k-2) && p.t[k-3].kind == tNum && p.adj(k-3))
	case "``", "''":
		return true
	}
	return false
}

// genericNow are nouns after "today's" that make it mean "nowadays".
var genericNow = map[string]bool{
	"world": true, "youth": true, "generation": true, "society": true, "children": true, "kids": true,
	"teenagers": true, "young": true, "standards": true, "dollars": true, "terms": true,
}

var relWords = map[string]struct {
	n       int
	deictic bool
}{
	"last": {-1, true}, "past": {-1, true}, "next": {1, true}, "coming": {1, true}, "this": {0, true},
	"current": {0, true}, "previous": {-1, false}, "preceding": {-1, false}, "prior": {-1, false},
	"following": {1, false}, "same": {0, false}, "that": {0, false}, "subsequent": {1, false},
}

// spanAdjectives say how a stretch of time went, between its count and
// its unit: "three long years", "30 tumultuous years".
var spanAdjectives = map[string]bool{"long": true, "hard": true, "tough": true, "difficult": true, "tumultuous": true,
	"turbulent": true, "painful": true, "bloody": true, "lean": true, "happy": true, "short": true, "brief": true,
	"grueling": true, "gruelling": true, "agonizing": true, "eventful": true, "hectic": true, "frantic": true,
	"anxious": true, "bitter": true, "dark": true}

// possessiveBefore reports whether a possessive stands before i: "its",
// "their", or a name's "'s" ("the phone's first six months").
func (p *parser) possessiveBefore(i int) bool {
	switch p.w(i - 1) {
	case "its", "their", "his", "her", "our":
		return true
	case "s":
		return p.w(i-2) == "'" && p.t[i-2].e == p.t[i-1].s
	}
	return false
}

// countAfter reports whether a count of plural units starts at k ("six
// months", "two years"), as after "the first" in a length.
func (p *parser) countAfter(k int) bool {
	n, j, ok := p.number(k, false)
	return ok && n > 1 && isPluralUnit(p.w(j))
}

// relativeUnit: "last year", "this week", "the following month", "the
// next day", "the past year", "the weekend", and the durations "the past
// three years", "the first nine months".
func (p *parser) relativeUnit(i int) (cand, bool) {
	start := i
	the := p.w(i) == "the"
	if the {
		i++
	}
	w := p.w(i)
	if w == "last" && !the && verbBeforeLast[p.w(i-1)] {
		// "a truce to last four months", "the talks will last a week":
		// the verb; the length after it is tagged on its own.
		return cand{}, false
	}
	if r, ok := relWords[w]; ok && w != "current" && w != "same" && w != "that" && p.seq(i+1, "fiscal", "year") && (the || r.deictic && w != "past") {
		switch p.w(i + 3) {
		case "ended", "ending", "ends", "-", "'":
		default:
			// "last fiscal year", "this fiscal year", "the next fiscal
			// year": the year the story counts by, as "last year" is.
			return cand{i: start, j: i + 3, typ: DATE, val: offset(gYear, r.n, r.deictic)}, true
		}
	}
	if the && (w == "fiscal" || w == "full" || w == "calendar" || w == "current" && (p.w(i+1) == "year" || p.w(i+1) == "fiscal")) {
		return p.theYear(start)
	}
	if the && w == "half" {
		return p.halfYear(start, i)
	}
	if the && (p.seq(i, "latest", "fiscal", "year") || p.seq(i, "most", "recent", "fiscal", "year") || p.seq(i, "latest", "year") && p.w(i+2) != "-") {
		// "sales in the latest fiscal year": the last year closed, the
		// one before the story's.
		j := i + 2
		for p.w(j) != "year" {
			j++
		}
		return cand{i: start, j: j + 1, typ: DATE, val: offset(gYear, -1, true)}, true
	}
	if the && (p.seq(i, "week", "of") || p.seq(i, "weekend", "of")) {
		// "the week of March 6": the week holding that day; "the
		// weekend of 17 September" that week's weekend.
		g := gWeek
		if w == "weekend" {
			g = gWeekend
		}
		if d, ok := p.dateCore(i + 2); ok && d.i == i+2 && d.typ == DATE {
			inner := d.val
			return cand{i: start, j: d.j, typ: DATE, val: func(c *ctx) (string, point) {
				v, pt := inner(c)
				if !pt.valid() || pt.g != gDay {
					return v, pt
				}
				wk := pt.as(g)
				return wk.value(), wk
			}}, true
		}
	}
	if !the && w == "this" && p.w(i+1) == "past" {
		// "this past week" is "the past week", with its "this".
		if c, ok := p.relativeUnit(i + 1); ok && c.i == i+1 && c.typ == DATE {
			c.i = start
			return c, true
		}
	}
	rw, ok := relWords[w]
	if !ok {
		if the && (w == "long" || w == "holiday") && p.w(i+1) == "weekend" {
			// "over the long weekend", "the holiday weekend": the
			// weekend, as "the weekend" is ("this long weekend" is
			// below).
			return cand{i: start, j: i + 2, typ: DATE, val: weekendRes(0)}, true
		}
		if the && (w == "weekend" || w == "year" || w == "week" || w == "month") {
			if w == "weekend" {
				return cand{i: start, j: i + 1, typ: DATE, val: weekendRes(0)}, true
			}
			if w == "year" && p.w(i-2) != "throughout" {
				return p.theYear(start)
			}
			if p.w(i-2) == "for" && p.w(i+1) != "of" {
				// "The Dow lost 2.2 percent for the week": the week (or
				// month) in view, a date, as TimeBank tags "For the week,
				// the index…"; "during the week" stays a length.
				g := unitWords[w].g
				if e := p.w(i + 1); e == "ending" || e == "ended" || e == "ends" {
					// "for the week ending December 15": the week that
					// day closes; the day stays its own expression.
					if d, ok := p.dateCore(i + 2); ok && d.i == i+2 && d.typ == DATE {
						inner := d.val
						return cand{i: start, j: i + 1, typ: DATE, val: func(c *ctx) (string, point) {
							if _, pt := inner(c); pt.valid() && pt.g <= g {
								q := pt.as(g)
								return q.value(), q
							}
							return unitInView(g)(c)
						}}, true
					}
				}
				return cand{i: start, j: i + 1, typ: DATE, val: unitInView(g)}, true
			}
			if p.w(i-2) == "during" || p.w(i-2) == "throughout" {
				u := unitWords[w]
				return cand{i: start, j: i + 1, typ: DURATION, val: lit("P1" + u.code)}, true
			}
			return cand{}, false
		}
		if !((the || p.possessiveBefore(i) && p.countAfter(i+1)) && (w == "first" || w == "final" || w == "last" || w == "initial")) {
			return cand{}, false
		}
		rw.n = 0
	}
	if the && (w == "last" || w == "next") {
		rw.deictic = w == "last" // "the next day" follows the story; "the last year" is now
	}
	if w == "that" && the {
		return cand{}, false
	}
	j := i + 1
	if the && (w == "first" || w == "final" || w == "last") && p.w(j+1) == "of" && (p.w(j) == "month" || p.w(j) == "months") {
		// "in the final month of 2011": that year's last month; "going
		// into the final months of the year": the end of the year.
		m, mod := time.December, "END"
		if w == "first" {
			m, mod = time.January, "START"
		}
		var yr resolver
		k := j + 2
		if y, k2, ok := p.looseYear(k); ok {
			pt := mkYear(y)
			yr, k = func(*ctx) (string, point) { return pt.value(), pt }, k2
		} else if p.seq(k, "the", "year") || p.seq(k, "this", "year") {
			yr, k = offset(gYear, 0, true), k+2
		} else if p.seq(k, "last", "year") {
			yr, k = offset(gYear, -1, true), k+2
		}
		if yr != nil {
			if p.w(j) == "months" {
				return cand{i: start, j: k, typ: DATE, mod: mod, val: yr}, true
			}
			return cand{i: start, j: k, typ: DATE, val: func(c *ctx) (string, point) {
				v, pt := yr(c)
				if !pt.valid() || pt.g != gYear {
					return v, pt
				}
				mp := mkMonth(pt.t.Year(), m)
				return mp.value(), mp
			}}, true
		}
	}
	// the past/last/first N units: a duration
	if n, k, ok := p.number(j, false); ok || p.w(j) == "few" || p.w(j) == "several" {
		if !ok {
			n, k = -1, j+1
		}
		u, uok := unitWords[p.w(k)]
		if uok && (n != 1 || !isPluralUnit(p.w(k))) {
			if w == "first" || w == "final" || the || w == "past" || w == "last" || w == "next" || w == "coming" || w == "previous" {
				return cand{i: start, j: k + 1, typ: DURATION, val: lit(durValue(n, u))}, true
			}
		}
		return cand{}, false
	}
	if w == "first" || w == "final" || w == "initial" {
		return cand{}, false
	}
	if pod, ok := partOfDay[p.w(j)]; ok && len(pod) == 2 && p.w(j) != "tonight" && (w == "that" || w == "same") && p.phraseEnds(j+1) {
		// "that night", "the same evening": a part of the day in view,
		// valued as "Friday night" and "Friday evening" are (night and
		// morning as the day, evening and afternoon with their suffix).
		if pod == "EV" || pod == "AF" {
			return cand{i: start, j: j + 1, typ: TIME, val: withTime(offset(gDay, 0, false), pod)}, true
		}
		return cand{i: start, j: j + 1, typ: TIME, val: offset(gDay, 0, false)}, true
	}
	if (w == "this" || w == "next" || w == "last") && (p.w(j) == "holiday" || p.w(j) == "long") && p.w(j+1) == "weekend" {
		// "as temperatures climb this holiday weekend": the weekend
		// itself, as "this weekend" is.
		return cand{i: start, j: j + 2, typ: DATE, val: weekendRes(rw.n)}, true
	}
	if w == "this" && p.w(j) == "past" && p.w(j+1) == "weekend" {
		// "this past weekend": the one just gone, "this" included.
		return cand{i: start, j: j + 2, typ: DATE, val: weekendRes(-1)}, true
	}
	u, ok := unitWords[p.w(j)]
	if ok && p.titled(j) {
		return cand{}, false
	}
	if !ok || isPluralUnit(p.w(j)) || u.g == gNone || u.code == "N" || u.code == "2W" {
		// "recent years" and friends are handled by reference.
		if ok && isPluralUnit(p.w(j)) && (w == "past" || w == "last" || w == "next" || w == "coming") {
			return cand{i: start, j: j + 1, typ: DURATION, val: lit(durValue(-1, u))}, true
		}
		return cand{}, false
	}
	if w == "that" && u.g != gDay && u.g != gWeek && u.g != gMonth && u.g != gYear {
		return cand{}, false
	}
	if w == "last" && u.g == gDay && p.w(j+1) == "of" {
		// "the last day of the session" ends an event, not the day
		// before the DCT.
		return cand{}, false
	}
	if w == "that" || w == "same" {
		// "that day", "the same month": the last date named.
		return cand{i: start, j: j + 1, typ: DATE, val: sameAsNamed(u.g)}, true
	}
	if u.g == gWeekend {
		if w == "this" {
			return cand{i: start, j: j + 1, typ: DATE, val: thisWeekend}, true
		}
		return cand{i: start, j: j + 1, typ: DATE, val: weekendRes(rw.n)}, true
	}
	if (u.g == gDecade || u.g == gCentury) && (w == "past" || w == "last") || u.g == gCentury && w == "this" || u.g == gDecade && the && (w == "next" || w == "coming") {
		// "the past decade", "the past century": the years up to now, not
		// the calendar decade or century before this one. TimeBank and
		// AQUAINT value "this century" the same way ("the disasters of
		// this century", both cases P100Y). "Over the next decade" is
		// the ten years ahead, as "the next two years" is P2Y.
		v := "P10Y"
		if u.g == gCentury {
			v = "P100Y"
		}
		return cand{i: start, j: j + 1, typ: DURATION, val: lit(v)}, true
	}
	if u.g == gQuarter {
		return cand{}, false // quarter() knows the financial conventions
	}
	if u.g == gWeek && the && w == "past" && (p.w(start-1) == "over" || p.w(start-1) == "in" || p.w(start-1) == "during") && p.w(j+1) != "'s" && p.w(j+1) != "'" && p.w(j+1) != "’" && !p.seq(j+1, "and", "a", "half") && !(p.w(j+1) == "or" && (p.w(j+2) == "two" || p.w(j+2) == "so")) && p.w(j+1) != "of" {
		// "no new cases in the past week", "killed 500 over the past
		// week": the seven days up to now, a length as "the past two
		// weeks" is, not the calendar week before the DCT's. "The past
		// year" is left a year: TimeBank values "over the past year" so.
		return cand{i: start, j: j + 1, typ: DURATION, val: lit("P1W")}, true
	}
	if u.g == gYear && the && (w == "prior" || w == "previous") {
		if n, ok := ordinal(p.w(j + 1)); ok && p.w(j+2) == "quarter" && n >= 1 && n <= 4 {
			// "compared with the prior year second quarter": that
			// quarter of the year before the one in view, one
			// expression.
			year := offset(u.g, rw.n, rw.deictic)
			return cand{i: start, j: j + 3, typ: DATE, val: func(c *ctx) (string, point) {
				v, pt := year(c)
				if pt.g != gYear {
					return v, pt
				}
				q := mkQuarter(pt.t.Year(), n)
				return q.value(), q
			}}, true
		}
	}
	return cand{i: start, j: j + 1, typ: DATE, val: offset(u.g, rw.n, rw.deictic)}, true
}

// halfYear: "the half year", "the half-year" in results copy is the half
// the reported period falls in ("Operating earnings for the half year
// grew", after second-quarter figures: H1); with no reported period in
// view, the half the DCT is in.
func (p *parser) halfYear(start, i int) (cand, bool) {
	j := i + 1
	if isDash(p.w(j)) {
		j++
	}
	if p.w(j) != "year" || p.w(j+1) == "ended" || p.w(j+1) == "ending" || p.w(j+1) == "to" {
		return cand{}, false
	}
	return cand{i: start, j: j + 1, typ: DATE, val: func(c *ctx) (string, point) {
		rp, ok := c.reportPeriod()
		if !ok {
			// no results in view: the half the DCT is in, as "the
			// year" is the DCT's
			if rp, ok = c.deictic(); !ok {
				return "XXXX-XX", point{}
			}
		}
		h := 1
		if rp.t.Month() > 6 {
			h = 2
		}
		pt := mkHalf(rp.t.Year(), h)
		return pt.value(), pt
	}}, true
}

// theYear: "the year", "the fiscal year", "the full year", "the current
// year". A year closed by a date ("the year ended Sept. 30") is a span of
// twelve months, a DURATION, as TimeML annotates it; otherwise, in news,
// "the year" is the current one (TimeBank: "a high for the year", "sales
// for the full year").
func (p *parser) theYear(start int) (cand, bool) {
	j := start + 1
	for p.w(j) == "full" || p.w(j) == "fiscal" || p.w(j) == "current" || p.w(j) == "calendar" {
		j++
	}
	if p.w(j) != "year" {
		return cand{}, false
	}
	j++
	switch p.w(j) {
	case "ended", "ending", "ends":
		return cand{i: start, j: j, typ: DURATION, val: lit("P1Y")}, true
	case "before", "after", "earlier", "later", "-", "'", "round":
		// "the year before" is anaphoric, "the year-ago quarter" another rule's
		return cand{}, false
	}
	if _, _, ok := p.looseYear(j); ok || p.seq(j, "two", "thousand") {
		return cand{}, false // "the year 2000" is yearish's
	}
	if j == start+2 && p.w(start-1) == "of" && (p.w(start-2) == "months" || p.w(start-2) == "quarters") {
		// "earned $6.4 billion during the final three months of the
		// year", said in January of the fourth quarter: the year is the
		// one the reported period falls in, not the DCT's.
		return cand{i: start, j: j, typ: DATE, val: func(c *ctx) (string, point) {
			if rp, ok := c.reportPeriod(); ok && c.hasDCT && rp.t.Year() < c.dct.t.Year() {
				pt := mkYear(rp.t.Year())
				return pt.value(), pt
			}
			return offset(gYear, 0, true)(c)
		}}, true
	}
	return cand{i: start, j: j, typ: DATE, val: theYearRes}, true
}

// theYearRes values "the year" and "the full year": the DCT's, but for
// a past clause in a results story that reports last year's fourth
// quarter.
func theYearRes(c *ctx) (string, point) {
	if rp, ok := c.reportPeriod(); ok && c.hasDCT && rp.t.Year() == c.dct.t.Year()-1 && c.opt.Mode == News && c.tense() < 0 {
		// A results story out early in the year, reporting last
		// year's fourth quarter ("record sales for the fourth
		// quarter and full year of 2012 ... operating profit for
		// the year was"): in a past clause "the year" is the one
		// reported, not the DCT's; a forecast "for the year" is
		// still the DCT's.
		pt := mkYear(rp.t.Year())
		return pt.value(), pt
	}
	if c.opt.Mode == News && c.hasDCT && c.dct.t.Month() == time.January && c.hasRef && c.ref.t.Year() == c.dct.t.Year()-1 && c.tense() < 0 {
		// A January story looking back on the year just ended ("stocks
		// rose 26 percent in 2013 ... the index finished the year at a
		// record"): after a date of that year, a past clause's "the
		// year" is that one, not the DCT's.
		pt := mkYear(c.ref.t.Year())
		return pt.value(), pt
	}
	return offset(gYear, 0, true)(c)
}

// fullYear: results copy's hyphened "full-year", before a noun ("expects
// full-year earnings") or a year ("full-year 2013 results"), is the year
// as "the full year" is, one expression with the year it names.
func (p *parser) fullYear(i int) (cand, bool) {
	if !p.seq(i, "full", "-", "year") {
		return cand{}, false
	}
	if y, k, ok := p.looseYear(i + 3); ok {
		pt := mkYear(y)
		return cand{i: i, j: k, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), pt }}, true
	}
	return cand{i: i, j: i + 3, typ: DATE, val: theYearRes}, true
}

// unitInView values "for the week", "for the month": the week or month
// of the day last told (a market report's "Friday"), else of the DCT.
func unitInView(g gran) resolver {
	return func(c *ctx) (string, point) {
		a, ok := c.deictic()
		if c.opt.Mode != Narrative && c.hasRef && c.ref.g == gDay {
			a, ok = c.ref, true
		}
		if !ok || a.g > g {
			if g == gWeek {
				return "XXXX-WXX", point{}
			}
			return "XXXX-XX", point{}
		}
		q := a.as(g)
		return q.value(), q
	}
}

// weekendRes places "the weekend" (the one before the anchor in past
// clauses, the coming one otherwise) and "last/next weekend".
func weekendRes(n int) resolver {
	return func(c *ctx) (string, point) {
		a, ok := c.deictic()
		if !ok || a.g != gDay || a.noYear {
			return "XXXX-WXX-WE", point{}
		}
		k := n
		if n == 0 {
			wd := a.t.Weekday()
			if wd != time.Saturday && wd != time.Sunday && c.tense() < 0 {
				k = -1
			}
		}
		q, _ := a.shift(gWeekend, k)
		return q.value(), q
	}
}

// thisWeekend values "this weekend": the weekend of the DCT's week. Only
// early in the week can a past clause mean the one just gone ("clashes
// this weekend left ten dead" on a Monday); from Wednesday on that one is
// "last weekend", and "had been due to pass the bill this weekend" on a
// Thursday is still the coming one.
func thisWeekend(c *ctx) (string, point) {
	a, ok := c.deictic()
	if !ok || a.g != gDay || a.noYear {
		return "XXXX-WXX-WE", point{}
	}
	k := 0
	if wd := a.t.Weekday(); (wd == time.Monday || wd == time.Tuesday) && c.tense() < 0 {
		k = -1
	}
	q, _ := a.shift(gWeekend, k)
	return q.value(), q
}

// lengthOnly reports whether n units of u followed by the word at k are a
// length rather than a date. TimeML tags "a few days later", "several
// months earlier", "a minute and a half later" as the length and leaves
// the word out (PXD, PXM, PT1M30S): a vague count points to no date, and
// hours later is still the day in view. "Three days later" stays a date
// (TimeBank tags it P3D too, but a narrative places its events by it).
func (p *parser) lengthOnly(n float64, u unit, k int) bool {
	switch p.w(k) {
	case "later":
		return n < 0 || u.g == gNone
	case "earlier", "before":
		return n < 0
	}
	return false
}

// agoLater: "two years ago", "a year earlier", "three days later", "the
// day before", "two weeks from now".
func (p *parser) agoLater(i int) (cand, bool) {
	start := i
	if p.seq(i, "the", "day", "before") || p.seq(i, "the", "day", "after") || p.seq(i, "the", "night", "before") {
		n := -1
		if p.w(i+2) == "after" {
			n = 1
		}
		if nx := p.w(i + 3); nx == "." || nx == "," || nx == ";" || nx == "" || nx == "and" {
			return cand{i: i, j: i + 3, typ: DATE, val: offset(gDay, n, false)}, true
		}
		// "the day before last Tuesday's hearing": a day off a named day.
		if d, ok := p.dateCore(i + 3); ok && d.i == i+3 && d.typ == DATE {
			inner := d.val
			return cand{i: i, j: d.j, typ: DATE, val: func(c *ctx) (string, point) {
				_, pt := inner(c)
				if !pt.valid() || pt.g != gDay {
					return inner(c)
				}
				q, _ := pt.shift(gDay, n)
				return q.value(), q
			}}, true
		}
		return cand{}, false
	}
	n, j, ok := p.number(i, true)
	if !ok {
		if _, ok := unitWords[p.w(i)]; ok && !isPluralUnit(p.w(i)) {
			n, j = 1, i
		} else {
			return cand{}, false
		}
	}
	if isDash(p.w(j)) && p.adj(j-1) {
		j++
	}
	uw := p.w(j)
	u, ok := unitWords[uw]
	if !ok || u.code == "N" {
		return cand{}, false
	}
	k := j + 1
	if p.seq(k, "or", "so") {
		// "a week or so ago"
		k += 2
	}
	sign, deictic := 0, false
	switch p.w(k) {
	case "ago":
		sign, deictic = -1, true
	case "earlier", "before", "previously":
		sign = -1
		if p.w(k) == "before" {
			if nx := p.w(k + 1); !(nx == "." || nx == "," || nx == ";" || nx == "" || nx == "and") {
				return cand{}, false
			}
		}
	case "later", "after", "afterward", "afterwards":
		// "Ten years on" is left to the length ("10 years" P10Y): it
		// counts from an event the text may not date, and in news it
		// usually means the present ("Iraq war 10 years on").
		sign = 1
		if p.w(k) == "after" {
			if nx := p.w(k + 1); !(nx == "." || nx == "," || nx == ";" || nx == "" || nx == "and") {
				return cand{}, false
			}
		}
	case "from":
		if p.w(k+1) != "now" {
			return cand{}, false
		}
		sign, deictic = 1, true
		k++
	case "hence":
		sign, deictic = 1, true
	default:
		return cand{}, false
	}
	if !deictic && p.lengthOnly(n, u, k) {
		return cand{}, false // duration's
	}
	if n < 0 || n != math.Trunc(n) {
		v := "PAST_REF"
		if sign > 0 {
			v = "FUTURE_REF"
		}
		return cand{i: start, j: k + 1, typ: DATE, val: lit(v)}, true
	}
	if u.g == gNone {
		// "three hours ago": a time on the anchor day; keep the day.
		return cand{i: start, j: k + 1, typ: DATE, val: offset(gDay, 0, deictic)}, true
	}
	g := u.g
	if g == gWeekend {
		g = gWeek
	}
	if g == gYear {
		return cand{i: start, j: k + 1, typ: DATE, val: yearsBack(sign*int(n), deictic)}, true
	}
	return cand{i: start, j: k + 1, typ: DATE, val: offset(g, sign*int(n), deictic)}, true
}

// yearAgo: "year-ago", "year-earlier", "the year-ago quarter".
func (p *parser) yearAgo(i int) (cand, bool) {
	start := i
	if p.w(i) == "the" {
		i++
		switch p.w(i) {
		case "comparable", "corresponding", "same":
			i++
		}
	}
	// "the prior-year period" says the same as "the year-ago period".
	prior := p.w(i) == "prior" && p.hyphenated(i) && p.w(i+2) == "year"
	if !prior && (p.w(i) != "year" || !p.hyphenated(i) || (p.w(i+2) != "ago" && p.w(i+2) != "earlier")) {
		return cand{}, false
	}
	j := i + 3
	if n, ok := ordinal(p.w(j)); ok && n >= 1 && n <= 4 && p.w(j+1) == "quarter" {
		// "the year-ago third quarter": that quarter of the year before.
		return cand{i: start, j: j + 2, typ: DATE, val: func(c *ctx) (string, point) {
			a, ok := c.anaphoric()
			if !ok {
				return fmt.Sprintf("XXXX-Q%d", n), point{}
			}
			return mkQuarter(a.t.Year()-1, n).value(), point{}
		}}, true
	}
	switch p.w(j) {
	case "quarter", "period", "level", "quarters", "periods":
		j++
	default:
		if prior {
			return cand{}, false // "prior-year results" is the adjective alone
		}
		start = i
	}
	return cand{i: start, j: j, typ: DATE, val: yearsBack(-1, false)}, true
}

// durValue formats n units as an ISO 8601 duration; n < 0 is "X".
func durValue(n float64, u unit) string {
	code := u.code
	switch code {
	case "DE":
		if n >= 0 {
			n *= 10
		}
		// Vague decades too are counted in years ("decades-long" PXY),
		// as numbered ones are (P20Y) and as TimeBank writes both.
		code = "Y"
	case "CE":
		if n >= 0 {
			n *= 100
			code = "Y"
		}
	case "WE":
		if n >= 0 {
			n *= 2
		}
		code = "D"
		if n < 0 {
			code = "WE"
		}
	case "2W":
		n *= 2
		code = "W"
	case "N":
		code = "D"
	}
	t := strings.HasPrefix(code, "T")
	c := strings.TrimPrefix(code, "T")
	if n < 0 {
		if t {
			return "PTX" + c
		}
		return "PX" + c
	}
	if n != math.Trunc(n) {
		// Fractions go down one unit, keeping the whole part as ISO 8601
		// writes it: 2 1/2 years is P2Y6M, half a year P6M, 2.5 hours
		// PT2H30M.
		whole := math.Trunc(n)
		frac := n - whole
		switch code {
		case "Y":
			if whole == 0 {
				return fmt.Sprintf("P%dM", int(math.Round(n*12)))
			}
			return fmt.Sprintf("P%dY%dM", int(whole), int(math.Round(frac*12)))
		case "M":
			if whole == 0 {
				return fmt.Sprintf("P%dD", int(math.Round(n*30)))
			}
			return fmt.Sprintf("P%dM%dD", int(whole), int(math.Round(frac*30)))
		case "W":
			return fmt.Sprintf("P%dD", int(math.Round(n*7)))
		case "D":
			return fmt.Sprintf("PT%dH", int(math.Round(n*24)))
		case "TH":
			if whole == 0 {
				return fmt.Sprintf("PT%dM", int(math.Round(frac*60)))
			}
			return fmt.Sprintf("PT%dH%dM", int(whole), int(math.Round(frac*60)))
		case "TM":
			if whole == 0 {
				return fmt.Sprintf("PT%dS", int(math.Round(n*60)))
			}
			return fmt.Sprintf("PT%dM%dS", int(whole), int(math.Round(frac*60)))
		}
		return fmt.Sprintf("P%g%s", n, c)
	}
	if t {
		return fmt.Sprintf("PT%d%s", int(n), c)
	}
	return fmt.Sprintf("P%d%s", int(n), c)
}

// duration: "two years", "3 hours", "five-year", "a few days", "several
// months", "24-hour", "half an hour", "10-year-old", bare "years".
func (p *parser) duration(i int) (cand, bool) {
	if k := i + 1; (p.w(i) == "a" || p.w(i) == "the") && p.w(k) == "year" && p.toDate(k+1) > 0 || p.w(i) == "year" && p.toDate(i+1) > 0 {
		// "a year-to-date gain of 5 percent", "sales year to date": the
		// year so far, the year in view; "a year" in it is no length.
		if p.w(i) != "year" {
			i = k
		}
		return cand{i: i, j: i + 1 + p.toDate(i+1), typ: DATE, val: offset(gYear, 0, true)}, true
	}
	start := i
	the := p.w(i) == "the"
	if the {
		i++
	}
	// "a year-long siege", "decades-long feud", "a weeklong strike"
	if !the {
		w := p.w(i)
		if u, ok := unitWords[w]; ok && u.code != "N" && p.hyphenated(i) && p.w(i+2) == "long" {
			n := 1.0
			if isPluralUnit(w) {
				n = -1
			}
			return cand{i: i, j: i + 3, typ: DURATION, val: lit(durValue(n, u))}, true
		}
		if strings.HasSuffix(w, "long") && len(w) > 4 {
			if u, ok := unitWords[strings.TrimSuffix(w, "long")]; ok && !isPluralUnit(strings.TrimSuffix(w, "long")) && u.code != "N" {
				return cand{i: i, j: i + 1, typ: DURATION, val: lit(durValue(1, u))}, true
			}
		}
	}
	if the && (p.w(i) == "final" || p.w(i) == "closing") && isPluralUnit(p.w(i+1)) && p.w(i+2) != "of" {
		if u, ok := unitWords[p.w(i+1)]; ok && u.code != "N" && u.code != "WE" {
			// "in the final hours before the storm hits", "the closing
			// weeks before the vote": a stretch of no stated size
			// ("the final days of the war" names a part of the war and
			// is left alone, and so is a match's "the dying minutes",
			// a phase of play like "the 87th minute").
			return cand{i: start, j: i + 2, typ: DURATION, val: lit(durValue(-1, u))}, true
		}
	}
	if p.w(i) == "some" && p.w(i+1) == "time" && p.w(i-1) == "for" && !the && p.w(i+2) != "ago" {
		// "prices may stay high for some time": a length of no stated
		// size, which TimeBank tags and values PXM.
		return cand{i: i, j: i + 2, typ: DURATION, val: lit("PXM")}, true
	}
	n, j, ok := p.number(i, !the)
	if !ok {
		// bare plurals: "for years", "months of talks"
		if u, ok := unitWords[p.w(i)]; ok && isPluralUnit(p.w(i)) && !the && u.code != "N" && u.code != "WE" && !p.titled(i) {
			switch p.w(i - 1) {
			case "for", "in", "within", "over", "of", "after", "took", "take", "takes", "lasted", "last", "spent", "spend":
				if p.w(i+1) == "ago" || p.w(i+1) == "later" || p.w(i+1) == "earlier" || p.seq(i-2, "matter", "of") ||
					p.w(i-2) == "out" || p.w(i-2) == "-" && p.w(i-3) == "out" {
					// "a matter of days"; "an out of hours clinic",
					// "out-of-hours care" are outside opening times.
					return cand{}, false
				}
				return cand{i: start, j: i + 1, typ: DURATION, val: lit(durValue(-1, u))}, true
			case "following", "follows", "followed", "ending", "ended", "ends", "end", "amid", "despite", "to":
				// "flash floods following days of heavy rain", "the deal
				// follows months of talks": a stretch of what comes
				// after "of"; so too "brought an end to years of
				// feuding", "sent the crew to weeks of quarantine".
				if p.w(i+1) == "of" {
					return cand{i: start, j: i + 1, typ: DURATION, val: lit(durValue(-1, u))}, true
				}
			}
			if i > 0 && (p.t[i-1].kind == tWord || p.w(i-1) == ",") && !p.upper(i) && (p.seq(i+1, "ahead", "of") || p.seq(i+1, "behind", "schedule") || p.seq(i+1, "in", "the", "planning") || p.seq(i+1, "in", "the", "making")) {
				switch p.w(i - 1) {
				case "the", "a", "an", "those", "these", "few", "several", "many", "some":
				default:
					// "opened weeks ahead of schedule", "a plan decades in
					// the making": the length itself, with no number.
					return cand{i: start, j: i + 1, typ: DURATION, val: lit(durValue(-1, u))}, true
				}
			}
			if p.bareUnitBeforeEvent(i) {
				// "a text message sent hours earlier", "cries heard
				// hours after the quake", "with days left": a length of
				// no stated size, counted from an event.
				return cand{i: start, j: i + 1, typ: DURATION, val: lit(durValue(-1, u))}, true
			}
		}
		return cand{}, false
	}
	if (p.w(i) == "some" || p.w(i) == "many") && !(p.w(i-1) == "for" && isPluralUnit(p.w(j))) {
		// "some 90 percent", "many days were lost": a count, not a
		// length; after "for" ("for many years", "for some weeks")
		// the plural unit is how long something went on.
		return cand{}, false
	}
	if (p.w(j) == "to" || p.w(j) == "or") && (p.t[i].kind != tWord || numberWords[p.w(i)] > 0) {
		// "two to three weeks", "12 to 18 months": one span; TimeBank
		// values it at the lower bound. "six or eight months" hedges
		// the same way.
		if n2, j2, ok := p.number(j+1, false); ok && n2 > n {
			if _, ok := unitWords[p.w(j2)]; ok {
				j = j2
			}
		}
	}
	if isDash(p.w(j)) && p.adj(j-1) && p.adj(j) && p.t[i].kind == tNum && j+1 < len(p.t) && p.t[j+1].kind == tNum {
		// "4-7 days", "12-18 months": a range of lengths in figures, at
		// its lower bound like "two to three weeks".
		if n2, j2, ok := p.number(j+1, false); ok && n2 > n {
			if _, ok := unitWords[p.w(j2)]; ok && !p.titled(j2) {
				j = j2
			}
		}
	}
	hy := false
	if isDash(p.w(j)) && p.adj(j-1) {
		j++
		hy = true
	}
	switch p.w(j) {
	case "more", "additional", "extra", "straight", "consecutive", "full", "trading", "business", "working":
		// "two more weeks", "eight trading days", "ten business days"
		if !hy {
			j++
		}
	default:
		if !hy && spanAdjectives[p.w(j)] && isPluralUnit(p.w(j+1)) {
			// "through 30 tumultuous years", "after two long weeks": a
			// word that says how the time went leaves it a length.
			j++
		}
	}
	uw := p.w(j)
	u, ok := unitWords[uw]
	if !ok || p.titled(j) && !p.titleCaseLine(j) {
		// "60 Minutes" is a title; in a headline that capitalises every
		// word, "Trial Pushed Back 6 Weeks to February", the unit is
		// a length.
		return cand{}, false
	}
	if n == 1 && isPluralUnit(uw) && p.t[i].kind != tNum && !hy {
		return cand{}, false
	}
	if !hy && uw == "year" && j == i+1 && p.t[i].kind == tNum && len(p.w(i)) == 4 && n >= 1000 && n <= 2999 {
		// "the full 2013 year", "the 2016 year": a year named, not 2013
		// of them (a count would say "years"); the year is the date's.
		return cand{}, false
	}
	if (p.w(i) == "a" || p.w(i) == "an") && !hy && p.hyphenated(j) && p.w(j+2) == "long" {
		// "a day-long meeting": the compound is the expression.
		return cand{i: j, j: j + 3, typ: DURATION, val: lit(durValue(1, u))}, true
	}
	k := j + 1
	switch {
	case p.w(k) == "old" || p.w(k) == "of" && p.w(k+1) == "age":
		return cand{}, false // "52 years old" is an age
	case u.code == "Q" && p.w(k) == "of" && n > 0:
		// "a quarter of the vote" is a fraction; "several quarters of
		// losses" is a stretch of time.
		return cand{}, false
	case uw == "second" && p.t[i].kind == tWord && k < len(p.t) && p.t[k].kind == tWord && !unitFollow[p.w(k)]:
		return cand{}, false // "a second attack" is an ordinal
	case uw == "second" && p.t[i].kind == tWord && isDash(p.w(k)) && p.adj(k-1) && p.adj(k):
		return cand{}, false // so is "a second-quarter profit", "a second-round vote"
	}
	// "an hour and a half", "a year and a half"
	if p.seq(k, "and", "a", "half") && n >= 1 {
		n += 0.5
		k += 3
	}
	if isDash(p.w(k)) && p.w(k+1) == "old" && p.adj(k-1) {
		// an age, which TimeBank leaves untagged; "a 17 year-old boy"
		// too, as news copy often hyphenates it
		return cand{}, false
	}
	if hy && u.code == "Q" {
		return cand{}, false // "three-quarters" is a fraction
	}
	if hy && n < 0 {
		return cand{}, false
	}
	if the && hy {
		start = i
	}
	// "N units" followed by "ago" etc. is agoLater's.
	switch p.w(k) {
	case "ago", "earlier", "later", "hence":
		if !p.lengthOnly(n, u, k) {
			return cand{}, false
		}
	}
	if isDash(p.w(k)) && p.adj(k-1) && (p.w(k+1) == "earlier" || p.w(k+1) == "ago") {
		return cand{}, false // "a year-earlier loss" is yearAgo's
	}
	if hy && (p.w(k) == "period" || p.w(k) == "term" || p.w(k) == "span") {
		// "a three-year period", "its one-year term": the noun only
		// restates the length, and TimeBank takes it in.
		k++
		if p.w(start-1) == "a" || p.w(start-1) == "an" {
			start--
		}
	}
	if p.seq(i-2, "matter", "of") || p.seq(i-3, "matter", "of", "a") {
		return cand{}, false // "a matter of days" says soon, not how long
	}
	if (p.w(i) == "a" || p.w(i) == "an") && n == 1 && !hy && p.rateBefore(i) {
		// "$500 million a year", "four flights a week": a rate, which
		// TimeBank leaves untagged more often than not.
		return cand{}, false
	}
	if p.seq(i, "one", "day") && !the && modals[p.w(i-1)] {
		// "Islam will one day be…": some future day, not a length of time.
		return cand{i: start, j: k, typ: DATE, val: lit("FUTURE_REF")}, true
	}
	if k2, v, ok := p.compoundLength(n, u, k); ok {
		return cand{i: start, j: k2, typ: DURATION, val: lit(v)}, true
	}
	return cand{i: start, j: k, typ: DURATION, val: lit(durValue(n, u))}, true
}

// compoundLength reads the finer parts after a length of years or months
// ("63 years, 8 months and 23 days", "two years and four months"): an age
// or a reign given to the day is one length, P63Y8M23D, not three. The
// parts must grow finer (years, months, days), each counted in whole
// numbers, and a following "ago" or "later" leaves the first part alone.
func (p *parser) compoundLength(n float64, u unit, k int) (int, string, bool) {
	last, ok := lengthOrder[u.code]
	if !ok || n <= 0 || n != float64(int(n)) {
		return k, "", false
	}
	v := durValue(n, u)
	end := k
	for parts := 0; parts < 2; parts++ {
		m := end
		switch {
		case p.seq(m, ",", "and"):
			m += 2
		case p.w(m) == "," || p.w(m) == "and":
			m++
		default:
			m = -1
		}
		if m < 0 {
			break
		}
		n2, j2, ok := p.number(m, false)
		if !ok || n2 <= 0 || n2 != float64(int(n2)) {
			break
		}
		u2, ok := unitWords[p.w(j2)]
		if !ok || lengthOrder[u2.code] <= last || (n2 == 1) == isPluralUnit(p.w(j2)) {
			break
		}
		if u2.code == "TS" && p.t[m].kind != tNum {
			break // "three hours and a second attack": an ordinal
		}
		last = lengthOrder[u2.code]
		part := strings.TrimPrefix(durValue(n2, u2), "P")
		if strings.Contains(v, "T") {
			part = strings.TrimPrefix(part, "T") // PT3H9M, not PT3HT9M
		}
		v += part
		end = j2 + 1
	}
	if end == k {
		return k, "", false
	}
	switch p.w(end) {
	case "ago", "earlier", "later", "hence", "old":
		return k, "", false
	}
	return end, v, true
}

// lengthOrder ranks the units of a length given in parts, coarsest first:
// a match's "3 hours, 9 minutes" is one length as an age's "63 years, 8
// months" is.
var lengthOrder = map[string]int{"Y": 1, "M": 2, "D": 3, "TH": 4, "TM": 5, "TS": 6}

// bareUnitBeforeEvent reports whether the bare plural unit at i, with no
// number or determiner before it, counts from an event: "hours earlier",
// "days later", "with days left". A determiner, a quantifier or an
// adjective before it ("the final hours", "a matter of days", "few hours
// later") is other rules' matter or no length at all.
func (p *parser) bareUnitBeforeEvent(i int) bool {
	if w := p.w(i); w == "seconds" || w == "minutes" {
		// "hurled a grenade seconds before the bomb exploded": a
		// moment, not a length (AQUAINT leaves it untagged).
		return false
	}
	switch p.w(i + 1) {
	case "earlier", "later":
		// ("days after a sniper killed" is a date in AQUAINT, the
		// days that followed, so "after" and "before" stay out.)
	case "left", "remaining":
		if p.w(i-1) != "with" {
			return false
		}
	default:
		return false
	}
	if p.upper(i) {
		// "Hours after the blast, police…" opens its sentence; a
		// capital elsewhere is a title.
		return i == 0 || p.w(i-1) == "." || p.opensLine(i)
	}
	if i == 0 || p.t[i-1].kind != tWord && p.w(i-1) != "," {
		return false
	}
	switch p.w(i - 1) {
	case "the", "a", "an", "those", "these", "few", "several", "many", "some", "of", "other", "first", "last",
		"past", "next", "coming", "recent", "previous", "following", "more", "less", "fewer", "all", "final", "closing",
		"opening", "early", "late", "dying", "waning":
		return false
	}
	return true
}

// chargeNoun reports whether the set adverb at i is an adjective on the
// noun after it, with a sum of money before it: "a $5 monthly fee", "a
// £40 weekly charge" recur, unlike "C$17.9 million annually" or "$2
// million monthly in sales", where the sum is an amount per period.
func (p *parser) chargeNoun(i int) bool {
	next := p.w(i + 1)
	if i+1 >= len(p.t) || p.t[i+1].kind != tWord || p.upper(i+1) || setFunctionWords[next] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch p.w(k) {
		case "$", "£", "€", "¥":
			return true
		}
	}
	return false
}

// setFunctionWords follow an amount per period rather than a noun.
var setFunctionWords = map[string]bool{"in": true, "on": true, "at": true, "for": true, "to": true, "from": true,
	"by": true, "with": true, "since": true, "through": true, "until": true, "and": true, "or": true, "but": true,
	"over": true, "per": true, "the": true, "a": true, "an": true, "this": true, "that": true, "last": true, "next": true,
	"is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "after": true, "before": true}

// rateBefore reports whether the words before i end in a quantity, so
// that "a year" at i is a rate: "$2 million a year", "700 seats a week".
func (p *parser) rateBefore(i int) bool {
	quantity := func(k int) bool {
		if k < 0 {
			return false
		}
		w := p.w(k)
		return p.t[k].kind == tNum || w == "million" || w == "billion" || w == "thousand" || w == "hundred" || w == "dozen" || w == "%" || w == "percent"
	}
	if p.w(i-1) == ")" {
		// "a 115-kilometer (71-mile) an hour storm", "185 kilometers
		// (115 miles) an hour": the rate is the measure before the
		// gloss in brackets.
		for k := i - 2; k >= 0 && k >= i-8; k-- {
			if p.w(k) == "(" {
				i = k
				break
			}
		}
	}
	if quantity(i - 1) {
		return true
	}
	w := p.w(i - 1)
	if speedMeasure[w] && isDash(p.w(i-2)) && quantity(i-3) {
		// "a 115-kilometer an hour storm", "71-mile": the measure
		// joined to its number.
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (quantity(i-2) || numberWords[p.w(i-2)] > 1)
}

// speedMeasure are the lengths a hyphenated speed is given in.
var speedMeasure = map[string]bool{"kilometer": true, "kilometre": true, "km": true, "mile": true, "meter": true, "metre": true, "knot": true, "foot": true}

// frequency reads "once", "twice", "thrice" or "N times" at i and returns
// the index after it.
func (p *parser) frequency(i int) (int, bool) {
	switch p.w(i) {
	case "once", "twice", "thrice":
		return i + 1, true
	}
	// Only a one-word number: asking number() everywhere would cost the
	// parse of every figure in the text.
	if p.w(i+1) == "times" {
		if n, k, ok := p.number(i, false); ok && n > 1 && k == i+1 {
			return k + 1, true
		}
	}
	return i, false
}

// modals are the auxiliaries that make "one day" mean "some day".
var modals = map[string]bool{"will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "should": true, "must": true, "ll": true}

// unitFollow are words that may follow "a second" when it is a duration.
var unitFollow = map[string]bool{"and": true, "or": true, "later": true, "ago": true, "earlier": true, "before": true, "after": true}

// datedAfter reports whether a month and a day number follow at k (after
// an optional comma): "Fri March 22, 2013", "Thu, Mar 21" — the date
// that lets a bare "Fri" or "Thu" be a weekday.
func (p *parser) datedAfter(k int) bool {
	if p.w(k) == "," {
		k++
	}
	m, j, ok := p.month(k)
	if !ok || m == 0 || j >= len(p.t) || p.t[j].kind != tNum {
		return false
	}
	_, ok = dayNumber(p.w(j))
	return ok
}

// weekdayPlaces follow a weekday in a place's name: "Monday Market" in
// Maiduguri, "the Friday Mosque".
var weekdayPlaces = map[string]bool{"market": true, "mosque": true, "school": true, "club": true, "church": true, "square": true}

// weekdayPapers are the titles that follow a weekday in a newspaper's name.
var weekdayPapers = map[string]bool{"times": true, "telegraph": true, "post": true, "express": true, "herald": true,
	"mirror": true, "mail": true, "tribune": true, "independent": true, "observer": true, "star": true, "standard": true}

var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "biannually": "P6M",
	"semiannually": "P6M",
}

// hourlyKinds follow "hourly" when it names pay by the hour, not how
// often: the people paid so (workers, employees, staff, retirees, a
// union), what they draw (pension, pensions), and the work paid so (jobs,
// positions).
var hourlyKinds = map[string]bool{"workers": true, "worker": true, "employees": true, "employee": true, "staff": true,
	"pension": true, "pensions": true, "retirees": true, "union": true, "jobs": true, "positions": true}

// superlativeMeasure reports whether w, before a set adverb, ranks an
// amount of one period: "highest", "biggest", "worst", "record". The
// list is closed: "interest" and "protest" end alike and come before a
// true set ("pays interest monthly").
func superlativeMeasure(w string) bool {
	return superlatives[w]
}

var superlatives = map[string]bool{"record": true, "worst": true, "best": true, "highest": true, "lowest": true,
	"biggest": true, "largest": true, "smallest": true, "greatest": true, "deadliest": true, "steepest": true,
	"sharpest": true, "strongest": true, "weakest": true, "heaviest": true, "busiest": true, "slowest": true,
	"fastest": true, "hottest": true, "coldest": true, "wettest": true, "driest": true}

// set: "daily", "every year", "each Thursday", "every other week",
// "twice a week".
func (p *parser) set(i int) (cand, bool) {
	w := p.w(i)
	// "twice a year", "three times a week": a frequency, a set of the unit.
	if k, ok := p.frequency(i); ok {
		if p.w(k) == "a" || p.w(k) == "an" || p.w(k) == "per" || p.w(k) == "every" || p.w(k) == "each" {
			if u, ok := unitWords[p.w(k+1)]; ok && !isPluralUnit(p.w(k+1)) && u.code != "N" {
				return cand{i: i, j: k + 2, typ: SET, val: lit(durValue(1, u))}, true
			}
		}
	}
	if v, ok := setAdverbs[w]; ok {
		if p.titled(i) {
			// "the Bucharest Daily News", "China Daily said": a
			// newspaper's name, not how often.
			return cand{}, false
		}
		// an adjective before a noun is not a set ("daily newspaper"), but
		// TimeBank tags both; keep both. A rate is not a set, though:
		// "grew 20% annually", "average daily volume".
		switch p.w(i - 1) {
		case "%", "percent", "average":
			return cand{}, false
		}
		if w == "hourly" && hourlyKinds[p.w(i+1)] {
			// "hourly staff at the mill", "a fund for hourly retirees"
			// ("hourly workers"): paid by the hour, a kind of worker,
			// not how often.
			return cand{}, false
		}
		if superlativeMeasure(p.w(i - 1)) {
			// "the highest monthly death toll", "its biggest daily
			// gain", "a record weekly loss": the most of one period,
			// a measure, not a set.
			return cand{}, false
		}
		if p.w(i+1) == "average" || p.w(i+1) == "averages" {
			// "the monthly average so far this year" is a measure, as
			// "average daily volume" is.
			return cand{}, false
		}
		if p.rateBefore(i) && p.w(i-1) != "times" && !p.chargeNoun(i) {
			// "C$17.9 million annually", "10,000 units annually": an
			// amount per year, as "$2 million a year" is.
			return cand{}, false
		}
		return cand{i: i, j: i + 1, typ: SET, val: lit(v)}, true
	}
	if w != "every" && w != "each" {
		// "$900 per month", "60 miles per hour": a rate, which TimeBank
		// leaves untagged as it does "$2 million a year" ("twice per
		// week", a frequency, is a set above).
		return cand{}, false
	}
	j := i + 1
	step := 1
	if p.w(j) == "other" {
		step, j = 2, j+1
	}
	if n, k, ok := p.number(j, false); ok && n > 0 && n == math.Trunc(n) && w == "every" {
		step, j = int(n), k
	}
	if wd, ok := weekdayWords[p.w(j)]; ok && p.upper(j) {
		return cand{i: i, j: j + 1, typ: SET, val: lit(fmt.Sprintf("XXXX-WXX-%d", (int(wd)+6)%7+1))}, true
	}
	if m, k, ok := p.month(j); ok {
		return cand{i: i, j: k, typ: SET, val: lit(fmt.Sprintf("XXXX-%02d", int(m)))}, true
	}
	if pod, ok := partOfDay[p.w(j)]; ok && len(pod) == 2 {
		// "every night": that part of every day, written on a day
		// with no date as TimeBank writes "Tuesday nights"
		// (XXXX-WXX-2TNI).
		return cand{i: i, j: j + 1, typ: SET, val: lit("XXXX-XX-XXT" + pod)}, true
	}
	u, ok := unitWords[p.w(j)]
	if !ok || u.code == "N" {
		return cand{}, false
	}
	return cand{i: i, j: j + 1, typ: SET, val: lit(durValue(float64(step), u))}, true
}

// clockBefore lists the prepositions that make a bare hour before "in
// the morning" a clock time.
var clockBefore = map[string]bool{"at": true, "by": true, "until": true, "till": true, "around": true,
	"about": true, "before": true, "after": true, "since": true, "from": true, "to": true}

var timeZones = map[string]bool{"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true,
	"pst": true, "pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true,
	// US news writes zones without the season: "10 a.m. ET".
	"et": true, "ct": true, "pt": true}

// zoneOnly are the zone abbreviations too short to follow four figures:
// "1999 ET" is more likely a year than a time.
var zoneOnly = map[string]bool{"et": true, "ct": true, "pt": true}

// dawnPreps open a time at dawn or dusk: "before dawn", "at dusk".
var dawnPreps = map[string]bool{"before": true, "at": true, "after": true, "until": true, "till": true,
	"since": true, "by": true, "from": true, "near": true, "around": true}

// clock: "10 p.m.", "10:30 a.m. EST", "noon", "midnight", "9 o'clock",
// optionally followed by a day: "10 p.m. Wednesday", "noon Thursday".
func (p *parser) clock(i int) (cand, bool) {
	start := i
	var hh, mm int
	j := i
	w := p.w(i)
	if (w == "dawn" || w == "dusk" || w == "daybreak") && dawnPreps[p.w(i-1)] && !p.titled(i) && p.w(i+1) != "of" {
		// "hit the island just before dawn", "a curfew from dusk": the
		// morning or evening of the day in view. "as dawn broke", "the
		// dawn of a new era" and "pre-dawn raids" are left alone.
		pod := "MO"
		if w == "dusk" {
			pod = "EV"
		}
		// "dawn Monday" is one time, as "noon Saturday" is; "at dusk on
		// Friday" is that Friday's evening, the weekday tagged on its own.
		if _, ok := weekdayWords[p.w(i+1)]; ok {
			if d, ok := p.core(i + 1); ok && d.typ == DATE && d.j == i+2 {
				return cand{i: i, j: d.j, typ: TIME, val: withTime(d.val, pod)}, true
			}
		}
		if _, ok := weekdayWords[p.w(i+2)]; ok && p.w(i+1) == "on" {
			if d, ok := p.core(i + 2); ok && d.typ == DATE && d.j == i+3 {
				return cand{i: i, j: i + 1, typ: TIME, val: withTime(d.val, pod)}, true
			}
		}
		return cand{i: i, j: i + 1, typ: TIME, val: withTime(offset(gDay, 0, false), pod)}, true
	}
	switch {
	case w == "noon" || w == "midnight" || w == "midday":
		if p.w(i-1) == "high" || p.titled(i) {
			// "high noon comes today", "the film High Noon": an idiom
			// and a title, not a time.
			return cand{}, false
		}
		hh = 12
		if w == "midnight" {
			hh = 24
		}
		j = i + 1
		if timeZones[p.w(j)] {
			// "noon EST", "midnight GMT"
			j++
		}
	case numberWords[w] >= 1 && numberWords[w] <= 12 && p.seq(i+1, "o", "'", "clock"):
		// "at four o'clock in the morning": the hour in words.
		hh, j = numberWords[w], i+4
		if p.seq(j, "in", "the", "morning") {
			j += 3
		} else if p.seq(j, "in", "the", "afternoon") || p.seq(j, "in", "the", "evening") || p.seq(j, "at", "night") {
			if hh < 12 {
				hh += 12
			}
			j += 3
			if p.w(j-3) == "at" {
				j--
			}
		}
	case p.t != nil && i < len(p.t) && p.t[i].kind == tNum && len(w) == 4 && timeZones[p.w(i+1)] && !zoneOnly[p.w(i+1)]:
		// "0800 GMT": the 24-hour clock of wire copy. A US zone after
		// four figures ("1999 ET") would be a year, and "2000 hours" is
		// a length as often as a time, so only the named zones count.
		h, ok1 := atoi(w[:2])
		m, ok2 := atoi(w[2:])
		if !ok1 || !ok2 || h > 24 || m > 59 || h == 24 && m > 0 {
			return cand{}, false
		}
		hh, mm = h, m
		j = i + 2
	case p.t != nil && i < len(p.t) && p.t[i].kind == tNum:
		hasMin := false
		h, ok := atoi(w)
		if dottedClock(w) && (p.w(i+1) == "am" || p.w(i+1) == "pm") {
			// "6.30pm", "10.15 a.m.": the dot of British copy.
			k := strings.IndexByte(w, '.')
			h, _ = atoi(w[:k])
			mm, _ = atoi(w[k+1:])
			ok, hasMin = mm <= 59, true
		}
		if !ok || h > 24 {
			return cand{}, false
		}
		hh = h
		j = i + 1
		if p.w(j) == ":" && p.adj(i) && p.adj(j) {
			m, ok := atoi(p.w(j + 1))
			if !ok || len(p.w(j+1)) != 2 || m > 59 {
				return cand{}, false
			}
			mm, hasMin = m, true
			j += 2
		}
		switch p.w(j) {
		case "am", "pm":
			if hh > 12 || hh == 0 {
				return cand{}, false
			}
			if p.w(j) == "pm" && hh < 12 {
				hh += 12
			}
			if p.w(j) == "am" && hh == 12 {
				hh = 0
			}
			j++
		case "o":
			if p.w(j+1) == "'" && p.w(j+2) == "clock" {
				j += 3
			} else {
				return cand{}, false
			}
		default:
			if !hasMin && hh >= 1 && hh <= 12 && clockBefore[p.w(i-1)] && (p.seq(j, "in", "the", "morning") || p.seq(j, "in", "the", "afternoon") || p.seq(j, "in", "the", "evening")) {
				// "at 4 in the morning": the part of day stands in for
				// a.m./p.m.; the word before keeps "rose 4 in the morning
				// session" out.
				break
			}
			if !hasMin || !(clockBefore[p.w(i-1)] || timeZones[p.w(j)]) {
				// "at 14:30", "by 23:59": a preposition of time before
				// the figures; "Matthew 14:30" and "won 3:2" have none.
				return cand{}, false
			}
		}
		if timeZones[p.w(j)] {
			j++
		} else if p.seq(j, "local", "time") {
			// "2:30 a.m. local time Tuesday": the zone in words.
			j += 2
		}
		if p.seq(j, "in", "the", "morning") {
			j += 3
		} else if p.seq(j, "in", "the", "afternoon") || p.seq(j, "in", "the", "evening") {
			if hh < 12 {
				hh += 12
			}
			j += 3
		}
	default:
		return cand{}, false
	}
	if p.w(start-1) == "(" && p.clockEnds(start-2) {
		// "10:35 a.m. (0735 GMT)": the same moment in another zone,
		// which annotators leave untagged.
		return cand{}, false
	}
	tod := fmt.Sprintf("%02d:%02d", hh, mm)
	if p.w(j) == "on" {
		// "around 9:40 p.m. on Thursday night", "at midnight on Sunday":
		// the time of that day, each its own expression (as the
		// hand-annotated news probes of rounds 9 to 11 split them).
		if d, ok := p.dateOrTime(j + 1); ok && d.i == j+1 && (d.typ == DATE || d.typ == TIME) {
			v := d.val
			return cand{i: start, j: j, typ: TIME, val: func(c *ctx) (string, point) {
				if dv, pt := v(c); len(dv) >= 10 && pt.valid() && pt.g == gDay {
					return dv[:10] + "T" + tod, pt
				}
				if d, ok := c.dayInFocus(); ok {
					return d.value() + "T" + tod, point{}
				}
				return "XXXX-XX-XXT" + tod, point{}
			}}, true
		}
	}
	// day after the time: "10 p.m. Wednesday", "noon Thursday", "9 p.m. EST, Nov. 9"
	k := j
	if p.w(k) == "," {
		k++
	}
	if d, ok := p.dateOrTime(k); ok && d.typ == DATE {
		v := d.val
		return cand{i: start, j: d.j, typ: TIME, val: withTime(v, tod)}, true
	}
	return cand{i: start, j: j, typ: TIME, val: func(c *ctx) (string, point) {
		// A bare time belongs to the day in focus.
		if d, ok := c.dayInFocus(); ok {
			return d.value() + "T" + tod, point{}
		}
		return "XXXX-XX-XXT" + tod, point{}
	}}, true
}

// clockEnds reports whether a clock time ends at token k: "a.m.",
// "p.m.", a zone, "local time".
func (p *parser) clockEnds(k int) bool {
	w := p.w(k)
	return w == "am" || w == "pm" || timeZones[w] || w == "local" || w == "time" && p.w(k-1) == "local"
}

// holiday: "Christmas", "Christmas Day", "New Year's Day", "Thanksgiving".
func (p *parser) holiday(i int) (cand, bool) {
	h, ok := p.holidayDay(i)
	if !ok || h.typ != DATE || p.w(h.j) != "weekend" {
		return h, ok
	}
	if p.w(h.i) == "the" && p.w(h.i+1) == "new" && !(p.upper(h.i+1) && p.upper(h.i+2)) {
		// "over the new year weekend": lower case, the phrase is a
		// year, not a day a weekend can belong to; it stays the year.
		return h, ok
	}
	// "died Memorial Day Weekend", "the long Presidents' Day weekend":
	// the weekend the holiday belongs to is one expression, the one
	// before a Monday or Tuesday holiday and the one after any other
	// (Thanksgiving's); the holiday alone would date the wrong day.
	inner := h.val
	return cand{i: h.i, j: h.j + 1, typ: DATE, val: func(c *ctx) (string, point) {
		_, pt := inner(c)
		if !pt.valid() || pt.g != gDay {
			return "XXXX-WXX-WE", point{}
		}
		wd := (int(pt.t.Weekday()) + 6) % 7 // Monday 0 … Sunday 6
		sat := pt.t.AddDate(0, 0, 5-wd)
		if wd <= 1 {
			sat = pt.t.AddDate(0, 0, -2-wd)
		}
		q := point{t: sat, g: gWeekend}
		return q.value(), q
	}}, true
}

// holidayDay reads a named holiday at i ("Christmas", "Memorial Day",
// "last Thanksgiving") as its day.
func (p *parser) holidayDay(i int) (cand, bool) {
	w := p.w(i)
	if w == "the" && p.news && p.w(i+1) == "new" && p.w(i+2) == "year" && p.w(i+3) != "'" {
		years, dated := p.newYearDated(i)
		// "kick off the new year", "the first session of the new year":
		// the year that begins nearest the DCT, and capitalised ("the
		// first hours of the New Year") its first day. Only where the
		// sentence dates nothing else: see newYearDated.
		if !dated {
			return cand{i: i, j: i + 3, typ: DATE, val: newYear(p.upper(i+1) && p.upper(i+2), years)}, true
		}
	}
	if w == "last" || w == "next" || w == "this" {
		// "last Thanksgiving", "next Christmas": the word is part of the
		// expression, and pickYear reads it as the side of the DCT.
		h, ok := p.holiday(i + 1)
		if !ok || h.i != i+1 || p.w(i+1) == "last" || p.w(i+1) == "next" || p.w(i+1) == "this" {
			return cand{}, false
		}
		inner := h.val
		return cand{i: i, j: h.j, typ: DATE, val: func(c *ctx) (string, point) {
			cur := c.cur
			c.cur = &h
			v, pt := inner(c)
			c.cur = cur
			return v, pt
		}}, true
	}
	var m time.Month
	var d int
	var nth func(y int) int
	j := i + 1
	switch {
	case holidays[w] != [2]int{} && p.upper(i):
		m, d = time.Month(holidays[w][0]), holidays[w][1]
		if p.w(j) == "day" || p.w(j) == "'" && p.w(j+1) == "s" && p.w(j+2) == "day" {
			if p.w(j) == "'" {
				j += 2
			}
			j++
		} else if p.w(j) == "eve" {
			d--
			j++
		}
	case w == "new" && p.upper(i) && p.w(j) == "year" && p.w(j+1) == "'" && p.w(j+2) == "s" && (p.w(j+3) == "day" || p.w(j+3) == "eve"):
		m, d = 1, 1
		if p.w(j+3) == "eve" {
			m, d = 12, 31
		}
		j += 4
	case w == "easter" && p.upper(i), w == "good" && p.w(j) == "friday" && p.upper(i) && p.upper(j),
		movableFeasts[w+" "+p.w(j)] != 0 && p.upper(i) && p.upper(j):
		return p.easter(i)
	case w == "black" && p.w(j) == "friday" && p.upper(i) && p.upper(j):
		// the day after Thanksgiving
		m = time.November
		nth = func(y int) int { return nthWeekday(y, time.November, time.Thursday, 4) + 1 }
		j++
	case w == "thanksgiving" && p.upper(i):
		m = time.November
		nth = func(y int) int { return nthWeekday(y, time.November, time.Thursday, 4) }
		if p.w(j) == "day" {
			j++
		}
	case w == "independence" && p.w(j) == "day" && p.upper(i):
		m, d = 7, 4
		j++
	case w == "memorial" && p.w(j) == "day" && p.upper(i):
		m = time.May
		nth = func(y int) int { return nthWeekday(y, time.May, time.Monday, -1) }
		j++
	case w == "election" && p.w(j) == "day" && p.upper(i) && p.upper(j):
		// US federal elections: the Tuesday after the first Monday of November.
		m = time.November
		nth = func(y int) int { return nthWeekday(y, time.November, time.Monday, 1) + 1 }
		j++
	case w == "labor" && p.w(j) == "day" && p.upper(i):
		m = time.September
		nth = func(y int) int { return nthWeekday(y, time.September, time.Monday, 1) }
		j++
	case (w == "presidents" || w == "president") && p.upper(i) && p.holidayDayWord(j):
		// Presidents' Day, the third Monday of February
		m = time.February
		nth = func(y int) int { return nthWeekday(y, time.February, time.Monday, 3) }
		for p.w(j) != "day" {
			j++
		}
		j++
		if w == "president" && p.w(i-1) == "the" && p.upper(i-1) && p.w(j) != "weekend" && p.w(j) != "holiday" {
			// "The President's Day began with a briefing": one man's
			// day opening a sentence. After a lower-case "the", or
			// before "weekend" or "holiday", it is the holiday.
			return cand{}, false
		}
	default:
		return cand{}, false
	}
	if y, k, ok := p.looseYear(j); ok {
		if nth != nil {
			d = nth(y)
		}
		return cand{i: i, j: k, typ: DATE, val: calendar(y, m, d)}, true
	}
	return cand{i: i, j: j, typ: DATE, val: func(c *ctx) (string, point) {
		if nth == nil {
			return calendar(0, m, d)(c)
		}
		// A movable feast: choose the year first, then its day in that year.
		y, ok := c.pickYear(m, 20)
		if !ok {
			return fmt.Sprintf("XXXX-%02d-XX", int(m)), point{}
		}
		return calendar(y, m, nth(y))(c)
	}}, true
}

// newYearDated reads what else the sentence around "the new year" at i
// says of its date. It returns the years its own clause names in a
// date's place ("In 2009, ... began the new year", "the New Year in
// 1968"), which newYear checks against the DCT's, and dated is true
// where the DCT cannot be trusted at all: another calendar's new year
// ("the new year of the Persian calendar"), or a weekday or date that
// follows it directly ("which falls on Friday"), which may place a new
// year that is not 1 January. A year in another clause ("The war, which
// began in 2022, ... into the new year"), a count ("About 2000 troops")
// and a weekday later in the sentence ("officials said on Monday") say
// nothing of it.
func (p *parser) newYearDated(i int) (years []int, dated bool) {
	lo, hi := p.sentenceAround(i, i+3, 25)
	for k := lo; k < hi; k++ {
		if otherCalendars[p.w(k)] {
			return nil, true
		}
	}
	for k := lo; k < hi; k++ {
		if k >= i && k < i+3 {
			continue
		}
		if y, ok := p.year(k); ok && p.newYearClauseYear(lo, i, k) {
			years = append(years, y)
		}
	}
	k := i + 3
	for n := 0; n < 5 && k < hi && newYearLinks[p.w(k)]; n++ {
		k++
	}
	if p.upper(k) {
		if _, ok := weekdayWords[p.w(k)]; ok {
			return nil, true
		}
		if _, ok := monthWords[p.w(k)]; ok && len(p.w(k)) > 3 {
			return nil, true
		}
	}
	if _, ok := dayNumber(p.w(k)); ok && k < hi && p.t[k].kind == tNum {
		if _, _, ok := p.month(k + 1); ok {
			return nil, true
		}
	}
	return years, false
}

// newYearLinks are the words that may stand between "the new year" and
// the weekday or date that places it ("the New Year, which falls on
// Friday", "the new year on 1 January").
var newYearLinks = map[string]bool{
	",": true, "which": true, "that": true, "falls": true, "fell": true, "will": true,
	"fall": true, "is": true, "was": true, "be": true, "on": true, "a": true, "this": true,
	"year": true,
}

// newYearClauseYear reports whether the year at k, in the sentence from
// lo around "the new year" at i, stands in a date's place in the
// phrase's own clause: after "in", "of" or a month, or right after the
// phrase; before it, with no comma between ("opened in 1994 the new
// year") or in the phrase that opens the sentence ("In 1994, the rebels
// opened the new year"); after it, with no punctuation between.
func (p *parser) newYearClauseYear(lo, i, k int) bool {
	prev := p.w(k - 1)
	_, afterMonth := monthWords[prev]
	if k != i+3 && prev != "in" && prev != "of" && !afterMonth {
		return false
	}
	a, b := k+1, i
	if k > i {
		a, b = i+3, k
	}
	for m := a; m < b; m++ {
		if p.t[m].kind == tPunct {
			return k < i && k-1 <= lo+1
		}
	}
	return true
}

// otherCalendars name calendars whose new year is not 1 January.
var otherCalendars = map[string]bool{
	"chinese": true, "lunar": true, "persian": true, "iranian": true, "jewish": true,
	"hebrew": true, "islamic": true, "hijri": true, "muslim": true, "vietnamese": true,
	"korean": true, "tibetan": true, "hindu": true, "thai": true, "sikh": true, "khmer": true,
	"nowruz": true, "tet": true, "calendar": true, "ethiopian": true, "coptic": true,
}

// newYear values "the new year" in news: the year that begins nearest the
// DCT, the coming one from July on, else the DCT's own; firstDay asks for
// its first day ("the New Year" as New Year's Day). A year its sentence
// names that is not that year ("In 2009, ... began the new year" read in
// 2015) says the DCT does not date it: it is left untagged.
func newYear(firstDay bool, named []int) resolver {
	return func(c *ctx) (string, point) {
		a, ok := c.deictic()
		if !ok || a.noYear || !a.valid() {
			if len(named) > 0 {
				return "", point{}
			}
			if firstDay {
				return "XXXX-01-01", point{}
			}
			return "XXXX", point{}
		}
		y := a.t.Year()
		if a.t.Month() >= time.July {
			y++
		}
		for _, n := range named {
			if n != y {
				return "", point{}
			}
		}
		if firstDay {
			return calendar(y, time.January, 1)(c)
		}
		pt := point{t: day(y, time.January, 1), g: gYear}
		return pt.value(), pt
	}
}

// movableFeasts are the days counted from Easter Sunday, in days.
var movableFeasts = map[string]int{"ash wednesday": -46, "shrove tuesday": -47, "palm sunday": -7,
	"maundy thursday": -3, "holy thursday": -3, "holy saturday": -1}

// namedDays are words that make the weekday after them part of a name
// ("Cyber Monday", "Super Tuesday", "Bloody Sunday"), not a day of the
// week in view.
var namedDays = map[string]bool{"cyber": true, "super": true, "bloody": true, "fat": true, "giving": true, "black": true,
	"ash": true, "palm": true, "shrove": true, "maundy": true, "holy": true, "good": true, "easter": true}

// easter reads "Easter", "Easter Sunday", "Easter Monday", "Good Friday"
// (days) and "Easter week" (the ISO week ending on Easter Sunday), each
// with an optional year.
func (p *parser) easter(i int) (cand, bool) {
	off, g, j := 0, gDay, i+1
	switch {
	case p.w(i) == "good":
		off, j = -2, i+2
	case movableFeasts[p.w(i)+" "+p.w(j)] != 0:
		off, j = movableFeasts[p.w(i)+" "+p.w(j)], i+2
	case p.w(j) == "sunday" || p.w(j) == "day":
		j++
	case p.w(j) == "monday":
		off = 1
		j++
	case p.w(j) == "week":
		g = gWeek
		j++
	case p.upper(j) && p.t[j].kind == tWord:
		// "Easter Island", "Easter Rising": a name.
		return cand{}, false
	}
	at := func(y int) point { return point{t: easterSunday(y).AddDate(0, 0, off), g: g} }
	if y, k, ok := p.looseYear(j); ok {
		pt := at(y)
		return cand{i: i, j: k, typ: DATE, val: func(*ctx) (string, point) { return pt.value(), pt }}, true
	}
	return cand{i: i, j: j, typ: DATE, val: func(c *ctx) (string, point) {
		y, ok := c.pickYear(time.April, 10)
		if !ok {
			return "", point{}
		}
		pt := at(y)
		return pt.value(), pt
	}}, true
}

// easterSunday is the Gregorian Easter of year y (the anonymous
// Gregorian algorithm, as in Meeus).
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, time.Month(month), dd)
}

// nthWeekday returns the day of the nth (or last, n<0) weekday of a month.
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) int {
	if n < 0 {
		last := day(y, m+1, 0)
		return last.Day() - (int(last.Weekday())-int(wd)+7)%7
	}
	first := day(y, m, 1)
	return 1 + (int(wd)-int(first.Weekday())+7)%7 + 7*(n-1)
}

// reference: now, currently, recently, the past, the future, these days,
// recent years.
func (p *parser) reference(i int) (cand, bool) {
	w := p.w(i)
	switch w {
	case "a":
		if p.seq(i+1, "later", "date") && p.w(i-1) == "at" {
			// "at a later date": some time ahead
			return cand{i: i, j: i + 3, typ: DATE, val: lit("FUTURE_REF")}, true
		}
	case "now":
		if p.w(i-1) == "from" {
			return cand{}, false // "two weeks from now" is agoLater's
		}
		if p.upper(i) && p.w(i+1) == "," {
			// "Now, he says, ...": a discourse marker opening a sentence.
			return cand{}, false
		}
		return cand{i: i, j: i + 1, typ: DATE, val: lit("PRESENT_REF")}, true
	case "currently", "nowadays", "presently":
		return cand{i: i, j: i + 1, typ: DATE, val: lit("PRESENT_REF")}, true
	case "current":
		if p.w(i+1) == "account" || p.w(i+1) == "accounts" || p.w(i+1) == "events" {
			return cand{}, false
		}
		return cand{i: i, j: i + 1, typ: DATE, val: lit("PRESENT_REF")}, true
	case "recently", "lately":
		switch p.w(i - 1) {
		case "have", "has", "had", "was", "were", "been", "is", "are":
			// "have recently moved", "was recently extended": an adverb
			// inside the verb group, which TimeBank and AQUAINT leave
			// untagged (all four cases), unlike a clause-level
			// "Recently, analysts have said".
			return cand{}, false
		case "most":
			// "most recently last October": the date that follows says
			// when.
			if c, ok := p.core(i + 1); ok && c.i == i+1 {
				return cand{}, false
			}
		}
		return cand{i: i, j: i + 1, typ: DATE, val: lit("PAST_REF")}, true
	case "soon":
		// "it soon will begin", "they may soon seek", "sales to soon
		// grow": some time ahead of now. In a past narrative ("he was
		// soon released") it is soon after another event, so a modal or
		// an infinitive must govern it. "as soon as", "soon after" and
		// "too soon" relate two events.
		switch {
		case p.upper(i), p.w(i-1) == "as" || p.w(i-1) == "too" || p.w(i-1) == "so" || p.w(i-1) == "how",
			p.w(i+1) == "as" || p.w(i+1) == "after" || p.w(i+1) == "afterward" || p.w(i+1) == "afterwards" || p.w(i+1) == "thereafter":
			return cand{}, false
		}
		ahead := p.w(i-1) == "to" || p.w(i+1) == "will"
		for k := i - 1; k >= 0 && k >= i-4 && !ahead; k-- {
			switch p.w(k) {
			case "will", "ll", "shall", "may", "might", "could", "should", "can", "must":
				ahead = true
			case ".", ";", ",", "!", "?":
				k = -1
			}
		}
		if !ahead {
			return cand{}, false
		}
		return cand{i: i, j: i + 1, typ: DATE, val: lit("FUTURE_REF")}, true
	case "recent":
		if u, ok := unitWords[p.w(i+1)]; ok && isPluralUnit(p.w(i+1)) && u.g != gNone {
			if u.g < gYear {
				// "recent weeks" is a stretch of unknown length up to now,
				// which TimeML values as a duration (PXW); "recent years"
				// is more often annotated as the past in general.
				return cand{i: i, j: i + 2, typ: DURATION, val: lit(durValue(-1, u))}, true
			}
			return cand{i: i, j: i + 2, typ: DATE, val: lit("PAST_REF")}, true
		}
		return cand{}, false
	case "these", "those":
		if p.w(i+1) == "days" && (p.w(i-1) == "on" || p.w(i-1) == "of" || p.w(i-1) == "for" || p.w(i-1) == "during") {
			// "fired on those days", "on either of those days": days the
			// text just named, not "back then".
			return cand{}, false
		}
		if p.w(i+1) == "days" {
			v := "PRESENT_REF"
			if w == "those" {
				v = "PAST_REF"
			}
			return cand{i: i, j: i + 2, typ: DATE, val: lit(v)}, true
		}
	case "the":
		switch {
		case p.seq(i+1, "past") && !isUnitish(p.w(i+2)) && !isNumberish(p.w(i+2)):
			return cand{i: i, j: i + 2, typ: DATE, val: lit("PAST_REF")}, true
		case p.seq(i+1, "future", "of"):
			// "the future of our peoples" is their fate, not a time
			// (untagged in TimeBank).
			return cand{}, false
		case p.seq(i+1, "future"):
			return cand{i: i, j: i + 2, typ: DATE, val: lit("FUTURE_REF")}, true
		case p.seq(i+1, "foreseeable", "future"):
			// "for the foreseeable future" means indefinitely, not some
			// time ahead; TimeBank leaves it untagged (both cases).
			return cand{}, false
		case p.seq(i+1, "near", "future") || p.seq(i+1, "distant", "future") ||
			p.seq(i+1, "near", "term") || p.seq(i+1, "short", "term"):
			return cand{i: i, j: i + 3, typ: DATE, val: lit("FUTURE_REF")}, true
		case p.w(i+2) == "ahead" && (p.w(i+1) == "days" || p.w(i+1) == "weeks" || p.w(i+1) == "months" || p.w(i+1) == "years"):
			// "the weeks ahead": a stretch of unknown length from now on
			return cand{i: i, j: i + 3, typ: DURATION, val: lit(durValue(-1, unitWords[p.w(i+1)]))}, true
		case p.seq(i+1, "present") && (p.w(i+2) == "time" || p.w(i+2) == "day" || p.w(i+2) == "moment"):
			// "at the present time", "the present day": now
			return cand{i: i, j: i + 3, typ: DATE, val: lit("PRESENT_REF")}, true
		case p.seq(i+1, "present") && !isUnitish(p.w(i+2)) && p.phraseEnds(i+2):
			// "The present study", "the present government" use it as
			// an adjective of the thing, not a time.
			return cand{i: i, j: i + 2, typ: DATE, val: lit("PRESENT_REF")}, true
		case p.seq(i+1, "moment") && p.w(i-1) == "at":
			return cand{i: i, j: i + 2, typ: DATE, val: lit("PRESENT_REF")}, true
		case (p.w(i+1) == "morning" || p.w(i+1) == "afternoon" || p.w(i+1) == "evening") && dayPartPrep[p.w(i-1)] && p.phraseEnds(i+2):
			// "placed orders in the morning", "rain from late morning
			// through the evening": that part of the day in view; "in
			// the morning session" is a noun phrase.
			return cand{i: i, j: i + 2, typ: TIME, val: dayInView("T" + partOfDay[p.w(i+1)])}, true
		case !p.news && p.w(i-1) == "by" && (p.w(i+1) == "morning" || p.w(i+1) == "afternoon" || p.w(i+1) == "evening") && p.phraseEnds(i+2):
			// "The ferry sailed at dawn on 3 May 1791; by the evening
			// the gale had turned": in a history, the part of the day the
			// story has reached, as "in the evening" already is. News
			// keeps TimeBank's reading.
			return cand{i: i, j: i + 2, typ: TIME, val: dayInView("T" + partOfDay[p.w(i+1)])}, true
		}
	case "future":
		if p.w(i-1) == "in" || p.w(i-1) == "near" {
			return cand{i: i, j: i + 1, typ: DATE, val: lit("FUTURE_REF")}, true
		}
	}
	return cand{}, false
}

// dayPartPrep are the prepositions that make "the morning/afternoon/
// evening" a part of the day in view ("left for the evening" too).
var dayPartPrep = map[string]bool{"in": true, "through": true, "into": true, "until": true, "till": true, "during": true, "for": true}

// nthDay: "It's the second day of an offensive", "today is the eighth
// day of Desert Shield": said of the day in view with a present "is", an
// ordinal day of some stretch is that day (both gold cases value it so).
// Elsewhere ("voted on the second day of the conclave") the stretch's
// start is unknown and the phrase is left alone.
func (p *parser) nthDay(i int) (cand, bool) {
	if p.w(i) != "the" || p.w(i+2) != "day" || p.w(i+3) != "of" {
		return cand{}, false
	}
	if _, ok := ordinal(p.w(i + 1)); !ok {
		return cand{}, false
	}
	if b := p.w(i - 1); b != "is" && !(b == "s" && p.w(i-2) == "'" && p.adj(i-3)) {
		return cand{}, false
	}
	return cand{i: i, j: i + 3, typ: DATE, val: offset(gDay, 0, true)}, true
}

// sameTimeLastYear: "Cars 2 opened this weekend last year", "this month
// last year", "drier than last year at this time": the story's weekend,
// week or month a year back, as one expression (a weekend or week keeps
// its number). "this time" is the month, as the probe's gold values it.
// Only "last year" after, or "last year at this time": "this week, last
// year's winner said" has a comma and stays two expressions.
func (p *parser) sameTimeLastYear(i int) (cand, bool) {
	if p.seq(i, "last", "year", "at", "this", "time") && !p.hyphenated(i+4) {
		return cand{i: i, j: i + 5, typ: DATE, val: monthYearBack}, true
	}
	if p.w(i) != "this" || !p.seq(i+2, "last", "year") {
		return cand{}, false
	}
	if w := p.w(i + 4); w == "'s" || w == "'" || w == "’" || w == "s" {
		// "signed this week last year's top scorer": the year is the
		// scorer's, and "this week" stands alone.
		return cand{}, false
	}
	switch p.w(i + 1) {
	case "time", "month":
		return cand{i: i, j: i + 4, typ: DATE, val: monthYearBack}, true
	case "week", "weekend":
	default:
		return cand{}, false
	}
	c, ok := p.relativeUnit(i)
	if !ok || c.i != i || c.j != i+2 || c.typ != DATE {
		return cand{}, false
	}
	inner := c.val
	return cand{i: i, j: i + 4, typ: DATE, val: func(x *ctx) (string, point) {
		v, pt := inner(x)
		if !pt.valid() || pt.g != gWeek && pt.g != gWeekend {
			return v, pt
		}
		y, wk := pt.t.ISOWeek()
		if _, last := day(y-1, time.December, 28).ISOWeek(); wk > last {
			wk = last // week 53 of a year whose year before has 52
		}
		q := point{t: monday(day(y-1, time.January, 4)).AddDate(0, 0, 7*(wk-1)), g: pt.g}
		return q.value(), q
	}}, true
}

// monthYearBack is the month of the story's day a year before.
func monthYearBack(c *ctx) (string, point) {
	a, ok := c.deictic()
	if !ok || a.g > gMonth {
		return "XXXX-XX", point{}
	}
	q := mkMonth(a.t.Year()-1, a.t.Month())
	return q.value(), q
}

// anotherUnit: "the strike may last for yet another week", "the probe
// can work for another decade": after "for", a further unit of time is a
// length of one unit (P1W; a decade in years, P10Y, as durValue writes it
// in news). Only after "for": "Another year has passed" is the year,
// "left for another day" (a day some time later) is an idiom, so "day" is
// not taken, "for another quarter of the seats" is a share and "for
// another month's rent" an amount.
func (p *parser) anotherUnit(i int) (cand, bool) {
	if p.w(i) != "another" || !(p.w(i-1) == "for" || p.w(i-1) == "yet" && p.w(i-2) == "for") {
		return cand{}, false
	}
	j := i + 1
	w := p.w(j)
	u, ok := unitWords[w]
	// "another year-end sell-off" is an adjective.
	if !ok || w == "day" || w == "second" || isPluralUnit(w) || p.w(j+1) == "of" || p.w(j+1) == "'" || p.hyphenated(j) {
		return cand{}, false
	}
	if v, ok := anotherAndAHalf[w]; ok && p.seq(j+1, "and", "a", "half") {
		// "for another year and a half": one and a half units, as "a
		// year and a half" is.
		return cand{i: i, j: j + 4, typ: DURATION, val: lit(v)}, true
	}
	return cand{i: i, j: j + 1, typ: DURATION, val: lit(durValue(1, u))}, true
}

// hyphenIn reports whether a hyphen makes an adjective of a unit among
// tokens i to j-1 ("hour-long", "year-end"); a range of numbers ("10-15
// years") and a number word ("twenty-five years") do not count.
func (p *parser) hyphenIn(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if _, unit := unitWords[p.w(k)]; unit && p.hyphenated(k) {
			return true
		}
	}
	return false
}

// anotherAndAHalf values "another X and a half" as the engine values "a
// X and a half" in news (narrative mode rewrites them in their own unit).
var anotherAndAHalf = map[string]string{"year": "P1Y6M", "month": "P1M15D", "hour": "PT1H30M", "minute": "PT1M30S", "decade": "P15Y"}

// dayInView is a part of the last day the text named, else of the DCT:
// suffix is its TIMEX3 time ("TMO").
func dayInView(suffix string) resolver {
	return func(c *ctx) (string, point) {
		if d, ok := c.dayInFocus(); ok {
			return d.value() + suffix, point{}
		}
		return "XXXX-XX-XX" + suffix, point{}
	}
}

// dayInFocus is the day a bare clock time or part of day belongs to: the
// last day the text named, else the DCT. In News mode a day that closes
// a period ("the quarter ending Aug. 31", "its year ending Jan. 31,
// 2008") more than a week from the DCT is not the day the story is
// telling, so "shares fell 9.8% as of 4:09 p.m." stays on the DCT's day.
// Any other day named, however far, keeps the times that follow it ("On
// Dec. 15 … at 7 p.m.").
func (c *ctx) dayInFocus() (point, bool) {
	if c.opt.Mode == News && c.hasDCT && c.cur != nil && c.p.lineAlone(c.cur.i, c.cur.j) {
		// "1:23 p.m." on a line of its own heads an entry of a news
		// timeline ("The latest on the trial (all times local)"): the
		// day is the story's, not the last one its text named.
		return c.dct, true
	}
	if c.hasRef && c.ref.g == gDay {
		far := c.opt.Mode == News && c.hasDCT && c.refBound &&
			(c.ref.t.Before(c.dct.t.AddDate(0, 0, -7)) || c.ref.t.After(c.dct.t.AddDate(0, 0, 7)))
		// A day after the DCT ("tomorrow he will speak") holds no time
		// told in the past tense: "the alarm was first raised at 6:43
		// p.m." happened by the DCT's day.
		ahead := c.opt.Mode == News && c.hasDCT && c.ref.t.After(c.dct.t) && c.cur != nil && c.tense() < 0
		if !far && !ahead {
			return c.ref, true
		}
	}
	if c.opt.Mode == Narrative && c.hasRef && c.hasDayRef && c.dayRef.t.Year() == c.ref.t.Year() &&
		(c.ref.g == gYear || c.ref.g == gMonth && c.dayRef.t.Month() == c.ref.t.Month()) {
		// "On the night of February 8, 1904 … In early 1904, Port
		// Arthur received word … At 11:50 pm": a year or month that
		// holds the story's last day leaves its clock times on that day.
		return c.dayRef, true
	}
	if c.opt.Mode == Narrative && c.hasRef {
		// A story that has named only years or months has no day for
		// a bare "8 a.m." to fall on, and the DCT's is not the story's.
		return point{}, false
	}
	if c.hasDCT {
		return c.dct, true
	}
	return point{}, false
}

// lineAlone reports whether the expression at [i, j) is a line of its
// own, but for a full stop after it.
func (p *parser) lineAlone(i, j int) bool {
	if !p.opensLine(i) {
		return false
	}
	if p.w(j) == "." {
		j++
	}
	return j >= len(p.t) || p.opensLine(j)
}

// phraseEnds reports whether the token at k closes a noun phrase: the
// end, punctuation, or a function word.
func (p *parser) phraseEnds(k int) bool {
	if k >= len(p.t) || p.t[k].kind == tPunct {
		return true
	}
	switch p.w(k) {
	case "to", "and", "but", "or", "when", "as", "before", "after", "at", "on", "in", "with", "while", "until", "of", "the", "a", "he", "she", "they", "it", "we":
		return true
	}
	return false
}

func isUnitish(w string) bool {
	_, ok := unitWords[w]
	return ok || w == "few" || w == "several"
}

// quantityBefore reports whether the word before i ends an amount ("58
// percent", "$30 million", "twice", "12"), after which "more than" and
// "less than" compare amounts rather than bound a time.
func (p *parser) quantityBefore(i int) bool {
	if i < 1 {
		return false
	}
	switch w := p.w(i - 1); w {
	case "percent", "%", "times", "twice", "thrice", "million", "billion", "trillion", "points", "cents":
		return true
	default:
		return p.t[i-1].kind == tNum || isNumberish(w)
	}
}

func isNumberish(w string) bool {
	_, ok := numberWords[w]
	return ok || isDigits(w)
}

// nineEleven: "the September 11 attacks", "since 9/11". News names the
// 2001 attacks by their date, which is that date whatever the DCT.
func (p *parser) nineEleven(i int) (cand, bool) {
	j := 0
	if m, k, ok := p.month(i); ok && m == time.September && (p.w(k) == "11" || p.w(k) == "11th") {
		switch p.w(k + 1) {
		case "attacks", "attack", "terrorist", "terror", "hijackings", "hijackers", "commission":
			j = k + 1
		}
	}
	if p.w(i) == "9" && p.w(i+1) == "/" && p.w(i+2) == "11" && p.adj(i) && p.adj(i+1) && !(p.adj(i+2) && (p.w(i+3) == "/" || p.w(i+3) == "-")) {
		j = i + 3
	}
	if j == 0 {
		return cand{}, false
	}
	return cand{i: i, j: j, typ: DATE, val: lit("2001-09-11")}, true
}

// rangeAfterWeekday reports whether the weekday at i closes a stretch opened
// by another weekday: "Monday through Friday", "Wednesday Evening –
// Thursday Afternoon" (a part of the day may follow the first).
func (p *parser) rangeAfterWeekday(i int) bool {
	switch p.w(i - 1) {
	case "-", "–", "—", "to", "through", "till", "until", "thru":
	default:
		return false
	}
	k := i - 2
	if _, ok := partOfDay[p.w(k)]; ok {
		k--
	}
	_, ok := weekdayWords[p.w(k)]
	return ok && p.upper(k)
}

// weatherWords say a sentence is a weather forecast or report.
var weatherWords = map[string]bool{
	"rain": true, "showers": true, "snow": true, "sleet": true, "storm": true, "storms": true, "thunderstorms": true,
	"temperatures": true, "temps": true, "winds": true, "gusts": true, "drizzle": true, "fog": true,
	"flurries": true, "cloudy": true, "sunny": true, "sunshine": true, "frost": true, "rainfall": true,
	"highs": true, "lows": true, "humidity": true,
}

// forecastLine reports whether the expression at [i, j) heads a line of
// a forecast ("Thursday Morning:  Heavy rain, 40s") or stands in a
// sentence about the weather.
func (p *parser) forecastLine(i, j int) bool {
	if p.heading(i, j) {
		return true
	}
	lo, hi := p.sentenceAround(i, j, 25)
	for k := lo; k < hi; k++ {
		if k+2 == i && p.w(k+1) == "on" && p.w(k-1) == "the" {
			// "Due to the storm on Saturday, trains are running
			// late": the weather the day dates is an event named by
			// its day, not a forecast.
			continue
		}
		if p.w(k) == "storm" && !p.stormNoun(k) {
			// "Gunmen storm a police station": the verb names an
			// attack, and says nothing of the weather.
			continue
		}
		if (k < i || k >= j) && weatherWords[p.w(k)] {
			return true
		}
	}
	return false
}

// stormNoun reports whether "storm" at k is the noun: after an article,
// a determiner or a weather adjective ("the storm", "ice storm"), or
// before a noun it qualifies ("storm warning"). After a plural subject
// or before an object ("Rebels storm an army base") it is the verb.
func (p *parser) stormNoun(k int) bool {
	return stormBefore[p.w(k-1)] || stormAfter[p.w(k+1)]
}

// stormBefore lists the words that make a following "storm" a noun.
var stormBefore = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "another": true, "no": true, "each": true, "every": true,
	"first": true, "second": true, "last": true, "next": true, "latest": true, "same": true,
	"major": true, "big": true, "severe": true, "powerful": true, "tropical": true, "winter": true,
	"ice": true, "snow": true, "dust": true, "sand": true, "hail": true, "rain": true, "wind": true,
	"thunder": true, "fierce": true, "heavy": true, "strong": true, "massive": true, "deadly": true,
	"huge": true, "violent": true, "perfect": true, "coastal": true, "summer": true, "spring": true,
	"autumn": true, "fall": true, "possible": true, "approaching": true, "coming": true,
}

// stormAfter lists the nouns "storm" qualifies as a noun itself.
var stormAfter = map[string]bool{
	"warning": true, "warnings": true, "watch": true, "watches": true, "system": true,
	"systems": true, "front": true, "surge": true, "surges": true, "damage": true,
	"cleanup": true, "season": true, "track": true, "cell": true, "cells": true,
	"clouds": true, "center": true, "centre": true, "conditions": true, "force": true,
}

// sentenceAround returns the tokens [lo, hi) of the sentence around
// [i, j), within its line and at most reach tokens each way.
func (p *parser) sentenceAround(i, j, reach int) (lo, hi int) {
	ends := func(w string) bool { return w == "." || w == "!" || w == "?" }
	lo, hi = i, j
	for lo > 0 && i-lo < reach && !ends(p.w(lo-1)) && !p.opensLine(lo) {
		lo--
	}
	for hi < len(p.t) && hi-j < reach && !ends(p.w(hi)) && !p.opensLine(hi) {
		hi++
	}
	return lo, hi
}

// aheadIfNoTense resolves a weekday with no tense cue to the first such day
// from the anchor on, and otherwise as r does.
func aheadIfNoTense(wd time.Weekday, r resolver) resolver {
	return func(c *ctx) (string, point) {
		a, ok := c.deictic()
		if !ok || a.g != gDay || a.noYear || c.tense() != 0 {
			return r(c)
		}
		diff := int(wd) - int(a.t.Weekday())
		if diff < 0 {
			diff += 7
		}
		pt := point{t: a.t.AddDate(0, 0, diff), g: gDay}
		return pt.value(), pt
	}
}

// fiscalYear is the fiscal year a results story numbers its quarters in:
// the year of its first "the third quarter of fiscal 2017", "second-quarter
// fiscal year 2019", "the fiscal first half of 2018"; 0 when it names none.
func (p *parser) fiscalYear() int {
	if p.fiscalDone {
		return p.fiscal
	}
	p.fiscalDone = true
	for k := 0; k+2 < len(p.t); k++ {
		if w := p.w(k); w != "quarter" && w != "half" {
			continue
		}
		if n, ok := ordinal(p.w(k - 1)); !ok || n < 1 || n > 4 {
			if !(isDash(p.w(k-1)) && p.adj(k-2)) {
				continue
			}
			if n, ok := ordinal(p.w(k - 2)); !ok || n < 1 || n > 4 {
				continue
			}
		}
		j := k + 1
		if p.w(j) == "of" {
			j++
		}
		if p.w(j) != "fiscal" {
			continue
		}
		j++
		if p.w(j) == "year" {
			j++
		}
		if y, ok := p.year(j); ok {
			p.fiscal = y
			return y
		}
	}
	return 0
}

// minorWords stay lower-case in a title-cased headline.
var minorWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true,
	"to": true, "in": true, "on": true, "at": true, "for": true, "by": true, "as": true, "with": true, "from": true}

// titleCaseLine reports whether token k stands in a line of its own that
// capitalises its words as a headline does ("Bribery Trial Pushed Back 6
// Weeks to February"): at least five words, every one but the minor ones
// capitalised, and no full stop.
func (p *parser) titleCaseLine(k int) bool {
	lo, hi, stop := p.lineOf(k)
	if stop {
		return false
	}
	words := 0
	for m := lo; m < hi; m++ {
		if p.t[m].kind != tWord || minorWords[p.w(m)] {
			continue
		}
		if !p.upper(m) {
			return false
		}
		words++
	}
	return words >= 5
}

// saidOnWeekday finds a report's weekday later in the sentence from token
// i on ("…, a monitoring group said on Monday", "officials told AFP
// Tuesday"): the last such day up to the DCT.
func (p *parser) saidOnWeekday(i int, c *ctx) (point, bool) {
	if !c.hasDCT || c.dct.g != gDay {
		return point{}, false
	}
	verb := false
	for k := i; k < len(p.t) && k < i+30; k++ {
		w := p.w(k)
		if w == "." || w == "!" || w == "?" || w == ";" {
			return point{}, false
		}
		switch w {
		case "said", "says", "told", "reported", "announced", "added":
			verb = true
			continue
		}
		wd, isDay := weekdayWords[w]
		if !isDay || !p.upper(k) {
			continue
		}
		if !verb || p.w(k+1) == "'" || partOfDay[p.w(k+1)] != "" {
			return point{}, false
		}
		return onOrBefore(c.dct.t, wd), true
	}
	return point{}, false
}

// incidentNouns name an attack or an accident, which a story reports once
// it has happened.
var incidentNouns = map[string]bool{
	"explosion": true, "explosions": true, "blast": true, "blasts": true, "attack": true, "attacks": true,
	"bombing": true, "bombings": true, "shooting": true, "shootings": true, "crash": true, "collision": true,
	"fire": true, "blaze": true, "earthquake": true, "quake": true, "ambush": true, "raid": true, "raids": true,
	"clash": true, "clashes": true, "stabbing": true, "derailment": true, "massacre": true, "killing": true,
	"killings": true, "murder": true, "kidnapping": true, "abduction": true, "accident": true, "landslide": true,
	"airstrike": true, "airstrikes": true, "shelling": true, "assault": true,
}

// incidentOn reports whether the weekday at i follows "on" in a noun
// phrase headed by an incident: "an explosion at a café in Woodbridge on
// Thursday", "the attack on Sunday".
func (p *parser) incidentOn(i int) bool {
	if p.w(i-1) != "on" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-9; k-- {
		w := p.w(k)
		if incidentNouns[w] {
			return p.w(k-1) != "planned" && p.w(k-1) != "possible" && p.w(k-1) != "new"
		}
		switch w {
		case "at", "in", "a", "an", "the", "near", "of", "outside", "on":
			continue
		}
		if p.t[k].kind != tWord || !p.upper(k) && !(len(w) > 2 && k > 0 && (p.w(k-1) == "a" || p.w(k-1) == "the" || p.w(k-1) == "an")) {
			return false
		}
	}
	return false
}

// pastOrSame resolves a weekday to the last such day up to the anchor.
func pastOrSame(wd time.Weekday) resolver {
	return func(c *ctx) (string, point) {
		a, ok := c.deictic()
		if !ok || a.g != gDay || a.noYear {
			return fmt.Sprintf("XXXX-WXX-%d", (int(wd)+6)%7+1), point{}
		}
		pt := onOrBefore(a.t, wd)
		return pt.value(), pt
	}
}

// onOrBefore is the last day wd on or before t.
func onOrBefore(t time.Time, wd time.Weekday) point {
	back := (int(t.Weekday()) - int(wd) + 7) % 7
	return point{t: t.AddDate(0, 0, -back), g: gDay}
}

// sameWeekdayBefore reports whether the weekday at i was named, bare, earlier
// in its sentence ("said on Sunday that … from Sunday to Tuesday"); "last
// Sunday … Sunday" and a weekday of another sentence do not count.
func (p *parser) sameWeekdayBefore(i int) bool {
	lo, _ := p.sentenceAround(i, i+1, 40)
	for k := i - 1; k >= lo; k-- {
		if p.w(k) != p.w(i) || !p.upper(k) {
			continue
		}
		switch p.w(k - 1) {
		case "last", "next", "this", "coming", "past", "following", "previous", "every", "each":
			return false
		}
		return true
	}
	return false
}

// sameDayAsRef is the last date named when it is a day of weekday wd (the
// same weekday named before in the sentence), else r's day.
func sameDayAsRef(wd time.Weekday, r resolver) resolver {
	return func(c *ctx) (string, point) {
		if c.hasRef && c.ref.g == gDay && !c.ref.noYear && c.ref.t.Weekday() == wd {
			return c.ref.value(), c.ref
		}
		return r(c)
	}
}

// countOrdinal reports whether the unit after an ordinal at k ("quarter",
// or "straight"/"consecutive" and then a unit) counts a run: "the fourth
// quarter in a row", "the third straight quarter", "the second
// consecutive quarter running".
func (p *parser) countOrdinal(k int) bool {
	if p.w(k) == "straight" || p.w(k) == "consecutive" {
		return p.w(k+1) == "quarter"
	}
	return p.seq(k+1, "in", "a", "row") || p.w(k+1) == "running"
}

// usMonthDay: "on 11/10", "by 8/21": a month and day in figures, US style,
// after a preposition of a date, valued as "November 10" is. A third
// figure ("11/10/21") is numericDate's; "on 3/4 of", "on 1/2 percent" are
// fractions.
func (p *parser) usMonthDay(i int) (cand, bool) {
	switch p.w(i - 1) {
	case "on", "by", "until", "through", "since":
	default:
		return cand{}, false
	}
	if i+2 >= len(p.t) || p.w(i+1) != "/" || !p.adj(i) || !p.adj(i+1) || p.t[i].kind != tNum || p.t[i+2].kind != tNum {
		return cand{}, false
	}
	if p.adj(i+2) && (p.w(i+3) == "/" || p.w(i+3) == "-" || i+3 < len(p.t) && p.t[i+3].kind != tPunct) {
		return cand{}, false
	}
	if len(p.w(i)) > 2 || len(p.w(i+2)) > 2 {
		return cand{}, false
	}
	m, ok1 := atoi(p.w(i))
	d, ok2 := atoi(p.w(i + 2))
	if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 || d > 31 {
		return cand{}, false
	}
	switch p.w(i + 3) {
	case "of", "percent", "%", "inch", "inches", "mile", "miles", "cup", "cups", "pound", "pounds":
		return cand{}, false
	}
	base := calendar(0, time.Month(m), d)
	return cand{i: i, j: i + 3, typ: DATE, val: func(c *ctx) (string, point) {
		if c.hasRef && c.ref.g == gDay && c.lastEnd > i-40 {
			// "kick off November 5 … Brooklyn on 11/10": a list of dates
			// in figures runs on from the day just named.
			t := time.Date(c.ref.t.Year(), time.Month(m), d, 0, 0, 0, 0, time.UTC)
			if t.Month() == time.Month(m) {
				if t.Before(c.ref.t) {
					t = t.AddDate(1, 0, 0)
				}
				pt := point{t: t, g: gDay}
				return pt.value(), pt
			}
		}
		return base(c)
	}}, true
}

// decadeListed reports whether the decade word at i ("sixties") follows
// another in a coordination that shares its "the": "the fifties and
// sixties", "the fifties and early sixties".
func (p *parser) decadeListed(i int) bool {
	k := i - 1
	switch p.w(k) {
	case "early", "late", "mid":
		k--
	}
	if p.w(k) != "and" && p.w(k) != "or" {
		return false
	}
	return decadeWords[p.w(k-1)] != 0 && p.w(k-2) == "the"
}

// holidayDayWord reports whether "Day" follows at j, directly or after a
// possessive ("Presidents Day", "Presidents' Day", "President's Day").
func (p *parser) holidayDayWord(j int) bool {
	if p.w(j) == "'" {
		j++
		if p.w(j) == "s" {
			j++
		}
	}
	return p.w(j) == "day" && p.upper(j)
}
