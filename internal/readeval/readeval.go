// Package readeval scores the reading of an article field by field against
// what an analyst reads out of it (an X.expected.json beside the article),
// so that the reader can be measured on articles it was not built on.
package readeval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/conflict"
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/narrative"
)

// Expected is the shape of an X.expected.json (testdata/articles/
// niger_seed.expected.json is the first): the conflict record, the dated
// events and the reconciliation verdicts an analyst expects.
type Expected struct {
	// DCT, when set (YYYY-MM-DD), is the day a news story was written: its
	// relative dates ("on Tuesday") are read against it.
	DCT      string `json:"dct"`
	Conflict struct {
		Name   string   `json:"name"`
		PartOf []string `json:"part_of"`
		Start  string   `json:"start"`
		End    string   `json:"end"`
		Places []struct {
			Name, ISO string
		} `json:"places"`
		Sides []struct {
			Parties    []string `json:"parties"`
			Commanders []struct {
				Name string `json:"name"`
				From string `json:"from"`
				To   string `json:"to"`
				KIA  bool   `json:"killed_in_action"`
			} `json:"commanders"`
			Strength []struct {
				Count  int    `json:"count"`
				Approx bool   `json:"approx"`
				Unit   string `json:"unit"`
				Who    string `json:"who"`
				AsOf   string `json:"as_of"`
			} `json:"strength"`
			Casualties []map[string]any `json:"casualties"`
		} `json:"sides"`
	} `json:"conflict"`
	Events []struct {
		Date       string           `json:"date"`
		Place      string           `json:"place"`
		Type       string           `json:"type"`
		Actors     []string         `json:"actors"`
		Casualties []map[string]any `json:"casualties"`
	} `json:"events"`
	Reconciliation []struct {
		Claim   string `json:"claim"`
		Verdict string `json:"verdict"`
	} `json:"reconciliation"`
}

// loadExpected reads an X.expected.json.
func loadExpected(path string) (*Expected, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var want Expected
	if err := json.Unmarshal(b, &want); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &want, nil
}

// Tally counts field checks and names each miss.
type Tally struct {
	Hit, Total int
	Misses     []string
}

func (s *Tally) check(ok bool, format string, args ...any) {
	s.Total++
	if ok {
		s.Hit++
		return
	}
	s.Misses = append(s.Misses, fmt.Sprintf(format, args...))
}

// Ratio is the share of checks passed (0 when there were none).
func (s Tally) Ratio() float64 { return float64(s.Hit) / float64(max(s.Total, 1)) }

// Add adds another tally's counts and misses to s.
func (s *Tally) Add(o Tally) {
	s.Hit += o.Hit
	s.Total += o.Total
	s.Misses = append(s.Misses, o.Misses...)
}

// Result is one article's score: conflict-record fields, events (each
// expected event found by its date, then its place, type, actors and
// casualties) and reconciliation verdicts. Extra counts the events read
// that no expected event took; they are listed among Events.Misses.
type Result struct {
	Conflict, Events, Verdicts Tally
	Extra                      int
}

func num(m map[string]any, k string) (int, bool) {
	v, ok := m[k].(float64)
	return int(v), ok
}

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

