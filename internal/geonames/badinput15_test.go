package geonames

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// Session 15's adversarial pass: a dump line with bytes that are not UTF-8
// (a file re-saved as Latin-1) was read as it was, and the gazetteer's
// save then failed in DuckDB naming only its temporary file. The reader
// names the dump's file, line and field, and goes on after it as after any
// bad line, so that --skip-bad can skip it.
func TestNotUTF8(t *testing.T) {
	first := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l != "" && l[0] != '#' {
				return l
			}
		}
		t.Fatalf("%s: no row", path)
		return ""
	}
	// spoil puts a Latin-1 byte at the end of field i.
	spoil := func(line string, i int, b string) string {
		f := strings.Split(line, "\t")
		f[i] += b
		return strings.Join(f, "\t")
	}
	for _, tc := range []struct {
		name  string
		kind  Kind
		file  string
		field int
		bytes string
		want  string
	}{
		{"place name", KindGeoname, "testdata/NE.txt", 1, "\xe9", "name"},
		{"alternate names", KindGeoname, "testdata/NE.txt", 3, "\x96", "alternatenames"},
		{"admin1 name", KindAdmin1, "testdata/admin1CodesASCII.txt", 1, "\xe8", "name"},
		{"country capital", KindCountry, "testdata/countryInfo.txt", 5, "\xe9", "Capital"},
		{"alternate name", KindAltName, "testdata/alternateNamesV2.txt", 3, "\xc3", "alternate name"},
		{"UTF-8 accent", KindGeoname, "testdata/NE.txt", 1, "é", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			good := first(tc.file)
			in := spoil(good, tc.field, tc.bytes) + "\n" + good + "\n"
			r := NewReader(strings.NewReader(in), tc.kind, "x.txt")
			ok := r.Next()
			var le *LineError
			switch {
			case tc.want == "" && !ok:
				t.Fatalf("valid UTF-8 refused: %v", r.Err())
			case tc.want == "":
			case ok:
				t.Fatal("a line that is not UTF-8 was read")
			case !errors.As(r.Err(), &le) || !errors.Is(r.Err(), ErrUTF8) || le.Line != 1 || le.Field != tc.want:
				t.Fatalf("got %v, want line 1 field %s not UTF-8", r.Err(), tc.want)
			}
			if !r.Next() || r.Line() != 2 {
				t.Errorf("the next line was not read after it: %v", r.Err())
			}
		})
	}
}
