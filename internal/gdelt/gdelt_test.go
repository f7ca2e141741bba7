package gdelt

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/rows"
	"github.com/sitrep-project/sitrep/internal/rows/rowstest"
)

const fixture = "testdata/20240101000000.export.CSV"

func drain(t *testing.T, in string) ([]event.Event, []*rows.Error) {
	t.Helper()
	r, err := NewReader(strings.NewReader(in), "g.CSV")
	if err != nil {
		t.Fatal(err)
	}
	return rowstest.Drain(t, r)
}

func load(t *testing.T) (string, [][]string) {
	t.Helper()
	b, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	var recs [][]string
	for line := range strings.SplitSeq(strings.TrimSuffix(string(b), "\n"), "\n") {
		recs = append(recs, strings.Split(line, "\t"))
	}
	return string(b), recs
}

// TestRoundTrip rebuilds every row, 2.0 and 1.0 layouts, from its event.
func TestRoundTrip(t *testing.T) {
	in, recs := load(t)
	// The 1.0 daily layout is 2.0 without the three ADM2 columns.
	var v1 []string
	var recs1 [][]string
	for _, r := range recs {
		var out []string
		for i, v := range r {
			if !strings.HasSuffix(Columns[i], "_ADM2Code") {
				out = append(out, v)
			}
		}
		recs1 = append(recs1, out)
		v1 = append(v1, strings.Join(out, "\t"))
	}
	for _, tt := range []struct {
		name string
		in   string
		recs [][]string
		cols []string
	}{{"2.0", in, recs, Columns}, {"1.0", strings.Join(v1, "\n"), recs1, Columns1}} {
		evs, bad := drain(t, tt.in)
		if len(bad) > 0 || len(evs) != len(tt.recs) {
			t.Fatalf("%s: %d events, bad %v", tt.name, len(evs), bad)
		}
		for i, e := range evs {
			if got := Record(&e, tt.cols); !reflect.DeepEqual(got, tt.recs[i]) {
				for j := range got {
					if got[j] != tt.recs[i][j] {
						t.Errorf("%s row %d %s: got %q, want %q", tt.name, i+1, tt.cols[j], got[j], tt.recs[i][j])
					}
				}
			}
		}
	}
}

func TestMapping(t *testing.T) {
	in, _ := load(t)
	evs, _ := drain(t, in)
	tests := []struct {
		i                 int
		typ, sub          string
		country, admin1   string
		countryNm         string
		prec              event.GeoPrecision
		actors            int
		summaryStartsWith string
	}{
		{0, event.Battles, "Armed clash", "NGA", "Borno", "Nigeria", event.GeoPoint, 2, "Fight (CAMEO 190): NIGERIA against REBEL, in Maiduguri"},
		{1, event.Protests, "Peaceful protest", "CAF", "Bangui", "Central African Republic", event.GeoPoint, 1, "Protest (CAMEO 141): CENTRAL AFRICAN REPUBLIC, in Bangui"},
		{2, "", "", "NER", "", "Niger", event.GeoCountry, 2, "Make public statement (CAMEO 010)"},
		{3, event.ExplosionsRemote, "Suicide bomb", "SOM", "Banaadir", "Somalia", event.GeoAdmin1, 2, "Assault (CAMEO 1831)"},
		{4, "", "", "", "", "", event.GeoUnknown, 0, "Consult (CAMEO 042)"},
		{5, event.ExplosionsRemote, "Air/drone strike", "SDN", "Al Khartum", "Sudan", event.GeoPoint, 2, "Fight (CAMEO 195)"},
	}
	for _, tt := range tests {
		e := evs[tt.i]
		p := e.Place
		if e.Type != tt.typ || e.SubType != tt.sub || p.Country != tt.country || p.Admin1 != tt.admin1 || p.CountryNm != tt.countryNm || p.Precision != tt.prec || len(e.Actors) != tt.actors || !strings.HasPrefix(e.Summary, tt.summaryStartsWith) {
			t.Errorf("row %d: %q/%q place %+v actors %d summary %q", tt.i+1, e.Type, e.SubType, p, len(e.Actors), e.Summary)
		}
	}
	e := evs[0]
	if e.ID != "gdelt:1160123456" || e.Date != event.Day(2024, 3, 14) || *e.Place.Lat != 11.8464 || e.Extra.Get("GoldsteinScale") != "-10.0" ||
		e.Extra.Get("EventCode") != "190" || e.Extra.Get("ActionGeo_CountryCode") != "NI" || e.Provenance.DocID == "" {
		t.Errorf("row 1: %+v", e)
	}
	if e.Actors[0] != (event.Actor{Name: "NIGERIA", Side: event.Side1, Role: "actor1"}) {
		t.Errorf("actor1 %+v", e.Actors[0])
	}
}

func TestMalformed(t *testing.T) {
	in, recs := load(t)
	good := strings.SplitN(in, "\n", 2)[0]
	with := func(col string, v string) string {
		r := append([]string(nil), recs[1]...)
		for i, c := range Columns {
			if c == col {
				r[i] = v
			}
		}
		return strings.Join(r, "\t")
	}
	tests := []struct {
		name, row, column string
		err               error
	}{
		{"truncated row", strings.Join(recs[1][:40], "\t"), "Actor1Geo_Lat", ErrFields},
		{"extra column", good + "\textra", "", ErrFields},
		{"comma-separated", strings.Join(recs[1], ","), "SQLDATE", ErrFields},
		{"bad date", with("SQLDATE", "20240230"), "SQLDATE", ErrDate},
		{"bad id", with("GLOBALEVENTID", "x1"), "GLOBALEVENTID", ErrNumber},
		{"bad Goldstein", with("GoldsteinScale", "high"), "GoldsteinScale", ErrNumber},
		{"bad mentions", with("NumMentions", "1.5"), "NumMentions", ErrNumber},
		{"latitude out of range", with("ActionGeo_Lat", "95.1"), "ActionGeo_Lat", ErrNumber},
		{"NaN longitude", with("ActionGeo_Long", "NaN"), "ActionGeo_Long", ErrNumber},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, bad := drain(t, good+"\n"+tt.row+"\n"+good+"\n")
			if len(evs) != 2 || len(bad) != 1 {
				t.Fatalf("%d events, bad %v", len(evs), bad)
			}
			b := bad[0]
			if b.Line != 2 || b.Column != tt.column || !errors.Is(b, tt.err) || b.Raw != tt.row {
				t.Errorf("got %v (column %q)", b, b.Column)
			}
		})
	}
	// A first row in no known layout is reported; later good rows still read.
	evs, bad := drain(t, "a,b,c\n"+good+"\n")
	if len(bad) != 1 || bad[0].Line != 1 || len(evs) != 1 {
		t.Errorf("first row wrong: %d events, bad %v", len(evs), bad)
	}
	// A byte-order mark and CRLF are tolerated.
	evs, bad = drain(t, "\xef\xbb\xbf"+good+"\r\n")
	if len(bad) != 0 || len(evs) != 1 || evs[0].SourceID != "1160123456" || evs[0].Extra.Get("SOURCEURL") != recs[0][60] {
		t.Errorf("bom/crlf: %+v %v", evs, bad)
	}
}
