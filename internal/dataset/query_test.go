package dataset_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/datagen"
	"github.com/sitrep-project/sitrep/internal/dataset"
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/gdelt"
	"github.com/sitrep-project/sitrep/internal/rows/rowstest"
	"github.com/sitrep-project/sitrep/internal/store"
	"github.com/sitrep-project/sitrep/internal/ucdp"
)

// queryCase is a file for TestQueryMatchesReader. bulk says whether the
// bulk-load query is expected to take it (false: it must refuse it, and
// the reader then reads it).
type queryCase struct {
	name, source string
	body         string // the file; or gen, generated
	gen          *datagen.Options
	bulk         bool
}

// acledHeader is the current export header.
const acledHeader = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n"

// acledRow is a current-format row with fields replaced by name.
func acledRow(set map[string]string) string {
	base := map[string]string{
		"event_id_cnty": "NER100", "event_date": "2017-10-04", "year": "2017", "time_precision": "1",
		"disorder_type": "Political violence", "event_type": "Battles", "sub_event_type": "Armed clash",
		"actor1": "Military Forces of Niger (2011-2021)", "assoc_actor_1": "Military Forces of the United States (2017-2021)",
		"inter1": "1", "actor2": "Islamic State (Greater Sahara)", "assoc_actor_2": "", "inter2": "2", "interaction": "12",
		"civilian_targeting": "", "iso": "562", "region": "Western Africa", "country": "Niger", "admin1": "Tillaberi",
		"admin2": "Ouallam", "admin3": "Tondikiwindi", "location": "Tongo Tongo", "latitude": "14.9333",
		"longitude": "1.9667", "geo_precision": "2", "source": "AFP; New York Times", "source_scale": "International",
		"notes": "Ambush near Tongo Tongo.", "fatalities": "29", "tags": "", "timestamp": "1552577931",
	}
	for k, v := range set {
		base[k] = v
	}
	var out []string
	for _, h := range strings.Split(strings.TrimSpace(acledHeader), ",") {
		out = append(out, base[h])
	}
	return strings.Join(out, ",") + "\n"
}

