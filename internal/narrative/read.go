package narrative

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/conflict"
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/reconcile"
)

// Reading is a document read end to end: its record, its events and the
// check of the one against the other.
type Reading struct {
	DocID          string              `json:"doc_id"`
	Title          string              `json:"title"`
	Format         string              `json:"format"`
	SHA256         string              `json:"sha256"`
	Conflict       conflict.Record     `json:"conflict"`
	Events         []event.Event       `json:"events"`
	Reconciliation []reconcile.Verdict `json:"reconciliation"`
	// Warnings say what could not be read, and why.
	Warnings []string          `json:"warnings,omitempty"`
	Document *article.Document `json:"-"`
}

// DocID derives a stable document id from a file name: its stem.
func DocID(name string) string {
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// Read parses and extracts one document, its id derived from name.
func (x *Extractor) Read(name string, data []byte) (*Reading, error) {
	return x.ReadAs(name, DocID(name), data)
}

// ReadAs is Read with the document's id given: a name such as /dev/stdin
// says nothing of the document behind it.
func (x *Extractor) ReadAs(name, id string, data []byte) (*Reading, error) {
	d, err := article.Parse(name, data)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	var countries conflict.Countries
	if c, ok := x.Places.(conflict.Countries); ok {
		countries = c
	}
	rec := conflict.Normalize(d, countries)
	evs, warnings := x.extract(id, d, rec)
	return &Reading{
		DocID: id, Title: d.Title, Format: string(d.Format), SHA256: hex.EncodeToString(sum[:]),
		Conflict: rec, Events: evs, Reconciliation: reconcile.Check(rec, evs, x), Document: d, Warnings: warnings,
	}, nil
}
