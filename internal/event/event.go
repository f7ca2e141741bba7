// Package event defines the one event model that every source maps into:
// narrative articles, ACLED, UCDP GED and GDELT alike. A field that a source
// has and the model does not is kept in Event.Extra, never dropped.
package event

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Event is one dated incident or development.
type Event struct {
	// ID is unique within the store: "<source>:<source id>" for datasets,
	// "<document id>#<n>" for narrative events.
	ID       string `json:"id"`
	Source   string `json:"source"`    // "article", "acled", "ucdp", "gdelt"
	SourceID string `json:"source_id"` // the source's own id (event_id_cnty, GED id, GLOBALEVENTID)

	Date       Date       `json:"date"`
	Place      Place      `json:"place"`
	Actors     []Actor    `json:"actors,omitempty"`
	Casualties []Casualty `json:"casualties,omitempty"`
	Type       string     `json:"event_type,omitempty"`     // ACLED event type
	SubType    string     `json:"sub_event_type,omitempty"` // ACLED sub-event type
	Summary    string     `json:"summary,omitempty"`
	Fatalities *Count     `json:"fatalities,omitempty"` // total deaths when the source gives one
	Provenance Provenance `json:"provenance"`
	Extra      Extra      `json:"extra,omitempty"`
}

// Extra keeps source columns the model has no field for, in column order.
type Extra []KV

// KV is one source column kept verbatim.
type KV struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// Get returns the value of key, or "".
func (x Extra) Get(key string) string {
	v, _ := x.Lookup(key)
	return v
}

// Lookup returns the value of key and whether the source had it.
func (x Extra) Lookup(key string) (string, bool) {
	for _, kv := range x {
		if kv.Key == key {
			return kv.Value, true
		}
	}
	return "", false
}

// MarshalJSON writes Extra as an object while keeping column order.
func (x Extra) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, kv := range x {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(kv.Key)
		v, _ := json.Marshal(kv.Value)
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// UnmarshalJSON reads an object written by MarshalJSON, keeping key order.
func (x *Extra) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(strings.NewReader(string(data)))
	t, err := dec.Token()
	if err != nil {
		return err
	}
	if t == nil {
		*x = nil
		return nil
	}
	if d, ok := t.(json.Delim); !ok || d != '{' {
		return fmt.Errorf("extra: want object")
	}
	var out Extra
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return err
		}
		var v string
		if err := dec.Decode(&v); err != nil {
			return err
		}
		out = append(out, KV{Key: kt.(string), Value: v})
	}
	*x = out
	return nil
}

// Place is where an event happened.
type Place struct {
	Name      string       `json:"name,omitempty"`
	Admin1    string       `json:"admin1,omitempty"`
	Admin2    string       `json:"admin2,omitempty"`
	Country   string       `json:"country,omitempty"`      // ISO 3166-1 alpha-3
	CountryNm string       `json:"country_name,omitempty"` // as the source wrote it
	Lat       *float64     `json:"lat,omitempty"`
	Lon       *float64     `json:"lon,omitempty"`
	GeonameID int          `json:"geonameid,omitempty"`
	Precision GeoPrecision `json:"precision,omitempty"`
}

// GeoPrecision says how exactly a place is known, finest first.
type GeoPrecision string

const (
	GeoUnknown GeoPrecision = ""
	GeoPoint   GeoPrecision = "point"   // the town or village itself
	GeoNear    GeoPrecision = "near"    // near a named place (ACLED 2, UCDP 2)
	GeoAdmin2  GeoPrecision = "admin2"  // district
	GeoAdmin1  GeoPrecision = "admin1"  // province, state, region
	GeoRegion  GeoPrecision = "region"  // a named area: "the Lake Chad basin", "northern Niger"
	GeoCountry GeoPrecision = "country" // only the country is known
	GeoWorld   GeoPrecision = "world"   // international waters, several countries
)

// Rank orders precisions, 1 the finest; 0 for unknown.
func (p GeoPrecision) Rank() int {
	switch p {
	case GeoPoint:
		return 1
	case GeoNear:
		return 2
	case GeoAdmin2:
		return 3
	case GeoAdmin1:
		return 4
	case GeoRegion:
		return 5
	case GeoCountry:
		return 6
	case GeoWorld:
		return 7
	}
	return 0
}

// Side of a conflict. Datasets call them actor 1 and 2, or side A and B;
// articles Combatant1 and Combatant2.
type Side int

const (
	SideUnknown Side = 0
	Side1       Side = 1
	Side2       Side = 2
	SideThird   Side = 3 // civilians, bystanders, third parties
)

