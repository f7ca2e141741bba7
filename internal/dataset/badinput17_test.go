package dataset

import (
	"os"
	"strings"
	"testing"
	"unicode/utf16"
)

// Session 17: a dataset saved as UTF-16 (as spreadsheets offer) was
// refused with a wrong cause, different per reader: ACLED's header "lacks
// the format's columns", UCDP's lines "end with a carriage return alone",
// GDELT's rows "hold a NUL byte". Each now says it is UTF-16.
func TestUTF16(t *testing.T) {
	enc := func(s string, bigEndian, bom bool) string {
		var b []byte
		if bom {
			if bigEndian {
				b = append(b, 0xfe, 0xff)
			} else {
				b = append(b, 0xff, 0xfe)
			}
		}
		for _, u := range utf16.Encode([]rune(s)) {
			if bigEndian {
				b = append(b, byte(u>>8), byte(u))
			} else {
				b = append(b, byte(u), byte(u>>8))
			}
		}
		return string(b)
	}
	for _, tc := range []struct{ fixture, source string }{
		{"../acled/testdata/acled_2024.csv", "acled"},
		{"../ucdp/testdata/ged231_caf_sample.csv", "ucdp"},
		{"../gdelt/testdata/20240101000000.export.CSV", "gdelt"},
	} {
		data, err := os.ReadFile(tc.fixture)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []struct {
			name     string
			big, bom bool
		}{{"little-endian with a mark", false, true}, {"big-endian with a mark", true, true}, {"little-endian without", false, false}} {
			for _, src := range []string{"", tc.source} {
				_, _, err := NewReader(strings.NewReader(enc(string(data), v.big, v.bom)), "f", src)
				if err == nil || !strings.Contains(err.Error(), "UTF-16") || !strings.Contains(err.Error(), "dataset f") {
					t.Errorf("%s, %s, source %q: got %v, want UTF-16 named", tc.source, v.name, src, err)
				}
			}
		}
		if _, _, err := NewReader(strings.NewReader(string(data)), "f", tc.source); err != nil {
			t.Errorf("%s as UTF-8: %v", tc.source, err)
		}
	}
}
