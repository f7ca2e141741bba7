// Package relittest holds the check a package's tests make of its own
// patterns compiled through relit: on the package's texts, the filtered
// answers are regexp's.
package relittest

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/relit"
)

// Same holds every filtered pattern compiled so far to regexp on texts
// and their windows. Fewer than minPatterns filtered patterns means the
// package's are not compiled through relit; fewer than minMatched
// matching texts, that the check says little.
func Same(t testing.TB, texts []string, minPatterns, minMatched int) {
	t.Helper()
	n := len(relit.Filtered())
	if n < minPatterns {
		t.Fatalf("%d filtered patterns: the package's are not compiled through relit", n)
	}
	expr, text, matched := differ(texts, 120)
	if expr != "" {
		t.Fatalf("pattern %s on %q: filtered answers differ from regexp's", expr, text)
	}
	if matched < minMatched {
		t.Errorf("only %d texts matched a pattern: the test says little", matched)
	}
	t.Logf("%d patterns, %d matching texts", n, matched)
}

// differ tries every filtered pattern compiled so far on each text and
// on every window of it beginning and ending at a space, up to width
// bytes, and returns the first pattern and text on which the filtered
// answers differ from regexp's, and the number of texts that matched.
func differ(texts []string, width int) (expr, text string, matched int) {
	for _, r := range relit.Filtered() {
		std := regexp.MustCompile(r.String())
		for _, t := range texts {
			for _, s := range windows(t, width) {
				got, want := r.FindAllStringSubmatchIndex(s, -1), std.FindAllStringSubmatchIndex(s, -1)
				if want != nil {
					matched++
				}
				if !reflect.DeepEqual(got, want) || r.MatchString(s) != (want != nil) {
					return r.String(), s, matched
				}
			}
		}
	}
	return "", "", matched
}

// windows returns t, its lines, and stretches of it from a space to a
// space about 24 and 96 bytes further, so that a pattern anchored at
// either end meets many beginnings and ends.
func windows(t string, width int) []string {
	out := []string{t}
	out = append(out, strings.Split(t, "\n")...)
	for a := 0; a < len(t); a++ {
		if t[a] != ' ' {
			continue
		}
		for _, w := range []int{24, 96} {
			if w > width {
				break
			}
			b := strings.IndexByte(t[min(len(t), a+w):], ' ')
			if b < 0 {
				break
			}
			b += a + w
			out = append(out, t[a:b+1], t[a+1:b])
		}
	}
	return out
}