func queryCases() []queryCase {
	r := acledRow
	cases := []queryCase{
		{name: "acled 2024 fixture", source: "acled", body: read("../acled/testdata/acled_2024.csv"), bulk: true},
		{name: "acled 2019 fixture", source: "acled", body: read("../acled/testdata/acled_2019.csv"), bulk: true},
		{name: "acled generated", source: "acled", gen: &datagen.Options{Source: "acled", Rows: 3000, Seed: 7}, bulk: true},
		{name: "acled text dates and inter labels", source: "acled", gen: &datagen.Options{Source: "acled", Rows: 2000, Seed: 8, TextDates: true, TextInter: true}, bulk: true},
		{name: "acled edge values", source: "acled", bulk: true, body: acledHeader +
			r(map[string]string{"event_id_cnty": " NER1 ", "time_precision": "2", "latitude": "7.0", "longitude": "-0", "fatalities": " +3 "}) +
			r(map[string]string{"event_id_cnty": "NER2", "time_precision": "3", "event_date": "2016-02-29", "actor1": "", "inter1": "1", "assoc_actor_1": "A; ;B ;", "fatalities": ""}) +
			r(map[string]string{"event_id_cnty": "NER3", "event_type": "Remote violence", "sub_event_type": "", "iso": "", "latitude": "", "notes": `"Said ""no"", then <left> & went"`}) +
			r(map[string]string{"event_id_cnty": "NER4", "event_type": "Battle-No change of territory", "sub_event_type": "Kept", "inter2": "Rebel groups", "iso": "999", "geo_precision": ""}) +
			"\n" +
			r(map[string]string{"event_id_cnty": "NER5", "notes": "\"two\nlines\"", "actor2": "", "inter2": "", "event_date": " 4 Oct 2017", "latitude": "14.93330"}) +
			r(map[string]string{"event_id_cnty": "NER6", "event_date": "04-october-2017", "tags": "é ü 中文 \u2028"}),
		},
		// Tabs, NBSP, U+3000 at a value's ends: strings.TrimSpace takes
		// them, DuckDB's trim does not, so the bulk load leaves the file
		// to the reader.
		{name: "acled unicode spaces", source: "acled", body: acledHeader +
			r(map[string]string{"event_id_cnty": "\tNER1\u00a0", "time_precision": "\u20032", "assoc_actor_1": "A;\u3000B\u0085", "inter1": "1\u2029", "fatalities": "\v4", "latitude": "\u00a014.5"}),
		},
		{name: "acled semicolons and BOM", source: "acled", bulk: true, body: "\ufeff" + strings.ReplaceAll(acledHeader, ",", ";") +
			strings.ReplaceAll(r(map[string]string{"notes": "x", "source": "AFP"}), ",", ";")},
		{name: "acled old columns in another order", source: "acled", bulk: true,
			body: "EVENT_DATE,EVENT_ID_CNTY,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,COUNTRY,ISO3,LATITUDE,LONGITUDE,FATALITIES,NOTES,EXTRA COL\n" +
				"04 October 2017,NER9,Battles,Niger army,US army,1,Niger,NER,14.9,1.9,4,n,kept\n"},
		{name: "acled iso and an empty iso3", source: "acled", bulk: true,
			body: "event_id_cnty,event_date,country,iso,iso3\nNER8,2017-10-04,Niger,562,\nNER9,2017-10-05,Niger,562,NER\nNER10,2017-10-06,Niger,,\n"},
		{name: "acled blank header columns", source: "acled", bulk: true,
			body: "event_id_cnty,event_date,country,,\nNER8,2017-10-04,Niger,x,\nNER9,2017-10-05,Niger,,y\n"},
		{name: "acled hostile header and path", source: "acled", bulk: true,
			body: "event_id_cnty,event_date,country,\"x'); DROP TABLE events; --\",\"q\\\"\"\"\n" + "NER8,2017-10-04,Niger,a'b,c\\d\n"},
		{name: "acled CRLF", source: "acled", bulk: true, body: strings.ReplaceAll(acledHeader+r(nil)+r(map[string]string{"event_id_cnty": "NER2", "notes": "\"a\r\nb\""}), "\n", "\r\n")},
		{name: "acled gzip name", source: "acled", bulk: true, body: acledHeader + r(nil)},
		{name: "acled duplicate id", source: "acled", bulk: true, body: acledHeader + r(nil) + r(nil)},
	}
	// Rows the query must refuse, so that the reader names them.
	for _, bad := range []map[string]string{
		{"event_date": "2017-13-01"}, {"event_date": "2017-02-30"}, {"event_date": "1799-12-31"}, {"event_date": "Oct 4 2017"},
		{"event_date": "04 Sept 2017"}, {"time_precision": "4"}, {"latitude": "91"}, {"longitude": "1e2"}, {"latitude": "NaN"},
		{"fatalities": "-1"}, {"fatalities": "2.5"}, {"iso": "56x"}, {"inter1": "9"}, {"geo_precision": "0"},
		{"event_id_cnty": " "}, {"latitude": "14.12345678901234567"},
	} {
		var name []string
		for k, v := range bad {
			name = append(name, k+"="+v)
		}
		cases = append(cases, queryCase{name: "acled bad " + strings.Join(name, ","), source: "acled", body: acledHeader + r(nil) + r(bad)})
	}
	cases = append(cases,
		queryCase{name: "acled short row", source: "acled", body: acledHeader + r(nil) + "NER7,2017-10-04\n"},
		queryCase{name: "acled long row", source: "acled", body: acledHeader + strings.TrimSuffix(r(nil), "\n") + ",x\n"},
		queryCase{name: "acled stray quote", source: "acled", body: acledHeader + r(map[string]string{"notes": `"a"b`})},
		queryCase{name: "acled unclosed quote", source: "acled", body: acledHeader + r(map[string]string{"notes": `"a`})},
		queryCase{name: "acled invalid utf-8", source: "acled", body: acledHeader + r(map[string]string{"notes": "a\xffb"})},
	)
	cases = append(cases, gdeltCases()...)
	return append(cases, ucdpCases()...)
}

// ucdpRow is the first row of the GED sample with fields replaced by name.
func ucdpRow(set map[string]string) string {
	lines := strings.SplitN(read("../ucdp/testdata/ged231_caf_sample.csv"), "\n", 3)
	f := strings.Split(strings.TrimSuffix(lines[1], "\r"), ",")
	for k, v := range set {
		f[slices.Index(ucdp.Columns, k)] = v
	}
	return strings.Join(f, ",") + "\n"
}

