package narrative

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
)

// TestClassify21 types ground tried for in a noun phrase ("attempts were
// made to capture the town") as a battle, in sentences we wrote, as
// TestClassify19 types the verb; an attempt at anything else, and an
// attempt on a person, are left to the other rules.
func TestClassify21(t *testing.T) {
	for _, tc := range []struct{ in, typ string }{
		{"During the winter two attempts were made to capture the town, and both failed.", event.Battles},
		{"The militia began a series of attempts to seize the market town.", event.Battles},
		{"The brigade made its first attempts to breach the rebel-held city that week.", event.Battles},
		{"An attempt was made to storm the base before dawn.", event.Battles},
		// Not ground tried for.
		{"Attempts were made to reach a ceasefire in the town.", event.Strategic},
		{"The council announced an attempt to rebuild the city's market.", event.Strategic},
		{"Two attempts to capture the rebel commander were abandoned.", event.Strategic},
	} {
		if typ, _ := classify(tc.in); typ != tc.typ {
			t.Errorf("%q: type %s, want %s", tc.in, typ, tc.typ)
		}
	}
}
