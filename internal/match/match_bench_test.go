package match

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"

	"github.com/sitrep-project/sitrep/internal/event"
)

// benchEvents are 300,000 events of three sources over five years of one
// country, about 160 a day: ACLED's density for Nigeria or Sudan at their
// worst, with GDELT and UCDP beside it.
func benchEvents() []event.Event {
	const n = 300_000
	r := rand.New(rand.NewPCG(1, 2))
	sources := []string{"acled", "ucdp", "gdelt"}
	es := make([]event.Event, n)
	t0 := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range es {
		d := t0.AddDate(0, 0, i*5*365/n)
		lat, lon := 4+r.Float64()*10, 3+r.Float64()*11
		es[i] = event.Event{ID: fmt.Sprintf("e%d", i), Source: sources[i%3],
			Date:  event.Day(d.Year(), d.Month(), d.Day()),
			Place: event.Place{Country: "NGA", Lat: &lat, Lon: &lon, Precision: event.GeoPoint}, Type: event.Battles,
			Fatalities: event.N(r.IntN(20))}
	}
	return es
}

// BenchmarkMatch runs the matcher and, as the peer, DuckDB's band join of
// the same events on the same conditions (another source, dates a day
// apart at most, within 25 km), which finds the candidate pairs only: no
// scores, no one-to-one choice.
func BenchmarkMatch(b *testing.B) {
	es := benchEvents()
	b.Run("sitrep", func(b *testing.B) {
		b.ReportAllocs()
		pairs := 0
		for range b.N {
			m := New(Options{})
			for i := range es {
				m.Add(&es[i])
			}
			pairs = len(m.Pairs())
		}
		b.ReportMetric(float64(len(es))*float64(b.N)/b.Elapsed().Seconds(), "events/s")
		b.ReportMetric(float64(pairs), "pairs")
	})
	b.Run("duckdb-band-join", func(b *testing.B) {
		dir := b.TempDir()
		csvPath := filepath.Join(dir, "ev.csv")
		f, err := os.Create(csvPath)
		if err != nil {
			b.Fatal(err)
		}
		fmt.Fprintln(f, "id,src,d,lat,lon,fat")
		for _, e := range es {
			fmt.Fprintf(f, "%s,%s,%s,%f,%f,%d\n", e.ID, e.Source, e.Date.Start.Format(event.Layout), *e.Place.Lat, *e.Place.Lon, e.Fatalities.Best)
		}
		f.Close()
		db, err := sql.Open("duckdb", "")
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(`CREATE TABLE ev AS SELECT * FROM read_csv('` + csvPath + `', header = true)`); err != nil {
			b.Fatal(err)
		}
		// Each event once per day it may match (a hash join on the day),
		// then the distance.
		const q = `SELECT count(*) FROM
			(SELECT *, unnest([d - INTERVAL 1 DAY, d, d + INTERVAL 1 DAY])::DATE AS dk FROM ev) a
			JOIN ev b ON b.d = a.dk AND a.src < b.src
			WHERE abs(a.lat - b.lat) * 111 <= 25
			AND 2 * 6371 * asin(sqrt(pow(sin(radians(b.lat - a.lat) / 2), 2) +
				cos(radians(a.lat)) * cos(radians(b.lat)) * pow(sin(radians(b.lon - a.lon) / 2), 2))) <= 25`
		b.ResetTimer()
		var pairs int
		for range b.N {
			if err := db.QueryRow(q).Scan(&pairs); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(es))*float64(b.N)/b.Elapsed().Seconds(), "events/s")
		b.ReportMetric(float64(pairs), "pairs")
	})
}
