package narrative

import (
	"os"
	"testing"
)

// BenchmarkRead measures `sitrep read` without process start: parse,
// normalize, extract and reconcile the seed article.
func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile("../../testdata/articles/niger_seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	x := Default()
	if _, err := x.Read("seed.txt", data); err != nil { // warm the gazetteer
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := x.Read("seed.txt", data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
