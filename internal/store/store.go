// Package store keeps events, their source versions and the documents they
// came from, in an embedded DuckDB file or a shared PostgreSQL server. Every
// ingest is one transaction and one new version of a dataset; queries see the
// current version of each dataset unless they pin another.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
)

// Kind names a backend.
type Kind string

const (
	DuckDB   Kind = "duckdb"
	Postgres Kind = "postgres"
)

// DefaultPath is the embedded store used when no --db is given.
const DefaultPath = "sitrep.duckdb"

// Store is an open event store. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	kind Kind
	dsn  string
	bulk bulkLoader

	datasets sync.Map // source/dataset → *sync.Mutex: see lockDataset
}

// bulkLoader streams rows into the events table inside the transaction
// already open on conn: DuckDB's appender, PostgreSQL's COPY.
type bulkLoader func(ctx context.Context, conn *sql.Conn, rows func() ([]any, error)) (int64, error)

// Open opens (creating and migrating if needed) the store named by dsn: a
// "postgres://" or "postgresql://" URL, or a DuckDB file path.
func Open(ctx context.Context, dsn string) (*Store, error) {
	if dsn == "" {
		dsn = DefaultPath
	}
	var s *Store
	var err error
	if IsPostgres(dsn) {
		s, err = openPostgres(dsn)
	} else {
		s, err = openDuckDB(dsn)
	}
	if err != nil {
		return nil, err
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("store %s: migrate: %w", s.Name(), err)
	}
	return s, nil
}

// IsPostgres reports whether dsn names a PostgreSQL server.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Name identifies the store in messages without leaking a password.
func (s *Store) Name() string {
	if s.kind == Postgres {
		if i := strings.LastIndex(s.dsn, "@"); i >= 0 {
			return "postgres://…" + s.dsn[i:]
		}
	}
	return s.dsn
}

// Kind returns the backend.
func (s *Store) Kind() Kind { return s.kind }

