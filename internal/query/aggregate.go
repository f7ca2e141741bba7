package query

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/store"
)

// Intervals are the periods events can be counted by.
var Intervals = []string{"day", "week", "month", "quarter", "year"}

// Dimensions are what counts can be crossed with.
var Dimensions = []string{"event_type", "sub_event_type", "actor", "country", "admin1", "source", "cell"}

// Spec says how to group an aggregate. Both parts are optional: neither
// gives one grand total.
type Spec struct {
	Interval string  // one of Intervals, or ""
	By       string  // one of Dimensions, or ""
	Cell     float64 // grid cell size in degrees when By is "cell"
}

// Totals are fatality sums over the events that give a figure. High is
// summed over the WithHigh events that give a high estimate only.
type Totals struct {
	Low        int64 `json:"low"`
	Best       int64 `json:"best"`
	High       int64 `json:"high"`
	WithFigure int64 `json:"with_figure"`
	WithHigh   int64 `json:"with_high"`
}

// Bucket is one group of an aggregate.
type Bucket struct {
	Period     string   `json:"period,omitempty"` // first day of the period
	Key        string   `json:"key,omitempty"`    // value of the dimension; "" when unknown
	CellLat    *float64 `json:"cell_lat,omitempty"`
	CellLon    *float64 `json:"cell_lon,omitempty"` // south-west corner of the cell
	Events     int64    `json:"events"`
	Fatalities Totals   `json:"fatalities"`
}

func validIn(v string, set []string) bool {
	for _, s := range set {
		if s == v {
			return true
		}
	}
	return false
}

// Check reports what is wrong with a spec.
func (s Spec) Check() error {
	if s.Interval != "" && !validIn(s.Interval, Intervals) {
		return fmt.Errorf("interval %q: want one of %s", s.Interval, strings.Join(Intervals, ", "))
	}
	if s.By != "" && !validIn(s.By, Dimensions) {
		return fmt.Errorf("by %q: want one of %s", s.By, strings.Join(Dimensions, ", "))
	}
	if s.By == "cell" && !(s.Cell >= 0.01 && s.Cell <= 90) {
		return fmt.Errorf("cell %v: want a size in degrees from 0.01 to 90", s.Cell)
	}
	return nil
}

// periodExpr truncates the event's day to the interval. The cast to
// TIMESTAMP keeps PostgreSQL from choosing the time-zone-dependent
// timestamptz variant of date_trunc.
func periodExpr(interval, day string) string {
	return `CAST(date_trunc('` + interval + `', CAST(` + day + ` AS TIMESTAMP)) AS DATE)`
}

const totalsSQL = `count(*), CAST(coalesce(sum(fatalities_low), 0) AS BIGINT), CAST(coalesce(sum(fatalities_best), 0) AS BIGINT),
	CAST(coalesce(sum(fatalities_high), 0) AS BIGINT), count(fatalities_best), count(fatalities_high)`

// actorEvents is a FROM item with one row per event and distinct actor
// (canonical name when there is one), the events columns, and actor.
func actorEvents(b *builder, f Filter) string {
	b.build(f, "e")
	return `(SELECT DISTINCT e.version_id, e.id, e.date_start, e.date_end, e.fatalities_low, e.fatalities_best, e.fatalities_high,
		coalesce(a.canonical, a.name) AS actor FROM events e, ` + b.d.actorRows("e") + ` WHERE ` + b.where() + `) ae`
}

