// Package acled reads ACLED exports (CSV, any of the column sets ACLED has
// published) into the event model, one event per row, streaming.
//
// Every column lands in the model or, when the model has no field for it,
// in Event.Extra under its header name, so that an export can give back the
// original row. A bad row is reported as a *rows.Error naming the file,
// line and column; the reader then carries on with the next row.
package acled

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

// Source is the Event.Source of ACLED events.
const Source = "acled"

// field is a column the model has a place for.
type field int

const (
	fID field = iota
	fDate
	fTimePrec
	fType
	fSubType
	fActor1
	fAssoc1
	fInter1
	fActor2
	fAssoc2
	fInter2
	fCountry
	fISO3
	fAdmin1
	fAdmin2
	fLocation
	fLat
	fLon
	fGeoPrec
	fNotes
	fFatalities
	nFields
)

// names maps header names, lower-cased, to fields. Old exports used
// upper-case headers and ally_actor for assoc_actor; those read the same.
var names = map[string]field{
	"event_id_cnty":  fID,
	"event_date":     fDate,
	"time_precision": fTimePrec,
	"event_type":     fType,
	"sub_event_type": fSubType,
	"actor1":         fActor1,
	"assoc_actor_1":  fAssoc1,
	"ally_actor_1":   fAssoc1,
	"inter1":         fInter1,
	"actor2":         fActor2,
	"assoc_actor_2":  fAssoc2,
	"ally_actor_2":   fAssoc2,
	"inter2":         fInter2,
	"country":        fCountry,
	"iso3":           fISO3,
	"admin1":         fAdmin1,
	"admin2":         fAdmin2,
	"location":       fLocation,
	"latitude":       fLat,
	"longitude":      fLon,
	"geo_precision":  fGeoPrec,
	"notes":          fNotes,
	"fatalities":     fFatalities,
}

// Columns is the current ACLED export header, in ACLED's order.
var Columns = []string{"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
	"event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
	"inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
	"admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
	"fatalities", "tags", "timestamp"}

// Reader reads ACLED events from a CSV export.
type Reader struct {
	sc      *rows.Scanner
	name    string
	header  []string
	idx     [nFields]int // column of each field, -1 if absent
	mapped  []bool       // column i is a model field
	iso     int          // column of the numeric iso code, -1 if absent
	header0 string
}

// Errors reported inside *rows.Error.
var (
	ErrFields = errors.New("wrong number of fields")
	ErrDate   = errors.New("bad date")
	ErrNumber = errors.New("bad number")
	ErrCode   = errors.New("unknown code")
	ErrEmpty  = errors.New("missing value")
)

// NewReader reads the header of an ACLED export from r. name is the file
// name errors carry. The header decides which columns are where, so old and
// new column sets, in any order, read alike; the delimiter (comma,
// semicolon, tab or pipe) is whichever splits the header into ACLED column
// names, and a byte-order mark is skipped.
func NewReader(r io.Reader, name string) (*Reader, error) {
	br, comma, err := rows.SniffHeader(r, "event_id_cnty", "event_date")
	if err != nil {
		return nil, fmt.Errorf("acled %s line 1: not an ACLED export: %w", name, err)
	}
	a := &Reader{sc: rows.NewScanner(br, name, comma, true), name: name, iso: -1}
	hdr, err := a.sc.Scan()
	if err != nil {
		return nil, fmt.Errorf("acled %s line 1: header: %w", name, err)
	}
	a.header0 = a.sc.Raw()
	a.header = make([]string, len(hdr))
	a.mapped = make([]bool, len(hdr))
	for i := range a.idx {
		a.idx[i] = -1
	}
	for i, h := range hdr {
		h = strings.TrimSpace(h)
		a.header[i] = h
		low := strings.ToLower(h)
		if f, ok := names[low]; ok && a.idx[f] < 0 {
			a.idx[f] = i
			a.mapped[i] = true
		}
		if low == "iso" {
			a.iso = i
		}
	}
	rows.NameBlank(a.header)
	if err := rows.Duplicate(a.header); err != nil {
		return nil, fmt.Errorf("acled %s line 1: header: %w", name, err)
	}
	return a, nil
}

// Header is the header line as it was in the file, for a reject file.
func (a *Reader) Header() string { return a.header0 }

// Columns is the header as read.
func (a *Reader) Columns() []string { return a.header }

// Next returns the next event. At the end it returns io.EOF; for a bad row
// a *rows.Error, after which Next goes on with the next row.
func (a *Reader) Next() (event.Event, error) {
	f, err := a.sc.Scan()
	if err != nil {
		return event.Event{}, err
	}
	if len(f) != len(a.header) {
		col := ""
		if len(f) < len(a.header) {
			col = a.header[len(f)] // the first column missing
		}
		return event.Event{}, a.rowErr(col, fmt.Errorf("%w: %d, header has %d", ErrFields, len(f), len(a.header)))
	}
	if i, err := rows.BadText(f); i >= 0 {
		return event.Event{}, a.rowErr(a.header[i], err)
	}
	return a.event(f)
}

