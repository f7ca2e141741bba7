package store

import (
	"context"
	"errors"

	"path/filepath"
	"slices"
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/loadsql"
	"github.com/sitrep-project/sitrep/internal/pgtest"
)

// backends runs fn against a fresh store of each kind, so that DuckDB and
// PostgreSQL pass the same suite.
func backends(t *testing.T, fn func(t *testing.T, s *Store)) {
	t.Run("duckdb", func(t *testing.T) {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.duckdb"))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		fn(t, s)
	})
	t.Run("postgres", func(t *testing.T) {
		c := pgtest.Start(t)
		s, err := Open(context.Background(), c.DSN)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		fn(t, s)
	})
}

func sample(n int) []event.Event {
	lat, lon := 14.9, 0.9
	out := make([]event.Event, n)
	for i := range out {
		d := event.Day(2017, 10, 4+i)
		out[i] = event.Event{
			ID: "t:" + string(rune('a'+i)), Source: "test", SourceID: string(rune('a' + i)),
			Date:       d,
			Place:      event.Place{Name: "Tongo Tongo", Country: "NER", Lat: &lat, Lon: &lon, Precision: event.GeoPoint},
			Actors:     []event.Actor{{Name: "ISGS", Canonical: "Islamic State in the Greater Sahara", Side: event.Side2}},
			Casualties: []event.Casualty{{Who: "Islamic State in the Greater Sahara", Killed: &event.Count{Low: 21, Best: 21, Qualifier: event.Min}}},
			Type:       event.Battles, SubType: "Armed clash", Summary: "ambush",
			Fatalities: event.N(29),
			Extra:      event.Extra{{Key: "z", Value: "1"}, {Key: "a", Value: "2"}},
		}
	}
	return out
}

func TestIngestRoundTrip(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		evs := sample(3)
		res, err := s.Ingest(ctx, Meta{Source: "test", Dataset: "d", FileHash: "h1"}, sliceSource(evs))
		if err != nil {
			t.Fatal(err)
		}
		if res.Unchanged || res.Version.Rows != 3 {
			t.Fatalf("result %+v", res)
		}
		got, err := s.CurrentEvents(ctx, "test")
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 3 {
			t.Fatalf("got %d events", len(got))
		}
		g := got[0]
		if g.Date.String() != "2017-10-04" || g.Date.Precision != event.PrecDay {
			t.Errorf("date %v", g.Date)
		}
		if g.Place.Lat == nil || *g.Place.Lat != 14.9 || g.Place.Country != "NER" {
			t.Errorf("place %+v", g.Place)
		}
		if len(g.Casualties) != 1 || g.Casualties[0].Killed.Qualifier != event.Min || g.Casualties[0].Killed.Best != 21 {
			t.Errorf("casualties %+v", g.Casualties)
		}
		if g.Fatalities == nil || g.Fatalities.Best != 29 || g.Fatalities.High == nil {
			t.Errorf("fatalities %+v", g.Fatalities)
		}
		if len(g.Extra) != 2 || g.Extra[0].Key != "z" {
			t.Errorf("extra order lost: %+v", g.Extra)
		}

		// The same file again changes nothing.
		res2, err := s.Ingest(ctx, Meta{Source: "test", Dataset: "d", FileHash: "h1"}, sliceSource(evs))
		if err != nil || !res2.Unchanged || res2.Version.ID != res.Version.ID {
			t.Fatalf("re-ingest: %+v %v", res2, err)
		}
		// A new version replaces the old one in what queries see.
		res3, err := s.Ingest(ctx, Meta{Source: "test", Dataset: "d", FileHash: "h2"}, sliceSource(evs[:1]))
		if err != nil {
			t.Fatal(err)
		}
		got, _ = s.CurrentEvents(ctx, "test")
		if len(got) != 1 {
			t.Fatalf("after new version: %d events", len(got))
		}
		vs, _ := s.Versions(ctx, "test")
		if len(vs) != 2 || vs[0].Current || !vs[1].Current || vs[1].ID != res3.Version.ID {
			t.Fatalf("versions %+v", vs)
		}
	})
}

func TestFailedIngestLeavesStoreUnchanged(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		if _, err := s.Ingest(ctx, Meta{Source: "test", Dataset: "d", FileHash: "h1"}, sliceSource(sample(2))); err != nil {
			t.Fatal(err)
		}
		boom := errors.New("bad row")
		evs := sample(3)
		i := 0
		_, err := s.Ingest(ctx, Meta{Source: "test", Dataset: "d", FileHash: "h2"}, func() (*event.Event, error) {
			if i == 2 {
				return nil, boom
			}
			i++
			return &evs[i-1], nil
		})
		if !errors.Is(err, boom) {
			t.Fatalf("err = %v", err)
		}
		// Duplicate ids in one version are refused as a whole.
		dup := sample(1)
		_, err = s.Ingest(ctx, Meta{Source: "test", Dataset: "d", FileHash: "h3"}, sliceSource(append(dup, dup[0])))
		if err == nil {
			t.Fatal("duplicate id accepted")
		}
		// Cancelled mid-way.
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := s.Ingest(cctx, Meta{Source: "test", Dataset: "d", FileHash: "h4"}, sliceSource(sample(3))); err == nil {
			t.Fatal("cancelled ingest succeeded")
		}
		vs, err := s.Versions(ctx, "")
		if err != nil || len(vs) != 1 {
			t.Fatalf("versions after failures: %+v %v", vs, err)
		}
		var n int
		s.DB().QueryRow(`SELECT count(*) FROM events`).Scan(&n)
		if n != 2 {
			t.Fatalf("%d event rows after failed ingests, want 2", n)
		}
	})
}

func TestDocuments(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		d := Document{ID: "doc1", Title: "T", Format: "article", SHA256: "x", Body: "text", Conflict: []byte(`{"name":"T"}`)}
		if _, err := s.PutDocument(ctx, d, sample(2)); err != nil {
			t.Fatal(err)
		}
		d.SHA256, d.Body = "y", "text 2"
		if _, err := s.PutDocument(ctx, d, sample(1)); err != nil {
			t.Fatal(err)
		}
		got, err := s.Document(ctx, "doc1")
		if err != nil || got.Body != "text 2" || string(got.Conflict) == "" {
			t.Fatalf("%+v %v", got, err)
		}
		evs, _ := s.CurrentEvents(ctx, "test")
		if len(evs) != 1 {
			t.Fatalf("re-ingested document left %d events, want 1", len(evs))
		}
		if _, err := s.Document(ctx, "nope"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("missing doc: %v", err)
		}
		ds, _ := s.Documents(ctx)
		if len(ds) != 1 {
			t.Fatalf("documents: %d", len(ds))
		}
	})
}

func TestLoadColumns(t *testing.T) {
	if !slices.Equal(loadsql.Columns, eventColumns[1:]) {
		t.Fatalf("loadsql.Columns and the events table differ:\n%v\n%v", loadsql.Columns, eventColumns[1:])
	}
}
