package query

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/acled"
	"github.com/sitrep-project/sitrep/internal/datagen"
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/pgtest"
	"github.com/sitrep-project/sitrep/internal/store"
)

// The benchmark store holds SITREP_BENCH_ROWS (default 2.5M) synthetic
// ACLED events from internal/datagen (ACLED's mix of types, countries and
// heavy-tailed fatalities; seed 1), read through the ACLED reader like a
// real export. The DuckDB file and the SQLite peer are built once and kept
// in SITREP_BENCH_DIR (default $TMPDIR/sitrep-bench) for later runs and for
// the wrk load test; the PostgreSQL copy is rebuilt in a throwaway cluster
// each run.

func benchRows() int {
	if n, err := strconv.Atoi(os.Getenv("SITREP_BENCH_ROWS")); err == nil && n > 0 {
		return n
	}
	return 2_500_000
}

func benchDir(b *testing.B) string {
	d := os.Getenv("SITREP_BENCH_DIR")
	if d == "" {
		d = filepath.Join(os.TempDir(), "sitrep-bench")
	}
	if err := os.MkdirAll(d, 0o755); err != nil {
		b.Fatal(err)
	}
	return d
}

// ingestSynthetic streams generated ACLED rows through the reader into st.
func ingestSynthetic(b *testing.B, st *store.Store, rows int) {
	pr, pw := io.Pipe()
	go func() {
		bw := bufio.NewWriterSize(pw, 1<<20)
		err := datagen.Write(bw, datagen.Options{Source: "acled", Rows: rows, Seed: 1})
		if err == nil {
			err = bw.Flush()
		}
		pw.CloseWithError(err)
	}()
	r, err := acled.NewReader(bufio.NewReaderSize(pr, 1<<20), "bench.csv")
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	res, err := st.Ingest(context.Background(), store.Meta{Source: "acled", Dataset: "bench", FileHash: fmt.Sprintf("datagen-acled-%d-seed1", rows)}, func() (*event.Event, error) {
		e, err := r.Next()
		if err != nil {
			return nil, err
		}
		return &e, nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("ingested %d events into %s in %s", res.Version.Rows, st.Kind(), time.Since(start).Round(time.Second))
}

// BenchStore opens (building if needed) the cached DuckDB bench store.
func benchStore(b *testing.B) (*store.Store, string) {
	rows := benchRows()
	path := filepath.Join(benchDir(b), fmt.Sprintf("acled-%d.duckdb", rows))
	_, statErr := os.Stat(path)
	tmp := path + ".building"
	open := path
	if statErr != nil {
		os.Remove(tmp)
		open = tmp
	}
	st, err := store.Open(context.Background(), open)
	if err != nil {
		b.Fatal(err)
	}
	if statErr != nil {
		ingestSynthetic(b, st, rows)
		st.Close()
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
		if st, err = store.Open(context.Background(), path); err != nil {
			b.Fatal(err)
		}
	}
	return st, path
}

// benchCountry is the country with the most events in the generator (Syria,
// weight 16 of ~100): the heaviest one-country aggregate.
const benchCountry = "SYR"

func percentiles(d []time.Duration) (p50, p95 float64) {
	slices.Sort(d)
	at := func(q float64) float64 {
		i := int(q*float64(len(d)-1) + 0.5)
		return float64(d[i].Microseconds()) / 1000
	}
	return at(0.50), at(0.95)
}

func runAggregate(b *testing.B, st *store.Store) {
	ctx := context.Background()
	f := Filter{Countries: []string{benchCountry}}
	spec := Spec{Interval: "month", By: "event_type"}
	// Warm the caches once, as a server would be.
	bs, err := Aggregate(ctx, st, f, spec)
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, x := range bs {
		n += x.Events
	}
	b.Logf("%s: %d buckets, %d events", st.Kind(), len(bs), n)
	var times []time.Duration
	b.ResetTimer()
	for b.Loop() {
		t := time.Now()
		if _, err := Aggregate(ctx, st, f, spec); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t))
	}
	p50, p95 := percentiles(times)
	b.ReportMetric(p50, "p50-ms")
	b.ReportMetric(p95, "p95-ms")
}

