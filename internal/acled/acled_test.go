package acled

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

func readAll(t *testing.T, r io.Reader, name string) ([]event.Event, []*rows.Error) {
	t.Helper()
	a, err := NewReader(r, name)
	if err != nil {
		t.Fatal(err)
	}
	return rowstest.Drain(t, a)
}

func day(s string) time.Time { t, _ := time.Parse(event.Layout, s); return t }

// TestRoundTrip reads each fixture and writes every event back with
// Record: each row must come back column for column, which is what "no
// column is lost" means.
func TestRoundTrip(t *testing.T) {
	for _, file := range []string{"testdata/acled_2024.csv", "testdata/acled_2019.csv"} {
		t.Run(file, func(t *testing.T) {
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			want, err := csv.NewReader(f).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			f.Seek(0, io.SeekStart)
			evs, bad := readAll(t, f, file)
			if len(bad) > 0 || len(evs) != len(want)-1 {
				t.Fatalf("%d events, bad rows %v; want %d events", len(evs), bad, len(want)-1)
			}
			for i, e := range evs {
				if got := Record(&e, want[0]); !reflect.DeepEqual(got, want[i+1]) {
					for j := range got {
						if got[j] != want[i+1][j] {
							t.Errorf("row %d column %s: got %q, want %q", i+1, want[0][j], got[j], want[i+1][j])
						}
					}
				}
			}
		})
	}
}

