// Package timex recognises temporal expressions in English news and
// narrative text and normalises them to TimeML TIMEX3 types and values.
//
// Recognition is a hand-written grammar over a small lexer: months,
// weekdays, seasons, quarters, numbers as words, decades, "ago",
// "earlier/later", "last/next/this/the following", durations and sets.
// Normalisation anchors underspecified and relative expressions either on
// the document creation time (News mode, HeidelTime's news strategy) or on
// the last date the text itself named (Narrative mode), with the clause's
// tense choosing the side of the anchor for "Friday" or "in March".
package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Type is a TIMEX3 type.
type Type string

// The four TIMEX3 types.
const (
	DATE     Type = "DATE"
	TIME     Type = "TIME"
	DURATION Type = "DURATION"
	SET      Type = "SET"
)

// Timex is one temporal expression found in a text.
type Timex struct {
	Start, End int // byte offsets into the text given to Parse (half-open)
	Text       string
	Type       Type
	// Value is the TIMEX3 value: "2017-10-04", "2013-02", "2017-Q4",
	// "199", "P2Y", "PRESENT_REF", "XXXX-04-19" when unresolvable.
	Value string
	// Mod is the TIMEX3 mod: "START", "MID", "END", "APPROX", "MORE_THAN"…
	Mod string
	// EndValue is set for spans ("between 2015 and 2017", "2013–2017"):
	// Value is the start, EndValue the end.
	EndValue string
	// Parts holds the two ends of a span as their own expressions, the
	// way TimeML annotates them; nil for anything else.
	Parts []Timex
}

// Mode selects the anchoring strategy.
type Mode int

const (
	// News anchors deictic expressions ("yesterday", "Friday") on the
	// document creation time.
	News Mode = iota
	// Narrative anchors them on the last fully specified date in the text.
	Narrative
)

// Options are the inputs to Parse besides the text.
type Options struct {
	DCT  time.Time // document creation time; zero for none
	Mode Mode
}

// Parse finds the temporal expressions of text, in text order and
// non-overlapping, with their normalised values.
func Parse(text string, opt Options) []Timex {
	p := &parser{text: text, t: lex(text), news: opt.Mode == News}
	var cands []cand
	for i := 0; i < len(p.t); {
		c, ok := p.rangeAt(i)
		if !ok {
			c, ok = p.core(i)
		}
		if !ok || c.j <= c.i {
			i++
			continue
		}
		if c.i > i {
			// The match skipped a leading word ("the 1990-91 season"):
			// look again from where it really starts, where a span may be.
			i = c.i
			continue
		}
		if len(c.parts) == 0 && (p.showTitle(c) || p.bodyName(c)) {
			i = c.j
			continue
		}
		if len(c.parts) == 0 {
			c.j, c.mod = p.openEnd(c)
		}
		if c.typ == DURATION && p.w(c.j) == "'" {
			// "in two weeks' time", "in a year's time": the length
			// with its "time".
			if p.w(c.j+1) == "time" {
				c.j += 2
			} else if p.seq(c.j+1, "s", "time") {
				c.j += 3
			}
		}
		cands = append(cands, c)
		i = c.j
		if n := len(cands); n >= 2 {
			// "on May 26 and June 7, 1880": the year after the second
			// date is the first's too.
			if a := &cands[n-2]; len(a.parts) == 0 && len(c.parts) == 0 && p.w(a.j) == "and" && a.j+1 == c.i && !p.namesYear(a) {
				if m1, d1, ok := p.dayOfMonth(*a); ok {
					e := c.j - 1
					if p.w(e-1) == "," {
						e--
					}
					if y, ok := p.year(c.j - 1); ok {
						if m2, _, ok := p.dayOfMonth(cand{i: c.i, j: e}); ok && m1 <= m2 {
							a.val = calendar(y, m1, d1)
						}
					}
				}
			}
		}
		if ds := p.dayList(c); len(ds) > 0 {
			// "June 24, 25, and 26", "Nov. 8, 9, 10": each later day
			// of the list is a date of the first's month; a year after
			// the last ("June 24, 25, and 26, 1864") is every day's.
			d1, _ := dayNumber(p.w(c.j - 1))
			last := ds[len(ds)-1]
			y, m, hasYear := p.yearAfter(c, last+1)
			if hasYear {
				cands[len(cands)-1].val = calendar(y, m, d1)
			}
			for _, at := range ds {
				d, _ := dayNumber(p.w(at))
				b, _ := p.dayOf(c, d, at)
				if hasYear {
					b.val = calendar(y, m, d)
					if at == last {
						b.j += 2
					}
				}
				cands = append(cands, b)
				i = b.j
			}
		} else if b, ok := p.secondDay(c); ok {
			if y, m, ok := p.yearAfter(c, b.j); ok {
				// "July 1 and 2, 1898": the year after the second day
				// is the first's too.
				d1, _ := dayNumber(p.w(c.j - 1))
				d2, _ := dayNumber(p.w(b.i))
				cands[len(cands)-1].val = calendar(y, m, d1)
				b = cand{i: b.i, j: b.j + 2, typ: DATE, val: calendar(y, m, d2)}
			}
			cands = append(cands, b)
			i = b.j
		}
	}
	c := &ctx{p: p, opt: opt, opener: -1}
	if opt.Mode == Narrative {
		c.firstYear, c.firstMonth, c.firstDay = p.firstYear(cands)
	}
	if !opt.DCT.IsZero() {
		c.dct, c.hasDCT = mkDay(opt.DCT), true
	}
	out := make([]Timex, 0, len(cands))
	for k := range cands {
		m := &cands[k]
		tx := Timex{Start: p.t[m.i].s, End: p.t[m.j-1].e, Type: m.typ, Mod: m.mod}
		first := m.i
		if len(m.parts) == 2 {
			c.opener = m.i
			a := c.emit(&m.parts[0])
			c.partFrom, c.secondPart = c.lastPt, true
			b := c.emit(&m.parts[1])
			c.opener, c.partFrom, c.secondPart = -1, point{}, false
			a.Value, b.Value = p.alignRange(&m.parts[0], &m.parts[1], a.Value, b.Value)
			tx.Value, tx.EndValue = a.Value, b.Value
			tx.Parts = []Timex{a, b}
		} else {
			e := c.emit(m)
			tx.Value, tx.Type = e.Value, e.Type
			if opt.Mode == Narrative && e.Type == DATE && len(e.Value) == 10 {
				if n := len(out); n > 0 && p.w(m.i-1) == "of" && m.i >= 2 && out[n-1].Start == p.t[m.i-2].s && out[n-1].Type == TIME {
					if tod := partOfDay[p.w(m.i-2)]; len(tod) == 5 {
						// "at noon of 3 June 1871": the clock time,
						// read apart, was valued on the anchor's day
						// before its own day was read; it is that day's.
						if _, d := p.firstMonth(m.i, m.j); d > 0 {
							out[n-1].Value = e.Value + "T" + tod
						}
					}
				}
				if s, tod, mod, ok := p.partOfDayOf(*m); ok {
					// "on the morning of 9 October 1822": the part of
					// the day with its day, one TIME, as a reader takes
					// it; news keeps TimeBank's span, the date alone.
					// The anchor moved as it did before: only the
					// expression's span and value change.
					tx.Start, tx.Type, tx.Value, first = p.t[s].s, TIME, e.Value+"T"+tod, s
					if tx.Mod == "" {
						tx.Mod = mod
					}
					if n := len(out); n > 0 && out[n-1].Start >= tx.Start {
						// "the evening" was read on its own first.
						out = out[:n-1]
					}
				}
			}
		}
		tx.Text = text[tx.Start:tx.End]
		if tx.Value == "" {
			continue
		}
		if n := len(out); opt.Mode == Narrative && n > 0 && p.clockOn(out[n-1], first, tx) {
			// "at 4:15 PM on 3 October", "eleven o'clock on the
			// morning of 22 January": the clock time on its day, one
			// TIME; the date moved the anchor as before.
			c := &out[n-1]
			c.Value = tx.Value[:10] + c.Value[strings.IndexByte(c.Value, 'T'):]
			if tx.EndValue != "" {
				// "at 6 a.m. on 3–5 March": a range of days, whose
				// end one TIME would drop; the two stay apart, the
				// clock time on the range's first day.
				out = append(out, tx)
				continue
			}
			c.End, c.Text = tx.End, text[c.Start:tx.End]
			continue
		}
		if n := len(out); n > 0 && p.dayInYear(out[n-1], first, tx) {
			// "on this day in 1917": the anniversary page's day in the
			// year named, one DATE, as TimeBank spans "this day in
			// 1919"; the year moved the anchor as before.
			c := &out[n-1]
			c.Value = tx.Value + c.Value[4:]
			c.End, c.Text = tx.End, text[c.Start:tx.End]
			continue
		}
		if n := len(out); opt.Mode == News && n > 0 {
			if v, ok := p.periodOfYear(out[n-1], first, tx); ok {
				// "the same period of last year", "early July of
				// this year": the period in the year named, one
				// DATE; the year moved the anchor as before.
				c := &out[n-1]
				c.Value, c.Type = v, DATE
				c.End, c.Text = tx.End, text[c.Start:tx.End]
				continue
			}
		}
		if opt.Mode == Narrative && tx.Type == DURATION {
			tx.Value = halfUnit(tx.Text, inDecades(tx.Text, tx.Value))
		}
		out = append(out, tx)
	}
	return out
}