// BenchmarkMonthTypeOneCountry is the month × event type aggregate for one
// country on each backend, and the same query in the sqlite3 shell.
func BenchmarkMonthTypeOneCountry(b *testing.B) {
	b.Run("duckdb", func(b *testing.B) {
		st, _ := benchStore(b)
		defer st.Close()
		runAggregate(b, st)
	})
	b.Run("postgres", func(b *testing.B) {
		c := pgtest.Start(b)
		st, err := store.Open(context.Background(), c.DSN)
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		ingestSynthetic(b, st, benchRows())
		if _, err := st.DB().Exec(`ANALYZE events`); err != nil {
			b.Fatal(err)
		}
		runAggregate(b, st)
	})
	b.Run("sqlite3", func(b *testing.B) {
		if _, err := exec.LookPath("sqlite3"); err != nil {
			b.Skip("sqlite3 shell not installed")
		}
		st, path := benchStore(b)
		db := sqlitePeer(b, st, path)
		st.Close()
		benchSQLite(b, db)
	})
}

// sqlitePeer copies the bench store's current events (the columns the
// query reads) into an SQLite file with an index on (country, date_start),
// the index PostgreSQL gets from migration 2.
func sqlitePeer(b *testing.B, st *store.Store, duckPath string) string {
	db := strings.TrimSuffix(duckPath, ".duckdb") + ".sqlite"
	if _, err := os.Stat(db); err == nil {
		return db
	}
	csvPath := db + ".csv"
	if _, err := st.DB().Exec(`COPY (SELECT country, date_start, date_end, event_type, fatalities_low, fatalities_best, fatalities_high
		FROM events WHERE version_id IN (` + store.CurrentVersions + `)) TO '` + csvPath + `' (FORMAT csv, HEADER false)`); err != nil {
		b.Fatal(err)
	}
	defer os.Remove(csvPath)
	script := `CREATE TABLE events (country TEXT, date_start TEXT, date_end TEXT, event_type TEXT, fatalities_low INTEGER, fatalities_best INTEGER, fatalities_high INTEGER);
.import --csv ` + csvPath + ` events
UPDATE events SET fatalities_low = NULL WHERE fatalities_low = '';
UPDATE events SET fatalities_best = NULL WHERE fatalities_best = '';
UPDATE events SET fatalities_high = NULL WHERE fatalities_high = '';
CREATE INDEX events_country_date ON events (country, date_start);
ANALYZE;
`
	cmd := exec.Command("sqlite3", db+".building")
	cmd.Stdin = strings.NewReader(script)
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("sqlite3: %v\n%s", err, out)
	}
	if err := os.Rename(db+".building", db); err != nil {
		b.Fatal(err)
	}
	return db
}

// sqliteQuery is the month × type aggregate in SQLite's dialect, counting
// each event on the middle day of its range as DayExpr does.
const sqliteQuery = `SELECT strftime('%Y-%m-01', date(date_start, '+' || CAST((julianday(date_end) - julianday(date_start)) / 2 AS INTEGER) || ' days')) AS month,
 event_type, count(*), coalesce(sum(fatalities_low), 0), coalesce(sum(fatalities_best), 0), coalesce(sum(fatalities_high), 0), count(fatalities_best), count(fatalities_high)
 FROM events WHERE country = 'SYR' GROUP BY 1, 2 ORDER BY 1, 2;`

var runTime = regexp.MustCompile(`Run Time: real ([0-9.]+)`)

// benchSQLite runs the query b.N times in one sqlite3 shell and takes the
// shell's own timings, so process start is not counted.
func benchSQLite(b *testing.B, db string) {
	n := b.N
	if n < 2 {
		n = 2
	}
	var script strings.Builder
	script.WriteString(".output /dev/null\n" + sqliteQuery + "\n.timer on\n")
	for i := 0; i < n; i++ {
		script.WriteString(sqliteQuery + "\n")
	}
	b.ResetTimer()
	cmd := exec.Command("sqlite3", "-readonly", db)
	cmd.Stdin = strings.NewReader(script.String())
	out, err := cmd.CombinedOutput()
	if err != nil {
		b.Fatalf("sqlite3: %v\n%s", err, out)
	}
	b.StopTimer()
	var times []time.Duration
	for _, m := range runTime.FindAllStringSubmatch(string(out), -1) {
		s, _ := strconv.ParseFloat(m[1], 64)
		times = append(times, time.Duration(s*float64(time.Second)))
	}
	if len(times) != n {
		b.Fatalf("sqlite3 gave %d timings for %d queries:\n%s", len(times), n, out)
	}
	p50, p95 := percentiles(times)
	b.ReportMetric(p50, "p50-ms")
	b.ReportMetric(p95, "p95-ms")
}