// Score compares a reading with what is expected of it.
func Score(r *narrative.Reading, want *Expected) Result {
	var res Result
	c, e, v := &res.Conflict, &res.Events, &res.Verdicts

	got := r.Conflict
	// A news gold leaves the conflict record empty: a story tells incidents,
	// not a war, so there is nothing to check there (0/0, not misses).
	wc := want.Conflict
	if wc.Name == "" && len(wc.PartOf) == 0 && wc.Start == "" && len(wc.Places) == 0 && len(wc.Sides) == 0 {
		c = &Tally{} // the checks below go to a tally that is dropped
	}
	c.check(got.Name == want.Conflict.Name, "name %q", got.Name)
	c.check(strings.Join(got.PartOf, "|") == strings.Join(want.Conflict.PartOf, "|"), "part_of %q", got.PartOf)
	if want.Conflict.Start != "" {
		c.check(!got.Date.IsZero() && got.Date.Start.Format(event.Layout) == want.Conflict.Start, "start %v", got.Date)
		c.check(!got.Date.IsZero() && got.Date.End.Format(event.Layout) == want.Conflict.End, "end %v", got.Date)
	}
	for i, p := range want.Conflict.Places {
		ok := i < len(got.Places) && got.Places[i].Name == p.Name && got.Places[i].ISO == p.ISO
		c.check(ok, "place %s/%s", p.Name, p.ISO)
	}
	for si, ws := range want.Conflict.Sides {
		if si >= len(got.Sides) {
			c.check(false, "side %d missing", si+1)
			continue
		}
		gs := got.Sides[si]
		c.check(strings.Join(gs.Parties, "|") == strings.Join(ws.Parties, "|"), "side %d parties %q", si+1, gs.Parties)
		for _, wc := range ws.Commanders {
			found := false
			for _, gc := range gs.Commanders {
				if gc.Name == wc.Name {
					found = true
					c.check(gc.From == wc.From && gc.To == wc.To && gc.KilledInAction == wc.KIA, "commander %s term/KIA %+v", wc.Name, gc)
				}
			}
			c.check(found, "commander %s missing", wc.Name)
		}
		c.check(len(gs.Commanders) == len(ws.Commanders), "side %d: %d commanders, want %d", si+1, len(gs.Commanders), len(ws.Commanders))
		for i, w := range ws.Strength {
			ok := i < len(gs.Strength) && gs.Strength[i].Count == w.Count && gs.Strength[i].Approx == w.Approx &&
				gs.Strength[i].Unit == w.Unit && gs.Strength[i].Who == w.Who && gs.Strength[i].AsOf == w.AsOf
			c.check(ok, "side %d strength %+v", si+1, w)
		}
		// Claims of unknown size ("Unknown killed …") are kept but have
		// no figure to compare.
		var known []conflict.Claim
		for _, g := range gs.Casualties {
			if !g.Unknown {
				known = append(known, g)
			}
		}
		for i, w := range ws.Casualties {
			if i >= len(known) {
				c.check(false, "side %d casualty claim %d missing", si+1, i)
				continue
			}
			g := known[i]
			// In a fixed order, so that the misses read the same each run.
			for _, f := range []struct {
				k string
				p *int
			}{{"killed", g.Killed}, {"killed_non_hostile", g.KilledNonHostile}, {"wounded", g.Wounded}, {"wounded_non_hostile", g.WoundedNonHostile}} {
				k, p := f.k, f.p
				if n, ok := num(w, k); ok {
					c.check(p != nil && *p == n, "side %d claim %d %s: got %v want %d", si+1, i, k, deref(p), n)
				}
			}
			if n, ok := num(w, "weapons_caches_destroyed"); ok {
				c.check(len(g.Other) == 1 && g.Other[0].Count == n && g.Other[0].Min, "side %d claim %d weapons cache %+v", si+1, i, g.Other)
			}
			if who, ok := w["who"].(string); ok {
				c.check(g.Who == who, "side %d claim %d who %q, want %q", si+1, i, g.Who, who)
			}
		}
	}

	used := map[int]bool{}
	for _, we := range want.Events {
		idx := -1
		for i, ge := range r.Events {
			if !used[i] && ge.Date.String() == we.Date {
				idx = i
				break
			}
		}
		e.check(idx >= 0, "event %s missing", we.Date)
		if idx < 0 {
			continue
		}
		used[idx] = true
		ge := r.Events[idx]
		if we.Place != "" {
			e.check(sameName(ge.Place.Name, we.Place) || sameName(ge.Place.CountryNm, we.Place) && ge.Place.Precision == event.GeoCountry,
				"event %s place %q, want %q", we.Date, ge.Place.Name, we.Place)
		}
		if we.Type != "" {
			e.check(ge.Type == we.Type, "event %s type %q, want %q", we.Date, ge.Type, we.Type)
		}
		for _, a := range we.Actors {
			found := false
			for _, ga := range ge.Actors {
				found = found || ga.Canonical == a || ga.Name == a
			}
			e.check(found, "event %s actor %q missing", we.Date, a)
		}
		for _, wc := range we.Casualties {
			who, _ := wc["who"].(string)
			var gc *event.Casualty
			for i := range ge.Casualties {
				if ge.Casualties[i].Who == who {
					gc = &ge.Casualties[i]
				}
			}
			e.check(gc != nil, "event %s casualties of %q missing (got %+v)", we.Date, who, ge.Casualties)
			if gc == nil {
				continue
			}
			if n, ok := num(wc, "killed"); ok {
				e.check(gc.Killed != nil && gc.Killed.Best == n, "event %s %s killed %v, want %d", we.Date, who, gc.Killed, n)
			}
			if n, ok := num(wc, "wounded"); ok {
				e.check(gc.Wounded != nil && gc.Wounded.Best == n, "event %s %s wounded %v, want %d", we.Date, who, gc.Wounded, n)
			}
			if m, _ := wc["min"].(bool); m {
				e.check(gc.Killed != nil && gc.Killed.Qualifier == event.Min, "event %s %s: 'at least' lost", we.Date, who)
			}
			if nh, _ := wc["non_hostile"].(bool); nh {
				e.check(gc.NonHostile, "event %s %s: non-hostile lost", we.Date, who)
			}
		}
	}
	for i, ge := range r.Events {
		if !used[i] {
			res.Extra++
			e.Misses = append(e.Misses, fmt.Sprintf("extra event %s %q", ge.Date.String(), ge.Summary))
		}
	}

	for _, wv := range want.Reconciliation {
		consistent := wv.Verdict == "consistent"
		found := false
		for _, gv := range r.Reconciliation {
			side := fmt.Sprintf("Casualties%d", gv.Side)
			measure := strings.Contains(wv.Claim, gv.Measure) || gv.Measure == "wounded" && strings.Contains(wv.Claim, "injured")
			if strings.HasPrefix(wv.Claim, side) && strings.Contains(wv.Claim, fmt.Sprintf("%d ", gv.Claimed)) && measure {
				if (gv.Status == "consistent") == consistent && (consistent || gv.Text == wv.Verdict) {
					found = true
				}
			}
		}
		v.check(found, "verdict %q → %q not reached", wv.Claim, wv.Verdict)
	}
	return res
}

