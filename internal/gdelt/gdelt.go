// Package gdelt reads GDELT event files into the event model: the 2.0
// export files (61 tab-separated columns, no header, as .CSV or inside the
// published .zip) and, by the same code, GDELT 1.0 daily files (58
// columns) and backfiles (57).
//
// The place is ActionGeo, with its FIPS country code mapped to ISO 3166
// alpha-3; Actor1 and Actor2 are the two sides; the CAMEO event code is
// mapped onto the ACLED typology where ACLED has such an event (see
// codebook.CAMEOType). Every other column, the CAMEO codes, Goldstein
// scale and tone among them, is kept in Event.Extra under its GDELT name.
package gdelt

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

// Source is the Event.Source of GDELT events.
const Source = "gdelt"

// Columns is the GDELT 2.0 event file layout.
var Columns = []string{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL"}

// Columns1 is the GDELT 1.0 daily file layout: no ADM2 codes.
var Columns1 = func() []string {
	var out []string
	for _, c := range Columns {
		if !strings.HasSuffix(c, "_ADM2Code") {
			out = append(out, c)
		}
	}
	return out
}()

// layouts by field count; backfiles before April 2013 have no SOURCEURL.
var layouts = map[int][]string{61: Columns, 58: Columns1, 57: Columns1[:57]}

// Errors reported inside *rows.Error.
var (
	ErrFields = errors.New("wrong number of fields")
	ErrDate   = errors.New("bad date")
	ErrNumber = errors.New("bad number")
	ErrEmpty  = errors.New("missing value")
)

// Reader reads GDELT events from an event file.
type Reader struct {
	sc   *rows.Scanner
	name string
	cols []string
	ix   index
}

// index holds the positions of the columns the model uses.
type index struct {
	id, date, a1name, a2name, code, root, gType, gName, gCountry, gLat, gLon, quad int
	mapped                                                                         []bool
	numeric                                                                        []byte // 'i', 'f' or 0 per column
}

func newIndex(cols []string) index {
	pos := map[string]int{}
	for i, c := range cols {
		pos[c] = i
	}
	ix := index{id: pos["GLOBALEVENTID"], date: pos["SQLDATE"], a1name: pos["Actor1Name"], a2name: pos["Actor2Name"],
		code: pos["EventCode"], root: pos["EventRootCode"], gType: pos["ActionGeo_Type"], gName: pos["ActionGeo_FullName"],
		gCountry: pos["ActionGeo_CountryCode"], gLat: pos["ActionGeo_Lat"], gLon: pos["ActionGeo_Long"], quad: pos["QuadClass"]}
	ix.mapped = make([]bool, len(cols))
	for _, i := range []int{ix.id, ix.date, ix.a1name, ix.a2name, ix.gName, ix.gLat, ix.gLon} {
		ix.mapped[i] = true
	}
	ix.numeric = make([]byte, len(cols))
	for i, c := range cols {
		switch {
		case c == "GoldsteinScale" || c == "AvgTone" || c == "FractionDate" || strings.HasSuffix(c, "_Lat") || strings.HasSuffix(c, "_Long"):
			ix.numeric[i] = 'f'
		case c == "NumMentions" || c == "NumSources" || c == "NumArticles" || c == "IsRootEvent" || c == "QuadClass" ||
			c == "MonthYear" || c == "Year" || strings.HasSuffix(c, "_Type"):
			ix.numeric[i] = 'i'
		}
	}
	return ix
}

// NewReader reads GDELT events from r; name is the file name errors carry.
// The layout (2.0 or 1.0) is taken from the first row's field count.
func NewReader(r io.Reader, name string) (*Reader, error) {
	return &Reader{sc: rows.NewScanner(r, name, '\t', false), name: name}, nil
}

// Header is empty: GDELT files have none.
func (g *Reader) Header() string { return "" }

// Columns is the layout being read, known after the first row.
func (g *Reader) Columns() []string { return g.cols }

// Next returns the next event: io.EOF at the end, a *rows.Error for a bad
// row, after which Next goes on with the next row.
func (g *Reader) Next() (event.Event, error) {
	f, err := g.sc.Scan()
	if err != nil {
		return event.Event{}, err
	}
	if g.cols == nil {
		cols, ok := layouts[len(f)]
		if !ok {
			return event.Event{}, g.rowErr("", fmt.Errorf("%w: %d, GDELT 2.0 has 61 tab-separated fields (1.0 has 57 or 58)", ErrFields, len(f)))
		}
		g.cols, g.ix = cols, newIndex(cols)
	}
	if len(f) != len(g.cols) {
		col, hint := "", ""
		if len(f) < len(g.cols) {
			col = g.cols[len(f)]
		}
		if len(f) == 1 && strings.Count(f[0], ",") >= len(g.cols)/2 {
			hint = " (the row is comma-separated)"
		}
		return event.Event{}, g.rowErr(col, fmt.Errorf("%w: %d, want %d tab-separated fields%s", ErrFields, len(f), len(g.cols), hint))
	}
	if i, err := rows.BadText(f); i >= 0 {
		return event.Event{}, g.rowErr(g.cols[i], err)
	}
	return g.event(f)
}

func (g *Reader) rowErr(col string, err error) *rows.Error {
	return &rows.Error{File: g.name, Line: g.sc.Line(), Column: col, Err: err, Raw: g.sc.Raw()}
}

func (g *Reader) event(f []string) (event.Event, error) {
	ix := &g.ix
	id := f[ix.id]
	if _, ok := digits(id); !ok {
		return event.Event{}, g.rowErr("GLOBALEVENTID", fmt.Errorf("%w: %q", ErrNumber, id))
	}
	d, err := parseSQLDate(f[ix.date])
	if err != nil {
		return event.Event{}, g.rowErr("SQLDATE", err)
	}
	for i, kind := range ix.numeric {
		if kind == 0 || f[i] == "" {
			continue
		}
		if kind == 'i' {
			if _, err := strconv.Atoi(f[i]); err != nil {
				return event.Event{}, g.rowErr(g.cols[i], fmt.Errorf("%w: %q", ErrNumber, f[i]))
			}
		} else if _, err := strconv.ParseFloat(f[i], 64); err != nil {
			return event.Event{}, g.rowErr(g.cols[i], fmt.Errorf("%w: %q", ErrNumber, f[i]))
		}
	}
	e := event.Event{
		ID:         Source + ":" + id,
		Source:     Source,
		SourceID:   id,
		Date:       event.Day(d.Year(), d.Month(), d.Day()),
		Provenance: event.Provenance{Source: Source, DocID: g.name}, // no line: see acled
	}
	if n := f[ix.a1name]; n != "" {
		e.Actors = append(e.Actors, event.Actor{Name: n, Side: event.Side1, Role: "actor1"})
	}
	if n := f[ix.a2name]; n != "" {
		e.Actors = append(e.Actors, event.Actor{Name: n, Side: event.Side2, Role: "actor2"})
	}
	e.Type, e.SubType, _ = codebook.CAMEOType(f[ix.code])

	e.Place = event.Place{Name: f[ix.gName]}
	e.Place.Precision, _ = codebook.GDELTGeoPrecision(f[ix.gType])
	if c, ok := codebook.ByFIPS(f[ix.gCountry]); ok {
		e.Place.Country = c.ISO3
	}
	e.Place.Admin1, e.Place.CountryNm = splitFullName(f[ix.gName], f[ix.gType])
	extra := make(event.Extra, 0, len(f)-7+2)
	for i, v := range f {
		if !ix.mapped[i] {
			extra = append(extra, event.KV{Key: g.cols[i], Value: v})
		}
	}
	for _, i := range [2]int{ix.gLat, ix.gLon} {
		if f[i] == "" {
			continue
		}
		lim := 90.0
		if i == ix.gLon {
			lim = 180
		}
		v, ok := rows.Coord(f[i], lim) // a number: checked above
		if !ok {
			return event.Event{}, g.rowErr(g.cols[i], fmt.Errorf("%w: %q out of range", ErrNumber, f[i]))
		}
		if i == ix.gLat {
			e.Place.Lat = &v
		} else {
			e.Place.Lon = &v
		}
		if strconv.FormatFloat(v, 'f', -1, 64) != f[i] {
			// "7.0" reads as 7: keep the text so the row can be rebuilt.
			extra = append(extra, event.KV{Key: g.cols[i], Value: f[i]})
		}
	}
	e.Summary = summary(f, ix, e.Place.Name)
	e.Extra = extra
	return e, nil
}

// splitFullName takes ADM1 and country names out of GDELT's FullName
// ("Bangui, Bangui, Central African Republic"), whose parts depend on the
// geo type: city, ADM1, country for cities; ADM1, country for ADM1s.
func splitFullName(full, typ string) (admin1, country string) {
	parts := strings.Split(full, ", ")
	country = parts[len(parts)-1]
	switch {
	case (typ == "3" || typ == "4") && len(parts) == 3:
		admin1 = parts[1]
	case (typ == "2" || typ == "5") && len(parts) == 2:
		admin1 = parts[0]
	}
	return admin1, country
}

// summary synthesizes a line, as GDELT has no text: "Fight (CAMEO 193):
// POLICE against REBEL, in Bangui, Bangui, Central African Republic".
func summary(f []string, ix *index, place string) string {
	var b strings.Builder
	label := codebook.CAMEORootLabel(f[ix.root])
	if label == "" {
		label = "Event"
	}
	b.WriteString(label)
	b.WriteString(" (CAMEO ")
	b.WriteString(f[ix.code])
	b.WriteString(")")
	a1, a2 := f[ix.a1name], f[ix.a2name]
	if a1 != "" || a2 != "" {
		b.WriteString(": ")
		b.WriteString(a1)
		if a2 != "" {
			if a1 != "" {
				b.WriteString(" ")
			}
			b.WriteString("against ")
			b.WriteString(a2)
		}
	}
	if place != "" {
		b.WriteString(", in ")
		b.WriteString(place)
	}
	return b.String()
}

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

// parseSQLDate reads YYYYMMDD.
func parseSQLDate(s string) (time.Time, error) {
	n, ok := digits(s)
	if ok && len(s) == 8 {
		y, m, d := n/10000, time.Month(n/100%100), n%100
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if y >= 1800 && m >= 1 && m <= 12 && d >= 1 && t.Day() == d { // year 1 would be Go's zero time
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%w %q: want YYYYMMDD", ErrDate, s)
}
