package article

import (
	"strings"
	"testing"
)

// TestArticles15SpacedKeys reads infoboxes as stored pages keep them, with
// the template's spaced keys among the one-word ones (round 15). The
// articles are ours.
func TestArticles15SpacedKeys(t *testing.T) {
	for _, tc := range []struct{ name, head, want string }{
		{"a spaced key mid-infobox", "- Conflict: Battle of Kavala\n- Combatants Header: Belligerents\n- Combatant2: Valley Front\n- Casualties1: 12 killed\n",
			"Conflict|Combatants Header|Combatant2|Casualties1"},
		{"map keys", "- Conflict: Battle of Kavala\n- Map Type: Greece#Europe\n- Map Label: Kavala\n- Casualties2: 3 killed\n",
			"Conflict|Map Type|Map Label|Casualties2"},
		// Prose in a bullet ends the infobox, as before.
		{"a bullet of prose", "- Conflict: Battle of Kavala\n- In the first week of May: rebels took the port\n- Casualties1: 12 killed\n",
			"Conflict"},
		{"a long label", "- Conflict: Battle of Kavala\n- According To The Army Of Norland: 40 killed\n",
			"Conflict"},
	} {
		d, err := Parse("a.txt", []byte("= Battle of Kavala =\n\n"+tc.head+"\nThe battle was fought in Kavala.\n"))
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, f := range d.Infobox {
			keys = append(keys, f.Key)
		}
		if got := strings.Join(keys, "|"); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
