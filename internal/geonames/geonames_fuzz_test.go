package geonames

import (
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/rows/rowstest"
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

// geonameWords are the values rows of the geoname table hold: ids and
// near misses, names with diacritics and spaces, comma-separated alternate
// names, coordinates at and past the poles with signs, exponents, NaN and
// Inf, feature classes and codes, country and admin codes with leading
// zeros, populations beyond int64, elevations, timezones and dates, and
// an empty field.
var geonameWords = []string{
	"2440485", "0", "-1", "+7", "007", "9223372036854775808", "1e3",
	"Niamey", "Niamè", "Diffa", "Tongo Tongo", "Tillabéri", " ", "#", "NIM,Niame,Niamey", ",", ",,", "ni ya mei",
	"13.51366", "2.1098", "-90", "90.0", "180", "-180.5", "91", "-0.0", "1e1", "NaN", "Inf", "0x1p-2", ".5",
	"P", "PPLC", "A", "ADM1", "PCLI", "H", "LK", "NE", "US", "08", "02", "00", "US,CA",
	"774235", "-5", "99999999999999999999", "207", "311", "-9999", "Africa/Niamey", "2012-01-18", "2012-13-40", "",
}

// FuzzReaderWords reads geoname tables spelt out of geonameWords
// (rowstest.Spell on a row of NE.txt, tab-separated as GeoNames writes
// them): each line is a row read or a *LineError naming the file, that
// line and, when it has 19 fields, the field; a row read holds its text
// fields as written, finite coordinates on the globe and a population of
// at least 0; no row goes missing (a line that is empty or starts with
// '#' is a comment).
func FuzzReaderWords(f *testing.F) {
	b, err := os.ReadFile("testdata/NE.txt")
	if err != nil {
		f.Fatal(err)
	}
	first, _, _ := strings.Cut(string(b), "\n")
	row := strings.Split(first, "\t")
	hdr := make([]string, len(row))
	f.Add([]byte{})
	f.Add([]byte{0, 60, 30, 2, 200, 60, 1, 20, 9})
	f.Fuzz(func(t *testing.T, data []byte) {
		recs := rowstest.Spell(hdr, row, []string{""}, geonameWords, data)[1:]
		text, lines := rowstest.Encode(recs, '\t', false)
		r := NewReader(strings.NewReader(text), KindGeoname, "f.txt")
		for i, rec := range recs {
			if line := strings.Join(rec, "\t"); line == "" || line[0] == '#' {
				continue
			}
			if !r.Next() {
				le, ok := r.Err().(*LineError)
				if !ok || le.File != "f.txt" || le.Line != lines[i] {
					t.Fatalf("row %d (line %d): %v", i+1, lines[i], r.Err())
				}
				if le.Field == "" && len(rec) == 19 {
					t.Fatalf("row %d: error names no field: %v\n%q", i+1, le, rec)
				}
				continue
			}
			if r.Line() != lines[i] {
				t.Fatalf("row %d read as line %d, is on line %d", i+1, r.Line(), lines[i])
			}
			g := r.Geoname()
			if g.Name != rec[1] || g.ASCIIName != rec[2] || g.FeatureClass != rec[6] || g.FeatureCode != rec[7] || g.Country != rec[8] ||
				g.Admin1 != rec[10] || g.Admin2 != rec[11] || g.Timezone != rec[17] || g.Modified != rec[18] {
				t.Fatalf("row %d: text fields changed: %+v\n%q", i+1, g, rec)
			}
			if !(g.Lat >= -90 && g.Lat <= 90 && g.Lon >= -180 && g.Lon <= 180) || g.Population < 0 {
				t.Fatalf("row %d: %v,%v population %d\n%q", i+1, g.Lat, g.Lon, g.Population, rec)
			}
		}
		if r.Next() || r.Err() != nil {
			t.Fatalf("after %d rows: another row or an error: %v", len(recs), r.Err())
		}
	})
}
