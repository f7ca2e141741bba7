package gazetteertest

import (
	"slices"
	"testing"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

func TestNames(t *testing.T) {
	names, err := Names(gazetteer.Default())
	if err != nil {
		t.Fatal(err)
	}
	// Shared names, countries and divisions of the embedded default.
	for _, want := range []string{"Springfield", "Niger", "Tillabéri", "Georgia"} {
		if _, ok := slices.BinarySearch(names, want); !ok {
			t.Errorf("Names lacks %q", want)
		}
	}
	if len(names) < 10000 {
		t.Errorf("only %d names", len(names))
	}
}

func TestText(t *testing.T) {
	names := []string{"Alpha", "Beta", "Gamma"}
	tests := []struct {
		data []byte
		want string
	}{
		{nil, ""},
		{[]byte{0, 1}, "xy"},
		{[]byte{0x80, 0, 0}, "Alpha"},
		{[]byte{0xff, 0xff, 0xff, 2}, "Gammaz"},
		{[]byte{0xc0, 0, 0, 0, 0xc0, 0}, "Betaxxx"}, // a name byte without two after it is a connector
	}
	for _, tt := range tests {
		if got := Text(names, []string{"x", "y", "z"}, tt.data); got != tt.want {
			t.Errorf("Text(%x) = %q, want %q", tt.data, got, tt.want)
		}
	}
}