// Article is one scored article of a directory.
type Article struct {
	Name string // the article's file name
	Result
}

// pairs lists the articles in dir that have an expected file beside them:
// X.txt or X.wiki with X.expected.json, sorted by name.
func pairs(dir string) (articles, expected []string, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	have := map[string]bool{}
	for _, e := range entries {
		have[e.Name()] = true
	}
	var names []string
	for n := range have {
		ext := filepath.Ext(n)
		if ext != ".txt" && ext != ".wiki" {
			continue
		}
		if have[strings.TrimSuffix(n, ext)+".expected.json"] {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		articles = append(articles, filepath.Join(dir, n))
		expected = append(expected, filepath.Join(dir, strings.TrimSuffix(n, filepath.Ext(n))+".expected.json"))
	}
	return articles, expected, nil
}

// ScoreFile reads the article at path with x and scores it against the
// expected file at expPath.
func ScoreFile(x *narrative.Extractor, path, expPath string) (*narrative.Reading, Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, Result{}, err
	}
	want, err := loadExpected(expPath)
	if err != nil {
		return nil, Result{}, err
	}
	if want.DCT != "" {
		dct, err := time.Parse(time.DateOnly, want.DCT)
		if err != nil {
			return nil, Result{}, fmt.Errorf("%s: dct: %w", expPath, err)
		}
		// A copy: the next file must not inherit this one's day.
		x = x.WithDCT(dct)
	}
	r, err := x.Read(path, data)
	if err != nil {
		return nil, Result{}, fmt.Errorf("read %s: %w", path, err)
	}
	return r, Score(r, want), nil
}

// Dir scores every article of dir that has an expected file, in name
// order; keep, when not nil, says which file names to score.
func Dir(x *narrative.Extractor, dir string, keep func(name string) bool) ([]Article, error) {
	arts, exps, err := pairs(dir)
	if err != nil {
		return nil, err
	}
	var out []Article
	for i, a := range arts {
		if keep != nil && !keep(filepath.Base(a)) {
			continue
		}
		_, res, err := ScoreFile(x, a, exps[i])
		if err != nil {
			return nil, err
		}
		out = append(out, Article{Name: filepath.Base(a), Result: res})
	}
	return out, nil
}

// sameName reports whether a place's name is the one the gold writes, but
// for case, accents and punctuation: the gazetteer's "Tikrīt" is the gold's
// "Tikrit", as a lookup would find it.
func sameName(got, want string) bool {
	return got == want || gazetteer.Fold(got) == gazetteer.Fold(want)
}
