package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"

	duckdb "github.com/duckdb/duckdb-go/v2"
)

func openDuckDB(path string) (*Store, error) {
	c, err := duckdb.NewConnector(path, nil)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	db := sql.OpenDB(c)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return &Store{db: db, kind: DuckDB, dsn: path, bulk: duckAppend}, nil
}

func duckAppend(ctx context.Context, conn *sql.Conn, next func() ([]any, error)) (int64, error) {
	var n int64
	err := conn.Raw(func(dc any) error {
		dconn, ok := dc.(driver.Conn)
		if !ok {
			return errors.New("duckdb: unexpected driver connection")
		}
		types, err := appendTypes()
		if err != nil {
			return err
		}
		a, err := duckdb.NewQueryAppender(dconn, appendQuery, "", types, eventColumns)
		if err != nil {
			return err
		}
		rows, stop := produce(next)
		defer stop()
		vals := make([]driver.Value, len(eventColumns))
		for b := range rows {
			for _, r := range b.rows {
				for i, v := range r {
					vals[i] = v
				}
				if err := a.AppendRow(vals...); err != nil {
					a.Close()
					return fmt.Errorf("row %d: %w", n+1, err)
				}
				if n++; n%appendBatch == 0 {
					if err := a.Flush(); err != nil {
						a.Close()
						return fmt.Errorf("row %d: %w", n, err)
					}
				}
			}
			if b.err != nil {
				if errors.Is(b.err, io.EOF) {
					break
				}
				a.Close()
				return b.err
			}
		}
		return a.Close()
	})
	return n, err
}

// rowBatch is some rows from next and, last, the error that ended them.
type rowBatch struct {
	rows [][]any
	err  error
}

// produce calls next on its own goroutine, so that reading and flattening
// rows (about half an ingest's CPU) overlap DuckDB's work on the appender.
// stop ends the goroutine and waits for it, so that next is never called
// after the caller returns.
func produce(next func() ([]any, error)) (<-chan rowBatch, func()) {
	const size = 512
	out := make(chan rowBatch, 8)
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		defer close(out)
		for {
			b := rowBatch{rows: make([][]any, 0, size)}
			for len(b.rows) < size {
				r, err := next()
				if err != nil {
					b.err = err
					break
				}
				b.rows = append(b.rows, r)
			}
			select {
			case out <- b:
			case <-done:
				return
			}
			if b.err != nil {
				return
			}
		}
	}()
	return out, func() {
		close(done)
		<-finished
	}
}

// appendBatch is how many rows the appender holds before it runs its
// INSERT. Left to itself it holds about 200,000, which for GDELT rows is
// some hundreds of MB outside DuckDB's memory limit; smaller batches cost little.
const appendBatch = 32768

// appendQuery inserts the appended rows. The JSON columns are VARCHAR on
// DuckDB (migration 3), so the documents go in as written.
var appendQuery = "INSERT INTO events SELECT * FROM appended_data"

// appendTypes are the appended rows' column types, in eventColumns order.
func appendTypes() ([]duckdb.TypeInfo, error) {
	out := make([]duckdb.TypeInfo, len(eventColumns))
	for i, c := range eventColumns {
		t := duckdb.TYPE_VARCHAR
		switch c {
		case "version_id", "date_precision", "geonameid", "fatalities_low", "fatalities_best", "fatalities_high":
			t = duckdb.TYPE_BIGINT
		case "date_start", "date_end":
			t = duckdb.TYPE_DATE
		case "lat", "lon":
			t = duckdb.TYPE_DOUBLE
		}
		ti, err := duckdb.NewTypeInfo(t)
		if err != nil {
			return nil, err
		}
		out[i] = ti
	}
	return out, nil
}
