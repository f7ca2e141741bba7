package conflict

import (
	"strings"
	"testing"
)

// Infobox lines of the kinds a third set of unseen encyclopedic articles
// wrote (round 16). The lines are ours.

func TestArticles16PartOfJoinedByAnd(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// Two conflicts joined by a bare "and" are two items.
		{"Norland Civil War (2009–present) and 2015 Harvest attacks", "Norland Civil War (2009–present)|2015 Harvest attacks"},
		{"Valley Front insurgency and Eastland conflict", "Valley Front insurgency|Eastland conflict"},
		// One name with "and" in it, or a conflict in two places, is one.
		{"Islamic State of Norland and Eastland", "Islamic State of Norland and Eastland"},
		{"Insurgency in Norland and Eastland", "Insurgency in Norland and Eastland"},
		{"the Valley conflict and the Hill intervention", "Valley conflict|Hill intervention"},
	} {
		r := normalize(t, "- Partof: "+tc.in)
		if got := strings.Join(r.PartOf, "|"); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}
