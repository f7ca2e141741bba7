// Package query answers questions about the events in a store: filtered
// listings with keyset pagination, counts and fatality sums by period and by
// type, actor, place or grid cell, top actors, the first and last event, an
// infobox for any filter, and change against a baseline. Every question is
// one parameterized SQL statement that runs unchanged on DuckDB and
// PostgreSQL, except where JSON columns are unpacked (see dialect).
package query

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/store"
)

// Filter selects events. Every field is optional and all set fields must
// hold (AND); list fields match any of their values (OR).
type Filter struct {
	Countries    []string // ISO 3166-1 alpha-3
	CountryNames []string // names no code was found for, matched without case against the source's country name
	Admin1       []string
	// Start and End bound the event's day inclusively (see DayExpr).
	Start, End time.Time
	Types      []string
	SubTypes   []string
	// Actors match an actor's name or canonical name exactly.
	Actors []string
	// ActorLike matches a substring of any actor name, without case.
	ActorLike string
	// Side keeps events with an actor on that side; with Actors or
	// ActorLike, that actor must be on that side.
	Side          event.Side
	FatalitiesMin *int64 // best estimate
	FatalitiesMax *int64
	BBox          *BBox
	Near          *Circle
	// MaxDatePrec keeps events whose date is at least that exact; 0 is no limit.
	MaxDatePrec event.Precision
	// MaxGeoPrec keeps events whose place is at least that exact; "" is no limit.
	MaxGeoPrec event.GeoPrecision
	Sources    []string
	// Version keeps only that version's events instead of the current ones.
	Version int64
	// AsOf shows every dataset as it stood once version AsOf was ingested.
	AsOf int64
	// Text matches a substring of the summary, without case.
	Text string
}

// BBox is a box on lon/lat. MinLon > MaxLon is a box across the antimeridian.
type BBox struct{ MinLon, MinLat, MaxLon, MaxLat float64 }

// Circle is a radius around a point.
type Circle struct{ Lat, Lon, Km float64 }

// earthKm is the mean Earth radius (IUGG).
const earthKm = 6371.0088

// DayExpr is the day an event is counted on: the middle of its date range,
// so that ACLED's week-precision events (stored as the seven days around
// the day ACLED wrote) count on ACLED's own day, and a range filter and
// bucketing by period agree with each other.
const DayExpr = `(date_start + CAST(floor((date_end - date_start) / 2.0) AS INTEGER))`

// dialect holds the SQL that differs between backends: unpacking the JSON
// actors and casualties columns into rows.
type dialect struct {
	// actorRows is a FROM item with columns a.name, a.canonical, a.side
	// for the actors of the events row aliased tbl.
	actorRows func(tbl string) string
	// casualtyRows is a FROM item with c.side and killed low/best/high
	// reachable through killed().
	casualtyRows func(tbl string) string
	killed       func(field string) string
}

var dialects = map[store.Kind]dialect{
	store.DuckDB: {
		actorRows: func(tbl string) string {
			return `unnest(from_json(` + tbl + `.actors, '[{"name":"VARCHAR","canonical":"VARCHAR","side":"BIGINT"}]')) AS t(a)`
		},
		casualtyRows: func(tbl string) string {
			return `unnest(from_json(` + tbl + `.casualties, '[{"who":"VARCHAR","side":"BIGINT","killed":{"low":"BIGINT","best":"BIGINT","high":"BIGINT"}}]')) AS u(c)`
		},
		killed: func(f string) string { return `c.killed.` + f },
	},
	store.Postgres: {
		// jsonb_to_recordset fails on a JSON null, which is what an event
		// without actors holds.
		actorRows: func(tbl string) string {
			return `jsonb_to_recordset(CASE WHEN jsonb_typeof(` + tbl + `.actors) = 'array' THEN ` + tbl + `.actors ELSE '[]'::jsonb END) AS a(name text, canonical text, side bigint)`
		},
		casualtyRows: func(tbl string) string {
			return `jsonb_to_recordset(CASE WHEN jsonb_typeof(` + tbl + `.casualties) = 'array' THEN ` + tbl + `.casualties ELSE '[]'::jsonb END) AS c(who text, side bigint, killed jsonb)`
		},
		killed: func(f string) string { return `CAST(c.killed->>'` + f + `' AS BIGINT)` },
	},
}

func dialectOf(st *store.Store) dialect { return dialects[st.Kind()] }

// builder collects a WHERE clause and its arguments; values only ever
// travel as $n placeholders.
type builder struct {
	d     dialect
	args  []any
	conds []string
}

func (b *builder) arg(v any) string {
	b.args = append(b.args, v)
	return fmt.Sprintf("$%d", len(b.args))
}

