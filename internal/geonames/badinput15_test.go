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

// TestAltNameNotUTF8: an alternate name that is not UTF-8 is one name of
// many, so the reader drops it and keeps the place, counting it for the
// caller to report; a place's own fields that are not UTF-8 still fail
// the line, naming the field. The names are ours.
func TestAltNameNotUTF8(t *testing.T) {
	row := func(name, alts, tz string) string {
		return "9990002\t" + name + "\tLakeside\t" + alts + "\t13.1\t2.2\tP\tPPL\tNE\t\t08\t\t\t\t120\t\t210\t" + tz + "\t2024-01-01"
	}
	for _, tc := range []struct {
		name, line string
		field      string   // the field of the LineError, or "" when the row is read
		alts       []string // the names kept
		dropped    int
	}{
		{"one bad name among good", row("Lakeside", "Bord-du-Lac,Lakesid\x92e,Rivelago", "Africa/Niamey"), "", []string{"Bord-du-Lac", "Rivelago"}, 1},
		{"every name bad", row("Lakeside", "Lac\xe9,Rive\xe8", "Africa/Niamey"), "", nil, 2},
		{"UTF-8 accent kept", row("Lakeside", "Bord-du-Lac,Rivelagé", "Africa/Niamey"), "", []string{"Bord-du-Lac", "Rivelagé"}, 0},
		{"bad place name", row("Lakesid\xe9", "Bord-du-Lac", "Africa/Niamey"), "name", nil, 0},
		{"bad place name and names", row("Lakesid\xe9", "Lac\xe9", "Africa/Niamey"), "name", nil, 0},
		{"bad names and time zone", row("Lakeside", "Lac\xe9", "Africa/Niam\xe9y"), "timezone", nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tc.line+"\n"+row("Hillside", "Colline", "Africa/Niamey")+"\n"), KindGeoname, "x.txt")
			ok := r.Next()
			var le *LineError
			switch {
			case tc.field == "" && !ok:
				t.Fatalf("row refused: %v", r.Err())
			case tc.field == "":
				g := r.Geoname()
				if strings.Join(g.AlternateNames, "|") != strings.Join(tc.alts, "|") || r.Dropped() != tc.dropped || g.Name != "Lakeside" {
					t.Errorf("read %q with %q, %d dropped; want %q, %d dropped", g.Name, g.AlternateNames, r.Dropped(), tc.alts, tc.dropped)
				}
			case ok:
				t.Fatalf("a row with a bad %s was read", tc.field)
			case !errors.As(r.Err(), &le) || !errors.Is(r.Err(), ErrUTF8) || le.Line != 1 || le.Field != tc.field:
				t.Fatalf("got %v, want line 1 field %s not UTF-8", r.Err(), tc.field)
			}
			if !r.Next() || r.Line() != 2 || r.Dropped() != 0 {
				t.Errorf("the next line was not read cleanly: line %d, %d dropped, %v", r.Line(), r.Dropped(), r.Err())
			}
		})
	}
}