// halfUnit writes a count of years, months or days with a half ("a
// year and a half", "three and a half years", "4.5 months", "two and a
// half days") in its own unit, P1.5Y, P4.5M, P2.5D, as the narrative
// probes value it, where news goes down one unit as ISO 8601's whole
// numbers do (P1Y6M, P4M15D, PT60H). Clock lengths keep theirs
// (PT1H30M, as TimeBank writes "a minute and a half").
func halfUnit(text, v string) string {
	low := strings.ToLower(text)
	if !strings.Contains(low, "half") && !strings.Contains(low, ".5") {
		return v
	}
	var a int
	var u string
	switch {
	case strings.HasSuffix(v, "Y6M"):
		u = "Y"
		a, _ = strconv.Atoi(v[1 : len(v)-3])
	case strings.HasSuffix(v, "M15D") && !strings.Contains(v, "T"):
		u = "M"
		a, _ = strconv.Atoi(v[1 : len(v)-4])
	case strings.HasPrefix(v, "PT") && strings.HasSuffix(v, "H") && strings.Contains(low, "day"):
		h, err := strconv.Atoi(v[2 : len(v)-1])
		if err != nil || h%24 != 12 || h < 24 {
			return v
		}
		return "P" + strconv.Itoa(h/24) + ".5D"
	default:
		return v
	}
	if a <= 0 {
		return v
	}
	return "P" + strconv.Itoa(a) + ".5" + u
}

