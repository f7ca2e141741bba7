package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
)

// Session 16's second adversarial pass: what the store does when two
// ingests of one dataset overlap, and the errors PostgreSQL raises.

// TestConcurrentIngestOneDataset: ingests of one dataset that run at the
// same time (four uploads to a server) must leave one current version,
// and the same file given four times one version. Before, DuckDB made
// four current versions (every query counted the events four times) and
// PostgreSQL four versions of one file.
func TestConcurrentIngestOneDataset(t *testing.T) {
	for _, tc := range []struct {
		name      string
		sameFile  bool
		versions  int // stored
		unchanged int // answers "unchanged"
	}{
		{"the same file four times", true, 1, 3},
		{"four files of one dataset", false, 4, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			backends(t, func(t *testing.T, s *Store) {
				ctx := context.Background()
				const n = 4
				var wg sync.WaitGroup
				res := make([]Result, n)
				errs := make([]error, n)
				for i := range n {
					wg.Go(func() {
						hash := "same"
						if !tc.sameFile {
							hash = fmt.Sprint("file", i)
						}
						m := Meta{Source: "acled", Dataset: "export", FileName: "export.csv", FileHash: hash}
						next := sliceSource(sample(3))
						slow := func() (*event.Event, error) {
							time.Sleep(20 * time.Millisecond) // the ingests overlap
							return next()
						}
						res[i], errs[i] = s.Ingest(ctx, m, slow)
					})
				}
				wg.Wait()
				unchanged := 0
				for i, err := range errs {
					if err != nil {
						t.Fatalf("ingest %d: %v", i, err)
					}
					if res[i].Unchanged {
						unchanged++
					}
				}
				vs, err := s.Versions(ctx, "acled")
				if err != nil {
					t.Fatal(err)
				}
				current := 0
				for _, v := range vs {
					if v.Current {
						current++
					}
				}
				if len(vs) != tc.versions || current != 1 || unchanged != tc.unchanged {
					t.Errorf("%d versions, %d current, %d unchanged; want %d, 1, %d", len(vs), current, unchanged, tc.versions, tc.unchanged)
				}
				evs, err := s.CurrentEvents(ctx, "")
				if err != nil {
					t.Fatal(err)
				}
				if len(evs) != 3 {
					t.Errorf("%d current events, want 3", len(evs))
				}
			})
		})
	}
}

// TestDuplicateIDBothBackends: an id given twice in one file is a
// DuplicateError naming the id on either backend; PostgreSQL's own key
// error named neither the id nor the cause in the user's terms.
func TestDuplicateIDBothBackends(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		evs := sample(3)
		evs[2].ID = evs[0].ID
		_, err := s.Ingest(context.Background(), Meta{Source: "acled", Dataset: "d", FileHash: "h"}, sliceSource(evs))
		var dup *DuplicateError
		if !errors.As(err, &dup) || dup.ID != evs[0].ID || !strings.Contains(err.Error(), evs[0].ID) {
			t.Fatalf("err = %v, want a DuplicateError naming %s", err, evs[0].ID)
		}
		vs, _ := s.Versions(context.Background(), "")
		if len(vs) != 0 {
			t.Errorf("%d versions stored after the refusal", len(vs))
		}
	})
}
