package narrative_test

import (
	"fmt"
	"testing"

	"github.com/sitrep-project/sitrep/internal/narrative"
	"github.com/sitrep-project/sitrep/internal/readeval"
)

// TestSeed scores the reading of the seed article field by field against
// what an analyst reads out of it, prints the score and fails below the
// level reached, so that a regression shows. The scorer is readeval's, the
// one 'sitrep eval-read' runs on unseen articles.
func TestSeed(t *testing.T) {
	r, res, err := readeval.ScoreFile(narrative.Default(), "../../testdata/articles/niger_seed.txt", "../../testdata/articles/niger_seed.expected.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, gv := range r.Reconciliation {
		t.Logf("verdict %s: %s | %s | %s", gv.Status, gv.Claim, gv.Evidence, gv.Text)
	}
	for _, s := range []struct {
		name string
		s    readeval.Tally
		min  float64
	}{{"conflict", res.Conflict, 0.95}, {"events", res.Events, 0.95}, {"reconciliation", res.Verdicts, 1.0}} {
		fmt.Printf("seed %-15s %3d/%3d = %.1f%%\n", s.name, s.s.Hit, s.s.Total, 100*s.s.Ratio())
		for _, m := range s.s.Misses {
			t.Logf("%s: %s", s.name, m)
		}
		if s.s.Ratio() < s.min {
			t.Errorf("%s score %.2f below %.2f", s.name, s.s.Ratio(), s.min)
		}
	}
	fmt.Printf("seed extra events: %d\n", res.Extra)
	if res.Extra > 3 {
		t.Errorf("%d events not in the expected timeline", res.Extra)
	}
}
