package gdelt_test

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/datagen"
	"github.com/sitrep-project/sitrep/internal/gdelt"
)

const rowsN = 50000

func generate(b *testing.B) []byte {
	b.Helper()
	var buf bytes.Buffer
	if err := datagen.Write(&buf, datagen.Options{Source: "gdelt", Rows: rowsN, Seed: 1}); err != nil {
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
		r, _ := gdelt.NewReader(bytes.NewReader(data), "bench.CSV")
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

// BenchmarkPeerSplit is the floor: splitting the same lines on tabs with
// bufio.Scanner and strings.Split, mapping nothing.
func BenchmarkPeerSplit(b *testing.B) {
	data := generate(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			_ = strings.Split(sc.Text(), "\t")
		}
	}
	b.ReportMetric(float64(rowsN)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
