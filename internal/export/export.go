// Package export writes events as CSV, JSON, GeoJSON or Parquet. The text
// formats stream one event at a time, so an export of millions of events
// holds one in memory; Parquet goes through DuckDB's writer.
//
// CSV gives back what a dataset reader took in: the model's columns
// (source_id, date start, end and precision, fatalities low, best and high…)
// followed by every Event.Extra column, flattened under its own name, so a
// source's own columns can be recovered from an export.
package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/event"
)

// Format is an export format.
type Format string

const (
	CSV     Format = "csv"
	JSON    Format = "json"
	GeoJSON Format = "geojson"
	Parquet Format = "parquet"
)

// Formats lists the formats in the order help texts show them.
var Formats = []Format{CSV, JSON, GeoJSON, Parquet}

// ParseFormat reads a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == strings.ToLower(s) {
			return f, nil
		}
	}
	return "", fmt.Errorf("format %q: want csv, json, geojson or parquet", s)
}

// ContentType is the media type of a text format.
func (f Format) ContentType() string {
	switch f {
	case CSV:
		return "text/csv; charset=utf-8"
	case GeoJSON:
		return "application/geo+json"
	case Parquet:
		return "application/vnd.apache.parquet"
	}
	return "application/json"
}

// Writer writes events one at a time. Finish ends the document, adding
// fields after the events where the format has room for them (a JSON
// object's next_cursor); Close is Finish with none.
type Writer interface {
	Write(e *event.Event) error
	Finish(fields ...Field) error
}

// Field is a top-level member written after the events.
type Field struct {
	Key   string
	Value any
}

// NewWriter returns a streaming writer of a text format. extraKeys are
// the CSV columns after the model's (see ExtraKeys); other formats keep
// Extra inside each event.
func NewWriter(w io.Writer, f Format, extraKeys []string) (Writer, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	switch f {
	case CSV:
		return newCSV(bw, extraKeys)
	case JSON:
		return &jsonWriter{w: bw, open: `{"events":[`}, nil
	case GeoJSON:
		return &jsonWriter{w: bw, open: `{"type":"FeatureCollection","features":[`, geo: true}, nil
	}
	return nil, fmt.Errorf("format %q has no streaming writer", f)
}

// jsonWriter writes {"events":[…], …} or a GeoJSON FeatureCollection.
type jsonWriter struct {
	w     *bufio.Writer
	open  string
	geo   bool
	n     int
	begun bool
}

func (j *jsonWriter) begin() {
	if !j.begun {
		j.w.WriteString(j.open)
		j.begun = true
	}
}

func (j *jsonWriter) Write(e *event.Event) error {
	j.begin()
	if j.n > 0 {
		j.w.WriteByte(',')
	}
	j.n++
	var v any = e
	if j.geo {
		v = feature(e)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("event %s: %w", e.ID, err)
	}
	_, err = j.w.Write(b)
	return err
}

func (j *jsonWriter) Finish(fields ...Field) error {
	j.begin()
	j.w.WriteByte(']')
	for _, f := range fields {
		k, _ := json.Marshal(f.Key)
		v, err := json.Marshal(f.Value)
		if err != nil {
			return fmt.Errorf("field %s: %w", f.Key, err)
		}
		j.w.WriteByte(',')
		j.w.Write(k)
		j.w.WriteByte(':')
		j.w.Write(v)
	}
	j.w.WriteString("}\n")
	return j.w.Flush()
}

// geoFeature is one GeoJSON point with the event's fields as properties.
type geoFeature struct {
	Type       string         `json:"type"`
	ID         string         `json:"id"`
	Geometry   *geoPoint      `json:"geometry"`
	Properties map[string]any `json:"properties"`
}

type geoPoint struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

func feature(e *event.Event) geoFeature {
	f := geoFeature{Type: "Feature", ID: e.ID, Properties: map[string]any{}}
	if e.Place.Lat != nil && e.Place.Lon != nil {
		// GeoJSON order is longitude, latitude.
		f.Geometry = &geoPoint{"Point", [2]float64{*e.Place.Lon, *e.Place.Lat}}
	}
	cols, vals := modelColumns, modelValues(e)
	for i, c := range cols {
		if c == "lat" || c == "lon" || vals[i] == "" {
			continue
		}
		f.Properties[c] = vals[i]
	}
	if x := e.Fatalities; x != nil {
		f.Properties["fatalities_low"] = x.Low
		f.Properties["fatalities_best"] = x.Best
		if x.High != nil {
			f.Properties["fatalities_high"] = *x.High
		}
	}
	if len(e.Actors) > 0 {
		f.Properties["actors"] = e.Actors
	}
	if len(e.Extra) > 0 {
		f.Properties["extra"] = e.Extra
	}
	return f
}

