package narrative

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
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

// BenchmarkReadRunOn reads news of one "sentence" with many dates and no
// full stop, n times longer each step: the time a byte should stay flat
// (FuzzReadNames found sentence-wide patterns read once a date, 3 s for
// 40 KB). Its peer is the same dates with a full stop after each, the
// shape the reader is built for: the ratio of the two is the cost of a
// sentence that never ends.
func BenchmarkReadRunOn(b *testing.B) {
	x := Default().WithDCT(time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC))
	for _, shape := range []struct{ name, date string }{{"run-on", " in January"}, {"sentences", " in January."}} {
		for _, n := range []int{1000, 4000} {
			data := []byte("Gunmen killed" + strings.Repeat(shape.date, n))
			b.Run(shape.name+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					if _, err := x.Read("run-on.txt", data); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
