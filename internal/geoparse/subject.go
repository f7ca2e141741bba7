package geoparse

import (
	"regexp"
	"strings"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/relit"
)

// The text's subject. Encyclopedic prose about a place opens by saying
// what and where it is ("Lincoln is a city in Central Illinois", "Lima,
// Ohio is the county seat of Allen County", a heading "History of
// Moscow, Idaho"), then calls it by its bare name, which its namesakes
// share: Lincoln, Nebraska, and Lima, Peru, are larger, and a person may
// bear the name too ("named for Abraham Lincoln"). What the text says of
// its subject holds for every bare mention of the name; a mention paired
// with another holder ("Moscow, Pennsylvania", "Lima Peru") names a
// namesake.

// definitionRe matches what follows a name that a sentence defines: an
// optional parenthesis ("Perth (Gaelic: Peairt)"), an optional holder
// ("Lima, Ohio"), "is a" or "was the", up to three words, and a noun for
// a settlement followed by what may end or continue the phrase ("a city
// in", "the county seat of", "a market town and port").
var definitionRe = relit.MustCompile(`^(?: \([^()]{0,120}\))?(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3},?)?(?: [-–—])? (?:is|was) (?:a|an|the) (?:[\p{Ll}-]+ ){0,3}?(?:city|town|village|hamlet|borough|burgh|municipality|township|community|settlement|suburb|port|seaport|capital|seat|metropolis|commune|locality)(?:[,.;/]| (?:in|of|and|on|near|along|located|situated|at|with|that|which|founded|lying|about|some|just|close)\b)`)

// entryRe matches what follows a name that a gazetteer's or an
// encyclopedia's entry heads, without a verb: a comma, an optional
// article, up to two words and a noun for a settlement, then a comma or a
// word that continues the phrase ("Moscow, city, seat of", "Bangor, a
// city of Maine", "Carthage, a city and the county-seat of").
var entryRe = relit.MustCompile(`^, (?:(?:a|an|the) )?(?:[\p{Ll}-]+ ){0,2}?(?:city|town|village|hamlet|borough|municipality|township|port|seaport|capital|seat|county-seat|commune)(?:[,;] | (?:and|in|of|on|near|at)\b)`)

// entry returns the byte offset after the comma of an entry's heading
// name ("Moscow, city, seat (1888) of Latah county, northwestern Idaho"),
// or -1: the name must begin its line or sentence.
func entry(text string, start, end int) int {
	if !strings.HasPrefix(text[end:], ", ") || !sentenceStart(text, token{start: start}) || !entryRe.MatchString(text[end:]) {
		return -1
	}
	return end + 2
}

// definition returns the byte offset after the verb of a sentence that
// defines the name text[start:end] ("Lincoln is a city in"), or -1: the
// name must begin its sentence.
func definition(text string, start, end int) int {
	rest := text[end:]
	// A dash may stand where a mirror dropped the pronunciation
	// ("Millbrook – is a town in Kent").
	if !strings.HasPrefix(rest, " (") && !strings.HasPrefix(rest, ", ") && !strings.HasPrefix(rest, " is ") && !strings.HasPrefix(rest, " was ") &&
		!strings.HasPrefix(rest, " - ") && !strings.HasPrefix(rest, " – ") && !strings.HasPrefix(rest, " — ") {
		return -1
	}
	if !sentenceStart(text, token{start: start}) {
		return -1
	}
	loc := definitionRe.FindStringIndex(rest)
	if loc == nil {
		return -1
	}
	// Where the holder is looked for: after the verb.
	v := strings.Index(rest[:loc[1]], " is ")
	if w := strings.Index(rest[:loc[1]], " was "); v < 0 || w >= 0 && w < v {
		v = w
	}
	return end + v + 1
}

