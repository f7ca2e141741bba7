package dataset_test

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/datagen"
	"github.com/sitrep-project/sitrep/internal/dataset"
	"github.com/sitrep-project/sitrep/internal/loadsql"
)

// BenchmarkBulkLayout asks what the bulk load could reach with another
// store layout: the same generated file (ACLED, then GDELT) written by
// DuckDB into a fresh table, by the shipped mapping and by variants of it
// that store less, beside DuckDB's own read_csv (types sniffed, and every
// column as text), the ingest benchmark's peers. Each variant reports
// rows/s and the CPU seconds the process spent (cpu-s/op), which a busy
// machine disturbs less than wall time. Rows:
// SITREP_BENCH_LAYOUT_ROWS (default 500,000).
//
//	go test ./internal/dataset -run '^$' -bench BulkLayout -benchtime 3x
//
// The variants replace column expressions of the shipped query, so they
// are measurements, not mappings: none keeps every column as the reader
// does.
func BenchmarkBulkLayout(b *testing.B) {
	rows := 500000
	if s := os.Getenv("SITREP_BENCH_LAYOUT_ROWS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			b.Fatal(err)
		}
		rows = n
	}
	for _, source := range []string{"acled", "gdelt"} {
		b.Run(source, func(b *testing.B) { benchLayout(b, source, rows) })
	}
}

func benchLayout(b *testing.B, source string, rows int) {
	path := filepath.Join(b.TempDir(), source+".csv")
	out, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := datagen.Write(out, datagen.Options{Source: source, Rows: rows, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
	f, err := dataset.Open(context.Background(), path, source)
	if err != nil {
		b.Fatal(err)
	}
	shipped, ok, err := f.Query("R 1")
	f.Close()
	if !ok || err != nil {
		b.Fatalf("no query: %v", err)
	}
	exprs := columnExprs(b, shipped)

	// The columns extra holds: each as its own column of text, and their
	// values alone.
	var raw, values []string
	for _, m := range regexp.MustCompile(`'([A-Za-z_0-9]+)', (c[0-9]+)`).FindAllStringSubmatch(exprs["extra"], -1) {
		raw = append(raw, m[2]+" AS "+m[1])
		values = append(values, m[2])
	}
	if len(raw) == 0 {
		b.Fatal("no extra columns found in the shipped query")
	}
	derived := map[string]string{ // text another column gives back
		"source": "NULL::VARCHAR", "source_id": "NULL::VARCHAR", "date_value": "NULL::VARCHAR",
		"actor_text": "NULL::VARCHAR", "casualties": "NULL::VARCHAR", "provenance": "NULL::VARCHAR",
	}
	csvOpts := "header = true"
	if source == "gdelt" {
		csvOpts = "header = false, delim = '\t', quote = ''"
	}
	variants := []struct {
		name string
		sql  string
	}{
		{"read_csv", "SELECT * FROM read_csv(" + loadsql.Quote(path) + ", " + csvOpts + ")"},
		{"read_csv-text", "SELECT * FROM read_csv(" + loadsql.Quote(path) + ", " + csvOpts + ", all_varchar = true)"},
		{"mapping", shipped},
		{"no-extra", rewrite(shipped, exprs, map[string]string{"extra": "NULL::VARCHAR"})},
		// extra's values as a JSON array, the names kept once per
		// version (the optional members left out: rarely present).
		{"extra-values-only", rewrite(shipped, exprs, map[string]string{"extra": "json_array(" + strings.Join(values, ", ") + ")::VARCHAR"})},
		{"no-extra-no-derived", rewrite(shipped, exprs, merge(derived, map[string]string{"extra": "NULL::VARCHAR"}))},
	}
	if source == "acled" {
		// The leanest layout: no JSON text at all, actors as a list of
		// structs, the extra columns beside the event's as they came.
		variants = append(variants, struct {
			name string
			sql  string
		}{"typed-side-columns", rewrite(shipped, exprs, merge(derived, map[string]string{
			"extra":  "NULL::VARCHAR",
			"actors": "list_value({'name': c7, 'side': 1, 'inter': inter1}, {'name': c10, 'side': 2, 'inter': inter2})",
		}), raw...)})
	}
	for _, v := range variants {
		b.Run(v.name, func(b *testing.B) {
			var cpu time.Duration
			for i := 0; b.Loop(); i++ {
				b.StopTimer() // a fresh store each time, not timed
				s := openStore(b, filepath.Join(b.TempDir(), "s"+strconv.Itoa(i)+".duckdb"))
				// As the bulk load sets it (store.IngestQuery); the
				// store's memory limit holds for every variant.
				if _, err := s.DB().Exec("SET preserve_insertion_order = false"); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				c0 := cpuTime()
				if _, err := s.DB().Exec("CREATE TABLE t AS " + v.sql); err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - c0
			}
			b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

// columnExprs splits the final SELECT of a loadsql query into its
// expression per event column.
func columnExprs(b *testing.B, q string) map[string]string {
	rest := q[strings.LastIndex(q, "\nSELECT ")+len("\nSELECT "):]
	out := map[string]string{}
	for k, c := range loadsql.Columns {
		end := " AS " + c + ", "
		if k == len(loadsql.Columns)-1 {
			end = " AS " + c + " FROM prep"
		}
		e := strings.Index(rest, end)
		if e < 0 {
			b.Fatalf("column %s not found in the query", c)
		}
		out[c], rest = rest[:e], rest[e+len(end):]
	}
	return out
}

// rewrite is q with some column expressions replaced and more columns
// added after them.
func rewrite(q string, exprs, with map[string]string, more ...string) string {
	head := q[:strings.LastIndex(q, "\nSELECT ")+len("\nSELECT ")]
	var cols []string
	for _, c := range loadsql.Columns {
		e := exprs[c]
		if w, ok := with[c]; ok {
			e = w
		}
		cols = append(cols, e+" AS "+c)
	}
	return head + strings.Join(append(cols, more...), ", ") + " FROM prep"
}

func merge(a, b map[string]string) map[string]string {
	out := maps.Clone(a)
	maps.Copy(out, b)
	return out
}

// cpuTime is the user and system time of this process so far; DuckDB's
// threads are the process's.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
