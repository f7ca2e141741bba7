package dataset_test

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/datagen"
	"github.com/sitrep-project/sitrep/internal/dataset"
)

// benchRows is the size of each generated file.
const benchRows = 50000

func generated(b *testing.B, source string) []byte {
	b.Helper()
	var buf bytes.Buffer
	if err := datagen.Write(&buf, datagen.Options{Source: source, Rows: benchRows, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// eachSource runs read over a generated file of each source, reporting
// MB/s and rows/s.
func eachSource(b *testing.B, read func(b *testing.B, source string, data []byte)) {
	for _, source := range dataset.Sources {
		b.Run(source, func(b *testing.B) {
			data := generated(b, source)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				read(b, source, data)
			}
			b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
		})
	}
}

// BenchmarkReader reads a generated file of each source end to end:
// splitting, parsing and mapping every column into the event model.
func BenchmarkReader(b *testing.B) {
	eachSource(b, func(b *testing.B, source string, data []byte) {
		r, _, err := dataset.NewReader(bytes.NewReader(data), "bench", source)
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
		if n != benchRows {
			b.Fatalf("%d events", n)
		}
	})
}

// BenchmarkPeer reads the same files and maps nothing: encoding/csv with
// ReuseRecord for the CSV formats, and for GDELT's tab-separated lines,
// which have no quoting, bufio.Scanner and strings.Split.
func BenchmarkPeer(b *testing.B) {
	eachSource(b, func(b *testing.B, source string, data []byte) {
		if source == "gdelt" {
			sc := bufio.NewScanner(bytes.NewReader(data))
			sc.Buffer(make([]byte, 1<<20), 1<<20)
			for sc.Scan() {
				_ = strings.Split(sc.Text(), "\t")
			}
			return
		}
		cr := csv.NewReader(bytes.NewReader(data))
		cr.ReuseRecord = true
		for {
			if _, err := cr.Read(); err != nil {
				if err != io.EOF {
					b.Fatal(err)
				}
				return
			}
		}
	})
}
