package article

import (
	"os"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article/articletest"
	"github.com/sitrep-project/sitrep/internal/wordfuzz"
)

func FuzzParse(f *testing.F) {
	for _, n := range []string{"niger_seed.txt", "lake_town_raids.txt", "coastal_strikes.wiki", "field_note.txt"} {
		b, err := os.ReadFile("../../testdata/articles/" + n)
		if err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("{{Infobox military conflict | a = {{b|[[c|d]]}} }}"))
	f.Add([]byte("= T =\n- K: v\n==="))
	f.Fuzz(checkParse)
}

// checkParse parses data in every format: no panic, valid UTF-8, and
// every block is the text at its offsets.
func checkParse(t *testing.T, data []byte) {
	for _, format := range []Format{Sniff(data), FormatArticle, FormatWikitext, FormatText} {
		d, err := ParseFormat("fuzz", data, format)
		if err != nil {
			continue
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("%s: invalid UTF-8 text", format)
		}
		for _, b := range d.Blocks {
			if b.Start < 0 || b.End > len(d.Text) || b.Start > b.End || d.Text[b.Start:b.End] != b.Text {
				t.Fatalf("%s: block %+v does not match the text", format, b)
			}
		}
	}
}

// FuzzParseMarkup parses articles spelt out of markup (articletest): the
// same promises as FuzzParse, on input that nests templates, links and
// references the way random bytes seldom do.
func FuzzParseMarkup(f *testing.F) {
	f.Add([]byte{0, 40, 9, 4, 3, 250, 1, 200, 2})
	f.Add([]byte{60, 70, 200, 150, 65, 71, 160, 5, 8})
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, []byte(wordfuzz.Spell(articletest.Markup, data)))
	})
}
