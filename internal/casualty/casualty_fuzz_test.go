package casualty

import (
	"maps"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/wordfuzz"
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
	f.Fuzz(checkFind)
}

// FuzzFindWords spells its input out of the reader's own tables (outcomes,
// verbs, numbers, qualifiers, groups) and the words between them (see
// wordfuzz), so that the fuzzer searches among runs like "at least two
// dozen of the soldiers were shot dead and another wounded".
func FuzzFindWords(f *testing.F) {
	quals := make([]string, len(qualifiers))
	for i, q := range qualifiers {
		quals[i] = q.words
	}
	words := wordfuzz.Words(maps.Keys(outcomes), maps.Keys(activeVerbs), maps.Keys(twoWordActive), slices.Values(slices.Collect(maps.Values(twoWordActive))),
		maps.Keys(nounMeasures), maps.Keys(tookLives), maps.Keys(tollWords), maps.Keys(units), maps.Keys(tens), maps.Keys(scales),
		maps.Keys(vague), slices.Values(quals), maps.Keys(generic), maps.Keys(kinds), maps.Keys(personNouns), maps.Keys(groupStop),
		maps.Keys(notPeople), maps.Keys(placePrep), slices.Values([]string{
			"the", "and", "another", "others", "including", "were", "was", "have", "been", "soldiers", "militants",
			"gunmen", "police", "Nigerien", "American", "ISGS", "toll", "death", "lives", "of", "their", "on", "Monday",
			",", ".", "(", ")", "\"", "-", "1", "12", "21", "1,500", "2017", "said", "told", "attack", "village"}))
	f.Add([]byte{0, 1, 2, 3})
	f.Add([]byte{40, 90, 120, 200, 7, 66})
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFind(t, wordfuzz.Spell(words, data))
	})
}

// checkFind finds the counts of s: no panic, spans inside s that cut no
// character, and counts whose low, best and high figures are in order.
func checkFind(t *testing.T, s string) {
	for _, m := range Find(s) {
		if c := m.Count; c.Low < 0 || c.Low > c.Best || c.High != nil && *c.High < c.Best && c.Qualifier != "max" {
			t.Fatalf("%q: count %+v (high %v) out of order", s, c, c.High)
		}
		if m.Start < 0 || m.End > len(s) || m.Start > m.End {
			t.Fatalf("%q: span %d-%d", s, m.Start, m.End)
		}
		if utf8.ValidString(s) && !utf8.ValidString(s[m.Start:m.End]) {
			t.Fatalf("%q: span %d-%d cuts a character", s, m.Start, m.End)
		}
	}
}
