// Package geoparse finds place names in English text and resolves each to a
// gazetteer entry, offline and without a model.
//
// Recognition (recognize.go) is gazetteer matching over capitalized word
// runs (longest name first), filtered by capitalization, a list of common
// English words, given names, organisation and street words, and context:
// locative cues ("in", "near", "outside the village of"), titles and
// neighbouring capitalized words that mark a person's or an organisation's
// name. State abbreviations after a town ("Paris, Tex.") are read too, and
// names the gazetteer lacks become places when their context says so
// (unknown.go: "the village of Kampungu", an item in a list of places).
// Resolution (resolve.go) scores each candidate by its kind of place and
// population, the document's focus (countries and divisions already
// mentioned, demonyms such as "Nigerien"), sibling divisions and lists,
// nearby candidates of other names in the text, "Town, Region" pairs and
// cue words; a direction word ("northern Niger") makes the result an area
// of coarser precision.
package geoparse

import (
	_ "embed"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// Toponym is one place name found in text.
type Toponym struct {
	Start, End int    // byte offsets of the name in the text
	Name       string // as written
	Place      gazetteer.Place
	Precision  event.GeoPrecision
	Score      float64 // confidence in the resolution, 0..1
	// Modifier is a direction word before the name ("northern" in
	// "northern Niger"): the place is an unnamed part of Place.
	Modifier string
}

//go:embed data/common.txt
var commonData string

//go:embed data/givennames.txt
var givenData string

// Parser is safe for concurrent use.
type Parser struct {
	g      *gazetteer.Gazetteer
	common map[string]bool
	names  map[string]bool // given names, lower case
	maxN   int
}

// New returns a parser over a gazetteer.
func New(g *gazetteer.Gazetteer) *Parser {
	p := &Parser{g: g, common: map[string]bool{}, names: map[string]bool{}, maxN: min(g.MaxWords(), 7)}
	for _, w := range strings.Split(commonData, "\n") {
		if w != "" {
			p.common[w] = true
		}
	}
	for _, w := range strings.Split(givenData, "\n") {
		if w != "" {
			p.names[w] = true
		}
	}
	// Words that are common in news text as something else but absent
	// from the SCOWL lists, or present in them only capitalized.
	for _, w := range []string{"god", "internet", "mr", "mrs", "ms", "dr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "april", "june", "july", "august", "september", "october", "november", "december", "christmas", "easter", "ramadan", "eid", "diwali", "passover", "hanukkah", "thanksgiving", "ashura", "jesus", "christ", "allah", "buddha", "english", "islam", "islamic", "muslim", "christian", "catholic", "jewish", "arab", "arabic", "ebola", "aids", "hiv", "sars", "covid",
		// Local news' law-enforcement words: "the Ohio State Highway
		// Patrol" (Patrol, a hamlet of West Java), "KSP Trooper" (Trooper,
		// Pennsylvania), "Jailer Jason Woosley".
		"patrol", "trooper", "troopers", "sheriff", "deputies", "dispatch", "coroner", "jailer", "constable"} {
		p.common[w] = true
	}
	for w := range institutionNouns {
		p.common[w] = true
	}
	return p
}

type token struct {
	start, end int
	cap        bool // first letter upper case
	upper      bool // every letter upper case
	letters    int
	low        string // the word in lower case, once asked for (word)
}

func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	in := false
	var t token
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		word := c < utf8.RuneSelf && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') ||
			c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
		if word {
			if !in {
				t = token{start: i, cap: unicode.IsUpper(r), upper: true}
				in = true
			}
			if unicode.IsLetter(r) {
				t.letters++
				if !unicode.IsUpper(r) {
					t.upper = false
				}
			}
		} else if in {
			t.end = i
			toks = append(toks, prefixed(text, t))
			in = false
		}
		i += n
	}
	if in {
		t.end = len(text)
		toks = append(toks, prefixed(text, t))
	}
	return toks
}

// prefixed makes a name written with a Nguni locative or class prefix in
// lower case a capitalized word, as South African news writes them:
// "eThekwini", "uMhlanga", "iSimangaliso" (a vowel, a capital, and three
// letters in lower case at least).
func prefixed(text string, t token) token {
	if t.cap || t.letters < 5 || t.end-t.start < 5 {
		return t
	}
	w := text[t.start:t.end]
	if !strings.ContainsRune("aeiou", rune(w[0])) || !isUpperASCII(w[1]) {
		return t
	}
	for k := 2; k < 5; k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return t
		}
	}
	t.cap = true
	return t
}

// joinable reports whether two tokens may belong to one name: only spaces,
// hyphens, apostrophes and the periods of abbreviations stand between.
func joinable(text string, a, b token) bool {
	sep := text[a.end:b.start]
	switch sep {
	case " ", "-", "'", "’", "‐", "–":
		return true
	case ".":
		return a.letters == 1 // U.S, U.K
	case ". ":
		// "St. Louis", "Mt. Kenya", "U.S. Virgin Islands", "Gov. Brian
		// Kemp"; not a sentence's last word: "on the Red Sea. Aqaba is".
		if !a.cap || a.letters > 3 || a.letters == 0 {
			return false
		}
		w := strings.ToLower(text[a.start:a.end])
		return a.letters == 1 || dotJoins[w] || titles[w]
	}
	return false
}

// dotJoins are the short abbreviations, besides titles, that a period
// joins to the next word: "St. Louis", "Mt. Kenya", "Ft. Worth".
var dotJoins = map[string]bool{"st": true, "mt": true, "ft": true, "pt": true, "ste": true, "mts": true, "fr": true, "co": true, "inc": true, "jr": true, "sr": true}

// extraDemonyms are peoples' words the gazetteer's list lacks because
// they are also short names of the country: "Saudi officials".
var extraDemonyms = map[string]string{"saudi": "SA"}

// demonym returns the country of a people's word, folded.
func (p *Parser) demonym(lw string) (gazetteer.Place, bool) {
	if c, ok := p.g.DemonymKey(lw); ok {
		return c, true
	}
	if cc := extraDemonyms[lw]; cc != "" {
		return p.g.Country(cc)
	}
	return gazetteer.Place{}, false
}

// americasPeople reports whether "Indian" or "Indians" at token i follows
// a people's or a region's name ("Quechua Indians", "Plains Indians",
// "Mayan Indian villages"): a people of the Americas, which says nothing of
// India. A compass word before it ("South Indians") is India's still.
func americasPeople(text string, toks []token, i int) bool {
	if w := lower(text, toks, i); w != "indian" && w != "indians" || i == 0 {
		return false
	}
	a := toks[i-1]
	if !a.cap || a.upper || a.letters < 3 || text[a.end:toks[i].start] != " " || sentenceStart(text, a) {
		return false
	}
	return !directions[lower(text, toks, i-1)]
}

