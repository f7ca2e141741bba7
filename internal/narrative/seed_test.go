package narrative

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/conflict"
	"github.com/sitrep-project/sitrep/internal/event"
)

// expected is the shape of testdata/articles/*.expected.json: what a careful
// analyst reads out of an article.
type expected struct {
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

// scorer counts field checks and names each miss.
type scorer struct {
	hit, total int
	misses     []string
}

func (s *scorer) check(ok bool, format string, args ...any) {
	s.total++
	if ok {
		s.hit++
		return
	}
	s.misses = append(s.misses, fmt.Sprintf(format, args...))
}

func (s *scorer) ratio() float64 { return float64(s.hit) / float64(max(s.total, 1)) }

func num(m map[string]any, k string) (int, bool) {
	v, ok := m[k].(float64)
	return int(v), ok
}

// scoreArticle reads path and scores it against its expected file.
func scoreArticle(t *testing.T, path, expPath string) (conflictScore, eventScore, recScore *scorer, extra int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want expected
	b, err := os.ReadFile(expPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	r, err := Default().Read(path, data)
	if err != nil {
		t.Fatal(err)
	}
	c, e, v := &scorer{}, &scorer{}, &scorer{}

	got := r.Conflict
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
			for k, p := range map[string]*int{"killed": g.Killed, "killed_non_hostile": g.KilledNonHostile, "wounded": g.Wounded, "wounded_non_hostile": g.WoundedNonHostile} {
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
			e.check(ge.Place.Name == we.Place || ge.Place.CountryNm == we.Place && ge.Place.Precision == event.GeoCountry,
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
			extra++
			e.misses = append(e.misses, fmt.Sprintf("extra event %s %q", ge.Date.String(), ge.Summary))
		}
	}

	for _, gv := range r.Reconciliation {
		t.Logf("verdict %s: %s | %s | %s", gv.Status, gv.Claim, gv.Evidence, gv.Text)
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
	return c, e, v, extra
}

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestSeed scores the reading of the seed article field by field against
// what an analyst reads out of it, prints the score and fails below the
// level reached, so that a regression shows.
func TestSeed(t *testing.T) {
	c, e, v, extra := scoreArticle(t, "../../testdata/articles/niger_seed.txt", "../../testdata/articles/niger_seed.expected.json")
	for _, s := range []struct {
		name string
		s    *scorer
		min  float64
	}{{"conflict", c, 0.95}, {"events", e, 0.95}, {"reconciliation", v, 1.0}} {
		fmt.Printf("seed %-15s %3d/%3d = %.1f%%\n", s.name, s.s.hit, s.s.total, 100*s.s.ratio())
		for _, m := range s.s.misses {
			t.Logf("%s: %s", s.name, m)
		}
		if s.s.ratio() < s.min {
			t.Errorf("%s score %.2f below %.2f", s.name, s.s.ratio(), s.min)
		}
	}
	fmt.Printf("seed extra events: %d\n", extra)
	if extra > 3 {
		t.Errorf("%d events not in the expected timeline", extra)
	}
}
