package query

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/store"
)

// Infobox summarises what a filter selects the way a conflict infobox
// does: when, where, who on which side, and the toll.
type Infobox struct {
	Start      string     `json:"start,omitempty"` // earliest date_start
	End        string     `json:"end,omitempty"`   // latest date_end
	Events     int64      `json:"events"`
	Fatalities Totals     `json:"fatalities"`
	Countries  []Count    `json:"countries,omitempty"`
	Sides      []SideInfo `json:"sides,omitempty"`
}

// Count is a value and how many events have it.
type Count struct {
	Value  string `json:"value"`
	Events int64  `json:"events"`
}

// SideInfo is one side of the infobox.
type SideInfo struct {
	Side event.Side `json:"side"` // 0: actors no side was given for
	// Parties are the side's actors, most events first.
	Parties []Count `json:"parties"`
	// Events and Fatalities count the events the side took part in;
	// an event with parties on both sides counts for both.
	Events     int64  `json:"events"`
	Fatalities Totals `json:"fatalities"`
	// Killed sums the casualties the events attribute to this side.
	Killed Totals `json:"killed"`
}

// MaxParties caps the parties listed per side.
const MaxParties = 20

// Box builds the infobox for f.
func Box(ctx context.Context, st *store.Store, f Filter) (Infobox, error) {
	var ib Infobox
	db := st.DB()
	d := dialectOf(st)

	b := &builder{d: d}
	b.build(f, "")
	var start, end *time.Time
	err := db.QueryRowContext(ctx, `SELECT min(date_start), max(date_end), `+totalsSQL+` FROM events WHERE `+b.where(), b.args...).
		Scan(append([]any{&start, &end}, totalsDest(&ib.Events, &ib.Fatalities)...)...)
	if err != nil {
		return ib, fmt.Errorf("infobox: %w", err)
	}
	if start != nil {
		ib.Start = start.UTC().Format(event.Layout)
	}
	if end != nil {
		ib.End = end.UTC().Format(event.Layout)
	}
	if ib.Events == 0 {
		return ib, nil
	}

	rows, err := db.QueryContext(ctx, `SELECT coalesce(country, ''), count(*) FROM events WHERE `+b.where()+` GROUP BY 1 ORDER BY 2 DESC, 1`, b.args...)
	if err != nil {
		return ib, fmt.Errorf("infobox countries: %w", err)
	}
	if ib.Countries, err = scanCounts(rows); err != nil {
		return ib, fmt.Errorf("infobox countries: %w", err)
	}

	// One row per event and side it has parties on.
	b = &builder{d: d}
	b.build(f, "e")
	sideEvents := `(SELECT DISTINCT e.version_id, e.id, e.fatalities_low, e.fatalities_best, e.fatalities_high, coalesce(a.side, 0) AS side
		FROM events e, ` + d.actorRows("e") + ` WHERE ` + b.where() + `) se`
	rows, err = db.QueryContext(ctx, `SELECT side, `+totalsSQL+` FROM `+sideEvents+` GROUP BY side ORDER BY side`, b.args...)
	if err != nil {
		return ib, fmt.Errorf("infobox sides: %w", err)
	}
	bySide := map[event.Side]*SideInfo{}
	for rows.Next() {
		var s SideInfo
		var side int64
		if err := rows.Scan(append([]any{&side}, totalsDest(&s.Events, &s.Fatalities)...)...); err != nil {
			rows.Close()
			return ib, fmt.Errorf("infobox sides: %w", err)
		}
		s.Side = event.Side(side)
		ib.Sides = append(ib.Sides, s)
	}
	rows.Close()
	for i := range ib.Sides {
		bySide[ib.Sides[i].Side] = &ib.Sides[i]
	}

	b = &builder{d: d}
	b.build(f, "e")
	rows, err = db.QueryContext(ctx, `SELECT side, actor, count(*) FROM (SELECT DISTINCT e.version_id, e.id, coalesce(a.side, 0) AS side, coalesce(a.canonical, a.name) AS actor
		FROM events e, `+d.actorRows("e")+` WHERE `+b.where()+`) sa GROUP BY side, actor ORDER BY side, 3 DESC, actor`, b.args...)
	if err != nil {
		return ib, fmt.Errorf("infobox parties: %w", err)
	}
	for rows.Next() {
		var side, n int64
		var name string
		if err := rows.Scan(&side, &name, &n); err != nil {
			rows.Close()
			return ib, fmt.Errorf("infobox parties: %w", err)
		}
		if s := bySide[event.Side(side)]; s != nil && len(s.Parties) < MaxParties {
			s.Parties = append(s.Parties, Count{name, n})
		}
	}
	rows.Close()

	b = &builder{d: d}
	b.build(f, "e")
	rows, err = db.QueryContext(ctx, `SELECT coalesce(c.side, 0), CAST(coalesce(sum(`+d.killed("low")+`), 0) AS BIGINT), CAST(coalesce(sum(`+d.killed("best")+`), 0) AS BIGINT),
		CAST(coalesce(sum(`+d.killed("high")+`), 0) AS BIGINT), count(`+d.killed("best")+`), count(`+d.killed("high")+`)
		FROM events e, `+d.casualtyRows("e")+` WHERE `+b.where()+` GROUP BY 1 ORDER BY 1`, b.args...)
	if err != nil {
		return ib, fmt.Errorf("infobox casualties: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var side int64
		var t Totals
		if err := rows.Scan(&side, &t.Low, &t.Best, &t.High, &t.WithFigure, &t.WithHigh); err != nil {
			return ib, fmt.Errorf("infobox casualties: %w", err)
		}
		s := bySide[event.Side(side)]
		if s == nil {
			ib.Sides = append(ib.Sides, SideInfo{Side: event.Side(side)})
			s = &ib.Sides[len(ib.Sides)-1]
			// Appending may have moved the slice: rebuild the index.
			for i := range ib.Sides {
				bySide[ib.Sides[i].Side] = &ib.Sides[i]
			}
		}
		s.Killed = t
	}
	return ib, rows.Err()
}

func scanCounts(rows *sql.Rows) ([]Count, error) {
	defer rows.Close()
	var out []Count
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.Value, &c.Events); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
