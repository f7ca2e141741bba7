package server

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/match"
	"github.com/sitrep-project/sitrep/internal/query"
	"github.com/sitrep-project/sitrep/internal/store"
	"github.com/sitrep-project/sitrep/internal/store/storetest"
)

// loadFixture loads storetest's fixture and an article's document.
func loadFixture(t testing.TB, st *store.Store) {
	t.Helper()
	storetest.LoadFixture(t, st)
	ctx := context.Background()
	doc := store.Document{ID: "tongo-tongo", Title: "Tongo Tongo ambush", Format: "wikitext", SHA256: "abc", Body: "On 4 October 2017…",
		Conflict: json.RawMessage(`{"name":"Tongo Tongo ambush","sides":[]}`), Reconciliation: json.RawMessage(`[]`)}
	if _, err := st.PutDocument(ctx, doc, []event.Event{{ID: "tongo-tongo#1", Source: "article", SourceID: "1", Date: event.Day(2017, 10, 4), Summary: "ambush"}}); err != nil {
		t.Fatal(err)
	}
}

func backends(t *testing.T, fn func(t *testing.T, st *store.Store)) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		loadFixture(t, st)
		fn(t, st)
	})
}

type answer struct {
	status int
	ctype  string
	header http.Header
	body   []byte
}

func get(t *testing.T, h http.Handler, target string) answer {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
	return answer{rec.Code, rec.Header().Get("Content-Type"), rec.Header(), rec.Body.Bytes()}
}

func (a answer) decode(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(a.body, v); err != nil {
		t.Fatalf("%v: %s", err, a.body)
	}
}

// errParam returns the parameter a 4xx answer blames.
func (a answer) errParam(t *testing.T) string {
	t.Helper()
	var e struct{ Error apiError }
	a.decode(t, &e)
	if e.Error.Status != a.status || e.Error.Message == "" {
		t.Errorf("error body %s", a.body)
	}
	return e.Error.Param
}

func eventIDs(t *testing.T, a answer) ([]string, string) {
	t.Helper()
	if a.status != 200 {
		t.Fatalf("status %d: %s", a.status, a.body)
	}
	var page struct {
		Events     []event.Event
		NextCursor string `json:"next_cursor"`
	}
	a.decode(t, &page)
	var ids []string
	for _, e := range page.Events {
		ids = append(ids, e.ID)
	}
	return ids, page.NextCursor
}

