package query

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/codebook"
	"github.com/sitrep-project/sitrep/internal/event"
)

// ParamError names the parameter a request got wrong.
type ParamError struct {
	Param  string `json:"param"`
	Value  string `json:"value,omitempty"`
	Reason string `json:"reason"`
}

func (e *ParamError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("parameter %s: %s", e.Param, e.Reason)
	}
	return fmt.Sprintf("parameter %s=%q: %s", e.Param, e.Value, e.Reason)
}

func bad(param, value, format string, a ...any) *ParamError {
	if len(value) > 80 {
		value = value[:80] + "…"
	}
	return &ParamError{Param: param, Value: value, Reason: fmt.Sprintf(format, a...)}
}

// FilterParams are the query parameters ParseFilter reads, with what each
// means; the HTTP API documents them from this list.
var FilterParams = []Param{
	{"country", "country: ISO 3166-1 alpha-3 code or name; repeat or separate with | for any of several", "string", "NER"},
	{"iso", "country as ISO 3166-1 numeric code, as ACLED writes it", "string", "562"},
	{"admin1", "first-level administrative division; repeat or separate with |", "string", "Tillaberi"},
	{"start", "first day, YYYY-MM-DD (inclusive)", "string", "2017-10-01"},
	{"end", "last day, YYYY-MM-DD (inclusive)", "string", "2017-10-31"},
	{"event_date", "ACLED spelling: a day, or two days separated by | with event_date_where=BETWEEN", "string", "2017-10-01|2017-10-31"},
	{"event_date_where", "ACLED spelling: BETWEEN, =, <, <=, >, >=", "string", "BETWEEN"},
	{"event_type", "ACLED event type; repeat or separate with |", "string", "Battles"},
	{"sub_event_type", "ACLED sub-event type; repeat or separate with |", "string", "Armed clash"},
	{"actor", "exact actor name or canonical name; repeat or separate with |", "string", "Islamic State in the Greater Sahara"},
	{"actor_like", "substring of an actor name, any case", "string", "islamic state"},
	{"side", "1 or 2 (the two sides), 3 (third parties): an actor on that side, or the named actor on that side", "integer", "1"},
	{"fatalities_min", "at least this many deaths (best estimate)", "integer", "1"},
	{"fatalities_max", "at most this many deaths (best estimate)", "integer", "100"},
	{"bbox", "minLon,minLat,maxLon,maxLat; minLon > maxLon crosses the antimeridian", "string", "0,14,2,15"},
	{"near", "lat,lon,km: within km of the point (great-circle)", "string", "14.9,0.9,50"},
	{"date_prec", "date at least this exact: day, days, week, month, months, year, decade or 1–7", "string", "week"},
	{"geo_prec", "place at least this exact: point, near, admin2, admin1, region, country, world or 1–7", "string", "near"},
	{"source", "acled, ucdp, gdelt, article…; repeat or separate with |", "string", "acled"},
	{"version", "only this source version (a version_id) instead of the current ones", "integer", "1"},
	{"as_of", "every dataset as it stood when this version_id was ingested", "integer", "1"},
	{"q", "text in the event summary or notes, any case", "string", "ambush"},
}

// Param documents one query parameter.
type Param struct {
	Name    string
	Doc     string
	Type    string // JSON Schema type
	Example string // a value that parses
}

// maxValue bounds any one parameter value: long enough for any real name,
// short enough that a value cannot be a payload.
const maxValue = 500

// maxList bounds the values of one list parameter.
const maxList = 100

// get returns the single value of key, "" if absent.
func get(v url.Values, key string) (string, error) {
	vs := v[key]
	if len(vs) == 0 {
		return "", nil
	}
	if len(vs) > 1 {
		return "", bad(key, "", "given %d times, want once", len(vs))
	}
	return vs[0], checkText(key, vs[0])
}

func checkText(key, s string) error {
	if len(s) > maxValue {
		return bad(key, s, "longer than %d bytes", maxValue)
	}
	if !utf8.ValidString(s) {
		return bad(key, s, "not valid UTF-8")
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return bad(key, s, "control character %U", r)
		}
	}
	return nil
}

