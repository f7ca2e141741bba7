package match

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
)

// BenchmarkMatch matches 300,000 events of three sources over five years
// of one country, about 160 a day: ACLED's density for Nigeria or Sudan at
// their worst.
func BenchmarkMatch(b *testing.B) {
	const n = 300_000
	r := rand.New(rand.NewPCG(1, 2))
	sources := []string{"acled", "ucdp", "gdelt"}
	es := make([]event.Event, n)
	t0 := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range es {
		d := t0.AddDate(0, 0, i*5*365/n)
		lat, lon := 4+r.Float64()*10, 3+r.Float64()*11
		es[i] = event.Event{ID: "e" + string(rune('a'+i%26)) + time.Duration(i).String(), Source: sources[i%3],
			Date:  event.Day(d.Year(), d.Month(), d.Day()),
			Place: event.Place{Country: "NGA", Lat: &lat, Lon: &lon, Precision: event.GeoPoint}, Type: event.Battles,
			Fatalities: event.N(r.IntN(20))}
	}
	b.ReportAllocs()
	b.ResetTimer()
	pairs := 0
	for range b.N {
		m := New(Options{})
		for i := range es {
			m.Add(&es[i])
		}
		pairs = len(m.Pairs())
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(float64(pairs), "pairs")
}