// inDecades writes a length counted in decades ("two decades", "for
// decades", "the next decade") in decades, P2DE, PXDE, as the narrative
// probes value it, where news keeps TimeBank's years (P20Y, PXY). An
// adjective ("decades-long") and a count that is not whole decades keep
// their years.
func inDecades(text, v string) string {
	k := strings.LastIndexAny(text, " \t\n")
	if w := strings.ToLower(text[k+1:]); w != "decade" && w != "decades" {
		return v
	}
	if v == "PXY" {
		return "PXDE"
	}
	if len(v) < 4 || v[0] != 'P' || v[len(v)-1] != 'Y' || !isDigits(v[1:len(v)-1]) {
		return v
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n == 0 || n%10 != 0 {
		return v
	}
	return "P" + strconv.Itoa(n/10) + "DE"
}

// dayInYear reports whether the year tx, whose words start at token
// first, follows "in" right after prev, "this day" or "this date" valued
// as a day ("on this day in 1917").
func (p *parser) dayInYear(prev Timex, first int, tx Timex) bool {
	if first < 2 || p.w(first-1) != "in" || p.t[first-2].e != prev.End || prev.Type != DATE {
		return false
	}
	low := strings.ToLower(prev.Text)
	if low != "this day" && low != "this date" {
		return false
	}
	v := prev.Value
	if len(tx.Value) != 4 || !isDigits(tx.Value) || len(v) != 10 || !isDigits(v[:4]) || v[4] != '-' {
		return false
	}
	// A leap day in a year that has none ("this day in 1917" told on 29
	// February) is no date: the two stay apart.
	_, err := time.Parse("2006-01-02", tx.Value+v[4:])
	return err == nil
}

// periodOfYear gives the value of prev joined to the year tx, whose
// words start at token first, when "of" alone stands between them: "the
// same period of last year", "early July of this year", "the final three
// months of last year" name the period in that year, one expression as
// the news probes' gold spans them, where prev was read in the story's
// year. Only "this year", "last year" and "next year" join, and not as a
// possessive ("the first half of this year's season" leaves the year to
// the season). prev is a date finer than a year, or the first or last
// three or six months, which become a quarter or a half.
func (p *parser) periodOfYear(prev Timex, first int, tx Timex) (string, bool) {
	if first < 2 || p.w(first-1) != "of" || p.t[first-2].e != prev.End {
		return "", false
	}
	switch strings.ToLower(tx.Text) {
	case "this year", "last year", "next year":
	default:
		return "", false
	}
	if p.w(first+2) == "'" || len(tx.Value) != 4 || !isDigits(tx.Value) {
		return "", false
	}
	v := prev.Value
	switch prev.Type {
	case DATE:
		// A week or a weekday read from the story's own date ("the
		// last week of last year", "the last Sunday of last year")
		// would keep its week or day and change only its year: a
		// month, a season, a part of the year, a dated day or a
		// holiday ("Christmas of last year") moves to the year named.
		if len(v) > 5 && isDigits(v[:4]) && v[4] == '-' && v[5] != 'W' && (len(v) < 10 || !p.namesWeekday(p.tokensOf(prev, first-1))) {
			return tx.Value + v[4:], true
		}
	case DURATION:
		if part, ok := yearParts[strings.ToLower(prev.Text)]; ok {
			return tx.Value + "-" + part, true
		}
	}
	return "", false
}

// tokensOf gives tx's tokens, which end before token j, as a candidate.
func (p *parser) tokensOf(tx Timex, j int) *cand {
	i := j
	for i > 0 && p.t[i-1].s >= tx.Start {
		i--
	}
	return &cand{i: i, j: j}
}

// yearParts are the lengths that name a part of a year when "of" a year
// follows them.
var yearParts = map[string]string{
	"the first three months": "Q1", "the final three months": "Q4", "the last three months": "Q4",
	"the first six months": "H1", "the final six months": "H2", "the last six months": "H2",
}

// alignRange gives the ends of a span one calendar: an end that names no
// year takes the other's ("from June to July 2024" is 2024-06, "June–July"
// said in March 2013 ends in 2013-07, not 2012-07), and the span never
// runs backwards.
func (p *parser) alignRange(a, b *cand, av, bv string) (string, string) {
	if !calendarValue(av) || !calendarValue(bv) || p.namesWeekday(a) || p.namesWeekday(b) {
		// A weekday was placed by its own week, not by the calendar
		// year.
		return av, bv
	}
	aYear, bYear := p.namesYear(a), p.namesYear(b)
	switch {
	case !aYear && bYear:
		av = bv[:4] + av[4:]
		if av > bv {
			av = shiftYear(av, -1)
		}
	case !bYear:
		if bv < av {
			bv = av[:4] + bv[4:]
			if bv < av {
				bv = shiftYear(bv, 1)
			}
		}
	}
	return av, bv
}

// calendarValue reports whether v is a year-month(-day) or season or
// quarter value ("2013-06", "2013-06-05", "2013-SU"), which a year change
// keeps well-formed; weeks are left alone (ISO week years differ), and so
// are clock times, whose span may cross midnight.
func calendarValue(v string) bool {
	return len(v) >= 7 && v[4] == '-' && isDigits(v[:4]) && v[5] != 'W' && !strings.ContainsRune(v[5:], 'T')
}

// firstYear is the year of the first date or time among cands whose own
// words name one, 0 when none does.
// The month and day it names with the year are returned too (0 when
// it names none).
func (p *parser) firstYear(cands []cand) (int, time.Month, int) {
	for k := range cands {
		m := &cands[k]
		if m.typ != DATE && m.typ != TIME {
			continue
		}
		for i := m.i; i < m.j; i++ {
			if y, ok := p.year(i); ok && !p.namesThing(m) {
				mon, d := p.firstMonth(m.i, m.j)
				return y, mon, d
			}
		}
	}
	return 0, 0, 0
}

// clockOn reports whether the date tx, whose words start at token
// first, follows "on" right after the clock time or one-word part of
// the day prev ("4:15 PM on 3 October", "10 PM on the 12th", "6 a.m. on
// 3–5 March", "dawn on 1 July") and names a day, or a range's first
// day, that time can take.
func (p *parser) clockOn(prev Timex, first int, tx Timex) bool {
	if first < 2 || p.w(first-1) != "on" || p.t[first-2].e != prev.End || prev.Type != TIME {
		return false
	}
	t := strings.IndexByte(prev.Value, 'T')
	if t < 0 || len(prev.Value) < t+3 {
		return false
	}
	// A part of the day written as one word takes its day the same way
	// ("dawn on 1 July", "at dusk on the 12th"); a phrase such as "the
	// morning" before "on" is left as it was.
	part := len(prev.Value) == t+3 && dayParts[prev.Value[t+1:]] && !strings.ContainsAny(prev.Text, " \t\n")
	if !isDigits(prev.Value[t+1:t+3]) && !part {
		return false
	}
	v := tx.Value
	return len(v) >= 10 && v[4] == '-' && v[7] == '-' && isDigits(v[5:7]) && isDigits(v[8:10])
}

// dayParts are the TIMEX3 codes of the parts of a day.
var dayParts = map[string]bool{"MO": true, "MI": true, "AF": true, "EV": true, "NI": true, "DT": true}

// partOfDayOf reports whether the date c, naming its month and day, is
// the day of a part of it named before ("the morning of 9 October",
// "the early morning of March 17, 1846", "the night of 2 July"),
// with the token that phrase starts at, the part's TIMEX3 code and the
// mod "early" or "late" gives it.
func (p *parser) partOfDayOf(c cand) (int, string, string, bool) {
	if p.w(c.i-1) != "of" {
		return 0, "", "", false
	}
	if _, d := p.firstMonth(c.i, c.j); d == 0 {
		return 0, "", "", false
	}
	k := c.i - 2
	tod := partOfDay[p.w(k)]
	if len(tod) != 2 || p.w(k) == "tonight" {
		// "noon" and "midnight" are clock times, not parts.
		return 0, "", "", false
	}
	mod := ""
	switch p.w(k - 1) {
	case "early":
		mod, k = "START", k-1
	case "late":
		mod, k = "END", k-1
	}
	if p.w(k-1) != "the" {
		return 0, "", "", false
	}
	return k - 1, tod, mod, true
}

// namesThing reports whether the date m completes the name of a thing
// after "of": a proper name ("the Constitution of 1906", "the War of
// 1812") or a document dated to the day ("the manifesto of February 3,
// 1899"); not "the events of 1916", "Dates of 1994" at a heading, or "the
// end of May", which tell of the time itself.
func (p *parser) namesThing(m *cand) bool {
	i := m.i
	if i < 2 || p.w(i-1) != "of" || p.t[i-2].kind != tWord {
		return false
	}
	w := p.w(i - 2)
	if len(w) < 3 || notThingHead[w] {
		return false
	}
	if _, ok := monthWords[w]; ok {
		return false
	}
	if p.upper(i-2) && !p.opensSentence(i-2) && !p.opensLine(i-2) {
		return true
	}
	_, d := p.firstMonth(m.i, m.j)
	return !p.upper(i-2) && d > 0
}

// notThingHead lists words before "of" that make the date after it a
// time or a measure of one rather than a thing's name.
var notThingHead = map[string]bool{
	"end": true, "beginning": true, "start": true, "middle": true, "close": true, "rest": true, "remainder": true,
	"part": true, "half": true, "quarter": true, "course": true, "period": true, "time": true, "times": true,
	"night": true, "morning": true, "evening": true, "afternoon": true, "day": true, "days": true, "dawn": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "season": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true, "first": true, "last": true,
	"as": true, "because": true, "instead": true, "out": true, "all": true, "most": true, "some": true,
	"each": true, "none": true, "one": true, "many": true, "both": true, "ides": true, "eve": true,
}

// firstMonth is the first month named in tokens [i, j), with the day
// written beside it (0 for none).
func (p *parser) firstMonth(i, j int) (time.Month, int) {
	for k := i; k < j; k++ {
		m, mj, ok := p.month(k)
		if !ok || m <= 0 {
			continue
		}
		for _, at := range []int{mj, k - 1} {
			if at >= i && at < j && p.t[at].kind == tNum {
				if _, isYear := p.year(at); !isYear {
					if d, ok := dayNumber(p.w(at)); ok {
						return time.Month(m), d
					}
				}
			}
		}
		return time.Month(m), 0
	}
	return 0, 0
}

// namesCalendar reports whether the candidate's own words name a month or
// a year ("May 27", "1905"), not only a relation ("last evening").
func (p *parser) namesCalendar(c *cand) bool {
	for k := c.i; k < c.j; k++ {
		if m, _, ok := p.month(k); ok && m > 0 {
			return true
		}
	}
	return p.namesYear(c)
}

// namesYear reports whether the candidate's own words include a year.
func (p *parser) namesYear(c *cand) bool {
	for k := c.i; k < c.j; k++ {
		if _, ok := p.year(k); ok {
			return true
		}
		if w := p.w(k); w == "'" && k+1 < c.j && len(p.w(k+1)) == 2 && isDigits(p.w(k+1)) {
			return true
		}
	}
	return false
}

func (p *parser) namesWeekday(c *cand) bool {
	for k := c.i; k < c.j; k++ {
		if _, ok := weekdayWords[p.w(k)]; ok && p.upper(k) {
			return true
		}
	}
	return false
}

func shiftYear(v string, n int) string {
	y, _ := atoi(v[:4])
	return fmt.Sprintf("%04d", y+n) + v[4:]
}

// boundsLast reports whether an expression starting at token i is the
// "of" phrase of the one before it ("the first nine months of fiscal
// 2017"), rather than a year named on its own ("compared with the 1988
// period. The year-ago results" compares with that year itself).
func (c *ctx) boundsLast(i int) bool {
	k := i - 1
	if c.p.w(k) == "fiscal" {
		k--
	}
	return c.p.w(k) == "of" && k == c.lastEnd
}

// emit resolves one candidate and moves the narrative anchor to it.
func (c *ctx) emit(m *cand) Timex {
	v, pt := c.resolve(m)
	if c.hasRef && c.ref.noYear && pt.valid() && pt.t.Year() < yearlessBase+4 {
		// Computed from a yearless story's anchor ("the following day",
		// "noon"): as yearless as it.
		pt.noYear, v = true, yearlessValue(v)
		if pt.g == gDay && !c.p.namesCalendar(m) && (c.ref.g == gWeek || c.ref.g == gWeekend || overLeapDay(c.ref.t, pt.t)) {
			// "On 28 February … the next day": the stand-in year is a
			// leap year and the story's may not be, so a day counted
			// across the end of February is not known; nor is one
			// counted from a week ("the next week … two days later"),
			// whose first day is the stand-in year's Monday.
			v, pt = "XXXX-XX-XX", point{}
		}
	}
	typ := m.typ
	defer func() {
		// "the first nine months of fiscal 2017": the year that bounds
		// the stretch keeps it in scope for a following "the same
		// period last year".
		c.yearScope = typ == DURATION && wholeYearish(v) || c.yearScope && typ == DATE && len(v) == 4 && c.boundsLast(m.i)
		c.lastEnd = m.j
	}()
	if typ == DATE && len(v) > 10 && v[10] == 'T' {
		typ = TIME
	}
	if c.opt.Mode == News && strings.HasSuffix(v, "T24:00") {
		// Midnight closing a day is "T24" in news, as TimeBank values a
		// weekday's midnight and the news probes' gold writes it; the
		// narrative probes' gold keeps "T24:00".
		v = strings.TrimSuffix(v, ":00")
	}
	if typ == TIME && !strings.Contains(v, "T") && !strings.HasSuffix(v, "_REF") {
		// "Friday night" valued as the day is a DATE, as annotators
		// type it when they give the day alone.
		typ = DATE
	}
	if (typ == DATE || typ == TIME) && pt.valid() && pt.g <= gYear {
		c.named, c.hasNamed = pt, true
	}
	if pt.valid() && pt.g == gDay && c.hasDCT && c.dct.g == gDay && pt.t.Equal(c.dct.t) {
		c.sawDCTDay = true
	}
	c.lastPt = pt
	if (typ == DATE || typ == TIME) && pt.valid() && pt.g <= gYear && !c.lookBack(m, pt) {
		aside := c.opt.Mode == Narrative && c.hasRef && c.opener < 0 && pt.t.After(c.ref.t) && !c.p.headsClause(m.i)
		c.prev, c.aside = c.ref, aside
		// The writer's time: the text's first date read off the DCT, or
		// one that is a line of its own, the date a post or letter is
		// headed with ("Monday, March 3, 2025" over a history of
		// 1648), and a date restating it ("Today is …"). A heading is
		// the writer's only near the DCT: one far from it, or with no
		// DCT to judge by, heads a diary's or timeline's entry and is
		// the story's own date.
		keep := c.refDeictic && pt.g == c.ref.g && pt.t.Equal(c.ref.t)
		heading := !c.hasRef && c.opt.Mode == Narrative && c.p.lineAlone(m.i, m.j) && c.nearDCT(pt)
		c.refDCT = keep && c.refDCT || !c.hasRef && c.p.anniversary(m)
		c.refHeading = keep && c.refHeading || heading && c.p.namesCalendar(m)
		c.refDeictic = keep || !c.hasRef && !c.p.namesCalendar(m) || heading
		c.span = c.secondPart && c.partFrom.valid() && c.partFrom.t.Before(pt.t)
		c.spanFrom = c.partFrom
		c.ref, c.hasRef, c.refEnd = pt, true, m.j
		c.refBase = pt.g == gQuarter && c.p.comparisonBase(m.i)
		if pt.g == gDay {
			c.dayRef, c.hasDayRef = pt, true
		}
		switch c.p.w(m.i - 1) {
		case "ending", "ended", "ends":
			c.refBound = true
		default:
			c.refBound = false
		}
		// A quarter of some earlier year ("the third quarter of 1984") is
		// history, not the period an earnings story reports.
		if (pt.g == gQuarter || pt.g == gHalf) && !c.hasReport && (!c.hasDCT || pt.t.Year() >= c.dct.t.Year()-1) && !c.p.yearBack(m.i, m.j) {
			c.report, c.hasReport = pt, true
		}
	}
	s, e := c.p.t[m.i].s, c.p.t[m.j-1].e
	return Timex{Start: s, End: e, Text: c.p.text[s:e], Type: typ, Value: v, Mod: m.mod}
}

// overLeapDay reports whether counting days from a yearless anchor at
// from to to passes the stand-in year's 29 February (a count from the
// 29th itself is of a leap year, and passes nothing unknown).
func overLeapDay(from, to time.Time) bool {
	leap := day(yearlessBase, time.February, 29)
	if to.Before(from) {
		return !to.After(leap) && leap.Before(from)
	}
	return from.Before(leap) && !to.Before(leap)
}

// lookBack reports whether, in a story, a date glances back from the
// narrative time instead of moving it: a date earlier than the anchor,
// named inside its clause ("its leader since 2002", "the junta that ruled
// in 1997", "the uprising of 1991") rather than opening one ("In 1991,
// ...", "On 5 April the rebels ..."). The anchor stays, so the next bare
// "In August" keeps the story's year. "since" always counts from before.
// A later date that a plan looks ahead to ("the governor announced plans
// to hold a vote in early 1960") is the mirror case: the story has not
// reached it, and its next bare "December" is still the anchor's.
func (c *ctx) lookBack(m *cand, pt point) bool {
	if c.opt.Mode == Narrative && c.opener < 0 && c.p.namesThing(m) {
		// "the Austro-Prussian War of 1866", "the manifesto of February
		// 3, 1899": a date that names a thing is background, not a step
		// of the story, whichever way it lies from the anchor.
		return true
	}
	if c.opt.Mode != Narrative || !c.hasRef {
		return false
	}
	back := pt.t.Before(c.ref.t)
	// A range's later end ("between November 2012 and August 2016") is
	// where the story goes, never a plan.
	ahead := pt.t.After(c.ref.t) && c.opener < 0 && c.tense() > 0
	p := c.p
	if !back && !ahead && c.opener < 0 && pt.t.Year() > c.ref.t.Year() && p.inRelative(m.i) {
		// "Four generals were shot, which, by 1984, had taken …": a later
		// year inside a relative clause tells of the thing, not the
		// story's next step, and the next "On March 16" is still the
		// story's year.
		return true
	}
	if !back && !ahead {
		return false
	}
	k := m.i - 1
	if c.opener >= 0 {
		// The end of "in 1997-98" stands where its range does.
		k = c.opener - 1
	}
	if back && p.w(k) == "since" {
		return true
	}
	if back && c.refDeictic && p.namesYear(m) {
		// Under a heading whose day a past sentence has already told
		// ("The crowd gathered. The walls, which masons raised in 1370,
		// …"), a year told beside the story glances back from that
		// day: one inside its clause, in a parenthesis or a relative
		// clause, or one a past perfect tells even at its clause's
		// head. Only a year heading its clause as the story's time
		// ("In 1782, …") moves the story off the heading; before any
		// sentence is told, the history's first year is where the
		// writer's story starts ("The envoys met in the spring of
		// 1648").
		if c.refHeading && (p.besideStory(m.i) || c.pastPerfect()) && p.toldSince(c.refEnd, m.i) {
			return true
		}
		// "This month marks the 200th anniversary … The hostilities
		// ended on February 17, 1815": an anchor read off the DCT is the
		// writer's time, not a story the date could glance back from.
		// Under a heading, a past perfect ("the gate had been built in
		// 1370") still glances back from the day the entry tells.
		if !(c.refHeading && c.pastPerfect()) {
			return false
		}
	}
	if back && c.span && !pt.t.Before(c.spanFrom.t) && p.namesCalendar(m) {
		// "FEBRUARY 1904 - SEPTEMBER 1905" over an account whose fleet
		// "at last, on the dawn of May 27, arrived": the story inside
		// the span the text announced.
		return false
	}
	if back && c.aside && pt.t.Year() == c.prev.t.Year() {
		// "… was broken in 2020. The first storm of the 2008 season
		// formed on 27 April": back to the story the aside left.
		return false
	}
	return !p.headsClause(k + 1)
}

// nearDCT reports whether pt lies within five years of a known DCT: a
// post's or letter's heading, the writer's time, is dated near when the
// text was written.
func (c *ctx) nearDCT(pt point) bool {
	if !c.hasDCT {
		return false
	}
	return !pt.t.Before(c.dct.t.AddDate(-5, 0, 0)) && !pt.t.After(c.dct.t.AddDate(5, 0, 0))
}

// pastPerfect reports whether the clause of the current candidate is told
// in the past perfect: its nearest tense cue is "had".
func (c *ctx) pastPerfect() bool {
	_, cue := c.tenseCue()
	return cue == "had"
}

// anniversary reports whether m is the "this day" or "this month" of a
// page that tells what happened on the reader's day in some other year
// ("On this day: the old palace is retaken", "This month in history"):
// the phrase heads the text or a line, or is followed by a colon, a
// dash or "in history"; "this day" also after "on". A plain "This month
// the council voted …" in running text is the writer's month, whose
// story keeps the DCT's year.
func (p *parser) anniversary(m *cand) bool {
	if m.j != m.i+2 || p.w(m.i) != "this" {
		return false
	}
	switch p.w(m.j) {
	case ":", "-", "–", "—":
		return true
	case "in":
		if p.w(m.j+1) == "history" {
			return true
		}
	}
	alone := m.j >= len(p.t) || p.opensLine(m.j)
	switch p.w(m.i + 1) {
	case "day", "date":
		return alone || p.w(m.i-1) == "on"
	case "month":
		return alone
	}
	return false
}

// inRelative reports whether the date starting at token i opens a
// relative clause: "which, by 1984, had …", "who in 1990 became …".
func (p *parser) inRelative(i int) bool {
	k := i - 1
	if clauseLead[p.w(k)] {
		k--
	}
	if p.w(k) == "," {
		k--
	}
	switch p.w(k) {
	case "which", "who", "whom", "whose":
		return true
	}
	return false
}

// besideStory reports whether the date starting at token i is told
// beside its sentence's story rather than as its time: named inside its
// clause, in a parenthesis, or opening a relative clause.
func (p *parser) besideStory(i int) bool {
	k := i - 1
	if clauseLead[p.w(k)] {
		k--
	}
	return p.w(k) == "(" || p.inRelative(i) || !p.headsClause(i)
}

// toldSince reports whether a sentence in a past form ends between
// tokens from and to.
func (p *parser) toldSince(from, to int) bool {
	past := false
	for k := from; k < to; k++ {
		w := p.w(k)
		if pastWords[w] || p.edForm(k) {
			past = true
		}
		if past && (w == "." && !p.abbrevDot(k) || w == "!") {
			return true
		}
	}
	return false
}

// headsClause reports whether the date starting at token i opens its
// clause, after at most a preposition: "In 1991, …", "…, and in 1871 …",
// "so deep that in December 1992 he had called …" (a flashback the story
// goes on from), "Also on 30 January 1968 …"; not "the junta that ruled
// in 1997".
func (p *parser) headsClause(i int) bool {
	k := i - 1
	if clauseLead[p.w(k)] {
		k--
	}
	if k < 0 || p.t[k].kind == tPunct || strings.Contains(p.text[p.t[k].e:p.t[k+1].s], "\n") {
		return true
	}
	switch p.w(k) {
	case "and", "but", "then", "yet", "so", "that":
		return true
	}
	if sentenceAdverb[p.w(k)] && (k == 0 || p.t[k-1].kind == tPunct || strings.Contains(p.text[p.t[k-1].e:p.t[k].s], "\n")) {
		// "Also on 30 January 1968 the offensive began", "Later in
		// 1871 …": an adverb that itself opens the sentence leaves the
		// date at the clause's head.
		return true
	}
	return false
}

// sentenceAdverb lists the adverbs that may open a sentence before the
// preposition of a date that still heads the clause.
var sentenceAdverb = map[string]bool{"also": true, "later": true, "finally": true, "eventually": true,
	"again": true, "afterwards": true, "subsequently": true, "thereafter": true, "meanwhile": true, "soon": true}

// clauseLead lists the prepositions that may stand between a clause's
// start and a date that opens it.
var clauseLead = map[string]bool{
	"in": true, "on": true, "by": true, "during": true, "throughout": true, "at": true,
	"from": true, "after": true, "before": true, "until": true, "till": true,
}

// apposition lists the words that open a restatement after a dash.
var apposition = map[string]bool{"the": true, "this": true, "that": true, "last": true, "next": true, "a": true, "an": true}

// rangeAt recognises spans: "between 2015 and 2017", "from May to July
// 2024", "2013–2017", "1990-91", "April 12-14".
func (p *parser) rangeAt(i int) (cand, bool) {
	start := i
	w := p.w(i)
	if w == "between" || w == "from" {
		a, ok := p.dateCore(i + 1)
		if !ok {
			return cand{}, false
		}
		sep := p.w(a.j)
		if !(w == "between" && sep == "and" || w == "from" && (sep == "to" || sep == "until" || sep == "till" || sep == "through" || isDash(sep))) {
			return cand{}, false
		}
		b, ok := p.dateCore(a.j + 1)
		if !ok {
			// "from April 12 to 14"
			if d, ok2 := dayNumber(p.w(a.j + 1)); ok2 && p.t[a.j+1].kind == tNum {
				// "from January 16 to 20, 2001": the year after the
				// second day is the first's too.
				if m, mj, ok3 := p.month(a.i); ok3 && m > 0 && mj+1 == a.j && p.w(a.j+2) == "," {
					if d1, ok4 := dayNumber(p.w(mj)); ok4 && d > d1 {
						if y, k, ok5 := p.looseYear(a.j + 3); ok5 {
							a.val = calendar(y, m, d1)
							b := cand{i: a.j + 1, j: k, typ: DATE, val: calendar(y, m, d)}
							return cand{i: start, j: k, typ: DATE, parts: []cand{a, b}}, true
						}
					}
				}
				if b, ok3 := p.dayOf(a, d, a.j+1); ok3 {
					return cand{i: start, j: b.j, typ: DATE, parts: []cand{a, b}}, true
				}
			}
			return cand{}, false
		}
		return cand{i: start, j: b.j, typ: DATE, parts: []cand{a, b}}, true
	}
	// year–year and "1990-91"
	if y, ok := p.year(i); ok && isDash(p.w(i+1)) {
		if notYearBefore[p.w(i-1)] {
			return cand{}, false
		}
		nx := p.w(i + 2)
		if nx == "present" && p.adj(i+1) {
			// "(2007–present)": from that year to now.
			a := cand{i: i, j: i + 1, typ: DATE, val: calendar(y, 0, 0)}
			b := cand{i: i + 2, j: i + 3, typ: DATE, val: lit("PRESENT_REF")}
			return cand{i: i, j: i + 3, typ: DATE, parts: []cand{a, b}}, true
		}
		if y2, ok := p.year(i + 2); ok && y2 > y && y2-y < 200 {
			a := cand{i: i, j: i + 1, typ: DATE, val: calendar(y, 0, 0)}
			b := cand{i: i + 2, j: i + 3, typ: DATE, val: calendar(y2, 0, 0)}
			return cand{i: i, j: i + 3, typ: DATE, parts: []cand{a, b}}, true
		}
		if len(nx) == 2 && isDigits(nx) && p.adj(i) && p.adj(i+1) {
			n, _ := atoi(nx)
			y2 := y - y%100 + n
			if y2 > y && !(p.adj(i+2) && p.w(i+3) != "," && p.w(i+3) != "." && p.w(i+3) != ")") {
				a := cand{i: i, j: i + 1, typ: DATE, val: calendar(y, 0, 0)}
				b := cand{i: i + 2, j: i + 3, typ: DATE, val: calendar(y2, 0, 0)}
				return cand{i: i, j: i + 3, typ: DATE, parts: []cand{a, b}}, true
			}
		}
		return cand{}, false
	}
	// "June–July 2024", "May-June": a bare month before a dash and
	// another month is a month, however short its name.
	if m, j, ok := p.month(i); ok && m > 0 && j == i+1 && isDash(p.w(j)) && p.adj(i) && p.adj(j) {
		if m2, _, ok := p.month(j + 1); ok && m2 > 0 {
			if b, ok := p.dateCore(j + 1); ok && b.i == j+1 && len(b.parts) == 0 {
				a := cand{i: i, j: j, typ: DATE, val: calendar(0, m, 0)}
				return cand{i: i, j: b.j, typ: DATE, parts: []cand{a, b}}, true
			}
		}
	}
	// "5 February 2013 – 5 August 2024", "May–July 2024"
	if a, ok := p.dateCore(i); ok && a.i == i && isDash(p.w(a.j)) && len(a.parts) == 0 {
		if b, ok := p.dateCore(a.j + 1); ok && b.i == a.j+1 && !apposition[p.w(b.i)] && p.w(a.j) != "—" {
			// An em dash or a phrase led by a determiner restates
			// rather than ends a span: "April 29 — the last day of
			// the session".
			return cand{i: i, j: b.j, typ: DATE, parts: []cand{a, b}}, true
		}
	}
	// "25–29 March 1949": days first, as British and encyclopedic
	// prose writes a span within one month.
	// A dated list's heading may space its dash ("15 - 20 February" on a
	// line of its own); in running text a spaced dash between numbers is
	// a score or a count.
	// "held from 12 to 15 May 1871": the same span with "from"
	// and "to", the first day of the second's month too.
	fromTo := p.w(i-1) == "from" && (p.w(i+1) == "to" || p.w(i+1) == "till" || p.w(i+1) == "until")
	if d1, ok := dayNumber(w); ok && p.t[i].kind == tNum && (fromTo || isDash(p.w(i+1)) && (p.adj(i) && p.adj(i+1) || p.opensLine(i) && p.headlineLine(i))) {
		if d2, ok := dayNumber(p.w(i + 2)); ok && d2 > d1 && p.t[i+2].kind == tNum {
			if m, k, ok := p.month(i + 3); ok && m > 0 {
				y := 0
				if yy, k2, ok := p.looseYear(k); ok {
					y, k = yy, k2
				}
				a := cand{i: i, j: i + 1, typ: DATE, val: calendar(y, m, d1)}
				b := cand{i: i + 2, j: k, typ: DATE, val: calendar(y, m, d2)}
				return cand{i: i, j: k, typ: DATE, parts: []cand{a, b}}, true
			}
		}
	}
	// "April 12-14", "April 12–14, 2024"
	if m, j, ok := p.month(i); ok {
		if d1, ok := dayNumber(p.w(j)); ok && p.t[j].kind == tNum && isDash(p.w(j+1)) && p.adj(j) && p.adj(j+1) {
			if d2, ok := dayNumber(p.w(j + 2)); ok && d2 > d1 && p.t[j+2].kind == tNum {
				k := j + 3
				y := 0
				if p.w(k) == "," {
					if yy, k2, ok := p.looseYear(k + 1); ok {
						y, k = yy, k2
					}
				} else if yy, k2, ok := p.looseYear(k); ok {
					y, k = yy, k2
				}
				a := cand{i: i, j: j + 1, typ: DATE, val: calendar(y, m, d1)}
				b := cand{i: j + 2, j: k, typ: DATE, val: calendar(y, m, d2)}
				return cand{i: i, j: k, typ: DATE, parts: []cand{a, b}}, true
			}
		}
	}
	return cand{}, false
}

// secondDay is the bare day after "April 24 and 25", "May 3 or 4": a
// second date in a's month, later than a's day. The word after the number
// must end the phrase, so "April 24 and 25 people" stays a count.
func (p *parser) secondDay(a cand) (cand, bool) {
	if len(a.parts) != 0 || a.typ != DATE || a.j-a.i < 2 {
		return cand{}, false
	}
	k := a.j - 1
	if p.t[k].kind != tNum {
		return cand{}, false
	}
	d1, ok := dayNumber(p.w(k))
	if !ok {
		return cand{}, false
	}
	if _, mj, ok := p.month(a.i); !ok || mj != k {
		return cand{}, false
	}
	if w := p.w(a.j); w != "and" && w != "or" {
		return cand{}, false
	}
	at := a.j + 1
	if at >= len(p.t) || p.t[at].kind != tNum {
		return cand{}, false
	}
	d2, ok := dayNumber(p.w(at))
	if !ok || d2 <= d1 {
		return cand{}, false
	}
	switch w := p.w(at + 1); {
	case at+1 >= len(p.t), w == ".", w == ",", w == ";", w == ")", w == "at", w == "in", w == "when", w == "to", w == "for":
	default:
		return cand{}, false
	}
	return p.dayOf(a, d2, at)
}

// dayOfMonth reads a day of a month, "May 26" or "26 May", filling c
// exactly.
func (p *parser) dayOfMonth(c cand) (time.Month, int, bool) {
	if m, mj, ok := p.month(c.i); ok && m > 0 && mj+1 == c.j {
		if d, ok := dayNumber(p.w(mj)); ok && p.t[mj].kind == tNum {
			return time.Month(m), d, true
		}
	}
	if d, ok := dayNumber(p.w(c.i)); ok && p.t[c.i].kind == tNum {
		if m, mj, ok := p.month(c.i + 1); ok && m > 0 && mj == c.j {
			return time.Month(m), d, true
		}
	}
	return 0, 0, false
}

// dayList gives the token positions of the further days in a list after
// the dated day a, at least two of them after commas, each later than
// the one before ("June 24, 25, and 26", "Nov. 8, 9, 10"), the list
// closed by punctuation or a word that cannot be what a number counts
// ("On June 24, 25 people died" is no list); nil when there is none.
// A pair ("July 1 and 2") is secondDay's.
func (p *parser) dayList(a cand) []int {
	if len(a.parts) != 0 || a.typ != DATE || a.j-a.i < 2 || p.w(a.j) != "," {
		return nil
	}
	k := a.j - 1
	prev, ok := dayNumber(p.w(k))
	if !ok || p.t[k].kind != tNum {
		return nil
	}
	if _, mj, ok := p.month(a.i); !ok || mj != k {
		return nil
	}
	var ds []int
	at, closed := a.j, false
	for !closed {
		switch {
		case p.w(at) == "," && (p.w(at+1) == "and" || p.w(at+1) == "or"):
			at, closed = at+2, true
		case p.w(at) == ",":
			at++
		case p.w(at) == "and" || p.w(at) == "or":
			at, closed = at+1, true
		default:
			closed = true
			at = -1
		}
		if at < 0 || at >= len(p.t) || p.t[at].kind != tNum {
			break
		}
		d, ok := dayNumber(p.w(at))
		if !ok || d <= prev {
			return nil
		}
		ds, prev = append(ds, at), d
		at++
	}
	if len(ds) < 2 {
		return nil
	}
	switch w := p.w(ds[len(ds)-1] + 1); {
	case ds[len(ds)-1]+1 >= len(p.t), w == ".", w == ",", w == ";", w == ")":
		return ds
	}
	return nil
}

// yearAfter reads the year written after the comma at token comma that
// closes the last day of a pair or a list ("July 1 and 2, 1898", "June
// 24, 25 and 26, 1864"), with a's month; a must name no year itself. A
// count after the comma is written with a thousands comma ("July 1 and
// 2, 1,500 troops"), which no year takes.
func (p *parser) yearAfter(a cand, comma int) (int, time.Month, bool) {
	if p.w(comma) != "," || p.namesYear(&a) {
		return 0, 0, false
	}
	y, ok := p.year(comma + 1)
	if !ok {
		return 0, 0, false
	}
	m, _, ok := p.month(a.i)
	if !ok || m <= 0 {
		return 0, 0, false
	}
	return y, time.Month(m), true
}

// dayOf builds the end of "from April 12 to 14": day d of a's month.
func (p *parser) dayOf(a cand, d int, at int) (cand, bool) {
	first := a.val
	return cand{i: at, j: at + 1, typ: DATE, val: func(c *ctx) (string, point) {
		// Resolve the first date from where it stands, so that both read
		// the clause's tense alike.
		cur := c.cur
		c.cur = &a
		_, pt := first(c)
		c.cur = cur
		if !pt.valid() || pt.g != gDay {
			return "", point{}
		}
		t := day(pt.t.Year(), pt.t.Month(), d)
		if t.Month() != pt.t.Month() {
			return "", point{}
		}
		q := point{t: t, g: gDay}
		return q.value(), q
	}}, true
}

// comparisonBase reports whether the expression at i is what a figure is
// measured against: "up 6% from the second quarter of 2011", "compared
// with the year-ago quarter", "versus the third quarter".
func (p *parser) comparisonBase(i int) bool {
	switch p.w(i - 1) {
	case "versus", "vs", "against":
		return true
	case "from":
		// "up 3% from", "down 5 percent from", "rose from": a change
		// counted from the quarter, not "results from the quarter".
		b := p.w(i - 2)
		return b == "%" || b == "percent" || b == "up" || b == "down" || b == "off" || b == "higher" || b == "lower" || p.edForm(i-2)
	case "with", "to":
		return p.w(i-2) == "compared" || p.w(i-2) == "compares"
	}
	return false
}

// yearBack reports whether the words of [i, j) place a period a year back
// ("the fiscal second quarter of last year", "last year's third
// quarter"): the comparison, not the period a results story reports.
func (p *parser) yearBack(i, j int) bool {
	for k := i; k < j; k++ {
		switch p.w(k) {
		case "last", "previous", "prior", "ago", "earlier", "year-ago", "year-earlier":
			return true
		}
	}
	return false
}

// lowerTimeWords are written in lower case inside a sentence; capitalised
// there, they belong to a name.
var lowerTimeWords = map[string]bool{"today": true, "tonight": true, "tomorrow": true, "yesterday": true,
	"late": true, "early": true, "night": true, "morning": true, "evening": true, "afternoon": true,
	"midnight": true, "noon": true}

// showNouns follow a programme's or paper's name: "the Today show".
var showNouns = map[string]bool{"show": true, "shows": true, "program": true, "programme": true,
	"broadcast": true, "newscast": true, "segment": true, "host": true, "anchor": true, "newspaper": true}

// bodyName reports whether a bare date is the name of a movement or a
// document: "the 26th of July Movement", "the \"30 September Movement\"",
// "the October Manifesto". The date stands after "the" (or its quote
// mark), names no year, and a capitalised head from nameHeads follows.
func (p *parser) bodyName(c cand) bool {
	if c.j >= len(p.t) || !nameHeads[p.w(c.j)] || !p.upper(c.j) || p.namesYear(&c) {
		return false
	}
	k := c.i - 1
	if p.w(c.i) == "the" {
		k = c.i
	} else if p.w(k) == "\"" || p.w(k) == "“" {
		k--
	}
	return p.w(k) == "the"
}

// nameHeads are the nouns that make a date before them a name.
var nameHeads = map[string]bool{"movement": true, "manifesto": true, "group": true, "front": true, "brigade": true, "declaration": true}

// showTitle reports whether the candidate is a capitalised programme title
// inside a sentence: "appearances on Late Night With Conan O'Brien and the
// Today show". Its words are ones written in lower case mid-sentence, all
// capitalised, after a word of the same sentence and line, and a
// capitalised word or a noun like "show" follows.
func (p *parser) showTitle(c cand) bool {
	if c.i == 0 || !lowerTimeWords[p.w(c.i)] || !p.titled(c.i) || p.titleCaseLine(c.i) || p.t[c.i-1].kind != tWord {
		return false
	}
	for k := c.i; k < c.j; k++ {
		if p.t[k].kind != tWord || !p.upper(k) {
			return false
		}
	}
	n := p.w(c.j)
	if c.j >= len(p.t) || p.t[c.j].kind != tWord {
		return false
	}
	if p.upper(c.j) {
		_, month := monthWords[n]
		_, weekday := weekdayWords[n]
		return !month && !weekday && !timeZones[n]
	}
	return showNouns[n]
}