// Aggregate counts the events f selects and sums their fatalities, grouped
// as s says, ordered by period then key (unknown keys last). Grouped by
// period, undated events are left out; grouped by cell, unplaced ones.
func Aggregate(ctx context.Context, st *store.Store, f Filter, s Spec) ([]Bucket, error) {
	if err := s.Check(); err != nil {
		return nil, err
	}
	b := &builder{d: dialectOf(st)}
	from := "events"
	var sel, group []string
	if s.Interval != "" {
		sel = append(sel, periodExpr(s.Interval, DayExpr))
		group = append(group, "1")
	}
	switch s.By {
	case "":
	case "actor":
		from = actorEvents(b, f)
		sel = append(sel, "actor")
	case "cell":
		size := b.arg(s.Cell)
		for _, c := range []string{"lat", "lon"} {
			sel = append(sel, fmt.Sprintf("floor(%s / CAST(%s AS DOUBLE PRECISION)) * CAST(%s AS DOUBLE PRECISION)", c, size, size))
		}
	default:
		sel = append(sel, s.By)
	}
	for i := len(group); i < len(sel); i++ {
		group = append(group, fmt.Sprint(i+1))
	}
	if from == "events" {
		b.build(f, "")
	}
	where := "TRUE"
	if from == "events" {
		where = b.where()
	}
	q := `SELECT ` + strings.Join(append(sel, totalsSQL), ", ") + ` FROM ` + from + ` WHERE ` + where
	if s.By == "cell" {
		q += ` AND lat IS NOT NULL AND lon IS NOT NULL`
	}
	if s.Interval != "" {
		// An undated event belongs to no period.
		q += ` AND date_start IS NOT NULL`
	}
	if len(group) > 0 {
		q += ` GROUP BY ` + strings.Join(group, ", ") + ` ORDER BY ` + strings.Join(group, " NULLS LAST, ") + ` NULLS LAST`
	}
	rows, err := st.DB().QueryContext(ctx, q, b.args...)
	if err != nil {
		return nil, fmt.Errorf("aggregate: %w", err)
	}
	defer rows.Close()
	var out []Bucket
	for rows.Next() {
		var bk Bucket
		var period *time.Time
		var key sql.NullString
		var clat, clon *float64
		dest := []any{}
		if s.Interval != "" {
			dest = append(dest, &period)
		}
		switch s.By {
		case "":
		case "cell":
			dest = append(dest, &clat, &clon)
		default:
			dest = append(dest, &key)
		}
		dest = append(dest, totalsDest(&bk.Events, &bk.Fatalities)...)
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("aggregate: %w", err)
		}
		if period != nil {
			bk.Period = period.UTC().Format(event.Layout)
		}
		bk.Key = key.String
		if clat != nil && clon != nil {
			// Rounding undoes floor(x/size)*size's float noise (0.30000000000000004).
			la, lo := round(*clat), round(*clon)
			bk.CellLat, bk.CellLon = &la, &lo
			bk.Key = fmt.Sprintf("%g,%g", la, lo)
		}
		out = append(out, bk)
	}
	return out, rows.Err()
}

func round(x float64) float64 { return math.Round(x*1e6) / 1e6 }

func totalsDest(n *int64, t *Totals) []any {
	return []any{n, &t.Low, &t.Best, &t.High, &t.WithFigure, &t.WithHigh}
}

// Actor is one party with what it took part in.
type Actor struct {
	Name       string `json:"name"`
	Events     int64  `json:"events"`
	Fatalities Totals `json:"fatalities"`
}

// TopActors returns the n actors in the most events f selects, ties by
// name. An actor is counted once per event whatever its roles.
func TopActors(ctx context.Context, st *store.Store, f Filter, n int) ([]Actor, error) {
	if n < 1 {
		return nil, fmt.Errorf("top %d: want at least 1", n)
	}
	b := &builder{d: dialectOf(st)}
	from := actorEvents(b, f)
	q := `SELECT actor, ` + totalsSQL + ` FROM ` + from + ` GROUP BY actor ORDER BY 2 DESC, actor LIMIT ` + b.arg(int64(n))
	rows, err := st.DB().QueryContext(ctx, q, b.args...)
	if err != nil {
		return nil, fmt.Errorf("top actors: %w", err)
	}
	defer rows.Close()
	var out []Actor
	for rows.Next() {
		var a Actor
		if err := rows.Scan(append([]any{&a.Name}, totalsDest(&a.Events, &a.Fatalities)...)...); err != nil {
			return nil, fmt.Errorf("top actors: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Span is the first and last event f selects.
type Span struct {
	Events int64        `json:"events"`
	First  *event.Event `json:"first,omitempty"`
	Last   *event.Event `json:"last,omitempty"`
}

// FirstLast returns the earliest and latest dated events f selects (by
// start date, then id) and how many events it selects.
func FirstLast(ctx context.Context, st *store.Store, f Filter) (Span, error) {
	var sp Span
	b := &builder{d: dialectOf(st)}
	b.build(f, "")
	if err := st.DB().QueryRowContext(ctx, `SELECT count(*) FROM events WHERE `+b.where(), b.args...).Scan(&sp.Events); err != nil {
		return sp, fmt.Errorf("first and last: %w", err)
	}
	for _, end := range []struct {
		order string
		dst   **event.Event
	}{{"date_start ASC, id ASC", &sp.First}, {"date_end DESC, id DESC", &sp.Last}} {
		row := st.DB().QueryRowContext(ctx, `SELECT `+store.SelectColumns+` FROM events WHERE `+b.where()+` AND date_start IS NOT NULL ORDER BY `+end.order+` LIMIT 1`, b.args...)
		e, err := store.ScanEvent(row)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return sp, fmt.Errorf("first and last: %w", err)
		}
		*end.dst = &e
	}
	return sp, nil
}