func TestEndpoints(t *testing.T) {
	backends(t, func(t *testing.T, st *store.Store) {
		s := New(st, Options{MaxPage: 5})

		for _, c := range []struct {
			query string
			want  []string
		}{
			{"country=NER&event_type=Battles&start=2017-10-01", []string{"acled:1", "ucdp:123"}},
			{"iso=562&event_date=2017-10-01|2017-10-31&event_date_where=BETWEEN", []string{"acled:1", "acled:2", "ucdp:123"}},
			{"actor=ISGS&side=1", []string{"acled:1", "acled:2"}},
			{"bbox=0,14,2,15&fatalities_min=4", []string{"acled:1", "ucdp:123"}},
			{"near=14.9,0.9,50&source=ucdp", []string{"ucdp:123"}},
			{"q=IED&admin1=Tillaberi&geo_prec=point&date_prec=day&fatalities_max=3", []string{"acled:2"}},
			{"actor_like=islamic&sub_event_type=Non-state actor overtakes territory", []string{"acled:6"}},
		} {
			got, next := eventIDs(t, get(t, s, "/api/events?"+url.PathEscape(c.query)))
			sort.Strings(got)
			if !reflect.DeepEqual(got, c.want) || next != "" {
				t.Errorf("%s: got %q next %q, want %q", c.query, got, next, c.want)
			}
		}

		// Pages of two, following next_cursor, give every event once.
		var all []string
		target := "/api/events?limit=2"
		for i := 0; i < 10; i++ {
			a := get(t, s, target)
			ids, next := eventIDs(t, a)
			all = append(all, ids...)
			if next == "" {
				break
			}
			if a.header.Get("X-Next-Cursor") != next || !strings.Contains(a.header.Get("Link"), "cursor=") {
				t.Errorf("paging headers %v", a.header)
			}
			target = "/api/events?limit=2&cursor=" + url.QueryEscape(next)
		}
		if len(all) != 10 {
			t.Errorf("paged %d events, want 10: %q", len(all), all)
		}
		// The default page is the maximum when that is smaller.
		if ids, next := eventIDs(t, get(t, s, "/api/events")); len(ids) != 5 || next == "" {
			t.Errorf("default page: %d events, next %q", len(ids), next)
		}

		a := get(t, s, "/api/events?source=ucdp&format=csv")
		recs, err := csv.NewReader(strings.NewReader(string(a.body))).ReadAll()
		if a.status != 200 || !strings.HasPrefix(a.ctype, "text/csv") || err != nil || len(recs) != 3 || recs[0][0] != "id" {
			t.Errorf("csv: %d %s %v %q", a.status, a.ctype, err, recs)
		}
		if recs[0][len(recs[0])-1] != "date_prec" || recs[1][len(recs[1])-1] != "2" {
			t.Errorf("csv extra columns: %q", recs)
		}
		a = get(t, s, "/api/events?country=NER&format=geojson")
		var fc struct {
			Type     string
			Features []json.RawMessage
		}
		a.decode(t, &fc)
		if a.ctype != "application/geo+json" || fc.Type != "FeatureCollection" || len(fc.Features) != 4 {
			t.Errorf("geojson: %s %s", a.ctype, a.body)
		}

		// The ACLED and UCDP rows of the Tongo Tongo ambush are one
		// incident; the article's event has no place to compare.
		var mr struct{ Pairs []match.Pair }
		a = get(t, s, "/api/matches?country=NER&days=2")
		a.decode(t, &mr)
		if a.status != 200 || len(mr.Pairs) != 1 || mr.Pairs[0].A.ID+"~"+mr.Pairs[0].B.ID != "ucdp:123~acled:1" || mr.Pairs[0].KM == nil {
			t.Errorf("matches: %d %s", a.status, a.body)
		}

		var agg struct{ Buckets []query.Bucket }
		a = get(t, s, "/api/aggregate?country=NER|MLI&interval=month&by=event_type")
		a.decode(t, &agg)
		want := []query.Bucket{
			{Period: "2017-10-01", Key: "Battles", Events: 2, Fatalities: query.Totals{Low: 13, Best: 15, High: 18, WithFigure: 2, WithHigh: 2}},
			{Period: "2017-10-01", Key: "Explosions/Remote violence", Events: 1, Fatalities: query.Totals{Low: 3, Best: 3, High: 3, WithFigure: 1, WithHigh: 1}},
			{Period: "2017-11-01", Key: "Battles", Events: 1, Fatalities: query.Totals{Low: 12, Best: 12, High: 12, WithFigure: 1, WithHigh: 1}},
			{Period: "2017-11-01", Key: "Violence against civilians", Events: 1, Fatalities: query.Totals{WithFigure: 1, WithHigh: 1}},
		}
		if !reflect.DeepEqual(agg.Buckets, want) {
			t.Errorf("aggregate\n got %+v\nwant %+v", agg.Buckets, want)
		}
		a = get(t, s, "/api/aggregate?country=NGA&by=cell&cell=1")
		a.decode(t, &agg)
		if len(agg.Buckets) != 2 || agg.Buckets[0].Key != "11,13" || *agg.Buckets[0].CellLat != 11 {
			t.Errorf("cells %s", a.body)
		}

		var top struct{ Actors []query.Actor }
		get(t, s, "/api/actors?top=1&country=NER").decode(t, &top)
		if len(top.Actors) != 1 || top.Actors[0].Name != "Islamic State in the Greater Sahara" || top.Actors[0].Events != 3 {
			t.Errorf("top %+v", top)
		}
		var sp query.Span
		get(t, s, "/api/span?source=acled").decode(t, &sp)
		if sp.Events != 6 || sp.First.ID != "acled:1" || sp.Last.ID != "acled:6" {
			t.Errorf("span %d %v %v", sp.Events, sp.First, sp.Last)
		}
		var ib query.Infobox
		get(t, s, "/api/infobox?country=MLI").decode(t, &ib)
		if ib.Events != 2 || ib.Start != "2017-10-29" || ib.End != "2017-11-30" || len(ib.Sides) != 2 || ib.Fatalities.Best != 12 {
			t.Errorf("infobox %+v", ib)
		}
		var ch query.ChangeReport
		get(t, s, "/api/change?interval=month&periods=1&at=2017-11-15").decode(t, &ch)
		// The article event has no country: it is a place of its own.
		if ch.Period != "2017-11-01" || len(ch.Places) != 3 || ch.Places[2].Country != "NER" || ch.Places[2].Category != query.LargeDecrease {
			t.Errorf("change %+v", ch)
		}

		var docs struct{ Conflicts []docHead }
		get(t, s, "/api/conflicts").decode(t, &docs)
		if len(docs.Conflicts) != 1 || docs.Conflicts[0].ID != "tongo-tongo" {
			t.Errorf("conflicts %+v", docs)
		}
		var doc struct {
			Document       docHead
			Conflict       map[string]any
			Reconciliation []any
			Events         []event.Event
			Text           string
		}
		a = get(t, s, "/api/conflicts/tongo-tongo")
		a.decode(t, &doc)
		if doc.Document.Title != "Tongo Tongo ambush" || doc.Conflict["name"] != "Tongo Tongo ambush" || len(doc.Events) != 1 || doc.Text == "" || doc.Reconciliation == nil {
			t.Errorf("conflict %s", a.body)
		}
		if a := get(t, s, "/api/conflicts/nope"); a.status != 404 {
			t.Errorf("unknown conflict: %d %s", a.status, a.body)
		}

		var h map[string]any
		get(t, s, "/api/health").decode(t, &h)
		if h["status"] != "ok" || h["backend"] != string(st.Kind()) {
			t.Errorf("health %v", h)
		}
		var vs struct{ Versions []store.Version }
		get(t, s, "/api/versions?source=acled").decode(t, &vs)
		if len(vs.Versions) != 2 {
			t.Errorf("versions %+v", vs)
		}
	})
}

