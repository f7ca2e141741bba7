package match

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
)

func ev(id, source string, d event.Date, place string, lat, lon float64, geo event.GeoPrecision, country, typ string, fat int) event.Event {
	e := event.Event{ID: id, Source: source, Date: d, Type: typ,
		Place: event.Place{Name: place, Country: country, Precision: geo}}
	if source == "article" {
		e.Provenance.DocID = strings.SplitN(id, "#", 2)[0]
	}
	if geo != event.GeoCountry {
		e.Place.Lat, e.Place.Lon = &lat, &lon
	}
	if fat >= 0 {
		e.Fatalities = event.N(fat)
	}
	return e
}

func day(m time.Month, d int) event.Date { return event.Day(2017, m, d) }

// The Tongo Tongo ambush of 4 October 2017 as an article, ACLED, UCDP and
// GDELT would give it, with neighbours that are other incidents.
var events = []event.Event{
	ev("niger#6", "article", day(10, 4), "Tongo Tongo", 15.05, 1.84, event.GeoNear, "NER", event.Battles, 8),
	ev("NER1234", "acled", day(10, 4), "Tongo Tongo", 15.09, 1.87, event.GeoPoint, "NER", event.Battles, 8),
	// UCDP dates the night by its end and places it at the district seat.
	ev("ged-9876", "ucdp", day(10, 5), "Ouallam", 14.32, 2.09, event.GeoAdmin2, "NER", event.Battles, 9),
	// GDELT: the capital, a day later, no toll.
	ev("gd-1", "gdelt", day(10, 5), "Niamey", 13.51, 2.11, event.GeoPoint, "NER", event.Battles, -1),
	// Another ACLED incident the same day, 300 km away.
	ev("NER1235", "acled", day(10, 4), "Ayorou", 14.73, 0.92, event.GeoPoint, "NER", event.ViolenceCivilians, 3),
	// Across the border the same day: another country.
	ev("MLI555", "acled", day(10, 4), "Menaka", 15.92, 2.40, event.GeoPoint, "MLI", event.Battles, 8),
	// A week later at the same place: another incident, which another
	// article tells two days before ACLED dates it.
	ev("NER1300", "acled", day(10, 11), "Tongo Tongo", 15.09, 1.87, event.GeoPoint, "NER", event.Battles, 2),
	ev("report#1", "article", day(10, 9), "Tongo Tongo", 15.05, 1.84, event.GeoNear, "NER", event.Battles, 2),
	// A year-precision event is never matched.
	ev("niger#2", "article", event.Year(2017), "Niger", 0, 0, event.GeoCountry, "NER", event.Battles, 8),
	// Another event of the same article on the same day: not a partner.
	ev("niger#7", "article", day(10, 4), "Tongo Tongo", 15.05, 1.84, event.GeoNear, "NER", event.Battles, 8),
}

func render(ps []Pair) string {
	var got []string
	for _, p := range ps {
		km := "-"
		if p.KM != nil {
			km = fmt.Sprintf("%.0fkm", *p.KM)
		}
		got = append(got, fmt.Sprintf("%s~%s %.2f %dd %s", p.A.ID, p.B.ID, p.Score, p.Days, km))
	}
	return strings.Join(got, "\n")
}

func TestEvents(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Options
		want []string
	}{
		{"defaults", Options{}, []string{
			// same day, 6 km, same toll and type
			"niger#6~NER1234 0.96 0d 6km",
			// UCDP and GDELT a day later, 90 km apart within the district's
			// 100 km: weak, but one incident as far as places tell
			"ged-9876~gd-1 0.58 0d 90km",
			// a day apart, 85 km within the district's 100 km, 8 against 9 dead
			"niger#6~ged-9876 0.50 1d 86km",
			"NER1234~ged-9876 0.49 1d 89km",
		}},
		{"same day only", Options{MaxDays: 1, MinScore: 0.55}, []string{
			"niger#6~NER1234 0.96 0d 6km",
			"ged-9876~gd-1 0.58 0d 90km",
		}},
		// Two days' gap reaches the later incident's two reports; ACLED's
		// own rows never pair, and each event pairs once per origin.
		{"a week", Options{MaxDays: 7, MinScore: 0.3}, []string{
			"niger#6~NER1234 0.96 0d 6km",
			"ged-9876~gd-1 0.58 0d 90km",
			"report#1~NER1300 0.57 2d 6km",
			"niger#6~ged-9876 0.50 1d 86km",
			"NER1234~ged-9876 0.49 1d 89km",
		}},
	} {
		if got := render(Events(events, tc.opt)); got != strings.Join(tc.want, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, strings.Join(tc.want, "\n"))
		}
	}
}

// TestOutOfOrder: an event older than the last one added is skipped and
// said so, since its partners may have left the window.
func TestOutOfOrder(t *testing.T) {
	m := New(Options{})
	m.Add(&events[1]) // 4 October
	m.Add(&events[2]) // 5 October
	if !m.InOrder() {
		t.Fatal("in order")
	}
	m.Add(&events[0]) // 4 October again
	if m.InOrder() {
		t.Error("out of order not reported")
	}
	if got := render(m.Pairs()); got != "NER1234~ged-9876 0.49 1d 89km" {
		t.Errorf("pairs %s", got)
	}
}
