package ucdp

import (
	"encoding/csv"
	"errors"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/rows"
	"github.com/sitrep-project/sitrep/internal/rows/rowstest"
)

const sample = "testdata/ged231_caf_sample.csv"

func readSample(t *testing.T) ([]event.Event, [][]string) {
	t.Helper()
	f, err := os.Open(sample)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	f.Seek(0, io.SeekStart)
	r, err := NewReader(f, "ged.csv")
	if err != nil {
		t.Fatal(err)
	}
	evs, bad := rowstest.Drain(t, r)
	if len(bad) > 0 || len(evs) != len(recs)-1 {
		t.Fatalf("%d events, bad %v, want %d", len(evs), bad, len(recs)-1)
	}
	return evs, recs
}

// TestRoundTrip writes every event of the real GED sample back with
// Record and compares it with the file, column by column.
func TestRoundTrip(t *testing.T) {
	evs, recs := readSample(t)
	if !reflect.DeepEqual(recs[0], Columns) {
		t.Fatalf("sample header differs from Columns")
	}
	for i, e := range evs {
		got := Record(&e, recs[0])
		for j := range got {
			if got[j] != recs[i+1][j] {
				t.Errorf("event %s column %s: got %q, want %q", e.SourceID, recs[0][j], got[j], recs[i+1][j])
			}
		}
	}
}

func TestMapping(t *testing.T) {
	evs, _ := readSample(t)
	lat, lon := 5.399784, 26.486881
	three := 3
	want := event.Event{
		ID: "ucdp:36210", Source: "ucdp", SourceID: "36210",
		Date: event.Range(day("2009-02-20"), day("2009-02-20"), event.PrecDay),
		Place: event.Place{Name: "Southeast Central African Republic", Country: "CAF", CountryNm: "Central African Republic",
			Lat: &lat, Lon: &lon, Precision: event.GeoRegion},
		Actors: []event.Actor{{Name: "Government of Uganda", Side: event.Side1, Role: "side_a"}, {Name: "LRA", Side: event.Side2, Role: "side_b"}},
		Casualties: []event.Casualty{
			{Who: "Government of Uganda", Side: event.Side1, Killed: event.N(0)},
			{Who: "LRA", Side: event.Side2, Killed: event.N(3)},
			{Who: "civilians", Side: event.SideThird, Killed: event.N(0)},
			{Who: "unknown", Side: event.SideUnknown, Killed: event.N(0)},
		},
		Type: event.Battles, SubType: "Armed clash",
		Summary:    "Government of Uganda - LRA, Central African Republic remote southeast: 3 killed",
		Fatalities: &event.Count{Low: 3, Best: 3, High: &three},
		Provenance: event.Provenance{Source: "ucdp", DocID: "ged.csv"},
	}
	e := evs[0]
	if x := e.Extra; x.Get("type_of_violence") != "1" || x.Get("country_id") != "482" || x.Get("geom_wkt") != "POINT (26.486881 5.399784)" || len(x) != len(Columns)-20 {
		t.Errorf("extra %v", x)
	}
	e.Extra = nil
	if !reflect.DeepEqual(e, want) {
		t.Errorf("got\n%+v\nwant\n%+v", e, want)
	}

	// Every precision code in the sample maps to the model's precision,
	// and the date range is GED's date_start..date_end.
	datePrec := map[string]event.Precision{"1": event.PrecDay, "2": event.PrecDays, "3": event.PrecWeek, "4": event.PrecMonth, "5": event.PrecMonths}
	wherePrec := map[string]event.GeoPrecision{"1": event.GeoPoint, "2": event.GeoNear, "3": event.GeoAdmin2, "4": event.GeoAdmin1, "5": event.GeoRegion, "6": event.GeoCountry, "7": event.GeoWorld}
	_, recs := readSample(t)
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	seenDate, seenWhere := map[string]bool{}, map[string]bool{}
	for i, e := range evs {
		r := recs[i+1]
		seenDate[r[col["date_prec"]]] = true
		seenWhere[r[col["where_prec"]]] = true
		if e.Date.Precision != datePrec[r[col["date_prec"]]] || e.Place.Precision != wherePrec[r[col["where_prec"]]] {
			t.Errorf("%s: date_prec %s → %v, where_prec %s → %q", e.ID, r[col["date_prec"]], e.Date.Precision, r[col["where_prec"]], e.Place.Precision)
		}
		if e.Date.Start.Format(event.Layout) != r[col["date_start"]][:10] || e.Date.End.Format(event.Layout) != r[col["date_end"]][:10] {
			t.Errorf("%s: range %v", e.ID, e.Date)
		}
		wantType := map[string]string{"1": event.Battles, "2": event.Battles, "3": event.ViolenceCivilians}[r[col["type_of_violence"]]]
		if e.Type != wantType {
			t.Errorf("%s: type_of_violence %s → %q", e.ID, r[col["type_of_violence"]], e.Type)
		}
	}
	if len(seenDate) != 5 || len(seenWhere) != 6 {
		t.Errorf("sample covers date_prec %v and where_prec %v", seenDate, seenWhere)
	}
}