// modelColumns are the CSV columns every export has, before Extra's.
var modelColumns = []string{
	"id", "source", "source_id",
	"date_start", "date_end", "date_precision", "date_value",
	"event_type", "sub_event_type",
	"country", "country_name", "admin1", "admin2", "place_name", "lat", "lon", "geo_precision", "geonameid",
	"side1_actors", "side2_actors", "other_actors",
	"fatalities_low", "fatalities_best", "fatalities_high", "fatalities_qualifier",
	"summary",
}

func ftoa(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// modelValues renders e in modelColumns order; "" is unknown.
func modelValues(e *event.Event) []string {
	var d [3]string
	if !e.Date.IsZero() {
		d = [3]string{e.Date.Start.Format(event.Layout), e.Date.End.Format(event.Layout), e.Date.Precision.String()}
	}
	var sides [3][]string
	for _, a := range e.Actors {
		i := 2
		if a.Side == event.Side1 || a.Side == event.Side2 {
			i = int(a.Side) - 1
		}
		sides[i] = append(sides[i], a.Name)
	}
	var fat [4]string
	if f := e.Fatalities; f != nil {
		fat[0], fat[1], fat[3] = strconv.Itoa(f.Low), strconv.Itoa(f.Best), string(f.Qualifier)
		if f.High != nil {
			fat[2] = strconv.Itoa(*f.High)
		}
	}
	geo := ""
	if e.Place.GeonameID != 0 {
		geo = strconv.Itoa(e.Place.GeonameID)
	}
	p := e.Place
	return []string{
		e.ID, e.Source, e.SourceID,
		d[0], d[1], d[2], e.Date.Value,
		e.Type, e.SubType,
		p.Country, p.CountryNm, p.Admin1, p.Admin2, p.Name, ftoa(p.Lat), ftoa(p.Lon), string(p.Precision), geo,
		strings.Join(sides[0], "; "), strings.Join(sides[1], "; "), strings.Join(sides[2], "; "),
		fat[0], fat[1], fat[2], fat[3],
		e.Summary,
	}
}

// csvWriter writes a header row, then one row per event.
type csvWriter struct {
	bw    *bufio.Writer
	w     *csv.Writer
	extra []string
	index map[string]int
	row   []string
}

func newCSV(bw *bufio.Writer, extraKeys []string) (*csvWriter, error) {
	c := &csvWriter{bw: bw, w: csv.NewWriter(bw), extra: extraKeys, index: map[string]int{}}
	header := append([]string(nil), modelColumns...)
	taken := map[string]bool{}
	for _, h := range header {
		taken[h] = true
	}
	for i, k := range extraKeys {
		c.index[k] = len(modelColumns) + i
		// A source column named like a model column keeps its value under
		// a prefixed name rather than shadowing the model's.
		if taken[k] {
			k = "extra." + k
		}
		taken[k] = true
		header = append(header, k)
	}
	c.row = make([]string, len(header))
	return c, c.w.Write(header)
}

// ErrExtraKey is returned when an event has an Extra column the header
// did not announce.
var ErrExtraKey = fmt.Errorf("extra column not in the header")

func (c *csvWriter) Write(e *event.Event) error {
	copy(c.row, modelValues(e))
	for i := len(modelColumns); i < len(c.row); i++ {
		c.row[i] = ""
	}
	for _, kv := range e.Extra {
		i, ok := c.index[kv.Key]
		if !ok {
			return fmt.Errorf("event %s: %w: %q", e.ID, ErrExtraKey, kv.Key)
		}
		c.row[i] = kv.Value
	}
	return c.w.Write(c.row)
}

func (c *csvWriter) Finish(...Field) error {
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return err
	}
	return c.bw.Flush()
}

// KeysOf returns the Extra keys of events in first-seen order, for a CSV
// of events already in memory.
func KeysOf(events []event.Event) []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range events {
		for _, kv := range e.Extra {
			if !seen[kv.Key] {
				seen[kv.Key] = true
				out = append(out, kv.Key)
			}
		}
	}
	return out
}