// attributive reports whether a people's word that is also another name
// of its country ("Saudi", "Thai") stands before a noun, as an adjective
// ("Saudi officials", "the Thai army"), and not after a cue of place ("in
// Saudi"). A word of the country's own name ("Djibouti", "Vatican" of
// Vatican City: "The Vatican reports") stays the place, unless it is
// listed as a people's word ("Saudi"). So does it before a hyphen and a
// word in lower case, as wire copy writes its coalitions ("the Saudi-led
// coalition", "Saudi-backed forces"), where a country's name would be the
// place ("US-led", "Iran-allied").
func (p *Parser) attributive(text string, toks []token, i int, c gazetteer.Place) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch sep := text[toks[i].end:toks[i+1].start]; {
	case sep == " ":
	case sep == "-" && !toks[i+1].cap:
	default:
		return false
	}
	lw := lower(text, toks, i)
	if extraDemonyms[lw] == "" && slices.Contains(strings.Fields(gazetteer.Fold(c.Name)), lw) {
		return false
	}
	if i > 0 && placeCues[p.word(text, toks, i-1)] {
		return false
	}
	return !toks[i+1].cap || !toks[i+1].upper
}

// namesCountry reports whether a folded word is also a name of the country
// ("Vatican" is both the demonym and the state).
func (p *Parser) namesCountry(key, country string) bool {
	for _, c := range p.g.LookupKey(key) {
		if c.IsCountry() && c.Country == country {
			return true
		}
	}
	return false
}

// possessive reports whether token j is the "s" of "'s", or the end of
// another contraction ("I've", "they'll").
func possessive(text string, toks []token, j int) bool {
	if j == 0 {
		return false
	}
	switch text[toks[j].start:toks[j].end] {
	case "s", "ve", "ll", "re", "d", "t", "m", "S":
	default:
		return false
	}
	sep := text[toks[j-1].end:toks[j].start]
	return sep == "'" || sep == "’"
}

// hyphenedArticles are the Arabic article's forms that news hyphens to a
// name ("al-Hasakah", "ash-Shaddadi", "el-Obeid").
var hyphenedArticles = map[string]bool{
	"al": true, "el": true, "ar": true, "as": true, "ash": true, "ad": true, "adh": true, "az": true, "at": true, "ath": true,
	"an": true, "ez": true, "ed": true, "er": true, "es": true, "en": true,
}

// inWord reports whether a separator is an apostrophe, which inside a
// transcribed name stands for a letter (‘ayn, hamza) rather than ends a word.
func inWord(sep string) bool { return sep == "’" || sep == "'" }

// sentenceStart reports whether a token begins a sentence or a line, where
// capitalization says nothing.
func sentenceStart(text string, t token) bool {
	i := t.start
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch r {
		case ' ', '\t', '"', '“', '‘', '\'', '(', '[', '*', '=', '-', '—', '–':
			i -= n
			continue
		case '.', '!', '?', '\n', '\r', ':', '|', '•':
			return true
		}
		return false
	}
	return true
}

type mention struct {
	first, last int // token indices
	start, end  int // bytes
	key         string
	cands       []gazetteer.Place
	scores      []float64
	pick        int
	modifier    string
	cueNear     bool
	wantAdmin   bool
	wantTown    bool
	resident    bool             // "a Dalton man": the town a person lives in, near the story's
	strong      bool             // recognized with confidence enough to set document focus
	parent      int              // index of a "Town, Region" partner mention, or -1
	namesake    []bool           // per candidate: a division named after a town among the candidates
	capital     []bool           // per candidate: a national capital beside a division of its name
	feature     bool             // a feature named after the place ("Salinas Valley"): an area near it
	abbrev      bool             // a state's abbreviation after a town ("Tex."): always the town's region
	within      bool             // a name the gazetteer lacks, placed inside its only candidate
	division    bool             // such a name written as a zone, woreda, county or territory
	stray       bool             // resolved only abroad, against its context: to be placed like a name the gazetteer lacks
	acronym     bool             // written in capitals, four letters at most ("NSW", "CNN")
	viaAlt      bool             // matched only by alternate names
	drop        bool             // not a place after all
	namedDir    bool             // the direction is part of the name ("South Darfur")
	holderEnd   int              // a stray part of a town ("Ohio's Linden neighborhood"): the byte end of the town's mention, else 0
	home        *gazetteer.Place // a stray out of the text's one state: the nearest of the text's places there, when its sentence has none
	diplomatic  bool             // a diplomat's post ("ambassador to Washington"): a national capital
	intl        bool             // its sentence tells of talks or international bodies ("talks in Geneva")
	subject     bool             // read as the text's subject defines it ("Lincoln is a city in Central Illinois")
	likened     bool             // the famous city a nickname likens a place to ("the Manchester of the South"), or the division a hyphened name's part names: no stray
}

const maxCandidates = 40

// commonCounty is how many counties may share a name before it stops
// saying which state a text is about (see resolve).
const commonCounty = 4

// neighbourWindow is how many names on each side may reinforce a
// candidate.
const neighbourWindow = 25

// Parse finds and resolves the toponyms of a text, in text order.
func (p *Parser) Parse(text string) []Toponym {
	ms := p.mentions(text)
	if len(ms) == 0 {
		return nil
	}
	out := make([]Toponym, 0, len(ms))
	for _, m := range ms {
		pl := m.cands[m.pick]
		if m.namedDir {
			pl = shifted(pl, m.modifier)
		}
		out = append(out, Toponym{
			Start: m.start, End: m.end, Name: text[m.start:m.end], Place: pl,
			Precision: precision(pl, m), Score: confidence(m), Modifier: m.modifier,
		})
	}
	return out
}

// shifted moves a place's point toward a direction by a share of its
// kind's size: "South Darfur" is the south of Darfur, named so.
func shifted(pl gazetteer.Place, dir string) gazetteer.Place {
	km := [...]float64{800, 250, 120, 40, 120, 5}[pl.Level()]
	dlat, dlon := 0.0, 0.0
	d := strings.ReplaceAll(dir, "-", "")
	d = strings.TrimSuffix(strings.TrimSuffix(d, "ern"), "ern")
	if strings.HasPrefix(d, "north") {
		dlat = 1
	} else if strings.HasPrefix(d, "south") {
		dlat = -1
	}
	if strings.HasSuffix(d, "east") {
		dlon = 1
	} else if strings.HasSuffix(d, "west") {
		dlon = -1
	}
	if dlat != 0 && dlon != 0 {
		dlat, dlon = dlat*0.7071, dlon*0.7071
	}
	pl.Lat += dlat * km / 111
	if c := math.Cos(pl.Lat * math.Pi / 180); c > 0.01 {
		pl.Lon += dlon * km / (111 * c)
	}
	pl.ID = 0
	return pl
}

