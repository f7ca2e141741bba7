package event

import (
	"encoding/json"
	"fmt"
	"time"
)

// Precision says how exactly a date is known. Values are ordered, finest
// first, so that "precision at most N" is a comparison.
type Precision int

const (
	PrecUnknown Precision = 0
	PrecDay     Precision = 1 // a single day
	PrecDays    Precision = 2 // a few days (UCDP 2: 2–6 days)
	PrecWeek    Precision = 3 // a week (ACLED 2, UCDP 3)
	PrecMonth   Precision = 4 // a month (ACLED 3, UCDP 4)
	PrecMonths  Precision = 5 // more than a month, within a year (UCDP 5: season, quarter)
	PrecYear    Precision = 6 // a year
	PrecDecade  Precision = 7
)

var precNames = [...]string{"unknown", "day", "days", "week", "month", "months", "year", "decade"}

func (p Precision) String() string {
	if p < 0 || int(p) >= len(precNames) {
		return "unknown"
	}
	return precNames[p]
}

// ParsePrecision is the inverse of String.
func ParsePrecision(s string) (Precision, error) {
	for i, n := range precNames {
		if n == s {
			return Precision(i), nil
		}
	}
	return PrecUnknown, fmt.Errorf("unknown date precision %q", s)
}

func (p Precision) MarshalJSON() ([]byte, error) { return json.Marshal(p.String()) }

func (p *Precision) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := ParsePrecision(s)
	*p = v
	return err
}

// Date is an inclusive range of civil days with the precision the source
// gives. A day-precise date has Start == End. The zero Date is unknown.
type Date struct {
	Start     time.Time `json:"start"`
	End       time.Time `json:"end"`
	Precision Precision `json:"precision"`
	// Value is the TimeML-style value the range came from ("2017-10",
	// "2017-Q4", "2017"), when it came from text.
	Value string `json:"value,omitempty"`
}

// Civil day layout used everywhere dates are written.
const Layout = "2006-01-02"

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Start.IsZero() }

// Day returns a day-precise date.
func Day(y int, m time.Month, dd int) Date {
	t := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	return Date{Start: t, End: t, Precision: PrecDay, Value: t.Format(Layout)}
}

// Month returns the whole of a month.
func Month(y int, m time.Month) Date {
	s := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return Date{Start: s, End: s.AddDate(0, 1, -1), Precision: PrecMonth, Value: s.Format("2006-01")}
}

// Year returns the whole of a year.
func Year(y int) Date {
	s := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	return Date{Start: s, End: time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), Precision: PrecYear, Value: fmt.Sprintf("%04d", y)}
}

// Range returns the days from start to end inclusive with precision p.
func Range(start, end time.Time, p Precision) Date {
	return Date{Start: civil(start), End: civil(end), Precision: p}
}

func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// String renders the date at its precision: "2017-10-04", "2017-10", "2017",
// or "2015-01-01/2017-12-31" for other ranges.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if d.Value != "" {
		return d.Value
	}
	switch d.Precision {
	case PrecDay:
		if d.Start.Equal(d.End) {
			return d.Start.Format(Layout)
		}
	case PrecMonth:
		if d.Start.Day() == 1 && d.End.Equal(d.Start.AddDate(0, 1, -1)) {
			return d.Start.Format("2006-01")
		}
	case PrecYear:
		if d.Start.YearDay() == 1 && d.End.Equal(time.Date(d.Start.Year(), 12, 31, 0, 0, 0, 0, time.UTC)) {
			return d.Start.Format("2006")
		}
	}
	return d.Start.Format(Layout) + "/" + d.End.Format(Layout)
}

type dateJSON struct {
	Start     string    `json:"start,omitempty"`
	End       string    `json:"end,omitempty"`
	Precision Precision `json:"precision"`
	Value     string    `json:"value,omitempty"`
}

func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return json.Marshal(dateJSON{})
	}
	return json.Marshal(dateJSON{d.Start.Format(Layout), d.End.Format(Layout), d.Precision, d.String()})
}

func (d *Date) UnmarshalJSON(b []byte) error {
	var j dateJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*d = Date{Precision: j.Precision, Value: j.Value}
	if j.Start == "" {
		return nil
	}
	var err error
	if d.Start, err = time.Parse(Layout, j.Start); err != nil {
		return err
	}
	if d.End, err = time.Parse(Layout, j.End); err != nil {
		return err
	}
	return nil
}
