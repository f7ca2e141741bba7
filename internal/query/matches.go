package query

import (
	"context"
	"net/url"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/match"
	"github.com/sitrep-project/sitrep/internal/store"
)

// MatchParams are the parameters ParseMatch reads.
var MatchParams = []Param{
	{Name: "days", Doc: "days that may separate two reports of one incident (default 1, at most 30)", Type: "integer", Example: "1"},
	{Name: "min_score", Doc: "lowest score kept, above 0 and at most 1 (default 0.45)", Type: "number", Example: "0.45"},
}

// ParseMatch reads the matcher's options.
func ParseMatch(v url.Values) (match.Options, error) {
	o := match.Options{MaxDays: 1, MinScore: 0.45}
	if s, err := get(v, "days"); err != nil {
		return o, err
	} else if s != "" {
		n, err := parseInt("days", s, 0, 30)
		if err != nil {
			return o, err
		}
		o.MaxDays = int(n)
		if n == 0 {
			o.MaxDays = -1 // overlapping dates only
		}
	}
	if s, err := get(v, "min_score"); err != nil {
		return o, err
	} else if s != "" {
		x, err := parseFloats("min_score", s, 1)
		if err != nil {
			return o, err
		}
		if x[0] <= 0 || x[0] > 1 {
			return o, bad("min_score", s, "want a number above 0 and at most 1")
		}
		o.MinScore = x[0]
	}
	return o, nil
}

// Matches pairs the events f selects that different sources report of one
// incident (see package match), reading them once in date order. seen, when
// not nil, is called for each event read, for progress.
func Matches(ctx context.Context, st *store.Store, f Filter, opt match.Options, seen func()) ([]match.Pair, error) {
	m := match.New(opt)
	if _, err := Events(ctx, st, f, Page{}, func(e event.Event) error {
		if seen != nil {
			seen()
		}
		m.Add(&e)
		return nil
	}); err != nil {
		return nil, err
	}
	return m.Pairs(), nil
}