func ucdpCases() []queryCase {
	r := ucdpRow
	h := strings.Join(ucdp.Columns, ",") + "\n"
	cases := []queryCase{
		{name: "ucdp fixture", source: "ucdp", body: read("../ucdp/testdata/ged231_caf_sample.csv"), bulk: true},
		{name: "ucdp generated", source: "ucdp", gen: &datagen.Options{Source: "ucdp", Rows: 3000, Seed: 11}, bulk: true},
		{name: "ucdp edge values", source: "ucdp", bulk: true, body: h + r(nil) +
			r(map[string]string{"id": " 2 ", "date_prec": "4", "date_start": "2009-02-01", "date_end": "2009-02-28T00:00:00", "best": "", "low": "4", "deaths_a": "", "side_b": "", "where_description": " ", "latitude": "5.0", "country_id": `"482, 625"`, "type_of_violence": " 3"}) +
			r(map[string]string{"id": "3", "date_prec": "2", "date_end": "2009-02-22 00:00:00.000", "high": "", "low": "", "dyad_name": "", "where_prec": "7", "country_id": "", "type_of_violence": ""}) +
			r(map[string]string{"id": "4", "best": "7", "low": "7", "high": "7", "side_a": "", "deaths_unknown": "", "country_id": "9999", "where_prec": ""}) +
			r(map[string]string{"id": "5", "best": "7", "low": "5", "high": "12", "where_description": `"a ""b"", c"`, "latitude": "", "date_prec": ""}),
		},
		{name: "ucdp duplicate id", source: "ucdp", bulk: true, body: h + r(nil) + r(nil)},
		{name: "ucdp blank header columns", source: "ucdp", bulk: true,
			body: strings.TrimSuffix(h, "\n") + ",,\n" + strings.TrimSuffix(r(nil), "\n") + ",x,\n" + strings.TrimSuffix(r(map[string]string{"id": "8"}), "\n") + ",,y\n"},
		{name: "ucdp unicode spaces", source: "ucdp", body: h + r(map[string]string{"id": "\t7\u00a0"})},
		// GED's place descriptions break lines after commas: white space
		// inside a value that is trimmed whole stops no bulk load.
		{name: "ucdp line breaks inside values", source: "ucdp", bulk: true, body: h +
			r(map[string]string{"where_description": "\"in Gadzi,\nMambere prefecture\"", "dyad_name": "\"A;\tB\""})},
		{name: "ucdp demo file", source: "ucdp", body: read("../demo/data/GEDEvent_v23_1_CAF.csv"), bulk: true},
	}
	for _, bad := range []map[string]string{
		{"date_start": "2009-02-30"}, {"date_start": "1799-12-31"}, {"date_start": "20-02-2009"}, {"date_end": "2009-02-19 00:00:00.000"},
		{"date_prec": "6"}, {"type_of_violence": "4"}, {"where_prec": "8"}, {"best": "-1"}, {"low": "x"}, {"deaths_civilians": "1.5"},
		{"country_id": "CAF"}, {"latitude": "91"}, {"longitude": "1e2"}, {"id": " "},
	} {
		var name []string
		for k, v := range bad {
			name = append(name, k+"="+v)
		}
		cases = append(cases, queryCase{name: "ucdp bad " + strings.Join(name, ","), source: "ucdp", body: h + r(nil) + r(bad)})
	}
	return cases
}

// gdeltRow is the first row of the GDELT fixture with fields replaced by
// their GDELT column name.
func gdeltRow(set map[string]string) string {
	first, _, _ := strings.Cut(read("../gdelt/testdata/20240101000000.export.CSV"), "\n")
	f := strings.Split(first, "\t")
	for k, v := range set {
		f[slices.Index(gdelt.Columns, k)] = v
	}
	return strings.Join(f, "\t") + "\n"
}