func day(s string) time.Time { t, _ := parseDate(s); return t }

// TestKeepText: what the model holds only in another form is kept as it
// was, so that Record gives the row back (found by FuzzReaderWords): low
// and high without best were dropped; an empty low came back as best and
// an empty date_prec as "1"; and Record did not know " id" from a header
// read with spaces around its names, as the reader does.
func TestKeepText(t *testing.T) {
	hdr := "id,date_prec,date_start,best,low,high"
	for _, tt := range []struct{ hdr, row string }{
		{hdr, "1,1,2020-01-02 00:00:00.000,,3,5"},
		{hdr, "1,,2020-01-02 00:00:00.000,4,,"},
		{hdr, "1,1,2020-01-02 00:00:00.000,4,,6"},
		{hdr, "1,2,2020-01-02 00:00:00.000,,,7"},
		{" id,date_prec , date_start,best", "1,1,2020-01-02 00:00:00.000,4"},
	} {
		r, err := NewReader(strings.NewReader(tt.hdr+"\n"+tt.row+"\n"), "k.csv")
		if err != nil {
			t.Fatal(err)
		}
		evs, bad := rowstest.Drain(t, r)
		if len(evs) != 1 || len(bad) != 0 {
			t.Fatalf("%q: %d events, bad %v", tt.row, len(evs), bad)
		}
		if got := strings.Join(Record(&evs[0], r.Columns()), ","); got != tt.row {
			t.Errorf("%q: written back as %q", tt.row, got)
		}
	}
}

