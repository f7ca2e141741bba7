// Package geoparse finds place names in English text and resolves each to a
// gazetteer entry, offline and without a model.
//
// Recognition is gazetteer matching over capitalized word runs (longest
// name first), filtered by capitalization, a list of common English words,
// and context: locative cues ("in", "near", "outside the village of"),
// titles and neighbouring capitalized words that mark a person's or an
// organisation's name. Resolution scores each candidate by its kind of
// place and population, the document's focus (countries and divisions
// already mentioned, demonyms such as "Nigerien"), nearby candidates of
// other names in the text, "Town, Region" pairs and cue words; a direction
// word ("northern Niger") makes the result an area of coarser precision.
package geoparse

import (
	_ "embed"
	"math"
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
	for _, w := range []string{"god", "internet", "mr", "mrs", "ms", "dr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "april", "june", "july", "august", "september", "october", "november", "december", "christmas", "easter", "english", "islam", "islamic", "muslim", "christian", "catholic", "jewish", "arab", "arabic", "ebola", "aids", "hiv", "sars", "covid"} {
		p.common[w] = true
	}
	return p
}

type token struct {
	start, end int
	cap        bool // first letter upper case
	upper      bool // every letter upper case
	letters    int
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
			toks = append(toks, t)
			in = false
		}
		i += n
	}
	if in {
		t.end = len(text)
		toks = append(toks, t)
	}
	return toks
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
		// "St. Louis", "Mt. Kenya", "U.S. Virgin Islands"
		return a.cap && a.letters <= 3 && a.letters > 0
	}
	return false
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
	strong      bool   // recognized with confidence enough to set document focus
	parent      int    // index of a "Town, Region" partner mention, or -1
	namesake    []bool // per candidate: a division named after a town among the candidates
	capital     []bool // per candidate: a national capital beside a division of its name
	feature     bool   // a feature named after the place ("Salinas Valley"): an area near it
	abbrev      bool   // a state's abbreviation after a town ("Tex."): always the town's region
	within      bool   // a name the gazetteer lacks, placed inside its only candidate
	stray       bool   // resolved only abroad, against its context: to be placed like a name the gazetteer lacks
	acronym     bool   // written in capitals, four letters at most ("NSW", "CNN")
	viaAlt      bool   // matched only by alternate names
	drop        bool   // not a place after all
}

const maxCandidates = 40

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
		out = append(out, Toponym{
			Start: m.start, End: m.end, Name: text[m.start:m.end], Place: pl,
			Precision: precision(pl, m), Score: confidence(m), Modifier: m.modifier,
		})
	}
	return out
}

// mentions recognizes and resolves the names of a text.
func (p *Parser) mentions(text string) []mention {
	toks := tokenize(text, make([]token, 0, len(text)/5+1))
	var ms []mention
	focus := map[string]float64{} // country → weight
	tc := &textContext{surnames: p.surnames(text, toks), orgs: p.orgs(text, toks), placed: map[string]bool{}}
	var us []unknown
	lastUnknown := -1
	var buf []byte
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.cap {
			continue
		}
		// "Tyler, Tex.", "Washington, D.C.": a state's abbreviation after
		// a town.
		if n := len(ms); n > 0 && ms[n-1].last < i {
			if st, last, end, ok := p.stateAbbrev(text, toks, i, &ms[n-1]); ok {
				ms = append(ms, mention{first: i, last: last, start: t.start, end: end, key: "abbrev " + st.Country + "." + st.Admin1Code,
					cands: []gazetteer.Place{st}, parent: -1, strong: true, abbrev: true})
				i = last
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
		// Longest gazetteer name starting here.
		// Demonyms ("Nigerien", "Canadian") are not places but say where
		// the text is about.
		lw := strings.ToLower(text[t.start:t.end])
		if c, ok := p.g.DemonymKey(lw); ok && !p.namesCountry(lw, c.Country) {
			if !(i+1 < len(toks) && joinable(text, t, toks[i+1]) && toks[i+1].cap && p.g.HasKey(gazetteer.Fold(text[t.start:toks[i+1].end]))) {
				focus[c.Country] += 0.5
				continue
			}
		}
		best, bestKey := -1, ""
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
			if j > i && !toks[j].cap {
				w := p.word(text, toks, j)
				if sep := text[toks[j-1].end:toks[j].start]; sep != "-" && !nameParticles[w] && !featureWords[w] {
					break
				}
				// "Lake Chad basin" ends with its feature word.
				if !featureWords[w] {
					continue
				}
			}
			// Fold the span as written, so "People's" and "U.S." fold as
			// the gazetteer's names do.
			buf = gazetteer.AppendFold(buf[:0], text[t.start:toks[j].end])
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
		if best < 0 {
			if u, ok := p.unknownAt(text, toks, i, lastUnknown); ok {
				us = append(us, u)
				lastUnknown = u.last
				i = u.last
			}
			continue
		}
		m := mention{first: i, last: best, start: t.start, end: toks[best].end, key: bestKey, parent: -1}
		prevPlace := -2
		if len(ms) > 0 {
			prevPlace = ms[len(ms)-1].last
		}
		if !p.recognize(text, toks, &m, prevPlace, tc) {
			continue
		}
		ms = append(ms, m)
		if m.strong {
			tc.placed[m.key] = true
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
	us = append(us, p.listItems(text, toks, ms, us, tc)...)
	p.resolve(text, ms, focus)
	kept := ms[:0]
	for _, m := range ms {
		if m.drop {
			continue
		}
		if m.stray {
			orig := m
			us = append(us, unknown{first: m.first, last: m.last, start: m.start, end: m.end, orig: &orig})
			continue
		}
		kept = append(kept, m)
	}
	return place(text, kept, us, focus)
}

// surnames finds words the text uses as the second of two capitalized
// words after a title or before "said" ("Secretary Joe Dunn", "Joe Dunn
// said"), where neither word is a place: later, alone, they are people.
func (p *Parser) surnames(text string, toks []token) map[string]bool {
	out := map[string]bool{}
	// "Mr. Kellogg", "Gov. Dukakis": a personal title makes the next word
	// a surname.
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], toks[i]
		if sep := text[a.end:b.start]; b.cap && !b.upper && b.letters >= 2 && (sep == " " || sep == ". ") && personTitles[p.word(text, toks, i-1)] {
			out[p.word(text, toks, i)] = true
		}
	}
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], toks[i]
		// "James C. Kopp": a given name, an initial, a surname.
		if i >= 2 && a.letters == 1 && a.cap && b.cap && !b.upper && text[a.end:b.start] == ". " &&
			text[toks[i-2].end:a.start] == " " && p.given(p.word(text, toks, i-2)) {
			out[p.word(text, toks, i)] = true
			continue
		}
		if !a.cap || !b.cap || a.upper || b.upper || text[a.end:b.start] != " " || a.letters < 2 || b.letters < 2 {
			continue
		}
		aw, bw := p.word(text, toks, i-1), p.word(text, toks, i)
		// "Bill Clinton": a given name that is also a common word, before
		// a word that is no notable place ("Will Paris host" is a question).
		if p.names[aw] && p.common[aw] && !directions[aw] && !generic[aw] && !particles[aw] && !p.common[bw] &&
			!p.g.HasKey(aw+" "+bw) && !p.notable(bw) {
			out[bw] = true
			continue
		}
		if p.common[aw] || p.common[bw] || p.g.HasKey(aw+" "+bw) {
			continue
		}
		if _, d := p.g.DemonymKey(aw); d {
			continue
		}
		prev, next := p.word(text, toks, i-2), p.word(text, toks, i+1)
		person := titles[prev] || next == "said" || next == "says" || next == "told" || next == "who" || next == "added"
		// A first name the gazetteer does not know is a person's too, and
		// so is a given name that is no notable place ("John Clifford",
		// though "Austin Smith" could be a place and a person).
		person = person || !p.g.HasKey(aw) && !sentenceStart(text, a) || p.given(aw)
		if person {
			out[bw] = true
		}
	}
	return out
}

