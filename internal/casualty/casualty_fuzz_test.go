package casualty

import (
	"testing"
	"unicode/utf8"
)

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"at least 21", "one hundred and five", "~3,500", "dozens of", "twenty-one", "1,000,000", "a hundred", "99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, n, ok := ParseNumber(s)
		if !ok {
			return
		}
		if n <= 0 || n > len(s) {
			t.Fatalf("%q: consumed %d bytes", s, n)
		}
		if c.Low > c.Best || c.High != nil && *c.High < c.Best && c.Qualifier != "max" {
			t.Fatalf("%q: low %d best %d high %v", s, c.Low, c.Best, c.High)
		}
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"four American, four Nigerien and at least 21 ISGS militants died and eight Nigerien and two Americans including the teams commander were wounded.",
		"Gunmen attacked the village, killing 12 civilians.", "U.S. commando Shawn Thomas was killed and another injured",
		"The ambush left four American and four Nigerien soldiers dead.", "a a a was was killed and another",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range Find(s) {
			if m.Start < 0 || m.End > len(s) || m.Start > m.End {
				t.Fatalf("%q: span %d-%d", s, m.Start, m.End)
			}
			if utf8.ValidString(s) && !utf8.ValidString(s[m.Start:m.End]) {
				t.Fatalf("%q: span %d-%d cuts a character", s, m.Start, m.End)
			}
		}
	})
}
