package geonames

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkGeonameRows measures parsing throughput of geoname-table rows.
func BenchmarkGeonameRows(b *testing.B) {
	data, err := os.ReadFile("testdata/NE.txt")
	if err != nil {
		b.Fatal(err)
	}
	in := strings.Repeat(string(data), 1000)
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	rows := 0
	for b.Loop() {
		r := NewReader(strings.NewReader(in), KindGeoname, "NE.txt")
		for r.Next() {
			rows++
		}
		if r.Err() != nil {
			b.Fatal(r.Err())
		}
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}
