package rowstest

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/rows"
)

func TestSpellEncode(t *testing.T) {
	// Edits: set b (column 1) to "x,\"y\"", add a row with a to "\n",
	// rename column b "c".
	recs := Spell([]string{"a", "b"}, []string{"1", "2"}, []string{"c"}, []string{"\n", "x,\"y\""}, []byte{0, 200, 255, 2, 0, 0, 3, 200, 0})
	want := [][]string{{"a", "c"}, {"1", "x,\"y\""}, {"\n", "2"}}
	if len(recs) != len(want) || !slices.Equal(recs[0], want[0]) || !slices.Equal(recs[1], want[1]) || !slices.Equal(recs[2], want[2]) {
		t.Fatalf("Spell = %q, want %q", recs, want)
	}
	text, lines := Encode(recs, ',', true)
	if text != "a,c\n1,\"x,\"\"y\"\"\"\n\"\n\",2\n" || !slices.Equal(lines, []int{1, 2, 3}) {
		t.Fatalf("Encode = %q, lines %v", text, lines)
	}
	sc := rows.NewScanner(strings.NewReader(text), "t", ',', true)
	for i, w := range want {
		f, err := sc.Scan()
		if err != nil || !slices.Equal(f, w) || sc.Line() != lines[i] {
			t.Errorf("record %d: %q line %d, %v; want %q line %d", i, f, sc.Line(), err, w, lines[i])
		}
	}
}
