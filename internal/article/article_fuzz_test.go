package article

import (
	"os"
	"testing"
	"unicode/utf8"
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
	f.Fuzz(func(t *testing.T, data []byte) {
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
	})
}