// TestBadParameters sends a bad value for every parameter of every
// endpoint: each must be a 400 that names the parameter.
func TestBadParameters(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	loadFixture(t, st)
	s := New(st, Options{MaxPage: 100})
	bad := map[string][]string{
		"country":          {strings.Repeat("x", 501), "a\x01b"},
		"iso":              {"abc", "1000", "999"},
		"admin1":           {"\xff"},
		"start":            {"2017-13-01", "yesterday", "2017-02-30", "99999-01-01"},
		"end":              {"2017-1-1x", "31/12/2017"},
		"event_date":       {"2017-99-01", "2017-01-01|2017-02-01|2017-03-01"},
		"event_type":       {"Wars", "' OR 1=1"},
		"sub_event_type":   {"Ambush"},
		"actor":            {strings.Repeat("a", 501)},
		"actor_like":       {"a\x00b"},
		"side":             {"0", "4", "left", "1.5"},
		"fatalities_min":   {"-1", "many", "1e3"},
		"fatalities_max":   {"-5", "99999999999"},
		"bbox":             {"1,2,3", "-181,0,10,10", "0,-91,10,10", "0,10,10,5", "a,b,c,d", "0,0,NaN,1"},
		"near":             {"14,1", "91,0,10", "0,181,10", "0,0,0", "0,0,-1", "0,0,99999"},
		"date_prec":        {"fortnight", "0", "8"},
		"geo_prec":         {"street", "9"},
		"source":           {strings.Repeat("s", 501)},
		"version":          {"0", "x", "-1"},
		"as_of":            {"0", "1.5"},
		"q":                {strings.Repeat("q", 501)},
		"limit":            {"0", "101", "x", "-1"},
		"cursor":           {"abc", "eyJpIjoiIn0"},
		"format":           {"xml", "parquet"},
		"interval":         {"fortnight"},
		"by":               {"planet"},
		"cell":             {"0", "x", "100"},
		"top":              {"0", "x", "1001"},
		"periods":          {"0", "x", "521"},
		"at":               {"2018-02-31"},
		"event_date_where": {"LIKE", "=;DROP"},
		"days":             {"-1", "31", "x"},
		"min_score":        {"0", "1.5", "x", "NaN"},
	}
	endpoint := map[string]string{
		"limit": "/api/events", "cursor": "/api/events", "format": "/api/events",
		"interval": "/api/aggregate", "by": "/api/aggregate", "cell": "/api/aggregate",
		"top": "/api/actors", "periods": "/api/change", "at": "/api/change",
		"days": "/api/matches", "min_score": "/api/matches",
	}
	for _, p := range query.FilterParams {
		if _, ok := bad[p.Name]; !ok {
			t.Errorf("no bad values tested for filter %s", p.Name)
		}
	}
	for param, values := range bad {
		for _, v := range values {
			path := endpoint[param]
			if path == "" {
				path = "/api/events"
			}
			q := url.Values{param: {v}}
			if param == "event_date_where" {
				q.Set("event_date", "2017-10-01")
			}
			a := get(t, s, path+"?"+q.Encode())
			if a.status != 400 {
				t.Errorf("%s %s=%q: status %d, want 400: %s", path, param, v, a.status, a.body)
				continue
			}
			if got := a.errParam(t); got != param {
				t.Errorf("%s %s=%q: blamed %q: %s", path, param, v, got, a.body)
			}
		}
	}
	// Every filter endpoint also rejects a bad filter.
	for _, path := range []string{"/api/aggregate", "/api/actors", "/api/span", "/api/infobox", "/api/change"} {
		if a := get(t, s, path+"?start=2017-13-01"); a.status != 400 || a.errParam(t) != "start" {
			t.Errorf("%s: %d %s", path, a.status, a.body)
		}
	}
	for _, c := range []struct {
		target string
		status int
	}{
		{"/api/events?colour=red", 400},
		{"/api/health?x=1", 400},
		{"/api/events?start=2017-01-01&start=2017-02-01", 400},
		{"/api/events?%zz", 400},
		{"/api/nothing", 404},
		{"/api/conflicts/" + strings.Repeat("x", 201), 400},
	} {
		a := get(t, s, c.target)
		if a.status != c.status || !strings.HasPrefix(a.ctype, "application/json") {
			t.Errorf("%s: %d %s %s", c.target, a.status, a.ctype, a.body)
		}
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("DELETE", "/api/events", nil))
	if rec.Code != 405 {
		t.Errorf("DELETE /api/events: %d", rec.Code)
	}
}

