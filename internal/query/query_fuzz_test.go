package query

import (
	"errors"
	"net/url"
	"regexp"
	"strconv"
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
	})
}
