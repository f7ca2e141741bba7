package narrative

import (
	"strconv"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
)

// ValueDate converts a TIMEX3 DATE value to the event model's range and
// precision: "2017-10-04" a day, "2017-10" a month, "2017-Q4" and seasons
// months, "2017-W40" a week, "2017" a year, "201X" a decade. Anything else
// (durations, sets, PRESENT_REF, unresolved "XXXX-04-19") is not a date.
func ValueDate(typ, v string) (event.Date, bool) {
	if typ != "DATE" && typ != "TIME" {
		return event.Date{}, false
	}
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	if len(v) < 4 {
		return event.Date{}, false
	}
	if v[3] == 'X' && v[2] != 'X' {
		dec, err := strconv.Atoi(v[:3])
		if err != nil {
			return event.Date{}, false
		}
		s := time.Date(dec*10, 1, 1, 0, 0, 0, 0, time.UTC)
		return event.Date{Start: s, End: s.AddDate(10, 0, -1), Precision: event.PrecDecade, Value: v}, true
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return event.Date{}, false
	}
	rest := v[4:]
	switch {
	case rest == "":
		return event.Year(y), true
	case len(rest) == 3 && rest[0] == '-' && rest[1] >= '0' && rest[1] <= '1':
		m, err := strconv.Atoi(rest[1:])
		if err != nil || m < 1 || m > 12 {
			return event.Date{}, false
		}
		return event.Month(y, time.Month(m)), true
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-':
		m, err1 := strconv.Atoi(rest[1:3])
		d, err2 := strconv.Atoi(rest[4:6])
		if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
			return event.Date{}, false
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Month() != time.Month(m) {
			return event.Date{}, false
		}
		return event.Day(y, time.Month(m), d), true
	case len(rest) == 3 && rest[1] == 'Q':
		q, err := strconv.Atoi(rest[2:])
		if err != nil || q < 1 || q > 4 {
			return event.Date{}, false
		}
		s := time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		return event.Date{Start: s, End: s.AddDate(0, 3, -1), Precision: event.PrecMonths, Value: v}, true
	case len(rest) == 3 && rest[1] == 'H':
		h, err := strconv.Atoi(rest[2:])
		if err != nil || h < 1 || h > 2 {
			return event.Date{}, false
		}
		s := time.Date(y, time.Month(6*h-5), 1, 0, 0, 0, 0, time.UTC)
		return event.Date{Start: s, End: s.AddDate(0, 6, -1), Precision: event.PrecMonths, Value: v}, true
	case len(rest) == 4 && rest[1] == 'W':
		w, err := strconv.Atoi(rest[2:])
		if err != nil || w < 1 || w > 53 {
			return event.Date{}, false
		}
		// ISO week: the week with the year's first Thursday is week 1.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		return event.Date{Start: monday, End: monday.AddDate(0, 0, 6), Precision: event.PrecWeek, Value: v}, true
	case len(rest) == 3 && rest[0] == '-':
		seasons := map[string][2]int{"SP": {3, 5}, "SU": {6, 8}, "FA": {9, 11}, "WI": {12, 14}}
		if r, ok := seasons[rest[1:]]; ok {
			s := time.Date(y, time.Month(r[0]), 1, 0, 0, 0, 0, time.UTC)
			return event.Date{Start: s, End: s.AddDate(0, 3, -1), Precision: event.PrecMonths, Value: v}, true
		}
	}
	return event.Date{}, false
}