func TestMapping(t *testing.T) {
	f, err := os.Open("testdata/acled_2024.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	evs, _ := readAll(t, f, "acled_2024.csv")
	lat, lon := 11.2653, 13.8789
	e := evs[0]
	want := event.Event{
		ID: "acled:NGA31001", Source: "acled", SourceID: "NGA31001",
		Date: event.Day(2024, 3, 14),
		Place: event.Place{Name: "Pulka", Admin1: "Borno", Admin2: "Gwoza", Country: "NGA", CountryNm: "Nigeria",
			Lat: &lat, Lon: &lon, Precision: event.GeoPoint},
		Actors: []event.Actor{
			{Name: "Military Forces of Nigeria (2023-)", Side: event.Side1, Role: "actor1", Inter: "State forces"},
			{Name: "Civilian Joint Task Force", Side: event.Side1, Role: "assoc_actor_1"},
			{Name: "Islamic State West Africa Province (ISWAP)", Side: event.Side2, Role: "actor2", Inter: "Rebel groups"},
		},
		Type: "Battles", SubType: "Armed clash",
		Summary:    "On 14 March 2024, Nigerian troops supported by CJTF repelled an ISWAP attack on Pulka (Gwoza, Borno). 7 ISWAP fighters and 2 soldiers were killed.",
		Fatalities: event.N(9),
		Provenance: event.Provenance{Source: "acled", DocID: "acled_2024.csv"},
		Extra: event.Extra{{Key: "year", Value: "2024"}, {Key: "disorder_type", Value: "Political violence"}, {Key: "interaction", Value: "State forces-Rebel groups"},
			{Key: "civilian_targeting", Value: ""}, {Key: "iso", Value: "566"}, {Key: "region", Value: "Western Africa"}, {Key: "admin3", Value: "Gwoza"},
			{Key: "source", Value: "Daily Trust; Premium Times"}, {Key: "source_scale", Value: "National"}, {Key: "tags", Value: ""}, {Key: "timestamp", Value: "1710979200"}},
	}
	if !reflect.DeepEqual(e, want) {
		t.Errorf("got\n%+v\nwant\n%+v", e, want)
	}

	tests := []struct {
		i          int
		start, end string
		prec       event.Precision
		geo        event.GeoPrecision
		country    string
		fatalities int
	}{
		{1, "2024-02-22", "2024-02-28", event.PrecWeek, event.GeoNear, "BFA", 12},
		{2, "2024-01-01", "2024-01-31", event.PrecMonth, event.GeoAdmin1, "SDN", 0},
		{3, "2024-04-02", "2024-04-02", event.PrecDay, event.GeoPoint, "YEM", 0},
	}
	for _, tt := range tests {
		e := evs[tt.i]
		if !e.Date.Start.Equal(day(tt.start)) || !e.Date.End.Equal(day(tt.end)) || e.Date.Precision != tt.prec {
			t.Errorf("%s: date %v/%v %v, want %s/%s %v", e.ID, e.Date.Start, e.Date.End, e.Date.Precision, tt.start, tt.end, tt.prec)
		}
		if e.Place.Precision != tt.geo || e.Place.Country != tt.country || e.Fatalities.Best != tt.fatalities {
			t.Errorf("%s: geo %q country %q fatalities %v", e.ID, e.Place.Precision, e.Place.Country, e.Fatalities)
		}
	}
	if v := evs[1].Date.Value; v != "2024-02-25" {
		t.Errorf("week date keeps ACLED's day as Value: got %q", v)
	}
	if v := evs[2].Extra.Get("event_date"); v != "2024-01-15" {
		t.Errorf("month date keeps ACLED's day in Extra: got %q", v)
	}
	if n := len(evs[4].Actors); n != 4 || evs[4].Actors[3].Name != "Women (Syria)" || evs[4].Actors[3].Side != event.Side2 {
		t.Errorf("assoc_actor_2 split: %+v", evs[4].Actors)
	}
	if evs[3].Extra.Get("inter2") != "" || len(evs[3].Actors) != 1 {
		t.Errorf("protest with no actor2: %+v, extra %v", evs[3].Actors, evs[3].Extra)
	}
}

func TestOldExport(t *testing.T) {
	f, err := os.Open("testdata/acled_2019.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	evs, _ := readAll(t, f, "acled_2019.csv")
	e := evs[1]
	if !e.Date.Start.Equal(day("2017-10-04")) || e.Date.Precision != event.PrecDay {
		t.Errorf("date %v", e.Date)
	}
	if e.Place.Country != "NER" || e.Actors[0].Inter != "8" || e.Actors[1].Name != "Military Forces of Niger (2011-2021)" || e.Actors[2].Inter != "2" {
		t.Errorf("place %+v actors %+v", e.Place, e.Actors)
	}
	if e.Extra.Get("event_date") != "04 October 2017" || e.Extra.Get("data_id") != "6612346" {
		t.Errorf("extra %v", e.Extra)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"2017-10-04", "2017-10-04"},
		{"04 October 2017", "2017-10-04"},
		{"4 October 2017", "2017-10-04"},
		{"4 oct 2017", "2017-10-04"},
		{"04-October-2017", "2017-10-04"},
		{"29 February 2016", "2016-02-29"},
		{"29 February 2017", ""},
		{"2017-13-01", ""},
		{"2017-02-30", ""},
		{"10/04/2017", ""},
		{"04 Octember 2017", ""},
		{"", ""},
		{"0001-01-01", ""},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if tt.want == "" {
			if err == nil || !errors.Is(err, ErrDate) {
				t.Errorf("ParseDate(%q) = %v, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got.Format(event.Layout) != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
}

const hdr = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,country,iso,latitude,longitude,notes,fatalities\n"
const good = "X1,2020-01-02,1,Battles,Armed clash,A,1,Mali,466,14.1,-3.2,ok,3\n"

func TestMalformed(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		line   int
		column string
		err    error
		events int
	}{
		{"truncated row", hdr + "X0,2020-01-02,1,Battles\n" + good, 2, "sub_event_type", ErrFields, 1},
		{"extra column", hdr + "X0,2020-01-02,1,Battles,Armed clash,A,1,Mali,466,14.1,-3.2,ok,3,surplus\n" + good, 2, "", ErrFields, 1},
		{"bad date", hdr + "X0,2020-02-31,1,Battles,Armed clash,A,1,Mali,466,14.1,-3.2,ok,3\n" + good, 2, "event_date", ErrDate, 1},
		{"bad fatalities", hdr + "X0,2020-01-02,1,Battles,Armed clash,A,1,Mali,466,14.1,-3.2,ok,three\n" + good, 2, "fatalities", ErrNumber, 1},
		{"bad latitude", hdr + "X0,2020-01-02,1,Battles,Armed clash,A,1,Mali,466,114.1,-3.2,ok,3\n" + good, 2, "latitude", ErrNumber, 1},
		// NaN compares false with either bound and came through as a
		// latitude (found by FuzzReaderWords).
		{"NaN longitude", hdr + "X0,2020-01-02,1,Battles,Armed clash,A,1,Mali,466,14.1,NaN,ok,3\n" + good, 2, "longitude", ErrNumber, 1},
		{"bad precision", hdr + "X0,2020-01-02,4,Battles,Armed clash,A,1,Mali,466,14.1,-3.2,ok,3\n" + good, 2, "time_precision", ErrCode, 1},
		{"bad inter", hdr + "X0,2020-01-02,1,Battles,Armed clash,A,9,Mali,466,14.1,-3.2,ok,3\n" + good, 2, "inter1", ErrCode, 1},
		{"row with the wrong delimiter", hdr + "X0\t2020-01-02\t1\tBattles\tArmed clash\tA\t1\tMali\t466\t14.1\t-3.2\tok\t3\n" + good, 2, "event_date", ErrFields, 1},
		{"stray quote", hdr + `X0,2020-01-02,1,Battles,Armed clash,A,1,Mali,466,14.1,-3.2,"ok"x,3` + "\n" + good, 2, "", rows.ErrQuote, 1},
		{"quote left open", hdr + good + `X0,2020-01-02,1,Battles,Armed clash,A,1,Mali,466,14.1,-3.2,"ok,3` + "\n", 3, "", rows.ErrUnclosed, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, bad := readAll(t, strings.NewReader(tt.in), "t.csv")
			if len(evs) != tt.events || len(bad) != 1 {
				t.Fatalf("%d events and bad rows %v", len(evs), bad)
			}
			b := bad[0]
			if b.File != "t.csv" || b.Line != tt.line || b.Column != tt.column || !errors.Is(b, tt.err) {
				t.Errorf("got %v (line %d column %q), want line %d column %q: %v", b, b.Line, b.Column, tt.line, tt.column, tt.err)
			}
			if lines := strings.Split(tt.in, "\n"); b.Raw != lines[tt.line-1] {
				t.Errorf("raw %q, want %q", b.Raw, lines[tt.line-1])
			}
		})
	}
}

func TestHeaderHandling(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"bom", "\xef\xbb\xbf" + hdr + good},
		{"semicolons", strings.ReplaceAll(hdr+good, ",", ";")},
		{"tabs", strings.ReplaceAll(hdr+good, ",", "\t")},
		{"crlf", strings.ReplaceAll(hdr+good, "\n", "\r\n")},
		{"upper case header", strings.ToUpper(hdr) + good},
		{"quoted header", `"event_id_cnty","event_date","time_precision","event_type","sub_event_type","actor1","inter1","country","iso","latitude","longitude","notes","fatalities"` + "\n" + good},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, bad := readAll(t, strings.NewReader(tt.in), "t.csv")
			if len(evs) != 1 || len(bad) != 0 {
				t.Fatalf("%d events, bad %v", len(evs), bad)
			}
			e := evs[0]
			if e.ID != "acled:X1" || e.Place.Country != "MLI" || e.Fatalities.Best != 3 || *e.Place.Lon != -3.2 || e.Summary != "ok" {
				t.Errorf("got %+v", e)
			}
		})
	}
	if _, err := NewReader(strings.NewReader("id,date\n1,2\n"), "x.csv"); err == nil || !strings.Contains(err.Error(), "x.csv") {
		t.Errorf("non-ACLED header: %v", err)
	}
	if _, err := NewReader(strings.NewReader(""), "x.csv"); err == nil {
		t.Error("empty file: no error")
	}
	// Lines ended by a carriage return alone read as one header with no
	// rows, every row dropped without a word; now the file is refused.
	if _, err := NewReader(strings.NewReader(strings.ReplaceAll(hdr+good+good, "\n", "\r")), "x.csv"); !errors.Is(err, rows.ErrBareCR) || !strings.Contains(err.Error(), "x.csv line 1") {
		t.Errorf("CR line ends: %v", err)
	}
	// A column named twice (found by FuzzReaderWords): the second of two
	// "notes" went to Extra under the name of the first, and the row was
	// written back with the second's value in both columns.
	for _, in := range []string{
		"event_id_cnty,event_date,notes,notes\nX1,2020-01-02,a,b\n",
		"event_id_cnty,event_date,year,year\nX1,2020-01-02,2020,2021\n",
		"event_id_cnty,event_date, notes,notes \nX1,2020-01-02,a,b\n",
	} {
		if _, err := NewReader(strings.NewReader(in), "x.csv"); !errors.Is(err, rows.ErrDuplicate) || !strings.Contains(err.Error(), "x.csv line 1") {
			t.Errorf("%q: %v, want the duplicate named", in, err)
		}
	}
	// Blank columns a spreadsheet left after the last are named by their
	// place, so that two of them are not one name twice; their values are
	// kept and the row written back whole.
	in := "event_id_cnty,event_date,notes,,\nX1,2020-01-02,a,,b\nX2,2020-01-03,c,d,\n"
	r, err := NewReader(strings.NewReader(in), "x.csv")
	if err != nil {
		t.Fatalf("blank columns: %v", err)
	}
	if got, want := strings.Join(r.Columns(), "|"), "event_id_cnty|event_date|notes|column 4|column 5"; got != want {
		t.Errorf("columns %q, want %q", got, want)
	}
	evs, bad := readAll(t, strings.NewReader(in), "x.csv")
	if len(evs) != 2 || len(bad) != 0 {
		t.Fatalf("blank columns: %d events, bad %v", len(evs), bad)
	}
	for i, row := range []string{"X1,2020-01-02,a,,b", "X2,2020-01-03,c,d,"} {
		if got := strings.Join(Record(&evs[i], r.Columns()), ","); got != row {
			t.Errorf("written back as %q, read from %q", got, row)
		}
	}
}

