package casualty

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
)

func TestParseNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		best int
		low  int
		q    event.Qualifier
		used string
	}{
		{"four American", 4, 4, event.Exact, "four"},
		{"at least 21 ISGS militants", 21, 21, event.Min, "at least 21"},
		{"1,000 US troops", 1000, 1000, event.Exact, "1,000"},
		{"twenty-one soldiers", 21, 21, event.Exact, "twenty-one"},
		{"one hundred and five people", 105, 105, event.Exact, "one hundred and five"},
		{"about 100 U.S. troops", 100, 100, event.Approx, "about 100"},
		{"~3,500 fighters", 3500, 3500, event.Approx, "~3,500"},
		{"over 50 militants", 50, 50, event.Min, "over 50"},
		{"up to 10 civilians", 10, 0, event.Max, "up to 10"},
		{"dozens of people", 36, 24, event.Vague, "dozens of"},
		{"a dozen soldiers", 12, 12, event.Exact, "a dozen"},
		{"two thousand troops", 2000, 2000, event.Exact, "two thousand"},
		{"12 technicals", 12, 12, event.Exact, "12"},
		{"twenty one people", 21, 21, event.Exact, "twenty one"},
		{"fifteen fifteen-year-olds", 15, 15, event.Exact, "fifteen"},
		{"twenty thirty people", 20, 20, event.Exact, "twenty"},
		{"two million people", 2000000, 2000000, event.Exact, "two million"},
		{"fifteen hundred hundred hundred hundred hundred people", 15000000, 15000000, event.Exact, "fifteen hundred hundred hundred"},
		{"5,000,000,000,000 thousand", 5000000000000, 5000000000000, event.Exact, "5,000,000,000,000"},
	} {
		c, n, ok := ParseNumber(tc.in)
		if !ok {
			t.Errorf("%q: no number", tc.in)
			continue
		}
		if c.Best != tc.best || c.Low != tc.low || c.Qualifier != tc.q || tc.in[:n] != tc.used {
			t.Errorf("%q: got %+v used %q; want best %d low %d %q used %q", tc.in, c, tc.in[:n], tc.best, tc.low, tc.q, tc.used)
		}
	}
	for _, in := range []string{"22px", "F-16", "soldiers", "a soldier", "2.5 million", "the 1990s"} {
		if c, n, ok := ParseNumber(in); ok {
			t.Errorf("%q: got %+v (%d bytes), want no number", in, c, n)
		}
	}
}