// countriesNamed is every country the text names in full or by its
// people's word, wherever: a short town name of one of them is read after
// a cue whether the country comes before or after it ("Malian troops … in
// Gao", "in Gao, Mali", "near Gao in northern Mali").
func (p *Parser) countriesNamed(text string, toks []token) map[string]bool {
	named := map[string]bool{}
	for i := range toks {
		if !toks[i].cap || toks[i].upper && toks[i].letters <= 3 {
			continue
		}
		if c, ok := p.demonym(lower(text, toks, i)); ok {
			if !americasPeople(text, toks, i) {
				named[c.Country] = true
			}
			continue
		}
		key := ""
		for j := i; j < len(toks) && j < i+3; j++ {
			if j > i && (!joinable(text, toks[j-1], toks[j]) || !toks[j].cap && p.word(text, toks, j) != "of") {
				break
			}
			if j > i {
				key += " "
			}
			key += gazetteer.Fold(text[toks[j].start:toks[j].end])
			if c, ok := p.g.Country(key); ok && len(key) > 3 && gazetteer.Fold(c.Name) == key {
				named[c.Country] = true
			}
		}
	}
	return named
}

// mentions recognizes and resolves the names of a text.
func (p *Parser) mentions(text string) []mention {
	toks := tokenize(text, make([]token, 0, len(text)/5+1))
	var ms []mention
	focus := map[string]float64{} // country → weight
	tc := &textContext{surnames: p.surnames(text, toks), orgs: p.orgs(text, toks), placed: map[string]bool{}, named: p.countriesNamed(text, toks), states: map[string]bool{}, spelled: map[string]bool{}, models: map[string]bool{}, towns: map[string]bool{},
		defined: definedNames(text, toks),
		patrol:  strings.Contains(text, "Patrol") || strings.Contains(text, "State Police") || strings.Contains(text, "roopers"),
		garda:   irishPolice(text)}
	var us []unknown
	lastUnknown := -1
	tc.streets = p.quadrantStreets(text, toks)
	counties := p.countyNames(text, toks)
	for _, key := range counties {
		for _, c := range p.g.LookupKey(key) {
			if c.Level() == 3 && c.Admin2Code != "" && gazetteer.Fold(c.Name) == key {
				if tc.counties == nil {
					tc.counties = map[string]bool{}
				}
				tc.counties[c.Country+"."+c.Admin1Code+"."+c.Admin2Code] = true
			}
		}
	}
	var buf []byte
	var tried []int
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.cap {
			continue
		}
		// "Tyler, Tex.", "Washington, D.C.": a state's abbreviation after
		// a town.
		if n := len(ms); n > 0 && ms[n-1].last < i {
			if st, last, end, ok := p.stateAbbrev(text, toks, i, &ms[n-1]); ok {
				ms, i = p.addStateAbbrev(text, toks, ms, tc, st, i, last, end)
				continue
			}
		}
		// "HANCOCK TOWNSHIP, Mich. (WLUC) -": a dateline's township, which
		// the gazetteer lacks, is followed by its state's abbreviation.
		// "DOVER TWP., N.J. —": the abbreviation keeps its period.
		twpEnd := 0
		if i >= 2 {
			twpEnd = toks[i-1].end
			if p.word(text, toks, i-1) == "twp" && text[twpEnd] == '.' {
				twpEnd++
			}
		}
		if i >= 2 && toks[i-1].upper && (p.word(text, toks, i-1) == "township" || p.word(text, toks, i-1) == "twp") && toks[i-2].upper &&
			text[twpEnd:t.start] == ", " && (len(ms) == 0 || ms[len(ms)-1].end <= toks[i-1].start) {
			if st, last, end, ok := p.stateAbbrev(text, toks, i, &mention{end: twpEnd}); ok {
				ms, i = p.addStateAbbrev(text, toks, ms, tc, st, i, last, end)
				continue
			}
		}
		// "Matthew Reisen, Albuquerque Journal, N.M.": a state's dotted
		// abbreviation after a town's newspaper names the paper's state,
		// as a credit line writes it.
		if i >= 2 && toks[i-1].cap && orgWords[p.word(text, toks, i-1)] && toks[i-2].cap && text[toks[i-2].end:toks[i-1].start] == " " &&
			p.g.HasKey(p.word(text, toks, i-2)) && (len(ms) == 0 || ms[len(ms)-1].end <= toks[i-2].start) {
			if st, last, end, ok := p.stateAbbrev(text, toks, i, &mention{end: toks[i-1].end}); ok && text[end-1] == '.' {
				ms = append(ms, mention{first: i, last: last, start: t.start, end: end, key: "abbrev " + st.Country + "." + st.Admin1Code,
					cands: []gazetteer.Place{st}, parent: -1, strong: true, abbrev: true})
				tc.states[st.Country+"."+st.Admin1Code] = true
				i = last
				continue
			}
		}
		// "the N.C. State Bureau of Investigation", "AZ State Forestry".
		if m, ok := p.stateAgencyAbbrev(text, toks, i); ok && (len(ms) == 0 || ms[len(ms)-1].end <= m.start) {
			ms = append(ms, m)
			tc.states[m.cands[0].Country+"."+m.cands[0].Admin1Code] = true
			i = m.last
			continue
		}
		// "N.J. town considers", "the N.J. Division of Criminal Justice".
		if m, ok := p.initialedState(text, toks, i); ok && (len(ms) == 0 || ms[len(ms)-1].end <= m.start) {
			ms = append(ms, m)
			tc.states[m.cands[0].Country+"."+m.cands[0].Admin1Code] = true
			i = m.last
			continue
		}
		// "two barns burned in Botetourt Co.", "BOTETOURT Co., Va.".
		if m, ok := p.usCountyAbbrev(text, toks, i); ok {
			ms = append(ms, m)
			tc.placed[m.key] = true
			i = m.last
			continue
		}
		// "Kinsale, Co Cork", "Cahersiveen, Co. Kerry".
		if m, ok := p.countyAbbrev(text, toks, i); ok {
			ms = append(ms, m)
			tc.placed[m.key] = true
			i = m.last
			continue
		}
		// "the Sweet Grass Sheriff's Office", "the East Feliciana Chief
		// Deputy": a county the text names in full elsewhere, called
		// without its division word before one of its offices.
		if m, ok := p.countyOffice(text, toks, i, counties); ok {
			ms = append(ms, m)
			tc.placed[m.key] = true
			i = m.last
			continue
		}
		// "Plymouth Township police", "OSNABURG TWP.": US townships, which
		// the gazetteer (towns of 500) lacks; a town of the name is
		// another place.
		if u, ok := p.township(text, toks, i, tc); ok {
			// "Nine were killed in Falam Township": a township of
			// Myanmar named for its town, in a story on that country,
			// lies at the town when nothing else holds it (a US township
			// often lies far from its namesake town).
			for _, c := range p.g.LookupKey(gazetteer.Fold(text[u.start:toks[u.last-1].end])) {
				if c.Level() == 5 && c.Country != "US" && tc.named[c.Country] {
					u.home = &c
					break
				}
			}
			us = append(us, u)
			lastUnknown = u.last
			i = u.last
			continue
		}
		// "Shah-e-Mardan of Kalat District", "Dasht-e-Qala": a Persian or
		// Urdu compound joined by its particle is one name, not its last
		// word's town (Mardan); the gazetteer lacks most, and a place cue
		// before one makes it a place, as does an Arabic feature word
		// that begins one ("Wadi al-…", "Tell Abyad"); one begun by a
		// generic word ("Sheikh Bawa", "Um Hinta") needs the cue. Without
		// a cue it is no place
		// ("Tehreek-e-Taliban", "Lashkar-e-Taiba", "spokesman Ahmed
		// al-Mismar").
		if e := izafe(text, toks, i); e > i && !p.g.HasKey(gazetteer.Fold(text[t.start:toks[e].end])) {
			if placeCues[p.word(text, toks, i-1)] || p.word(text, toks, i-1) == "of" && placeNouns[p.word(text, toks, i-2)] || p.featureNamed(text, toks, i, e) ||
				e+1 < len(toks) && !toks[e+1].cap && placeNounsAfter[p.word(text, toks, e+1)] {
				us = append(us, unknown{first: i, last: e, start: t.start, end: toks[e].end, village: true})
				lastUnknown = e
				i = e
				continue
			}
			// Without a cue, a name the loose key finds is read below
			// ("the cities of Arish, Sheikh Zuweid and Rafah").
			if j, _ := p.looseName(text, toks, i, -1, []int{e}, tc, ms); j < 0 {
				i = e
				continue
			}
		}
		// "North and South Carolina", "Central and South America": the
		// first word shares the second name's rest.
		if m, ok := p.elided(text, toks, i); ok {
			ms = append(ms, m)
			tc.placed[m.key] = true
			continue
		}
		// "the River Witham": a river named before its one-word name, which
		// a town may share (Witham, Essex), is the river, which the
		// gazetteer lacks; not "the River Plate Stadium".
		if i > 0 && toks[i-1].cap && !toks[i-1].upper && p.word(text, toks, i-1) == "river" && joinable(text, toks[i-1], t) && toks[i-1].start >= readTo(ms, us) {
			if u, ok := p.unknownAt(text, toks, i, lastUnknown, readTo(ms, us)); ok && u.first == i-1 && u.last == i {
				us = append(us, u)
				lastUnknown = u.last
				i = u.last
				continue
			}
		}
		// "Aweil Centre County", "Mundri West County": South Sudan's
		// counties named for a town and a part of it; the town read just
		// before is the county's name, not a place of its own, nor is
		// "Centre County" Pennsylvania's. Not for a city known abroad:
		// "San Diego North County" is San Diego's.
		if n := len(ms); n > 0 && ms[n-1].last == i-1 && i+1 < len(toks) && text[toks[i-1].end:t.start] == " " &&
			(slices.ContainsFunc(ms[n-1].cands, func(c gazetteer.Place) bool { return c.Country == "SS" }) ||
				!slices.ContainsFunc(ms[n-1].cands, func(c gazetteer.Place) bool { return c.Population >= 50_000 })) &&
			(directions[p.word(text, toks, i)] || p.word(text, toks, i) == "centre") && !strings.HasSuffix(p.word(text, toks, i), "ern") &&
			toks[i+1].cap && p.word(text, toks, i+1) == "county" && text[t.end:toks[i+1].start] == " " {
			prev := ms[n-1]
			ms = ms[:n-1]
			us = append(us, unknown{first: prev.first, last: i + 1, start: prev.start, end: toks[i+1].end, division: true})
			lastUnknown = i + 1
			i++
			continue
		}
		// "Donetska Oblast", "Kharkivska and Sumska oblasts": a Ukrainian
		// oblast or hromada named by its adjective.
		if c, last, ok := p.ukrAdjective(text, toks, i); ok && t.start >= readTo(ms, us) {
			ms = append(ms, mention{first: i, last: last, start: t.start, end: toks[last].end, key: gazetteer.Fold(c.Name),
				cands: []gazetteer.Place{c}, parent: -1, strong: true})
			tc.named[c.Country] = true
			i = last
			continue
		}
		// Longest gazetteer name starting here.
		// Demonyms ("Nigerien", "Canadian") are not places but say where
		// the text is about.
		lw := lower(text, toks, i)
		if c, ok := p.demonym(lw); ok && (!p.namesCountry(lw, c.Country) || p.attributive(text, toks, i, c)) {
			if americasPeople(text, toks, i) {
				continue
			}
			if !(i+1 < len(toks) && joinable(text, t, toks[i+1]) && toks[i+1].cap && p.g.HasKey(gazetteer.Fold(text[t.start:toks[i+1].end]))) {
				focus[c.Country] += 0.5
				tc.named[c.Country] = true
				continue
			}
		}
		best, bestKey := -1, ""
		tried = tried[:0]
		for j := i; j < len(toks) && j < i+p.maxN; j++ {
			if j > i && !joinable(text, toks[j-1], toks[j]) {
				break
			}
			// "Canada's" is Canada, though "People's Republic" is a name.
			if possessive(text, toks, j) {
				continue
			}
			// Inside a name only particles are lower case ("Rio de
			// Janeiro", "Stratford-upon-Avon"), and it ends capitalized:
			// not "The quarter", "Co. to".
			// "Maarrat al-Nu’man", "Al-Fu’ah": an apostrophe for the
			// Arabic ‘ayn or hamza stands inside a word, which goes on in
			// lower case (possessive has taken "Canada's").
			if j > i && !toks[j].cap && inWord(text[toks[j-1].end:toks[j].start]) {
				// read with the rest of the word below
			} else if j > i && !toks[j].cap {
				w := p.word(text, toks, j)
				sep := text[toks[j-1].end:toks[j].start]
				if sep != "-" && !nameParticles[w] && !featureWords[w] {
					break
				}
				// "Lake Chad basin" ends with its feature word, and
				// "Ross-shire" with a hyphened word in lower case.
				if !featureWords[w] && (sep != "-" || nameParticles[w]) {
					continue
				}
			}
			// Fold the span as written, so "People's" and "U.S." fold as
			// the gazetteer's names do.
			buf = gazetteer.AppendFold(buf[:0], text[t.start:toks[j].end])
			tried = append(tried, j)
			if p.g.HasKey(string(buf)) || countryAliases[string(buf)] != "" {
				// "Masvingo province" written in lower case is Masvingo
				// and a word that says what it is; the division word
				// rule in recognize keeps its meaning.
				if best >= 0 && !toks[j].cap && adminWords[p.word(text, toks, j)] {
					continue
				}
				best, bestKey = j, string(buf)
			}
		}
		// A longer name the exact key fails on is read by the loose key
		// ("Al-Hodeidah", where Al is Ål, Norway; "Sheikh Zuweid").
		if n := len(tried); n > 0 && tried[n-1] > best {
			if j, k := p.looseName(text, toks, i, best, tried, tc, ms); j > best {
				best, bestKey = j, k
			}
		}
		if best < 0 {
			if u, ok := p.datelineTown(text, toks, i); ok {
				us = append(us, u)
				i = u.last
				// "WESTBORO, WI (AP)": the state's postal code after it.
				if m, ok := p.stateAfter(text, toks, u, tc); ok {
					ms = append(ms, m)
					i = m.last
				}
				continue
			}
			if u, ok := p.unknownAt(text, toks, i, lastUnknown, readTo(ms, us)); ok {
				us = append(us, u)
				lastUnknown = u.last
				i = u.last
				// "Crutwell, Sask.": the state's abbreviation after the
				// name, with its period.
				if u.last+1 < len(toks) {
					if st, last, end, ok := p.stateAbbrev(text, toks, u.last+1, &mention{end: u.end}); ok {
						ms = append(ms, mention{first: u.last + 1, last: last, start: toks[u.last+1].start, end: end,
							key: "abbrev " + st.Country + "." + st.Admin1Code, cands: []gazetteer.Place{st}, parent: -1, strong: true, abbrev: true})
						tc.states[st.Country+"."+st.Admin1Code] = true
						i = last
					}
				}
			}
			continue
		}
		// "TORRE DEL ESPANOL, Spain": a dateline's town the gazetteer
		// lacks, though it knows a town of its first word.
		if t.upper && best+1 < len(toks) && toks[best+1].upper {
			if u, ok := p.datelineTown(text, toks, i); ok && u.last > best {
				us = append(us, u)
				i = u.last
				continue
			}
		}
		m := mention{first: i, last: best, start: t.start, end: toks[best].end, key: bestKey, parent: -1}
		prevPlace := -2
		if len(ms) > 0 {
			prevPlace = ms[len(ms)-1].last
		}
		if !p.recognize(text, toks, &m, prevPlace, tc) {
			// "EMPIRE (AP) —": a dateline's town, though an English word.
			if u, ok := p.datelineTown(text, toks, i); ok {
				us = append(us, u)
				i = u.last
				if m, ok := p.stateAfter(text, toks, u, tc); ok {
					ms = append(ms, m)
					i = m.last
				}
			} else if u, ok := p.unknownAt(text, toks, i, lastUnknown, readTo(ms, us)); ok && u.last > best && !stormWords[p.word(text, toks, i)] {
				// "Yar Tsamiya villages", "Bawan Daji village": a longer
				// name the gazetteer lacks, begun by a word it refused
				// ("Yar", a code); not a storm's ("Hurricane Delta").
				us = append(us, u)
				lastUnknown = u.last
				i = u.last
			}
			continue
		}
		if m.start < readTo(ms, us) {
			// recognize can widen a span backwards ("O'Leary", "Lake
			// Carona"); two names never share text.
			continue
		}
		ms = append(ms, m)
		if m.strong {
			tc.placed[m.key] = true
		}
		if len(m.cands) > 0 && (m.cands[0].Level() == 1 || m.strong && m.cands[0].Level() >= 3 && oneCountry(m.cands)) {
			tc.named[m.cands[0].Country] = true
		}
		if len(m.cands) > 0 && m.strong && m.cands[0].Level() >= 3 {
			tc.towns[m.cands[0].Country] = true
		}
		if len(m.cands) > 0 && m.cands[0].Level() == 2 && m.strong {
			tc.spelled[m.cands[0].Country+"."+m.cands[0].Admin1Code] = true
		}
		i = best
		// A division or feature word taken into the span is not read
		// again.
		for i+1 < len(toks) && toks[i+1].start < m.end {
			i++
		}
	}
	if len(ms) == 0 {
		return nil
	}
	ms = initialisms(text, toks, ms)
	ms = p.shortForms(text, toks, ms)
	// "the villages of Mbingi and Mapasana": a name listed after a
	// village lies where the village is placed.
	for k := 1; k < len(us); k++ {
		if a, b := us[k-1], &us[k]; (a.village || a.listOf > 0) && !b.village && !b.division && b.orig == nil && a.end <= b.start && listSep[text[a.end:b.start]] {
			b.listOf = a.listOf
			if b.listOf == 0 {
				b.listOf = a.start + 1
			}
		}
	}
	us = append(us, p.listItems(text, toks, ms, us, tc)...)
	us = append(us, again(text, toks, ms, us)...)
	p.resolve(text, ms, focus)
	kept := ms[:0]
	for _, m := range ms {
		if m.drop {
			continue
		}
		if m.stray {
			orig := m
			us = append(us, unknown{first: m.first, last: m.last, start: m.start, end: m.end, orig: &orig, home: m.home, anywhere: m.cands[m.pick].Level() == 5})
			continue
		}
		kept = append(kept, m)
	}
	return withArticles(text, p.formerNames(text, p.divisionsAtRegion(place(text, kept, us, focus))))
}

