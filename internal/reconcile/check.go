package reconcile

import (
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/internal/conflict"
	"github.com/sitrep-project/sitrep/internal/event"
)

// Canonicalizer maps a party name to its canonical actor name.
type Canonicalizer interface {
	Canonical(name string) string
}

// Check compares each casualty claim of the record's infobox with the sum
// of the narrative's events. A claim about a side's own party ("U.S. Armed
// Forces") is matched against that party's casualties; a claim about those
// "operating with" a party against the casualties of the party's partners
// (states that fought beside it); a claim about a generic group
// ("militants") against all of the side's casualties. Hostile and
// non-hostile losses are kept apart as the claim separates them. Only
// events within the record's dates count: an article on one battle also
// tells of the next one.
func Check(rec conflict.Record, events []event.Event, names Canonicalizer) []Verdict {
	var out []Verdict
	events = within(rec, events)
	sideOf := map[string]int{}
	for _, s := range rec.Sides {
		for _, p := range s.Parties {
			sideOf[names.Canonical(p)] = s.Number
		}
	}
	partnersOf := partners(events, sideOf)
	for _, s := range rec.Sides {
		for _, c := range s.Casualties {
			if c.Unknown {
				continue
			}
			match := selector(c, s, sideOf, partnersOf, names)
			for _, m := range []struct {
				name      string
				total, nh *int
				get       func(event.Casualty) *event.Count
			}{
				{"killed", c.Killed, c.KilledNonHostile, func(x event.Casualty) *event.Count { return x.Killed }},
				{"wounded", c.Wounded, c.WoundedNonHostile, func(x event.Casualty) *event.Count { return x.Wounded }},
				{"captured", c.Captured, nil, func(x event.Casualty) *event.Count { return x.Captured }},
			} {
				if m.total == nil {
					continue
				}
				// Non-hostile only: "1 killed (non hostile)".
				onlyNH := m.nh != nil && *m.nh == *m.total
				v := Verdict{Side: s.Number, Measure: m.name, Claimed: *m.total,
					Claim: fmt.Sprintf("Casualties%d: %s", s.Number, claimText(c, m.name, *m.total, m.nh))}
				var parts []string
				// The narrative's own sum for a party ("300 had died
				// during the campaign") is the evidence when it gives one;
				// adding it to the incidents would count them twice.
				total := map[string]int{}
				for _, e := range events {
					if e.Extra.Get("total") != "true" {
						continue
					}
					for _, x := range e.Casualties {
						if cnt := m.get(x); cnt != nil && match(x) && cnt.Best > total[x.Who] {
							total[x.Who] = cnt.Best
						}
					}
				}
				summed := map[string]bool{}
				for _, e := range events {
					isTotal := e.Extra.Get("total") == "true"
					for _, x := range e.Casualties {
						cnt := m.get(x)
						if cnt == nil || !match(x) {
							continue
						}
						if t, ok := total[x.Who]; ok {
							if !isTotal || cnt.Best != t || summed[x.Who] {
								continue // an incident of a party summed up, or another sum
							}
							summed[x.Who] = true
						}
						if onlyNH && !x.NonHostile || m.nh == nil && x.NonHostile && !onlyNH && c.Who != "" && strings.Contains(c.Who, "operating") {
							continue
						}
						v.Found += cnt.Best
						if cnt.Qualifier == event.Min {
							v.FoundMin = true
						}
						v.Events = append(v.Events, e.ID)
						nh := ""
						if x.NonHostile {
							nh = " non-hostile"
						}
						if isTotal {
							nh += " in total"
						}
						parts = append(parts, fmt.Sprintf("%s %s %s%s %s (%s)", cnt.String(), x.Who, m.name, nh, e.Date.String(), placeName(e)))
					}
				}
				v.Evidence = strings.Join(parts, " + ")
				if v.Evidence != "" {
					v.Evidence += fmt.Sprintf(" = %d", v.Found)
				}
				v.Diff = v.Claimed - v.Found
				switch {
				case len(v.Events) == 0:
					v.Status, v.Text = "no evidence", "the narrative reports no such casualties"
				case v.Diff == 0:
					v.Status, v.Text = "consistent", "consistent"
				case v.Diff > 0 && v.FoundMin:
					v.Status, v.Text = "consistent", fmt.Sprintf("consistent: the narrative gives at least %d", v.Found)
				default:
					v.Status = "differs"
					v.Text = differs(v.Diff, m.name)
				}
				out = append(out, v)
			}
		}
	}
	return out
}