// Actor is a party to an event.
type Actor struct {
	Name      string `json:"name"`                // as written
	Canonical string `json:"canonical,omitempty"` // through the alias table
	Side      Side   `json:"side,omitempty"`
	Role      string `json:"role,omitempty"`  // "actor1", "assoc_actor_1", "side_a", "target"...
	Inter     string `json:"inter,omitempty"` // ACLED inter code or its label
}

// Casualty is what one party lost in an event.
type Casualty struct {
	Who        string `json:"who"` // canonical party name, or a description ("militants")
	Side       Side   `json:"side,omitempty"`
	Killed     *Count `json:"killed,omitempty"`
	Wounded    *Count `json:"wounded,omitempty"`
	Captured   *Count `json:"captured,omitempty"`
	NonHostile bool   `json:"non_hostile,omitempty"` // accidents, illness, friendly fire
	Note       string `json:"note,omitempty"`
	// Span of the number in the source text, relative to the document.
	Span *Span `json:"span,omitempty"`
}

// Qualifier says how a count is to be read.
type Qualifier string

const (
	Exact   Qualifier = ""        // "four"
	Min     Qualifier = "min"     // "at least 21", "over 50"
	Max     Qualifier = "max"     // "up to 10", "fewer than 5"
	Approx  Qualifier = "approx"  // "about 100", "~300", "some 40"
	Vague   Qualifier = "vague"   // "dozens", "several": a low-best-high range with no exact figure
	Unknown Qualifier = "unknown" // "Unknown killed": the count is not known
)

// Count is a number of people as low-best-high. Exact counts have all
// three equal; "at least 21" is Low=Best=21 and no High.
type Count struct {
	Low       int       `json:"low"`
	Best      int       `json:"best"`
	High      *int      `json:"high,omitempty"`
	Qualifier Qualifier `json:"qualifier,omitempty"`
}

// N returns an exact count.
func N(n int) *Count { h := n; return &Count{Low: n, Best: n, High: &h} }

// String renders a count as a person would write it.
func (c *Count) String() string {
	if c == nil {
		return ""
	}
	switch c.Qualifier {
	case Min:
		return fmt.Sprintf("at least %d", c.Best)
	case Max:
		return fmt.Sprintf("up to %d", c.Best)
	case Approx:
		return fmt.Sprintf("about %d", c.Best)
	case Unknown:
		return "unknown"
	case Vague:
		if c.High != nil {
			return fmt.Sprintf("%d–%d", c.Low, *c.High)
		}
		return fmt.Sprintf("%d+", c.Low)
	}
	if c.High != nil && (c.Low != c.Best || *c.High != c.Best) {
		return fmt.Sprintf("%d (%d–%d)", c.Best, c.Low, *c.High)
	}
	return fmt.Sprint(c.Best)
}

// Add sums two counts, keeping the weakest qualifier.
func (c *Count) Add(o *Count) *Count {
	if c == nil {
		return o
	}
	if o == nil {
		return c
	}
	r := &Count{Low: c.Low + o.Low, Best: c.Best + o.Best}
	if c.High != nil && o.High != nil {
		h := *c.High + *o.High
		r.High = &h
	}
	switch {
	case c.Qualifier == Unknown || o.Qualifier == Unknown:
		r.Qualifier = Unknown
	case c.Qualifier == Vague || o.Qualifier == Vague:
		r.Qualifier = Vague
	case c.Qualifier == Approx || o.Qualifier == Approx:
		r.Qualifier = Approx
	case c.Qualifier == Min || o.Qualifier == Min:
		r.Qualifier = Min
	case c.Qualifier == Max || o.Qualifier == Max:
		r.Qualifier = Max
	}
	return r
}

// Span is a half-open range of character offsets (Unicode code points)
// into a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// CodePoints returns a function giving the number of code points of text
// before a byte offset: a Span's unit, and Python's string positions.
// Offsets asked in ascending order cost one walk of the text in all.
func CodePoints(text string) func(int) int {
	pos, cp := 0, 0
	return func(b int) int {
		if b < pos {
			pos, cp = 0, 0
		}
		cp += utf8.RuneCountInString(text[pos:b])
		pos = b
		return cp
	}
}

// Provenance says where an event came from.
type Provenance struct {
	Source  string `json:"source"`            // "article", "acled", ...
	DocID   string `json:"doc_id,omitempty"`  // document id or file name
	Version string `json:"version,omitempty"` // source version (release, export date)
	Line    int    `json:"line,omitempty"`    // line of a dataset file
	Span    *Span  `json:"span,omitempty"`    // sentence span in the document
	Text    string `json:"text,omitempty"`    // the sentence itself
	Spans   []Mark `json:"marks,omitempty"`   // extracted spans inside the document
}

// Mark is an extracted span: a date, place, actor or number.
type Mark struct {
	Kind  string `json:"kind"` // "date", "place", "actor", "number"
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value string `json:"value,omitempty"`
}
