package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"

	"github.com/jackc/pgx/v5"
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
		return err
	})
	return n, err
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
