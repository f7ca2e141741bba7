package casualty

import "testing"

// Tolls of the kinds unseen encyclopedic articles wrote (session 11): a
// toll the other side suffered, and a toll told as an estimate. The
// sentences are ours.
func TestArticles14Find(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The raid on the outpost left 6 Greeks killed and 14 wounded whilst the rebels suffered an estimated 90 killed.",
			"6 killed Greeks; 14 wounded Greeks; about 90 killed rebels"},
		{"Nine soldiers died, while the insurgents sustained 30 dead.", "9 killed soldiers; 30 killed insurgents"},
		{"The column retook the town and over 300 fighters were estimated to have been killed in the counter-attack.", "at least 300 killed fighters"},
		{"About 40 villagers are believed to have been wounded.", "about 40 wounded villagers"},
		// Without the hedge's "to have been", it is not a toll.
		{"Twelve men were thought to be planning a raid.", ""},
		// A figure with no group after a group named, as before, counts that group.
		{"At least 14 soldiers were killed and seven were wounded.", "at least 14 killed soldiers; 7 wounded soldiers"},
	} {
		if got := render(Find(tc.in)); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}