// commonWord reports whether a lower-case word is common English, or the
// plural of one ("marines").
func (p *Parser) commonWord(w string) bool {
	if p.common[w] {
		return true
	}
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return p.common[w[:len(w)-1]]
	}
	return false
}

// given reports whether a lower-case word is a given name and no notable
// place.
func (p *Parser) given(w string) bool {
	return p.names[w] && !p.common[w] && !particles[w] && !p.notable(w)
}

// notable reports whether a folded name is a country, or a division or
// town of 250,000 ("Michael", a sheading of the Isle of Man, and George,
// Western Cape, are not).
func (p *Parser) notable(key string) bool {
	for _, c := range p.g.LookupKey(key) {
		if c.Level() <= 1 || c.Population >= 250_000 {
			return true
		}
	}
	return false
}

// nameParticles may stand in lower case inside a place's name.
var nameParticles = map[string]bool{
	"of": true, "de": true, "la": true, "le": true, "les": true, "du": true, "des": true, "del": true, "della": true,
	"di": true, "da": true, "do": true, "dos": true, "das": true, "es": true, "el": true, "al": true, "am": true,
	"an": true, "im": true, "upon": true, "on": true, "sur": true, "and": true, "the": true, "y": true, "en": true,
	"aan": true, "op": true, "van": true, "von": true, "der": true, "den": true, "bei": true, "kwa": true, "i": true,
	"d": true, "l": true,
}

// particles begin place names ("El Fasher", "Dar es Salaam", "Van
// Buren") as often as they are given names.
var particles = map[string]bool{
	"el": true, "la": true, "le": true, "de": true, "du": true, "da": true, "di": true, "del": true, "der": true,
	"van": true, "von": true, "mac": true, "al": true, "ben": true, "bin": true, "abu": true, "dar": true,
}

// personTitles stand only before a person's name.
var personTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sir": true, "sen": true, "senator": true,
	"gov": true, "governor": true, "rep": true, "gen": true, "col": true, "capt": true, "lt": true, "sgt": true,
	"judge": true, "mayor": true, "rev": true, "president": true, "secretary": true, "minister": true,
}

// orgWords after a name make it an organisation's ("Kellogg Co.",
// "Washington Post", "Columbia Pictures").
var orgWords = map[string]bool{
	"co": true, "corp": true, "inc": true, "ltd": true, "plc": true, "llc": true, "company": true, "corporation": true,
	"group": true, "pictures": true, "airlines": true, "airways": true, "aircraft": true, "electronics": true,
	"industries": true, "holdings": true, "bancorp": true, "motors": true, "securities": true, "partners": true,
	"times": true, "post": true, "tribune": true, "herald": true, "journal": true, "gazette": true, "chronicle": true,
	"inquirer": true, "globe": true, "telegraph": true, "observer": true, "bulletin": true, "courier": true,
	"examiner": true, "register": true,
}

// streetWords after a name make it a street's: "Jackson Avenue",
// "Washington St.".
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true, "boulevard": true, "blvd": true,
	"drive": true, "lane": true, "ln": true, "highway": true, "hwy": true, "parkway": true, "pkwy": true, "pike": true,
	"turnpike": true, "expressway": true, "freeway": true,
}

// orgs finds names the text uses for organisations: every run of up to
// three capitalized words before an organisation word, folded.
func (p *Parser) orgs(text string, toks []token) map[string]bool {
	out := map[string]bool{}
	for k := 1; k < len(toks); k++ {
		if !toks[k].cap || !orgWords[p.word(text, toks, k)] || !joinable(text, toks[k-1], toks[k]) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if !toks[j].cap || j < k-1 && !joinable(text, toks[j], toks[j+1]) {
				break
			}
			out[gazetteer.Fold(text[toks[j].start:toks[k-1].end])] = true
		}
	}
	return out
}

