package reconcile

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/conflict"
	"github.com/sitrep-project/sitrep/internal/event"
)

type names map[string]string

func (n names) Canonical(s string) string {
	if c, ok := n[s]; ok {
		return c
	}
	return s
}

func ip(n int) *int { return &n }

func cnt(n int, q event.Qualifier) *event.Count {
	c := event.N(n)
	c.Qualifier = q
	return c
}

func TestCheck(t *testing.T) {
	rec := conflict.Record{Sides: []conflict.Side{
		{Number: 1, Parties: []string{"U.S. Armed Forces"}, Casualties: []conflict.Claim{
			{Who: "U.S. Armed Forces", Killed: ip(5), KilledNonHostile: ip(1), Wounded: ip(3)},
			{Who: "operating with the United States", Killed: ip(5)},
		}},
		{Number: 2, Parties: []string{"ISGS", "ISWAP"}, Casualties: []conflict.Claim{
			{Who: "militants", Killed: ip(32)},
			{Unknown: true},
		}},
	}}
	evs := []event.Event{
		{ID: "a", Date: event.Day(2017, 10, 4), Actors: []event.Actor{{Canonical: "United States"}, {Canonical: "Niger"}},
			Casualties: []event.Casualty{
				{Who: "United States", Killed: event.N(4), Wounded: event.N(2)},
				{Who: "Niger", Killed: event.N(4)},
				{Who: "ISGS", Side: 2, Killed: cnt(21, event.Min)},
			}},
		{ID: "b", Date: event.Day(2017, 2, 2), Casualties: []event.Casualty{{Who: "United States", Killed: event.N(1), NonHostile: true}}},
		{ID: "c", Date: event.Day(2017, 12, 6), Casualties: []event.Casualty{{Who: "ISWAP", Side: 2, Killed: event.N(11)}}},
	}
	got := Check(rec, evs, names{"U.S. Armed Forces": "United States"})
	want := []struct {
		claim, status string
		found         int
		events        string
	}{
		{"Casualties1: 5 killed", "consistent", 5, "a,b"},
		{"Casualties1: 3 wounded", "differs", 2, "a"},
		{"Casualties1: 5 killed", "differs", 4, "a"},
		{"Casualties2: 32 killed", "consistent", 32, "a,c"},
	}
	if len(got) != len(want) {
		for _, v := range got {
			t.Logf("%+v", v)
		}
		t.Fatalf("%d verdicts, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if !strings.HasPrefix(g.Claim, w.claim) || g.Status != w.status || g.Found != w.found || strings.Join(g.Events, ",") != w.events {
			t.Errorf("verdict %d: %+v\nwant %+v", i, g, w)
		}
	}
	if got[2].Text != "one death more claimed than the narrative shows" {
		t.Errorf("verdict text %q", got[2].Text)
	}
	if got[1].Text != "one wounded more claimed than the narrative shows" {
		t.Errorf("verdict text %q", got[1].Text)
	}
}

func TestNoEvidence(t *testing.T) {
	rec := conflict.Record{Sides: []conflict.Side{{Number: 1, Parties: []string{"X"}, Casualties: []conflict.Claim{{Who: "X", Killed: ip(3)}}}}}
	got := Check(rec, nil, names{})
	if len(got) != 1 || got[0].Status != "no evidence" {
		t.Fatalf("%+v", got)
	}
	if d := differs(-2, "killed"); d != "the narrative shows two deaths more than claimed" {
		t.Errorf("differs: %q", d)
	}
}

// TestCheckWindow: only events within the record's dates count, and a
// claim's source ("Nigerien claim") is not the party it counts.
func TestCheckWindow(t *testing.T) {
	evs := []event.Event{
		{ID: "battle", Date: event.Day(2019, 12, 10), Casualties: []event.Casualty{{Who: "Niger", Side: 1, Killed: event.N(71)}, {Who: "ISGS", Side: 2, Killed: event.N(57)}}},
		{ID: "next", Date: event.Day(2020, 1, 9), Casualties: []event.Casualty{{Who: "Niger", Side: 1, Killed: event.N(89)}}},
		{ID: "undated", Casualties: []event.Casualty{{Who: "Niger", Side: 1, Wounded: event.N(12)}}},
	}
	sides := []conflict.Side{
		{Number: 1, Parties: []string{"Niger"}, Casualties: []conflict.Claim{{Killed: ip(71), Wounded: ip(12)}}},
		{Number: 2, Parties: []string{"ISGS"}, Casualties: []conflict.Claim{{Who: "Nigerien claim", Killed: ip(57)}}},
	}
	nm := names{"Nigerien claim": "Niger"}
	for _, tc := range []struct {
		name string
		rec  conflict.Record
		want string // found per verdict, with its events
	}{
		{"one day", conflict.Record{Date: event.Day(2019, 12, 10), Sides: sides}, "71 battle|12 undated|57 battle"},
		{"no dates", conflict.Record{Sides: sides}, "160 battle,next|12 undated|57 battle"},
		{"ongoing", conflict.Record{Date: event.Day(2019, 1, 1), Ongoing: true, Sides: sides}, "160 battle,next|12 undated|57 battle"},
		{"before", conflict.Record{Date: event.Year(2018), Sides: sides}, "0 |12 undated|0 "},
	} {
		var got []string
		for _, v := range Check(tc.rec, evs, nm) {
			got = append(got, fmt.Sprintf("%d %s", v.Found, strings.Join(v.Events, ",")))
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, strings.Join(got, "|"), tc.want)
		}
	}
}

// TestCheckTotals: a narrative's own sum for a party stands for its
// incidents, once; other parties' incidents still add up.
func TestCheckTotals(t *testing.T) {
	total := event.Extra{{Key: "total", Value: "true"}}
	evs := []event.Event{
		{ID: "ambush", Date: event.Day(2019, 4, 2), Casualties: []event.Casualty{{Who: "Somalia", Side: 1, Killed: event.N(8)}, {Who: "AMISOM", Side: 1, Killed: event.N(3)}}},
		{ID: "sum", Date: event.Month(2020, 6), Extra: total, Casualties: []event.Casualty{{Who: "Somalia", Side: 1, Killed: event.N(46)}}},
		{ID: "again", Date: event.Month(2020, 6), Extra: total, Casualties: []event.Casualty{{Who: "Somalia", Side: 1, Killed: event.N(46)}}},
		{ID: "part", Date: event.Month(2019, 12), Extra: total, Casualties: []event.Casualty{{Who: "Somalia", Side: 1, Killed: event.N(20)}}},
	}
	rec := conflict.Record{Sides: []conflict.Side{{Number: 1, Parties: []string{"Somalia", "AMISOM"}, Casualties: []conflict.Claim{{Killed: ip(49)}}}}}
	v := Check(rec, evs, names{})
	if len(v) != 1 || v[0].Found != 49 || strings.Join(v[0].Events, ",") != "ambush,sum" || !strings.Contains(v[0].Evidence, "46 Somalia killed in total") {
		t.Errorf("%+v", v)
	}
}
