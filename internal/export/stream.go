package export

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/query"
	"github.com/sitrep-project/sitrep/internal/store"
)

// ExtraKeys returns the Extra keys of the events f selects, in the order
// they first appear in an export, so that a CSV header can be written
// before the rows are streamed. It reads only the extra column.
//
// On DuckDB one query returns each distinct key list once, in the order of
// its first row: the DuckDB driver materializes a result whole, and every
// row's document would take gigabytes for a large store (2.5M ACLED
// events: 1.2 GB), where the versions of a store have a handful of key
// lists. PostgreSQL streams the documents themselves.
func ExtraKeys(ctx context.Context, st *store.Store, f query.Filter) ([]string, error) {
	where, args := query.Where(st, f)
	q := `SELECT CAST(extra AS VARCHAR) FROM events WHERE ` + where +
		` AND extra IS NOT NULL ORDER BY date_start ASC NULLS LAST, id, version_id`
	keysOf := func(raw string) ([]string, error) {
		var x event.Extra
		if err := x.UnmarshalJSON([]byte(raw)); err != nil {
			return nil, err
		}
		keys := make([]string, len(x))
		for i, kv := range x {
			keys[i] = kv.Key
		}
		return keys, nil
	}
	if st.Kind() == store.DuckDB {
		q = `SELECT CAST(to_json(k) AS VARCHAR) FROM (
			SELECT json_keys(extra) AS k, row_number() OVER (ORDER BY date_start ASC NULLS LAST, id, version_id) AS rn
			FROM events WHERE ` + where + ` AND extra IS NOT NULL) GROUP BY k ORDER BY min(rn)`
		keysOf = func(raw string) ([]string, error) {
			var keys []string
			err := json.Unmarshal([]byte(raw), &keys)
			return keys, err
		}
	}
	rows, err := st.DB().QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("export: extra columns: %w", err)
	}
	defer rows.Close()
	seen := map[string]bool{}
	var out []string
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			return nil, fmt.Errorf("export: extra columns: %w", err)
		}
		keys, err := keysOf(raw)
		if err != nil {
			return nil, fmt.Errorf("export: extra columns: %w", err)
		}
		for _, k := range keys {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out, rows.Err()
}

// Write exports the events f selects to w in date order and returns how
// many it wrote.
func Write(ctx context.Context, st *store.Store, f query.Filter, format Format, w io.Writer) (int64, error) {
	if format == Parquet {
		return parquetTo(ctx, st, f, w)
	}
	var keys []string
	if format == CSV {
		var err error
		if keys, err = ExtraKeys(ctx, st, f); err != nil {
			return 0, err
		}
	}
	ew, err := NewWriter(w, format, keys)
	if err != nil {
		return 0, err
	}
	var n int64
	_, err = query.Events(ctx, st, f, query.Page{}, func(e event.Event) error {
		n++
		return ew.Write(&e)
	})
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, ew.Finish()
}

// parquetColumns is the flat select list of a Parquet export: the events
// table as stored, JSON columns as JSON text.
var parquetColumns = []struct{ name, sqlType string }{
	{"version_id", "BIGINT"}, {"id", "VARCHAR"}, {"source", "VARCHAR"}, {"source_id", "VARCHAR"},
	{"date_start", "DATE"}, {"date_end", "DATE"}, {"date_precision", "BIGINT"}, {"date_value", "VARCHAR"},
	{"place_name", "VARCHAR"}, {"admin1", "VARCHAR"}, {"admin2", "VARCHAR"}, {"country", "VARCHAR"}, {"country_name", "VARCHAR"},
	{"lat", "DOUBLE"}, {"lon", "DOUBLE"}, {"geonameid", "BIGINT"}, {"geo_precision", "VARCHAR"},
	{"event_type", "VARCHAR"}, {"sub_event_type", "VARCHAR"}, {"summary", "VARCHAR"},
	{"fatalities_low", "BIGINT"}, {"fatalities_best", "BIGINT"}, {"fatalities_high", "BIGINT"}, {"fatalities_qualifier", "VARCHAR"},
	{"actors", "JSON"}, {"casualties", "JSON"}, {"provenance", "JSON"}, {"extra", "JSON"},
}

