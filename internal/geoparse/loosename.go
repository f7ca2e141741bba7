package geoparse

import (
	"slices"
	"strings"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// looseName reads a capitalized name the gazetteer lacks as written by its
// looser key (gazetteer.Loose): a name transliterated from the Arabic
// script or Somali another way than GeoNames' ("Hodeidah", "Hiraan",
// "Sheikh Zuweid"). tried are the token indexes the exact lookup tried as
// a name's last word, from i; the longest that the loose key finds, if
// longer than the exact key's best, wins. It returns that index and the
// gazetteer's own key for the name, or -1.
//
// The key is loose enough to meet people's names and English words, so
// it is used only for a name that is no common word, given name or
// surname, and only for a place of a country the text has already named
// or placed something in.
func (p *Parser) looseName(text string, toks []token, i, best int, tried []int, tc *textContext, ms []mention) (int, string) {
	if !transliterating(tc, ms) {
		return -1, "" // most text: spare the folding
	}
	for k := len(tried) - 1; k >= 0 && tried[k] > best; k-- {
		j := tried[k]
		// Nor may it begin with a short common word ("A Kirkuk car
		// bomb", "At Hodeidah"; the article "al" is none, and "Middle
		// Shabelle" may), or end with one after a space.
		key := gazetteer.Fold(text[toks[i].start:toks[j].end])
		if first := p.word(text, toks, i); len(first) <= 3 && p.commonWord(first) ||
			(j == i || text[toks[j-1].end:toks[j].start] != "-") && p.commonWord(key[strings.LastIndexByte(key, ' ')+1:]) {
			continue
		}
		// A word alone must be no one's name nor part of a longer
		// capitalized one ("the Federal Bureau of Investigation"); words
		// apart must not begin with a given name ("Ismail Haloub";
		// "Kala-e-Nau" is joined).
		if !strings.Contains(key, " ") && (len(key) < 5 || tc.surnames[key] || i > 0 && toks[i-1].cap && joinable(text, toks[i-1], toks[i]) ||
			i+1 < len(toks) && toks[i+1].cap && joinable(text, toks[i], toks[i+1])) {
			continue
		}
		if j > i && text[toks[i].end:toks[i+1].start] == " " && p.given(p.word(text, toks, i)) {
			continue
		}
		ek := p.looseKey(key, tc, ms)
		if ek == "" {
			continue
		}
		// A word alone needs the text to say it is a place ("Runirgod
		// district", "the town of Halgan", "Moqokori, a strategic town"),
		// or to have read it so before, or the place to be a province
		// or a seat or town of 10,000, which news names bare ("Hilmand",
		// "Sa'daa"): else "someone in Adhamiya" (Baghdad) meets a
		// namesake division of another province.
		// A region of the hand-written table that holds half a million people
		// or more is named bare as a province is: Somalia's member states
		// ("Galmuduug", "Hirshabeelle" in the Somali spelling).
		if strings.Contains(key, " ") || p.typedPlace(text, toks, i, j) ||
			slices.ContainsFunc(ms, func(m mention) bool { return m.key == ek }) ||
			slices.ContainsFunc(p.g.LookupKey(ek), func(c gazetteer.Place) bool {
				return gazetteer.Transliterated(c.Country) && (c.Level() == 2 || c.Level() == 5 && (c.Population >= 10_000 || strings.HasPrefix(c.FeatureCode, "PPLA")) ||
					c.ID < 0 && c.FeatureCode == "RGN" && c.Population >= 500_000)
			}) {
			return j, ek
		}
	}
	return -1, ""
}

// looseKey is the gazetteer's key for a folded name by its loose key, when
// one of the places under it lies in a country the text has named or
// placed a name in, else "".
func (p *Parser) looseKey(key string, tc *textContext, ms []mention) string {
	ek := p.g.LooseKey(key)
	if ek == "" {
		return ""
	}
	// The likeliest place of the name, as the resolver would start
	// from, is one of those countries' (not Kenya for a Somali spelling).
	cs := p.g.LookupKey(ek)
	if len(cs) == 0 || !gazetteer.Transliterated(cs[0].Country) {
		return ""
	}
	for _, c := range cs {
		if gazetteer.Transliterated(c.Country) && (tc.named[c.Country] || slices.ContainsFunc(ms, func(m mention) bool { return len(m.cands) > 0 && m.cands[0].Country == c.Country })) {
			return ek
		}
	}
	return ""
}

// typedPlace reports whether the words around the name at toks[i:j+1] say
// what kind of place it is: a division or settlement word after it
// ("Runirgod district"), "town of" before it, or an apposition after a
// comma ("Moqokori, a very strategic town").
func (p *Parser) typedPlace(text string, toks []token, i, j int) bool {
	if j+1 < len(toks) && (placeNounsAfter[p.word(text, toks, j+1)] || p.word(text, toks, j+1) == "city") {
		return true
	}
	if i >= 2 && p.word(text, toks, i-1) == "of" && placeNouns[p.word(text, toks, i-2)] {
		return true
	}
	if j+2 < len(toks) && strings.TrimSpace(text[toks[j].end:toks[j+1].start]) == "," {
		if w := p.word(text, toks, j+1); w == "a" || w == "an" || w == "the" {
			for k := j + 2; k < len(toks) && k <= j+5; k++ {
				if placeNouns[p.word(text, toks, k)] {
					return true
				}
				if strings.TrimSpace(text[toks[k-1].end:toks[k].start]) != "" {
					break
				}
			}
		}
	}
	return false
}

// transliterating reports whether the text has named, or placed a name in,
// a country whose names the loose key serves. It is asked at most
// capitalized words, so a yes is kept in tc.
func transliterating(tc *textContext, ms []mention) bool {
	if tc.translit {
		return true
	}
	for c := range tc.named {
		if gazetteer.Transliterated(c) {
			tc.translit = true
			return true
		}
	}
	tc.translit = slices.ContainsFunc(ms, func(m mention) bool { return len(m.cands) > 0 && gazetteer.Transliterated(m.cands[0].Country) })
	return tc.translit
}
