package export

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/query"
	"github.com/sitrep-project/sitrep/internal/store"
	"github.com/sitrep-project/sitrep/internal/store/storetest"
)

func ptr[T any](v T) *T { return &v }

// ucdpLike are two events shaped as the UCDP reader makes them: the GED
// id in source_id, the range and precision in Date, low/best/high in
// Fatalities, and the columns the model lacks in Extra.
func ucdpLike() []event.Event {
	d1 := event.Range(mustDay("2017-10-01"), mustDay("2017-10-06"), event.PrecDays)
	d2 := event.Day(2017, 10, 4)
	return []event.Event{
		{ID: "ucdp:244657", Source: "ucdp", SourceID: "244657", Date: d1,
			Place:  event.Place{Name: "Tongo Tongo", Country: "NER", Lat: ptr(14.9), Lon: ptr(0.9), Precision: event.GeoPoint},
			Actors: []event.Actor{{Name: "Government of Niger", Side: event.Side1}, {Name: "IS", Side: event.Side2}},
			Type:   event.Battles, SubType: "Armed clash", Summary: "an ambush, with \"quotes\", commas\nand a newline",
			Fatalities: &event.Count{Low: 5, Best: 7, High: ptr(10)},
			Extra:      event.Extra{{Key: "relid", Value: "NER-2017-1-524-3"}, {Key: "conflict_new_id", Value: "13653"}, {Key: "id", Value: "244657"}}},
		{ID: "ucdp:244658", Source: "ucdp", SourceID: "244658", Date: d2,
			Place:      event.Place{Country: "NER", Precision: event.GeoCountry},
			Fatalities: event.N(2),
			Extra:      event.Extra{{Key: "relid", Value: "NER-2017-1-524-4"}, {Key: "gap_event", Value: "1"}}},
	}
}

func mustDay(s string) time.Time { t, _ := query.ParseDay(s); return t }

func backends(t *testing.T, fn func(t *testing.T, st *store.Store)) {
	ingest := func(t *testing.T, st *store.Store) {
		evs := ucdpLike()
		if _, err := st.Ingest(context.Background(), store.Meta{Source: "ucdp", Dataset: "ged", FileHash: "h"}, func() (*event.Event, error) {
			if len(evs) == 0 {
				return nil, io.EOF
			}
			e := &evs[0]
			evs = evs[1:]
			return e, nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ingest(t, st)
		fn(t, st)
	})
}

func TestCSVRecoversSourceColumns(t *testing.T) {
	backends(t, func(t *testing.T, st *store.Store) {
		var buf bytes.Buffer
		n, err := Write(context.Background(), st, query.Filter{}, CSV, &buf)
		if err != nil || n != 2 {
			t.Fatalf("n=%d err=%v", n, err)
		}
		recs, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 3 {
			t.Fatalf("%d records, want header + 2", len(recs))
		}
		col := map[string]int{}
		for i, h := range recs[0] {
			col[h] = i
		}
		// UCDP's own id, date_start, date_end, date_prec, best, low, high.
		for _, c := range []struct{ column, want string }{
			{"source_id", "244657"}, {"date_start", "2017-10-01"}, {"date_end", "2017-10-06"}, {"date_precision", "days"},
			{"fatalities_low", "5"}, {"fatalities_best", "7"}, {"fatalities_high", "10"},
			{"relid", "NER-2017-1-524-3"}, {"conflict_new_id", "13653"}, {"gap_event", ""},
			{"extra.id", "244657"}, {"lat", "14.9"}, {"lon", "0.9"},
			{"side1_actors", "Government of Niger"}, {"side2_actors", "IS"},
			{"summary", "an ambush, with \"quotes\", commas\nand a newline"},
		} {
			i, ok := col[c.column]
			if !ok {
				t.Errorf("no column %s in %q", c.column, recs[0])
				continue
			}
			if got := recs[1][i]; got != c.want {
				t.Errorf("%s = %q, want %q", c.column, got, c.want)
			}
		}
		if got := recs[2][col["gap_event"]]; got != "1" {
			t.Errorf("second row gap_event %q", got)
		}
		if got := recs[2][col["fatalities_high"]]; got != "2" {
			t.Errorf("second row high %q", got)
		}
	})
}

func TestJSONAndGeoJSON(t *testing.T) {
	backends(t, func(t *testing.T, st *store.Store) {
		var buf bytes.Buffer
		if _, err := Write(context.Background(), st, query.Filter{}, JSON, &buf); err != nil {
			t.Fatal(err)
		}
		var doc struct{ Events []event.Event }
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		want := ucdpLike()
		if len(doc.Events) != 2 || !reflect.DeepEqual(doc.Events[0].Extra, want[0].Extra) || doc.Events[0].Fatalities.Best != 7 {
			t.Errorf("json round trip: %+v", doc.Events)
		}

		buf.Reset()
		if _, err := Write(context.Background(), st, query.Filter{}, GeoJSON, &buf); err != nil {
			t.Fatal(err)
		}
		var fc struct {
			Type     string
			Features []struct {
				Type     string
				ID       string
				Geometry *struct {
					Type        string
					Coordinates []float64
				}
				Properties map[string]any
			}
		}
		if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
			t.Fatal(err)
		}
		if fc.Type != "FeatureCollection" || len(fc.Features) != 2 {
			t.Fatalf("geojson %+v", fc)
		}
		f := fc.Features[0]
		if f.Geometry == nil || f.Geometry.Type != "Point" || !reflect.DeepEqual(f.Geometry.Coordinates, []float64{0.9, 14.9}) {
			t.Errorf("geometry %+v", f.Geometry)
		}
		if f.Properties["fatalities_best"] != 7.0 || f.Properties["source_id"] != "244657" {
			t.Errorf("properties %+v", f.Properties)
		}
		if fc.Features[1].Geometry != nil {
			t.Errorf("unplaced event has geometry %+v", fc.Features[1].Geometry)
		}
	})
}

