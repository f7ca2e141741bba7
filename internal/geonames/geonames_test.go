package geonames

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func readAll(t *testing.T, path string) *Reader {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return NewReader(f, DetectKind(path), path)
}

func TestDetectKind(t *testing.T) {
	for _, tc := range []struct {
		path string
		want Kind
	}{
		{"/x/allCountries.txt", KindGeoname},
		{"NE.txt", KindGeoname},
		{"cities1000.txt", KindGeoname},
		{"cities15000.txt.gz", KindGeoname},
		{"admin1CodesASCII.txt", KindAdmin1},
		{"admin2Codes.txt", KindAdmin2},
		{"countryInfo.txt", KindCountry},
		{"alternateNamesV2.txt", KindAltName},
		{"readme.txt", KindUnknown},
		{"N1.txt", KindUnknown},
	} {
		if got := DetectKind(tc.path); got != tc.want {
			t.Errorf("DetectKind(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

func TestGeonames(t *testing.T) {
	r := readAll(t, "testdata/NE.txt")
	var got []Geoname
	for r.Next() {
		got = append(got, r.Geoname())
	}
	if r.Err() != nil {
		t.Fatal(r.Err())
	}
	if len(got) != 3 {
		t.Fatalf("read %d rows, want 3", len(got))
	}
	n := got[0]
	if n.ID != 2440485 || n.Name != "Niamey" || n.FeatureCode != "PPLC" || n.Country != "NE" || n.Admin1 != "08" || n.Population != 774235 {
		t.Errorf("Niamey row = %+v", n)
	}
	if n.Lat != 13.51366 || n.Lon != 2.1098 {
		t.Errorf("Niamey at %v,%v", n.Lat, n.Lon)
	}
	if n.Elevation != nil || n.DEM != 206 || n.Timezone != "Africa/Niamey" {
		t.Errorf("elevation %v dem %d tz %q", n.Elevation, n.DEM, n.Timezone)
	}
	found := false
	for _, a := range n.AlternateNames {
		found = found || a == "Niamè"
	}
	if !found {
		t.Errorf("alternate names %v lack Niamè", n.AlternateNames)
	}
}

func TestAdminCountryAltName(t *testing.T) {
	r := readAll(t, "testdata/admin1CodesASCII.txt")
	var admins []Admin
	for r.Next() {
		admins = append(admins, r.Admin())
	}
	if r.Err() != nil || len(admins) != 4 || admins[3] != (Admin{"NE.09", "Tillabéri", "Tillaberi", 2595294}) {
		t.Fatalf("admin1 = %+v, err %v", admins, r.Err())
	}
	r = readAll(t, "testdata/countryInfo.txt")
	var cs []CountryInfo
	for r.Next() {
		cs = append(cs, r.Country())
	}
	if r.Err() != nil || len(cs) != 2 {
		t.Fatalf("countries = %+v, err %v", cs, r.Err())
	}
	if c := cs[0]; c.ISO3 != "NER" || c.ID != 2440476 || c.Area != 1267000 || len(c.Neighbours) != 7 || c.Capital != "Niamey" {
		t.Errorf("Niger = %+v", c)
	}
	r = readAll(t, "testdata/alternateNamesV2.txt")
	var as []AltName
	for r.Next() {
		as = append(as, r.AltName())
	}
	if r.Err() != nil || len(as) != 4 {
		t.Fatalf("alt names = %+v, err %v", as, r.Err())
	}
	if !as[0].Preferred || as[2].Lang != "iata" || !as[3].Historic || as[3].From != "1900" {
		t.Errorf("alt names = %+v", as)
	}
}

func TestBadLines(t *testing.T) {
	good := "2440485\tNiamey\tNiamey\t\t13.5\t2.1\tP\tPPLC\tNE\t\t08\t\t\t\t774235\t\t206\tAfrica/Niamey\t2019-09-05"
	for _, tc := range []struct {
		name, line, field string
	}{
		{"few fields", "1\tx\tx", ""},
		{"bad id", strings.Replace(good, "2440485", "x", 1), "geonameid"},
		{"bad lat", strings.Replace(good, "13.5", "113.5", 1), "latitude"},
		{"nan lon", strings.Replace(good, "2.1", "NaN", 1), "longitude"},
		{"bad population", strings.Replace(good, "774235", "-4", 1), "population"},
		{"bad elevation", strings.Replace(good, "774235\t", "774235\tx", 1), "elevation"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := good + "\n" + tc.line + "\n" + good + "\n"
			r := NewReader(strings.NewReader(in), KindGeoname, "NE.txt")
			if !r.Next() {
				t.Fatalf("first row: %v", r.Err())
			}
			if r.Next() {
				t.Fatal("bad row read without error")
			}
			var le *LineError
			if !errors.As(r.Err(), &le) || le.Line != 2 || le.Field != tc.field || le.File != "NE.txt" {
				t.Fatalf("err = %v, want NE.txt line 2 field %q", r.Err(), tc.field)
			}
			if !strings.HasPrefix(le.Error(), "NE.txt:2:") {
				t.Errorf("message %q lacks file:line", le.Error())
			}
			// Skipping the bad line is the caller's choice: Next goes on.
			if !r.Next() || r.Geoname().ID != 2440485 {
				t.Fatalf("row after bad line not read: %v", r.Err())
			}
			if r.Next() || r.Err() != nil {
				t.Fatalf("want clean end, got %v", r.Err())
			}
		})
	}
}

func TestCRLFAndBOM(t *testing.T) {
	in := "\ufeffNE.01\tAgadez\tAgadez\t2448083\r\nNE.02\tDiffa\tDiffa\t2445702\r\n"
	r := NewReader(strings.NewReader(in), KindAdmin1, "a1")
	n := 0
	for r.Next() {
		n++
		if strings.ContainsAny(r.Admin().Code+r.Admin().Name, "\r\ufeff") || r.Admin().ID == 0 {
			t.Errorf("row %+v", r.Admin())
		}
	}
	if n != 2 || r.Err() != nil {
		t.Fatalf("read %d rows, err %v", n, r.Err())
	}
}
