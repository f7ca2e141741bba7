package snapshot

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/store"
)

// Kind says how an event differs between two versions.
type Kind string

const (
	Added   Kind = "added"
	Changed Kind = "changed"
	Deleted Kind = "deleted"
)

// Change is one event that differs between two versions. Old is nil for an
// added event, New for a deleted one; Fields lists what changed.
type Change struct {
	Kind   Kind          `json:"kind"`
	ID     string        `json:"id"`
	Old    *event.Event  `json:"old,omitempty"`
	New    *event.Event  `json:"new,omitempty"`
	Fields []FieldChange `json:"fields,omitempty"`
}

// FieldChange is one field's old and new value, as Fields renders them.
type FieldChange struct {
	Field string `json:"field"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

// Summary counts what Diff found.
type Summary struct {
	From      store.Version `json:"from"`
	To        store.Version `json:"to"`
	Added     int64         `json:"added"`
	Changed   int64         `json:"changed"`
	Deleted   int64         `json:"deleted"`
	Unchanged int64         `json:"unchanged"`
}

// Diff compares version from with version to, calling fn for every event
// added, changed or deleted, in id order. It streams both versions side by
// side, so memory does not grow with their size. Provenance (file, line,
// release) is not compared: a row moving in the file is no change to the
// event.
func Diff(ctx context.Context, st *store.Store, from, to int64, fn func(Change) error) (Summary, error) {
	var sum Summary
	var err error
	if sum.From, err = st.Version(ctx, from); err != nil {
		return sum, err
	}
	if sum.To, err = st.Version(ctx, to); err != nil {
		return sum, err
	}
	if sum.From.Source != sum.To.Source {
		return sum, fmt.Errorf("version %d is %s and version %d is %s: diff compares versions of one source",
			from, sum.From.Source, to, sum.To.Source)
	}
	// Two cursors at once need two connections; cancel stops both.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	a, err := openCursor(ctx, st, from)
	if err != nil {
		return sum, err
	}
	defer a.close()
	b, err := openCursor(ctx, st, to)
	if err != nil {
		return sum, err
	}
	defer b.close()
	for a.ok || b.ok {
		var c Change
		switch {
		case !b.ok || (a.ok && a.cur.ID < b.cur.ID):
			old := a.cur
			c = Change{Kind: Deleted, ID: old.ID, Old: &old}
			sum.Deleted++
			err = a.next()
		case !a.ok || b.cur.ID < a.cur.ID:
			nu := b.cur
			c = Change{Kind: Added, ID: nu.ID, New: &nu}
			sum.Added++
			err = b.next()
		default:
			fields := Compare(&a.cur, &b.cur)
			if len(fields) > 0 {
				old, nu := a.cur, b.cur
				c = Change{Kind: Changed, ID: old.ID, Old: &old, New: &nu, Fields: fields}
				sum.Changed++
			} else {
				sum.Unchanged++
			}
			if err = a.next(); err == nil {
				err = b.next()
			}
		}
		if err != nil {
			return sum, err
		}
		if c.Kind != "" {
			if err := fn(c); err != nil {
				return sum, err
			}
		}
	}
	return sum, nil
}

// cursor walks one version's events in id order.
type cursor struct {
	rows    *sql.Rows
	version int64
	cur     event.Event
	ok      bool
}

func openCursor(ctx context.Context, st *store.Store, version int64) (*cursor, error) {
	// Go compares ids byte by byte; so must the store, whatever the
	// server's default collation.
	order := "id"
	if st.Kind() == store.Postgres {
		order = `id COLLATE "C"`
	}
	rows, err := st.DB().QueryContext(ctx, `SELECT `+store.SelectColumns+` FROM events WHERE version_id = $1 ORDER BY `+order, version)
	if err != nil {
		return nil, fmt.Errorf("version %d: %w", version, err)
	}
	c := &cursor{rows: rows, version: version}
	return c, c.next()
}

func (c *cursor) next() error {
	if !c.rows.Next() {
		c.ok = false
		if err := c.rows.Err(); err != nil {
			return fmt.Errorf("version %d: %w", c.version, err)
		}
		return nil
	}
	e, err := store.ScanEvent(c.rows)
	if err != nil {
		return fmt.Errorf("version %d: %w", c.version, err)
	}
	if c.ok && e.ID <= c.cur.ID {
		// A merge over unordered input would report false changes.
		return fmt.Errorf("version %d: events out of order (%q after %q)", c.version, e.ID, c.cur.ID)
	}
	c.cur, c.ok = e, true
	return nil
}

func (c *cursor) close() { c.rows.Close() }

// Field is one named value of an event, rendered as text.
type Field struct {
	Name  string
	Value string
}

// Fields renders every compared field of e, in a fixed order, each source
// column kept in Extra as "extra.<column>". Empty fields are left out.
func Fields(e *event.Event) []Field {
	var out []Field
	add := func(name, v string) {
		if v != "" {
			out = append(out, Field{name, v})
		}
	}
	if !e.Date.IsZero() {
		add("date", e.Date.Start.Format(event.Layout)+"/"+e.Date.End.Format(event.Layout))
		add("date_precision", e.Date.Precision.String())
		add("date_value", e.Date.Value)
	}
	add("event_type", e.Type)
	add("sub_event_type", e.SubType)
	p := e.Place
	add("place_name", p.Name)
	add("admin1", p.Admin1)
	add("admin2", p.Admin2)
	add("country", p.Country)
	add("country_name", p.CountryNm)
	add("lat", ftoa(p.Lat))
	add("lon", ftoa(p.Lon))
	if p.GeonameID != 0 {
		add("geonameid", strconv.Itoa(p.GeonameID))
	}
	add("geo_precision", string(p.Precision))
	add("fatalities", count(e.Fatalities))
	for i, a := range e.Actors {
		add(fmt.Sprintf("actor[%d]", i+1), actor(a))
	}
	for i, c := range e.Casualties {
		add(fmt.Sprintf("casualties[%d]", i+1), casualty(c))
	}
	add("summary", e.Summary)
	for _, kv := range e.Extra {
		add("extra."+kv.Key, kv.Value)
	}
	return out
}

// Compare lists the fields that differ between a and b, in Fields order
// with fields only b has last.
func Compare(a, b *event.Event) []FieldChange {
	fa, fb := Fields(a), Fields(b)
	newer := make(map[string]string, len(fb))
	for _, f := range fb {
		newer[f.Name] = f.Value
	}
	var out []FieldChange
	seen := make(map[string]bool, len(fa))
	for _, f := range fa {
		seen[f.Name] = true
		if v := newer[f.Name]; v != f.Value {
			out = append(out, FieldChange{f.Name, f.Value, v})
		}
	}
	for _, f := range fb {
		if !seen[f.Name] {
			out = append(out, FieldChange{f.Name, "", f.Value})
		}
	}
	return out
}

func ftoa(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// count renders low/best/high exactly; Count.String reads better but
// hides a changed low or high behind an unchanged best.
func count(c *event.Count) string {
	if c == nil {
		return ""
	}
	high := "?"
	if c.High != nil {
		high = strconv.Itoa(*c.High)
	}
	s := fmt.Sprintf("%d (low %d, high %s)", c.Best, c.Low, high)
	if c.Qualifier != event.Exact {
		s += " " + string(c.Qualifier)
	}
	return s
}

func actor(a event.Actor) string {
	var b strings.Builder
	b.WriteString(a.Name)
	if a.Canonical != "" && a.Canonical != a.Name {
		b.WriteString(" = " + a.Canonical)
	}
	var tags []string
	if a.Side != event.SideUnknown {
		tags = append(tags, "side "+strconv.Itoa(int(a.Side)))
	}
	if a.Role != "" {
		tags = append(tags, a.Role)
	}
	if a.Inter != "" {
		tags = append(tags, "inter "+a.Inter)
	}
	if len(tags) > 0 {
		b.WriteString(" (" + strings.Join(tags, ", ") + ")")
	}
	return b.String()
}

func casualty(c event.Casualty) string {
	var parts []string
	for _, k := range []struct {
		name string
		c    *event.Count
	}{{"killed", c.Killed}, {"wounded", c.Wounded}, {"captured", c.Captured}} {
		if k.c != nil {
			parts = append(parts, k.name+" "+count(k.c))
		}
	}
	s := c.Who
	if c.Side != event.SideUnknown {
		s += " (side " + strconv.Itoa(int(c.Side)) + ")"
	}
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	if c.NonHostile {
		s += ", non-hostile"
	}
	if c.Note != "" {
		s += " — " + c.Note
	}
	return s
}
