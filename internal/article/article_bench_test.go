package article

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkParseWikitext reads the wikitext fixture, and markup left open
// over and over at two lengths: the time a byte should stay flat
// (FuzzParseMarkup found each unclosed "<ref>" reading the rest of the
// text again, 7 s for 590 KB).
func BenchmarkParseWikitext(b *testing.B) {
	fixture, err := os.ReadFile("../../testdata/articles/coastal_strikes.wiki")
	if err != nil {
		b.Fatal(err)
	}
	inputs := []struct {
		name string
		data []byte
	}{{"fixture", fixture}}
	for _, n := range []int{2000, 8000} {
		open := "Gunmen attacked.<ref>AFP <ref name=a/> {{cite {{flag|Niger}} [[Niger]] {| x\n"
		inputs = append(inputs, struct {
			name string
			data []byte
		}{"unclosed/" + strconv.Itoa(n), []byte("{{Infobox military conflict|conflict=X}}\n" + strings.Repeat(open, n))})
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			for b.Loop() {
				if _, err := ParseFormat("b.wiki", in.data, FormatWikitext); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
