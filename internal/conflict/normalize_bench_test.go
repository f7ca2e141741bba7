package conflict

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

// BenchmarkClaimsRunOn reads a casualties value that is a run of 1,000
// and 4,000 figures ("at least 1,000,000 1,000,000 …"), as
// FuzzNormalizeWords spelt it: the time per figure must stay flat. Before
// segments kept its matches, 2,000 figures took 1.4 s and 4,000 about 5 s.
func BenchmarkClaimsRunOn(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			v := "at least " + strings.Repeat("1,000,000 ", n)
			d := &article.Document{Title: "T", Infobox: []article.Field{{Key: "Casualties1", Value: v}}}
			b.SetBytes(int64(len(v)))
			for b.Loop() {
				Normalize(d, nil)
			}
		})
	}
}
