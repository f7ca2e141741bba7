package geoparse

import (
	"slices"
	"strings"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// The local press of Nigeria, Bangladesh, India, Pakistan, Kenya and the
// Philippines names its local governments by words that belong to one
// country or two: a Nigerian local government area, a Bangladeshi
// upazila, a tehsil of India or Pakistan, a Kenyan sub-county, a
// Philippine barangay. Written capitalized after (or, for a tehsil or a
// barangay, before) a name, the word is part of the name, and it says in
// which country the name lies.

var (
	// Australia's councils are local government areas too ("the
	// Blacktown Local Government Area").
	inLGACountries = []string{"NG", "AU"}
	inBangladesh   = []string{"BD"}
	inSouthAsia    = []string{"IN", "PK"}
	inEastAfrica   = []string{"KE", "UG"}
	inPhilippines  = []string{"PH"}
	inNepal        = []string{"NP"}
)

// localGov reads at token k, right after a name, a capitalized local
// government word: "Local Government Area" or "Council", "LGA",
// "Upazila", "Tehsil", "Sub-County", "Sub-Division". It returns how many
// tokens the word takes and the countries whose divisions are so called
// (none for a sub-division, which India and Cameroon both write).
func (p *Parser) localGov(text string, toks []token, k int) (int, []string) {
	if k <= 0 || k >= len(toks) || !toks[k].cap || text[toks[k-1].end:toks[k].start] != " " {
		return 0, nil
	}
	capAfter := func(j int, seps ...string) bool {
		return j < len(toks) && toks[j].cap && slices.Contains(seps, text[toks[j-1].end:toks[j].start])
	}
	switch p.word(text, toks, k) {
	case "upazila":
		return 1, inBangladesh
	case "lga":
		if toks[k].upper {
			return 1, inLGACountries
		}
	case "tehsil":
		return 1, inSouthAsia
	case "local":
		// Not "the Local Government Chairman": the word ends in its
		// area or council.
		if capAfter(k+1, " ") && p.word(text, toks, k+1) == "government" && capAfter(k+2, " ") {
			if w := p.word(text, toks, k+2); w == "area" || w == "council" {
				return 3, inLGACountries
			}
		}
	case "sub":
		if capAfter(k+1, "-", " ") {
			switch p.word(text, toks, k+1) {
			case "county":
				return 2, inEastAfrica
			case "division":
				return 2, nil
			}
		}
	case "subdivision":
		return 1, nil
	case "rural":
		// Nepal's gaunpalika: "Jugal Rural Municipality".
		if capAfter(k+1, " ") && p.word(text, toks, k+1) == "municipality" {
			return 2, inNepal
		}
	case "health":
		// "Beni Health Zone", "Butsili Health Area", "Kaya Health
		// District": the health divisions of Congo's and the Sahel's
		// epidemic reports, named for a town or a chiefdom.
		if capAfter(k+1, " ") {
			switch p.word(text, toks, k+1) {
			case "zone", "area", "district":
				return 2, nil
			}
		}
	}
	return 0, nil
}

// localPrefix reports the countries of a capitalized local government
// word that stands before its name: "Barangay Bebe Anac", "Tehsil
// Karnah".
func (p *Parser) localPrefix(text string, toks []token, k int) []string {
	if k+1 >= len(toks) || !toks[k].cap || !toks[k+1].cap || text[toks[k].end:toks[k+1].start] != " " {
		return nil
	}
	switch p.word(text, toks, k) {
	case "barangay", "brgy":
		return inPhilippines
	case "tehsil":
		return inSouthAsia
	}
	return nil
}

// inCountries keeps the candidates that lie in one of the countries.
func inCountries(cands []gazetteer.Place, countries []string) []gazetteer.Place {
	var in []gazetteer.Place
	for _, c := range cands {
		if slices.Contains(countries, c.Country) {
			in = append(in, c)
		}
	}
	return in
}

// compassWords, capitalized after a town's name, name a division for a
// part of it.
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// unitNouns end a military unit's name after its arm and nickname.
var unitNouns = map[string]bool{"battalion": true, "brigade": true, "division": true, "regiment": true, "company": true, "squadron": true, "corps": true}

// unitNickname reports whether the name at text[start:end] stands in
// parentheses between a unit's arm and its noun, as the Philippine press
// writes its army's units: "the 78th Infantry (Warrior) Battalion", "the
// 3rd Infantry (Spearhead) Division". The nickname is no place.
func unitNickname(text string, start, end int) bool {
	if start < 2 || text[start-1] != '(' || text[start-2] != ' ' || !strings.HasPrefix(text[end:], ") ") {
		return false
	}
	before := text[:start-2]
	arm := before[strings.LastIndexByte(before, ' ')+1:]
	rest := text[end+2:]
	if n := strings.IndexAny(rest, " ,.;:"); n >= 0 {
		rest = rest[:n]
	}
	return unitWords[strings.ToLower(arm)] && rest != "" && isUpperASCII(rest[0]) && unitNouns[strings.ToLower(rest)]
}

// acronymBodies end the names of bodies whose acronyms follow them in
// parentheses.
var acronymBodies = map[string]bool{
	"committee": true, "council": true, "agency": true, "authority": true, "commission": true, "service": true, "services": true,
	"department": true, "directorate": true, "ministry": true, "office": true, "board": true, "centre": true, "center": true,
	"bureau": true, "association": true, "organisation": true, "organization": true, "force": true, "forces": true, "unit": true,
}

// bodyAcronym reports whether the capitals at token k, in parentheses
// right after a body's capitalized name, spell the start of each of its
// words, letters or syllables ("Regional Security Council (REGSEC)",
// "Provincial Security Committee (PROSEC)"): the body's acronym, no place
// (Proseč, Czechia).
func (p *Parser) bodyAcronym(text string, toks []token, k int) bool {
	if k < 2 || text[toks[k-1].end:toks[k].start] != " (" || !strings.HasPrefix(text[toks[k].end:], ")") || !acronymBodies[p.word(text, toks, k-1)] {
		return false
	}
	acr := strings.ToLower(text[toks[k].start:toks[k].end])
	// The body's words, last first, back to the start of its name.
	var words []string
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		w := p.word(text, toks, j)
		if !toks[j].cap && w != "and" && w != "of" && w != "for" || j < k-1 && text[toks[j].end:toks[j+1].start] != " " {
			break
		}
		words = append(words, w)
	}
	slices.Reverse(words)
	// Some run of the words ending in the body's word spells the acronym
	// by a prefix of each capitalized word.
	for s := range words {
		if spells(acr, words[s:]) {
			return true
		}
	}
	return false
}

// spells reports whether acr is the concatenation of a non-empty prefix
// of each word, small words ("and", "of", "for") contributing a prefix
// or nothing.
func spells(acr string, words []string) bool {
	if len(words) == 0 {
		return acr == ""
	}
	w := words[0]
	small := w == "and" || w == "of" || w == "for"
	if small && spells(acr, words[1:]) {
		return true
	}
	for n := 1; n <= len(w) && n <= len(acr); n++ {
		if acr[:n] != w[:n] {
			break
		}
		if spells(acr[n:], words[1:]) {
			return true
		}
	}
	return false
}
