package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// VersionAsOf returns the newest version ingested at or before t. Its id,
// given as a query's AsOf, shows every dataset as it stood at t, so that an
// analysis can be re-run on the data it used even after later ingests. It
// returns an error wrapping ErrNotFound when nothing was ingested by t.
func (s *Store) VersionAsOf(ctx context.Context, t time.Time) (Version, error) {
	v, err := scanVersion(s.db.QueryRowContext(ctx, `SELECT `+versionColumns+` FROM source_versions
		WHERE ingested_at <= $1 ORDER BY version_id DESC LIMIT 1`, t.UTC()))
	if errors.Is(err, sql.ErrNoRows) {
		return v, fmt.Errorf("no version ingested by %s: %w", t.UTC().Format(time.RFC3339), ErrNotFound)
	}
	return v, err
}