// definedNames is every name (folded, up to four words) that begins a
// sentence defining it ("Lincoln is a city in ..."): such a name is a
// place throughout the text, though it be a surname too.
func definedNames(text string, toks []token) map[string]bool {
	var defined map[string]bool
	for i := range toks {
		if !toks[i].cap {
			continue
		}
		// "is the city of Vancouver", "the town of Paris was laid out": a
		// settlement's noun in lower case, then "of", names a place.
		if i >= 3 && toks[i-1].end-toks[i-1].start == 2 && text[toks[i-1].start:toks[i-1].end] == "of" &&
			settlementOf[text[toks[i-2].start:toks[i-2].end]] && text[toks[i-3].start:toks[i-3].end] == "the" &&
			text[toks[i-3].end:toks[i-2].start] == " " && text[toks[i-2].end:toks[i-1].start] == " " && text[toks[i-1].end:toks[i].start] == " " &&
			(i+1 >= len(toks) || !toks[i+1].cap || text[toks[i].end:toks[i+1].start] != " ") {
			if defined == nil {
				defined = map[string]bool{}
			}
			defined[gazetteer.Fold(text[toks[i].start:toks[i].end])] = true
		}
		if !sentenceStart(text, toks[i]) {
			continue
		}
		for k := i; k < len(toks) && k < i+4; k++ {
			if k > i && (!toks[k].cap || text[toks[k-1].end:toks[k].start] != " ") {
				break
			}
			if definition(text, toks[i].start, toks[k].end) >= 0 || entry(text, toks[i].start, toks[k].end) >= 0 {
				if defined == nil {
					defined = map[string]bool{}
				}
				defined[gazetteer.Fold(text[toks[i].start:toks[k].end])] = true
				break
			}
		}
	}
	return defined
}

// settlementOf are the nouns, in lower case after "the" and before "of",
// that name a settlement by the name after them.
var settlementOf = map[string]bool{"city": true, "town": true, "village": true, "borough": true, "township": true, "hamlet": true}

// headingEnd is the byte where the text's heading ends, a first line
// without a sentence's period ("History of Moscow, Idaho"), or 0.
func headingEnd(text string) int {
	i := strings.IndexByte(text, '\n')
	if i <= 0 {
		return 0
	}
	line := strings.TrimSpace(text[:i])
	if line == "" || strings.HasSuffix(line, ".") || strings.Contains(line, ". ") {
		return 0
	}
	return i
}

// subjects fixes the reading of the text's subjects: a name a sentence
// defines ("Córdoba is a city in central Argentina") or the text's
// heading pairs with its holder ("History of Moscow, Idaho") is its
// candidate inside that holder at every bare mention; it is no stray.
// A news story's first sentence pairs no subject: "In Lebanon, Pa., and
// Lebanon, Tenn., ... Lebanon's prime minister".
func (p *Parser) subjects(text string, ms []mention) {
	done := map[string]bool{}
	head := headingEnd(text)
	for i := range ms {
		s := &ms[i]
		if done[s.key] || s.abbrev {
			continue
		}
		var holder *gazetteer.Place
		if at := definition(text, s.start, s.end); at >= 0 {
			if s.parent >= 0 {
				h := ms[s.parent].cands[ms[s.parent].pick]
				holder = &h
			} else {
				holder = definitionHolder(text, ms, i, at, false)
			}
		} else if at := entry(text, s.start, s.end); at >= 0 && s.parent < 0 {
			// An entry lists its subject's holders after commas:
			// "..., northwestern Idaho, U.S.".
			holder = definitionHolder(text, ms, i, at, true)
		} else if s.parent >= 0 && s.end <= head {
			h := ms[s.parent].cands[ms[s.parent].pick]
			holder = &h
		} else if s.parent >= 0 && sentenceStart(text, token{start: s.start}) && !namesakeLead(text[:s.start]) && soleHolder(text, ms, i) {
			// "Dublin, Ohio was incorporated as a village in 1881", in a
			// text that names the town's namesake too ("his birthplace,
			// Dublin, Ireland"): a sentence about the place, paired with
			// its holder, says which of the namesakes the text is about.
			h := ms[s.parent].cands[ms[s.parent].pick]
			holder = &h
		}
		if holder == nil || holder.Level() < 1 || holder.Level() > 3 {
			continue
		}
		best := -1
		for j, c := range s.cands {
			if c.Level() > holder.Level() && inside(*holder, c) && (best < 0 || s.scores[j] > s.scores[best]) {
				best = j
			}
		}
		if best < 0 {
			continue
		}
		done[s.key] = true
		def := s.cands[best]
		name := text[s.start:s.end]
		for k := range ms {
			m := &ms[k]
			// "the local government area of the City of Albany": the
			// subject's own council, though the gazetteer knows the
			// phrase only as another town's name (Albany, Minnesota).
			if m.key != s.key && m.parent < 0 && m.end-m.start > len(name) && text[m.end-len(name):m.end] == name && councilOf(text[m.start:m.end-len(name)]) {
				m.cands, m.scores, m.pick, m.subject = []gazetteer.Place{def}, []float64{0}, 0, true
				continue
			}
			if m.key != s.key {
				continue
			}
			if m.parent >= 0 && !inside(ms[m.parent].cands[ms[m.parent].pick], def) {
				continue // "Moscow, Pennsylvania": a namesake, paired
			}
			// "Lima Peru", "Paris, France", "the larger city of Utrecht
			// in the Netherlands": a namesake, named with its country.
			if k+1 < len(ms) && m.parent < 0 {
				if sep := text[m.end:ms[k+1].start]; sep == " " || sep == ", " || sep == " in " || sep == " in the " {
					if d := ms[k+1].cands[ms[k+1].pick]; d.Level() >= 1 && d.Level() <= 2 && !inside(d, def) {
						if j := bestInside(m, d); j >= 0 {
							m.pick = j
							continue
						}
					}
				}
			}
			for j, c := range m.cands {
				if c.ID == def.ID && c.Name == def.Name && c.Lat == def.Lat && c.Lon == def.Lon {
					m.pick = j
					m.subject = true
					break
				}
			}
		}
	}
}

