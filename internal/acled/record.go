package acled

import (
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/rows"
)

// Record writes an event read by Reader back as a row under header, the
// inverse of Next: each column comes from the model field it was read into
// or from Extra. Columns the event never had come out empty.
func Record(e *event.Event, header []string) []string {
	out := make([]string, len(header))
	var a1, a2 *event.Actor
	var assoc1, assoc2 []string
	for i := range e.Actors {
		switch act := &e.Actors[i]; act.Role {
		case "actor1":
			a1 = act
		case "actor2":
			a2 = act
		case "assoc_actor_1":
			assoc1 = append(assoc1, act.Name)
		case "assoc_actor_2":
			assoc2 = append(assoc2, act.Name)
		}
	}
	for i, h := range header {
		if v, ok := e.Extra.Lookup(h); ok {
			out[i] = v
			continue
		}
		f, known := names[strings.ToLower(h)]
		if !known {
			continue
		}
		switch f {
		case fID:
			out[i] = e.SourceID
		case fDate:
			out[i] = e.Date.Value
			if out[i] == "" && !e.Date.IsZero() {
				out[i] = e.Date.Start.Format(event.Layout)
			}
		case fTimePrec:
			out[i] = map[event.Precision]string{event.PrecDay: "1", event.PrecWeek: "2", event.PrecMonth: "3"}[e.Date.Precision]
		case fType:
			out[i] = e.Type
		case fSubType:
			out[i] = e.SubType
		case fActor1, fInter1:
			out[i] = actorField(a1, f == fInter1)
		case fActor2, fInter2:
			out[i] = actorField(a2, f == fInter2)
		case fAssoc1:
			out[i] = strings.Join(assoc1, "; ")
		case fAssoc2:
			out[i] = strings.Join(assoc2, "; ")
		case fCountry:
			out[i] = e.Place.CountryNm
		case fISO3:
			out[i] = e.Place.Country
		case fAdmin1:
			out[i] = e.Place.Admin1
		case fAdmin2:
			out[i] = e.Place.Admin2
		case fLocation:
			out[i] = e.Place.Name
		case fLat:
			out[i] = rows.Float(e.Place.Lat)
		case fLon:
			out[i] = rows.Float(e.Place.Lon)
		case fGeoPrec:
			out[i] = map[event.GeoPrecision]string{event.GeoPoint: "1", event.GeoNear: "2", event.GeoAdmin1: "3"}[e.Place.Precision]
		case fNotes:
			out[i] = e.Summary
		case fFatalities:
			if e.Fatalities != nil {
				out[i] = strconv.Itoa(e.Fatalities.Best)
			}
		}
	}
	return out
}

func actorField(a *event.Actor, inter bool) string {
	switch {
	case a == nil:
		return ""
	case inter:
		return a.Inter
	}
	return a.Name
}
