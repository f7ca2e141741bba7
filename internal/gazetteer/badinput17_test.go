package gazetteer

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/sitrep-project/sitrep/internal/pgtest"
	"github.com/sitrep-project/sitrep/internal/store"
)

// TestConcurrentSavePostgres: two imports into a PostgreSQL store that
// held no gazetteer yet both created its table in their transactions, and
// the later failed on the catalog's key ("pg_type_typname_nsp_index",
// session 17). Saves are serialized: each succeeds, the last one's places
// stand, whole. (On DuckDB the file's lock refuses a second writer.)
func TestConcurrentSavePostgres(t *testing.T) {
	c := pgtest.Start(t)
	ctx := context.Background()
	for trial := range 6 {
		dsn, err := c.CreateDB(fmt.Sprintf("race%d", trial))
		if err != nil {
			t.Fatal(err)
		}
		const n = 6
		var wg sync.WaitGroup
		errs := make([]error, n)
		lens := map[int]bool{}
		for i := range n {
			b := NewBuilder()
			for j := 0; j <= i; j++ {
				b.AddPlace(Place{ID: 100 + j, Name: fmt.Sprintf("Town %d", j), ASCIIName: fmt.Sprintf("Town %d", j),
					FeatureClass: "P", FeatureCode: "PPL", Country: "NE", Country3: "NER"})
			}
			g := b.Build("test")
			lens[g.Len()] = true
			s, err := store.Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = Save(ctx, s.DB(), g)
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("trial %d, save %d: %v", trial, i, err)
			}
		}
		s, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		var rows, stamps int
		if err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM `+Table).Scan(&rows); err != nil {
			t.Fatal(err)
		}
		if err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM `+stampTable).Scan(&stamps); err != nil {
			t.Fatal(err)
		}
		s.Close()
		if !lens[rows] || stamps != 1 {
			t.Errorf("trial %d: %d rows and %d stamps: want one save's places (%v) and one stamp", trial, rows, stamps, lens)
		}
	}
}
