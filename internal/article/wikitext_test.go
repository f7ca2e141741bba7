package article

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// refSpec is what dropRefs does, as a pattern: the two shapes of a
// reference, any case, the long one up to its first closing tag.
var refSpec = regexp.MustCompile(`(?is)<ref[^>/]*>.*?</ref>|<ref[^>]*/>`)

func TestDropRefs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Killed 21.<ref>AFP</ref> Then", "Killed 21. Then"},
		{"a<ref name=\"x\">b</ref>c<ref name=x />d", "acd"},
		{"a<REF>b\nc</Ref>d", "ad"},
		{"open <ref>never closed, and <ref name=y/> later", "open <ref>never closed, and  later"},
		{"<references/> end", " end"},
		{"<ref/>", ""},
		{"<ref", "<ref"},
		{"<ref a/b>c</ref>", "<ref a/b>c</ref>"}, // neither shape: a slash before '>' that does not close
	} {
		if got := dropRefs(tc.in); got != tc.want {
			t.Errorf("dropRefs(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := refSpec.ReplaceAllString(tc.in, ""); got != tc.want {
			t.Errorf("the pattern gives %q for %q: the table is wrong", got, tc.in)
		}
	}
	// Random texts of the pieces that matter: the one-pass reader and the
	// pattern agree on all of them.
	pieces := []string{"<ref", "<REF", "<Ref", ">", "/", "/>", "</ref>", "</REF>", " name=a", "x", "\n", "<", "é"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(12); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := dropRefs(s), refSpec.ReplaceAllString(s, ""); got != want {
			t.Fatalf("dropRefs(%q) = %q, the pattern gives %q", s, got, want)
		}
	}
}

// TestUnclosedMarkup: a template, reference or table left open is shown
// as MediaWiki shows it, the text after it kept, not dropped to the end.
func TestUnclosedMarkup(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string
		not  []string
	}{
		{"'''Raids''' began in 2019.{{citation needed\n\nOn 9 January 2020, gunmen attacked Chinagodrar.\n",
			[]string{"On 9 January 2020, gunmen attacked Chinagodrar."}, []string{"{{"}},
		{"A {{open one, then {{cite|x}} and {{flag|Niger}} text.\n\nAfter.\n",
			[]string{"A open one, then and text.", "After."}, []string{"{{", "cite"}},
		{"Before.\n\n{| class=wikitable\n| 2 May || Tillia\n\nThe raid on Tillia killed 12.\n",
			[]string{"Before.", "The raid on Tillia killed 12."}, nil},
		{"A raid.<ref>never closed\n\nSoldiers were killed on 3 May 2019.\n",
			[]string{"Soldiers were killed on 3 May 2019."}, nil},
	} {
		d, err := Parse("u.wiki", []byte("{{Infobox military conflict|conflict=Raids}}\n"+tc.src))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(d.Text, w) {
				t.Errorf("%q: rendering lacks %q:\n%s", tc.src, w, d.Text)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(d.Text, w) {
				t.Errorf("%q: rendering keeps %q:\n%s", tc.src, w, d.Text)
			}
		}
	}
}
