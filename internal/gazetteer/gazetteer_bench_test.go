package gazetteer

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// BenchmarkImport streams geoname-table rows through Import into a
// Builder (no Build), reporting rows/s.
func BenchmarkImport(b *testing.B) {
	row, err := os.ReadFile("testdata/NE.txt")
	if err != nil {
		b.Fatal(err)
	}
	// 30,000 rows with distinct ids, as in a dump.
	var buf bytes.Buffer
	lines := strings.Split(strings.TrimSpace(string(row)), "\n")
	for i := 0; i < 10000; i++ {
		for j, l := range lines {
			_, rest, _ := strings.Cut(l, "\t")
			fmt.Fprintf(&buf, "%d\t%s\n", 1_000_000+i*3+j, rest)
		}
	}
	path := filepath.Join(b.TempDir(), "cities500.txt")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	rows := int64(0)
	for b.Loop() {
		st, err := Import(context.Background(), NewBuilder(), []string{path}, ImportOptions{})
		if err != nil {
			b.Fatal(err)
		}
		rows += st.Rows
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}

var names = []string{"Niamey", "Agadez", "Tongo Tongo", "Paris", "Georgia", "Santa Ana", "U.S.", "New South Wales", "Springfield", "Nowhere Land"}

// BenchmarkLookup is folded-name lookup over the embedded gazetteer.
func BenchmarkLookup(b *testing.B) {
	g := Default()
	i := 0
	for b.Loop() {
		g.Lookup(names[i%len(names)])
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "lookups/s")
}

// BenchmarkNearest is reverse lookup of points on land around the world.
func BenchmarkNearest(b *testing.B) {
	benchNearest(b, [][2]float64{{13.5, 2.1}, {48.8, 2.3}, {-33.9, 151.2}, {40.7, -74}, {64.1, -21.9}, {15.05, 1.84}})
}

// BenchmarkNearestOcean is the worst case: mid-ocean, thousands of km from
// any town.
func BenchmarkNearestOcean(b *testing.B) {
	benchNearest(b, [][2]float64{{-45, -140}})
}

func benchNearest(b *testing.B, pts [][2]float64) {
	g := Default()
	i := 0
	for b.Loop() {
		p := pts[i%len(pts)]
		g.Nearest(p[0], p[1])
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "lookups/s")
}

// BenchmarkDefaultLoad parses and indexes the embedded gazetteer, and
// reports the heap it keeps.
func BenchmarkDefaultLoad(b *testing.B) {
	var keep *Gazetteer
	var before, after runtime.MemStats
	for b.Loop() {
		keep = nil
		runtime.GC()
		runtime.ReadMemStats(&before)
		places, keys, dems, err := readRows(bytes.NewReader(defaultData), "default")
		if err != nil {
			b.Fatal(err)
		}
		places, keys, dems, err = withRegions(places, keys, dems)
		if err != nil {
			b.Fatal(err)
		}
		keep = newGazetteer(places, keys, dems, "bench")
		runtime.GC()
		runtime.ReadMemStats(&after)
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MiB")
	b.ReportMetric(float64(keep.Len()), "places")
	b.ReportMetric(float64(len(keep.names)), "names")
}