// TestInjection sends SQL in every string parameter of the API: the answer
// is data or a 400, never a 500, and the store is intact after.
func TestInjection(t *testing.T) {
	backends(t, func(t *testing.T, st *store.Store) {
		s := New(st, Options{})
		payloads := []string{"x' OR '1'='1", "x'); DROP TABLE events; --", `x" OR 1=1 --`, "%' OR 1=1 --", "1; SELECT pg_sleep(5)", "$1"}
		for _, p := range []string{"country", "admin1", "event_type", "sub_event_type", "actor", "actor_like", "source", "q", "event_date", "date_prec", "geo_prec", "cursor", "format"} {
			for _, pl := range payloads {
				for _, path := range []string{"/api/events", "/api/aggregate", "/api/infobox"} {
					if path != "/api/events" && (p == "cursor" || p == "format") {
						continue
					}
					a := get(t, s, path+"?"+url.Values{p: {pl}}.Encode())
					switch a.status {
					case 200:
						if path == "/api/events" {
							if ids, _ := eventIDs(t, a); len(ids) != 0 {
								t.Errorf("%s=%q matched %q", p, pl, ids)
							}
						}
					case 400:
					default:
						t.Errorf("%s %s=%q: status %d: %s", path, p, pl, a.status, a.body)
					}
				}
			}
		}
		a := get(t, s, "/api/conflicts/"+url.PathEscape("x' OR '1'='1"))
		if a.status != 404 {
			t.Errorf("conflict id injection: %d", a.status)
		}
		var sp query.Span
		get(t, s, "/api/span").decode(t, &sp)
		if sp.Events != 10 {
			t.Errorf("after injection attempts: %d events", sp.Events)
		}
	})
}

