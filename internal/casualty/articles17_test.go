package casualty

import "testing"

// Tolls of the kinds a fourth set of unseen encyclopedic articles wrote
// (round 17): a list of the dead whose last group is "all" of a count.
// The sentences are ours.
func TestArticles17Find(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The siege of the hotel lasted a day and left 21 civilians, one Greek soldier and all four gunmen dead.",
			"21 killed civilians; 1 killed Greek soldier; 4 killed gunmen"},
		{"The raid left 12 villagers and all three attackers dead.", "12 killed villagers; 3 killed attackers"},
		// "all" before no count stays out of the toll.
		{"The raid left 12 villagers dead and all the houses burned.", "12 killed villagers"},
	} {
		if got := render(Find(tc.in)); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}