func placeName(e event.Event) string {
	if e.Place.Name != "" {
		return e.Place.Name
	}
	return e.Summary
}

func claimText(c conflict.Claim, measure string, total int, nh *int) string {
	s := fmt.Sprintf("%d %s", total, measure)
	if nh != nil {
		s += fmt.Sprintf(" (%d non hostile)", *nh)
	}
	if c.Who != "" {
		s += " (" + c.Who + ")"
	}
	return s
}

func differs(diff int, measure string) string {
	unit := map[string][2]string{"killed": {"death", "deaths"}, "wounded": {"wounded", "wounded"}, "captured": {"capture", "captures"}}[measure]
	n, w := diff, unit[1]
	if n < 0 {
		n = -n
	}
	if n == 1 {
		w = unit[0]
	}
	num := fmt.Sprint(n)
	if n < len(smallNumbers) {
		num = smallNumbers[n]
	}
	if diff > 0 {
		return fmt.Sprintf("%s %s more claimed than the narrative shows", num, w)
	}
	return fmt.Sprintf("the narrative shows %s %s more than claimed", num, w)
}

var smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

// selector returns which narrative casualties a claim is about.
func selector(c conflict.Claim, s conflict.Side, sideOf map[string]int, partnersOf map[string]map[string]bool, names Canonicalizer) func(event.Casualty) bool {
	who := c.Who
	low := strings.ToLower(who)
	if i := strings.Index(low, "with "); i >= 0 && strings.Contains(low, "operating") {
		party := names.Canonical(strings.TrimPrefix(strings.TrimSpace(who[i+5:]), "the "))
		ps := partnersOf[party]
		return func(x event.Casualty) bool { return ps[x.Who] }
	}
	// "(Nigerien claim)", "(per the army)" say who counted, not who died.
	attributed := strings.HasSuffix(low, " claim") || strings.HasSuffix(low, " claims") || strings.HasSuffix(low, " estimate") ||
		strings.HasPrefix(low, "per ") || strings.HasPrefix(low, "according to ")
	if who != "" && !attributed {
		canon := names.Canonical(who)
		// A side's claim names its own parties; another side's party named
		// there is the source of the figure, not its subject.
		if n, named := sideOf[canon]; named && n == s.Number {
			return func(x event.Casualty) bool { return x.Who == canon }
		}
	}
	// A generic group: the side's parties.
	return func(x event.Casualty) bool {
		return sideOf[x.Who] == s.Number || x.Side == event.Side(s.Number)
	}
}

// within keeps the events that overlap the record's dates (all of them
// when it has none); undated events stay, as the narrative tells them.
func within(rec conflict.Record, events []event.Event) []event.Event {
	if rec.Date.IsZero() {
		return events
	}
	var out []event.Event
	for _, e := range events {
		if e.Date.IsZero() || !e.Date.End.Before(rec.Date.Start) && (rec.Ongoing || !e.Date.Start.After(rec.Date.End)) {
			out = append(out, e)
		}
	}
	return out
}

// partners finds, for each party, the actors that appear beside it in
// events and are not on another side: the forces it operated with.
func partners(events []event.Event, sideOf map[string]int) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, e := range events {
		var present []string
		for _, a := range e.Actors {
			present = append(present, a.Canonical)
		}
		for _, c := range e.Casualties {
			present = append(present, c.Who)
		}
		for _, p := range present {
			if _, ok := sideOf[p]; !ok {
				continue
			}
			for _, q := range present {
				if q == p || sideOf[q] != 0 && sideOf[q] != sideOf[p] {
					continue
				}
				if _, listed := sideOf[q]; listed {
					continue
				}
				if out[p] == nil {
					out[p] = map[string]bool{}
				}
				out[p][q] = true
			}
		}
	}
	return out
}