func gdeltCases() []queryCase {
	r := gdeltRow
	cases := []queryCase{
		{name: "gdelt fixture", source: "gdelt", body: read("../gdelt/testdata/20240101000000.export.CSV"), bulk: true},
		{name: "gdelt generated", source: "gdelt", gen: &datagen.Options{Source: "gdelt", Rows: 3000, Seed: 9}, bulk: true},
		{name: "gdelt edge values", source: "gdelt", bulk: true, body: r(nil) +
			r(map[string]string{"GLOBALEVENTID": "2", "Actor1Name": "", "EventCode": "1831", "EventRootCode": "18", "ActionGeo_Type": "2", "ActionGeo_FullName": "Borno, Nigeria", "ActionGeo_Lat": "7.0", "ActionGeo_Long": "", "GoldsteinScale": "1e1"}) +
			r(map[string]string{"GLOBALEVENTID": "3", "Actor2Name": "", "EventCode": "0871", "EventRootCode": "8", "ActionGeo_Type": "0", "ActionGeo_FullName": "", "ActionGeo_CountryCode": "", "ActionGeo_Lat": "", "ActionGeo_Long": "", "AvgTone": ".5"}) +
			r(map[string]string{"GLOBALEVENTID": "4", "Actor1Name": "", "Actor2Name": "", "EventCode": "999", "EventRootCode": "99", "ActionGeo_Type": "5", "ActionGeo_CountryCode": "XX", "SOURCEURL": `a "quoted" <url> & é`}) +
			r(map[string]string{"GLOBALEVENTID": "5", "ActionGeo_FullName": "A, B, C, D", "ActionGeo_Lat": "-0", "ActionGeo_Long": "-179.99999"}),
		},
		{name: "gdelt 1.0 layout", source: "gdelt", bulk: true, body: func() string {
			f := strings.Split(strings.TrimSuffix(r(nil), "\n"), "\t")
			var out []string
			for i, c := range gdelt.Columns {
				if !strings.HasSuffix(c, "_ADM2Code") {
					out = append(out, f[i])
				}
			}
			return strings.Join(out, "\t") + "\n"
		}()},
		{name: "gdelt duplicate id", source: "gdelt", bulk: true, body: r(nil) + r(nil)},
	}
	for _, bad := range []map[string]string{
		{"SQLDATE": "20240230"}, {"SQLDATE": "17991231"}, {"SQLDATE": "2024031"}, {"GLOBALEVENTID": "x1"}, {"GLOBALEVENTID": ""},
		{"ActionGeo_Lat": "95"}, {"ActionGeo_Long": "1e2"}, {"NumMentions": "1.5"}, {"GoldsteinScale": "ten"}, {"QuadClass": "inf"},
		{"ActionGeo_Lat": "1.1234567890123456"},
	} {
		var name []string
		for k, v := range bad {
			name = append(name, k+"="+v)
		}
		cases = append(cases, queryCase{name: "gdelt bad " + strings.Join(name, ","), source: "gdelt", body: r(nil) + r(bad)})
	}
	return append(cases,
		queryCase{name: "gdelt short row", source: "gdelt", body: r(nil) + "1\t20240101\n"},
		queryCase{name: "gdelt comma-separated", source: "gdelt", body: r(nil) + strings.ReplaceAll(r(nil), "\t", ",")},
		queryCase{name: "gdelt invalid utf-8", source: "gdelt", body: r(nil) + r(map[string]string{"SOURCEURL": "a\xffb"})},
	)
}

func read(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestQueryMatchesReader holds each source's bulk-load query to its Go
// reader: on every file, the query either stores exactly the events that
// the reader gives (every column, the JSON documents decoded) or fails, and
// where it fails the reader must find a bad row or read the file whole.
func TestQueryMatchesReader(t *testing.T) {
	dir := t.TempDir()
	for i, c := range queryCases() {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.Map(func(r rune) rune {
				if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
					return r
				}
				return '_'
			}, c.name)+".csv")
			if strings.Contains(c.name, "gzip") {
				path += ".gz" // not compressed: DuckDB must not try to inflate it
			}
			if strings.Contains(c.name, "path") {
				odd := filepath.Join(dir, `it's "odd"; --`)
				if err := os.MkdirAll(odd, 0o755); err != nil {
					t.Fatal(err)
				}
				path = filepath.Join(odd, filepath.Base(path))
			}
			if c.gen != nil {
				f, err := os.Create(path)
				if err != nil {
					t.Fatal(err)
				}
				if err := datagen.Write(f, *c.gen); err != nil {
					t.Fatal(err)
				}
				f.Close()
			} else if err := os.WriteFile(path, []byte(c.body), 0o644); err != nil {
				t.Fatal(err)
			}
			took, err := compareLoads(t, filepath.Join(dir, fmt.Sprint(i)), path, c.source)
			if err != nil {
				t.Fatal(err)
			}
			if took != c.bulk {
				t.Fatalf("bulk load took the file: %v, want %v", took, c.bulk)
			}
		})
	}
}

