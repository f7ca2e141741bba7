package sentence

import "testing"

// FuzzSplit: sentences lie inside the text, in order, without overlap, and
// none is empty.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"SHERIDAN, Wyo. (AP) — A police officer was shot. He lived in Casper, Wyo. The suspect fled.",
		"Gen. Thomas D. Waldhauser said so. The base cost $110.5 million.",
		"Troops left the U.S. The next day they arrived.\n\nA new paragraph",
		"He said \"we will stay.\" Then he left!  Why?",
		"..  . (", "Wyo.", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, sp := range Split(s) {
			if sp.Start < end || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("span %+v after %d in %d bytes", sp, end, len(s))
			}
			end = sp.End
		}
	})
}