var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true, "professor": true, "sir": true, "lord": true, "lady": true,
	"president": true, "senator": true, "sen": true, "gov": true, "governor": true, "rep": true, "representative": true, "secretary": true,
	"minister": true, "general": true, "gen": true, "col": true, "colonel": true, "captain": true, "capt": true, "lt": true, "sgt": true,
	"sergeant": true, "major": true, "maj": true, "king": true, "queen": true, "prince": true, "princess": true, "pope": true, "saint": true,
	"judge": true, "justice": true, "mayor": true, "chief": true, "officer": true, "spokesman": true, "spokeswoman": true, "director": true,
	"reverend": true, "rev": true, "father": true, "brother": true, "sister": true, "deputy": true, "commander": true, "admiral": true,
	"pastor": true, "imam": true, "sheikh": true, "emir": true, "chairman": true, "professor's": true,
}

var cues = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "from": true, "to": true, "across": true, "into": true, "throughout": true,
	"around": true, "of": true, "towards": true, "toward": true, "via": true, "between": true, "and": true, "within": true, "inside": true,
	"across the": true,
}

var directions = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true,
}

var adminWords = map[string]bool{
	"state": true, "province": true, "region": true, "county": true, "district": true, "governorate": true,
	"department": true, "prefecture": true, "oblast": true, "municipality": true, "parish": true, "division": true,
}

// fillers may stand between a cue and the name: "outside the small
// village of".
var fillers = map[string]bool{"the": true, "a": true, "of": true, "small": true, "remote": true, "border": true, "nearby": true}

var diseaseWords = map[string]bool{
	"virus": true, "viruses": true, "fever": true, "disease": true, "flu": true, "influenza": true, "ebolavirus": true,
	"strain": true, "encephalitis": true, "syndrome": true, "bacteria": true, "bacterium": true,
}

// generic words are never a place alone, whatever a gazetteer says.
var generic = map[string]bool{
	"centre": true, "center": true, "federal": true, "capital": true, "national": true, "free": true, "union": true,
	"upper": true, "lower": true, "middle": true, "republic": true, "congress": true, "senate": true, "parliament": true, "greater": true, "metropolitan": true, "coast": true, "city": true,
	"island": true, "islands": true, "river": true, "lake": true, "mount": true, "valley": true, "bay": true,
}

// countryAliases are names news still uses for a country that the
// gazetteer lacks or gives only to another place: former names ("Zaire",
// "Burma" is known), short forms ("Bosnia"), and "Congo", which the
// gazetteer keeps for the Republic alone though news as often means the
// larger Democratic Republic; context then decides.
var countryAliases = map[string]string{
	"zaire": "CD", "congo": "CD", "ceylon": "LK", "rhodesia": "ZW", "siam": "TH", "persia": "IR",
	"dahomey": "BJ", "upper volta": "BF", "kampuchea": "KH", "bosnia": "BA", "east pakistan": "BD",
}

// featureWords after a place's name make the name a natural feature's.
var featureWords = map[string]bool{
	"valley": true, "sea": true, "canal": true, "delta": true, "mountains": true, "hills": true, "bay": true, "gulf": true,
	"strait": true, "peninsula": true, "desert": true, "basin": true, "plateau": true, "river": true, "lake": true,
	"island": true, "islands": true, "coast": true, "highlands": true, "plains": true, "range": true, "falls": true,
	"harbour": true, "harbor": true, "creek": true,
}

var townWords = map[string]bool{"village": true, "town": true, "city": true, "hamlet": true, "settlement": true, "capital": true, "port": true, "commune": true, "community": true}

// elided reads the first of two names that share their last words,
// "North" in "North and South Carolina", as North Carolina.
func (p *Parser) elided(text string, toks []token, i int) (mention, bool) {
	if i+3 >= len(toks) || text[toks[i].end:toks[i+1].start] != " " || p.word(text, toks, i+1) != "and" ||
		!toks[i+2].cap || !joinable(text, toks[i+2], toks[i+3]) || !toks[i+3].cap {
		return mention{}, false
	}
	first := p.word(text, toks, i)
	if !directions[first] && first != "central" && first != "upper" && first != "lower" {
		return mention{}, false
	}
	// The second name, as long as the gazetteer knows it.
	for j := min(len(toks)-1, i+1+p.maxN); j >= i+3; j-- {
		if !toks[j].cap || !joinable(text, toks[j-1], toks[j]) {
			continue
		}
		if !p.g.HasKey(gazetteer.Fold(text[toks[i+2].start:toks[j].end])) {
			continue
		}
		key := gazetteer.Fold(first + " " + text[toks[i+3].start:toks[j].end])
		cands := p.g.LookupKey(key)
		if len(cands) == 0 {
			return mention{}, false
		}
		if len(cands) > maxCandidates {
			cands = cands[:maxCandidates]
		}
		return mention{first: i, last: i, start: toks[i].start, end: toks[i].end, key: key, cands: cands, parent: -1, strong: true}, true
	}
	return mention{}, false
}

// pluralAdmin maps plural division words to the singular.
var pluralAdmin = map[string]string{
	"counties": "county", "provinces": "province", "states": "state", "districts": "district", "regions": "region",
	"parishes": "parish", "governorates": "governorate", "prefectures": "prefecture", "departments": "department",
	"oblasts": "oblast", "municipalities": "municipality",
}

// pluralAhead returns the singular of a plural division word that ends a
// list of capitalized names begun by the name ending at token last
// ("Fulton and DeKalb counties"), or "".
func (p *Parser) pluralAhead(text string, toks []token, last int) string {
	for k := last + 1; k < len(toks) && k <= last+8; k++ {
		if sep := text[toks[k-1].end:toks[k].start]; sep != " " && sep != ", " && sep != "-" {
			return ""
		}
		w := p.word(text, toks, k)
		if one, ok := pluralAdmin[w]; ok {
			return one
		}
		if w != "and" && w != "or" && !toks[k].cap {
			return ""
		}
	}
	return ""
}

