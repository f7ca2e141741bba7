package query

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/store"
)

// ChangeSpec compares one period with the periods before it.
type ChangeSpec struct {
	By       string    // "country" or "admin1"
	Interval string    // one of Intervals
	Periods  int       // how many earlier periods make the baseline
	At       time.Time // a day in the current period; zero is the latest event day f selects
}

// Change is one place's events in the current period against its baseline.
type Change struct {
	Country  string   `json:"country"`
	Admin1   string   `json:"admin1,omitempty"`
	Current  int64    `json:"current"`
	Baseline float64  `json:"baseline"` // mean events per earlier period
	Percent  *float64 `json:"percent,omitempty"`
	Category string   `json:"category"`
}

// ChangeReport is the answer to a ChangeSpec.
type ChangeReport struct {
	Period   string   `json:"period"` // first day of the current period
	Baseline []string `json:"baseline_periods"`
	Places   []Change `json:"places"`
}

// ACLED's change categories (Early Warning dashboard, Conflict Change Map).
const (
	LargeIncrease    = "large increase"
	ModerateIncrease = "moderate increase"
	LimitedChange    = "limited change"
	LargeDecrease    = "large decrease"
)

// Categorize applies ACLED's thresholds: more than +25% is a large
// increase, +10% to +25% moderate, -25% to +10% limited change, below -25%
// a large decrease; a place with a baseline of two events or fewer and at
// most five now is "limited change" whatever the percentage, as ACLED does
// for low-activity places.
func Categorize(current int64, baseline float64) (string, *float64) {
	var pct *float64
	if baseline > 0 {
		p := (float64(current) - baseline) / baseline * 100
		pct = &p
	}
	switch {
	case baseline <= 2 && current <= 5:
		return LimitedChange, pct
	case pct == nil || *pct > 25:
		return LargeIncrease, pct
	case *pct >= 10:
		return ModerateIncrease, pct
	case *pct >= -25:
		return LimitedChange, pct
	}
	return LargeDecrease, pct
}

// addPeriods moves a period start by n intervals.
func addPeriods(t time.Time, interval string, n int) time.Time {
	switch interval {
	case "day":
		return t.AddDate(0, 0, n)
	case "week":
		return t.AddDate(0, 0, 7*n)
	case "month":
		return t.AddDate(0, n, 0)
	case "quarter":
		return t.AddDate(0, 3*n, 0)
	}
	return t.AddDate(n, 0, 0)
}

// truncate is periodExpr in Go.
func truncate(t time.Time, interval string) time.Time {
	y, m, d := t.Date()
	switch interval {
	case "day":
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	case "week":
		wd := (int(t.Weekday()) + 6) % 7 // ISO: Monday is 0
		return time.Date(y, m, d-wd, 0, 0, 0, 0, time.UTC)
	case "month":
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	case "quarter":
		return time.Date(y, m-(m-1)%3, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
}

// Check reports what is wrong with a spec.
func (s ChangeSpec) Check() error {
	if s.By != "country" && s.By != "admin1" {
		return fmt.Errorf("by %q: want country or admin1", s.By)
	}
	if !validIn(s.Interval, Intervals) {
		return fmt.Errorf("interval %q: want one of day, week, month, quarter, year", s.Interval)
	}
	if s.Periods < 1 || s.Periods > 520 {
		return fmt.Errorf("periods %d: want 1 to 520", s.Periods)
	}
	return nil
}

// Compare counts, for each country or admin1, the events f selects in the
// current period and the mean over the Periods periods before it, and
// categorizes the change. The filter's own date range is replaced by the
// window. Places are ordered by percentage change, largest first.
func Compare(ctx context.Context, st *store.Store, f Filter, s ChangeSpec) (ChangeReport, error) {
	var rep ChangeReport
	if err := s.Check(); err != nil {
		return rep, err
	}
	at := s.At
	if at.IsZero() {
		b := &builder{d: dialectOf(st)}
		b.build(f, "")
		var last *time.Time
		if err := st.DB().QueryRowContext(ctx, `SELECT max(`+DayExpr+`) FROM events WHERE `+b.where(), b.args...).Scan(&last); err != nil {
			return rep, fmt.Errorf("change: %w", err)
		}
		if last == nil {
			return rep, nil
		}
		at = last.UTC()
	}
	cur := truncate(at, s.Interval)
	first := addPeriods(cur, s.Interval, -s.Periods)
	rep.Period = cur.Format(event.Layout)
	for i := s.Periods; i >= 1; i-- {
		rep.Baseline = append(rep.Baseline, addPeriods(cur, s.Interval, -i).Format(event.Layout))
	}
	f.Start, f.End = first, addPeriods(cur, s.Interval, 1).AddDate(0, 0, -1)

	b := &builder{d: dialectOf(st)}
	b.build(f, "")
	keys := "coalesce(country, ''), ''"
	if s.By == "admin1" {
		keys = "coalesce(country, ''), coalesce(admin1, '')"
	}
	isCur := b.arg(cur)
	q := `SELECT ` + keys + `, count(*) FILTER (WHERE ` + DayExpr + ` >= CAST(` + isCur + ` AS DATE)), count(*) FILTER (WHERE ` + DayExpr + ` < CAST(` + isCur + ` AS DATE))
		FROM events WHERE ` + b.where() + ` GROUP BY 1, 2`
	rows, err := st.DB().QueryContext(ctx, q, b.args...)
	if err != nil {
		return rep, fmt.Errorf("change: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c Change
		var before int64
		if err := rows.Scan(&c.Country, &c.Admin1, &c.Current, &before); err != nil {
			return rep, fmt.Errorf("change: %w", err)
		}
		c.Baseline = float64(before) / float64(s.Periods)
		c.Category, c.Percent = Categorize(c.Current, c.Baseline)
		rep.Places = append(rep.Places, c)
	}
	if err := rows.Err(); err != nil {
		return rep, fmt.Errorf("change: %w", err)
	}
	sort.SliceStable(rep.Places, func(i, j int) bool {
		a, b := rep.Places[i], rep.Places[j]
		pa, pb := pctKey(a), pctKey(b)
		if pa != pb {
			return pa > pb
		}
		if a.Country != b.Country {
			return a.Country < b.Country
		}
		return a.Admin1 < b.Admin1
	})
	return rep, nil
}

// pctKey sorts places new to the baseline above any percentage.
func pctKey(c Change) float64 {
	if c.Percent == nil {
		return 1e300
	}
	return *c.Percent
}
