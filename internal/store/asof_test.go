package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestVersionAsOf(t *testing.T) {
	backends(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		before := time.Now().Add(-time.Hour)
		if _, err := s.VersionAsOf(ctx, before); !errors.Is(err, ErrNotFound) {
			t.Fatalf("empty store: %v", err)
		}
		first, err := s.Ingest(ctx, Meta{Source: "test", Dataset: "d", FileHash: "h1"}, sliceSource(sample(2)))
		if err != nil {
			t.Fatal(err)
		}
		second, err := s.Ingest(ctx, Meta{Source: "test", Dataset: "d", FileHash: "h2"}, sliceSource(sample(3)))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			at   time.Time
			want int64
		}{
			{first.Version.IngestedAt, first.Version.ID},
			{second.Version.IngestedAt.Add(-time.Microsecond), first.Version.ID},
			{second.Version.IngestedAt, second.Version.ID},
			{time.Now().Add(time.Hour), second.Version.ID},
		} {
			v, err := s.VersionAsOf(ctx, c.at)
			if err != nil || v.ID != c.want {
				t.Errorf("as of %s: version %d, %v; want %d", c.at.Format(time.RFC3339Nano), v.ID, err, c.want)
			}
		}
		if _, err := s.VersionAsOf(ctx, first.Version.IngestedAt.Add(-time.Microsecond)); !errors.Is(err, ErrNotFound) {
			t.Errorf("before the first: %v", err)
		}
	})
}