func hasID(ps []gazetteer.Place, id int) bool {
	for _, p := range ps {
		if p.ID == id {
			return true
		}
	}
	return false
}

// orgAfter reports whether token i is followed by a capitalized word, or
// by "of" and a capitalized word that is no place, so that it begins an
// organisation's name ("State University", "Department of Health"), not
// "Akita Prefecture of northern Japan".
func (p *Parser) orgAfter(text string, toks []token, i int) bool {
	if i+1 >= len(toks) || !joinable(text, toks[i], toks[i+1]) {
		return false
	}
	if toks[i+1].cap {
		return true
	}
	if text[toks[i+1].start:toks[i+1].end] != "of" || i+2 >= len(toks) || !joinable(text, toks[i+1], toks[i+2]) {
		return false
	}
	return toks[i+2].cap && !p.g.HasKey(p.word(text, toks, i+2))
}

func (p *Parser) word(text string, toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return strings.ToLower(text[toks[i].start:toks[i].end])
}

// recognize decides whether a gazetteer match is a toponym here, and fills
// the context the resolver uses.
// prevPlace is the index of the last token of the previous accepted
// toponym, so that "Dallas Texas" is two places, not a person.
// textContext is what recognition learns about a whole text.
type textContext struct {
	surnames map[string]bool // words used as people's surnames
	orgs     map[string]bool // folded names used for organisations
	// placed holds the names already read as places with confidence:
	// one name, one reading per text ("near Fort Hood ... Fort Hood
	// said").
	placed map[string]bool
}

