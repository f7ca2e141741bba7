// Package ucdp reads the UCDP Georeferenced Event Dataset (GED) into the
// event model: the GED CSV download and the pages of the UCDP API's JSON,
// one event per record, streaming.
//
// Each GED event keeps everything: casualties per side (deaths_a, deaths_b,
// deaths_civilians, deaths_unknown) as Casualties, best/low/high as
// Fatalities, the date range with date_prec, the place with where_prec, and
// every other column in Event.Extra under its GED name. type_of_violence is
// mapped onto the ACLED typology and also kept raw.
package ucdp

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/codebook"
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/rows"
)

// Source is the Event.Source of UCDP events.
const Source = "ucdp"

// Columns is the GED CSV header, in GED's order.
var Columns = []string{"id", "relid", "year", "active_year", "code_status", "type_of_violence",
	"conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
	"side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
	"number_of_sources", "source_article", "source_office", "source_date", "source_headline",
	"source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
	"latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
	"event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
	"deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob"}

type field int

const (
	fID field = iota
	fSideA
	fSideB
	fWherePrec
	fWhereCoord
	fAdm1
	fAdm2
	fLat
	fLon
	fCountry
	fDatePrec
	fDateStart
	fDateEnd
	fDeathsA
	fDeathsB
	fDeathsCiv
	fDeathsUnk
	fBest
	fHigh
	fLow
	nFields
)

var names = map[string]field{
	"id": fID, "side_a": fSideA, "side_b": fSideB, "where_prec": fWherePrec,
	"where_coordinates": fWhereCoord, "adm_1": fAdm1, "adm_2": fAdm2, "latitude": fLat,
	"longitude": fLon, "country": fCountry, "date_prec": fDatePrec, "date_start": fDateStart,
	"date_end": fDateEnd, "deaths_a": fDeathsA, "deaths_b": fDeathsB, "deaths_civilians": fDeathsCiv,
	"deaths_unknown": fDeathsUnk, "best": fBest, "high": fHigh, "low": fLow,
}

// Errors reported inside *rows.Error.
var (
	ErrFields = errors.New("wrong number of fields")
	ErrDate   = errors.New("bad date")
	ErrNumber = errors.New("bad number")
	ErrCode   = errors.New("unknown code")
	ErrEmpty  = errors.New("missing value")
)

// layout says where each field is in a record.
type layout struct {
	header []string
	idx    [nFields]int
	mapped []bool
	tov    int // type_of_violence
	cid    int // country_id
	dyad   int // dyad_name, for the summary
	desc   int // where_description, for the summary
	nExtra int // columns that go to Extra
}

func newLayout(header []string) *layout {
	l := &layout{header: header, mapped: make([]bool, len(header)), tov: -1, cid: -1, dyad: -1, desc: -1}
	for i := range l.idx {
		l.idx[i] = -1
	}
	for i, h := range header {
		low := strings.ToLower(strings.TrimSpace(h))
		if f, ok := names[low]; ok && l.idx[f] < 0 {
			l.idx[f] = i
			l.mapped[i] = true
		}
		if !l.mapped[i] {
			l.nExtra++
		}
		switch low {
		case "type_of_violence":
			l.tov = i
		case "country_id":
			l.cid = i
		case "dyad_name":
			l.dyad = i
		case "where_description":
			l.desc = i
		}
	}
	return l
}

func (l *layout) sameAs(keys []string) bool {
	if len(keys) != len(l.header) {
		return false
	}
	for i := range keys {
		if keys[i] != l.header[i] {
			return false
		}
	}
	return true
}

func (l *layout) get(f []string, k field) string {
	if i := l.idx[k]; i >= 0 {
		return strings.TrimSpace(f[i])
	}
	return ""
}

func (l *layout) col(k field) string {
	if i := l.idx[k]; i >= 0 {
		return l.header[i]
	}
	return ""
}

// fieldError is a mapping failure before file and line are known.
type fieldError struct {
	col string
	err error
}

