package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"
	"github.com/jackc/pgx/v5"

	"github.com/sitrep-project/sitrep/internal/datagen"
	"github.com/sitrep-project/sitrep/internal/pgtest"
)

// The ingest benchmarks load one generated file with sitrep ingest and
// with three peers that only copy text into a table: DuckDB's read_csv
// (through the Go driver), the sqlite3 shell's .import and PostgreSQL's
// COPY. Each runs as its own process so that its peak resident memory can
// be read from the kernel (PostgreSQL: the client's, the server's is not
// counted). Files are generated once into SITREP_BENCH_DIR (default
// $TMPDIR/sitrep-ingest-bench) and kept for the next run. Sizes default to
// 2,500,000 ACLED rows and 1,000,000 GDELT rows and can be set with
// SITREP_BENCH_ACLED_ROWS and SITREP_BENCH_GDELT_ROWS; SITREP_BENCH_PG_STORE=1
// adds sitrep ingest into a PostgreSQL store.
//
//	go test ./cmd/sitrep -run '^$' -bench Ingest -benchtime 1x -timeout 2h

func BenchmarkIngestACLED(b *testing.B) {
	benchIngest(b, "acled", envInt(b, "SITREP_BENCH_ACLED_ROWS", 2500000))
}

func BenchmarkIngestGDELT(b *testing.B) {
	benchIngest(b, "gdelt", envInt(b, "SITREP_BENCH_GDELT_ROWS", 1000000))
}

func envInt(b *testing.B, key string, def int) int {
	s := os.Getenv(key)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		b.Fatalf("%s: %v", key, err)
	}
	return n
}

// benchFile generates (once) a file of n rows of source.
func benchFile(b *testing.B, source string, n int) string {
	b.Helper()
	dir := os.Getenv("SITREP_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "sitrep-ingest-bench")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	ext := ".csv"
	if source == "gdelt" {
		ext = ".export.CSV"
	}
	path := filepath.Join(dir, fmt.Sprintf("%s-%d%s", source, n, ext))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".part"
	if err := writeGenerated(tmp, datagen.Options{Source: source, Rows: n, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}

func benchIngest(b *testing.B, source string, n int) {
	path := benchFile(b, source, n)
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	tsv := source == "gdelt"
	self, err := os.Executable()
	if err != nil {
		b.Fatal(err)
	}
	report := func(b *testing.B, took time.Duration, rss int64) {
		b.ReportMetric(float64(n)/took.Seconds(), "rows/s")
		b.ReportMetric(float64(fi.Size())/1e6/took.Seconds(), "MB/s")
		b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MiB")
		b.ReportMetric(0, "ns/op") // one op is one whole file: rows/s says it
	}
	// sitrep: the bulk load (--bulk on fails rather than fall back, so
	// that this measures what it says); sitrep-rows: the Go readers, as
	// for a PostgreSQL store or --skip-bad.
	for _, v := range []struct{ name, bulk string }{{"sitrep", "on"}, {"sitrep-rows", "off"}} {
		b.Run(v.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				db := filepath.Join(b.TempDir(), "s.duckdb")
				took, rss := runChild(b, exec.Command(self, "ingest", "--db", db, "--bulk", v.bulk, "--source", source, path), "SITREP_TEST_AS_MAIN=1")
				report(b, took, rss)
			}
		})
	}
	b.Run("sitrep-postgres", func(b *testing.B) {
		if os.Getenv("SITREP_BENCH_PG_STORE") == "" {
			b.Skip("set SITREP_BENCH_PG_STORE=1 to ingest into a PostgreSQL store too")
		}
		c := pgtest.Start(b)
		for i := 0; i < b.N; i++ {
			dsn, err := c.CreateDB(fmt.Sprintf("store%d", i))
			if err != nil {
				b.Fatal(err)
			}
			took, rss := runChild(b, exec.Command(self, "ingest", "--db", dsn, "--source", source, path), "SITREP_TEST_AS_MAIN=1")
			report(b, took, rss)
		}
	})
	// read_csv sniffs each column's type and keeps the value, not the
	// text ("016" is 16, "04 October 2017" a DATE); with all_varchar it
	// keeps every field as written, which is what an ingest that loses
	// nothing must do.
	for _, v := range []struct{ name, text string }{{"duckdb-read_csv", "false"}, {"duckdb-read_csv-text", "true"}} {
		b.Run(v.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				db := filepath.Join(b.TempDir(), "d.duckdb")
				took, rss := runChild(b, exec.Command(self, db, path), "SITREP_TEST_PEER=duckdb", "SITREP_TEST_TSV="+strconv.FormatBool(tsv), "SITREP_TEST_TEXT="+v.text)
				report(b, took, rss)
			}
		})
	}
	b.Run("sqlite3-import", func(b *testing.B) {
		if _, err := os.Stat("/usr/bin/sqlite3"); err != nil {
			b.Skip("no /usr/bin/sqlite3")
		}
		for i := 0; i < b.N; i++ {
			db := filepath.Join(b.TempDir(), "q.sqlite")
			mode := ".mode csv"
			if tsv {
				mode = ".mode tabs"
			}
			cmd := exec.Command("/usr/bin/sqlite3", db)
			cmd.Stdin = strings.NewReader(mode + "\n.import " + path + " t\n")
			took, rss := runChild(b, cmd)
			report(b, took, rss)
		}
	})
	b.Run("postgres-copy", func(b *testing.B) {
		c := pgtest.Start(b)
		for i := 0; i < b.N; i++ {
			dsn, err := c.CreateDB(fmt.Sprintf("bench%d", i))
			if err != nil {
				b.Fatal(err)
			}
			took, rss := runChild(b, exec.Command(self, dsn, path), "SITREP_TEST_PEER=postgres", "SITREP_TEST_TSV="+strconv.FormatBool(tsv))
			report(b, took, rss)
		}
	})
}