// TestKeepText: a value the model holds in a form Record writes otherwise
// ("+1" fatalities, " 2" precision, "A;B" associated actors, an empty
// time_precision read as a day) is kept as it was, so that the row comes
// back whole. Found by FuzzReaderWords: each was written back normalized.
func TestKeepText(t *testing.T) {
	h := "event_id_cnty,event_date,time_precision,actor1,assoc_actor_1,inter1,actor2,inter2,geo_precision,fatalities\n"
	for _, row := range []string{
		"X1,2020-01-02,1,A,B; C,1,,,1,+1",
		" X1,2020-01-02, 2,A,B;C, 1,,7, 2,3 ",
		"X1,2020-01-02,1,A,,1,,,, ",
		"X1,2020-01-02,,A,;B;,State forces,,0,,",
		"X1,2020-01-02,1,A,,1,,Civilians,,007",
	} {
		evs, bad := readAll(t, strings.NewReader(h+row+"\n"), "t.csv")
		if len(evs) != 1 || len(bad) != 0 {
			t.Fatalf("%q: %d events, bad %v", row, len(evs), bad)
		}
		if got := strings.Join(Record(&evs[0], strings.Split(strings.TrimSpace(h), ",")), ","); got != row {
			t.Errorf("written back as %q, read from %q", got, row)
		}
	}
	// An empty iso3 beside a numeric iso came back as the country iso
	// gave (found by FuzzReaderWords after 158 s).
	h2 := "event_id_cnty,event_date,iso,iso3"
	for _, row := range []string{"X1,2020-01-02,466,", "X1,2020-01-02,466,MLI", "X1,2020-01-02,,", "X1,2020-01-02,999,"} {
		evs, bad := readAll(t, strings.NewReader(h2+"\n"+row+"\n"), "t.csv")
		if len(evs) != 1 || len(bad) != 0 {
			t.Fatalf("%q: %d events, bad %v", row, len(evs), bad)
		}
		if got := strings.Join(Record(&evs[0], strings.Split(h2, ",")), ","); got != row {
			t.Errorf("written back as %q, read from %q", got, row)
		}
	}
}

func TestLegacyType(t *testing.T) {
	in := "EVENT_ID_CNTY,EVENT_DATE,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1\nNIG1,04 October 2017,Battle-No change of territory,A,B;C,1\n"
	evs, bad := readAll(t, strings.NewReader(in), "old.csv")
	if len(bad) > 0 || len(evs) != 1 {
		t.Fatal(bad)
	}
	e := evs[0]
	if e.Type != event.Battles || e.SubType != "Armed clash" || e.Extra.Get("EVENT_TYPE") != "Battle-No change of territory" {
		t.Errorf("type %q/%q extra %v", e.Type, e.SubType, e.Extra)
	}
	if len(e.Actors) != 3 || e.Actors[2].Name != "C" || e.Actors[2].Role != "assoc_actor_1" {
		t.Errorf("actors %+v", e.Actors)
	}
	if got := Record(&e, []string{"EVENT_ID_CNTY", "EVENT_DATE", "EVENT_TYPE", "ACTOR1", "ALLY_ACTOR_1", "INTER1"}); got[2] != "Battle-No change of territory" || got[1] != "04 October 2017" {
		t.Errorf("record %q", got)
	}
}