func (p *Parser) recognize(text string, toks []token, m *mention, prevPlace int, tc *textContext) bool {
	surnames, placed := tc.surnames, tc.placed
	cands := p.g.LookupKey(m.key)
	if len(cands) > maxCandidates {
		cands = cands[:maxCandidates]
	}
	if code := countryAliases[m.key]; code != "" {
		if c, ok := p.g.Country(code); ok && !hasID(cands, c.ID) {
			cands = append([]gazetteer.Place{c}, cands...)
		}
	}
	m.cands = cands
	top := cands[0]
	major := false // a place big enough to be named in passing
	for _, c := range cands {
		if c.Level() <= 1 || c.Population >= 1_000_000 {
			major = true
			break
		}
	}
	words := m.last - m.first + 1
	first := toks[m.first]
	sInit := sentenceStart(text, first)

	// Abbreviations: U.S., UK and NSW are names, but most short capitals
	// are not (WHO, FAO): only country and division aliases count.
	if words == 1 && first.upper && first.letters <= 4 && top.Level() > 2 {
		return false
	}
	// A direction or a generic word alone is not a place ("West", "Central").
	if words == 1 && (directions[p.word(text, toks, m.first)] || generic[p.word(text, toks, m.first)]) {
		return false
	}
	// A small place known only by an alternate name ("Franklin" for a
	// town in GeoNames' list of other names) needs a locative cue.
	viaAlt := true
	for _, c := range cands {
		if gazetteer.Fold(c.Name) == m.key || gazetteer.Fold(c.ASCIIName) == m.key {
			viaAlt = false
			break
		}
	}
	// "U.S." keeps its final period.
	if toks[m.last].letters == 1 && m.end < len(text) && text[m.end] == '.' && words > 1 {
		m.end++
	}

	// "O'Leary", "D'Iberville": the gazetteer may know the name without
	// its Irish or French prefix, but the prefix is part of it.
	if k := m.first - 1; k >= 0 && toks[k].letters == 1 && toks[k].cap && (text[toks[k].end:first.start] == "'" || text[toks[k].end:first.start] == "’") {
		m.first, m.start = k, toks[k].start
	}
	prev := p.word(text, toks, m.first-1)
	prev2 := p.word(text, toks, m.first-2)
	next := p.word(text, toks, m.last+1)
	prevJoined := m.first > 0 && joinable(text, toks[m.first-1], first)
	nextJoined := m.last+1 < len(toks) && joinable(text, toks[m.last], toks[m.last+1])

	// Cues before the name.
	if prevJoined && directions[prev] {
		m.modifier = prev
		// "North Dallas", "West Midlands", "Northern Europe": written
		// capitalized inside a sentence, the direction is part of the
		// name.
		if d := toks[m.first-1]; d.cap && !sentenceStart(text, d) {
			m.start = d.start
		}
	}
	lead := prev
	if m.modifier != "" {
		lead = prev2
	}
	if lead == "the" && m.modifier == "" {
		lead = prev2
	}
	locative := cues[lead]
	// "near", "outside the village of": a place near the named one.
	for k := m.first - 1; k >= 0 && k >= m.first-5; k-- {
		w := p.word(text, toks, k)
		if w == "near" || w == "outside" || w == "around" || w == "nearby" {
			m.cueNear = true
			break
		}
		if !fillers[w] && !townWords[w] && w != m.modifier {
			break
		}
	}
	if lead == "of" {
		w := p.word(text, toks, m.first-2)
		if m.modifier != "" || prev == "the" {
			w = p.word(text, toks, m.first-3)
		}
		switch {
		case adminWords[w]:
			m.wantAdmin = true
		case townWords[w]:
			m.wantTown = true
		}
	}
	// A division word after the name: "Diffa region", "Niger State".
	// Only a capitalized one is part of the name, as news corpora
	// annotate it: "Henan province" is Henan, and "California State
	// University" or "Illinois Department of Health" names an
	// organisation.
	// "Fulton and DeKalb counties": a plural division word after a list
	// makes each name a division.
	adm := ""
	if nextJoined && adminWords[next] {
		adm = next
	} else {
		adm = p.pluralAhead(text, toks, m.last)
	}
	if adm != "" {
		// The gazetteer may know the division only with its word
		// ("Fulton County"), which a lower-case or plural word hides.
		for _, c := range p.g.LookupKey(m.key + " " + adm) {
			if (c.Level() == 2 || c.Level() == 3) && !hasID(cands, c.ID) {
				cands = append(cands, c)
			}
		}
		m.cands = cands
		for _, c := range cands {
			if c.FeatureCode == "ADM1" || c.FeatureCode == "ADM2" {
				m.wantAdmin = true
				if nextJoined && adminWords[next] && toks[m.last+1].cap && !p.orgAfter(text, toks, m.last+1) {
					m.end = toks[m.last+1].end
				}
				break
			}
		}
	}

	// A natural feature named after the place: "Salinas Valley", "Panama
	// Canal", "Lake Erie". The gazetteer lacks most features, so the
	// place stands for it, as an area.
	if nextJoined && toks[m.last+1].cap && featureWords[next] && m.end == toks[m.last].end {
		m.end = toks[m.last+1].end
		m.feature = true
	}
	if prevJoined && toks[m.first-1].cap && (prev == "lake" || prev == "mount" || prev == "mt") && m.start == first.start {
		m.start = toks[m.first-1].start
		m.feature = true
	}

	// Letters of an abbreviation ("U.N.", "E.U.") and very short words
	// ("Lu", "Sur") name a place only when it is a country or division.
	abbrev := true
	for k := m.first; k <= m.last; k++ {
		abbrev = abbrev && toks[k].letters == 1
	}
	if (abbrev || words == 1 && first.letters <= 3) && top.Level() > 2 {
		// "the city of Van": a cue names a real town.
		if abbrev || !(m.wantTown || locative && top.Population >= 100_000 && !first.upper) {
			return false
		}
	}
	// Diseases and organisms named after places: "West Nile virus",
	// "Marburg virus", "Reston ebolavirus", "Spanish flu".
	if nextJoined && diseaseWords[next] && top.Level() > 1 {
		return false
	}
	// Common English words ("March", "Police", "Bath") are places only
	// when the place is big and the context says so.
	allCommon := true
	for k := m.first; k <= m.last; k++ {
		if !p.commonWord(p.word(text, toks, k)) {
			allCommon = false
			break
		}
	}
	// "Are" for Arequipa, "Marines": a common word that names the place
	// only as an alternate name or code needs a cue.
	if allCommon && viaAlt && !locative {
		return false
	}
	if allCommon {
		ok := major && (!sInit || words > 1) && top.Level() <= 2
		ok = ok || locative && major
		// "Little Rock", "Long Beach": several common words make a name
		// when they name a real town.
		ok = ok || words > 1 && (top.Population >= 50_000 || top.Level() <= 2 || locative)
		if !ok {
			return false
		}
	}

	// Titles and names: "President Obama", "Secretary Francisco Duque".
	if prevJoined && (titles[prev] || titles[strings.TrimSuffix(prev, ".")]) && !major {
		return false
	}
	_, prevDemonym := p.g.DemonymKey(prev)
	prevCap := prevJoined && m.first-1 != prevPlace && toks[m.first-1].cap && !toks[m.first-1].upper && !sentenceStart(text, toks[m.first-1]) &&
		!directions[prev] && !p.common[prev] && !prevDemonym
	nextCap := nextJoined && toks[m.last+1].cap && !p.common[next] && !adminWords[next] && !featureWords[next] && !possessive(text, toks, m.last+1)
	if (prevCap || nextCap) && !major {
		return false
	}
	// "Anthony Bol", "Michael Jordan", "George Washington": after a given
	// name, even a country's or a division's name is a surname.
	if m.first > 0 && toks[m.first-1].cap && text[toks[m.first-1].end:first.start] == " " && m.first-1 != prevPlace &&
		words == 1 && top.Level() >= 1 && p.given(prev) {
		return false
	}
	// "Johnson said": a person.
	if (next == "said" || next == "says" || next == "told") && top.Level() > 2 && !locative && !placed[m.key] {
		return false
	}
	// A single unknown-case word at the start of a sentence needs a reason.
	if sInit && words == 1 && top.Level() > 2 && top.Population < 100_000 && !locative && !first.upper && !placed[m.key] {
		if p.common[p.word(text, toks, m.first)] {
			return false
		}
	}
	// "Sam" for Samara Oblast: a short word that is only another name or
	// a code of the place is rarely meant for it.
	if viaAlt && words == 1 && first.letters <= 3 && !first.upper && !locative {
		return false
	}
	// A city of 100,000 is known by its other names too ("Acapulco" for
	// Acapulco de Juárez).
	if viaAlt && words == 1 && !major && top.Level() > 2 && !locative && !placed[m.key] && top.Population < 100_000 {
		return false
	}
	// A given name alone ("Lisa said") is a person's, unless a cue, a
	// list of places ("Parkes, Berry and Wyong") or a feature word ("Lake
	// Erie") says otherwise, or the place is notable.
	if words == 1 && !major && !locative && !placed[m.key] && !m.feature && m.first-1 != prevPlace && p.given(m.key) {
		return false
	}
	// "Washington Post", "Kellogg Co.": an organisation here, whatever
	// the place; and elsewhere in the text a small place's name used for
	// one is the organisation's ("Kellogg is suspending work").
	if nextJoined && toks[m.last+1].cap && (orgWords[next] || streetWords[next]) {
		return false
	}
	if tc.orgs[m.key] && !major && !locative && !placed[m.key] {
		return false
	}
	// "Manuel Gonzalez": a given name and a surname that a hamlet is also
	// called.
	if words > 1 && top.Level() == 5 && !major && !locative && !placed[m.key] && p.given(p.word(text, toks, m.first)) {
		return false
	}
	// A word the text has used as a surname ("Joe Dunn ... Dunn said").
	if words == 1 && !major && surnames[m.key] {
		return false
	}
	m.strong = major || locative || words > 1
	m.acronym = words == 1 && first.upper && first.letters <= 4
	m.viaAlt = viaAlt
	return true
}

