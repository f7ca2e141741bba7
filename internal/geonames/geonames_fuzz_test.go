package geonames

import (
	"os"
	"strings"
	"testing"
)

// FuzzReader feeds arbitrary text to every format's reader: it must never
// panic, and every failure must be a *LineError naming a line that exists.
func FuzzReader(f *testing.F) {
	for _, p := range []string{"NE.txt", "admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt", "alternateNamesV2.txt"} {
		b, err := os.ReadFile("testdata/" + p)
		if err != nil {
			f.Fatal(err)
		}
		for k := KindGeoname; k <= KindAltName; k++ {
			f.Add(string(b), uint8(k))
		}
	}
	f.Add("\t\t\t\n#x\n\r\n", uint8(KindGeoname))
	f.Fuzz(func(t *testing.T, in string, kind uint8) {
		k := KindGeoname + Kind(kind%5)
		r := NewReader(strings.NewReader(in), k, "fuzz.txt")
		lines := strings.Count(in, "\n") + 1
		for i := 0; i <= lines+1; i++ {
			if r.Next() {
				continue
			}
			if r.Err() == nil {
				return
			}
			le, ok := r.Err().(*LineError)
			if !ok {
				// Only over-long lines (>1 MiB) end a read otherwise.
				return
			}
			if le.Line < 1 || le.Line > lines {
				t.Fatalf("error on line %d of %d", le.Line, lines)
			}
		}
	})
}
