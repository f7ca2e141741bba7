package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"testing"

	"github.com/sitrep-project/sitrep/internal/acled"
	"github.com/sitrep-project/sitrep/internal/datagen"
	"github.com/sitrep-project/sitrep/internal/event"
)

// benchEvents reads n generated ACLED events, as an ingest sees them.
func benchEvents(b *testing.B, n int) []event.Event {
	b.Helper()
	var buf bytes.Buffer
	if err := datagen.Write(&buf, datagen.Options{Source: "acled", Rows: n, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	r, err := acled.NewReader(&buf, "bench.csv")
	if err != nil {
		b.Fatal(err)
	}
	out := make([]event.Event, 0, n)
	for {
		e, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			b.Fatal(err)
		}
		e.Provenance.Version = "ACLED 2024-10-31"
		out = append(out, e)
	}
}

// BenchmarkRow is the cost of flattening one event into column values,
// JSON columns included.
func BenchmarkRow(b *testing.B) {
	evs := benchEvents(b, 10000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := row(1, &evs[i%len(evs)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIngestDuckDB is the store's side of an ingest: rows through the
// appender and the commit, the reader's cost left out.
func BenchmarkIngestDuckDB(b *testing.B) {
	const n = 50000
	evs := benchEvents(b, n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), "b.duckdb"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := s.Ingest(context.Background(), Meta{Source: "acled", Dataset: "d", FileHash: fmt.Sprint(i)}, sliceSource(evs)); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
}
