package geoparse

import (
	"io"
	"os"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary text to the parser: no panic, and every
// toponym must be a span of the text, in order, with a place.
func FuzzParse(f *testing.F) {
	seed, err := os.ReadFile("testdata/seed_niger.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed[:2000]))
	for _, s := range []string{
		"Paris, Texas", "the U.S.", "Côte d'Ivoire's", "outside the village of Tongo-Tongo", "northern Niger State region",
		"St. Louis", "U.S.A.", "'s", "A.", "Niger's", "\xff\xfeNiamey", "Niamey\u0301", "— Lake Chad basin —",
		// Round 6's local-news patterns.
		"of Tacoma (WA", "of Monterey, TN.", "Ore. (", "(NNN-", "-XINHUA)", "the Chippewa-Dunn county line", "Plymouth Twp.",
		"A Township", "Sweet Grass County. Sweet Grass Sheriff", "at 10:20 p.m. in the Crazy Mountains", "Hurricane",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		tops := parser.Parse(text)
		last := 0
		for _, tp := range tops {
			if tp.Start < last || tp.End <= tp.Start || tp.End > len(text) {
				t.Fatalf("bad span %d–%d after %d in %q", tp.Start, tp.End, last, text)
			}
			if text[tp.Start:tp.End] != tp.Name {
				t.Fatalf("name %q is not text[%d:%d] = %q", tp.Name, tp.Start, tp.End, text[tp.Start:tp.End])
			}
			if utf8.ValidString(text) && !utf8.ValidString(tp.Name) {
				t.Fatalf("span %d–%d splits a character", tp.Start, tp.End)
			}
			if tp.Place.Name == "" || tp.Precision == "" {
				t.Fatalf("toponym %q has no place or precision", tp.Name)
			}
			last = tp.End
		}
		if err := WriteJSON(io.Discard, text, tops); err != nil {
			t.Fatal(err)
		}
	})
}
