package wordfuzz

import (
	"maps"
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	got := Words(maps.Keys(map[string]int{"b": 1, "a": 2}), maps.Keys(map[string]bool{"c": true, "a": true}), slices.Values([]string{"d", "b"}))
	if want := []string{"a", "b", "c", "d"}; !slices.Equal(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

func TestSpell(t *testing.T) {
	words := []string{",", "at", "least", "mid-", "two"} // a byte c picks words[c*5/256]
	tests := []struct {
		data []byte
		want string
	}{
		{nil, ""},
		{[]byte{60, 110, 220}, "at least two"},
		{[]byte{60, 0, 220}, "at, two"},
		{[]byte{160, 220}, "mid-two"},
		{[]byte{255}, "two"},
	}
	for _, tt := range tests {
		if got := Spell(words, tt.data); got != tt.want {
			t.Errorf("Spell(%v) = %q, want %q", tt.data, got, tt.want)
		}
	}
	if got := Spell(nil, []byte{1}); got != "" {
		t.Errorf("Spell(nil) = %q", got)
	}
}