// DB exposes the connection pool to the query layer.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)`); err != nil {
		return err
	}
	var have int
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return err
	}
	for _, m := range migrations {
		if m.version <= have {
			continue
		}
		ddl := m.duckdb
		if s.kind == Postgres {
			ddl = m.pg
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		for _, stmt := range strings.Split(ddl, ";") {
			if strings.TrimSpace(stmt) == "" {
				continue
			}
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				tx.Rollback()
				return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations VALUES ($1, $2, $3)`, m.version, m.name, time.Now().UTC()); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// SchemaVersion returns the newest applied migration.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// Meta describes one file or document being ingested.
type Meta struct {
	Source   string // "article", "acled", "ucdp", "gdelt"
	Dataset  string // what successive versions replace: a document id, a file's stem, or --dataset
	Release  string // "GED 23.1", an ACLED export date; free text
	FileName string
	FileHash string // hex SHA-256 of the input
	// NeedEvents refuses a version of no events (ErrNoEvents): a dataset
	// file of a header alone is an empty or cut export, and as the
	// current version it would hide every event of the one before.
	NeedEvents bool
}

// ErrNoEvents is a version of no events refused (Meta.NeedEvents).
var ErrNoEvents = errors.New("no events (a header alone, or every row skipped: an empty or cut export?); nothing was stored")

// Version is one ingested version of a dataset.
type Version struct {
	ID         int64     `json:"version_id"`
	Source     string    `json:"source"`
	Dataset    string    `json:"dataset"`
	Release    string    `json:"release,omitempty"`
	FileName   string    `json:"file_name,omitempty"`
	FileHash   string    `json:"file_hash"`
	Rows       int64     `json:"row_count"`
	IngestedAt time.Time `json:"ingested_at"`
	Current    bool      `json:"current"`
}

// Result says what an ingest did.
type Result struct {
	Version   Version
	Unchanged bool // the same file was already the current version: nothing written
}

// Ingest writes one version of a dataset, reading events from next until it
// returns io.EOF. It is one transaction: on any error, including one from
// next or a cancelled ctx, the store is left as it was.
func (s *Store) Ingest(ctx context.Context, m Meta, next func() (*event.Event, error)) (Result, error) {
	return s.ingest(ctx, m, next, nil)
}

// querier is what runs inside an ingest's transaction.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (s *Store) ingest(ctx context.Context, m Meta, next func() (*event.Event, error), also func(q querier, versionID int64) error) (res Result, err error) {
	return s.write(ctx, m, func(conn *sql.Conn, id int64) (int64, error) {
		seen := 0
		n, err := s.bulk(ctx, conn, func() ([]any, error) {
			if seen%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			seen++
			e, err := next()
			if err != nil {
				return nil, err
			}
			if e.ID == "" {
				return nil, fmt.Errorf("event %d has no id", seen)
			}
			return row(id, e)
		})
		if err != nil {
			return n, err
		}
		if also != nil {
			err = also(conn, id)
		}
		return n, err
	})
}

// IngestQuery writes one version of a dataset whose events a query selects
// (the columns loadsql.Columns, in order): DuckDB's bulk load, in which
// DuckDB reads and maps the file itself. Like Ingest, it is one
// transaction; an error leaves the store as it was.
func (s *Store) IngestQuery(ctx context.Context, m Meta, query string) (Result, error) {
	if s.kind != DuckDB {
		return Result{}, errors.New("store: a bulk-load query needs DuckDB")
	}
	return s.write(ctx, m, func(conn *sql.Conn, id int64) (int64, error) {
		// Rows need no order in the table (every read orders them), and
		// keeping the file's order makes DuckDB buffer what each thread
		// has read ahead: with it, a 500k-row ACLED load needed over
		// 160 MB more. The setting is the database's, so it is put back.
		if _, err := conn.ExecContext(ctx, "SET preserve_insertion_order = false"); err != nil {
			return 0, err
		}
		defer conn.ExecContext(context.Background(), "RESET preserve_insertion_order")
		r, err := conn.ExecContext(ctx, "INSERT INTO events SELECT "+strconv.FormatInt(id, 10)+", * FROM ("+query+")")
		if err != nil {
			return 0, err
		}
		return r.RowsAffected()
	})
}

// write runs one ingest: unless the file is already the dataset's current
// version, fill adds the new version's events, which then becomes current.
func (s *Store) write(ctx context.Context, m Meta, fill func(conn *sql.Conn, versionID int64) (int64, error)) (res Result, err error) {
	if m.Source == "" || m.Dataset == "" || m.FileHash == "" {
		return res, errors.New("store: ingest needs a source, a dataset and a file hash")
	}
	// Deferred first, so that it runs after the rollback below.
	defer s.lockDataset(m.Source, m.Dataset)()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return res, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN TRANSACTION"); err != nil {
		return res, err
	}
	committed := false
	defer func() {
		if !committed {
			// A cancelled ctx must not stop the rollback.
			conn.ExecContext(context.Background(), "ROLLBACK")
		}
	}()

	if s.kind == Postgres {
		// Other processes may ingest into the same server: the lock is
		// the database's, held until the transaction ends.
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, m.Source+"/"+m.Dataset); err != nil {
			return res, err
		}
	}
	var cur int64
	err = conn.QueryRowContext(ctx, `SELECT version_id FROM source_versions WHERE source = $1 AND dataset = $2 AND current AND file_hash = $3`,
		m.Source, m.Dataset, m.FileHash).Scan(&cur)
	switch {
	case err == nil:
		v, err := s.version(ctx, conn, cur)
		return Result{Version: v, Unchanged: true}, err
	case !errors.Is(err, sql.ErrNoRows):
		return res, err
	}

	var id int64
	if err := conn.QueryRowContext(ctx, `SELECT nextval('version_seq')`).Scan(&id); err != nil {
		return res, err
	}
	n, err := fill(conn, id)
	if err != nil {
		return res, err
	}
	if n == 0 && m.NeedEvents {
		return res, ErrNoEvents
	}
	if s.kind == DuckDB { // PostgreSQL's key refuses them during the COPY
		if err := duplicates(ctx, conn, id); err != nil {
			return res, err
		}
	}
	now := time.Now().UTC().Truncate(time.Microsecond)
	if _, err := conn.ExecContext(ctx, `UPDATE source_versions SET current = false WHERE source = $1 AND dataset = $2 AND current`, m.Source, m.Dataset); err != nil {
		return res, err
	}
	if _, err := conn.ExecContext(ctx, `INSERT INTO source_versions VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true)`,
		id, m.Source, m.Dataset, m.Release, m.FileName, m.FileHash, n, now); err != nil {
		return res, err
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return res, err
	}
	committed = true
	return Result{Version: Version{ID: id, Source: m.Source, Dataset: m.Dataset, Release: m.Release, FileName: m.FileName,
		FileHash: m.FileHash, Rows: n, IngestedAt: now, Current: true}}, nil
}

// lockDataset serializes the ingests of one dataset and returns the
// unlock. Two that overlapped each saw the other's version as not yet
// there: DuckDB kept both current (every query then counted the events
// twice) and PostgreSQL stored the same file twice. A DuckDB file has one
// process, so a lock in the Store is enough there; on PostgreSQL write
// also takes an advisory lock for the other processes.
func (s *Store) lockDataset(source, dataset string) (unlock func()) {
	mu, _ := s.datasets.LoadOrStore(source+"\x00"+dataset, new(sync.Mutex))
	mu.(*sync.Mutex).Lock()
	return mu.(*sync.Mutex).Unlock
}

// duplicates fails when two events of a version share an id. The events
// table has no key index on DuckDB (it would cost an ingest a third of its
// time and hold every key in memory); one grouping pass after the load
// finds the same thing and can say which id and how many times.
func duplicates(ctx context.Context, q querier, versionID int64) error {
	var id string
	var n int64
	err := q.QueryRowContext(ctx, `SELECT id, count(*) FROM events WHERE version_id = $1 GROUP BY id HAVING count(*) > 1 ORDER BY id LIMIT 1`, versionID).Scan(&id, &n)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	}
	return &DuplicateError{ID: id, N: n}
}

// DuplicateError is an id given to more than one event of a version.
type DuplicateError struct {
	ID string
	N  int64
}

func (e *DuplicateError) Error() string {
	if e.N < 2 { // PostgreSQL's key stops at the second
		return fmt.Sprintf("event id %q occurs more than once; ids must be unique within a file", e.ID)
	}
	return fmt.Sprintf("event id %q occurs %d times; ids must be unique within a file", e.ID, e.N)
}

const versionColumns = `version_id, source, dataset, coalesce(release, ''), coalesce(file_name, ''), file_hash, row_count, ingested_at, current`

func scanVersion(sc interface{ Scan(...any) error }) (Version, error) {
	var v Version
	err := sc.Scan(&v.ID, &v.Source, &v.Dataset, &v.Release, &v.FileName, &v.FileHash, &v.Rows, &v.IngestedAt, &v.Current)
	v.IngestedAt = v.IngestedAt.UTC()
	return v, err
}

func (s *Store) version(ctx context.Context, q querier, id int64) (Version, error) {
	return scanVersion(q.QueryRowContext(ctx, `SELECT `+versionColumns+` FROM source_versions WHERE version_id = $1`, id))
}

// Version returns one version by id.
func (s *Store) Version(ctx context.Context, id int64) (Version, error) {
	v, err := s.version(ctx, s.db, id)
	if errors.Is(err, sql.ErrNoRows) {
		return v, fmt.Errorf("no version %d", id)
	}
	return v, err
}

// Versions lists versions, oldest first; source "" lists all.
func (s *Store) Versions(ctx context.Context, source string) ([]Version, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+versionColumns+` FROM source_versions WHERE $1 = '' OR source = $1 ORDER BY version_id`, source)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Version
	for rows.Next() {
		v, err := scanVersion(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// CurrentVersions is the SQL subquery selecting the version ids that
// queries see by default: the current version of every dataset.
const CurrentVersions = `SELECT version_id FROM source_versions WHERE current`

// SelectColumns is the select list that ScanEvent expects.
const SelectColumns = selectColumns

// ScanEvent reads one row selected with SelectColumns.
func ScanEvent(sc interface{ Scan(...any) error }) (event.Event, error) {
	var r scanned
	if err := sc.Scan(r.dest()...); err != nil {
		return event.Event{}, err
	}
	return r.event()
}

// VersionEvents returns every event of one version, ordered by id.
func (s *Store) VersionEvents(ctx context.Context, versionID int64, fn func(event.Event) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT `+selectColumns+` FROM events WHERE version_id = $1 ORDER BY id`, versionID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		e, err := ScanEvent(rows)
		if err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}

// CurrentEvents returns the events of the current version of every dataset
// of source ("" for all), ordered by date then id.
func (s *Store) CurrentEvents(ctx context.Context, source string) ([]event.Event, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+selectColumns+` FROM events WHERE version_id IN (`+CurrentVersions+`) AND ($1 = '' OR source = $1) ORDER BY date_start NULLS LAST, id`, source)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []event.Event
	for rows.Next() {
		e, err := ScanEvent(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// sliceSource adapts a slice to Ingest's iterator.
func sliceSource(events []event.Event) func() (*event.Event, error) {
	i := 0
	return func() (*event.Event, error) {
		if i >= len(events) {
			return nil, io.EOF
		}
		i++
		return &events[i-1], nil
	}
}
