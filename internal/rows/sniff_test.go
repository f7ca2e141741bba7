package rows

import (
	"slices"
	"testing"
)

func TestNameBlank(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		{[]string{"a", "", " "}, []string{"a", "column 2", "column 3"}},
		{[]string{"a", "b"}, []string{"a", "b"}},
		{[]string{"column 2", ""}, []string{"column 2", ""}}, // taken: left blank, and Duplicate says so if twice
		{[]string{"", "column 1"}, []string{"", "column 1"}},
	} {
		got := slices.Clone(tc.in)
		NameBlank(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("NameBlank(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
