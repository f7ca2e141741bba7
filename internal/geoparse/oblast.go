package geoparse

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// Ukraine's oblasts and hromadas are written, in UN and Ukrainian
// government English since 2022, with the Ukrainian adjective of their
// centre: "Donetska Oblast", "Kharkivska and Sumska oblasts",
// "Pokrovska Hromada". The gazetteer knows the nouns (Donetsk, Kharkiv,
// Sumy, Pokrovsk), not the adjectives, so the adjective is turned back
// into the noun it was made from and kept only when Ukraine has a place
// of that name: an oblast (first-level division) for "oblast", a town
// for "hromada".

// ukrSuffixes turn the adjective's stem (the word less "ska" or "zka")
// back into the noun, the commonest first: Donetsk-a, Kharkiv-ska, Sum-y, Odes-a, Rivne-nska,
// Vinnyt-sia, Khmelnyt-skyi, Zakarpat-tia, Zapori-zhzhia.
var ukrSuffixes = []string{"sk", "", "y", "a", "sa", "sy", "sia", "skyi", "tia", "zhzhia"}

// ukrAdjective reads the oblast or hromada named by the adjective at
// token i: the place, the last token of the span (the capitalized
// division word is the name's, a lower-case one or a plural is not) and
// whether it matched.
func (p *Parser) ukrAdjective(text string, toks []token, i int) (gazetteer.Place, int, bool) {
	w := p.word(text, toks, i)
	if len(w) < 6 || !(strings.HasSuffix(w, "ska") || strings.HasSuffix(w, "zka")) || !toks[i].cap || toks[i].upper {
		return gazetteer.Place{}, 0, false
	}
	last, kind := i, ""
	if i+1 < len(toks) && text[toks[i].end:toks[i+1].start] == " " {
		switch n := p.word(text, toks, i+1); n {
		case "oblast", "hromada":
			kind = n
			if toks[i+1].cap {
				last = i + 1
			}
		case "oblasts", "hromadas":
			kind = n[:len(n)-1]
		}
	}
	// "Donetska, Kharkivska and Sumska oblasts": a list before the plural.
	if kind == "" {
		if p.pluralAhead(text, toks, i) == "oblast" {
			kind = "oblast"
		} else if p.hromadasAhead(text, toks, i) {
			kind = "hromada"
		}
	}
	if kind == "" {
		return gazetteer.Place{}, 0, false
	}
	stem := w[:len(w)-3]
	for _, suf := range ukrSuffixes {
		key := stem + suf
		if suf == "" && strings.HasSuffix(stem, "en") {
			// "Rivnenska": Rivne, whose adjective adds an n.
			key = stem[:len(stem)-1]
		}
		for _, c := range p.g.LookupKey(gazetteer.Fold(key)) {
			if c.Country != "UA" {
				continue
			}
			if kind == "oblast" && c.Level() == 2 || kind == "hromada" && c.Level() == 5 {
				return c, last, true
			}
		}
	}
	return gazetteer.Place{}, 0, false
}

// hromadasAhead reports whether a list of capitalized words begun at
// token i ends in "hromadas" ("Pokrovska and Myrnohradska hromadas").
func (p *Parser) hromadasAhead(text string, toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if sep := text[toks[k-1].end:toks[k].start]; sep != " " && sep != ", " {
			return false
		}
		switch w := p.word(text, toks, k); {
		case w == "hromadas":
			return true
		case w != "and" && !toks[k].cap:
			return false
		}
	}
	return false
}