// list returns the values of key, split on "|", trimmed, empty ones dropped.
func list(v url.Values, key string) ([]string, error) {
	var out []string
	for _, raw := range v[key] {
		if err := checkText(key, raw); err != nil {
			return nil, err
		}
		for s := range strings.SplitSeq(raw, "|") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	if len(out) > maxList {
		return nil, bad(key, "", "%d values, at most %d", len(out), maxList)
	}
	return out, nil
}

// ParseDay reads a YYYY-MM-DD day.
func ParseDay(s string) (time.Time, error) {
	t, err := time.Parse(event.Layout, strings.TrimSpace(s))
	if err != nil {
		return t, errors.New("want a day as YYYY-MM-DD")
	}
	if t.Year() < 1 || t.Year() > 9999 {
		return t, errors.New("year out of range")
	}
	return t, nil
}

func parseInt(key, s string, lo, hi int64) (int64, error) {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil {
		return 0, bad(key, s, "want an integer")
	}
	if n < lo || n > hi {
		return 0, bad(key, s, "want %d to %d", lo, hi)
	}
	return n, nil
}

func parseFloats(key, s string, n int) ([]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) != n {
		return nil, bad(key, s, "want %d comma-separated numbers", n)
	}
	out := make([]float64, n)
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, bad(key, s, "%q is not a number", p)
		}
		out[i] = f
	}
	return out, nil
}

// resolveCountry turns a code or name into an ISO3 code, or "" when only a
// name match against the source's spelling can find it.
func resolveCountry(s string) string {
	if c, ok := codebook.ByISO3(strings.ToUpper(s)); ok && len(s) == 3 {
		return c.ISO3
	}
	for _, c := range codebook.Countries() {
		if strings.EqualFold(c.Name, s) {
			return c.ISO3
		}
	}
	return ""
}

// canonical finds want among names without case.
func canonical(key, s string, names []string) (string, error) {
	for _, n := range names {
		if strings.EqualFold(n, s) {
			return n, nil
		}
	}
	return "", bad(key, s, "not one of %s", strings.Join(names, ", "))
}

func typeNames() []string {
	var out []string
	for _, t := range event.Typology {
		out = append(out, t.Type)
	}
	return out
}

func subTypeNames() []string {
	var out []string
	for _, t := range event.Typology {
		out = append(out, t.SubTypes...)
	}
	return out
}

// ParseFilter reads the filter parameters of v (see FilterParams). Other
// parameters are ignored: the caller knows which else it accepts.
func ParseFilter(v url.Values) (Filter, error) {
	var f Filter
	var err error
	countries, err := list(v, "country")
	if err != nil {
		return f, err
	}
	for _, c := range countries {
		if iso := resolveCountry(c); iso != "" {
			f.Countries = append(f.Countries, iso)
		} else {
			f.CountryNames = append(f.CountryNames, c)
		}
	}
	isos, err := list(v, "iso")
	if err != nil {
		return f, err
	}
	for _, s := range isos {
		n, err := parseInt("iso", s, 0, 999)
		if err != nil {
			return f, err
		}
		c, ok := codebook.ByNum(int(n))
		if !ok {
			return f, bad("iso", s, "no country has this ISO 3166-1 numeric code")
		}
		f.Countries = append(f.Countries, c.ISO3)
	}
	if f.Admin1, err = list(v, "admin1"); err != nil {
		return f, err
	}
	if err := parseDates(v, &f); err != nil {
		return f, err
	}
	types, err := list(v, "event_type")
	if err != nil {
		return f, err
	}
	for _, t := range types {
		c, err := canonical("event_type", t, typeNames())
		if err != nil {
			return f, err
		}
		f.Types = append(f.Types, c)
	}
	subs, err := list(v, "sub_event_type")
	if err != nil {
		return f, err
	}
	for _, t := range subs {
		c, err := canonical("sub_event_type", t, subTypeNames())
		if err != nil {
			return f, err
		}
		f.SubTypes = append(f.SubTypes, c)
	}
	if f.Actors, err = list(v, "actor"); err != nil {
		return f, err
	}
	if f.ActorLike, err = get(v, "actor_like"); err != nil {
		return f, err
	}
	f.ActorLike = strings.TrimSpace(f.ActorLike)
	if s, err := get(v, "side"); err != nil {
		return f, err
	} else if s != "" {
		n, err := parseInt("side", s, 1, 3)
		if err != nil {
			return f, err
		}
		f.Side = event.Side(n)
	}
	for _, p := range []struct {
		key string
		dst **int64
	}{{"fatalities_min", &f.FatalitiesMin}, {"fatalities_max", &f.FatalitiesMax}} {
		s, err := get(v, p.key)
		if err != nil {
			return f, err
		}
		if s == "" {
			continue
		}
		n, err := parseInt(p.key, s, 0, math.MaxInt32)
		if err != nil {
			return f, err
		}
		*p.dst = &n
	}
	if f.FatalitiesMin != nil && f.FatalitiesMax != nil && *f.FatalitiesMin > *f.FatalitiesMax {
		return f, bad("fatalities_min", strconv.FormatInt(*f.FatalitiesMin, 10), "greater than fatalities_max")
	}
	if err := parseGeo(v, &f); err != nil {
		return f, err
	}
	if err := parsePrecisions(v, &f); err != nil {
		return f, err
	}
	if f.Sources, err = list(v, "source"); err != nil {
		return f, err
	}
	for _, p := range []struct {
		key string
		dst *int64
	}{{"version", &f.Version}, {"as_of", &f.AsOf}} {
		s, err := get(v, p.key)
		if err != nil {
			return f, err
		}
		if s == "" {
			continue
		}
		if *p.dst, err = parseInt(p.key, s, 1, math.MaxInt64); err != nil {
			return f, err
		}
	}
	if f.Version != 0 && f.AsOf != 0 {
		return f, bad("as_of", "", "give version or as_of, not both")
	}
	if f.Text, err = get(v, "q"); err != nil {
		return f, err
	}
	f.Text = strings.TrimSpace(f.Text)
	return f, nil
}

