package acled_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"testing"

	"github.com/sitrep-project/sitrep/internal/acled"
	"github.com/sitrep-project/sitrep/internal/datagen"
)

const rowsN = 50000

func generate(b *testing.B) []byte {
	b.Helper()
	var buf bytes.Buffer
	if err := datagen.Write(&buf, datagen.Options{Source: "acled", Rows: rowsN, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkReader reads a generated file of rowsN events end to end:
// splitting, parsing and mapping every column into the event model.
func BenchmarkReader(b *testing.B) {
	data := generate(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r, err := acled.NewReader(bytes.NewReader(data), "bench.csv")
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			_, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != rowsN {
			b.Fatalf("%d events", n)
		}
	}
	b.ReportMetric(float64(rowsN)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkPeerEncodingCSV is the peer: encoding/csv reading the same
// file with ReuseRecord, mapping nothing.
func BenchmarkPeerEncodingCSV(b *testing.B) {
	data := generate(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		cr := csv.NewReader(bytes.NewReader(data))
		cr.ReuseRecord = true
		for {
			if _, err := cr.Read(); err != nil {
				if err != io.EOF {
					b.Fatal(err)
				}
				break
			}
		}
	}
	b.ReportMetric(float64(rowsN)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
