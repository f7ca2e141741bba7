package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

func openPostgres(dsn string) (*Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, kind: Postgres, dsn: dsn, bulk: pgCopy}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", s.Name(), err)
	}
	return s, nil
}

func pgCopy(ctx context.Context, conn *sql.Conn, next func() ([]any, error)) (int64, error) {
	var n int64
	err := conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return errors.New("postgres: unexpected driver connection")
		}
		src := &copySource{next: next}
		var err error
		n, err = c.Conn().CopyFrom(ctx, pgx.Identifier{"events"}, eventColumns, src)
		if src.err != nil {
			return src.err
		}
		return duplicateKey(err)
	})
	return n, err
}

// duplicateKey is the events key's violation as a DuplicateError naming
// the id, as DuckDB's check names it; other errors pass unchanged.
func duplicateKey(err error) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) || pe.Code != "23505" || pe.ConstraintName != "events_pkey" {
		return err
	}
	// "Key (version_id, id)=(7, acled:X) already exists."; the version is
	// a number, so the first ", " ends it.
	key, ok := strings.CutPrefix(pe.Detail, "Key (version_id, id)=(")
	key, ok2 := strings.CutSuffix(key, ") already exists.")
	_, id, ok3 := strings.Cut(key, ", ")
	if !ok || !ok2 || !ok3 {
		return err
	}
	return &DuplicateError{ID: id}
}

// copySource adapts Ingest's iterator to pgx.CopyFromSource.
type copySource struct {
	next func() ([]any, error)
	row  []any
	err  error
}

func (c *copySource) Next() bool {
	c.row, c.err = c.next()
	if errors.Is(c.err, io.EOF) {
		c.err = nil
		return false
	}
	return c.err == nil
}

func (c *copySource) Values() ([]any, error) { return c.row, nil }
func (c *copySource) Err() error             { return c.err }