// withArticles widens each name over the Arabic article hyphened before it
// ("al-Hasakah", "Al-Haraki", "the town of al-Shaheel"): the place was
// found, or placed, without it, but the name as written holds it. A word
// hyphened before the article ("Jisr-al-…") or a name just before keeps
// the span as it is.
func withArticles(text string, ms []mention) []mention {
	prevEnd := 0
	for i := range ms {
		m := &ms[i]
		if s := m.start; s >= 3 && text[s-1] == '-' && s < len(text) && isUpperASCII(text[s]) {
			a := s - 1
			for a > 0 && isASCIILetter(text[a-1]) {
				a--
			}
			if a < s-1 && a >= prevEnd && hyphenedArticles[strings.ToLower(text[a:s-1])] && (a == 0 || !isASCIILetter(text[a-1]) && text[a-1] != '-') {
				m.start = a
			}
		}
		prevEnd = m.end
	}
	return ms
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func confidence(m mention) float64 {
	if len(m.scores) < 2 {
		return 1
	}
	s := append([]float64(nil), m.scores...)
	sort.Float64s(s)
	margin := s[len(s)-1] - s[len(s)-2]
	return 1 / (1 + math.Exp(-margin))
}

func precision(p gazetteer.Place, m mention) event.GeoPrecision {
	if m.within {
		return withinPrecision(p.Level())
	}
	if m.feature && p.Level() >= 2 {
		return event.GeoRegion
	}
	if m.modifier != "" {
		if p.Level() == 0 {
			return event.GeoWorld
		}
		return event.GeoRegion
	}
	switch p.Level() {
	case 0:
		if p.FeatureCode == "CONT" || p.FeatureCode == "OCN" {
			return event.GeoWorld
		}
		return event.GeoRegion
	case 1:
		return event.GeoCountry
	case 2:
		return event.GeoAdmin1
	case 3:
		return event.GeoAdmin2
	case 4:
		return event.GeoRegion
	}
	if m.cueNear {
		return event.GeoNear
	}
	return event.GeoPoint
}

// EventPlace is the toponym as the event model's place: the name as
// written (with its direction word), the division and country names, ISO
// alpha-3 country, coordinates, GeoNames id when there is one, and the
// precision.
func (t Toponym) EventPlace() event.Place {
	p := t.Place
	lat, lon := p.Lat, p.Lon
	name := t.Name
	if t.Modifier != "" && !strings.HasPrefix(strings.ToLower(name), t.Modifier) {
		name = t.Modifier + " " + name
	}
	out := event.Place{Name: name, Admin1: p.Admin1Name, Admin2: p.Admin2Name, Country: p.Country3,
		Lat: &lat, Lon: &lon, Precision: t.Precision}
	if p.Level() == 2 && out.Admin1 == "" {
		out.Admin1 = p.Name
	}
	if p.ID > 0 {
		out.GeonameID = p.ID
	}
	return out
}

// countyOffices are the offices and bodies of a county that local news
// names after the county without its division word.
var countyOffices = map[string]bool{
	"sheriff": true, "deputy": true, "deputies": true, "chief": true, "coroner": true, "jury": true, "commission": true,
	"commissioners": true, "attorney": true, "clerk": true, "jail": true, "schools": true, "fire": true, "emergency": true,
	"search": true, "board": true,
}

// countyOfficesLower name a county's offices in lower case too: "Chester
// sheriff" in a story on Chester County's sheriff, "Volusia court
// records". Sheriffs and these courts are the county's, not a town's.
var countyOfficesLower = map[string]bool{
	"sheriff": true, "court": true, "courts": true, "coroner": true, "commissioners": true,
}

// countyNames finds the counties and parishes the text names with their
// capitalized division word ("Sweet Grass County", "East Feliciana
// Parish") and returns each name without it, folded, with the division's
// key.
func (p *Parser) countyNames(text string, toks []token) map[string]string {
	var out map[string]string
	for k := 1; k < len(toks); k++ {
		if w := text[toks[k].start:toks[k].end]; !toks[k].cap || !strings.EqualFold(w, "county") && !strings.EqualFold(w, "parish") {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3 && toks[j].cap && joinable(text, toks[j], toks[j+1]); j-- {
			short := gazetteer.Fold(text[toks[j].start:toks[k-1].end])
			key := short + " " + p.word(text, toks, k)
			if slices.ContainsFunc(p.g.LookupKey(key), func(c gazetteer.Place) bool { return c.Level() == 3 && gazetteer.Fold(c.Name) == key }) {
				if out == nil {
					out = map[string]string{}
				}
				out[short] = key
				break
			}
		}
	}
	return out
}

// countyOffice reads, at token i, a county of counties called without its
// division word before one of its offices.
func (p *Parser) countyOffice(text string, toks []token, i int, counties map[string]string) (mention, bool) {
	if len(counties) == 0 {
		return mention{}, false
	}
	for j := i; j < len(toks)-1 && j < i+3; j++ {
		if j > i && !joinable(text, toks[j-1], toks[j]) || !toks[j].cap {
			break
		}
		w := p.word(text, toks, j+1)
		if text[toks[j].end:toks[j+1].start] != " " || !(toks[j+1].cap && countyOffices[w] || countyOfficesLower[w]) {
			continue
		}
		key, ok := counties[gazetteer.Fold(text[toks[i].start:toks[j].end])]
		if !ok {
			continue
		}
		var cands []gazetteer.Place
		for _, c := range p.g.LookupKey(key) {
			if c.Level() == 3 && gazetteer.Fold(c.Name) == key {
				cands = append(cands, c)
			}
		}
		return mention{first: i, last: j, start: toks[i].start, end: toks[j].end, key: key, cands: cands, parent: -1, strong: true, wantAdmin: true}, true
	}
	return mention{}, false
}

// afterDash reports whether a dash, perhaps with spaces, stands right
// before byte at, as it ends a dateline ("TRENTON, NJ (MERCER)-The").
func afterDash(text string, at int) bool {
	pre := strings.TrimRight(text[:at], " ")
	return strings.HasSuffix(pre, "-") || strings.HasSuffix(pre, "—") || strings.HasSuffix(pre, "–")
}

// townshipPreps are the prepositions that, capitalized at a sentence's
// start or in a title, may stand before a township's name.
var townshipPreps = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "from": true, "to": true, "across": true, "into": true, "throughout": true,
	"around": true, "of": true, "towards": true, "toward": true, "via": true, "between": true, "within": true, "inside": true,
	"on": true, "for": true, "by": true, "with": true,
}

// township reads a township's name at token i: up to three capitalized
// words before a capitalized "Township" or "Twp.".
func (p *Parser) township(text string, toks []token, i int, tc *textContext) (unknown, bool) {
	for j := i; j < len(toks)-1 && j < i+3; j++ {
		// "the Fountain City-New Garden Township department": a hyphen
		// joins two places' names; the township's begins after it.
		if j > i && (!joinable(text, toks[j-1], toks[j]) || text[toks[j-1].end:toks[j].start] == "-") || !toks[j].cap {
			return unknown{}, false
		}
		// "The Hamilton Township Division of Health", a headline's
		// "Cases In Hamilton Township": an article or a preposition,
		// capitalized at a sentence's start or in a title, begins no
		// township's name; the name is read from the next word. Only
		// there (or after a dateline's dash, "NJ (MERCER)-The"):
		// elsewhere a capital says the word is the name's, and a cue
		// that is a division's word ("District Township") is one.
		if w := p.word(text, toks, j); (articles[w] || townshipPreps[w]) && (sentenceStart(text, toks[j]) || afterDash(text, toks[j].start) || tc.titleCase(text, toks[j].start)) {
			return unknown{}, false
		}
		k := j + 1
		w := text[toks[k].start:toks[k].end]
		twp := strings.EqualFold(w, "twp")
		if !toks[k].cap || !twp && !strings.EqualFold(w, "township") || text[toks[j].end:toks[k].start] != " " || titles[p.word(text, toks, j)] {
			continue
		}
		end := toks[k].end
		if twp && end < len(text) && text[end] == '.' {
			end++
		}
		return unknown{first: i, last: k, start: toks[i].start, end: end, anywhere: true}, true
	}
	return unknown{}, false
}

// datelineTown reads a dateline's town the gazetteer lacks, or knows only
// by an English word: "BUNER, Aug 13:", "LACROFT —", "EMPIRE (AP) —".
// Written in capitals at the start of a line, in words of five letters at
// least (agencies' acronyms are shorter), before a comma, a parenthesis
// or a dash. It is placed at the text's nearest county or town.
func (p *Parser) datelineTown(text string, toks []token, i int) (unknown, bool) {
	last := i
	for last+1 < len(toks) && last < i+3 && toks[last+1].upper && text[toks[last].end:toks[last+1].start] == " " {
		last++
	}
	// Particles inside the name are short: "TORRE DEL ESPANOL, Spain".
	for last > i && nameParticles[p.word(text, toks, last)] {
		last--
	}
	for k := i; k <= last; k++ {
		if k > i && k < last && nameParticles[p.word(text, toks, k)] {
			continue
		}
		if !toks[k].upper || toks[k].letters < 5 || !strings.ContainsAny(text[toks[k].start:toks[k].end], "AEIOUY") {
			return unknown{}, false
		}
	}
	if !dateline(text, toks[i].start, toks[last].end) || headingLine(text, toks[last].end) {
		return unknown{}, false
	}
	// "UNITED NATIONS (AP)": the headquarters, no town; names that end in
	// a plural common noun are institutions' (towns so called, "TWIN
	// FALLS", are the gazetteer's).
	if w := p.word(text, toks, last); last > i && strings.HasSuffix(w, "s") && p.common[strings.TrimSuffix(w, "s")] {
		return unknown{}, false
	}
	return unknown{first: i, last: last, start: toks[i].start, end: toks[last].end, anywhere: true, nearestFirst: true}, true
}

// initialisms reads a first-level division of two or three words by its
// initials in capitals once the text has named it in full, as news of
// India, Pakistan and Brazil writes them: "Uttar Pradesh ... UP villagers",
// "Khyber Pakhtunkhwa ... KP's capital". Each reads as the full name does.
// Not after an article ("an MP", "the MP said"), nor in parentheses, nor
// beside another word in capitals (a headline's "PUSH UP PRICES"), unless
// the text defines the initials in parentheses after the full name: "the
// Donetsk People's Republic (DPR) ... within the DPR".
func initialisms(text string, toks []token, ms []mention) []mention {
	full := map[string]int{}
	defined := map[string]bool{}
	for k, m := range ms {
		if len(m.cands) == 0 || m.cands[0].Level() != 2 {
			continue
		}
		words := strings.FieldsFunc(m.key, func(r rune) bool { return r == ' ' || r == '-' })
		if len(words) < 2 || len(words) > 3 {
			continue
		}
		var b strings.Builder
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(unicode.ToUpper(r))
		}
		if _, ok := full[b.String()]; !ok {
			full[b.String()] = k
		}
		if strings.HasPrefix(text[m.end:], " ("+b.String()+")") {
			defined[b.String()] = true
		}
	}
	if len(full) == 0 {
		return ms
	}
	taken := make([]bool, len(toks))
	for _, m := range ms {
		for k := m.first; k <= m.last && k < len(toks); k++ {
			taken[k] = true
		}
	}
	var add []mention
	for i, t := range toks {
		ini := text[t.start:t.end]
		k, ok := full[ini]
		if !ok || taken[i] || !t.upper || wireAcronyms[ini] || t.start > 0 && text[t.start-1] == '(' && !defined[ini] {
			continue
		}
		if i > 0 && (toks[i-1].upper && toks[i-1].letters > 1 || articles[lower(text, toks, i-1)] && !defined[ini]) ||
			i+1 < len(toks) && toks[i+1].upper && toks[i+1].letters > 1 {
			continue
		}
		// "patrolling WV Route 26 North": the initials before a road's word
		// and its number name the road, as the full name does.
		if i+2 < len(toks) && roadNumberWords[lower(text, toks, i+1)] && toks[i+2].letters == 0 && text[t.end:toks[i+1].start] == " " {
			continue
		}
		m := ms[k]
		m.first, m.last, m.start, m.end = i, i, t.start, t.end
		add = append(add, m)
	}
	return merged(ms, add)
}

