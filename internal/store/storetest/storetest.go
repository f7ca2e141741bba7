// Package storetest runs a test on a fresh store of each kind, so that the
// packages above the store (query, export, snapshot, server) pass one suite
// on the embedded DuckDB store and on PostgreSQL.
package storetest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sitrep-project/sitrep/internal/pgtest"
	"github.com/sitrep-project/sitrep/internal/store"
)

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