func TestOpenAPIMatchesRoutes(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	loadFixture(t, st)
	s := New(st, Options{})
	a := get(t, s, "/api/openapi.json")
	var doc struct {
		OpenAPI string
		Paths   map[string]map[string]struct {
			Parameters []struct {
				Name, In string
				Schema   struct{ Examples []string }
			}
		}
	}
	a.decode(t, &doc)
	if doc.OpenAPI != "3.1.0" || len(doc.Paths) < 10 {
		t.Fatalf("openapi %s", a.body)
	}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			target := strings.ReplaceAll(path, "{id}", "tongo-tongo")
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest(strings.ToUpper(method), target, nil))
			// Documented means routed: not 404, not 405. (Ingest is 403:
			// this server has no token.)
			if rec.Code == 404 || rec.Code == 405 || rec.Code >= 500 {
				t.Errorf("%s %s documented but answers %d: %s", method, path, rec.Code, rec.Body)
			}
			// Every documented parameter is accepted with its example.
			for _, p := range op.Parameters {
				if p.In != "query" || method != "get" {
					continue
				}
				q := url.Values{}
				if len(p.Schema.Examples) > 0 {
					q.Set(p.Name, p.Schema.Examples[0])
				}
				if p.Name == "event_date_where" {
					q.Set("event_date", "2017-10-01|2017-10-31")
				}
				if p.Name == "cell" {
					q.Set("by", "cell")
				}
				if p.Name == "cursor" {
					continue // only a cursor the server gave out is valid
				}
				a := get(t, s, target+"?"+q.Encode())
				if a.status != 200 {
					t.Errorf("%s %s?%s: documented parameter answers %d: %s", method, path, q.Encode(), a.status, a.body)
				}
			}
		}
	}
	// Every route is documented.
	for _, rt := range s.routes() {
		if _, ok := doc.Paths[rt.pattern][strings.ToLower(rt.method)]; !ok {
			t.Errorf("%s %s not in the OpenAPI document", rt.method, rt.pattern)
		}
	}
}