func TestEmptyAndTrailer(t *testing.T) {
	for _, f := range []Format{JSON, GeoJSON} {
		var buf bytes.Buffer
		w, _ := NewWriter(&buf, f, nil)
		if err := w.Finish(Field{"next_cursor", "abc"}); err != nil {
			t.Fatal(err)
		}
		var v map[string]any
		if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v: %s", f, err, buf.String())
		}
		if v["next_cursor"] != "abc" {
			t.Errorf("%s: %s", f, buf.String())
		}
	}
	var buf bytes.Buffer
	w, _ := NewWriter(&buf, CSV, []string{"a"})
	if err := w.Write(&event.Event{ID: "x", Extra: event.Extra{{Key: "b", Value: "1"}}}); err == nil {
		t.Error("unannounced extra column accepted")
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("xml accepted")
	}
}

func TestParquet(t *testing.T) {
	backends(t, func(t *testing.T, st *store.Store) {
		path := filepath.Join(t.TempDir(), "out 'quoted'.parquet")
		n, err := WriteParquet(context.Background(), st, query.Filter{}, path)
		if err != nil || n != 2 {
			t.Fatalf("n=%d err=%v", n, err)
		}
		c, _ := duckdb.NewConnector("", nil)
		db := sql.OpenDB(c)
		defer db.Close()
		var id string
		var best, high int64
		var extra string
		err = db.QueryRow(`SELECT source_id, fatalities_best, fatalities_high, CAST(extra AS VARCHAR) FROM read_parquet($1) ORDER BY id LIMIT 1`, path).Scan(&id, &best, &high, &extra)
		if err != nil {
			t.Fatal(err)
		}
		if id != "244657" || best != 7 || high != 10 || !strings.Contains(extra, `"relid":"NER-2017-1-524-3"`) {
			t.Errorf("parquet row %s %d %d %s", id, best, high, extra)
		}
	})
}