// demonymNamesakes reads a name after "the German city of", "the Dutch
// town of" in the demonym's country, where it has a candidate: a text on
// Heidelberg, Gauteng, that compares it with "the German city of
// Heidelberg" names the namesake there.
func (p *Parser) demonymNamesakes(text string, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.parent >= 0 || m.abbrev {
			continue
		}
		c, ok := p.demonymBefore(text[:m.start])
		if !ok || inside(c, m.cands[m.pick]) {
			continue
		}
		if j := bestInside(m, c); j >= 0 {
			m.pick, m.subject = j, false
		}
	}
}

// demonymBeforeRe matches the end of the text before a namesake that a
// demonym places: "the German city of ", "the old Dutch town of ".
var demonymBeforeRe = relit.MustCompile(`\bthe (?:[\p{Ll}-]+ )?(\p{Lu}\p{L}+) (?:city|town|village|island|port|seaport|capital) of $`)

// demonymBefore is the country a demonym names in the words before a
// name ("the German city of Heidelberg"), if they are so.
func (p *Parser) demonymBefore(lead string) (gazetteer.Place, bool) {
	lead = lead[max(0, len(lead)-64):]
	sm := demonymBeforeRe.FindStringSubmatch(lead)
	if sm == nil {
		return gazetteer.Place{}, false
	}
	c, ok := p.g.DemonymKey(gazetteer.Fold(sm[1]))
	if !ok || c.Level() != 1 {
		return gazetteer.Place{}, false
	}
	return c, true
}

// definitionHolder is the division or country a defining sentence puts
// its subject in: the first name after "in" or "of" in the rest of the
// sentence that holds a candidate of the subject ("is a city in Central
// Illinois", "is a city and the county seat of Victoria County, Texas").
//
// An entry's holder may follow a comma too (listed: "seat of Latah
// county, northwestern Idaho, U.S.").
func definitionHolder(text string, ms []mention, i, at int, listed bool) *gazetteer.Place {
	end := len(text)
	if e := strings.IndexAny(text[at:], "\n"); e >= 0 {
		end = at + e
	}
	if e := strings.Index(text[at:], ". "); e >= 0 && at+e < end {
		end = at + e
	}
	end = min(end, at+300)
	for k := i + 1; k < len(ms) && ms[k].start < end; k++ {
		if ms[k].start < at {
			continue
		}
		if lead := text[max(at-1, ms[k].start-40):ms[k].start]; !holderLead(lead) && !(listed && commaLead(lead)) && !seatFormula.MatchString(text[at:ms[k].start]) {
			continue
		}
		h := &ms[k]
		order := append([]int{h.pick}, make([]int, 0, len(h.cands))...)
		for j := range h.cands {
			if j != h.pick {
				order = append(order, j)
			}
		}
		for _, j := range order {
			d := h.cands[j]
			if d.Level() < 1 || d.Level() > 3 {
				continue
			}
			for _, c := range ms[i].cands {
				if c.Level() > d.Level() && inside(d, c) {
					return &d
				}
			}
		}
	}
	return nil
}

