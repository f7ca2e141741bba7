// Package storetest runs a test on a fresh store of each kind, so that the
// packages above the store (query, export, snapshot, server) pass one suite
// on the embedded DuckDB store and on PostgreSQL.
package storetest

import (
	"context"
	_ "embed"
	"encoding/json"
	"io"
	"path/filepath"
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/pgtest"
	"github.com/sitrep-project/sitrep/internal/store"
)

// fixture is eleven invented events in four ingests (testdata/README.md).
//
//go:embed testdata/fixture.json
var fixture []byte

// LoadFixture ingests the fixture into st and returns the version ids its
// ingests got, in order: two versions of an ACLED-like dataset, a
// UCDP-like dataset and an article's events.
func LoadFixture(t testing.TB, st *store.Store) []int64 {
	t.Helper()
	var fx struct {
		Ingests []struct {
			Source, Dataset, Hash string
			Events                []event.Event
		}
	}
	if err := json.Unmarshal(fixture, &fx); err != nil {
		t.Fatal(err)
	}
	var vs []int64
	for _, in := range fx.Ingests {
		evs := in.Events
		res, err := st.Ingest(context.Background(), store.Meta{Source: in.Source, Dataset: in.Dataset, FileHash: in.Hash}, func() (*event.Event, error) {
			if len(evs) == 0 {
				return nil, io.EOF
			}
			e := &evs[0]
			evs = evs[1:]
			return e, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		vs = append(vs, res.Version.ID)
	}
	return vs
}

// Each runs fn in a subtest "duckdb", on a new DuckDB file in a temporary
// folder, and in a subtest "postgres", on a throwaway cluster that
// pgtest.Start makes (and skips without, unless SITREP_REQUIRE_PG is set).
// Each store is closed when its subtest ends.
func Each(t *testing.T, fn func(t *testing.T, st *store.Store)) {
	t.Run("duckdb", func(t *testing.T) {
		fn(t, open(t, filepath.Join(t.TempDir(), "test.duckdb")))
	})
	t.Run("postgres", func(t *testing.T) {
		fn(t, open(t, pgtest.Start(t).DSN))
	})
}

// open opens the store at dsn for t; its Close is registered after the
// cluster's stop, so it runs first.
func open(t *testing.T, dsn string) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
