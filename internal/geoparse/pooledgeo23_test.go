package geoparse

import "testing"

// Rules from session 19's pooled study of the places probes' development
// halves; the sentences are written for the tests.

// TestCueOnlyUnknownName: a name the gazetteer lacks right after "in" or
// "near", ending its clause (or before a word of time, or before an
// apposition that names a kind of place), is a place when a town or
// county of the text's main country in its sentence holds it. It stays
// unread with nothing to hold it, when the text writes it with a
// possessive, when its apposition is no kind of place, and its other
// mentions are not read on its account.
func TestCueOnlyUnknownName(t *testing.T) {
	checkNews(t, []newsCase{
		{"a word of time after it", "A car crash in Wexbrell on Thursday closed a road near Hartford, Connecticut.",
			nil, "Wexbrell", "US", ""},
		{"a comma, then a word of time", "Flood water rose in Dembalo last week near Beledweyne, Somalia, the agency said.",
			nil, "Dembalo", "SO", ""},
		{"an apposition of a kind of place", "Wildfire smoke reached homes in Tarvossa, a northern suburb of Larissa, on Sunday.",
			nil, "Tarvossa", "GR", ""},
		{"the clause ends", "Rescuers searched homes in Tarvossa on Sunday after the quake near Larissa.",
			nil, "Tarvossa", "GR", ""},
		// Unread: nothing holds it, a possessive, a farm's apposition.
		{"nothing in its sentence", "Delegates met in Quorvane on Tuesday.",
			[]string{"Quorvane"}, "", "", ""},
		{"a firm's possessive", "The bidders raised their stake in Molvane, and Molvane's board said it would reply by Friday in Toronto.",
			[]string{"Molvane"}, "", "", ""},
		{"an apposition of no place", "Officials culled birds in Ferrabec, a breeding farm near Calamba, on Monday.",
			[]string{"Ferrabec"}, "", "", ""},
	})
}

// TestCueOnlyNameNotSpread: the later mentions of a name read for its cue
// alone are not read on its account ("the X ski resort" is the resort).
func TestCueOnlyNameNotSpread(t *testing.T) {
	text := "A skier died in Tarvenne on Friday near Martigny, Switzerland. The Tarvenne ski resort reopened on Sunday."
	tops := parser.Parse(text)
	if n := countNamed(tops, "Tarvenne"); n != 1 {
		t.Fatalf("%d mentions of Tarvenne read, want 1", n)
	}
	if p := find(t, tops, "Tarvenne").Place; p.Country != "CH" {
		t.Errorf("Tarvenne → %s (%s)", p.Name, p.Country)
	}
}