func (b *builder) add(format string, a ...any) { b.conds = append(b.conds, fmt.Sprintf(format, a...)) }

func (b *builder) list(col string, vals []string) {
	if len(vals) == 0 {
		return
	}
	ph := make([]string, len(vals))
	for i, v := range vals {
		ph[i] = b.arg(v)
	}
	b.add("%s IN (%s)", col, strings.Join(ph, ", "))
}

func (b *builder) where() string {
	if len(b.conds) == 0 {
		return "TRUE"
	}
	return strings.Join(b.conds, " AND ")
}

// geoRanks lists the precisions at least as exact as p.
func geoRanks(p event.GeoPrecision) []string {
	var out []string
	for _, q := range []event.GeoPrecision{event.GeoPoint, event.GeoNear, event.GeoAdmin2, event.GeoAdmin1, event.GeoRegion, event.GeoCountry, event.GeoWorld} {
		if q.Rank() <= p.Rank() {
			out = append(out, string(q))
		}
	}
	return out
}

// build turns f into conditions on the events table, aliased tbl ("" for
// none).
func (b *builder) build(f Filter, tbl string) {
	col := func(c string) string {
		if tbl == "" {
			return c
		}
		return tbl + "." + c
	}
	switch {
	case f.Version != 0:
		b.add("%s = CAST(%s AS BIGINT)", col("version_id"), b.arg(f.Version))
	case f.AsOf != 0:
		b.add("%s IN (SELECT max(version_id) FROM source_versions WHERE version_id <= CAST(%s AS BIGINT) GROUP BY source, dataset)", col("version_id"), b.arg(f.AsOf))
	default:
		b.add("%s IN (%s)", col("version_id"), store.CurrentVersions)
	}
	b.list(col("source"), f.Sources)
	switch {
	case len(f.Countries) > 0 && len(f.CountryNames) > 0:
		sub := &builder{d: b.d, args: b.args}
		sub.list(col("country"), f.Countries)
		names := make([]string, len(f.CountryNames))
		for i, n := range f.CountryNames {
			names[i] = "lower(" + sub.arg(n) + ")"
		}
		b.args = sub.args
		b.add("(%s OR lower(%s) IN (%s))", sub.conds[0], col("country_name"), strings.Join(names, ", "))
	case len(f.Countries) > 0:
		b.list(col("country"), f.Countries)
	case len(f.CountryNames) > 0:
		names := make([]string, len(f.CountryNames))
		for i, n := range f.CountryNames {
			names[i] = "lower(" + b.arg(n) + ")"
		}
		b.add("lower(%s) IN (%s)", col("country_name"), strings.Join(names, ", "))
	}
	b.list(col("admin1"), f.Admin1)
	day := DayExpr
	if tbl != "" {
		day = strings.NewReplacer("date_start", col("date_start"), "date_end", col("date_end")).Replace(DayExpr)
	}
	// The overlap test is implied by the day test; it is there so that
	// zone maps (DuckDB) and indexes (PostgreSQL) can skip data.
	if !f.Start.IsZero() {
		p := b.arg(f.Start)
		b.add("%s >= CAST(%s AS DATE) AND %s >= CAST(%s AS DATE)", col("date_end"), p, day, p)
	}
	if !f.End.IsZero() {
		p := b.arg(f.End)
		b.add("%s <= CAST(%s AS DATE) AND %s <= CAST(%s AS DATE)", col("date_start"), p, day, p)
	}
	b.list(col("event_type"), f.Types)
	b.list(col("sub_event_type"), f.SubTypes)
	b.actors(f, tbl, col)
	if f.FatalitiesMin != nil {
		b.add("%s >= CAST(%s AS BIGINT)", col("fatalities_best"), b.arg(*f.FatalitiesMin))
	}
	if f.FatalitiesMax != nil {
		b.add("%s <= CAST(%s AS BIGINT)", col("fatalities_best"), b.arg(*f.FatalitiesMax))
	}
	if bb := f.BBox; bb != nil {
		lat, lon := col("lat"), col("lon")
		b.add("%s BETWEEN CAST(%s AS DOUBLE PRECISION) AND CAST(%s AS DOUBLE PRECISION)", lat, b.arg(bb.MinLat), b.arg(bb.MaxLat))
		if bb.MinLon <= bb.MaxLon {
			b.add("%s BETWEEN CAST(%s AS DOUBLE PRECISION) AND CAST(%s AS DOUBLE PRECISION)", lon, b.arg(bb.MinLon), b.arg(bb.MaxLon))
		} else {
			b.add("(%s >= CAST(%s AS DOUBLE PRECISION) OR %s <= CAST(%s AS DOUBLE PRECISION))", lon, b.arg(bb.MinLon), lon, b.arg(bb.MaxLon))
		}
	}
	if c := f.Near; c != nil {
		lat, lon := col("lat"), col("lon")
		pl, po, pk := b.arg(c.Lat), b.arg(c.Lon), b.arg(c.Km)
		// A latitude band first: cheap, and prunable by zone maps.
		band := b.arg(c.Km / (earthKm * 3.141592653589793 / 180))
		b.add("%s BETWEEN CAST(%s AS DOUBLE PRECISION) - CAST(%s AS DOUBLE PRECISION) AND CAST(%s AS DOUBLE PRECISION) + CAST(%s AS DOUBLE PRECISION)", lat, pl, band, pl, band)
		b.add(`2 * %v * asin(least(1.0, sqrt(power(sin(radians(%s - CAST(%s AS DOUBLE PRECISION)) / 2), 2) + cos(radians(CAST(%s AS DOUBLE PRECISION))) * cos(radians(%s)) * power(sin(radians(%s - CAST(%s AS DOUBLE PRECISION)) / 2), 2)))) <= CAST(%s AS DOUBLE PRECISION)`,
			earthKm, lat, pl, pl, lat, lon, po, pk)
	}
	if f.MaxDatePrec > 0 {
		b.add("%s BETWEEN 1 AND CAST(%s AS BIGINT)", col("date_precision"), b.arg(int64(f.MaxDatePrec)))
	}
	if f.MaxGeoPrec != "" {
		b.list(col("geo_precision"), geoRanks(f.MaxGeoPrec))
	}
	if f.Text != "" {
		b.add("strpos(lower(coalesce(%s, '')), lower(%s)) > 0", col("summary"), b.arg(f.Text))
	}
}