func TestIngestAuth(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var got string
	hook := func(ctx context.Context, r io.Reader, up Upload) (any, error) {
		b, _ := io.ReadAll(r)
		got = up.Name + "/" + up.Source + "/" + string(b)
		if string(b) == "bad" {
			return nil, errors.New("line 1: no header")
		}
		return map[string]int{"rows": 1}, nil
	}
	post := func(s *Server, auth, body string) int {
		req := httptest.NewRequest("POST", "/api/ingest?name=a.csv&source=acled", strings.NewReader(body))
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		return rec.Code
	}
	if c := post(New(st, Options{Ingest: hook}), "Bearer x", "data"); c != 403 {
		t.Errorf("read-only server: %d", c)
	}
	s := New(st, Options{Token: "s3cret", Ingest: hook})
	for _, auth := range []string{"", "Bearer wrong", "s3cret", "Basic s3cret"} {
		if c := post(s, auth, "data"); c != 401 {
			t.Errorf("auth %q: %d", auth, c)
		}
	}
	if got != "" {
		t.Fatal("hook called without the token")
	}
	if c := post(s, "Bearer s3cret", "data"); c != 200 || got != "a.csv/acled/data" {
		t.Errorf("ingest: %d %q", c, got)
	}
	if c := post(s, "Bearer s3cret", "bad"); c != 422 {
		t.Errorf("bad file: %d", c)
	}
	if c := post(New(st, Options{Token: "t"}), "Bearer t", "x"); c != 501 {
		t.Errorf("no hook: %d", c)
	}
	req := httptest.NewRequest("POST", "/api/ingest?name=a.txt&dct=12/06/2023", strings.NewReader("news"))
	req.Header.Set("Authorization", "Bearer s3cret")
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), "YYYY-MM-DD") {
		t.Errorf("bad dct: %d %s", rec.Code, rec.Body)
	}
}

func TestQueryTimeout(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	loadFixture(t, st)
	s := New(st, Options{QueryTimeout: time.Nanosecond, CacheTTL: -1})
	a := get(t, s, "/api/aggregate?by=actor")
	if a.status != 503 || !strings.HasPrefix(a.ctype, "application/json") {
		t.Errorf("timeout: %d %s", a.status, a.body)
	}
}

func TestListenAndServeShutsDown(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- New(st, Options{}).ListenAndServe(ctx, "127.0.0.1:0") }()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("server did not stop")
	}
}

func TestCache(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	loadFixture(t, st)
	ingested := false
	s := New(st, Options{Token: "t", CacheTTL: time.Hour, Ingest: func(ctx context.Context, r io.Reader, up Upload) (any, error) {
		ingested = true
		return nil, nil
	}})
	a := get(t, s, "/api/events?country=NER&source=acled")
	b := get(t, s, "/api/events?source=acled&country=NER")
	if a.header.Get("X-Cache") != "miss" || b.header.Get("X-Cache") != "hit" || string(a.body) != string(b.body) {
		t.Errorf("cache: %q then %q", a.header.Get("X-Cache"), b.header.Get("X-Cache"))
	}
	// Errors are not kept.
	get(t, s, "/api/events?start=x")
	if c := get(t, s, "/api/events?start=x"); c.status != 400 || c.header.Get("X-Cache") != "miss" {
		t.Errorf("error cached: %d %q", c.status, c.header.Get("X-Cache"))
	}
	// An ingest through this server clears the cache.
	req := httptest.NewRequest("POST", "/api/ingest", strings.NewReader("x"))
	req.Header.Set("Authorization", "Bearer t")
	s.ServeHTTP(httptest.NewRecorder(), req)
	if c := get(t, s, "/api/events?country=NER&source=acled"); !ingested || c.header.Get("X-Cache") != "miss" {
		t.Errorf("after ingest: %q", c.header.Get("X-Cache"))
	}
}

func TestCacheServesStaleWhileRefreshing(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	loadFixture(t, st)
	s := New(st, Options{CacheTTL: 20 * time.Millisecond})
	if a := get(t, s, "/api/span"); a.header.Get("X-Cache") != "miss" {
		t.Fatalf("first: %q", a.header.Get("X-Cache"))
	}
	time.Sleep(40 * time.Millisecond)
	if a := get(t, s, "/api/span"); a.header.Get("X-Cache") != "stale" || a.status != 200 {
		t.Fatalf("expired: %q %d", a.header.Get("X-Cache"), a.status)
	}
	// The refresh runs in the background; soon the entry is fresh again.
	deadline := time.Now().Add(5 * time.Second)
	for get(t, s, "/api/span").header.Get("X-Cache") != "hit" {
		if time.Now().After(deadline) {
			t.Fatal("entry never refreshed")
		}
		time.Sleep(2 * time.Millisecond)
	}
}
