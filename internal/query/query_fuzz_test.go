package query

import (
	"errors"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/store"
)

var placeholder = regexp.MustCompile(`\$(\d+)`)

// FuzzParseFilter feeds raw query strings to every parameter parser: none
// may panic, every refusal must be a ParamError, and every accepted filter
// must build SQL on both dialects whose placeholders match its arguments
// one to one (no value ever reaches the SQL text).
func FuzzParseFilter(f *testing.F) {
	for _, s := range []string{
		"", "country=NER|Mali&start=2017-10-01&end=2017-10-31",
		"event_date=2018-01-01|2018-12-31&event_date_where=BETWEEN", "event_date=2018-01-01&event_date_where=%3E%3D",
		"actor=ISGS&side=1&actor_like=islamic", "fatalities_min=3&fatalities_max=8",
		"bbox=170,-90,10,90", "near=14.9,0.9,50", "date_prec=week&geo_prec=3", "source=acled&version=3", "as_of=2&q=ambush",
		"iso=562&admin1=Borno&event_type=battles&sub_event_type=Armed%20clash",
		"limit=10&cursor=eyJkIjoiMjAxNy0xMC0wNCIsImkiOiJhY2xlZDoxIiwidiI6M30", "interval=month&by=cell&cell=0.25",
		"by=admin1&periods=4&at=2018-03-01", "top=5", "q=x'%20OR%20'1'='1", "country=%00", "bbox=1e309,0,0,0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		isParam := func(err error) {
			var pe *ParamError
			if err != nil && !errors.As(err, &pe) {
				t.Fatalf("%q: error %v is not a ParamError", raw, err)
			}
		}
		_, err = ParsePage(v, 100, 1000)
		isParam(err)
		_, err = ParseSpec(v)
		isParam(err)
		_, err = ParseChange(v)
		isParam(err)
		_, err = ParseTop(v, 10)
		isParam(err)
		flt, err := ParseFilter(v)
		isParam(err)
		if err != nil {
			return
		}
		checkSQL(t, raw, flt)
	})
}

// checkSQL builds flt's SQL on both dialects: its placeholders must match
// its arguments one to one (no value ever reaches the SQL text).
func checkSQL(t *testing.T, raw string, flt Filter) {
	t.Helper()
	for _, kind := range []store.Kind{store.DuckDB, store.Postgres} {
		b := &builder{d: dialects[kind]}
		b.build(flt, "")
		used := map[int]bool{}
		for _, m := range placeholder.FindAllStringSubmatch(b.where(), -1) {
			n, _ := strconv.Atoi(m[1])
			if n < 1 || n > len(b.args) {
				t.Fatalf("%q: $%d with %d arguments", raw, n, len(b.args))
			}
			used[n] = true
		}
		if len(used) != len(b.args) {
			t.Fatalf("%q: %d arguments, %d used", raw, len(b.args), len(used))
		}
	}
}

// queryWords are what query strings are made of: every parameter name the
// parsers read, '=', '&' and the '|' of lists, percent-escapes, and values
// and their near misses (days and impossible days, the event_date_where
// operators, countries by code, name and number, signed, huge and
// exponent numbers, NaN and Inf, coordinate lists, precision names,
// cursors), so that the fuzzer writes requests such as
// "event_date=2018-01-01|2018-12-31&event_date_where=BETWEEN".
var queryWords = func() []string {
	w := []string{"=", "&", "|", "%7C", "%20", "+", ",", "%00", "%ZZ", "limit", "cursor", "interval", "by", "cell", "periods", "at", "top",
		"2017-10-01", "2017-10-31", "2018-02-30", "2018-1-1", "0001-01-01", "9999-12-31", "BETWEEN", "between", "%3D", "%3C", "%3C%3D", "%3E", "%3E%3D",
		"NER", "Niger", "Mali", "XXX", "562", "0", "1", "2", "3", "7", "8", "-1", "+1", "1e3", "1e309", "NaN", "Inf", "9223372036854775808", "0x10",
		"14.9", "0.9", "-90", "90", "180", "-180.5", "50", "20041", "170", "-10",
		"day", "week", "month", "decade", "point", "admin1", "world", "acled", "ucdp", "article",
		"Battles", "Armed clash", "ISGS", "ambush", "x'", "eyJkIjoiMjAxNy0xMC0wNCIsImkiOiJhY2xlZDoxIiwidiI6M30",
		"quarter", "year", "event_type", "actor", "country", "source"}
	for _, p := range FilterParams {
		w = append(w, p.Name, p.Example)
	}
	slices.Sort(w)
	return slices.Compact(w)
}()

// FuzzParseFilterWords writes query strings out of queryWords (one byte a
// word, joined as they are) and holds the parsers to FuzzParseFilter's
// promises and two more: a refusal names a parameter the request gave,
// and an accepted filter does not contradict itself (start after end,
// fatalities_min above fatalities_max), which would answer nothing
// without a word.
func FuzzParseFilterWords(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{10, 0, 20, 1, 30, 0, 40})
	f.Fuzz(func(t *testing.T, data []byte) {
		var b strings.Builder
		for _, c := range data {
			b.WriteString(queryWords[int(c)*len(queryWords)>>8])
		}
		raw := b.String()
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		named := func(err error) {
			var pe *ParamError
			if err == nil {
				return
			}
			if !errors.As(err, &pe) {
				t.Fatalf("%q: error %v is not a ParamError", raw, err)
			}
			if !v.Has(pe.Param) {
				t.Fatalf("%q: error names %q, which the request did not give: %v", raw, pe.Param, err)
			}
		}
		_, err = ParsePage(v, 100, 1000)
		named(err)
		_, err = ParseSpec(v)
		named(err)
		_, err = ParseChange(v)
		named(err)
		_, err = ParseTop(v, 10)
		named(err)
		flt, err := ParseFilter(v)
		named(err)
		if err != nil {
			return
		}
		if !flt.Start.IsZero() && !flt.End.IsZero() && flt.End.Before(flt.Start) {
			t.Fatalf("%q: accepted a span that ends before it starts: %v %v", raw, flt.Start, flt.End)
		}
		if flt.FatalitiesMin != nil && flt.FatalitiesMax != nil && *flt.FatalitiesMin > *flt.FatalitiesMax {
			t.Fatalf("%q: accepted fatalities_min %d above fatalities_max %d", raw, *flt.FatalitiesMin, *flt.FatalitiesMax)
		}
		checkSQL(t, raw, flt)
	})
}
