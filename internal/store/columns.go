package store

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
)

// eventColumns is the events table's column order, shared by inserts, the
// appender and selects so that the three cannot drift apart.
var eventColumns = []string{
	"version_id", "id", "source", "source_id",
	"date_start", "date_end", "date_precision", "date_value",
	"place_name", "admin1", "admin2", "country", "country_name", "lat", "lon", "geonameid", "geo_precision",
	"event_type", "sub_event_type", "summary",
	"fatalities_low", "fatalities_best", "fatalities_high", "fatalities_qualifier",
	"actors", "casualties", "provenance", "extra", "actor_text",
}

// row flattens an event into column values in eventColumns order.
func row(versionID int64, e *event.Event) ([]any, error) {
	// The four JSON documents share one allocation.
	buf := make([]byte, 0, 512+len(e.Extra)*32)
	buf = appendActors(buf, e.Actors)
	a := len(buf)
	buf = appendCasualties(buf, e.Casualties)
	c := len(buf)
	buf = appendProvenance(buf, &e.Provenance)
	p := len(buf)
	buf = appendExtra(buf, e.Extra)
	docs := string(buf)
	actors, cas, prov, extra := docs[:a], docs[a:c], docs[c:p], docs[p:]
	var ds, de any
	if !e.Date.IsZero() {
		ds, de = e.Date.Start, e.Date.End
	}
	var lat, lon any
	if e.Place.Lat != nil && e.Place.Lon != nil {
		lat, lon = *e.Place.Lat, *e.Place.Lon
	}
	var fl, fb, fh, fq any
	if f := e.Fatalities; f != nil {
		fl, fb, fq = int64(f.Low), int64(f.Best), string(f.Qualifier)
		if f.High != nil {
			fh = int64(*f.High)
		}
	}
	var geo any
	if e.Place.GeonameID != 0 {
		geo = int64(e.Place.GeonameID)
	}
	return []any{
		versionID, e.ID, e.Source, e.SourceID,
		ds, de, int64(e.Date.Precision), nullStr(e.Date.String()),
		nullStr(e.Place.Name), nullStr(e.Place.Admin1), nullStr(e.Place.Admin2), nullStr(e.Place.Country), nullStr(e.Place.CountryNm), lat, lon, geo, nullStr(string(e.Place.Precision)),
		nullStr(e.Type), nullStr(e.SubType), nullStr(e.Summary),
		fl, fb, fh, fq,
		actors, cas, prov, extra, actorText(e.Actors),
	}, nil
}

// actorText is every actor name and canonical name, "|"-joined, so that a
// substring filter on actors needs no JSON functions (which differ between
// DuckDB and PostgreSQL).
func actorText(as []event.Actor) string {
	b := []byte("|")
	for _, a := range as {
		b = append(b, a.Name...)
		b = append(b, '|')
		if a.Canonical != "" && a.Canonical != a.Name {
			b = append(b, a.Canonical...)
			b = append(b, '|')
		}
	}
	return string(b)
}

func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// scanned receives one events row; column order as eventColumns minus
// version_id and actor_text.
type scanned struct {
	id, source, sourceID                     string
	ds, de                                   *time.Time
	prec                                     int64
	dval                                     *string
	name, admin1, admin2, country, countryNm *string
	lat, lon                                 *float64
	geo                                      *int64
	geoPrec, typ, sub, summary               *string
	fl, fb, fh                               *int64
	fq                                       *string
	actors, cas, prov, extra                 any
}

func (s *scanned) dest() []any {
	return []any{&s.id, &s.source, &s.sourceID, &s.ds, &s.de, &s.prec, &s.dval,
		&s.name, &s.admin1, &s.admin2, &s.country, &s.countryNm, &s.lat, &s.lon, &s.geo, &s.geoPrec,
		&s.typ, &s.sub, &s.summary, &s.fl, &s.fb, &s.fh, &s.fq,
		&s.actors, &s.cas, &s.prov, &s.extra}
}

// selectColumns is the select list matching scanned.dest. JSON columns are
// read as text: DuckDB would hand back decoded maps, losing Extra's order.
const selectColumns = `id, source, source_id, date_start, date_end, date_precision, date_value,
	place_name, admin1, admin2, country, country_name, lat, lon, geonameid, geo_precision,
	event_type, sub_event_type, summary, fatalities_low, fatalities_best, fatalities_high, fatalities_qualifier,
	CAST(actors AS VARCHAR), CAST(casualties AS VARCHAR), CAST(provenance AS VARCHAR), CAST(extra AS VARCHAR)`

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// jsonBytes accepts what drivers return for a JSON column: DuckDB gives
// decoded values or strings, pgx gives []byte or string.
func jsonBytes(v any) ([]byte, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case []byte:
		return x, nil
	case string:
		return []byte(x), nil
	default:
		return json.Marshal(x)
	}
}

func (s *scanned) event() (event.Event, error) {
	e := event.Event{ID: s.id, Source: s.source, SourceID: s.sourceID}
	if s.ds != nil && s.de != nil {
		e.Date = event.Date{Start: s.ds.UTC(), End: s.de.UTC(), Precision: event.Precision(s.prec), Value: str(s.dval)}
	}
	e.Place = event.Place{Name: str(s.name), Admin1: str(s.admin1), Admin2: str(s.admin2), Country: str(s.country),
		CountryNm: str(s.countryNm), Lat: s.lat, Lon: s.lon, Precision: event.GeoPrecision(str(s.geoPrec))}
	if s.geo != nil {
		e.Place.GeonameID = int(*s.geo)
	}
	e.Type, e.SubType, e.Summary = str(s.typ), str(s.sub), str(s.summary)
	if s.fb != nil {
		f := &event.Count{Best: int(*s.fb), Qualifier: event.Qualifier(str(s.fq))}
		if s.fl != nil {
			f.Low = int(*s.fl)
		}
		if s.fh != nil {
			h := int(*s.fh)
			f.High = &h
		}
		e.Fatalities = f
	}
	for _, p := range []struct {
		src any
		dst any
	}{{s.actors, &e.Actors}, {s.cas, &e.Casualties}, {s.prov, &e.Provenance}, {s.extra, &e.Extra}} {
		b, err := jsonBytes(p.src)
		if err != nil {
			return e, fmt.Errorf("event %s: %w", s.id, err)
		}
		if len(b) == 0 || string(b) == "null" {
			continue
		}
		if err := json.Unmarshal(b, p.dst); err != nil {
			return e, fmt.Errorf("event %s: %w", s.id, err)
		}
	}
	return e, nil
}