// event maps one record. prov carries the file name and line.
func (l *layout) event(f []string, prov event.Provenance) (event.Event, *fieldError) {
	bad := func(k field, err error) (event.Event, *fieldError) {
		return event.Event{}, &fieldError{l.col(k), err}
	}
	id := l.get(f, fID)
	if id == "" {
		if l.idx[fID] < 0 {
			return event.Event{}, &fieldError{"id", ErrEmpty}
		}
		return bad(fID, ErrEmpty)
	}
	prov.Source = Source
	e := event.Event{ID: Source + ":" + id, Source: Source, SourceID: id, Provenance: prov}
	extra := make(event.Extra, 0, l.nExtra+1)
	for i, v := range f {
		if !l.mapped[i] {
			extra = append(extra, event.KV{Key: l.header[i], Value: v})
		}
	}
	if l.tov >= 0 {
		if t, sub, ok := codebook.UCDPType(strings.TrimSpace(f[l.tov])); ok {
			e.Type, e.SubType = t, sub
		} else if f[l.tov] != "" {
			return event.Event{}, &fieldError{l.header[l.tov], fmt.Errorf("%w: type_of_violence %q, want 1, 2 or 3", ErrCode, f[l.tov])}
		}
	}

	// Date range.
	start, err := parseDate(l.get(f, fDateStart))
	if err != nil {
		return bad(fDateStart, err)
	}
	end := start
	if s := l.get(f, fDateEnd); s != "" {
		if end, err = parseDate(s); err != nil {
			return bad(fDateEnd, err)
		}
	}
	if end.Before(start) {
		return bad(fDateEnd, fmt.Errorf("%w: date_end %s before date_start %s", ErrDate, end.Format(event.Layout), start.Format(event.Layout)))
	}
	prec := event.PrecDay
	if s := l.get(f, fDatePrec); s != "" {
		p, ok := codebook.UCDPDatePrecision(s)
		if !ok {
			return bad(fDatePrec, fmt.Errorf("%w: date_prec %q, want 1–5", ErrCode, s))
		}
		prec = p
	}
	e.Date = event.Range(start, end, prec)

	// Place.
	e.Place = event.Place{Name: l.get(f, fWhereCoord), Admin1: l.get(f, fAdm1), Admin2: l.get(f, fAdm2), CountryNm: l.get(f, fCountry)}
	if l.cid >= 0 && f[l.cid] != "" {
		// country_id is a Gleditsch–Ward number; several may be joined
		// with ", " for events across borders.
		first, _, _ := strings.Cut(f[l.cid], ",")
		n, err := strconv.Atoi(strings.TrimSpace(first))
		if err != nil {
			return event.Event{}, &fieldError{l.header[l.cid], fmt.Errorf("%w: country_id %q", ErrNumber, f[l.cid])}
		}
		if c, ok := codebook.ByGW(n); ok {
			e.Place.Country = c.ISO3
		}
	}
	for _, k := range [2]field{fLat, fLon} {
		s := l.get(f, k)
		if s == "" {
			continue
		}
		lim := 90.0
		if k == fLon {
			lim = 180
		}
		v, ok := rows.Coord(s, lim)
		if !ok {
			return bad(k, fmt.Errorf("%w: %q", ErrNumber, s))
		}
		if k == fLat {
			e.Place.Lat = &v
		} else {
			e.Place.Lon = &v
		}
		if strconv.FormatFloat(v, 'f', -1, 64) != s {
			// "7.0" reads as 7: keep the text so the row can be rebuilt.
			extra = append(extra, event.KV{Key: l.col(k), Value: f[l.idx[k]]})
		}
	}
	if s := l.get(f, fWherePrec); s != "" {
		p, ok := codebook.UCDPGeoPrecision(s)
		if !ok {
			return bad(fWherePrec, fmt.Errorf("%w: where_prec %q, want 1–7", ErrCode, s))
		}
		e.Place.Precision = p
	}

	// Sides and what each lost.
	a, b := l.get(f, fSideA), l.get(f, fSideB)
	if a != "" {
		e.Actors = append(e.Actors, event.Actor{Name: a, Side: event.Side1, Role: "side_a"})
	}
	if b != "" {
		e.Actors = append(e.Actors, event.Actor{Name: b, Side: event.Side2, Role: "side_b"})
	}
	for _, c := range [4]struct {
		k    field
		who  string
		side event.Side
	}{{fDeathsA, a, event.Side1}, {fDeathsB, b, event.Side2}, {fDeathsCiv, "civilians", event.SideThird}, {fDeathsUnk, "unknown", event.SideUnknown}} {
		n, present, err := count(l.get(f, c.k))
		if err != nil {
			return bad(c.k, err)
		}
		if present {
			e.Casualties = append(e.Casualties, event.Casualty{Who: c.who, Side: c.side, Killed: event.N(n)})
		}
	}
	best, hasBest, err := count(l.get(f, fBest))
	if err != nil {
		return bad(fBest, err)
	}
	low, hasLow, err := count(l.get(f, fLow))
	if err != nil {
		return bad(fLow, err)
	}
	high, hasHigh, err := count(l.get(f, fHigh))
	if err != nil {
		return bad(fHigh, err)
	}
	if hasBest {
		e.Fatalities = &event.Count{Low: best, Best: best}
		if hasLow {
			e.Fatalities.Low = low
		}
		if hasHigh {
			e.Fatalities.High = &high
		}
	}

	// An empty date_prec reads as a day and would come back "1"; low and
	// high are held only beside best: given without it, or low left empty
	// (read as best), they would come back otherwise. Their text is kept.
	if i := l.idx[fDatePrec]; i >= 0 && l.get(f, fDatePrec) != datePrecCode[prec] {
		extra = append(extra, event.KV{Key: l.header[i], Value: f[i]})
	}
	for _, k := range [2]field{fLow, fHigh} {
		i := l.idx[k]
		if i < 0 {
			continue
		}
		w := ""
		if c := e.Fatalities; c != nil && k == fLow {
			w = strconv.Itoa(c.Low)
		} else if c != nil && c.High != nil {
			w = strconv.Itoa(*c.High)
		}
		if l.get(f, k) != w {
			extra = append(extra, event.KV{Key: l.header[i], Value: f[i]})
		}
	}

	e.Summary = summary(l, f, e.Fatalities)
	if len(extra) > 0 {
		e.Extra = extra
	}
	return e, nil
}