// resolve picks a candidate for every mention.
func (p *Parser) resolve(text string, ms []mention, focus map[string]float64) {
	// "Town, Region" and "Town, Country": the pair fixes both.
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		sep := text[a.end:b.start]
		if sep != ", " && sep != "," && sep != " in " {
			continue
		}
		// "Canada, Mexico": a list of countries, not a town and its
		// country.
		if a.cands[0].Level() <= 1 {
			continue
		}
		if !b.abbrev && peers(a, b) {
			continue
		}
		for _, c := range a.cands {
			for _, d := range b.cands {
				if d.Level() >= 1 && d.Level() <= 3 && c.Level() > d.Level() && inside(d, c) {
					a.parent = i + 1
					break
				}
			}
			if a.parent >= 0 {
				break
			}
		}
	}
	// A division named after its seat ("Niamey" the capital district)
	// is rarely what a bare name means: the town is. So with a city of a
	// million inside the division, whatever the city's full name ("New
	// York" for New York City), and with a division the name only
	// shortens ("Moscow" for Moscow Oblast, "Kano" for Kano State) beside
	// a city of that very name.
	for i := range ms {
		m := &ms[i]
		m.namesake = make([]bool, len(m.cands))
		for j, c := range m.cands {
			if c.Level() != 2 && c.Level() != 3 {
				continue
			}
			short := gazetteer.Fold(c.Name) != m.key
			for _, t := range m.cands {
				if t.FeatureClass != "P" {
					continue
				}
				same := gazetteer.Fold(t.Name) == m.key
				seat := t.FeatureCode == "PPLA" || t.FeatureCode == "PPLC"
				if contains(c, t) && (same && t.Population >= 1000 || t.Population >= 1_000_000 || seat && t.Population >= 50_000) ||
					short && same && t.Population >= 100_000 {
					m.namesake[j] = true
					break
				}
			}
		}
	}
	// A national capital that shares its name with a division elsewhere
	// in its country is what news means by the bare name: "Washington"
	// is the government's city, not the state, unless a division word or
	// other states say so.
	for i := range ms {
		m := &ms[i]
		m.capital = make([]bool, len(m.cands))
		for j, c := range m.cands {
			if c.FeatureCode != "PPLC" || gazetteer.Fold(c.Name) != m.key {
				continue
			}
			for _, d := range m.cands {
				if d.Level() == 2 && d.Country == c.Country && !contains(d, c) {
					m.capital[j] = true
					break
				}
			}
		}
	}
	// First pass: context-free choice, to learn the document's focus.
	for i := range ms {
		m := &ms[i]
		m.scores = make([]float64, len(m.cands))
		for j := range m.cands {
			m.scores[j] = p.base(m, j)
		}
		m.pick = argmax(m.scores)
	}
	admin1 := map[string]float64{}
	// own is what each name added to the focus: a name is judged by the
	// rest of the text, lest its first guess confirm itself ("Gaza", a
	// clear province of Mozambique alone, must not outvote "Gaza Strip"
	// and "Israel").
	type share struct {
		country, admin1 string
		w               float64
	}
	own := map[string]share{}
	for _, m := range ms {
		// Each name counts once, and only what is sure feeds the focus: a
		// guess repeated ten times would confirm itself.
		if _, ok := own[m.key]; ok {
			continue
		}
		c := m.cands[m.pick]
		sh := share{}
		switch {
		case c.IsCountry() && !rivalDivision(m.cands):
			sh = share{country: c.Country, w: 1}
		case len(m.cands) == 1 && c.Country != "":
			sh = share{c.Country, c.Country + "." + c.Admin1Code, 0.5}
		case c.Level() == 2 && m.scores[m.pick]-second(m.scores) > 3:
			// A clear first-level division ("Texas", "Queensland").
			sh = share{c.Country, c.Country + "." + c.Admin1Code, 0.75}
		case c.Country != "" && oneCountry(m.cands):
			// "Brazzaville", the city or its district: either way the
			// Congo. "Atlanta", clearly the Georgian city, says Georgia
			// too.
			sh = share{country: c.Country, w: 0.5}
			if c.Level() >= 3 && m.scores[m.pick]-second(m.scores) > 2 {
				sh.admin1 = c.Country + "." + c.Admin1Code
			}
		}
		own[m.key] = sh
		if sh.w > 0 {
			focus[sh.country] += sh.w
			if sh.admin1 != "" {
				admin1[sh.admin1] += sh.w
			}
		}
	}
	total := 0.0
	for _, w := range focus {
		total += w
	}
	totalA := 0.0
	for _, w := range admin1 {
		totalA += w
	}
	first := make([]gazetteer.Place, len(ms))
	for i, m := range ms {
		first[i] = m.cands[m.pick]
	}
	// Sibling divisions: the first-level divisions of each country the
	// first pass found, each name once.
	siblings := map[string]map[string]bool{} // country → folded names
	for i, m := range ms {
		if c := first[i]; c.Level() == 2 && c.Country != "" {
			if siblings[c.Country] == nil {
				siblings[c.Country] = map[string]bool{}
			}
			siblings[c.Country][m.key] = true
		}
	}
	// Second-level divisions the first pass found: a town in a county
	// the text names is that county's ("Floyd County ... Rome").
	counties := map[string]string{} // country.admin1.admin2 → folded name
	for i, m := range ms {
		if c := first[i]; c.Level() == 3 && c.Admin2Code != "" {
			counties[c.Country+"."+c.Admin1Code+"."+c.Admin2Code] = m.key
		}
	}
	// Second pass: focus, neighbours and pairs.
	for i := range ms {
		m := &ms[i]
		if len(m.cands) == 1 {
			continue
		}
		for j, c := range m.cands {
			s := p.base(m, j)
			// A text that names other states or provinces of a country
			// means that country's division: "Georgia" beside "Alabama"
			// and "Iowa" is the US state, not the Caucasian country.
			if c.Level() == 2 {
				n := len(siblings[c.Country])
				if siblings[c.Country][m.key] {
					n--
				}
				s += math.Min(float64(n), 3)
			}
			sh := own[m.key]
			f, tot := focus[c.Country], total-sh.w
			if sh.country == c.Country {
				f -= sh.w
			}
			if tot > 0 && c.Country != "" {
				// A country's share alone says little about which of its
				// hamlets is meant: "Paris" in a text on Chicago and
				// Boston is no village of 8,000 in Illinois.
				scale := 1.0
				if c.Level() == 5 && c.Population < 100_000 && worldCityAbroad(m.cands, c.Country) {
					scale = 0.5
				}
				s += 5 * f / tot * scale
				if f > 0 {
					s += 1
				} else if tot >= 2 && c.Level() >= 2 && c.Population < 1_000_000 {
					// A division or town of a country the text never
					// mentions, when it mentions others.
					s -= 2
				}
			}
			// Towns listed together lie together: "Rome and Cartersville",
			// "Lebanon, Hershey and Harrisburg".
			if c.Level() == 5 {
				bonus := 0.0
				for _, k := range [2]int{i - 1, i + 1} {
					if k < 0 || k >= len(ms) || !listed(text, ms, min(i, k)) || ms[k].key == m.key {
						continue
					}
					o := first[k]
					switch {
					case o.Level() == 5 && o.Country == c.Country && o.Admin1Code == c.Admin1Code:
						bonus = max(bonus, 3)
					case o.Level() == 5 && o.Country == c.Country:
						bonus = max(bonus, 1.5)
					}
				}
				s += bonus
			}
			// A country listed among towns of another country where it
			// also names a town: "Lebanon" beside Hershey and Harrisburg.
			if c.Level() == 1 {
				for _, k := range [2]int{i - 1, i + 1} {
					if k < 0 || k >= len(ms) || !listed(text, ms, min(i, k)) || ms[k].key == m.key {
						continue
					}
					if o := first[k]; o.Level() == 5 && o.Country != c.Country && hasTownIn(m.cands, o.Country) {
						s -= 4
						break
					}
				}
			}
			// Items of one list are of one kind: "New Jersey and New
			// York" are states, "Georgia and Armenia" countries.
			if lv := c.Level(); lv == 1 || lv == 2 {
				for _, k := range [2]int{i - 1, i + 1} {
					if k >= 0 && k < len(ms) && listed(text, ms, min(i, k)) && ms[k].key != m.key &&
						first[k].Level() == lv && (lv == 1 || first[k].Country == c.Country) {
						s += 2
						break
					}
				}
			}
			a1 := c.Country + "." + c.Admin1Code
			fa, totA := admin1[a1], totalA
			if sh.admin1 != "" {
				totA -= sh.w
				if sh.admin1 == a1 {
					fa -= sh.w
				}
			}
			if totA > 0 && c.Level() >= 3 {
				s += 2 * fa / totA
			}
			// A division holding towns the text names clearly ("Georgia"
			// beside "Atlanta").
			if totA > 0 && c.Level() == 2 && fa > 0 {
				s += 2
			}
			if c.Level() >= 4 && c.Admin2Code != "" {
				if k, ok := counties[c.Country+"."+c.Admin1Code+"."+c.Admin2Code]; ok && k != m.key {
					s += 3
				}
			}
			// Neighbours: other names resolved near this candidate.
			// Only names within a window count: neighbours are local, and
			// a book-length text must stay linear.
			near := 0.0
			for k := max(0, i-neighbourWindow); k < min(len(ms), i+neighbourWindow+1); k++ {
				o := first[k]
				if k == i || o.Level() <= 1 || ms[k].key == m.key {
					continue
				}
				// 300 km is 2.7° of latitude: farther, no trigonometry.
				if math.Abs(c.Lat-o.Lat) > 2.8 {
					continue
				}
				if d := gazetteer.Distance(c.Lat, c.Lon, o.Lat, o.Lon); d < 300 {
					near += 1 - d/300
				}
			}
			s += math.Min(near, 3)
			if m.parent >= 0 {
				for _, d := range ms[m.parent].cands {
					if inside(d, c) {
						s += 10
						break
					}
				}
			}
			m.scores[j] = s
		}
		m.pick = argmax(m.scores)
	}
	// One sense per text: every mention of a name takes the candidate
	// with the best total score over all of them, so that "Santa Ana,
	// California" settles the later bare "Santa Ana".
	byKey := map[string][]int{}
	for i := range ms {
		byKey[ms[i].key] = append(byKey[ms[i].key], i)
	}
	for _, group := range byKey {
		if len(group) < 2 {
			continue
		}
		total := make([]float64, len(ms[group[0]].cands))
		for _, i := range group {
			for j, sc := range ms[i].scores {
				total[j] += sc
			}
		}
		best := argmax(total)
		for _, i := range group {
			ms[i].pick = best
		}
	}
	// The region half of a pair follows its town.
	for i := range ms {
		m := &ms[i]
		if m.parent < 0 {
			continue
		}
		c := m.cands[m.pick]
		b := &ms[m.parent]
		for j, d := range b.cands {
			if inside(d, c) {
				b.pick = j
				break
			}
		}
	}
	// A town the gazetteer knows only abroad: "Bradford, Ontario" when
	// only the English Bradford is known, or "the community of O'Leary"
	// read as a hamlet in a country the text never names. The right
	// place is missing; the name is placed inside its region instead,
	// every mention of it alike.
	stray := map[string]bool{}
	// How much of the focus its main country holds: a text about one
	// country is where a stray stands out.
	topShare := 0.0
	for _, w := range focus {
		if total > 0 {
			topShare = max(topShare, w/total)
		}
	}
	for i := range ms {
		m := &ms[i]
		c := m.cands[m.pick]
		f := focus[c.Country]
		if sh := own[m.key]; sh.country == c.Country {
			f -= sh.w
		}
		// "CNN" is a division's code (Cunene), "NSW" another's: a
		// division's capitals count only where the text is about its
		// country.
		if m.acronym && c.Level() == 2 && f <= 0 {
			m.drop = true
		}
		// A region across borders ("Kashmir") has no country to stray
		// from.
		if c.Level() < 3 || m.abbrev || c.Country == "" {
			continue
		}
		// An item of a list ("the Zaire, Bundibugyo, Côte d'Ivoire and
		// Sudan strains") names each place on its own.
		inList := i > 0 && listed(text, ms, i-1) || i+2 < len(ms) && listed(text, ms, i+1)
		if i+1 < len(ms) && m.parent < 0 && !inList {
			b := ms[i+1]
			d := b.cands[b.pick]
			if sep := text[m.end:b.start]; (sep == ", " || sep == " in ") && b.strong && (d.Level() == 1 || d.Level() == 2) &&
				d.Country != "" && !contains(d, c) && !peers(m, &b) {
				stray[m.key] = true
			}
		}
		if (m.wantTown || m.wantAdmin) && total-own[m.key].w >= 2 && f <= 0 {
			stray[m.key] = true
		}
		// A small town abroad, in a country the text never names, when
		// the text names others: "Mann" in a report on the Central
		// African Republic is no hamlet on the Isle of Man.
		if c.Level() == 5 && (c.Population < 100_000 || m.viaAlt) && total-own[m.key].w >= 1 && f <= 0 && !inList && topShare >= 0.5 {
			stray[m.key] = true
		}
	}
	for i := range ms {
		ms[i].stray = stray[ms[i].key]
	}
}

