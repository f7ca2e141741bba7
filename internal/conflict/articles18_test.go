package conflict

import "testing"

// Infobox lines of the kinds a fifth set of unseen encyclopedic articles
// wrote (round 18). The lines are ours.

func TestArticles18Commanders(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// A wounded mark glued to a name goes, as the prisoner's does; a
		// killed one beside it still flags.
		{"Anton VargaWIA, Colonel Ivo RandKIA, Petra Lund", `[{"name":"Anton Varga"},{"name":"Ivo Rand","killed_in_action":true},{"name":"Petra Lund"}]`},
		{"Anton Varga WIA, Ivo Rand (WIA)", `[{"name":"Anton Varga"},{"name":"Ivo Rand"}]`},
		// A name that holds the letters is kept whole.
		{"Edwiard Wia, Mila Kowia", `[{"name":"Edwiard Wia"},{"name":"Mila Kowia"}]`},
	} {
		r := normalize(t, "- Commander1: "+tc.in)
		if got := js(r.Sides[0].Commanders); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}
