// Package match links events that different sources report of one
// incident: an article's ambush and the ACLED and UCDP rows of the same day
// and place. An analyst merging downloads counts an incident once and sees
// every source's figures for it side by side.
//
// Events arrive in date order (as query.Events gives them) and are compared
// only with the events of the last few days, so a store of millions is
// matched in one pass with a window of memory. Two events can match when
// they come from different origins (a dataset, or one article), their dates
// are known to a week or better and lie within Options.MaxDays of each
// other, and their places agree: within a radius that grows with the
// coarser place's precision when both have coordinates, else the same
// country. The score multiplies how close the dates are, how close the
// places are, how well the fatalities agree and whether the event types
// are the same; each event is then paired at most once per other origin,
// best score first.
package match

import (
	"math"
	"sort"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// Options tune the matcher. The zero value is usable.
type Options struct {
	// MaxDays is how many days may separate two events' dates: 0 means 1,
	// a negative number none (the dates must overlap). Reports of one
	// incident disagree by a day around midnight and time zones, and UCDP
	// dates a night attack by its end.
	MaxDays int
	// MinScore is the lowest score kept (0 or less: 0.45).
	MinScore float64
}

func (o Options) maxDays() int {
	switch {
	case o.MaxDays < 0:
		return 0
	case o.MaxDays == 0:
		return 1
	}
	return o.MaxDays
}

func (o Options) minScore() float64 {
	if o.MinScore <= 0 {
		return 0.45
	}
	return o.MinScore
}

// Ref is what a pair says of one of its events.
type Ref struct {
	ID         string   `json:"id"`
	Source     string   `json:"source"`
	Origin     string   `json:"origin"` // the source, or "article:<doc>" for an article
	Date       string   `json:"date"`
	Place      string   `json:"place,omitempty"`
	Country    string   `json:"country,omitempty"`
	Type       string   `json:"event_type,omitempty"`
	Fatalities *int     `json:"fatalities,omitempty"`
	Lat        *float64 `json:"lat,omitempty"`
	Lon        *float64 `json:"lon,omitempty"`
	Summary    string   `json:"summary,omitempty"`
}

// Pair is two events taken for one incident.
type Pair struct {
	A     Ref      `json:"a"`
	B     Ref      `json:"b"`
	Score float64  `json:"score"`
	Days  int      `json:"days"`         // days between the dates; 0 when they overlap
	KM    *float64 `json:"km,omitempty"` // distance, when both have coordinates
}

// item is an event in the window.
type item struct {
	ref        Ref
	start, end time.Time
	prec       event.Precision
	geo        event.GeoPrecision
}

// Matcher finds pairs among events added in date order.
type Matcher struct {
	opt     Options
	window  []item
	cands   []Pair
	last    time.Time
	horizon time.Time
	sorted  bool
}

// New returns a matcher.
func New(opt Options) *Matcher {
	return &Matcher{opt: opt, sorted: true}
}

// Origin is where an event comes from for matching: its source, or the
// article it was read from, so that two articles' accounts of one ambush
// match while one article's events never match each other.
func Origin(e *event.Event) string {
	if e.Source == "article" && e.Provenance.DocID != "" {
		return "article:" + e.Provenance.DocID
	}
	return e.Source
}

// Add offers the next event. Events without a date known to a week, and
// events out of date order, are not matched: out of order, the window would
// have dropped their partners already.
func (m *Matcher) Add(e *event.Event) {
	if e.Date.IsZero() || e.Date.Precision > event.PrecWeek {
		return
	}
	start := e.Date.Start
	if start.Before(m.last) {
		m.sorted = false
		return
	}
	m.last = start
	cur := item{ref: refOf(e), start: start, end: e.Date.End, prec: e.Date.Precision, geo: e.Place.Precision}
	// Drop what ended more than MaxDays before this start, once a day:
	// the horizon moves only when the date does.
	if horizon := start.AddDate(0, 0, -m.opt.maxDays()); !horizon.Equal(m.horizon) {
		m.horizon = horizon
		keep := m.window[:0]
		for _, w := range m.window {
			if !w.end.Before(horizon) {
				keep = append(keep, w)
			}
		}
		clear(m.window[len(keep):])
		m.window = keep
	}
	for i := range m.window {
		m.compare(&m.window[i], &cur)
	}
	m.window = append(m.window, cur)
}

// InOrder reports whether every event came in date order; when false, some
// were skipped.
func (m *Matcher) InOrder() bool { return m.sorted }

// Pairs returns the pairs, best first, each event in at most one pair per
// other origin.
func (m *Matcher) Pairs() []Pair {
	sort.SliceStable(m.cands, func(i, j int) bool { return m.cands[i].Score > m.cands[j].Score })
	used := map[[2]string]bool{} // event id and the other origin
	var out []Pair
	for _, p := range m.cands {
		ka, kb := [2]string{p.A.Origin + "\x00" + p.A.ID, p.B.Origin}, [2]string{p.B.Origin + "\x00" + p.B.ID, p.A.Origin}
		if used[ka] || used[kb] {
			continue
		}
		used[ka], used[kb] = true, true
		out = append(out, p)
	}
	return out
}

// Events matches a slice of events, sorting a copy by date first.
func Events(es []event.Event, opt Options) []Pair {
	idx := make([]int, len(es))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return es[idx[a]].Date.Start.Before(es[idx[b]].Date.Start) })
	m := New(opt)
	for _, i := range idx {
		m.Add(&es[i])
	}
	return m.Pairs()
}