// compareLoads ingests the file at path twice, into fresh stores named by
// base: by its bulk-load query and by its reader. It reports whether the
// bulk load took the file, and an error when the two disagree: the query
// took a file the reader refuses, or stored other events than the
// reader's (every column; JSON documents decoded). Duplicate ids, found
// after either load, count as taken when both find them.
func compareLoads(t testing.TB, base, path, source string) (bool, error) {
	ctx := context.Background()
	meta := store.Meta{Source: source, Dataset: "d", Release: "R 1", FileName: "f", FileHash: "h"}
	bulk, goStore := openStore(t, base+"-bulk.duckdb"), openStore(t, base+"-rows.duckdb")
	f, err := dataset.Open(ctx, path, source)
	if err != nil {
		return false, err
	}
	defer f.Close()
	q, ok, err := f.Query("R 1")
	if !ok || err != nil {
		return false, nil
	}
	_, qerr := bulk.IngestQuery(ctx, meta, q)
	_, gerr := goStore.Ingest(ctx, meta, func() (*event.Event, error) {
		e, err := f.Next()
		if err != nil {
			return nil, err
		}
		e.Provenance.Version = "R 1"
		return &e, nil
	})
	var dup *store.DuplicateError
	switch {
	case errors.As(qerr, &dup):
		if !errors.As(gerr, &dup) {
			return true, fmt.Errorf("bulk load found duplicate ids (%v), the reader: %v", qerr, gerr)
		}
		return true, nil
	case qerr != nil:
		return false, nil
	case gerr != nil:
		return true, fmt.Errorf("the reader refused a file the bulk load took: %v", gerr)
	}
	want, err := goStore.CurrentEvents(ctx, source)
	if err != nil {
		return true, err
	}
	got, err := bulk.CurrentEvents(ctx, source)
	if err != nil {
		return true, err
	}
	if len(got) != len(want) {
		return true, fmt.Errorf("bulk load stored %d events, the reader %d", len(got), len(want))
	}
	var errs []error
	for k := range want {
		if !reflect.DeepEqual(got[k], want[k]) {
			errs = append(errs, fmt.Errorf("event %d differs:\n bulk   %+v\n reader %+v", k, got[k], want[k]))
		}
	}
	// A column the decoded events do not show.
	if a, b := column(t, bulk, "actor_text"), column(t, goStore, "actor_text"); !reflect.DeepEqual(a, b) {
		errs = append(errs, fmt.Errorf("actor_text: bulk %q, reader %q", a[:min(3, len(a))], b[:min(3, len(b))]))
	}
	return true, errors.Join(errs...)
}

func openStore(t testing.TB, path string) *store.Store {
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func column(t testing.TB, s *store.Store, col string) []string {
	rows, err := s.DB().Query("SELECT coalesce(" + col + ", '') FROM events ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// TestQueryPaths: a path DuckDB would read as a pattern gets no query,
// since "export [1].csv" would load "export 1.csv" if there were one.
func TestQueryPaths(t *testing.T) {
	dir := t.TempDir()
	for name, want := range map[string]bool{"export.csv": true, "export [1].csv": false, "export*.csv": false, "e{1}.csv": false, "a?.csv": false} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(acledHeader+acledRow(nil)), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := dataset.Open(context.Background(), path, "")
		if err != nil {
			t.Fatal(err)
		}
		_, ok, err := f.Query("R")
		f.Close()
		if ok != want || err != nil {
			t.Errorf("%s: query %v (%v), want %v", name, ok, err, want)
		}
	}
}

// TestQueryZip: a zip's member (GDELT publishes its files so) is written
// out for the bulk load, mapped as the reader maps it, with the member in
// the provenance, and removed when the file closes.
func TestQueryZip(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	dir := t.TempDir()
	for _, c := range []struct{ source, fixture, member string }{
		{"gdelt", "../gdelt/testdata/20240101000000.export.CSV", "20240101000000.export.CSV"},
		{"acled", "../acled/testdata/acled_2024.csv", "acled_2024.csv"},
	} {
		zpath := rowstest.Zip(t, dir, c.fixture, c.member)
		took, err := compareLoads(t, filepath.Join(dir, c.source), zpath, c.source)
		if err != nil || !took {
			t.Fatalf("%s: bulk load took it %v: %v", zpath, took, err)
		}
		s := openStore(t, filepath.Join(dir, c.source+"-bulk.duckdb"))
		if docs := column(t, s, "json_extract_string(provenance, '$.doc_id')"); len(docs) == 0 || docs[0] != zpath+":"+c.member {
			t.Errorf("%s: provenance doc_id %q", c.source, docs[:min(1, len(docs))])
		}
		if left, _ := os.ReadDir(tmp); len(left) != 0 {
			t.Errorf("%s: left in the temporary directory: %v", c.source, left)
		}
	}
}
