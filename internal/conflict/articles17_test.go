package conflict

import "testing"

// Infobox lines of the kinds a fourth set of unseen encyclopedic articles
// wrote (round 17). The lines are ours.

func TestArticles17Commanders(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// A rank of several words ("Sergeant First Class") goes whole.
		{"Sgt. First Class Anton Varga (WIA), Staff Sergeant Ivo Rand", `[{"name":"Anton Varga"},{"name":"Ivo Rand"}]`},
		// A name with "Class" in it that is no rank stays.
		{"Maria First, Tomas Class", `[{"name":"Maria First"},{"name":"Tomas Class"}]`},
	} {
		r := normalize(t, "- Commander1: "+tc.in)
		if got := js(r.Sides[0].Commanders); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func TestArticles17EstimatedStrength(t *testing.T) {
	r := normalize(t, "- Strength1: Estimated 1,200 fighters, 300 vehicles")
	s := r.Sides[0].Strength
	if len(s) != 2 || s[0].Count != 1200 || !s[0].Approx || s[0].Unit != "fighters" || s[1].Count != 300 || s[1].Approx {
		t.Errorf("strength: %s", js(s))
	}
}
