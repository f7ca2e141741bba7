package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
)

// Date converts a DATE (or TIME) value to the event model's day range and
// precision: days, weeks, months, quarters and seasons (as month ranges),
// years and decades; a span's range runs from Value's start to EndValue's
// end. ok is false for durations, sets, PRESENT_REF and the like, and for
// values the text left unresolved ("XXXX-04-19").
func (t Timex) Date() (event.Date, bool) {
	if t.Type != DATE && t.Type != TIME {
		return event.Date{}, false
	}
	a, ok := valueRange(t.Value)
	if !ok {
		return event.Date{}, false
	}
	if t.EndValue == "" {
		return a, true
	}
	b, ok := valueRange(t.EndValue)
	if !ok || b.End.Before(a.Start) {
		return a, true
	}
	d := event.Range(a.Start, b.End, max(a.Precision, b.Precision))
	d.Value = a.Value + "/" + b.Value
	return d, true
}

// valueRange reads one TIMEX3 calendar value.
func valueRange(v string) (event.Date, bool) {
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		v = v[:i] // a time of day keeps its day
	}
	num := func(s string) (int, bool) { return atoi(s) }
	parts := strings.Split(v, "-")
	switch {
	case len(parts) == 1 && len(v) == 4:
		y, ok := num(v)
		if !ok {
			return event.Date{}, false
		}
		return event.Year(y), true
	case len(parts) == 1 && len(v) == 3:
		dec, ok := num(v)
		if !ok {
			return event.Date{}, false
		}
		s := day(dec*10, 1, 1)
		d := event.Range(s, day(dec*10+9, 12, 31), event.PrecDecade)
		d.Value = v
		return d, true
	case len(parts) < 2:
		return event.Date{}, false
	}
	y, ok := num(parts[0])
	if !ok || len(parts[0]) != 4 || y == 0 {
		return event.Date{}, false
	}
	p := parts[1]
	switch {
	case len(parts) == 3 && len(p) == 2 && len(parts[2]) == 2:
		m, ok1 := num(p)
		dd, ok2 := num(parts[2])
		if !ok1 || !ok2 || m < 1 || m > 12 || dd < 1 || day(y, time.Month(m), dd).Month() != time.Month(m) {
			return event.Date{}, false
		}
		return event.Day(y, time.Month(m), dd), true
	case len(parts) == 2 && len(p) == 2 && p[0] >= '0' && p[0] <= '9':
		m, ok := num(p)
		if !ok || m < 1 || m > 12 {
			return event.Date{}, false
		}
		return event.Month(y, time.Month(m)), true
	case len(p) == 2 && (p[0] == 'Q' || p[0] == 'H'):
		n, ok := num(p[1:])
		size := 3
		if p[0] == 'H' {
			size = 6
		}
		if !ok || n < 1 || n > 12/size {
			return event.Date{}, false
		}
		s := day(y, time.Month(size*(n-1)+1), 1)
		return withValue(event.Range(s, s.AddDate(0, size, -1), event.PrecMonths), v), true
	case p == "SP" || p == "SU" || p == "FA" || p == "WI":
		k := map[string]int{"SP": 0, "SU": 1, "FA": 2, "WI": 3}[p]
		s := day(y, seasonStart[k], 1)
		return withValue(event.Range(s, s.AddDate(0, 3, -1), event.PrecMonths), v), true
	case len(p) == 3 && p[0] == 'W':
		w, err := strconv.Atoi(p[1:])
		if err != nil || w < 1 || w > 53 {
			return event.Date{}, false
		}
		// ISO week w: the week holding January 4th is week 1.
		mon := monday(day(y, 1, 4)).AddDate(0, 0, 7*(w-1))
		if len(parts) == 3 && parts[2] == "WE" {
			return withValue(event.Range(mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6), event.PrecDays), v), true
		}
		if len(parts) != 2 {
			return event.Date{}, false
		}
		return withValue(event.Range(mon, mon.AddDate(0, 0, 6), event.PrecWeek), v), true
	}
	return event.Date{}, false
}

func withValue(d event.Date, v string) event.Date {
	d.Value = v
	return d
}
