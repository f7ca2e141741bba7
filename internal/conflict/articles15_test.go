package conflict

import "testing"

// Infobox lines of the kinds a second set of unseen encyclopedic articles
// wrote (round 15). The lines are ours.

func TestArticles15DateWithDuration(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// A duration after a comma: the comma must not stay on the end.
		{"16–21 May 2014, (5 days)", "2014-05-16/2014-05-21"},
		{"28 September – 1 October 2012, (3 days)", "2012-09-28/2012-10-01"},
		{"September 9–28, 2013 , (2 weeks and 5 days)", "2013-09-09/2013-09-28"},
		{"3 March 2019 , (1 day)", "2019-03-03"},
		// The forms that read already still read.
		{"24 March – 5 April 2021, ()", "2021-03-24/2021-04-05"},
		{"5 February 2013 – 5 August 2024, (11 years, 6 months)", "2013-02-05/2024-08-05"},
		{"July 9, 2000", "2000-07-09"},
	} {
		r := normalize(t, "- Date: "+tc.in)
		if r.Date.String() != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, r.Date.String(), tc.want)
		}
	}
}

func TestArticles15DescribedCommanders(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// A description cut at its commas is no names.
		{"Ali Musa, Unidentified Norlander, Sudlander, and Eastlander commanders", `[{"name":"Ali Musa"}]`},
		{"Unknown, Ali Musa", `[{"name":"Ali Musa"}]`},
		{"Several local leaders, Ali Musa", `[{"name":"Ali Musa"}]`},
		// A name after the description is kept.
		{"Unidentified Norlander commanders, Ali Musa, Omar Bello", `[{"name":"Ali Musa"},{"name":"Omar Bello"}]`},
		// Names as such are untouched.
		{"Ali Musa, Omar Bello", `[{"name":"Ali Musa"},{"name":"Omar Bello"}]`},
	} {
		r := normalize(t, "- Commander1: "+tc.in)
		if got := js(r.Sides[0].Commanders); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}