// summary synthesizes a line: GED has no narrative, only a headline for
// some events.
func summary(l *layout, f []string, c *event.Count) string {
	var b strings.Builder
	if l.dyad >= 0 {
		b.WriteString(strings.TrimSpace(f[l.dyad]))
	}
	if l.desc >= 0 && strings.TrimSpace(f[l.desc]) != "" {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strings.TrimSpace(f[l.desc]))
	}
	if c != nil {
		if b.Len() > 0 {
			b.WriteString(": ")
		}
		b.WriteString(c.String())
		b.WriteString(" killed")
	}
	return b.String()
}

func count(s string) (int, bool, error) {
	if s == "" {
		return 0, false, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > rows.MaxToll {
		return 0, false, fmt.Errorf("%w: %q", ErrNumber, s)
	}
	return n, true, nil
}

// parseDate reads GED's dates: "2009-02-20 00:00:00.000" in the CSV,
// "2009-02-20T00:00:00" from the API, or a bare "2009-02-20".
func parseDate(s string) (time.Time, error) {
	bad := fmt.Errorf("%w %q: want 2009-02-20 or 2009-02-20 00:00:00.000", ErrDate, s)
	if len(s) < 10 || s[4] != '-' || s[7] != '-' || (len(s) > 10 && s[10] != ' ' && s[10] != 'T') {
		return time.Time{}, bad
	}
	t, err := time.Parse(event.Layout, s[:10])
	if err != nil || t.Year() < 1800 { // earlier years are typos; year 1 is Go's zero time
		return time.Time{}, bad
	}
	return t, nil
}

// Reader reads GED events from the CSV download.
type Reader struct {
	sc      *rows.Scanner
	name    string
	l       *layout
	header0 string
}

// NewReader reads the header of a GED CSV from r; name is the file name
// errors carry. Columns are found by name, so older GED versions with
// fewer or reordered columns read alike.
func NewReader(r io.Reader, name string) (*Reader, error) {
	br, comma, err := rows.SniffHeader(r, "id", "date_start")
	if err != nil {
		return nil, fmt.Errorf("ucdp %s line 1: not a GED CSV: %w", name, err)
	}
	sc := rows.NewScanner(br, name, comma, true)
	hdr, err := sc.Scan()
	if err == io.EOF {
		return nil, fmt.Errorf("ucdp %s: empty file", name)
	}
	if err != nil {
		return nil, fmt.Errorf("ucdp %s line 1: header: %w", name, err)
	}
	header := make([]string, len(hdr))
	copy(header, hdr)
	rows.NameBlank(header)
	if err := rows.Duplicate(header); err != nil {
		return nil, fmt.Errorf("ucdp %s line 1: header: %w", name, err)
	}
	l := newLayout(header)
	if l.idx[fID] < 0 || l.idx[fDateStart] < 0 {
		return nil, fmt.Errorf("ucdp %s line 1: header has no id and date_start columns: not a GED CSV", name)
	}
	return &Reader{sc: sc, name: name, l: l, header0: sc.Raw()}, nil
}

// Header is the header line as it was in the file, for a reject file.
func (u *Reader) Header() string { return u.header0 }

// Columns is the header as read.
func (u *Reader) Columns() []string { return u.l.header }

// Next returns the next event: io.EOF at the end, a *rows.Error for a bad
// row, after which Next goes on with the next row.
func (u *Reader) Next() (event.Event, error) {
	f, err := u.sc.Scan()
	if err != nil {
		return event.Event{}, err
	}
	if len(f) != len(u.l.header) {
		col := ""
		if len(f) < len(u.l.header) {
			col = u.l.header[len(f)]
		}
		return event.Event{}, u.rowErr(col, fmt.Errorf("%w: %d, header has %d", ErrFields, len(f), len(u.l.header)))
	}
	if i, err := rows.BadText(f); i >= 0 {
		return event.Event{}, u.rowErr(u.l.header[i], err)
	}
	// No line: see acled (errors still name it).
	e, ferr := u.l.event(f, event.Provenance{DocID: u.name})
	if ferr != nil {
		return event.Event{}, u.rowErr(ferr.col, ferr.err)
	}
	return e, nil
}

func (u *Reader) rowErr(col string, err error) *rows.Error {
	return &rows.Error{File: u.name, Line: u.sc.Line(), Column: col, Err: err, Raw: u.sc.Raw()}
}