// merged adds the mentions of add to ms, in text order.
func merged(ms, add []mention) []mention {
	if len(add) == 0 {
		return ms
	}
	ms = append(ms, add...)
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	return ms
}

// shortForms reads a big city of two words and more by its first word,
// once the text has named it in full, when the gazetteer knows the city by
// that word too: "Rio de Janeiro ... Rio's north side". Each reads as the
// full name does, though a small town is called so too; a country or a
// division is not ("Mexico" beside Mexico City).
func (p *Parser) shortForms(text string, toks []token, ms []mention) []mention {
	full := map[string]int{}
	for k, m := range ms {
		if m.last == m.first || len(m.cands) == 0 {
			continue
		}
		c := m.cands[0]
		if c.Level() != 5 || c.Population < 1_000_000 && c.FeatureCode != "PPLC" && c.FeatureCode != "PPLA" {
			continue
		}
		w := p.word(text, toks, m.first)
		if len(w) < 3 || p.common[w] || w == gazetteer.Fold(c.Name) {
			continue
		}
		if !slices.ContainsFunc(p.g.LookupKey(w), func(d gazetteer.Place) bool { return d.ID == c.ID }) {
			continue
		}
		if _, ok := full[w]; !ok {
			full[w] = k
		}
	}
	if len(full) == 0 {
		return ms
	}
	taken := make([]bool, len(toks))
	for j, m := range ms {
		for k := m.first; k <= m.last && k < len(toks); k++ {
			taken[k] = true
		}
		// Read already, as a namesake town: "Rio" is no Río, Greece, after
		// Rio de Janeiro.
		if k, ok := full[m.key]; ok && m.first == m.last && !slices.ContainsFunc(m.cands, func(c gazetteer.Place) bool { return c.Level() < 5 }) {
			f := ms[k]
			f.first, f.last, f.start, f.end = m.first, m.last, m.start, m.end
			ms[j] = f
		}
	}
	var add []mention
	for i, t := range toks {
		if taken[i] || !t.cap || t.upper {
			continue
		}
		k, ok := full[p.word(text, toks, i)]
		if !ok {
			continue
		}
		// Not the start of another name: "Rio Grande", "Rio Tinto".
		if i+1 < len(toks) && toks[i+1].cap && joinable(text, t, toks[i+1]) {
			continue
		}
		m := ms[k]
		m.first, m.last, m.start, m.end = i, i, t.start, t.end
		add = append(add, m)
	}
	return merged(ms, add)
}