func refOf(e *event.Event) Ref {
	r := Ref{ID: e.ID, Source: e.Source, Origin: Origin(e), Date: e.Date.String(), Place: e.Place.Name, Country: e.Place.Country,
		Type: e.Type, Lat: e.Place.Lat, Lon: e.Place.Lon, Summary: e.Summary}
	if e.Fatalities != nil {
		n := e.Fatalities.Best
		r.Fatalities = &n
	}
	return r
}

// radius is how far apart two reports of one incident may place it, by
// the coarser of their precisions; 0 where only the country can be
// compared.
func radius(p event.GeoPrecision) float64 {
	switch p {
	case event.GeoPoint:
		return 25
	case event.GeoNear:
		return 50
	case event.GeoAdmin2:
		return 100
	case event.GeoAdmin1:
		return 250
	case event.GeoRegion:
		return 400
	}
	return 0
}

func coarser(a, b event.GeoPrecision) event.GeoPrecision {
	if a.Rank() == 0 || b.Rank() == 0 {
		return event.GeoUnknown
	}
	if a.Rank() > b.Rank() {
		return a
	}
	return b
}

// compare scores a (earlier) against b and keeps the pair when it is good
// enough. It returns nothing: a Pair is large, and most comparisons fail.
func (m *Matcher) compare(a, b *item) {
	if a.ref.Origin == b.ref.Origin {
		return
	}
	// Days between the ranges, 0 when they overlap.
	days := 0
	if b.start.After(a.end) {
		days = int(b.start.Sub(a.end).Hours() / 24)
	}
	if days > m.opt.maxDays() {
		return
	}
	dateScore := 0.9 // ranges that overlap
	switch {
	case days == 1:
		dateScore = 0.8
	case days == 2:
		dateScore = 0.6
	case days > 2:
		dateScore = 0.4
	case a.prec == event.PrecDay && b.prec == event.PrecDay:
		dateScore = 1
	}

	// Places.
	if a.ref.Country != "" && b.ref.Country != "" && a.ref.Country != b.ref.Country {
		return
	}
	placeScore := 0.5 // the same country is all that can be compared
	var dist float64
	measured := false
	if r := radius(coarser(a.geo, b.geo)); r > 0 && a.ref.Lat != nil && a.ref.Lon != nil && b.ref.Lat != nil && b.ref.Lon != nil {
		// A degree of latitude is 111 km: most neighbours in the window
		// are ruled out before any trigonometry.
		if math.Abs(*a.ref.Lat-*b.ref.Lat)*111 > r {
			return
		}
		dist = gazetteer.Distance(*a.ref.Lat, *a.ref.Lon, *b.ref.Lat, *b.ref.Lon)
		if dist > r {
			return
		}
		dist, measured = math.Round(dist*10)/10, true
		placeScore = 1 - 0.4*dist/r
	} else if a.ref.Country == "" || b.ref.Country == "" {
		return // nowhere to compare
	}

	fat := 0.9
	if a.ref.Fatalities != nil && b.ref.Fatalities != nil {
		x, y := float64(*a.ref.Fatalities), float64(*b.ref.Fatalities)
		ratio := 1.0
		if hi := math.Max(x, y); hi > 0 {
			ratio = math.Min(x, y) / hi
		}
		fat = 0.6 + 0.4*ratio
	}
	typ := 1.0
	if a.ref.Type != "" && b.ref.Type != "" && a.ref.Type != b.ref.Type {
		typ = 0.85
	}
	score := math.Round(dateScore*placeScore*fat*typ*1000) / 1000
	if score < m.opt.minScore() {
		return
	}
	p := Pair{A: a.ref, B: b.ref, Score: score, Days: days}
	if measured {
		km := dist
		p.KM = &km
	}
	m.cands = append(m.cands, p)
}