func parseDates(v url.Values, f *Filter) error {
	for _, p := range []struct {
		key string
		dst *time.Time
	}{{"start", &f.Start}, {"end", &f.End}} {
		s, err := get(v, p.key)
		if err != nil {
			return err
		}
		if s == "" {
			continue
		}
		if *p.dst, err = ParseDay(s); err != nil {
			return bad(p.key, s, "%v", err)
		}
	}
	ed, err := get(v, "event_date")
	if err != nil {
		return err
	}
	where, err := get(v, "event_date_where")
	if err != nil {
		return err
	}
	if ed == "" {
		if where != "" {
			return bad("event_date_where", where, "needs event_date")
		}
	} else {
		if !f.Start.IsZero() || !f.End.IsZero() {
			return bad("event_date", ed, "give start/end or event_date, not both")
		}
		op := strings.ToUpper(strings.TrimSpace(where))
		if op == "" {
			op = "="
			if strings.Contains(ed, "|") {
				op = "BETWEEN"
			}
		}
		if !validIn(op, []string{"BETWEEN", "=", "<", "<=", ">", ">="}) {
			return bad("event_date_where", where, "want BETWEEN, =, <, <=, > or >=")
		}
		parts := strings.Split(ed, "|")
		want := 1
		if op == "BETWEEN" {
			want = 2
		}
		if len(parts) != want {
			return bad("event_date", ed, "want %d day(s) for event_date_where=%s", want, op)
		}
		days := make([]time.Time, len(parts))
		for i, p := range parts {
			if days[i], err = ParseDay(p); err != nil {
				return bad("event_date", ed, "%v", err)
			}
		}
		d := days[0]
		switch op {
		case "BETWEEN":
			f.Start, f.End = days[0], days[1]
		case "=":
			f.Start, f.End = d, d
		case ">":
			f.Start = d.AddDate(0, 0, 1)
		case ">=":
			f.Start = d
		case "<":
			f.End = d.AddDate(0, 0, -1)
		case "<=":
			f.End = d
		}
	}
	if !f.Start.IsZero() && !f.End.IsZero() && f.Start.After(f.End) {
		return bad("start", f.Start.Format(event.Layout), "after end %s", f.End.Format(event.Layout))
	}
	return nil
}

func parseGeo(v url.Values, f *Filter) error {
	s, err := get(v, "bbox")
	if err != nil {
		return err
	}
	if s != "" {
		x, err := parseFloats("bbox", s, 4)
		if err != nil {
			return err
		}
		bb := BBox{MinLon: x[0], MinLat: x[1], MaxLon: x[2], MaxLat: x[3]}
		switch {
		case bb.MinLon < -180 || bb.MinLon > 180 || bb.MaxLon < -180 || bb.MaxLon > 180:
			return bad("bbox", s, "longitude out of range -180..180")
		case bb.MinLat < -90 || bb.MinLat > 90 || bb.MaxLat < -90 || bb.MaxLat > 90:
			return bad("bbox", s, "latitude out of range -90..90")
		case bb.MinLat > bb.MaxLat:
			return bad("bbox", s, "minLat greater than maxLat (order is minLon,minLat,maxLon,maxLat)")
		}
		f.BBox = &bb
	}
	if s, err = get(v, "near"); err != nil {
		return err
	}
	if s != "" {
		x, err := parseFloats("near", s, 3)
		if err != nil {
			return err
		}
		c := Circle{Lat: x[0], Lon: x[1], Km: x[2]}
		switch {
		case c.Lat < -90 || c.Lat > 90:
			return bad("near", s, "latitude out of range -90..90 (order is lat,lon,km)")
		case c.Lon < -180 || c.Lon > 180:
			return bad("near", s, "longitude out of range -180..180")
		case c.Km <= 0 || c.Km > 20040:
			return bad("near", s, "radius must be more than 0 and at most 20040 km")
		}
		f.Near = &c
	}
	return nil
}