// wireAcronyms are initials news uses for other things than a division:
// "(AP)" in an Andhra Pradesh story, "UN" beside Upper Nile.
var wireAcronyms = map[string]bool{"AP": true, "AU": true, "EU": true, "PM": true, "TV": true, "UK": true, "UN": true, "US": true}

// articles are the words before a noun phrase that make an initialism a
// common noun's.
var articles = map[string]bool{"a": true, "an": true, "the": true}

// headingLine reports whether the line goes on to its end in capitals
// after a name: a section's heading ("FORCED EVACUATIONS, CURFEW"), where
// a dateline goes on in running text ("LACROFT — Trustees met").
func headingLine(text string, end int) bool {
	rest := text[end:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	letters := false
	for _, r := range rest {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// again finds the later bare mentions of names the text made places by
// their context ("Mamond village in Bajaur district ... civilians in
// Mamond"): one name, one sense in a text. Only names of four letters and
// more, written alike (or in capitals the first time, in a dateline),
// outside every span already read.
func again(text string, toks []token, ms []mention, us []unknown) []unknown {
	if len(us) == 0 {
		return nil
	}
	byFirst := map[string][]unknown{}
	for _, u := range us {
		if u.orig == nil && u.end-u.start >= 4 {
			w := lower(text, toks, u.first)
			byFirst[w] = append(byFirst[w], u)
		}
	}
	taken := make([]bool, len(toks))
	for _, m := range ms {
		for k := m.first; k <= m.last && k < len(toks); k++ {
			taken[k] = true
		}
	}
	for _, u := range us {
		for k := u.first; k <= u.last && k < len(toks); k++ {
			taken[k] = true
		}
	}
	var out []unknown
	for i := 0; i < len(toks); i++ {
		if taken[i] || !toks[i].cap {
			continue
		}
		for _, u := range byFirst[lower(text, toks, i)] {
			last := i + u.last - u.first
			if last >= len(toks) || slices.Contains(taken[i:last+1], true) {
				continue
			}
			// Written alike, or in capitals once, as a dateline writes
			// it ("TORRE DEL ESPANOL, Spain ... in Torre del Espanol").
			if w := text[toks[i].start:toks[last].end]; w != text[u.start:u.end] && !(toks[u.first].upper && !toks[i].upper && strings.EqualFold(w, text[u.start:u.end])) {
				continue
			}
			// Not the start of a longer name: "Mamond Khan", "Mukuru kwa
			// Njenga".
			if last+1 < len(toks) && joinable(text, toks[last], toks[last+1]) &&
				(toks[last+1].cap || last+2 < len(toks) && toks[last+2].cap && joinable(text, toks[last+1], toks[last+2])) {
				continue
			}
			out = append(out, unknown{first: i, last: last, start: toks[i].start, end: toks[last].end})
			for k := i; k <= last; k++ {
				taken[k] = true
			}
			break
		}
	}
	return out
}

// stateAfter reads a state's abbreviation right after a name the
// gazetteer lacks ("WESTBORO, WI (AP)", "Crutwell, Sask.").
func (p *Parser) stateAfter(text string, toks []token, u unknown, tc *textContext) (mention, bool) {
	if u.last+1 >= len(toks) {
		return mention{}, false
	}
	st, last, end, ok := p.stateAbbrev(text, toks, u.last+1, &mention{end: u.end})
	if !ok {
		return mention{}, false
	}
	tc.states[st.Country+"."+st.Admin1Code] = true
	return mention{first: u.last + 1, last: last, start: toks[u.last+1].start, end: end,
		key: "abbrev " + st.Country + "." + st.Admin1Code, cands: []gazetteer.Place{st}, parent: -1, strong: true, abbrev: true}, true
}

// izafe returns the last token of a compound begun at token i whose
// capitalized words are joined by a hyphened particle ("Shah-e-Mardan",
// "Dasht-i-Margo", "Tehreek-e-Taliban"), or i. French names are built so
// too ("Rivière-au-Renard", "Anse-aux-Gascons"): read whole, they are not
// their first word's town (Rivière, in France). So is an Arabic name whose
// words the article joins ("Maaret al-Numan", "Markaz al-Ziyadiyah"),
// which news spells many ways: read whole it is not a town of its first or
// last word, and a ‘ayn's apostrophe goes on in the word ("al-Nu'man").
func izafe(text string, toks []token, i int) int {
	e := i
	if w := lower(text, toks, i); (arabicFeatures[w] || arabicGenerics[w]) && i+1 < len(toks) && toks[i+1].cap && !toks[i+1].upper &&
		!hyphenedArticles[lower(text, toks, i+1)] && !campAfter(text, toks, i+1) {
		if sep := text[toks[i].end:toks[i+1].start]; sep == " " || sep == "-" {
			e = i + 1
			for e+1 < len(toks) && !toks[e+1].cap && inWord(text[toks[e].end:toks[e+1].start]) && !possessive(text, toks, e+1) {
				e++
			}
		}
	}
	for k := e; k+2 < len(toks) && toks[k].cap; k = e {
		mid := toks[k+1]
		if !toks[k+2].cap || text[mid.end:toks[k+2].start] != "-" {
			break
		}
		w := text[mid.start:mid.end]
		sep := text[toks[k].end:mid.start]
		if mid.cap && !(sep == " " && (w == "Al" || w == "El")) {
			break
		}
		if !(sep == "-" && (w == "e" || w == "i" || w == "ul" || w == "o" || frenchParticles[w]) || sep == " " && hyphenedArticles[strings.ToLower(w)]) {
			break
		}
		e = k + 2
		for e+1 < len(toks) && !toks[e+1].cap && inWord(text[toks[e].end:toks[e+1].start]) && !possessive(text, toks, e+1) {
			e++
		}
	}
	return e
}

// campAfter reports whether a camp's word follows token k, at once or after
// one more word ("Abu Shok camp", "Abu Shok refugee camp"): the name is the
// camp's, which is no place of its own.
func campAfter(text string, toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if w := lower(text, toks, j); w == "camp" || w == "camps" {
			return true
		}
	}
	return false
}

// arabicGenerics begin Arabic names of villages as of persons ("Sheikh
// Bawa", "Um Hinta", "Hilat Hamid"): such a compound is a place only after
// a cue of place.
var arabicGenerics = map[string]bool{
	"sheikh": true, "shaikh": true, "sheik": true, "abu": true, "um": true, "umm": true, "hilat": true, "hillat": true,
	"hellat": true, "markaz": true, "beit": true,
}

// arabicFeatures begin Arabic names of places ("Wadi al-Hidschara",
// "Jabal al-Arba'in", "Tell al-Abyad"): such a compound is a place with no
// other cue.
var arabicFeatures = map[string]bool{
	"wadi": true, "jabal": true, "jebel": true, "tell": true, "tal": true, "ras": true, "bir": true, "deir": true,
	"dayr": true, "ain": true, "kafr": true, "khirbet": true, "qasr": true, "bab": true, "jisr": true, "wad": true,
}

// englishFeatures are Arabic feature words that are English words or
// names too ("Tell Congress …", "Ras Baraka, the mayor"): without a cue of
// place they begin a name only with the article after them ("Ras al-Ain").
var englishFeatures = map[string]bool{"tell": true, "ras": true, "bab": true, "ain": true}

// featureNamed reports whether the compound on tokens i..e is begun by an
// Arabic feature word that makes it a place with no other cue: "Wadi
// al-Hidschara", "Jabal Marra", "Ras al-Ain", not "Tell Assad".
func (p *Parser) featureNamed(text string, toks []token, i, e int) bool {
	w := p.word(text, toks, i)
	if !arabicFeatures[w] {
		return false
	}
	if !englishFeatures[w] {
		return true
	}
	for k := i + 1; k <= e; k++ {
		if hyphenedArticles[p.word(text, toks, k)] {
			return true
		}
	}
	return false
}

// frenchParticles join the words of French place names.
var frenchParticles = map[string]bool{
	"au": true, "aux": true, "du": true, "de": true, "des": true, "la": true, "le": true, "les": true, "sur": true, "sous": true, "en": true, "lès": true,
}

// divisionsAtRegion moves a division the gazetteer lacks ("North Wollo
// and Wag Hemra zones", "Dawunt Woreda") from the town it was placed by
// to that town's first-level division: a zone or a county is no part of
// one town, and the region's point lies nearer most of its zones than a
// town at its edge does (Gondar, for the zones of Amhara).
func (p *Parser) divisionsAtRegion(ms []mention) []mention {
	for i := range ms {
		m := &ms[i]
		if !m.division || len(m.cands) != 1 || m.cands[0].Level() != 5 || m.cands[0].Admin1Code == "" {
			continue
		}
		if r, ok := p.g.Admin1(m.cands[0].Country, m.cands[0].Admin1Code); ok {
			r.ID = 0
			m.cands[0] = r
		}
	}
	return ms
}
