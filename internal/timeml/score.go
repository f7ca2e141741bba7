package timeml

import "fmt"

// Counts accumulates TIMEX3 scoring over documents (TempEval-3 task A).
type Counts struct {
	Gold, System int
	Strict       int // spans equal
	Relaxed      int // spans overlap (one-to-one)
	ValueOK      int // relaxed matches with the same value
	TypeOK       int // relaxed matches with the same type
}

// Add scores one document's system spans against its gold spans.
func (c *Counts) Add(gold, sys []Span) []Pair {
	c.Gold += len(gold)
	c.System += len(sys)
	used := make([]bool, len(sys))
	var pairs []Pair
	for _, g := range gold {
		best := -1
		for k, s := range sys {
			if used[k] || s.End <= g.Start || s.Start >= g.End {
				continue
			}
			if best < 0 || (s.Start == g.Start && s.End == g.End) {
				best = k
			}
		}
		if best < 0 {
			pairs = append(pairs, Pair{Gold: g, HasGold: true})
			continue
		}
		used[best] = true
		s := sys[best]
		c.Relaxed++
		if s.Start == g.Start && s.End == g.End {
			c.Strict++
		}
		if s.Value == g.Value {
			c.ValueOK++
		}
		if s.Type == g.Type {
			c.TypeOK++
		}
		pairs = append(pairs, Pair{Gold: g, Sys: s, HasGold: true, HasSys: true})
	}
	for k, s := range sys {
		if !used[k] {
			pairs = append(pairs, Pair{Sys: s, HasSys: true})
		}
	}
	return pairs
}

// Pair is a gold span and the system span matched to it, for error lists.
type Pair struct {
	Gold, Sys       Span
	HasGold, HasSys bool
}

// PRF is precision, recall and F1 in percent.
type PRF struct{ P, R, F float64 }

func prf(tp, sys, gold int) PRF {
	var r PRF
	if sys > 0 {
		r.P = 100 * float64(tp) / float64(sys)
	}
	if gold > 0 {
		r.R = 100 * float64(tp) / float64(gold)
	}
	if r.P+r.R > 0 {
		r.F = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}

// StrictPRF scores exact span matches.
func (c Counts) StrictPRF() PRF { return prf(c.Strict, c.System, c.Gold) }

// RelaxedPRF scores overlapping spans.
func (c Counts) RelaxedPRF() PRF { return prf(c.Relaxed, c.System, c.Gold) }

// ValueAccuracy is the share of relaxed matches with the gold value.
func (c Counts) ValueAccuracy() float64 {
	if c.Relaxed == 0 {
		return 0
	}
	return 100 * float64(c.ValueOK) / float64(c.Relaxed)
}

// TypeAccuracy is the share of relaxed matches with the gold type.
func (c Counts) TypeAccuracy() float64 {
	if c.Relaxed == 0 {
		return 0
	}
	return 100 * float64(c.TypeOK) / float64(c.Relaxed)
}

// ValueF1 is TempEval-3's value F1: relaxed F1 × value accuracy.
func (c Counts) ValueF1() float64 { return c.RelaxedPRF().F * c.ValueAccuracy() / 100 }

// TypeF1 is relaxed F1 × type accuracy.
func (c Counts) TypeF1() float64 { return c.RelaxedPRF().F * c.TypeAccuracy() / 100 }

// String renders the scores as a small table.
func (c Counts) String() string {
	s, r := c.StrictPRF(), c.RelaxedPRF()
	return fmt.Sprintf("gold %d  system %d\n"+
		"strict   P %6.2f  R %6.2f  F1 %6.2f\n"+
		"relaxed  P %6.2f  R %6.2f  F1 %6.2f\n"+
		"value    accuracy %6.2f  F1 %6.2f\n"+
		"type     accuracy %6.2f  F1 %6.2f\n",
		c.Gold, c.System, s.P, s.R, s.F, r.P, r.R, r.F,
		c.ValueAccuracy(), c.ValueF1(), c.TypeAccuracy(), c.TypeF1())
}
