package geoparse

import (
	"io"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/gazetteer/gazetteertest"
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
	f.Fuzz(checkParse)
}

// FuzzParseNames spells its input out of the gazetteer's shared names,
// countries and divisions and the words around them (see gazetteertest):
// the panic in one sense per text needed two such names in a row, which
// FuzzParse had not reached in over a million runs.
func FuzzParseNames(f *testing.F) {
	names, err := gazetteertest.Names(parser.g)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range [][]byte{
		{0x80, 0x10, 0x00, 10, 0x80, 0x10, 0x00},
		{0x90, 0x00, 0x00, 1, 0xa0, 0x00, 0x00, 13, 0xb0, 0x00, 0x00},
		{25, 0xc0, 0x40, 0x00, 0, 0xc0, 0x40, 0x00, 2},
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, gazetteertest.Text(names, gazetteertest.Connectors, data))
	})
}

// checkParse parses text: no panic, and every toponym is a span of the
// text, in order, with a place.
func checkParse(t *testing.T, text string) {
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
}

// TestNoSharedText: inputs FuzzParseNames found where two names took the
// same "Lake", one the gazetteer lacks ending in it and the next reaching
// back for it.
func TestNoSharedText(t *testing.T) {
	for _, text := range []string{
		" Twp. Province, PA (Reuters) - Novo Brdo Lake Amixtlántold Xinhua",
		"told Xinhua (Reuters) - Vargem AltaEast Lake Carona",
	} {
		checkParse(t, text)
	}
}
