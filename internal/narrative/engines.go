package narrative

import (
	"strings"
	"sync"
	"time"

	"github.com/sitrep-project/sitrep/internal/actor"
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/geoparse"
	"github.com/sitrep-project/sitrep/internal/timex"
)

// WithDCT returns a copy of x that reads news written at dct.
func (x *Extractor) WithDCT(dct time.Time) *Extractor {
	y := *x
	y.DCT = dct
	return &y
}

// Default returns an extractor on the built-in engines: the timex date
// tagger in narrative mode, the geoparser on the embedded gazetteer, and
// the built-in alias table. It is built once and safe for concurrent use.
func Default() *Extractor {
	defaultOnce.Do(func() { defaultExtractor = New(gazetteer.Default()) })
	return defaultExtractor
}

// New returns an extractor on the built-in date and actor engines that
// places names with g: an imported gazetteer that holds a country's
// villages the embedded one lacks. The embedded gazetteer is not loaded.
func New(g *gazetteer.Gazetteer) *Extractor {
	return &Extractor{Dates: timexDater{}, Places: &geoPlacer{g: g, p: geoparse.New(g)}, Actors: actor.Default()}
}

var (
	defaultOnce      sync.Once
	defaultExtractor *Extractor
)

type timexDater struct{}

func (timexDater) Dates(text string, dct time.Time) []DateMention {
	opt := timex.Options{Mode: timex.Narrative}
	if !dct.IsZero() {
		opt = timex.Options{Mode: timex.News, DCT: dct}
	}
	var out []DateMention
	for _, t := range timex.Parse(text, opt) {
		d, ok := t.Date()
		if ok && t.EndValue == "" {
			d = withMod(d, t.Mod)
		}
		dm := DateMention{Start: t.Start, End: t.End, Text: t.Text, Type: string(t.Type),
			Value: t.Value, EndValue: t.EndValue, Mod: t.Mod, Date: d, OK: ok}
		if len(t.Parts) == 2 && len(t.Value) == 10 && len(t.EndValue) == 10 && t.Value[:8] == t.EndValue[:8] {
			// "4–5 October 2017", "April 12-14": a few days of one
			// month date what happened over them, as dayRange reads
			// a span the tagger gives as its last day alone.
			a, okA := t.Parts[0].Date()
			b, okB := t.Parts[1].Date()
			if okA && okB && b.Start.After(a.Start) && b.Start.Sub(a.Start) <= 6*24*time.Hour {
				dm.Date = event.Range(a.Start, b.Start, event.PrecDays)
				dm.Value, dm.EndValue = dm.Date.String(), ""
			}
		}
		out = append(out, dm)
	}
	return out
}

// withMod gives "early 2019", "mid-September" and "late 2017" the part of
// the year (a third: months) or of the month (a third: about a week) they
// say, rather than the whole.
func withMod(d event.Date, mod string) event.Date {
	var part int
	switch mod {
	case "START":
		part = 0
	case "MID":
		part = 1
	case "END":
		part = 2
	default:
		return d
	}
	switch d.Precision {
	case event.PrecYear:
		y := d.Start.Year()
		from := time.Date(y, time.Month(1+4*part), 1, 0, 0, 0, 0, time.UTC)
		return event.Range(from, from.AddDate(0, 4, -1), event.PrecMonths)
	case event.PrecMonth:
		from := d.Start.AddDate(0, 0, 10*part)
		to := from.AddDate(0, 0, 9)
		if part == 2 {
			to = d.End
		}
		return event.Range(from, to, event.PrecWeek)
	}
	return d
}

type geoPlacer struct {
	g *gazetteer.Gazetteer
	p *geoparse.Parser
}

func (gp *geoPlacer) Places(text string) []PlaceMention {
	var out []PlaceMention
	for _, t := range gp.p.Parse(text) {
		p := t.EventPlace()
		// The gazetteer's name, not the spelling of the text ("Chad Lake
		// basin", "Tongo-Tongo"), so that one place has one name; the
		// text's spelling stays in the provenance marks.
		p.Name = t.Place.Name
		if t.Modifier != "" {
			p.Name = t.Modifier + " " + t.Place.Name
		}
		if c, ok := gp.g.Country(t.Place.Country); ok {
			p.CountryNm = c.Name
		}
		if t.Place.IsCountry() {
			p.Precision = event.GeoCountry
		}
		// A name the gazetteer lacks is resolved to a place that holds it,
		// with no geonames id of its own.
		unfound := t.Place.ID == 0 && t.Modifier == "" && !strings.EqualFold(t.Name, t.Place.Name)
		out = append(out, PlaceMention{Start: t.Start, End: t.End, Place: p, Population: t.Place.Population, Unfound: unfound})
	}
	return out
}

func (gp *geoPlacer) Country(name string) (event.Place, bool) {
	c, ok := gp.g.Country(name)
	if !ok {
		return event.Place{}, false
	}
	lat, lon := c.Lat, c.Lon
	p := event.Place{Name: c.Name, Country: c.Country3, CountryNm: c.Name, Lat: &lat, Lon: &lon, Precision: event.GeoCountry}
	if c.ID > 0 {
		p.GeonameID = c.ID
	}
	return p, true
}

func (gp *geoPlacer) Capital(country string) (event.Place, bool) {
	c, ok := gp.g.Capital(country)
	if !ok {
		return event.Place{}, false
	}
	lat, lon := c.Lat, c.Lon
	p := event.Place{Name: c.Name, Admin1: c.Admin1Name, Admin2: c.Admin2Name, Country: c.Country3, Lat: &lat, Lon: &lon, Precision: event.GeoPoint, GeonameID: c.ID}
	if n, ok := gp.g.Country(country); ok {
		p.CountryNm = n.Name
	}
	return p, true
}

// ISO3 makes the placer a conflict.Countries.
func (gp *geoPlacer) ISO3(name string) (string, bool) {
	c, ok := gp.g.Country(name)
	return c.Country3, ok && c.Country3 != ""
}
