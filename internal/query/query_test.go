package query

import (
	"context"
	"net/url"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/store"
	"github.com/sitrep-project/sitrep/internal/store/storetest"
)

// fixtureVersions are the version ids the fixture's ingests got, in order.
type fixtureVersions []int64

// backends runs fn on the fixture in a fresh store of each kind.
func backends(t *testing.T, fn func(t *testing.T, st *store.Store, vs fixtureVersions)) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		fn(t, st, storetest.LoadFixture(t, st))
	})
}

func ids(t *testing.T, st *store.Store, f Filter, p Page) []string {
	t.Helper()
	var out []string
	_, err := Events(context.Background(), st, f, p, func(e event.Event) error {
		out = append(out, e.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sorted(s []string) []string {
	s = append([]string(nil), s...)
	sort.Strings(s)
	return s
}

func TestFilters(t *testing.T) {
	all := []string{"acled:1", "acled:2", "acled:3", "acled:4", "acled:5", "acled:6", "doc#1", "ucdp:123", "ucdp:456"}
	cases := []struct {
		query string
		want  []string
	}{
		{"", all},
		{"country=NER", []string{"acled:1", "acled:2", "doc#1", "ucdp:123"}},
		{"country=niger", []string{"acled:1", "acled:2", "doc#1", "ucdp:123"}},
		{"iso=562", []string{"acled:1", "acled:2", "doc#1", "ucdp:123"}},
		{"country=NER|MLI", []string{"acled:1", "acled:2", "acled:3", "acled:4", "doc#1", "ucdp:123"}},
		{"country=MLI&country=Nigeria", []string{"acled:3", "acled:4", "acled:5", "acled:6"}},
		{"country=Yemen (North Yemen)", []string{"ucdp:456"}},
		{"country=Yemen (North Yemen)|NGA", []string{"acled:5", "acled:6", "ucdp:456"}},
		{"admin1=Borno", []string{"acled:5", "acled:6"}},
		{"start=2017-10-01&end=2017-10-31", []string{"acled:1", "acled:2", "ucdp:123"}},
		{"start=2017-11-01&end=2017-11-30", []string{"acled:3", "acled:4"}},
		{"end=2017-10-03", []string{"ucdp:123"}},
		{"start=2018-03-02", []string{"acled:6"}},
		{"event_date=2018-01-15", []string{"acled:5"}},
		{"event_date=2018-01-01|2018-12-31&event_date_where=BETWEEN", []string{"acled:5", "acled:6", "ucdp:456"}},
		{"event_date=2018-02-10&event_date_where=>", []string{"acled:6"}},
		{"event_date=2017-10-04&event_date_where=<=", []string{"acled:1", "ucdp:123"}},
		{"event_type=Battles", []string{"acled:1", "acled:3", "acled:6", "ucdp:123", "ucdp:456"}},
		{"event_type=battles|protests", []string{"acled:1", "acled:3", "acled:5", "acled:6", "ucdp:123", "ucdp:456"}},
		{"sub_event_type=Armed clash", []string{"acled:1", "acled:3", "ucdp:123"}},
		{"actor=Islamic State in the Greater Sahara", []string{"acled:1", "acled:2", "doc#1"}},
		{"actor=ISGS", []string{"acled:1", "acled:2", "doc#1"}},
		{"actor=Islamic State (Greater Sahara)", []string{"acled:2"}},
		{"actor=IS", []string{"ucdp:123"}},
		{"actor_like=islamic state", []string{"acled:1", "acled:2", "acled:6", "doc#1"}},
		{"actor=ISGS&side=1", []string{"acled:1", "acled:2"}},
		{"actor_like=isgs&side=2", []string{"doc#1"}},
		{"side=2", []string{"acled:1", "acled:2", "acled:3", "acled:4", "acled:6", "doc#1", "ucdp:123", "ucdp:456"}},
		{"side=3", nil},
		{"fatalities_min=8", []string{"acled:1", "acled:3", "acled:6"}},
		{"fatalities_max=3", []string{"acled:2", "acled:4", "ucdp:456"}},
		{"fatalities_min=3&fatalities_max=8", []string{"acled:1", "acled:2", "ucdp:123"}},
		{"bbox=0,14,2,15", []string{"acled:1", "acled:2", "ucdp:123"}},
		{"bbox=170,-90,10,90", []string{"acled:1", "acled:2", "acled:3", "acled:4", "ucdp:123"}},
		{"near=14.9,0.9,50", []string{"acled:1", "ucdp:123"}},
		{"near=14.9,0.9,100", []string{"acled:1", "acled:2", "ucdp:123"}},
		{"date_prec=day", []string{"acled:1", "acled:2", "acled:5", "acled:6", "ucdp:456"}},
		{"date_prec=3", []string{"acled:1", "acled:2", "acled:3", "acled:5", "acled:6", "ucdp:123", "ucdp:456"}},
		{"geo_prec=point", []string{"acled:1", "acled:2", "acled:5", "acled:6"}},
		{"geo_prec=near", []string{"acled:1", "acled:2", "acled:3", "acled:5", "acled:6", "ucdp:123"}},
		{"geo_prec=admin2", []string{"acled:1", "acled:2", "acled:3", "acled:4", "acled:5", "acled:6", "ucdp:123"}},
		{"source=ucdp", []string{"ucdp:123", "ucdp:456"}},
		{"source=acled|article", []string{"acled:1", "acled:2", "acled:3", "acled:4", "acled:5", "acled:6", "doc#1"}},
		{"q=tongo", []string{"acled:1"}},
		{"q=IED", []string{"acled:2"}},
		{"country=NER&event_type=Battles&start=2017-10-01", []string{"acled:1", "ucdp:123"}},
		{"country=NER&fatalities_min=1&near=14.9,0.9,100&source=acled", []string{"acled:1", "acled:2"}},
	}
	backends(t, func(t *testing.T, st *store.Store, vs fixtureVersions) {
		for _, c := range cases {
			v, err := url.ParseQuery(c.query)
			if err != nil {
				t.Fatal(err)
			}
			f, err := ParseFilter(v)
			if err != nil {
				t.Errorf("%s: %v", c.query, err)
				continue
			}
			if got := sorted(ids(t, st, f, Page{})); !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s:\n got %q\nwant %q", c.query, got, c.want)
			}
		}
		// Versions are numbered by the store: take them from the ingests.
		for _, c := range []struct {
			query string
			want  []string
		}{
			{"version=" + strconv.FormatInt(vs[0], 10), []string{"acled:1", "acled:7"}},
			{"as_of=" + strconv.FormatInt(vs[1], 10), []string{"acled:1", "acled:7", "ucdp:123", "ucdp:456"}},
			{"as_of=" + strconv.FormatInt(vs[3], 10), all},
		} {
			v, _ := url.ParseQuery(c.query)
			f, err := ParseFilter(v)
			if err != nil {
				t.Fatal(err)
			}
			if got := sorted(ids(t, st, f, Page{})); !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s:\n got %q\nwant %q", c.query, got, c.want)
			}
		}
		// The old version's acled:1 is the old row, not the current one.
		var fat int
		Events(context.Background(), st, Filter{Version: vs[0], Actors: []string{"ISGS"}}, Page{}, func(e event.Event) error {
			fat = e.Fatalities.Best
			return nil
		})
		if fat != 5 {
			t.Errorf("version %d acled:1 fatalities %d, want 5", vs[0], fat)
		}
	})
}

func TestPagination(t *testing.T) {
	backends(t, func(t *testing.T, st *store.Store, vs fixtureVersions) {
		ctx := context.Background()
		want := ids(t, st, Filter{}, Page{})
		// Date order, undated last.
		if want[0] != "ucdp:123" || want[len(want)-1] != "doc#1" {
			t.Fatalf("order %q", want)
		}
		// Every row is read from DuckDB a chunk at a time: chunks of two
		// give the same listing.
		if st.Kind() == store.DuckDB {
			n := duckChunk
			duckChunk = 2
			got := ids(t, st, Filter{}, Page{})
			duckChunk = n
			if !reflect.DeepEqual(got, want) {
				t.Errorf("in chunks of 2: got %q, want %q", got, want)
			}
		}
		for _, f := range []Filter{{}, {AsOf: vs[1]}} {
			want := ids(t, st, f, Page{})
			for _, limit := range []int{1, 2, 4, 100} {
				var got []string
				cur := ""
				for pages := 0; ; pages++ {
					if pages > 20 {
						t.Fatal("pagination does not end")
					}
					next, err := Events(ctx, st, f, Page{Limit: limit, Cursor: cur}, func(e event.Event) error {
						got = append(got, e.ID)
						return nil
					})
					if err != nil {
						t.Fatal(err)
					}
					if next == "" {
						break
					}
					cur = next
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("limit %d: got %q, want %q", limit, got, want)
				}
			}
		}
		if _, err := Events(ctx, st, Filter{}, Page{Limit: 1, Cursor: "bogus"}, func(event.Event) error { return nil }); err != ErrCursor {
			t.Errorf("bogus cursor: %v", err)
		}
	})
}

func TestAggregate(t *testing.T) {
	type B = Bucket
	tot := func(low, best, high, wf, wh int64) Totals { return Totals{low, best, high, wf, wh} }
	cases := []struct {
		query string
		spec  Spec
		want  []Bucket
	}{
		{"", Spec{}, []B{{Events: 9, Fatalities: tot(69, 72, 78, 7, 7)}}},
		{"", Spec{Interval: "month"}, []B{
			{Period: "2017-10-01", Events: 3, Fatalities: tot(16, 18, 21, 3, 3)},
			{Period: "2017-11-01", Events: 2, Fatalities: tot(12, 12, 12, 2, 2)},
			{Period: "2018-01-01", Events: 1},
			{Period: "2018-02-01", Events: 1, Fatalities: tot(1, 2, 5, 1, 1)},
			{Period: "2018-03-01", Events: 1, Fatalities: tot(40, 40, 40, 1, 1)},
		}},
		{"", Spec{Interval: "quarter"}, []B{
			{Period: "2017-10-01", Events: 5, Fatalities: tot(28, 30, 33, 5, 5)},
			{Period: "2018-01-01", Events: 3, Fatalities: tot(41, 42, 45, 2, 2)},
		}},
		{"", Spec{Interval: "year"}, []B{
			{Period: "2017-01-01", Events: 5, Fatalities: tot(28, 30, 33, 5, 5)},
			{Period: "2018-01-01", Events: 3, Fatalities: tot(41, 42, 45, 2, 2)},
		}},
		{"country=NER", Spec{Interval: "week"}, []B{
			{Period: "2017-10-02", Events: 2, Fatalities: tot(13, 15, 18, 2, 2)},
			{Period: "2017-10-16", Events: 1, Fatalities: tot(3, 3, 3, 1, 1)},
		}},
		{"country=NER", Spec{Interval: "day"}, []B{
			{Period: "2017-10-03", Events: 1, Fatalities: tot(5, 7, 10, 1, 1)},
			{Period: "2017-10-04", Events: 1, Fatalities: tot(8, 8, 8, 1, 1)},
			{Period: "2017-10-20", Events: 1, Fatalities: tot(3, 3, 3, 1, 1)},
		}},
		{"", Spec{By: "event_type"}, []B{
			{Key: "Battles", Events: 5, Fatalities: tot(66, 69, 75, 5, 5)},
			{Key: "Explosions/Remote violence", Events: 1, Fatalities: tot(3, 3, 3, 1, 1)},
			{Key: "Protests", Events: 1},
			{Key: "Violence against civilians", Events: 1, Fatalities: tot(0, 0, 0, 1, 1)},
			{Key: "", Events: 1},
		}},
		{"", Spec{By: "country"}, []B{
			{Key: "MLI", Events: 2, Fatalities: tot(12, 12, 12, 2, 2)},
			{Key: "NER", Events: 4, Fatalities: tot(16, 18, 21, 3, 3)},
			{Key: "NGA", Events: 2, Fatalities: tot(40, 40, 40, 1, 1)},
			{Key: "", Events: 1, Fatalities: tot(1, 2, 5, 1, 1)},
		}},
		{"country=NGA", Spec{By: "admin1"}, []B{{Key: "Borno", Events: 2, Fatalities: tot(40, 40, 40, 1, 1)}}},
		{"event_type=Battles", Spec{Interval: "year", By: "source"}, []B{
			{Period: "2017-01-01", Key: "acled", Events: 2, Fatalities: tot(20, 20, 20, 2, 2)},
			{Period: "2017-01-01", Key: "ucdp", Events: 1, Fatalities: tot(5, 7, 10, 1, 1)},
			{Period: "2018-01-01", Key: "acled", Events: 1, Fatalities: tot(40, 40, 40, 1, 1)},
			{Period: "2018-01-01", Key: "ucdp", Events: 1, Fatalities: tot(1, 2, 5, 1, 1)},
		}},
		{"country=NER", Spec{By: "actor"}, []B{
			{Key: "Civilians (Niger)", Events: 1, Fatalities: tot(3, 3, 3, 1, 1)},
			{Key: "Government of Niger", Events: 1, Fatalities: tot(5, 7, 10, 1, 1)},
			{Key: "IS", Events: 1, Fatalities: tot(5, 7, 10, 1, 1)},
			// acled:2 names the group twice: counted once.
			{Key: "Islamic State in the Greater Sahara", Events: 3, Fatalities: tot(11, 11, 11, 2, 2)},
			{Key: "Military Forces of Niger (2011-2021)", Events: 1, Fatalities: tot(8, 8, 8, 1, 1)},
		}},
		{"country=NER|MLI", Spec{By: "cell", Cell: 1}, []B{
			{Key: "14,-5", Events: 1, Fatalities: tot(0, 0, 0, 1, 1)},
			{Key: "14,0", Events: 1, Fatalities: tot(8, 8, 8, 1, 1)},
			{Key: "14,1", Events: 2, Fatalities: tot(8, 10, 13, 2, 2)},
			{Key: "16,-1", Events: 1, Fatalities: tot(12, 12, 12, 1, 1)},
		}},
		{"country=NER|MLI", Spec{By: "cell", Cell: 0.5}, []B{
			{Key: "14,-4.5", Events: 1, Fatalities: tot(0, 0, 0, 1, 1)},
			{Key: "14.5,0.5", Events: 1, Fatalities: tot(8, 8, 8, 1, 1)},
			{Key: "14.5,1", Events: 1, Fatalities: tot(5, 7, 10, 1, 1)},
			{Key: "14.5,1.5", Events: 1, Fatalities: tot(3, 3, 3, 1, 1)},
			{Key: "16,-0.5", Events: 1, Fatalities: tot(12, 12, 12, 1, 1)},
		}},
	}
	backends(t, func(t *testing.T, st *store.Store, _ fixtureVersions) {
		for _, c := range cases {
			v, _ := url.ParseQuery(c.query)
			f, err := ParseFilter(v)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Aggregate(context.Background(), st, f, c.spec)
			if err != nil {
				t.Errorf("%s %+v: %v", c.query, c.spec, err)
				continue
			}
			for i := range got {
				got[i].CellLat, got[i].CellLon = nil, nil
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s %+v:\n got %+v\nwant %+v", c.query, c.spec, got, c.want)
			}
		}
	})
}

func TestTopFirstLastInfobox(t *testing.T) {
	backends(t, func(t *testing.T, st *store.Store, _ fixtureVersions) {
		ctx := context.Background()
		top, err := TopActors(ctx, st, Filter{}, 3)
		if err != nil {
			t.Fatal(err)
		}
		want := []Actor{
			{"Islamic State in the Greater Sahara", 3, Totals{11, 11, 11, 2, 2}},
			{"AQAP", 1, Totals{1, 2, 5, 1, 1}},
			{"Civilians (Mali)", 1, Totals{0, 0, 0, 1, 1}},
		}
		if !reflect.DeepEqual(top, want) {
			t.Errorf("top actors\n got %+v\nwant %+v", top, want)
		}

		sp, err := FirstLast(ctx, st, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if sp.Events != 9 || sp.First == nil || sp.First.ID != "ucdp:123" || sp.Last == nil || sp.Last.ID != "acled:6" {
			t.Errorf("first/last %d %v %v", sp.Events, sp.First, sp.Last)
		}
		sp, _ = FirstLast(ctx, st, Filter{Countries: []string{"XXX"}})
		if sp.Events != 0 || sp.First != nil || sp.Last != nil {
			t.Errorf("empty first/last %+v", sp)
		}

		ib, err := Box(ctx, st, Filter{Countries: []string{"NER"}})
		if err != nil {
			t.Fatal(err)
		}
		wantBox := Infobox{
			Start: "2017-10-01", End: "2017-10-20", Events: 4, Fatalities: Totals{16, 18, 21, 3, 3},
			Countries: []Count{{"NER", 4}},
			Sides: []SideInfo{
				{Side: 1, Parties: []Count{{"Islamic State in the Greater Sahara", 2}, {"Government of Niger", 1}},
					Events: 3, Fatalities: Totals{16, 18, 21, 3, 3}, Killed: Totals{21, 21, 0, 1, 0}},
				{Side: 2, Parties: []Count{{"Civilians (Niger)", 1}, {"IS", 1}, {"Islamic State in the Greater Sahara", 1}, {"Military Forces of Niger (2011-2021)", 1}},
					Events: 4, Fatalities: Totals{16, 18, 21, 3, 3}, Killed: Totals{4, 4, 4, 1, 1}},
			},
		}
		if !reflect.DeepEqual(ib, wantBox) {
			t.Errorf("infobox\n got %+v\nwant %+v", ib, wantBox)
		}
	})
}

func TestCompare(t *testing.T) {
	backends(t, func(t *testing.T, st *store.Store, _ fixtureVersions) {
		ctx := context.Background()
		at, _ := ParseDay("2017-11-15")
		rep, err := Compare(ctx, st, Filter{}, ChangeSpec{By: "country", Interval: "month", Periods: 1, At: at})
		if err != nil {
			t.Fatal(err)
		}
		m100 := -100.0
		want := ChangeReport{Period: "2017-11-01", Baseline: []string{"2017-10-01"}, Places: []Change{
			{Country: "MLI", Current: 2, Baseline: 0, Category: LimitedChange},
			{Country: "NER", Current: 0, Baseline: 3, Percent: &m100, Category: LargeDecrease},
		}}
		if !reflect.DeepEqual(rep, want) {
			t.Errorf("change\n got %+v\nwant %+v", rep, want)
		}
		// With no day given, the current period is the latest event's.
		rep, err = Compare(ctx, st, Filter{Countries: []string{"NGA"}}, ChangeSpec{By: "admin1", Interval: "quarter", Periods: 2})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Period != "2018-01-01" || len(rep.Places) != 1 || rep.Places[0].Admin1 != "Borno" || rep.Places[0].Current != 2 {
			t.Errorf("latest period: %+v", rep)
		}
	})
}

func TestCategorize(t *testing.T) {
	for _, c := range []struct {
		cur  int64
		base float64
		want string
	}{
		{0, 0, LimitedChange},
		{5, 2, LimitedChange}, // low baseline
		{6, 2, LargeIncrease},
		{10, 0, LargeIncrease},
		{126, 100, LargeIncrease},
		{125, 100, ModerateIncrease},
		{110, 100, ModerateIncrease},
		{109, 100, LimitedChange},
		{75, 100, LimitedChange},
		{74, 100, LargeDecrease},
		{0, 3, LargeDecrease},
	} {
		if got, _ := Categorize(c.cur, c.base); got != c.want {
			t.Errorf("Categorize(%d, %v) = %s, want %s", c.cur, c.base, got, c.want)
		}
	}
}

// TestInjection sends SQL in every string parameter: it must come back as
// data (no match, no error), and the table must survive.
func TestInjection(t *testing.T) {
	payloads := []string{
		"x' OR '1'='1",
		"x'); DROP TABLE events; --",
		`x" OR 1=1 --`,
		"x%' OR actor_text LIKE '%",
		"$1",
	}
	params := []string{"country", "admin1", "actor", "actor_like", "source", "q"}
	backends(t, func(t *testing.T, st *store.Store, _ fixtureVersions) {
		for _, p := range params {
			for _, pl := range payloads {
				f, err := ParseFilter(url.Values{p: {pl}})
				if err != nil {
					t.Errorf("%s=%q refused: %v", p, pl, err)
					continue
				}
				if got := ids(t, st, f, Page{}); len(got) != 0 {
					t.Errorf("%s=%q matched %q", p, pl, got)
				}
				for _, s := range []Spec{{By: "actor"}, {Interval: "month", By: "country"}} {
					if _, err := Aggregate(context.Background(), st, f, s); err != nil {
						t.Errorf("%s=%q aggregate: %v", p, pl, err)
					}
				}
			}
		}
		if n := len(ids(t, st, Filter{}, Page{})); n != 9 {
			t.Fatalf("after injection attempts: %d events", n)
		}
	})
}

func TestParseFilterErrors(t *testing.T) {
	for _, c := range []struct{ query, param string }{
		{"start=2017-13-01", "start"},
		{"start=yesterday", "start"},
		{"end=2017-02-30", "end"},
		{"start=2018-01-01&end=2017-01-01", "start"},
		{"start=2018-01-01&start=2018-01-02", "start"},
		{"event_date=2018-01-01|2018-02-01&event_date_where=LIKE", "event_date_where"},
		{"event_date=2018-01-01&event_date_where=BETWEEN", "event_date"},
		{"event_date_where=BETWEEN", "event_date_where"},
		{"event_date=2018-01-01&start=2018-01-01", "event_date"},
		{"iso=abc", "iso"},
		{"iso=1000", "iso"},
		{"iso=999", "iso"},
		{"event_type=Wars", "event_type"},
		{"sub_event_type=Ambush", "sub_event_type"},
		{"side=0", "side"},
		{"side=left", "side"},
		{"fatalities_min=-1", "fatalities_min"},
		{"fatalities_max=lots", "fatalities_max"},
		{"fatalities_min=5&fatalities_max=4", "fatalities_min"},
		{"bbox=1,2,3", "bbox"},
		{"bbox=-181,0,10,10", "bbox"},
		{"bbox=0,-91,10,10", "bbox"},
		{"bbox=0,10,10,5", "bbox"},
		{"bbox=0,NaN,10,10", "bbox"},
		{"near=14,1", "near"},
		{"near=91,0,10", "near"},
		{"near=0,200,10", "near"},
		{"near=0,0,0", "near"},
		{"near=0,0,-5", "near"},
		{"near=0,0,Inf", "near"},
		{"date_prec=fortnight", "date_prec"},
		{"date_prec=9", "date_prec"},
		{"geo_prec=street", "geo_prec"},
		{"version=0", "version"},
		{"version=x", "version"},
		{"as_of=-3", "as_of"},
		{"version=2&as_of=3", "as_of"},
		{"q=" + url.QueryEscape(strings.Repeat("x", 501)), "q"},
		{"actor_like=a%00b", "actor_like"},
		{"admin1=%ff", "admin1"},
		{"country=" + strings.Repeat("A|", 101), "country"},
		{"actor_like=a&actor_like=b", "actor_like"},
	} {
		v, err := url.ParseQuery(c.query)
		if err != nil {
			t.Fatal(c.query, err)
		}
		_, err = ParseFilter(v)
		pe, ok := err.(*ParamError)
		if !ok {
			t.Errorf("%s: err = %v, want a ParamError", c.query, err)
			continue
		}
		if pe.Param != c.param {
			t.Errorf("%s: blamed %s, want %s (%v)", c.query, pe.Param, c.param, err)
		}
	}
}

func TestParseOthers(t *testing.T) {
	for _, c := range []struct {
		query string
		fn    func(url.Values) error
		param string
	}{
		{"limit=0", func(v url.Values) error { _, err := ParsePage(v, 10, 100); return err }, "limit"},
		{"limit=101", func(v url.Values) error { _, err := ParsePage(v, 10, 100); return err }, "limit"},
		{"cursor=abc", func(v url.Values) error { _, err := ParsePage(v, 10, 100); return err }, "cursor"},
		{"interval=fortnight", func(v url.Values) error { _, err := ParseSpec(v); return err }, "interval"},
		{"by=planet", func(v url.Values) error { _, err := ParseSpec(v); return err }, "by"},
		{"cell=0", func(v url.Values) error { _, err := ParseSpec(v); return err }, "cell"},
		{"cell=x", func(v url.Values) error { _, err := ParseSpec(v); return err }, "cell"},
		{"by=event_type&periods=3", func(v url.Values) error { _, err := ParseChange(v); return err }, "by"},
		{"periods=0", func(v url.Values) error { _, err := ParseChange(v); return err }, "periods"},
		{"at=2018-02-31", func(v url.Values) error { _, err := ParseChange(v); return err }, "at"},
		{"top=0", func(v url.Values) error { _, err := ParseTop(v, 10); return err }, "top"},
	} {
		v, _ := url.ParseQuery(c.query)
		err := c.fn(v)
		pe, ok := err.(*ParamError)
		if !ok || pe.Param != c.param {
			t.Errorf("%s: err = %v, want a ParamError on %s", c.query, err, c.param)
		}
	}
	s, err := ParseSpec(url.Values{"by": {"cell"}})
	if err != nil || s.Cell != 0.5 {
		t.Errorf("default cell: %+v %v", s, err)
	}
}
