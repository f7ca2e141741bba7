package conflict

import (
	"strings"
	"testing"
)

// TestPooledRead23PartyMarks reads combatant lines with the marks a
// converted infobox leaves, found in six articles of four probes' development
// halves when session 19 pooled them: list bullets, a flag's bare quote
// mark, an image's border parameter and a label before flags alone. None
// is a party; the names beside them are. The lines are ours.
func TestPooledRead23PartyMarks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{", * Norland Defence Force", "Norland Defence Force"},
		{", * Fenn Front, ** Fenn Youth Brigade, * Valley Jihad", "Fenn Front|Fenn Youth Brigade|Valley Jihad"},
		{"'", ""},
		{"', Supported by:, Eastland", "Eastland"},
		{"Norland ---- Air support:, , , ,", "Norland"},
		{"Hill Alliance, * border|20px Fenn Front, * Valley Guard", "Hill Alliance|Fenn Front|Valley Guard"},
		// A footnote mark after a name still goes, and a name with a
		// colon inside stays whole.
		{"Fenn Front*, Norland", "Fenn Front|Norland"},
		{"Norland, Valley Guard: Hill wing", "Norland|Valley Guard: Hill wing"},
		// A name heading its members is a party; a bulleted qualifier
		// is a qualifier (fourth review of session 19).
		{"Northern Task Force:, Norland, Eastland", "Northern Task Force|Norland|Eastland"},
		{"Fenn Front:, * Valley Jihad", "Fenn Front|Valley Jihad"},
		{"Rebel groups:, Fenn Front, Valley Jihad", "Fenn Front|Valley Jihad"},
		// Labels in capitals are labels; names with lower-case
		// particles are names (fifth review of session 19).
		{"Norland, Co-belligerents:, Eastland, Foreign Fighters:, Valley Guard", "Norland|Eastland|Valley Guard"},
		{"Support From:, Eastland", "Eastland"},
		{"Jaish al-Wadi:, * Fenn Front", "Jaish al-Wadi|Fenn Front"},
		{"Mouvement du 12 mars:, Fenn Front", "Mouvement du 12 mars|Fenn Front"},
		{"Army of Omar bin Said:, Fenn Front", "Army of Omar bin Said|Fenn Front"},
		{"Fenn Front*:, Valley Jihad", "Fenn Front|Valley Jihad"},
		{"Norland, * Supported by: Eastland, * Alleged: Valley Guard", "Norland|Eastland|Valley Guard"},
	} {
		if got := strings.Join(parties(tc.in), "|"); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}