// runChild runs cmd with extra environment and returns its wall time and
// peak resident set size in bytes, as /usr/bin/time measures it: the
// rusage of a child started from this process would count this process's
// own pages shared at the fork.
func runChild(b *testing.B, cmd *exec.Cmd, env ...string) (time.Duration, int64) {
	b.Helper()
	rssFile := filepath.Join(b.TempDir(), "rss")
	if _, err := os.Stat("/usr/bin/time"); err == nil {
		timed := exec.Command("/usr/bin/time", append([]string{"-f", "%M", "-o", rssFile, cmd.Path}, cmd.Args[1:]...)...)
		timed.Stdin = cmd.Stdin
		cmd = timed
	}
	cmd.Env = append(os.Environ(), env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		b.Fatalf("%s: %v\n%s", cmd, err, stderr.String())
	}
	took := time.Since(start)
	if out, err := os.ReadFile(rssFile); err == nil {
		kb, err := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64)
		if err == nil {
			return took, kb * 1024
		}
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss * 1024 // KiB on Linux
	}
	return took, rss
}

// runPeer is a benchmark peer run as a child process: args are the store
// and the file.
func runPeer(peer string, args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("peer %s: want STORE FILE", peer)
	}
	tsv := os.Getenv("SITREP_TEST_TSV") == "true"
	switch peer {
	case "duckdb":
		return duckdbReadCSV(args[0], args[1], tsv, os.Getenv("SITREP_TEST_TEXT") == "true")
	case "postgres":
		return postgresCopy(args[0], args[1], tsv)
	}
	return fmt.Errorf("unknown peer %q", peer)
}

// duckdbReadCSV loads the file with DuckDB's own CSV reader into a
// table: its types sniffed, or with text, every column as text.
func duckdbReadCSV(db, path string, tsv, text bool) error {
	c, err := duckdb.NewConnector(db, nil)
	if err != nil {
		return err
	}
	sqlDB := sql.OpenDB(c)
	defer sqlDB.Close()
	opts := "header = true"
	if tsv {
		opts = "delim = '\t', header = false, quote = ''"
	}
	if text {
		opts += ", all_varchar = true"
	}
	_, err = sqlDB.Exec(fmt.Sprintf(`CREATE TABLE t AS SELECT * FROM read_csv('%s', %s)`, strings.ReplaceAll(path, "'", "''"), opts))
	return err
}

// postgresCopy streams the file through COPY into a table of text
// columns, one per field of the first line.
func postgresCopy(dsn, path string, tsv bool) error {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	first, err := br.Peek(64 << 10)
	if err != nil && err != io.EOF {
		return err
	}
	line := string(first)
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	var n int
	if tsv {
		n = strings.Count(line, "\t") + 1
	} else {
		rec, err := csv.NewReader(strings.NewReader(line)).Read()
		if err != nil {
			return err
		}
		n = len(rec)
	}
	cols := make([]string, n)
	for i := range cols {
		cols[i] = fmt.Sprintf("c%d text", i+1)
	}
	if _, err := conn.Exec(ctx, "CREATE TABLE t ("+strings.Join(cols, ", ")+")"); err != nil {
		return err
	}
	opts := "FORMAT csv, HEADER true"
	if tsv {
		// GDELT quotes nothing: a quote character that never occurs.
		opts = "FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01'"
	}
	_, err = conn.PgConn().CopyFrom(ctx, br, "COPY t FROM STDIN ("+opts+")")
	return err
}
