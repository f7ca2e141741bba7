package snapshot

import (
	"context"
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/store"
	"github.com/sitrep-project/sitrep/internal/store/storetest"
)

func TestRelease(t *testing.T) {
	mod := time.Date(2024, 11, 2, 15, 4, 0, 0, time.UTC)
	for _, c := range []struct {
		source, path string
		modified     time.Time
		want         string
	}{
		{"ucdp", "/data/GEDEvent_v23_1_CAF.csv", mod, "GED 23.1"},
		{"ucdp", "GEDEvent_v24_0_3.csv", mod, "GED 24.0.3"},
		{"ucdp", "ged231-csv.zip", mod, "GED 23.1"},
		{"ucdp", "events.csv", mod, ""},
		{"acled", "2018-01-01-2024-10-31-Nigeria.csv", mod, "ACLED 2024-10-31"},
		{"acled", "ACLED_2023-02-30_bad_2022-12-31.csv", mod, "ACLED 2022-12-31"},
		{"acled", "africa.csv", mod, "ACLED 2024-11-02 (file date)"},
		{"acled", "africa.csv", time.Time{}, ""},
		{"gdelt", "20240101000000.export.CSV.zip", mod, "GDELT 20240101000000"},
		{"gdelt", "20130401.export.CSV.zip", mod, "GDELT 20130401"},
		{"gdelt", "events.tsv", mod, ""},
	} {
		if got := Release(c.source, c.path, c.modified); got != c.want {
			t.Errorf("Release(%s, %s) = %q, want %q", c.source, c.path, got, c.want)
		}
	}
}

func TestResolve(t *testing.T) {
	vs := []store.Version{
		{ID: 1, Source: "ucdp", Dataset: "ged", Release: "GED 22.1", FileHash: "aaaa1111"},
		{ID: 2, Source: "ucdp", Dataset: "ged", Release: "GED 23.1", FileHash: "bbbb2222", Current: true},
		{ID: 3, Source: "ucdp", Dataset: "other", Release: "GED 23.1", FileHash: "bbbb3333", Current: true},
	}
	for _, c := range []struct {
		ref     string
		want    int64
		wantErr string
	}{
		{"1", 1, ""},
		{" 2 ", 2, ""},
		{"9", 0, "no version 9"},
		{"GED 22.1", 1, ""},
		{"ged 22.1", 1, ""},
		{"GED 23.1", 0, "names 2 versions"},
		{"current", 0, "names 2 versions"},
		{"aaaa11", 1, ""},
		{"bbbb", 0, "no version"}, // too short to be taken for a hash
		{"bbbb22", 2, ""},
		{"nothing", 0, "no version"},
	} {
		v, err := Resolve(vs, c.ref)
		if c.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Errorf("Resolve(%q) = %d, %v; want error with %q", c.ref, v.ID, err, c.wantErr)
			}
			continue
		}
		if err != nil || v.ID != c.want {
			t.Errorf("Resolve(%q) = %d, %v; want %d", c.ref, v.ID, err, c.want)
		}
	}
}

func ev(id string, deaths int, place string) event.Event {
	lat, lon := 4.36, 18.58
	return event.Event{
		ID: "t:" + id, Source: "t", SourceID: id,
		Date:       event.Day(2020, 1, 2),
		Place:      event.Place{Name: place, Country: "CAF", Lat: &lat, Lon: &lon, Precision: event.GeoPoint},
		Actors:     []event.Actor{{Name: "FACA", Side: event.Side1, Role: "side_a"}},
		Type:       event.Battles,
		Fatalities: event.N(deaths),
		Provenance: event.Provenance{Source: "t", DocID: "f.csv", Line: len(id)},
		Extra:      event.Extra{{Key: "code_status", Value: "Clear"}},
	}
}

