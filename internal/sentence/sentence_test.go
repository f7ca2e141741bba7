package sentence

import (
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"On February 2, 2017, U.S. commando Shawn Thomas was killed. Both the French and US military are probing.",
			[]string{"On February 2, 2017, U.S. commando Shawn Thomas was killed.", "Both the French and US military are probing."}},
		{"Gen. Thomas D. Waldhauser said so. The base cost $110.5 million. It opened.",
			[]string{"Gen. Thomas D. Waldhauser said so.", "The base cost $110.5 million.", "It opened."}},
		{"Troops left the U.S. The next day they arrived.", []string{"Troops left the U.S.", "The next day they arrived."}},
		{"He said \"we will stay.\" Then he left!  Why?", []string{"He said \"we will stay.\"", "Then he left!", "Why?"}},
		// A state's abbreviation in a dateline, and at a sentence's end.
		{"SHERIDAN, Wyo. (AP) — A police officer was shot. He lived in Casper, Wyo. The suspect fled to Billings, Mont. after dark.",
			[]string{"SHERIDAN, Wyo. (AP) — A police officer was shot.", "He lived in Casper, Wyo.", "The suspect fled to Billings, Mont. after dark."}},
		{"No final period", []string{"No final period"}},
		{"", nil},
	} {
		var got []string
		for _, sp := range Split(tc.in) {
			got = append(got, tc.in[sp.Start:sp.End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Split(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}
