package conflict

import (
	"strings"
	"testing"
)

// Infobox lines of the kinds a seventh and an eighth set of unseen
// encyclopedic articles wrote (rounds 20 and 21). The lines are ours.

func TestArticles21PartOfJoinedByAnd(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// Two conflicts joined by a bare "and", one headed by terrorism,
		// persecution, an invasion or a dispute, are two items.
		{"the War in Norland and Terrorism in Eastland", "War in Norland|Terrorism in Eastland"},
		{"the Hill State invasion of Norland and the Persecution of Fenns by the Hill State", "Hill State invasion of Norland|Persecution of Fenns by the Hill State"},
		{"Valley island dispute and cross-border attacks in Eastland", "Valley island dispute|Cross-border attacks in Eastland"},
		// One name with "and" in it is still one.
		{"Persecution of Fenns and Varls in Norland", "Persecution of Fenns and Varls in Norland"},
		{"Terrorism in Norland and Eastland", "Terrorism in Norland and Eastland"},
		{"Hill State of Norland and the Valley", "Hill State of Norland and the Valley"},
	} {
		r := normalize(t, "- Partof: "+tc.in)
		if got := strings.Join(r.PartOf, "|"); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}