// hasTownIn reports whether a populated place of a country is among the
// candidates.
func hasTownIn(cands []gazetteer.Place, country string) bool {
	for _, d := range cands {
		if d.Level() == 5 && d.Country == country {
			return true
		}
	}
	return false
}

// worldCityAbroad reports whether a city of a million outside a country
// is among the candidates.
func worldCityAbroad(cands []gazetteer.Place, country string) bool {
	for _, d := range cands {
		if d.Level() == 5 && d.Population >= 1_000_000 && d.Country != country {
			return true
		}
	}
	return false
}

// oneCountry reports whether every candidate lies in one country.
func oneCountry(cands []gazetteer.Place) bool {
	for _, c := range cands[1:] {
		if c.Country != cands[0].Country {
			return false
		}
	}
	return true
}

// listed reports whether mentions k and k+1 are items of one list:
// "Niger, Mali and Chad".
func listed(text string, ms []mention, k int) bool {
	switch text[ms[k].end:ms[k+1].start] {
	case ", ", " and ", ", and ", " or ", ", or ", " & ", "/":
		return true
	}
	return false
}

// peers reports whether two names joined by a comma are items of one
// list rather than a place and its region: "Georgia, Oklahoma,
// Pennsylvania" names states, though a hamlet called Oklahoma lies in
// Pennsylvania. The first name is read as a division or country, and none
// of its divisions lies in the second.
func peers(a, b *mention) bool {
	if a.cands[0].Level() > 2 {
		return false
	}
	for _, c := range a.cands {
		if c.Level() > 2 {
			continue
		}
		for _, d := range b.cands {
			if contains(d, c) {
				return false
			}
		}
	}
	return true
}