func TestAPIPage(t *testing.T) {
	f, err := os.Open("testdata/api_page.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := NewPageReader(f, "page.json")
	if err != nil {
		t.Fatal(err)
	}
	api, bad := rowstest.Drain(t, p)
	if len(bad) > 0 || len(api) != 3 || p.Total() != 3 {
		t.Fatalf("%d events, bad %v, total %d", len(api), bad, p.Total())
	}
	csvEvs, _ := readSample(t)
	byID := map[string]event.Event{}
	for _, e := range csvEvs {
		byID[e.ID] = e
	}
	for i, e := range api {
		c, ok := byID[e.ID]
		if !ok {
			t.Fatalf("%s not in the CSV sample", e.ID)
		}
		if e.Provenance.Line != i+1 {
			t.Errorf("%s: line %d", e.ID, e.Provenance.Line)
		}
		e.Provenance, c.Provenance = event.Provenance{}, event.Provenance{}
		if !reflect.DeepEqual(e, c) {
			t.Errorf("API and CSV differ for %s:\n%+v\n%+v", e.ID, e, c)
		}
	}
}

func TestAPIPageShapes(t *testing.T) {
	one := `{"id":1,"date_start":"2020-01-02T00:00:00","best":2}`
	tests := []struct {
		name   string
		in     string
		events int
		bad    int
		fail   bool
	}{
		{"bare array", "[" + one + "," + one + "]", 2, 0, false},
		{"bom and keys after Result", "\xef\xbb\xbf{\"Result\":[" + one + "],\"NextPageUrl\":\"https://x/2\"}", 1, 0, false},
		{"nested value", `{"Result":[{"id":1,"date_start":"2020-01-02","best":{"a":1}},` + one + "]}", 1, 1, false},
		{"bad date", `{"Result":[{"id":1,"date_start":"2020-13-02"},` + one + "]}", 1, 1, false},
		// A key given twice could come back only once (rows.Duplicate).
		{"key twice", `{"Result":[{"id":1,"date_start":"2020-01-02","region":"a","region":"b"},` + one + "]}", 1, 1, false},
		{"no Result", `{"TotalCount":0}`, 0, 0, true},
		{"not JSON", `id,date_start`, 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := NewPageReader(strings.NewReader(tt.in), "p.json")
			if tt.fail {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			evs, bad := rowstest.Drain(t, p)
			if len(evs) != tt.events || len(bad) != tt.bad {
				t.Errorf("%d events, bad %v", len(evs), bad)
			}
			if strings.Contains(tt.in, "NextPageUrl") && p.NextPage() != "https://x/2" {
				t.Errorf("next page %q", p.NextPage())
			}
		})
	}
}

func TestMalformed(t *testing.T) {
	hdr := "id,type_of_violence,side_a,side_b,where_prec,latitude,longitude,date_prec,date_start,date_end,deaths_a,deaths_b,best,high,low\n"
	good := "2,1,A,B,1,5.1,20.2,1,2020-01-02 00:00:00.000,2020-01-02 00:00:00.000,1,0,1,1,1\n"
	tests := []struct {
		name   string
		in     string
		line   int
		column string
		err    error
	}{
		{"truncated row", hdr + "1,1,A,B,1,5.1\n" + good, 2, "longitude", ErrFields},
		{"extra column", hdr + strings.TrimSuffix(good, "\n") + ",x\n" + good, 2, "", ErrFields},
		{"bad date", hdr + "1,1,A,B,1,5.1,20.2,1,2020-02-30 00:00:00.000,2020-01-02,1,0,1,1,1\n" + good, 2, "date_start", ErrDate},
		{"end before start", hdr + "1,1,A,B,1,5.1,20.2,1,2020-01-03,2020-01-02,1,0,1,1,1\n" + good, 2, "date_end", ErrDate},
		{"bad number", hdr + "1,1,A,B,1,5.1,20.2,1,2020-01-02,2020-01-02,one,0,1,1,1\n" + good, 2, "deaths_a", ErrNumber},
		{"negative count", hdr + "1,1,A,B,1,5.1,20.2,1,2020-01-02,2020-01-02,1,0,-1,1,1\n" + good, 2, "best", ErrNumber},
		{"NaN latitude", hdr + "1,1,A,B,1,NaN,20.2,1,2020-01-02,2020-01-02,1,0,1,1,1\n" + good, 2, "latitude", ErrNumber},
		{"bad where_prec", hdr + "1,1,A,B,8,5.1,20.2,1,2020-01-02,2020-01-02,1,0,1,1,1\n" + good, 2, "where_prec", ErrCode},
		{"bad type_of_violence", hdr + "1,4,A,B,1,5.1,20.2,1,2020-01-02,2020-01-02,1,0,1,1,1\n" + good, 2, "type_of_violence", ErrCode},
		{"row with the wrong delimiter", hdr + strings.ReplaceAll(good, ",", ";") + good, 2, "type_of_violence", ErrFields},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewReader(strings.NewReader(tt.in), "g.csv")
			if err != nil {
				t.Fatal(err)
			}
			evs, bad := rowstest.Drain(t, r)
			if len(evs) != 1 || len(bad) != 1 {
				t.Fatalf("%d events, bad %v", len(evs), bad)
			}
			b := bad[0]
			if b.File != "g.csv" || b.Line != tt.line || b.Column != tt.column || !errors.Is(b, tt.err) {
				t.Errorf("got %v (column %q)", b, b.Column)
			}
		})
	}
	for _, in := range []string{"\xef\xbb\xbf" + hdr + good, strings.ReplaceAll(hdr+good, ",", ";"), strings.ReplaceAll(hdr+good, "\n", "\r\n")} {
		r, err := NewReader(strings.NewReader(in), "g.csv")
		if err != nil {
			t.Fatal(err)
		}
		evs, bad := rowstest.Drain(t, r)
		if len(evs) != 1 || len(bad) != 0 || evs[0].ID != "ucdp:2" || evs[0].Fatalities.Best != 1 {
			t.Errorf("%q: %+v %v", in[:12], evs, bad)
		}
	}
	if _, err := NewReader(strings.NewReader("event_id_cnty,event_date\n"), "a.csv"); err == nil {
		t.Error("ACLED header read as GED")
	}
	if _, err := NewReader(strings.NewReader("id,date_start,region,region\n1,2020-01-02,a,b\n"), "a.csv"); !errors.Is(err, rows.ErrDuplicate) || !strings.Contains(err.Error(), "a.csv line 1") {
		t.Errorf("column named twice: %v", err)
	}
}
