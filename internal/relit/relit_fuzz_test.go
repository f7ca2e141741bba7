package relit

import (
	"reflect"
	"regexp"
	"testing"
)

// FuzzSameAnswers holds the filter to regexp on any pattern and text: a
// literal it wrongly thinks required would make a method answer "no
// match" where regexp matches.
func FuzzSameAnswers(f *testing.F) {
	for _, seed := range [][2]string{
		{`\b(?:ambush|clash)(?:es|ed)?\b`, "Gunmen ambushed a convoy"},
		{`(?i)killed (\d+)`, "KILLED 12 soldiers"},
		{`(?i)\bK(?:elvin)?s?\b`, "the \u212Aelvin scale"},
		{`(?:ab|)c{0,2}d`, "xd"},
		{`^on (\w+)`, "on Monday"},
		{`[Ss]ince (19|20)\d\d`, "since 1998"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, expr, text string) {
		want, err := regexp.Compile(expr)
		if err != nil {
			return
		}
		got := compile(want, expr)
		if g, w := got.MatchString(text), want.MatchString(text); g != w {
			t.Fatalf("%q on %q: MatchString %v, regexp %v (need %q)", expr, text, g, w, got.Need())
		}
		if g, w := got.FindAllStringSubmatchIndex(text, -1), want.FindAllStringSubmatchIndex(text, -1); !reflect.DeepEqual(g, w) {
			t.Fatalf("%q on %q: FindAllStringSubmatchIndex %v, regexp %v", expr, text, g, w)
		}
		if g, w := got.ReplaceAllString(text, "<$0>"), want.ReplaceAllString(text, "<$0>"); g != w {
			t.Fatalf("%q on %q: ReplaceAllString %q, regexp %q", expr, text, g, w)
		}
	})
}
