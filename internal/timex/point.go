package timex

import (
	"fmt"
	"time"
)

// gran is the granularity of a calendar point, finest first.
type gran uint8

const (
	gNone gran = iota
	gDay
	gWeekend
	gWeek
	gMonth
	gSeason
	gQuarter
	gHalf
	gYear
	gDecade
	gCentury
)

// point is a calendar period: t is its first day (UTC) and g its size.
// Seasons and halves keep their index in sub (SP, SU, FA, WI / 1, 2).
type point struct {
	t   time.Time
	g   gran
	sub int
	// noYear marks a date of a story that never names its year ("On
	// the ninth of May …"): t carries the month and day in
	// yearlessBase, and the value is written XXXX-06-19.
	noYear bool
}

// yearlessBase is the year a yearless story's dates are counted in: a
// leap year no history names, so that a date computed from one ("the
// following day") is still known as yearless by its year.
const yearlessBase = 4

// yearlessValue rewrites a value computed from a yearless story's anchor
// with XXXX for its year ("0004-06-20" → "XXXX-06-20").
func yearlessValue(v string) string {
	if len(v) >= 4 && isDigits(v[:4]) && v[:3] == "000" {
		return "XXXX" + v[4:]
	}
	return v
}

var seasonCodes = [...]string{"SP", "SU", "FA", "WI"}

// seasonStart is the first month of each season (northern hemisphere),
// used only to order seasons against an anchor.
var seasonStart = [...]time.Month{time.March, time.June, time.September, time.December}

func (p point) valid() bool { return p.g != gNone && p.t.Year() > 0 && p.t.Year() < 10000 }

// value renders the point as a TIMEX3 value.
func (p point) value() string {
	if !p.valid() {
		return ""
	}
	if p.noYear {
		q := p
		q.noYear = false
		switch p.g {
		case gDay, gMonth, gSeason:
			return yearlessValue(q.value())
		case gWeek:
			return "XXXX-WXX"
		case gWeekend:
			return "XXXX-WXX-WE"
		}
		return ""
	}
	y, m, d := p.t.Date()
	switch p.g {
	case gDay:
		return fmt.Sprintf("%04d-%02d-%02d", y, int(m), d)
	case gWeek, gWeekend:
		iy, iw := p.t.ISOWeek()
		if p.g == gWeekend {
			return fmt.Sprintf("%04d-W%02d-WE", iy, iw)
		}
		return fmt.Sprintf("%04d-W%02d", iy, iw)
	case gMonth:
		return fmt.Sprintf("%04d-%02d", y, int(m))
	case gSeason:
		return fmt.Sprintf("%04d-%s", y, seasonCodes[p.sub&3])
	case gQuarter:
		return fmt.Sprintf("%04d-Q%d", y, (int(m)-1)/3+1)
	case gHalf:
		return fmt.Sprintf("%04d-H%d", y, (int(m)-1)/6+1)
	case gYear:
		return fmt.Sprintf("%04d", y)
	case gDecade:
		return fmt.Sprintf("%03d", y/10)
	case gCentury:
		return fmt.Sprintf("%02d", y/100)
	}
	return ""
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func mkDay(t time.Time) point { return point{t: day(t.Year(), t.Month(), t.Day()), g: gDay} }
func mkMonth(y int, m time.Month) point {
	return point{t: day(y, m, 1), g: gMonth}
}
func mkYear(y int) point { return point{t: day(y, 1, 1), g: gYear} }
func mkQuarter(y, q int) point {
	return point{t: day(y, time.Month(3*(q-1)+1), 1), g: gQuarter}
}
func mkHalf(y, h int) point { return point{t: day(y, time.Month(6*(h-1)+1), 1), g: gHalf} }
func mkSeason(y, s int) point {
	return point{t: day(y, seasonStart[s], 1), g: gSeason, sub: s}
}
func mkDecade(y int) point  { return point{t: day(y-y%10, 1, 1), g: gDecade} }
func mkCentury(y int) point { return point{t: day(y-y%100, 1, 1), g: gCentury} }

// monday returns the Monday of t's ISO week.
func monday(t time.Time) time.Time {
	wd := int(t.Weekday()+6) % 7
	return t.AddDate(0, 0, -wd)
}

// as coarsens p to granularity g (for "last year" from a day anchor).
func (p point) as(g gran) point {
	y, m, d := p.t.Date()
	switch g {
	case gDay:
		return point{t: day(y, m, d), g: gDay}
	case gWeek, gWeekend:
		return point{t: monday(p.t), g: g}
	case gMonth:
		return mkMonth(y, m)
	case gQuarter:
		return mkQuarter(y, (int(m)-1)/3+1)
	case gHalf:
		return mkHalf(y, (int(m)-1)/6+1)
	case gSeason:
		return point{t: p.t, g: gSeason, sub: p.sub}
	case gYear:
		return mkYear(y)
	case gDecade:
		return mkDecade(y)
	case gCentury:
		return mkCentury(y)
	}
	return p
}

// shift moves p by n units of granularity g, giving a point of that
// granularity. It fails when the anchor is coarser than the unit asked for
// (a day offset from a known year cannot be placed).
func (p point) shift(g gran, n int) (point, bool) {
	if !p.valid() {
		return point{}, false
	}
	if p.g > g && !(g == gWeek && p.g == gWeekend) {
		if p.g == gSeason && g <= gMonth {
			return point{}, false
		}
		if p.g >= gMonth && g <= gWeek {
			return point{}, false
		}
		if p.g >= gYear && g < gYear {
			return point{}, false
		}
	}
	if p.noYear && g >= gQuarter {
		// "the following year" of a story that never named its year.
		return point{}, false
	}
	q := p.as(g)
	q.noYear = p.noYear
	switch g {
	case gDay:
		q.t = q.t.AddDate(0, 0, n)
	case gWeek, gWeekend:
		q.t = q.t.AddDate(0, 0, 7*n)
	case gMonth:
		q.t = q.t.AddDate(0, n, 0)
	case gQuarter:
		q.t = q.t.AddDate(0, 3*n, 0)
	case gHalf:
		q.t = q.t.AddDate(0, 6*n, 0)
	case gSeason:
		q.t = q.t.AddDate(n, 0, 0)
	case gYear:
		q.t = q.t.AddDate(n, 0, 0)
	case gDecade:
		q.t = q.t.AddDate(10*n, 0, 0)
	case gCentury:
		q.t = q.t.AddDate(100*n, 0, 0)
	}
	return q, q.valid()
}