// bestInside is the best-scored candidate of m inside d, or -1.
func bestInside(m *mention, d gazetteer.Place) int {
	best := -1
	for j, c := range m.cands {
		if c.Level() > d.Level() && inside(d, c) && (best < 0 || m.scores[j] > m.scores[best]) {
			best = j
		}
	}
	return best
}

// holderLead reports whether lead, the text before a name, ends in "in"
// or "of", with "the" and a direction between: "in central Scotland",
// "of the southern".
func holderLead(lead string) bool {
	w := strings.Fields(lead)
	if len(w) > 0 && directions[strings.ToLower(w[len(w)-1])] {
		w = w[:len(w)-1]
	}
	if len(w) > 0 && w[len(w)-1] == "the" {
		w = w[:len(w)-1]
	}
	return len(w) > 0 && (w[len(w)-1] == "in" || w[len(w)-1] == "of") && strings.HasSuffix(lead, " ")
}

// seatFormula matches the text from a defining verb to a name when it is
// the encyclopedia's county-seat formula, whose two prepositions are set
// off with commas: "is a town in, and the county seat of, ".
var seatFormula = regexp.MustCompile(`^(?:is|was) (?:a|an|the) [\p{L} -]{1,40} (?:in|of), and (?:the )?[\p{L} -]{1,40} (?:in|of), $`)

// commaLead reports whether lead, the text before a name, ends in a
// comma and a space, with a direction word between: ", northwestern ".
func commaLead(lead string) bool {
	w := strings.Fields(lead)
	if len(w) > 0 && directions[strings.ToLower(w[len(w)-1])] {
		w = w[:len(w)-1]
	}
	return len(w) > 0 && strings.HasSuffix(w[len(w)-1], ",") && strings.HasSuffix(lead, " ")
}

// bodyNamed reports whether the capitalized words after token last name
// a body after the name before them ("Lincoln College", "Lincoln
// Christian University", "Lincoln Service"): there the defined name is
// no place of its own.
func (p *Parser) bodyNamed(text string, toks []token, last int) bool {
	for k := last + 1; k < len(toks) && k <= last+3 && toks[k].cap && joinable(text, toks[k-1], toks[k]); k++ {
		if w := p.word(text, toks, k); institutionWords[w] || orgWords[w] || companyWords[w] || w == "service" {
			return true
		}
	}
	return false
}

// soleHolder reports whether every other mention of ms[i]'s name that is
// paired with a region either names the same region or follows a phrase
// naming a namesake ("named after Paris, France"), and some bare mention
// of the name is left for the pair to settle.
func soleHolder(text string, ms []mention, i int) bool {
	s := &ms[i]
	reg := ms[s.parent].cands[ms[s.parent].pick]
	bare := false
	for k := range ms {
		m := &ms[k]
		if k == i || m.key != s.key {
			continue
		}
		if m.parent < 0 {
			bare = true
			continue
		}
		if d := ms[m.parent].cands[ms[m.parent].pick]; d.ID != reg.ID && !namesakeLead(text[:m.start]) {
			return false
		}
	}
	return bare
}

// namesakeLeadRe matches the end of the text before a name that the
// subject was named after: "named after ", "named the village after ",
// "named it for the city of ",
// "his birthplace, ", "the birthplace of ", "in honour of ".
var namesakeLeadRe = relit.MustCompile(`(?:\bnamed (?:\p{Ll}+ ){0,3}?(?:after|for) (?:(?:the|a|an) (?:\p{Ll}+ ){1,3}(?:of|in) |(?:his|her|their) (?:\p{Ll}+ ){1,2}(?:of |, )?)?|\b(?:birthplace|hometown|home town|native (?:town|city|village|land))(?: of|,)? |\bin hono(?:u)?r of (?:the (?:\p{Ll}+ ){1,2}of )?)$`)

// namesakeLead reports whether the text before a name (lead) ends in a
// phrase naming the namesake the subject was named after.
func namesakeLead(lead string) bool {
	return namesakeLeadRe.MatchString(lead[max(0, len(lead)-60):])
}

// councilOf reports whether a name's first words are a local council's
// title before its town's name: "City of ", "Town of ", "Shire of ".
func councilOf(lead string) bool {
	switch lead {
	case "City of ", "Town of ", "Shire of ", "Borough of ", "Municipality of ", "Village of ", "Township of ":
		return true
	}
	return false
}