func (a *Reader) rowErr(col string, err error) *rows.Error {
	return &rows.Error{File: a.name, Line: a.sc.Line(), Column: col, Err: err, Raw: a.sc.Raw()}
}

func (a *Reader) get(f []string, k field) string {
	if i := a.idx[k]; i >= 0 {
		return f[i]
	}
	return ""
}

func (a *Reader) event(f []string) (event.Event, error) {
	id := strings.TrimSpace(a.get(f, fID))
	if id == "" {
		return event.Event{}, a.rowErr(a.header[a.idx[fID]], ErrEmpty)
	}
	e := event.Event{
		ID:       Source + ":" + id,
		Source:   Source,
		SourceID: id,
		Type:     a.get(f, fType),
		SubType:  a.get(f, fSubType),
		Summary:  a.get(f, fNotes),
		// No line: the bulk load cannot number lines, and the id is the
		// row's lasting reference. Errors still name the line.
		Provenance: event.Provenance{Source: Source, DocID: a.name},
	}
	extra := make(event.Extra, 0, len(f)-countTrue(a.mapped)+2)
	for i, v := range f {
		if !a.mapped[i] {
			extra = append(extra, event.KV{Key: a.header[i], Value: v})
		}
	}
	// keep puts a column in Extra as it was when the model holds it in a
	// form Record writes otherwise (" 1", "+1", "01", "A;B"), so that the
	// row can be rebuilt.
	keep := func(k field, canon string) {
		if i := a.idx[k]; i >= 0 && f[i] != canon {
			extra = append(extra, event.KV{Key: a.header[i], Value: f[i]})
		}
	}
	keep(fID, id)

	// Date, widened to the week or month ACLED says it knows.
	prec := event.PrecDay
	if i := a.idx[fTimePrec]; i >= 0 && f[i] != "" {
		p, ok := codebook.ACLEDTimePrec(strings.TrimSpace(f[i]))
		if !ok {
			return event.Event{}, a.rowErr(a.header[i], fmt.Errorf("%w: time_precision %q, want 1, 2 or 3", ErrCode, f[i]))
		}
		prec = p
	}
	keep(fTimePrec, map[event.Precision]string{event.PrecDay: "1", event.PrecWeek: "2", event.PrecMonth: "3"}[prec])
	raw := a.get(f, fDate)
	day, err := ParseDate(raw)
	if err != nil {
		col := "event_date"
		if a.idx[fDate] >= 0 {
			col = a.header[a.idx[fDate]]
		}
		return event.Event{}, a.rowErr(col, err)
	}
	e.Date = widen(day, prec)
	if prec == event.PrecMonth || !isISO(raw) {
		// The range does not say which day ACLED wrote, or how.
		extra = append(extra, event.KV{Key: a.header[a.idx[fDate]], Value: raw})
	}

	// Place.
	e.Place = event.Place{
		Name:      a.get(f, fLocation),
		Admin1:    a.get(f, fAdmin1),
		Admin2:    a.get(f, fAdmin2),
		CountryNm: a.get(f, fCountry),
	}
	if iso3 := a.get(f, fISO3); iso3 != "" {
		e.Place.Country = iso3
	} else if a.iso >= 0 && f[a.iso] != "" {
		n, err := strconv.Atoi(strings.TrimSpace(f[a.iso]))
		if err != nil {
			return event.Event{}, a.rowErr(a.header[a.iso], fmt.Errorf("%w: iso %q", ErrNumber, f[a.iso]))
		}
		if c, ok := codebook.ByNum(n); ok {
			e.Place.Country = c.ISO3
		}
	}
	// An empty iso3 beside a numeric iso: the country came from iso.
	keep(fISO3, e.Place.Country)
	for _, c := range [2]field{fLat, fLon} {
		i := a.idx[c]
		if i < 0 {
			continue
		}
		if strings.TrimSpace(f[i]) == "" {
			keep(c, "")
			continue
		}
		lim := 90.0
		if c == fLon {
			lim = 180
		}
		v, ok := rows.Coord(strings.TrimSpace(f[i]), lim)
		if !ok {
			return event.Event{}, a.rowErr(a.header[i], fmt.Errorf("%w: %q", ErrNumber, f[i]))
		}
		if c == fLat {
			e.Place.Lat = &v
		} else {
			e.Place.Lon = &v
		}
		if strconv.FormatFloat(v, 'f', -1, 64) != f[i] {
			// "7.0" reads as 7: keep the text so the row can be rebuilt.
			extra = append(extra, event.KV{Key: a.header[i], Value: f[i]})
		}
	}
	if i := a.idx[fGeoPrec]; i >= 0 && f[i] != "" {
		p, ok := codebook.ACLEDGeoPrec(strings.TrimSpace(f[i]))
		if !ok {
			return event.Event{}, a.rowErr(a.header[i], fmt.Errorf("%w: geo_precision %q, want 1, 2 or 3", ErrCode, f[i]))
		}
		e.Place.Precision = p
	}
	keep(fGeoPrec, map[event.GeoPrecision]string{event.GeoPoint: "1", event.GeoNear: "2", event.GeoAdmin1: "3"}[e.Place.Precision])

	// Actors, side by side; associated actors are "; "-separated.
	for _, s := range [2]struct {
		actor, assoc, inter field
		side                event.Side
		role, assocRole     string
	}{
		{fActor1, fAssoc1, fInter1, event.Side1, "actor1", "assoc_actor_1"},
		{fActor2, fAssoc2, fInter2, event.Side2, "actor2", "assoc_actor_2"},
	} {
		inter := strings.TrimSpace(a.get(f, s.inter))
		if inter != "" && inter[0] >= '0' && inter[0] <= '9' {
			if _, ok := codebook.ACLEDInter.Find(inter); !ok {
				return event.Event{}, a.rowErr(a.header[a.idx[s.inter]], fmt.Errorf("%w: inter code %q, want 0–8 or a label", ErrCode, inter))
			}
		}
		if name := a.get(f, s.actor); name != "" {
			e.Actors = append(e.Actors, event.Actor{Name: name, Side: s.side, Role: s.role, Inter: inter})
			keep(s.inter, inter)
		} else {
			keep(s.inter, "")
		}
		var assoc []string
		for name := range strings.SplitSeq(a.get(f, s.assoc), ";") {
			if name = strings.TrimSpace(name); name != "" {
				e.Actors = append(e.Actors, event.Actor{Name: name, Side: s.side, Role: s.assocRole})
				assoc = append(assoc, name)
			}
		}
		keep(s.assoc, strings.Join(assoc, "; "))
	}

	if i := a.idx[fFatalities]; i >= 0 && strings.TrimSpace(f[i]) != "" {
		n, err := strconv.Atoi(strings.TrimSpace(f[i]))
		if err != nil || n < 0 || n > rows.MaxToll {
			return event.Event{}, a.rowErr(a.header[i], fmt.Errorf("%w: fatalities %q", ErrNumber, f[i]))
		}
		e.Fatalities = event.N(n)
	}
	if e.Fatalities != nil {
		keep(fFatalities, strconv.Itoa(e.Fatalities.Best))
	} else {
		keep(fFatalities, "")
	}

	// Typology from before 2019: map to the current one, keep the original.
	if t, sub, ok := codebook.ACLEDLegacyType(e.Type); ok {
		extra = append(extra, event.KV{Key: a.header[a.idx[fType]], Value: e.Type})
		e.Type = t
		if e.SubType == "" {
			e.SubType = sub
		}
	}
	if len(extra) > 0 {
		e.Extra = extra
	}
	return e, nil
}

