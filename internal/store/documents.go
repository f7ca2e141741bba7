package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
)

// Document is a narrative kept with the events read from it.
type Document struct {
	ID             string          `json:"doc_id"`
	Title          string          `json:"title"`
	Path           string          `json:"path,omitempty"`
	Format         string          `json:"format"`
	SHA256         string          `json:"sha256"`
	Body           string          `json:"body,omitempty"`
	Conflict       json.RawMessage `json:"conflict,omitempty"`
	Reconciliation json.RawMessage `json:"reconciliation,omitempty"`
	VersionID      int64           `json:"version_id"`
	IngestedAt     time.Time       `json:"ingested_at"`
}

// PutDocument stores a document and its events as one new version of the
// dataset named by the document id, in one transaction. Putting the same
// text again changes nothing; changed text replaces the document and its
// events in what queries see.
func (s *Store) PutDocument(ctx context.Context, d Document, events []event.Event) (Result, error) {
	m := Meta{Source: "article", Dataset: d.ID, Release: d.Title, FileName: d.Path, FileHash: d.SHA256}
	return s.ingest(ctx, m, sliceSource(events), func(q querier, versionID int64) error {
		if _, err := q.ExecContext(ctx, `DELETE FROM documents WHERE doc_id = $1`, d.ID); err != nil {
			return err
		}
		_, err := q.ExecContext(ctx, `INSERT INTO documents VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
			d.ID, versionID, d.Title, d.Path, d.Format, d.SHA256, d.Body, jsonArg(d.Conflict), jsonArg(d.Reconciliation), time.Now().UTC())
		return err
	})
}

func jsonArg(m json.RawMessage) any {
	if len(m) == 0 {
		return nil
	}
	return string(m)
}

// ErrNotFound is returned for an unknown id.
var ErrNotFound = errors.New("not found")

// Document returns one stored document.
func (s *Store) Document(ctx context.Context, id string) (Document, error) {
	var d Document
	var path sql.NullString
	var conflict, rec any
	err := s.db.QueryRowContext(ctx, `SELECT doc_id, version_id, title, path, format, sha256, body, conflict, reconciliation, ingested_at FROM documents WHERE doc_id = $1`, id).
		Scan(&d.ID, &d.VersionID, &d.Title, &path, &d.Format, &d.SHA256, &d.Body, &conflict, &rec, &d.IngestedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return d, err
	}
	d.Path = path.String
	d.IngestedAt = d.IngestedAt.UTC()
	if d.Conflict, err = jsonBytes(conflict); err != nil {
		return d, err
	}
	d.Reconciliation, err = jsonBytes(rec)
	return d, err
}

// Documents lists stored documents without their bodies, by title.
func (s *Store) Documents(ctx context.Context) ([]Document, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT doc_id, version_id, title, format, sha256, ingested_at FROM documents ORDER BY title`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Document
	for rows.Next() {
		var d Document
		if err := rows.Scan(&d.ID, &d.VersionID, &d.Title, &d.Format, &d.SHA256, &d.IngestedAt); err != nil {
			return nil, err
		}
		d.IngestedAt = d.IngestedAt.UTC()
		out = append(out, d)
	}
	return out, rows.Err()
}