// base is a candidate's score from the name and its own context alone.
func (p *Parser) base(m *mention, j int) float64 {
	c := m.cands[j]
	s := gazetteer.Prior(c)
	lv := c.Level()
	if m.namesake[j] && !m.wantAdmin {
		s -= 6
	}
	if m.capital[j] && !m.wantAdmin {
		s += 6
	}
	if m.wantAdmin {
		if c.FeatureCode == "ADM1" || c.FeatureCode == "ADM2" {
			s += 8
		} else {
			s -= 4
		}
	}
	if m.wantTown {
		if lv == 5 {
			s += 8
		} else {
			s -= 4
		}
	}
	// A city of a million is known abroad: "Toronto" in an American
	// text is still Toronto, Ontario, not a namesake at home.
	if lv == 5 && c.Population >= 1_000_000 && !oneCountry(m.cands) {
		s += 2
	}
	// Rivers, mountains and other features are rarely what a bare name
	// means when a populated place or division shares it.
	if lv == 4 && c.FeatureClass != "L" {
		s -= 1
	}
	return s
}

// inside is contains for "Town, Region" pairs, lenient where division
// codes drift: a town within 75 km of a second-level division's point
// counts as in it ("Santa Maria, Davao del Sur", since moved to Davao
// Occidental).
func inside(d, c gazetteer.Place) bool {
	if contains(d, c) {
		return true
	}
	return d.Level() == 3 && c.Level() > 3 && c.Country == d.Country && gazetteer.Distance(c.Lat, c.Lon, d.Lat, d.Lon) < 75
}

// contains reports whether division or country d holds place c.
func contains(d, c gazetteer.Place) bool {
	if d.Country == "" || d.Country != c.Country || d.ID == c.ID {
		return false
	}
	switch d.Level() {
	case 1:
		return true
	case 2:
		return c.Admin1Code == d.Admin1Code
	case 3:
		return c.Admin1Code == d.Admin1Code && c.Admin2Code == d.Admin2Code
	}
	return false
}

func argmax(xs []float64) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}

// rivalDivision reports whether a name is also a country or first-level
// division in another country ("Georgia"), so that a first guess cannot be
// trusted. A territory that is also its country's division ("Gaza Strip")
// has no rival.
func rivalDivision(cands []gazetteer.Place) bool {
	country := ""
	for _, c := range cands {
		if c.Level() != 1 && c.Level() != 2 {
			continue
		}
		if country == "" {
			country = c.Country
		} else if c.Country != country {
			return true
		}
	}
	return false
}

// second is the runner-up score, or -Inf.
func second(xs []float64) float64 {
	a, b := math.Inf(-1), math.Inf(-1)
	for _, x := range xs {
		if x > a {
			a, b = x, a
		} else if x > b {
			b = x
		}
	}
	return b
}

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
