package gdelt

import (
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/rows"
)

// Record writes an event read by Reader back as a GDELT row in the layout
// cols (Columns or Columns1), the inverse of Next.
func Record(e *event.Event, cols []string) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		if v, ok := e.Extra.Lookup(c); ok {
			out[i] = v
			continue
		}
		switch c {
		case "GLOBALEVENTID":
			out[i] = e.SourceID
		case "SQLDATE":
			if !e.Date.IsZero() {
				out[i] = e.Date.Start.Format("20060102")
			}
		case "Actor1Name", "Actor2Name":
			role := map[string]string{"Actor1Name": "actor1", "Actor2Name": "actor2"}[c]
			for _, a := range e.Actors {
				if a.Role == role {
					out[i] = a.Name
				}
			}
		case "ActionGeo_FullName":
			out[i] = e.Place.Name
		case "ActionGeo_Lat":
			out[i] = rows.Float(e.Place.Lat)
		case "ActionGeo_Long":
			out[i] = rows.Float(e.Place.Lon)
		}
	}
	return out
}
