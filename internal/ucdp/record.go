package ucdp

import (
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/rows"
)

var datePrecCode = map[event.Precision]string{event.PrecDay: "1", event.PrecDays: "2", event.PrecWeek: "3", event.PrecMonth: "4", event.PrecMonths: "5"}

var wherePrecCode = map[event.GeoPrecision]string{event.GeoPoint: "1", event.GeoNear: "2", event.GeoAdmin2: "3",
	event.GeoAdmin1: "4", event.GeoRegion: "5", event.GeoCountry: "6", event.GeoWorld: "7"}

// Record writes an event read by Reader back as a GED CSV row under
// header, the inverse of Next. Dates come out as the GED CSV writes them.
func Record(e *event.Event, header []string) []string {
	out := make([]string, len(header))
	deaths := map[event.Side]string{}
	for _, c := range e.Casualties {
		if c.Killed != nil {
			deaths[c.Side] = strconv.Itoa(c.Killed.Best)
		}
	}
	actor := func(role string) string {
		for _, a := range e.Actors {
			if a.Role == role {
				return a.Name
			}
		}
		return ""
	}
	for i, h := range header {
		if v, ok := e.Extra.Lookup(h); ok {
			out[i] = v
			continue
		}
		f, known := names[strings.ToLower(strings.TrimSpace(h))] // as newLayout reads the header
		if !known {
			continue
		}
		switch f {
		case fID:
			out[i] = e.SourceID
		case fSideA:
			out[i] = actor("side_a")
		case fSideB:
			out[i] = actor("side_b")
		case fWherePrec:
			out[i] = wherePrecCode[e.Place.Precision]
		case fWhereCoord:
			out[i] = e.Place.Name
		case fAdm1:
			out[i] = e.Place.Admin1
		case fAdm2:
			out[i] = e.Place.Admin2
		case fLat:
			out[i] = rows.Float(e.Place.Lat)
		case fLon:
			out[i] = rows.Float(e.Place.Lon)
		case fCountry:
			out[i] = e.Place.CountryNm
		case fDatePrec:
			out[i] = datePrecCode[e.Date.Precision]
		case fDateStart:
			if !e.Date.IsZero() {
				out[i] = e.Date.Start.Format(event.Layout) + " 00:00:00.000"
			}
		case fDateEnd:
			if !e.Date.IsZero() {
				out[i] = e.Date.End.Format(event.Layout) + " 00:00:00.000"
			}
		case fDeathsA:
			out[i] = deaths[event.Side1]
		case fDeathsB:
			out[i] = deaths[event.Side2]
		case fDeathsCiv:
			out[i] = deaths[event.SideThird]
		case fDeathsUnk:
			out[i] = deaths[event.SideUnknown]
		case fBest, fLow, fHigh:
			if c := e.Fatalities; c != nil {
				switch {
				case f == fBest:
					out[i] = strconv.Itoa(c.Best)
				case f == fLow:
					out[i] = strconv.Itoa(c.Low)
				case c.High != nil:
					out[i] = strconv.Itoa(*c.High)
				}
			}
		}
	}
	return out
}