// actors adds the actor and side conditions. Without a side, actor_text
// (every name and canonical name between "|") answers without unpacking
// JSON; with one, the actors column is unpacked.
func (b *builder) actors(f Filter, tbl string, col func(string) string) {
	if f.Side == event.SideUnknown {
		if len(f.Actors) > 0 {
			ors := make([]string, len(f.Actors))
			for i, a := range f.Actors {
				ors[i] = fmt.Sprintf("strpos(%s, %s) > 0", col("actor_text"), b.arg("|"+a+"|"))
			}
			b.add("(%s)", strings.Join(ors, " OR "))
		}
		if f.ActorLike != "" {
			b.add("strpos(lower(%s), lower(%s)) > 0", col("actor_text"), b.arg(f.ActorLike))
		}
		return
	}
	src := tbl
	if src == "" {
		src = "events"
	}
	conds := []string{fmt.Sprintf("a.side = CAST(%s AS BIGINT)", b.arg(int64(f.Side)))}
	if len(f.Actors) > 0 {
		ors := make([]string, len(f.Actors))
		for i, a := range f.Actors {
			p := b.arg(a)
			ors[i] = fmt.Sprintf("a.name = %s OR a.canonical = %s", p, p)
		}
		conds = append(conds, "("+strings.Join(ors, " OR ")+")")
	}
	if f.ActorLike != "" {
		p := b.arg(f.ActorLike)
		conds = append(conds, fmt.Sprintf("(strpos(lower(a.name), lower(%s)) > 0 OR strpos(lower(coalesce(a.canonical, '')), lower(%s)) > 0)", p, p))
	}
	b.add("EXISTS (SELECT 1 FROM %s WHERE %s)", b.d.actorRows(src), strings.Join(conds, " AND "))
}

// Where returns f as a condition on the events table and its arguments,
// numbered from $1, for callers that build their own statement (exports).
func Where(st *store.Store, f Filter) (string, []any) {
	b := &builder{d: dialectOf(st)}
	b.build(f, "")
	return b.where(), b.args
}

// KnownVersions fails, wrapping store.ErrNotFound, when f's version or
// as_of names a version the store does not hold. Without it an unknown
// version selected no events (an empty answer, as if the version were
// empty) and an as_of past the newest selected everything.
func KnownVersions(ctx context.Context, st *store.Store, f Filter) error {
	for _, p := range []struct {
		key string
		id  int64
	}{{"version", f.Version}, {"as_of", f.AsOf}} {
		if p.id == 0 {
			continue
		}
		var one int
		err := st.DB().QueryRowContext(ctx, `SELECT 1 FROM source_versions WHERE version_id = $1`, p.id).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("%s %d: no such version in this store (see versions): %w", p.key, p.id, store.ErrNotFound)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