func countTrue(b []bool) int {
	n := 0
	for _, v := range b {
		if v {
			n++
		}
	}
	return n
}

// widen turns ACLED's representative day into the range it stands for: the
// day; the seven days centred on it for a week; the whole month for a month.
func widen(day time.Time, p event.Precision) event.Date {
	switch p {
	case event.PrecWeek:
		d := event.Range(day.AddDate(0, 0, -3), day.AddDate(0, 0, 3), event.PrecWeek)
		d.Value = day.Format(event.Layout)
		return d
	case event.PrecMonth:
		return event.Month(day.Year(), day.Month())
	}
	return event.Day(day.Year(), day.Month(), day.Day())
}

func isISO(s string) bool { return len(s) == 10 && s[4] == '-' && s[7] == '-' }

var months = [...]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// ParseDate reads an ACLED event_date: "2017-10-04" as in current exports,
// or "04 October 2017" (also "4 Oct 2017", "04-October-2017") as in older
// ones and the ACLED web export.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	bad := func() (time.Time, error) {
		return time.Time{}, fmt.Errorf("%w %q: want 2017-10-04 or 04 October 2017", ErrDate, s)
	}
	var y, d, m int
	var ok bool
	if isISO(s) {
		y, ok = digits(s[:4])
		if !ok {
			return bad()
		}
		if m, ok = digits(s[5:7]); !ok {
			return bad()
		}
		if d, ok = digits(s[8:10]); !ok {
			return bad()
		}
	} else {
		parts := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
		if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) < 3 || len(parts[2]) != 4 {
			return bad()
		}
		if d, ok = digits(parts[0]); !ok {
			return bad()
		}
		if y, ok = digits(parts[2]); !ok {
			return bad()
		}
		mon := strings.ToLower(parts[1])
		for i, name := range months {
			if mon == name || (len(mon) == 3 && strings.HasPrefix(name, mon)) {
				m = i + 1
			}
		}
	}
	// Years before 1800 are typos (and year 1 is Go's zero time).
	if m < 1 || m > 12 || d < 1 || y < minYear || d > daysIn(y, time.Month(m)) {
		return bad()
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

// minYear is the earliest event year accepted.
const minYear = 1800

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, len(s) > 0
}

func daysIn(y int, m time.Month) int { return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() }