func parquetSelect() string {
	cols := make([]string, len(parquetColumns))
	for i, c := range parquetColumns {
		cols[i] = c.name
		if c.sqlType == "JSON" {
			cols[i] = "CAST(" + c.name + " AS VARCHAR) AS " + c.name
		}
	}
	return strings.Join(cols, ", ")
}

// sqlString quotes a file name for COPY … TO, which takes no placeholder
// for the file.
func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// WriteParquet writes the events f selects to a Parquet file. On DuckDB
// the store's own COPY writes it; on PostgreSQL rows stream into a
// scratch DuckDB file beside path, which then writes the Parquet and is
// removed, so neither side holds the export in memory.
func WriteParquet(ctx context.Context, st *store.Store, f query.Filter, path string) (int64, error) {
	where, args := query.Where(st, f)
	sel := `SELECT ` + parquetSelect() + ` FROM events WHERE ` + where + ` ORDER BY date_start ASC NULLS LAST, id, version_id`
	if st.Kind() == store.DuckDB {
		res, err := st.DB().ExecContext(ctx, `COPY (`+sel+`) TO `+sqlString(path)+` (FORMAT parquet)`, args...)
		if err != nil {
			return 0, fmt.Errorf("export parquet %s: %w", path, err)
		}
		n, _ := res.RowsAffected()
		return n, nil
	}
	dir, err := os.MkdirTemp(filepath.Dir(path), ".sitrep-export-")
	if err != nil {
		return 0, fmt.Errorf("export parquet %s: %w", path, err)
	}
	defer os.RemoveAll(dir)
	n, err := viaDuckDB(ctx, st, sel, args, filepath.Join(dir, "scratch.duckdb"), path)
	if err != nil {
		return n, fmt.Errorf("export parquet %s: %w", path, err)
	}
	return n, nil
}

func viaDuckDB(ctx context.Context, st *store.Store, sel string, args []any, scratch, path string) (int64, error) {
	c, err := duckdb.NewConnector(scratch, nil)
	if err != nil {
		return 0, err
	}
	db := sql.OpenDB(c)
	defer db.Close()
	defs := make([]string, len(parquetColumns))
	for i, c := range parquetColumns {
		defs[i] = c.name + " " + c.sqlType
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE events (`+strings.Join(defs, ", ")+`)`); err != nil {
		return 0, err
	}
	rows, err := st.DB().QueryContext(ctx, sel, args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	var n int64
	err = conn.Raw(func(dc any) error {
		a, err := duckdb.NewAppenderFromConn(dc.(driver.Conn), "", "events")
		if err != nil {
			return err
		}
		vals := make([]any, len(parquetColumns))
		ptrs := make([]any, len(parquetColumns))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		out := make([]driver.Value, len(vals))
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				a.Close()
				return err
			}
			for i, v := range vals {
				out[i] = appendValue(parquetColumns[i].sqlType, v)
			}
			if err := a.AppendRow(out...); err != nil {
				a.Close()
				return fmt.Errorf("row %d: %w", n+1, err)
			}
			n++
		}
		if err := rows.Err(); err != nil {
			a.Close()
			return err
		}
		return a.Close()
	})
	if err != nil {
		return n, err
	}
	_, err = conn.ExecContext(ctx, `COPY events TO `+sqlString(path)+` (FORMAT parquet)`)
	return n, err
}

// appendValue converts what pgx returned to what the appender takes.
func appendValue(sqlType string, v any) driver.Value {
	switch x := v.(type) {
	case nil:
		return nil
	case []byte:
		if sqlType == "JSON" {
			// Raw JSON: a string would be encoded once more.
			return json.RawMessage(x)
		}
		return string(x)
	case string:
		if sqlType == "JSON" {
			return json.RawMessage(x)
		}
		return x
	case time.Time:
		return x.UTC()
	case int32:
		return int64(x)
	}
	return v
}

// parquetTo writes a Parquet export to w through a temporary file:
// Parquet's footer comes last, so it cannot be streamed as it is made.
func parquetTo(ctx context.Context, st *store.Store, f query.Filter, w io.Writer) (int64, error) {
	dir, err := os.MkdirTemp("", "sitrep-export-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "events.parquet")
	n, err := WriteParquet(ctx, st, f, path)
	if err != nil {
		return n, err
	}
	file, err := os.Open(path)
	if err != nil {
		return n, err
	}
	defer file.Close()
	_, err = io.Copy(w, file)
	return n, err
}