func parsePrecisions(v url.Values, f *Filter) error {
	s, err := get(v, "date_prec")
	if err != nil {
		return err
	}
	if s != "" {
		p, perr := event.ParsePrecision(strings.ToLower(s))
		if perr != nil || p == event.PrecUnknown {
			n, err := parseInt("date_prec", s, 1, int64(event.PrecDecade))
			if err != nil {
				return bad("date_prec", s, "want day, days, week, month, months, year, decade or 1–7")
			}
			p = event.Precision(n)
		}
		f.MaxDatePrec = p
	}
	if s, err = get(v, "geo_prec"); err != nil {
		return err
	}
	if s != "" {
		all := []event.GeoPrecision{event.GeoPoint, event.GeoNear, event.GeoAdmin2, event.GeoAdmin1, event.GeoRegion, event.GeoCountry, event.GeoWorld}
		for _, g := range all {
			if strings.EqualFold(string(g), s) || strconv.Itoa(g.Rank()) == strings.TrimSpace(s) {
				f.MaxGeoPrec = g
			}
		}
		if f.MaxGeoPrec == "" {
			return bad("geo_prec", s, "want point, near, admin2, admin1, region, country, world or 1–7")
		}
	}
	return nil
}

// ParsePage reads limit and cursor; limit defaults to def and may not pass max.
func ParsePage(v url.Values, def, max int) (Page, error) {
	p := Page{Limit: def}
	s, err := get(v, "limit")
	if err != nil {
		return p, err
	}
	if s != "" {
		n, err := parseInt("limit", s, 1, int64(max))
		if err != nil {
			return p, err
		}
		p.Limit = int(n)
	}
	if p.Cursor, err = get(v, "cursor"); err != nil {
		return p, err
	}
	if p.Cursor != "" && !ValidCursor(p.Cursor) {
		return p, bad("cursor", p.Cursor, "not a cursor this server gave out")
	}
	return p, nil
}

// ParseSpec reads interval, by and cell.
func ParseSpec(v url.Values) (Spec, error) {
	var s Spec
	var err error
	if s.Interval, err = get(v, "interval"); err != nil {
		return s, err
	}
	if s.By, err = get(v, "by"); err != nil {
		return s, err
	}
	c, err := get(v, "cell")
	if err != nil {
		return s, err
	}
	if c != "" {
		x, err := parseFloats("cell", c, 1)
		if err != nil {
			return s, err
		}
		s.Cell = x[0]
		if s.By == "" {
			s.By = "cell"
		}
	} else if s.By == "cell" {
		s.Cell = 0.5
	}
	if s.Interval != "" && !validIn(s.Interval, Intervals) {
		return s, bad("interval", s.Interval, "want one of %s", strings.Join(Intervals, ", "))
	}
	if s.By != "" && !validIn(s.By, Dimensions) {
		return s, bad("by", s.By, "want one of %s", strings.Join(Dimensions, ", "))
	}
	if err := s.Check(); err != nil {
		return s, bad("cell", c, "%v", err)
	}
	return s, nil
}

// ParseChange reads by, interval, periods and at for a baseline comparison.
func ParseChange(v url.Values) (ChangeSpec, error) {
	s := ChangeSpec{By: "country", Interval: "month", Periods: 3}
	for _, p := range []struct {
		key string
		dst *string
	}{{"by", &s.By}, {"interval", &s.Interval}} {
		x, err := get(v, p.key)
		if err != nil {
			return s, err
		}
		if x != "" {
			*p.dst = x
		}
	}
	if s.By != "country" && s.By != "admin1" {
		return s, bad("by", s.By, "want country or admin1")
	}
	if !validIn(s.Interval, Intervals) {
		return s, bad("interval", s.Interval, "want one of %s", strings.Join(Intervals, ", "))
	}
	x, err := get(v, "periods")
	if err != nil {
		return s, err
	}
	if x != "" {
		n, err := parseInt("periods", x, 1, 520)
		if err != nil {
			return s, err
		}
		s.Periods = int(n)
	}
	if x, err = get(v, "at"); err != nil {
		return s, err
	}
	if x != "" {
		if s.At, err = ParseDay(x); err != nil {
			return s, bad("at", x, "%v", err)
		}
		// The zero day also means "not given" to Compare, and the
		// baseline of any day this early would begin before year 1.
		if addPeriods(truncate(s.At, s.Interval), s.Interval, -s.Periods).Year() < 1 {
			return s, bad("at", x, "the %d %s periods before it begin before year 1", s.Periods, s.Interval)
		}
	}
	return s, nil
}

// ParseTop reads top, the number of actors to list.
func ParseTop(v url.Values, def int) (int, error) {
	s, err := get(v, "top")
	if err != nil || s == "" {
		return def, err
	}
	n, err := parseInt("top", s, 1, 1000)
	return int(n), err
}