func ingest(t *testing.T, s *store.Store, hash string, evs []event.Event) int64 {
	t.Helper()
	i := 0
	res, err := s.Ingest(context.Background(), store.Meta{Source: "t", Dataset: "d", FileHash: hash}, func() (*event.Event, error) {
		if i == len(evs) {
			return nil, io.EOF
		}
		i++
		return &evs[i-1], nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return res.Version.ID
}

func TestDiff(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		// Ids chosen so that byte order and a locale's order differ
		// ("B" < "a" only in bytes).
		v1 := ingest(t, s, "h1", []event.Event{ev("B", 3, "Bangui"), ev("a", 1, "Bria"), ev("b", 2, "Sibut"), ev("c", 5, "Ndele")})
		edited := ev("b", 4, "Sibut")
		edited.Extra = append(edited.Extra, event.KV{Key: "event_clarity", Value: "2"})
		edited.Place.Name = "Sibut town"
		moved := ev("a", 1, "Bria")
		moved.Provenance.Line = 99 // moved in the file: not a change
		v2 := ingest(t, s, "h2", []event.Event{ev("B", 3, "Bangui"), moved, edited, ev("d", 0, "Obo")})

		var got []Change
		sum, err := Diff(context.Background(), s, v1, v2, func(c Change) error {
			got = append(got, c)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Added != 1 || sum.Changed != 1 || sum.Deleted != 1 || sum.Unchanged != 2 {
			t.Fatalf("summary %+v", sum)
		}
		if len(got) != 3 {
			t.Fatalf("changes %+v", got)
		}
		if got[0].Kind != Changed || got[0].ID != "t:b" {
			t.Fatalf("first change %+v", got[0])
		}
		want := []FieldChange{
			{"place_name", "Sibut", "Sibut town"},
			{"fatalities", "2 (low 2, high 2)", "4 (low 4, high 4)"},
			{"extra.event_clarity", "", "2"},
		}
		if !reflect.DeepEqual(got[0].Fields, want) {
			t.Errorf("fields\n got %+v\nwant %+v", got[0].Fields, want)
		}
		if got[1].Kind != Deleted || got[1].ID != "t:c" || got[1].Old.Place.Name != "Ndele" || got[1].New != nil {
			t.Errorf("second change %+v", got[1])
		}
		if got[2].Kind != Added || got[2].ID != "t:d" || got[2].New.Place.Name != "Obo" || got[2].Old != nil {
			t.Errorf("third change %+v", got[2])
		}

		// Backwards, added and deleted swap; a version against itself is
		// all unchanged.
		back, err := Diff(context.Background(), s, v2, v1, func(Change) error { return nil })
		if err != nil || back.Added != 1 || back.Deleted != 1 || back.Changed != 1 {
			t.Errorf("backwards %+v, %v", back, err)
		}
		same, err := Diff(context.Background(), s, v1, v1, func(Change) error { return nil })
		if err != nil || same.Unchanged != 4 || same.Added+same.Changed+same.Deleted != 0 {
			t.Errorf("self %+v, %v", same, err)
		}
	})
}

func TestDiffRefusesOtherSource(t *testing.T) {
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	v1 := ingest(t, s, "h1", []event.Event{ev("a", 1, "Bria")})
	other := ev("x", 1, "Bria")
	other.Source = "u"
	res, err := s.Ingest(context.Background(), store.Meta{Source: "u", Dataset: "d", FileHash: "h"}, func() (*event.Event, error) {
		if other.ID == "" {
			return nil, io.EOF
		}
		e := other
		other.ID = ""
		return &e, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Diff(context.Background(), s, v1, res.Version.ID, func(Change) error { return nil }); err == nil || !strings.Contains(err.Error(), "one source") {
		t.Errorf("diff across sources: %v", err)
	}
	if _, err := Diff(context.Background(), s, v1, 999, func(Change) error { return nil }); err == nil {
		t.Error("diff with a missing version: no error")
	}
}

func TestCompareEveryField(t *testing.T) {
	a := ev("a", 1, "Bria")
	a.Casualties = []event.Casualty{{Who: "civilians", Side: event.SideThird, Killed: event.N(1)}}
	a.Summary = "s"
	a.SubType = "Armed clash"
	// Changing any one field must show up under its own name.
	for name, edit := range map[string]func(e *event.Event){
		"date":           func(e *event.Event) { e.Date.End = e.Date.End.AddDate(0, 0, 1) },
		"date_precision": func(e *event.Event) { e.Date.Precision = event.PrecWeek },
		"event_type":     func(e *event.Event) { e.Type = "Riots" },
		"sub_event_type": func(e *event.Event) { e.SubType = "" },
		"admin1":         func(e *event.Event) { e.Place.Admin1 = "Bangui" },
		"lat":            func(e *event.Event) { x := 4.0; e.Place.Lat = &x },
		"geo_precision":  func(e *event.Event) { e.Place.Precision = event.GeoNear },
		"fatalities":     func(e *event.Event) { e.Fatalities.Low = 0 },
		"actor[1]":       func(e *event.Event) { e.Actors[0].Side = event.Side2 },
		"actor[2]":       func(e *event.Event) { e.Actors = append(e.Actors, event.Actor{Name: "UPC"}) },
		"casualties[1]":  func(e *event.Event) { e.Casualties[0].Killed = event.N(2) },
		"summary":        func(e *event.Event) { e.Summary = "t" },
		"extra.code_status": func(e *event.Event) {
			e.Extra = event.Extra{{Key: "code_status", Value: "Check"}}
		},
	} {
		b := a
		b.Actors = append([]event.Actor(nil), a.Actors...)
		b.Casualties = append([]event.Casualty(nil), a.Casualties...)
		f := *a.Fatalities
		b.Fatalities = &f
		edit(&b)
		got := Compare(&a, &b)
		if len(got) != 1 || got[0].Field != name {
			t.Errorf("%s: changes %+v", name, got)
		}
	}
	if got := Compare(&a, &a); len(got) != 0 {
		t.Errorf("self: %+v", got)
	}
}
