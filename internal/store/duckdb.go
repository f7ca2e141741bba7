package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
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
		a, err := duckdb.NewAppenderFromConn(dconn, "", "events")
		if err != nil {
			return err
		}
		for {
			r, err := next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				a.Close()
				return err
			}
			if err := a.AppendRow(toDriver(r)...); err != nil {
				a.Close()
				return fmt.Errorf("row %d: %w", n+1, err)
			}
			n++
		}
		return a.Close()
	})
	return n, err
}

// toDriver turns the nil interfaces of row into driver values the appender
// accepts. The appender JSON-encodes a Go string bound for a JSON column,
// which would store the text as one JSON string that SQL JSON functions
// cannot look into, so JSON columns go in as raw JSON.
func toDriver(r []any) []driver.Value {
	out := make([]driver.Value, len(r))
	for i, v := range r {
		if s, ok := v.(string); ok && jsonColumn[i] {
			v = json.RawMessage(s)
		}
		out[i] = v
	}
	return out
}

// jsonColumn marks the JSON columns of eventColumns by position.
var jsonColumn = func() map[int]bool {
	m := map[int]bool{}
	for i, c := range eventColumns {
		switch c {
		case "actors", "casualties", "provenance", "extra":
			m[i] = true
		}
	}
	return m
}()
