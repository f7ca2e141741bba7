package geoparse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/relit"
)

// Recognition: which gazetteer matches are place names here, from the
// words around them and what the text says elsewhere about people and
// organisations.

// surnames finds words the text uses as the second of two capitalized
// words after a title or before "said" ("Secretary Joe Dunn", "Joe Dunn
// said"), where neither word is a place: later, alone, they are people.
func (p *Parser) surnames(text string, toks []token) map[string]bool {
	out := map[string]bool{}
	// Both spellings: the word as written and folded as names are looked
	// up ("García" is the key "garcia"; it was missed so, and "García's
	// killing" read as García, Nuevo León).
	add := func(w string) {
		out[w] = true
		out[gazetteer.Fold(w)] = true
	}
	// "Mr. Kellogg", "Gov. Dukakis": a personal title makes the next word
	// a surname.
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], toks[i]
		if sep := text[a.end:b.start]; b.cap && !b.upper && b.letters >= 2 && (sep == " " || sep == ". ") && personTitles[p.word(text, toks, i-1)] {
			add(p.word(text, toks, i))
		}
	}
	// "Jerónimo Luis de Cabrera", "Martin De Leon": a given name, a
	// surname's particle and a capitalized word make a surname, with and
	// without its particle.
	for i := 2; i < len(toks); i++ {
		a, pa, b := toks[i-2], toks[i-1], toks[i]
		if !a.cap || a.upper || !b.cap || b.upper || b.letters < 2 || pa.end-pa.start > 4 || text[a.end:pa.start] != " " || text[pa.end:b.start] != " " {
			continue
		}
		if pw := p.word(text, toks, i-1); surnameParticles[pw] && p.given(p.word(text, toks, i-2)) {
			add(p.word(text, toks, i))
			add(pw + " " + p.word(text, toks, i))
		}
	}
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], toks[i]
		// "T.G. Baker", "J.R. Smith": initials, then a surname.
		// Not a place's letters: "U.S. Chinook helicopters", "D.C. Mayor".
		if i >= 2 && a.letters == 1 && a.cap && toks[i-2].letters == 1 && toks[i-2].cap && text[toks[i-2].end:a.start] == "." &&
			b.cap && !b.upper && text[a.end:b.start] == ". " {
			letters := text[toks[i-2].start:toks[i-2].end] + text[a.start:a.end]
			if stateAbbrevs[letters] == "" && !p.g.HasKey(gazetteer.Fold(text[toks[i-2].start:a.end+1])) && countryAliases[gazetteer.Fold(text[toks[i-2].start:a.end+1])] == "" {
				add(p.word(text, toks, i))
			}
			continue
		}
		// "James C. Kopp": a given name, an initial, a surname.
		if i >= 2 && a.letters == 1 && a.cap && b.cap && !b.upper && text[a.end:b.start] == ". " &&
			text[toks[i-2].end:a.start] == " " && p.given(p.word(text, toks, i-2)) {
			add(p.word(text, toks, i))
			continue
		}
		if !a.cap || !b.cap || a.upper || b.upper || text[a.end:b.start] != " " || a.letters < 2 || b.letters < 2 {
			continue
		}
		aw, bw := p.word(text, toks, i-1), p.word(text, toks, i)
		// "Bill Clinton": a given name that is also a common word, before
		// a word that is no notable place ("Will Paris host" is a question).
		// A weekday is a date's ("On Tuesday Ancona, Bologna and Rieti will
		// be on red alert"), though Tuesday is a given name too.
		if p.names[aw] && p.common[aw] && !directions[aw] && !generic[aw] && !particles[aw] && !weekdays[aw] && !p.common[bw] &&
			!p.g.HasKey(aw+" "+bw) && !p.notable(bw) {
			add(bw)
			continue
		}
		if p.common[aw] || p.common[bw] || p.g.HasKey(aw+" "+bw) {
			continue
		}
		// "Deputy Commissioner Ziarat", "Police Officer Kohat": South
		// Asian news names an official by the district he serves.
		if districtOffices[aw] {
			continue
		}
		if _, d := p.g.DemonymKey(aw); d {
			continue
		}
		// "the Cantonal Ticino Fire Service", "Prefectural Nagano
		// police": an adjective made from a division's kind is an
		// office's word, no given name, and the division after it no
		// surname for the rest of the text.
		if divisionAdjective(aw) {
			continue
		}
		prev, next := p.word(text, toks, i-2), p.word(text, toks, i+1)
		person := titles[prev] || next == "said" || next == "says" || next == "told" || next == "who" || next == "added"
		// "the Foreign Minister of Belarus Vladimir Kostrov", "the President
		// of Chile Santiago Rojas": a title, "of" and a country before the
		// two words.
		if i >= 4 && !person && p.word(text, toks, i-3) == "of" && titles[p.word(text, toks, i-4)] && text[toks[i-2].end:a.start] == " " {
			if c, ok := p.g.Country(prev); ok && gazetteer.Fold(c.Name) == prev {
				person = true
			}
		}
		// A first name the gazetteer does not know is a person's too, and
		// so is a given name that is no notable place ("John Clifford",
		// though "Austin Smith" could be a place and a person).
		person = person || !p.g.HasKey(aw) && !sentenceStart(text, a) || p.given(aw)
		if person {
			add(bw)
		}
	}
	return out
}

// divisionAdjective reports whether a lower-case word is the adjective of
// a division's kind: "cantonal", "provincial", "departmental",
// "prefectural", "communal", "regional".
func divisionAdjective(w string) bool {
	base, ok := strings.CutSuffix(w, "al")
	if !ok || len(base) < 4 {
		return false
	}
	if divisionKinds[base] || divisionKinds[base+"e"] {
		return true
	}
	// "provincial": the kind's last e became an i.
	if b, ok := strings.CutSuffix(base, "i"); ok {
		return divisionKinds[b+"e"]
	}
	return false
}

// divisionKinds are the kinds of division whose adjectives name offices.
var divisionKinds = map[string]bool{
	"canton": true, "province": true, "department": true, "prefecture": true, "commune": true, "region": true,
}

// calledSo reports whether a country, a division, a feature or a town of 50,000
// bears the folded name itself, not as one of its other names.
func (p *Parser) calledSo(cands []gazetteer.Place, key string) bool {
	for _, c := range cands {
		if (c.Level() <= 2 || c.Level() == 4 || c.Population >= 50_000) && (gazetteer.Fold(c.Name) == key || gazetteer.Fold(c.ASCIIName) == key) {
			return true
		}
	}
	return false
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
		// Called so, not by another of its names: "Cordova" is no
		// Córdoba.
		if (c.Level() <= 1 || c.Population >= 250_000) && (gazetteer.Fold(c.Name) == key || gazetteer.Fold(c.ASCIIName) == key) {
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
	// The Arabic article as it is assimilated in transcriptions: "Deir
	// ez-Zor", "Jisr ash-Shughur", "Ras at Tin".
	"ez": true, "az": true, "ad": true, "ed": true, "ar": true, "er": true, "as": true, "ash": true, "at": true,
	"et": true, "ul": true, "ud": true, "ur": true,
}

// surnameParticles stand in lower case between a given name and a
// surname ("Dennis van Engelsdorp", "Dominique de Villepin").
var surnameParticles = map[string]bool{
	"van": true, "von": true, "de": true, "del": true, "della": true, "di": true, "da": true, "du": true, "der": true,
	"den": true, "el": true, "al": true, "bin": true, "ben": true, "ibn": true, "dos": true, "das": true, "le": true, "la": true,
}

// romanceParticles join the words of Portuguese, Spanish, Italian and
// French place names ("Mocímboa da Praia", "Vila Franca de Xira").
var romanceParticles = map[string]bool{
	"da": true, "de": true, "do": true, "das": true, "dos": true, "del": true, "della": true, "di": true, "du": true, "des": true,
}

// romanceInstitutions begin the names of bodies and buildings in Spanish,
// Portuguese, Italian and French, which name places after "de" or "di".
var romanceInstitutions = map[string]bool{
	"universidad": true, "universidade": true, "università": true, "université": true, "iglesia": true, "igreja": true,
	"colegio": true, "colégio": true, "museo": true, "museu": true, "musée": true, "palacio": true, "palácio": true,
	"palazzo": true, "catedral": true, "basílica": true, "convento": true, "teatro": true, "estadio": true, "estádio": true,
	"instituto": true, "fábrica": true, "banco": true, "ministerio": true, "ministério": true,
}

// romanceBody reports whether the capitalized run before token first,
// joined by single spaces and particles ("de", "la"), begins with a word
// of romanceInstitutions.
func (p *Parser) romanceBody(text string, toks []token, first int) bool {
	for k := first - 1; k >= 0 && k >= first-5; k-- {
		if text[toks[k].end:toks[k+1].start] != " " {
			return false
		}
		if !toks[k].cap {
			// Lower case as written: no folding needed.
			if w := text[toks[k].start:toks[k].end]; !romanceParticles[w] && w != "la" && w != "las" && w != "los" && w != "el" && w != "y" && w != "e" {
				return false
			}
			continue
		}
		if toks[k].letters >= 5 && romanceInstitutions[p.word(text, toks, k)] {
			return true
		}
	}
	return false
}

// roadNumberWords stand between a state's name and a road's number.
var roadNumberWords = map[string]bool{
	"route": true, "routes": true, "highway": true, "highways": true, "hwy": true, "interstate": true,
}

// stateOffices after a name make it a state's or a province's: American
// news writes "Georgia Gov. Brian Kemp", "Ohio Attorney General".
var stateOffices = map[string]bool{
	"gov": true, "governor": true, "lt": true, "attorney": true, "legislature": true, "assembly": true, "senate": true,
	"assemblyman": true, "assemblywoman": true, "premier": true,
}

// bodyWords after a division's name make it the division's own body:
// "the Georgia Bureau of Investigation", "Virginia Department of
// Transportation", though Georgia and Virginia are given names too.
var bodyWords = map[string]bool{
	"bureau": true, "department": true, "dept": true, "agency": true, "commission": true, "board": true, "patrol": true,
	"police": true, "sheriff": true, "court": true, "courts": true, "division": true, "office": true, "national": true,
}

// localAcronyms after a town's name, in capitals, name the town's own
// police detachment or station, fire or emergency unit, health board or
// business district, as the local press of Canada, Australia, New Zealand
// and South Africa writes them ("Truro RCMP", "Kenora OPP", "the
// Durban CBD", "Dubbo SES"): the capitalized word after the name makes
// it no person's.
var localAcronyms = map[string]bool{
	"rcmp": true, "opp": true, "saps": true, "cbd": true, "ses": true, "rfs": true, "cfa": true, "cfs": true,
	"ems": true, "fd": true, "vfd": true, "pd": true, "dhb": true,
}

// stormWords name a storm by the capitalized word after them ("Hurricane
// Delta", "Typhoon Haiyan"): neither word is a place there.
var stormWords = map[string]bool{
	"hurricane": true, "typhoon": true, "cyclone": true, "storm": true,
}

// arabicParticles join the parts of Arabic names, of people and places.
var arabicParticles = map[string]bool{"el": true, "al": true, "bin": true, "ibn": true}

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

// companyWords after a name make it a company's ("Kellogg Co.", "Columbia
// Pictures"), and the name a company's throughout the text.
var companyWords = map[string]bool{
	"co": true, "corp": true, "inc": true, "ltd": true, "plc": true, "llc": true, "company": true, "corporation": true,
	"group": true, "pictures": true, "airlines": true, "airways": true, "aircraft": true, "electronics": true,
	"industries": true, "holdings": true, "bancorp": true, "motors": true, "motor": true, "securities": true, "partners": true,
	"operations": true, "investors": true, "stores": true, "restaurants": true, "brewing": true,
}

// orgWords after a name make it an organisation's there: companies' and
// newspapers' ("Washington Post"; Washington stays a place elsewhere).
var orgWords = map[string]bool{
	"times": true, "post": true, "tribune": true, "herald": true, "journal": true, "gazette": true, "chronicle": true,
	"inquirer": true, "globe": true, "telegraph": true, "observer": true, "bulletin": true, "courier": true,
	"examiner": true, "register": true, "spectator": true, "news": true, "stock": true,
	// "The Montana Standard", "the Milwaukee Journal Sentinel", "The Kansas
	// City Star".
	"standard": true, "sentinel": true, "star": true,
	// "USA Today", "our partners at Miami Valley Today".
	"today": true,
	// "Franklin Elementary", "Kennedy Elementary School": schools are named
	// after people as often as after places.
	"elementary": true,
}

// armedGroupAfter matches what follows a place's name in an armed
// group's: one to three words that say what it fights for, then what it
// is ("National Front", "People's Liberation Army", "Defence Forces",
// "Revolutionaries' Brigades"). A name alone before "Army" is not read
// so ("the Arakan Army" names no gazetteer place; "Pakistan Army" is the
// country's).
var armedGroupAfter = relit.MustCompile(`^ (?:(?:People|Peoples|National|Liberation|Defence|Defense|Democratic|Revolutionary|Revolutionaries|` +
	`Patriotic|Salvation|Resistance|Popular|Independence|Self-Defense|Self-Defence)(?:'s|’s|'|’)? ){1,3}` +
	`(?:Army|Armies|Front|Force|Forces|Movement|Brigade|Brigades|Militia|Militias)\b`)

// armedGroupBefore matches an armed group's name before a place's: "the
// National Movement of", "the Patriotic Front for".
var armedGroupBefore = relit.MustCompile(`\b[A-Z][a-z]+ (?:Movement|Front) (?:of|for) (?:the )?$`)

// armedGroupOf matches an army or a front named for what it fights for,
// then "of" or "for" its country, before the country's name: "the
// Revolutionary Armed Forces of", "the Democratic Forces for the
// Liberation of"; not "the Armed Forces of" (Liberia's own).
var armedGroupOf = relit.MustCompile(`\b(?:Revolutionary|Liberation|Popular|People's|Peoples|Patriotic|Islamic|Democratic|Resistance)(?: [A-Z][a-z]+){0,2} ` +
	`(?:Forces|Force|Army|Armies|Brigades|Brigade|Movement|Front) (?:of|for)(?: the)?(?: Liberation of)?(?: the)? $`)

// armedEnd reports cheaply whether pre may end an armed group's name
// before its country ("Forces of ", "Army of the "), where armedGroupOf
// is worth matching.
func armedEnd(pre string) bool {
	pre = strings.TrimSuffix(pre, "the ")
	for _, e := range [...]string{"Forces of ", "Force of ", "Army of ", "Armies of ", "Brigades of ", "Brigade of ", "Movement of ", "Front of ", "Liberation of "} {
		if strings.HasSuffix(pre, e) {
			return true
		}
	}
	return false
}

// namedBuilding matches what follows a town's name in a court's or an
// institute's: "Magistrate's Court", "Magistrates Court", "Institute for".
var namedBuilding = relit.MustCompile(`^ (?:Magistrate(?:'|’)?s(?:'|’)? Court|Institute (?:for|of)\b)`)

// weekdays are the days' names, lower case.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// foundationWords after a possessive name make it a foundation's named
// for someone: "St. John's Hospital", "St. Mary's College".
var foundationWords = map[string]bool{
	"hospital": true, "church": true, "cathedral": true, "chapel": true, "college": true, "school": true, "university": true,
	"kirk": true, "abbey": true, "basilica": true, "minster": true, "priory": true,
}

// saintEpithets follow a saint's name: "St John the Baptist".
var saintEpithets = map[string]bool{
	"baptist": true, "evangelist": true, "apostle": true, "divine": true, "martyr": true, "elder": true, "younger": true,
}

// residents are the nouns after "a <town>" that say a person lives there.
var residents = map[string]bool{
	"man": true, "woman": true, "resident": true, "couple": true, "teen": true, "teenager": true, "boy": true, "girl": true,
	"family": true, "native": true, "youth": true,
}

// venueWords end the names of sports grounds and halls.
var venueWords = map[string]bool{
	"stadium": true, "arena": true, "coliseum": true, "field": true, "fieldhouse": true, "center": true, "centre": true,
	"hall": true, "auditorium": true, "pavilion": true, "gymnasium": true, "speedway": true, "ballpark": true,
}

// treatyWords after a name make it a treaty's or an alliance's.
var treatyWords = map[string]bool{
	"pact": true, "treaty": true, "accord": true, "accords": true, "protocol": true, "agreement": true, "agreements": true,
}

// streetWords after a name make it a street's: "Jackson Avenue",
// "Washington St.".
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true, "boulevard": true, "blvd": true,
	"drive": true, "lane": true, "ln": true, "highway": true, "hwy": true, "parkway": true, "pkwy": true, "pike": true,
	"turnpike": true, "expressway": true, "freeway": true, "square": true, "plaza": true,
}

// orgs finds names the text uses for companies: every run of up to three
// capitalized words before a company word, and each of its words, folded.
func (p *Parser) orgs(text string, toks []token) map[string]bool {
	out := map[string]bool{}
	// "KHARTOUM, June 3 (Xinhua) -- ... a local group told Xinhua": the
	// agency a dateline credits is the agency wherever the text names it.
	for _, t := range toks {
		if t.cap && creditAgency(text, t.start, t.end) {
			out[gazetteer.Fold(text[t.start:t.end])] = true
		}
	}
	for k := 1; k < len(toks); k++ {
		if !toks[k].cap || !companyWords[p.word(text, toks, k)] || !joinable(text, toks[k-1], toks[k]) {
			continue
		}
		// "McDonald's Corp.", "Moody's Investors Service Inc.": the
		// founder's possessive names the company.
		end := k - 1
		if end >= 1 && possessive(text, toks, end) {
			end--
		}
		for j := end; j >= 0 && j >= end-2; j-- {
			if !toks[j].cap || j < end && !joinable(text, toks[j], toks[j+1]) {
				break
			}
			out[gazetteer.Fold(text[toks[j].start:toks[end].end])] = true
			// "Cara Operations Ltd." is "Cara" later on.
			out[p.word(text, toks, j)] = true
		}
	}
	return out
}

// royalTitles begin a royal's or a noble's name: "Prince Frederick",
// "Queen Anne".
var royalTitles = map[string]bool{"prince": true, "princess": true, "king": true, "queen": true, "duke": true, "duchess": true}

// nobleTitles are titles of nobility that "of" and a place follow ("Earl
// of Caledon", "Marquess of Bath").
var nobleTitles = map[string]bool{"earl": true, "count": true, "countess": true, "marquess": true, "marquis": true, "viscount": true, "baron": true, "baroness": true, "lord": true, "lady": true}

// royalAfter matches what follows a royal's name and not a town's: a
// noble title ("Prince Frederick, Duke of York") or a regnal number
// ("King George III").
var royalAfter = relit.MustCompile(`^(?:, (?:the )?(?:Duke|Duchess|Prince|Princess|Earl|Count|Countess|Marquess|Marquis|Elector|King|Queen) of\b| (?:I{1,3}|IV|V|VI{1,3}|IX|X)\b)`)

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
	"across the": true, "district": true, "tehsil": true,
}

// institutionNouns name ministries, chambers and federations ("the Minister
// of Commerce", "the International Federation of Red Cross") far more often
// than the small towns so called (Commerce in Texas and Georgia, Federation
// in New South Wales), and the SCOWL lists lack them: they are common words,
// places only after a cue that stands only before places ("near Commerce").
var institutionNouns = map[string]bool{"commerce": true, "federation": true}

// placeCues are the cues that stand only before places.
var placeCues = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "across": true, "into": true, "throughout": true,
	"around": true, "within": true, "inside": true, "across the": true,
	// "in Sanjawi area of district Ziarat", "Tehsil Daraban": South Asian
	// news writes the division word before the name.
	"district": true, "tehsil": true,
}

var directions = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true,
}

// divisionNamed reports whether key is a division's name and its
// division word ("upper east region" for Ghana's Upper East): the name
// itself, not another one.
func divisionNamed(c gazetteer.Place, key string) bool {
	if lv := c.Level(); lv != 2 && lv != 3 {
		return false
	}
	name := gazetteer.Fold(c.Name)
	return len(key) > len(name)+1 && key[len(name)] == ' ' && strings.HasPrefix(key, name) && adminWords[key[len(name)+1:]]
}

var adminWords = map[string]bool{
	"state": true, "province": true, "region": true, "county": true, "district": true, "governorate": true,
	"department": true, "prefecture": true, "oblast": true, "municipality": true, "parish": true, "division": true,
	// Poland's first-level division ("the Lubusz Voivodeship").
	"voivodeship": true,
}

// fillers may stand between a cue and the name: "outside the small
// village of".
var fillers = map[string]bool{"the": true, "a": true, "of": true, "small": true, "remote": true, "border": true, "nearby": true}

var diseaseWords = map[string]bool{
	"virus": true, "viruses": true, "fever": true, "disease": true, "flu": true, "influenza": true, "ebolavirus": true,
	"strain": true, "encephalitis": true, "syndrome": true, "bacteria": true, "bacterium": true,
}

// movementNames are movements' names that a gazetteer row carries as a
// name or another name; in English news they name the movement, never the
// place: two armed movements, and the humanitarian one whose societies
// fill relief reports ("the International Federation of Red Cross and
// Red Crescent Societies"; Red Cross, North Carolina, has 742 people).
var movementNames = map[string]bool{"taliban": true, "hamas": true, "red cross": true, "red crescent": true}

// generic words are never a place alone, whatever a gazetteer says.
var generic = map[string]bool{
	"centre": true, "center": true, "federal": true, "capital": true, "national": true, "free": true, "union": true,
	"upper": true, "lower": true, "middle": true, "greater": true, "metropolitan": true, "coast": true, "city": true,
	"republic": true, "congress": true, "senate": true, "parliament": true,
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
	"harbour": true, "harbor": true, "creek": true, "ocean": true,
}

// landmarkWords end the names of parks, promenades and structures in a
// town ("Galle Face Green", "Victoria Park", "Lekki Toll Gate").
var landmarkWords = map[string]bool{
	"face": true, "park": true, "gardens": true, "garden": true, "green": true, "gate": true, "mall": true,
	"pier": true, "wharf": true, "quay": true, "bridge": true, "zoo": true,
	// "the Tamarack Resort", "Pinehurst Apartments" (round 14).
	"resort": true, "apartments": true,
}

var townWords = map[string]bool{
	"village": true, "town": true, "city": true, "hamlet": true, "settlement": true, "capital": true, "port": true,
	"commune": true, "community": true,
}

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
	// "Djugu, Mahagi and Irumu territories", "North Gondar, North Wollo
	// and Wag Hemra zones": situation reports list the divisions of
	// Congo, Ethiopia and Myanmar so.
	"territories": "territory", "zones": "zone", "woredas": "woreda", "townships": "township",
	"communes": "commune", "chiefdoms": "chiefdom",
}

// pluralAhead returns the singular of a plural division word that ends a
// list of capitalized names begun by the name ending at token last
// ("Fulton and DeKalb counties"), or "".
func (p *Parser) pluralAhead(text string, toks []token, last int) string {
	// "near the Chippewa-Dunn county line": two names hyphened before a
	// county's line are both counties, the division word singular.
	pair := last > 0 && text[toks[last-1].end:toks[last].start] == "-" && toks[last-1].cap
	for k := last + 1; k < len(toks) && k <= last+8; k++ {
		sep := text[toks[k-1].end:toks[k].start]
		if sep != " " && sep != ", " && sep != "-" {
			return ""
		}
		pair = pair || sep == "-" && toks[k].cap
		w := p.word(text, toks, k)
		if one, ok := pluralAdmin[w]; ok {
			return one
		}
		if (w == "county" || w == "parish") && pair && !toks[k].cap && sep == " " {
			if l := p.word(text, toks, k+1); l == "line" || l == "lines" || l == "border" {
				return w
			}
		}
		// "Wayne and surrounding counties", "Houston, Cherokee, and
		// perhaps San Augustine counties": a word after "and" or "or"
		// that says which, or how surely, goes on with the list.
		if w != "and" && w != "or" && !toks[k].cap && !(listHedges[w] && (p.word(text, toks, k-1) == "and" || p.word(text, toks, k-1) == "or")) {
			return ""
		}
	}
	return ""
}

// pluralBehind returns the singular of a plural division word that a
// list of capitalized names begun before token first follows, with "of",
// "like", "including" or "such as" between ("neighbouring counties like
// Adams, Brown and Clark", "the counties of Union and Henry"), or "".
func (p *Parser) pluralBehind(text string, toks []token, first int) string {
	k := first
	for steps := 0; k > 0 && steps < 16; steps++ {
		sep := text[toks[k-1].end:toks[k].start]
		w := p.word(text, toks, k-1)
		switch {
		case toks[k-1].cap && (sep == " " || sep == ", " || sep == "-"):
			k--
		case (w == "and" || w == "or") && sep == " " && k >= 2 && toks[k-2].cap:
			if s := text[toks[k-2].end:toks[k-1].start]; s != " " && s != ", " {
				return ""
			}
			k -= 2
		default:
			if sep != " " {
				return ""
			}
			d := k - 2
			switch w {
			case "of", "like", "including":
			case "as":
				if p.word(text, toks, d) != "such" {
					return ""
				}
				d--
			default:
				return ""
			}
			if d < 0 || text[toks[d].end:toks[d+1].start] != " " {
				return ""
			}
			// Not "the Departments of Agriculture and Health": only US
			// counties and parishes, whose bare names local news lists
			// so (regions and provinces were tried: a relief report's
			// region moved 163 km off by its list).
			if w := p.word(text, toks, d); listedBehind[w] {
				return pluralAdmin[w]
			}
			return ""
		}
	}
	return ""
}

// listedBehind are the plural division words pluralBehind reads a list
// after.
var listedBehind = map[string]bool{"counties": true, "parishes": true}

// pluralList returns the singular of the plural division word of the
// list a name stands in, after it or before it, or "".
func (p *Parser) pluralList(text string, toks []token, first, last int) string {
	if adm := p.pluralAhead(text, toks, last); adm != "" {
		return adm
	}
	return p.pluralBehind(text, toks, first)
}

// listHedges stand after "and" or "or" inside a list of divisions
// without ending it.
var listHedges = map[string]bool{
	"surrounding": true, "neighboring": true, "neighbouring": true, "adjacent": true, "adjoining": true, "nearby": true,
	"perhaps": true, "possibly": true, "probably": true, "maybe": true,
}

// pluralState returns the first-level division named after "in" behind
// the plural division word that ends the list begun at token last
// ("Henry, Union and Randolph counties in Indiana").
func (p *Parser) pluralState(text string, toks []token, last int) (gazetteer.Place, bool) {
	for k := last + 1; k < len(toks) && k <= last+9; k++ {
		if _, ok := pluralAdmin[p.word(text, toks, k)]; !ok {
			continue
		}
		if k+2 >= len(toks) || p.word(text, toks, k+1) != "in" || text[toks[k].end:toks[k+1].start] != " " || text[toks[k+1].end:toks[k+2].start] != " " {
			return gazetteer.Place{}, false
		}
		for j := k + 2; j < len(toks) && j < k+5 && toks[j].cap; j++ {
			if j > k+2 && !joinable(text, toks[j-1], toks[j]) {
				break
			}
			key := gazetteer.Fold(text[toks[k+2].start:toks[j].end])
			for _, c := range p.g.LookupKey(key) {
				if c.FeatureCode == "ADM1" && gazetteer.Fold(c.Name) == key {
					return c, true
				}
			}
		}
		return gazetteer.Place{}, false
	}
	return gazetteer.Place{}, false
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
	return lower(text, toks, i)
}

// lower returns token i in lower case. Rules ask for the same words many
// times: each is lowered once.
func lower(text string, toks []token, i int) string {
	if toks[i].low == "" {
		toks[i].low = strings.ToLower(text[toks[i].start:toks[i].end])
	}
	return toks[i].low
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
	// named holds the countries (alpha-2) the text has named so far, by
	// name or demonym, or by a town read with confidence that only one
	// country has: a short town name of theirs after a cue is the town
	// ("Malian troops ... in Gao", "between Ménaka and Tessit ... in
	// Gao").
	named map[string]bool
	// towns holds the countries of the first candidates of towns read so
	// far with confidence ("Colombo"), though other countries have their
	// namesakes: a name of compass words alone may be a division there.
	towns map[string]bool
	// states holds the first-level divisions (country.admin1) the text
	// has named so far by abbreviation ("Kansas City, Mo."): a town of
	// theirs called by an English word is the town after a cue
	// ("prosecutors in Liberty"). Full names are not counted there:
	// tried in round 6, they let "at the University of Miami" read
	// University, Florida, in a TBAQ story.
	states map[string]bool
	// spelled holds the first-level divisions the text has named in full
	// ("Wakefield, Massachusetts").
	spelled map[string]bool
	// defined holds the names a sentence defines as places ("Lincoln is
	// a city in Central Illinois"): no surname nor organisation's name
	// unmakes them.
	defined map[string]bool
	// counties holds the counties and parishes the text names with their
	// division word (country.admin1.admin2 of every county of each name):
	// a town inside one is no given name's bearer ("Wayne County ...
	// except for Richmond").
	counties map[string]bool
	// streets holds the names the text gives streets by a city's
	// quadrant ("at San Mateo and Copper NE"), folded.
	streets map[string]bool
	// patrol: the text speaks of a state patrol or troopers, whose posts
	// are named after their towns ("the Lebanon Post").
	patrol bool
	// models holds the names the text has used as a vehicle's model after
	// its make ("a GMC Yukon"), folded.
	models map[string]bool
	// shops holds what the text writes with "'s" after an article or a
	// word of going or buying (shopNames), gathered when first asked.
	shops map[string]bool
	// translit: the text has named, or placed a name in, a country the
	// loose key serves; once so, it stays so (see transliterating).
	translit bool
	// garda: the text speaks of Ireland's police ("gardaí", "Garda
	// Station"), whose word is also a town's name on Lake Garda.
	garda bool
	// line holds the bounds of the last line titleCase read and its
	// verdict: a long line with many names before "Family" is read once.
	line struct {
		from, to  int
		title, ok bool
	}
}

// irishPolice reports whether a text speaks of Ireland's police: their
// plural, with or without its accent, or a station, an officer or the
// force by name. Whole words only: "Bardai" is a town in Chad, and
// "Garda swept" a story about Lake Garda.
func irishPolice(text string) bool {
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], "ard")
		if j < 0 {
			return false
		}
		at := i + j - 1 // the G's
		i += j + 3
		if at < 0 || text[at] != 'G' && text[at] != 'g' || at > 0 && isWordByte(text[at-1]) {
			continue
		}
		rest := text[at+1:]
		for _, w := range []string{"ardaí", "ardai"} {
			if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isWordByte(rest[len(w)])) {
				return true
			}
		}
		if !strings.HasPrefix(rest, "arda ") {
			continue
		}
		next := rest[len("arda "):]
		n := 0
		for n < len(next) && isWordByte(next[n]) {
			n++
		}
		switch strings.ToLower(next[:n]) {
		case "station", "stations", "síochána", "siochana", "sergeant", "sergeants", "superintendent", "superintendents", "commissioner",
			"spokesman", "spokeswoman", "spokesperson", "press":
			return true
		}
	}
	return false
}

// isWordByte reports whether b is part of a word: a letter, a digit, or a
// byte of a multi-byte character.
func isWordByte(b byte) bool { return isLetterByte(b) || b >= '0' && b <= '9' }

func (p *Parser) recognize(text string, toks []token, m *mention, prevPlace int, tc *textContext) bool {
	surnames, placed := tc.surnames, tc.placed
	// "Det Garda Niamh Walsh", "Tralee Garda Station": in a text on
	// Ireland's police the word is theirs, not the Italian town.
	if m.key == "garda" && tc.garda {
		return false
	}
	// "fell to the Taliban", "a Hamas commander", "the Red Cross said": a
	// movement whose name GeoNames also gives a place (a Turkish
	// village's, the German city of Hamm's, a North Carolina hamlet's) is
	// the movement in news, and context then drew it to the nearest place
	// of the story's country.
	if movementNames[m.key] {
		return false
	}
	// "the Yemeni News Agency (Saba) said": a name in parentheses right
	// after a news agency's capitalized name is the agency's short name,
	// not a place (Saba, the Caribbean island). An agency of another
	// kind may give its seat so ("the Energy Agency (Vienna)"), and a
	// news agency too when the name is a country's or a city's of
	// 250,000 ("the Bakhtar News Agency (Kabul)"); a province's is the
	// agency's short name ("the Fars News Agency (Fars)").
	if i := m.first; i >= 2 && toks[i-1].cap && p.word(text, toks, i-1) == "agency" && p.word(text, toks, i-2) == "news" &&
		strings.TrimSpace(text[toks[i-1].end:toks[i].start]) == "(" && strings.HasPrefix(text[toks[m.last].end:], ")") &&
		!slices.ContainsFunc(p.g.LookupKey(m.key), func(c gazetteer.Place) bool {
			return c.IsCountry() || c.FeatureClass == "P" && c.Population >= 250_000
		}) {
		return false
	}
	// "a white VW Polo", "an Isuzu Trooper": after a maker's name, with an
	// article or a colour before it, a name is the model. So after a
	// model year that itself follows an article or a colour ("a 2004 GMC
	// Sierra"), and with one more word of the model's between ("a blue
	// 2011 Jeep Grand Cherokee"); so too a big city's name ("a silver
	// Hyundai Santa Fe"). Read before any other rule, so that the text's later
	// "the Sierra" is the vehicle.
	if k := p.vehicleMakeBefore(text, toks, m.first); k >= 1 && p.vehicleModel(text, toks, k, m.last, m.key) {
		tc.models[m.key] = true
		return false
	}
	// "north Carolina", "south Dakota": transcripts write a direction
	// that begins a division's or a country's name in lower case. The
	// name is the whole when the rest names no country, continent or
	// region by itself ("Carolina" is a town, or Puerto Rico's
	// municipality): "east Africa", "south Sudan" and "south Darfur" are
	// parts of Africa, Sudan and Darfur, as GeoVirus annotates them.
	if k := m.first - 1; k >= 0 && !toks[k].cap && text[toks[k].end:toks[m.first].start] == " " && directions[p.word(text, toks, k)] &&
		!slices.ContainsFunc(p.g.LookupKey(m.key), func(c gazetteer.Place) bool { return c.Level() <= 1 || c.FeatureClass == "L" }) {
		key := p.word(text, toks, k) + " " + m.key
		for _, c := range p.g.LookupKey(key) {
			if c.Level() <= 2 && gazetteer.Fold(c.Name) == key {
				m.first, m.start, m.key = k, toks[k].start, key
				break
			}
		}
	}
	cands := p.g.LookupKey(m.key)
	if len(cands) > maxCandidates {
		cands = cands[:maxCandidates]
	}
	if code := countryAliases[m.key]; code != "" {
		if c, ok := p.g.Country(code); ok && !hasID(cands, c.ID) {
			cands = append([]gazetteer.Place{c}, cands...)
		}
	}
	// "Lal Khatai", "Yar Tsamiya": a short word written in lower case after
	// its capital is no division's or country's code ("LAL" for La
	// Libertad, "YAR" for Yaroslavl), which text writes in capitals.
	if t := toks[m.first]; m.first == m.last && !t.upper && t.letters <= 3 && countryAliases[m.key] == "" {
		cands = slices.DeleteFunc(slices.Clone(cands), func(c gazetteer.Place) bool {
			return c.Level() <= 2 && gazetteer.Fold(c.Name) != m.key && gazetteer.Fold(c.ASCIIName) != m.key
		})
		if len(cands) == 0 {
			return false
		}
	}
	// "anti-Balaka militiamen", "pro-Wagner": a name joined to "anti-" or
	// "pro-" names a side, a place only when it is a country, a division
	// or a capital standing for its government ("pro-Moscow rebels").
	if pre := strings.ToLower(text[max(0, m.start-5):m.start]); strings.HasSuffix(pre, "anti-") || strings.HasSuffix(pre, "pro-") {
		if !slices.ContainsFunc(cands, func(c gazetteer.Place) bool { return c.Level() <= 2 || c.FeatureCode == "PPLC" }) && countryAliases[m.key] == "" {
			return false
		}
	}
	// "the 78th Infantry (Warrior) Battalion": a unit's nickname; "the
	// Provincial Security Committee (PROSEC)": a body's acronym;
	// "Paramount Chief Sadique Kapuwa": a chief's title.
	if unitNickname(text, m.start, m.end) || m.first == m.last && toks[m.first].upper && p.bodyAcronym(text, toks, m.first) ||
		m.first == m.last && p.word(text, toks, m.first) == "paramount" && m.first+1 < len(toks) && toks[m.first+1].cap && p.word(text, toks, m.first+1) == "chief" {
		return false
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
	// "in honour of Prince Frederick, Duke of York", "King George III": a
	// royal title and a given name, then a noble title or a regnal
	// number, name a person, though a town bears the name (Prince
	// Frederick, Maryland).
	if words == 2 && royalTitles[p.word(text, toks, m.first)] && p.given(p.word(text, toks, m.last)) && royalAfter.MatchString(text[m.end:min(len(text), m.end+24)]) {
		return false
	}

	// Abbreviations: U.S., UK and NSW are names, but most short capitals
	// are not (WHO, FAO): only country and division aliases count.
	// A small place known only by an alternate name ("Franklin" for a
	// town in GeoNames' list of other names) needs a locative cue.
	viaAlt := true
	for _, c := range cands {
		// "Gostomel" for Hostomel is the name in Russian letters, not
		// another name.
		if gazetteer.Fold(c.Name) == m.key || gazetteer.Fold(c.ASCIIName) == m.key || c.Level() == 3 && divisionCore(gazetteer.Fold(c.Name)) == m.key ||
			gazetteer.RussianG(c) == m.key || divisionNamed(c, m.key) {
			viaAlt = false
			break
		}
	}
	// A dateline names the town the story was filed from, by its own
	// name ("FAO -" is an agency, not Al Fāw): "KANO, Nigeria" is the
	// city, not Kano State.
	filed := first.letters >= 4 && !viaAlt && dateline(text, first.start, m.end)
	// "HAVANA, August 7 (Xinhua) --": the dateline's credit names the
	// agency, not Xinhua, Jiangxi.
	if credit(text, m.start, m.end) {
		return false
	}
	// "Xinhua news agency reported", "the Bakhtar News Agency": an
	// agency's name.
	if rest := strings.ToLower(text[m.end:min(len(text), m.end+13)]); strings.HasPrefix(rest, " news agency") {
		return false
	}
	if words == 1 && first.upper && first.letters <= 4 && top.Level() > 2 && !filed {
		return false
	}

	if filed {
		m.wantTown = true
	}
	// A direction or a generic word alone is not a place ("West", "Central"),
	// unless a capitalized division word makes it a division's name: "the
	// Southwest Region" of Cameroon.
	// Nor "Union" in "Henry, Union and Randolph counties": a list's
	// plural division word names each of its items.
	if words == 1 && (directions[p.word(text, toks, m.first)] || generic[p.word(text, toks, m.first)]) &&
		!p.namedDivision(text, toks, m.last, cands, tc.named) && !(generic[p.word(text, toks, m.first)] && p.pluralList(text, toks, m.first, m.last) == "county") {
		return false
	}
	// "the Catalan regional government" after Catalonia: a people's
	// adjective of a place the text has named, though a town abroad is
	// called so (Çatalan, Turkey).
	if words == 1 && top.Level() >= 3 && regionAdjective(p.word(text, toks, m.first), tc.placed) {
		return false
	}
	// "in the car park of a McDonald's": an indefinite article before a
	// name with its "'s" makes it a shop's or a chain's; a place's name
	// takes none.
	if k := m.first - 1; k >= 0 && m.last+1 < len(toks) && possessive(text, toks, m.last+1) && (p.word(text, toks, k) == "a" || p.word(text, toks, k) == "an") {
		return false
	}
	// "the crash outside Hank's.", "a spokesman for Bellamy's, Jo Smith":
	// a name with its "'s" and nothing after that it owns, after a word
	// of going to or buying at a place, is a shop's or a chain's; so too
	// where the text names it so elsewhere ("Bellamy's said ... lunch at a
	// Bellamy's"). Not a state's or a country's, nor a big city's called
	// exactly so. A comparison's "'s" ("a longer siege than Izium's.",
	// "Bend's rate is 3 percent; Roseburg's is 4") is the town's.
	if m.last+1 < len(toks) && possessive(text, toks, m.last+1) && shopPossessive(text, toks, m.last+1) &&
		(m.first > 0 && shopPreps[p.word(text, toks, m.first-1)] || tc.shopElsewhere(text, text[m.start:m.end])) &&
		!slices.ContainsFunc(cands, func(c gazetteer.Place) bool {
			return gazetteer.Fold(c.Name) == m.key && (c.Level() <= 2 || c.Population >= 100_000)
		}) {
		return false
	}
	// "one of the Vauxhall cars", "a maroon Honda motorcycle": a make
	// before a vehicle; a big place's name stays one ("a Kirkuk car
	// bomb", "the Mosul car park" aside, which the next word says).
	if !major && m.last+1 < len(toks) && text[toks[m.last].end:toks[m.last+1].start] == " " && vehicles[p.word(text, toks, m.last+1)] &&
		!vehicleCompounds[p.word(text, toks, m.last+2)] {
		// "a GMC Sierra pickup ... the Sierra": a make before it makes
		// the name a model the text may use again.
		if p.vehicleMakeBefore(text, toks, m.first) >= 0 {
			tc.models[m.key] = true
		}
		return false
	}
	// "a 2014 Toyota 4 Runner", "a 1996 Ford Explorer": a model year
	// before a name makes it the vehicle's make, whatever its model; a
	// colour may come first ("a red 2002 Pontiac Grand Am").
	if k := m.first - 1; !major && k >= 1 && m.last+1 < len(toks) && modelYear(text[toks[k].start:toks[k].end]) && text[toks[k].end:first.start] == " " &&
		(modelOwners[p.word(text, toks, k-1)] || colours[p.word(text, toks, k-1)] && modelOwners[p.word(text, toks, k-2)]) && (toks[m.last+1].cap || toks[m.last+1].letters == 0 || vehicles[p.word(text, toks, m.last+1)]) &&
		text[toks[m.last].end:toks[m.last+1].start] == " " {
		return false
	}
	// "hit a GMC Yukon at a crossing ... Then the Yukon slid": a name
	// the text has used as a vehicle's model is the vehicle again, unless
	// a preposition stands before it ("moved to the Yukon").
	if tc.models[m.key] {
		k := m.first - 1
		if k >= 0 && p.word(text, toks, k) == "the" {
			k--
		}
		// "the driver of the Sierra": "of" after one who rides in it
		// keeps the vehicle.
		if w := p.word(text, toks, k); k < 0 || !placeCues[w] && !modelPlacePreps[w] || w == "of" && vehicleRiders[p.word(text, toks, k-1)] {
			return false
		}
	}
	// "U.S." keeps its final period; "Sana’a." ends a sentence.
	if toks[m.last].letters == 1 && m.end < len(text) && text[m.end] == '.' && words > 1 && !inWord(text[toks[m.last-1].end:toks[m.last].start]) {
		m.end++
	}

	// "O'Leary", "D'Iberville": the gazetteer may know the name without
	// its Irish or French prefix, but the prefix is part of it.
	if k := m.first - 1; k >= 0 && toks[k].letters == 1 && toks[k].cap && (text[toks[k].end:first.start] == "'" || text[toks[k].end:first.start] == "’") {
		m.first, m.start = k, toks[k].start
	}
	prev := p.word(text, toks, m.first-1)
	// "the Saudi ambassador to Washington", "Kenya's embassy in Moscow":
	// a diplomat's post is a country's capital, not a state or a town
	// of its name.
	if (prev == "to" || prev == "in") && diplomats[p.word(text, toks, m.first-2)] {
		m.diplomatic = true
	}
	m.intl = words == 1 && worldCityAndNamesake(cands) && diplomacy.MatchString(sentenceAround(text, m.start, m.end))
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
			m.namedDir = true
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
	// "Inates (Tillabery, West Niger)", "Dori (Sahel)": situation reports
	// name a place's division in parentheses after it; that is as sure a
	// cue as "in", even for another name of the division.
	locative = locative || m.first > 0 && m.start >= 2 && text[m.start-2:m.start] == " (" && toks[m.first-1].end == m.start-2 &&
		toks[m.first-1].cap && !toks[m.first-1].upper && !p.given(p.word(text, toks, m.first-1)) && p.holderParen(text, m.start-1)
	// "DALTON -- A Whitfield County grand jury": a dateline's town is
	// named as surely as after "in", though Dalton is a given name too.
	locative = locative || filed
	// "a Dalton man", "a Puryear woman": local papers name where a
	// person lives so, and the name is a town's though a given name too.
	m.resident = (prev == "a" || prev == "an") && m.last+1 < len(toks) && !toks[m.last+1].cap && residents[next] &&
		text[toks[m.last].end:toks[m.last+1].start] == " "
	// "John Smith, 36, of Effort", "said Evelyn Harris of Effort": so
	// with "of" after a person's age or name.
	// (Not m.resident, which favours the towns of 10,000 in the text's
	// state: "Venus Critchfield of Philippi, West Virginia" is no Saint
	// Albans, called Philippi too.)
	residentOf := m.last+1 < len(toks) && !(nextJoined && toks[m.last+1].cap) && p.residentOf(text, toks, m.first)
	locative = locative || m.resident || residentOf
	// "Barton residents want a police force", "One Richmond resident
	// came": residents are of a place, whatever article comes before.
	locative = locative || m.last+1 < len(toks) && !toks[m.last+1].cap && (next == "resident" || next == "residents") &&
		text[toks[m.last].end:toks[m.last+1].start] == " "
	// "Marion police said": a town's police, written so in lower case,
	// name the town though it is a given name too ("Marion Police
	// Chief" may be a person's title).
	locative = locative || words == 1 && m.last+1 < len(toks) && !toks[m.last+1].cap && (next == "police" || next == "firefighters") &&
		text[toks[m.last].end:toks[m.last+1].start] == " "
	// "And Robert Gates, ...": a sentence's opening "And" joins no list.
	if lead == "and" && lead == prev && m.first > 0 && toks[m.first-1].cap {
		locative = false
	}
	// "Paradise, Calif.", "Hope, Ark.": a town of the state whose
	// abbreviation follows is named, whatever English word it is.
	paired := false
	if m.last+1 < len(toks) {
		if d, _, _, ok := p.stateAbbrev(text, toks, m.last+1, m); ok {
			for _, c := range cands {
				if c.Level() == 5 && c.Country == d.Country && c.Admin1Code == d.Admin1Code {
					locative, paired = true, true
					break
				}
			}
		}
	}
	// "the city of Independence, Missouri": so with a state's full name,
	// when a town of that name lies in it.
	if !paired && m.last+2 < len(toks) && text[toks[m.last].end:toks[m.last+1].start] == ", " && toks[m.last+1].cap {
		paired = p.townOfDivision(text, toks, m.last+1, cands)
		locative = locative || paired
	}
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
		case w == "university" || w == "universities" || w == "governor" || w == "legislature":
			// "the University of Georgia", "the governor of Washington":
			// a first-level division of that name, when there is one.
			for _, c := range cands {
				if c.FeatureCode == "ADM1" && gazetteer.Fold(c.Name) == m.key {
					m.wantAdmin = true
					break
				}
			}
		}
	}
	// "Georgia Gov. Brian Kemp", "Texas Lt. Gov.", "Washington state
	// Sen.": an office of a first-level division, when there is one.
	if nextJoined && toks[m.last+1].cap && stateOffices[next] {
		for _, c := range cands {
			if c.FeatureCode == "ADM1" && gazetteer.Fold(c.Name) == m.key {
				m.wantAdmin = true
				break
			}
		}
	}
	// "central Quebec", "northern Idlib", "Quebec provincial police": a
	// compass word before a name that is a first-level division's and a
	// town's under a million, or "provincial" after it, means the
	// division ("central Baghdad" is the city's centre; "southern Sahel"
	// the region's south, not Burkina Faso's Sahel).
	if prevJoined && directions[prev] && !toks[m.first-1].cap || nextJoined && next == "provincial" && !toks[m.last+1].cap {
		town, other := false, false
		for _, c := range cands {
			switch {
			case c.Level() == 5 && gazetteer.Fold(c.Name) == m.key:
				town = town || c.Population < 1_000_000
				other = other || c.Population >= 1_000_000
			case c.FeatureClass == "L" || c.Level() <= 1:
				other = true
			}
		}
		for _, c := range cands {
			if c.FeatureCode == "ADM1" && gazetteer.Fold(c.Name) == m.key && town && !other {
				m.wantAdmin = true
				break
			}
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
		// "counties like Adams, Brown and Clark": the plural word may
		// come first; a state or a country listed after it stays one
		// ("the counties of Texas and Oklahoma").
		if adm == "" && !slices.ContainsFunc(cands, func(c gazetteer.Place) bool {
			return (c.Level() == 1 || c.Level() == 2) && gazetteer.Fold(c.Name) == m.key
		}) {
			adm = p.pluralBehind(text, toks, m.first)
		}
	}
	if adm != "" {
		// The gazetteer may know the division only with its word
		// ("Fulton County"), which a lower-case or plural word hides.
		for _, c := range p.g.LookupKey(m.key + " " + adm) {
			if (c.Level() == 2 || c.Level() == 3) && !hasID(cands, c.ID) {
				cands = append(cands, c)
			}
		}
		// "Henry, Union and Randolph counties in Indiana": the state after
		// the plural word holds each of the list's counties.
		if st, ok := p.pluralState(text, toks, m.last); ok {
			var in []gazetteer.Place
			for _, c := range cands {
				if c.Level() == 3 && c.Country == st.Country && c.Admin1Code == st.Admin1Code {
					in = append(in, c)
				}
			}
			if len(in) > 0 {
				cands = in
			}
		}
		m.cands = cands
		for _, c := range cands {
			if c.FeatureCode == "ADM1" || c.FeatureCode == "ADM2" {
				m.wantAdmin = true
				// "Floyd and Bartow counties": the division word names
				// the first of the list as surely as a cue, though it is
				// a given name too.
				locative = locative || !(nextJoined && adminWords[next]) || p.pluralList(text, toks, m.first, m.last) != ""
				if nextJoined && adminWords[next] && toks[m.last+1].cap && !p.orgAfter(text, toks, m.last+1) {
					m.end = toks[m.last+1].end
				}
				break
			}
		}
	}

	// "Kupiansk District", "the Central Gondar Zone": a district or zone
	// named for its town, its division word capitalized, is named with it.
	// So with a county, a territory, a governorate or a chiefdom of the
	// conflict countries' situation reports ("Torit County", "Mambasa
	// Territory", "Idleb Governorate").
	if nextJoined && toks[m.last+1].cap && text[toks[m.last].end:toks[m.last+1].start] == " " && (next == "district" || next == "zone" || capNamed[next] && !p.cityClub(text, toks, m.last+1)) &&
		m.end == toks[m.last].end && !p.orgAfter(text, toks, m.last+1) {
		m.end = toks[m.last+1].end
	}
	// "Kaura Namoda Local Government Area", "Kasba Upazila": a local
	// government word of one country's press names the division with the
	// name, in that country. A name the gazetteer knows only elsewhere is
	// a division it lacks: unknownAt reads it.
	// "Mumias East", "Yola South LGA": a compass word capitalized
	// after a town's name, with no capitalized word after it but such a
	// local government word (not "Israel West Bank"), names the division
	// called for that part of the town, a Kenyan sub-county or a
	// Nigerian local government area, which lies about the town.
	j := m.last
	if k := m.last + 1; m.end == toks[m.last].end && k < len(toks) && toks[k].cap && !toks[k].upper && text[toks[m.last].end:toks[k].start] == " " &&
		compassWords[p.word(text, toks, k)] && len(m.cands) > 0 && m.cands[0].Level() >= 3 {
		if n, _ := p.localGov(text, toks, k+1); n > 0 || !(k+1 < len(toks) && toks[k+1].cap && joinable(text, toks[k], toks[k+1])) {
			m.end, j = toks[k].end, k
		}
	}
	if n, in := p.localGov(text, toks, j+1); n > 0 && m.end == toks[j].end {
		if len(in) > 0 {
			there := inCountries(m.cands, in)
			if len(there) == 0 {
				return false
			}
			m.cands = there
		}
		m.end = toks[j+n].end
	}
	// A natural feature named after the place: "Salinas Valley", "Panama
	// Canal", "Lake Erie". The gazetteer lacks most features, so the
	// place stands for it, as an area.
	if nextJoined && toks[m.last+1].cap && featureWords[next] && m.end == toks[m.last].end {
		m.end = toks[m.last+1].end
		m.feature = true
		// "the Snake River Fire, scorching": the feature names a
		// wildfire (see fireName); "Miami Valley Today", "the Hudson
		// Valley News": a newspaper.
		if k := m.last + 2; p.fireName(text, toks, k) || k < len(toks) && toks[k].cap && orgWords[p.word(text, toks, k)] && joinable(text, toks[k-1], toks[k]) {
			return false
		}
	}
	if prevJoined && toks[m.first-1].cap && (prev == "lake" || prev == "mount" || prev == "mt") && m.start == first.start {
		m.start = toks[m.first-1].start
		m.feature = true
	}
	// "Greater Mumbai": the metropolitan area, named with its city.
	if prevJoined && toks[m.first-1].cap && prev == "greater" && m.start == first.start {
		m.start = toks[m.first-1].start
	}
	// "Rhône-Alpes": a capitalized word hyphened on that is no place
	// itself makes one name with the match ("Israel-Gaza" stays two).
	if m.last+1 < len(toks) && text[toks[m.last].end:toks[m.last+1].start] == "-" && toks[m.last+1].cap && m.end == toks[m.last].end &&
		!p.g.HasKey(next) && !p.commonWord(next) {
		// "UK-Algerian dual citizenship": a place hyphened to a people's
		// name is an adjective, not the place.
		if _, dem := p.g.DemonymKey(next); dem {
			return false
		}
		// "Agence France-Presse", "Air France-KLM": after a capitalized
		// word that is no place, the compound is an organisation's name.
		if pw := m.first - 1; prevJoined && pw != prevPlace && toks[pw].cap && !toks[pw].upper && !sentenceStart(text, toks[pw]) &&
			!p.g.HasKey(prev) && !p.common[prev] && !directions[prev] && !titles[prev] {
			return false
		}
		// "Jordan-Hare Stadium", "Williams-Brice Stadium", "Mercedes-Benz
		// Arena": a hyphened pair before a venue's word names the venue
		// after people or a company.
		if k := m.last + 2; k < len(toks) && toks[k].cap && venueWords[p.word(text, toks, k)] && text[toks[m.last+1].end:toks[k].start] == " " {
			return false
		}
		m.end = toks[m.last+1].end
	}
	// "Mocímboa da Praia" when the gazetteer knows only Mocímboa: a
	// Romance particle and a capitalized word after a town continue its
	// name, which stands for the town (rather than Praia, Cape Verde).
	if k := m.last + 2; k < len(toks) && m.end == toks[m.last].end && top.Level() == 5 && !major && romanceParticles[next] &&
		!toks[m.last+1].cap && toks[k].cap && !toks[k].upper && text[toks[m.last].end:toks[m.last+1].start] == " " &&
		text[toks[m.last+1].end:toks[k].start] == " " && !p.g.HasKey(m.key+" "+next+" "+p.word(text, toks, k)) {
		m.end = toks[k].end
	}

	// Letters of an abbreviation ("U.N.", "E.U.") and very short words
	// ("Lu", "Sur") name a place only when it is a country or division.
	abbrev := true
	for k := m.first; k <= m.last; k++ {
		abbrev = abbrev && toks[k].letters == 1
	}
	if (abbrev || words == 1 && first.letters <= 3) && top.Level() > 2 {
		// "the city of Van": a cue names a real town, as does one in a
		// country the text is about ("fighting in Mali ... a camp in Gao").
		inNamed := slices.ContainsFunc(cands, func(c gazetteer.Place) bool { return tc.named[c.Country] && c.Level() > 2 })
		if abbrev || !(m.wantTown || locative && (top.Population >= 100_000 || inNamed) && !first.upper) {
			return false
		}
	}
	// Diseases and organisms named after places: "West Nile virus",
	// "Marburg virus", "Reston ebolavirus", "Spanish flu".
	if nextJoined && diseaseWords[next] && top.Level() > 1 {
		return false
	}
	// "Speaking to the Herald", "told the Tribune": a newspaper's word
	// alone after "the" is the newspaper.
	if words == 1 && prev == "the" && orgWords[m.key] {
		return false
	}
	// "Hurricane Delta", "Tropical Storm Florence", "Typhoon Haiyan": a
	// storm's name, not Hurricane, Utah, nor Florence.
	if words == 1 && nextJoined && stormWords[p.word(text, toks, m.first)] && toks[m.last+1].cap && text[toks[m.last].end:toks[m.last+1].start] == " " ||
		prevJoined && stormWords[prev] && toks[m.first-1].cap && text[toks[m.first-1].end:first.start] == " " && top.Level() > 1 {
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
	// "the White House": common words after "the" name an institution
	// unless a notable place is called exactly so.
	// "The Park County Sheriff's Office" is the county's: a name that ends
	// in its division word names the division, after "the" too.
	if allCommon && words > 1 && prev == "the" && !p.calledSo(cands, m.key) && !adminWords[p.word(text, toks, m.last)] {
		return false
	}
	if allCommon {
		ok := major && (!sInit || words > 1) && top.Level() <= 2
		ok = ok || locative && major || paired
		// "the city of Independence, Missouri ... the library in
		// Independence": a cue suffices once the text has placed it.
		ok = ok || locative && placed[m.key]
		// "Orange is a city in New South Wales ... the shire named its
		// hall after Orange": a common word the text defines as a town is
		// that town throughout, unless it begins a longer name ("Orange
		// Order") or a body's.
		ok = ok || words == 1 && tc.defined[m.key] && !(nextJoined && toks[m.last+1].cap) && !p.bodyNamed(text, toks, m.last)
		// "the Prince of Orange", "William of Orange", "the Marquess of
		// Bath": a common word after a title or a given name and "of" ends
		// a person's title, whatever the text has placed.
		if prev == "of" && m.first >= 2 && toks[m.first-2].cap && text[toks[m.first-2].end:toks[m.first-1].start] == " " {
			if w := p.word(text, toks, m.first-2); royalTitles[w] || nobleTitles[w] || p.given(w) {
				ok = false
			}
		}
		// "Kansas City, Mo. ... Clay County prosecutors in Liberty": a
		// town of some size in a state the text has named, after a cue
		// that stands only before places, and not the start of a longer
		// name ("in Justice Department offices").
		ok = ok || words == 1 && placeCues[lead] && !(nextJoined && toks[m.last+1].cap) && slices.ContainsFunc(cands, func(c gazetteer.Place) bool {
			return c.Level() == 5 && c.Population >= 10_000 && tc.states[c.Country+"."+c.Admin1Code]
		})
		// "a home near Commerce": an institution's noun is the town after
		// a cue that stands only before places, unless a capitalized word
		// follows ("in Commerce Department offices").
		ok = ok || words == 1 && placeCues[lead] && institutionNouns[m.key] && !(nextJoined && toks[m.last+1].cap)
		// "a Commerce woman ... in Hunt County, Texas": so is it in the
		// resident form, when the text names a county or state of a town
		// so called; no ministry is written so.
		ok = ok || words == 1 && institutionNouns[m.key] && m.resident && (tc.townInCounty(cands) || slices.ContainsFunc(cands, func(c gazetteer.Place) bool {
			return c.Level() == 5 && tc.states[c.Country+"."+c.Admin1Code]
		}))
		// "in Hays district of Hodeidah province": a common word a
		// division word follows, after a cue, where the gazetteer has a
		// division so called.
		ok = ok || words == 1 && locative && nextJoined && adminWords[next] && slices.ContainsFunc(cands, func(c gazetteer.Place) bool {
			return (c.Level() == 2 || c.Level() == 3) && gazetteer.Fold(c.Name) == m.key
		})
		// "said Evelyn Harris of Effort": a person's town, when a town of
		// 1,000 is called exactly so.
		ok = ok || words == 1 && residentOf && slices.ContainsFunc(cands, func(c gazetteer.Place) bool {
			return c.Level() == 5 && c.Population >= 1000 && gazetteer.Fold(c.Name) == m.key
		})
		// "Henry, Union and Randolph counties": a list's plural division
		// word names a county of each item.
		ok = ok || words == 1 && p.pluralList(text, toks, m.first, m.last) == "county" && slices.ContainsFunc(cands, func(c gazetteer.Place) bool { return c.Level() == 3 })
		// "In Upper Nile ... In Unity, over 8,200 returned", "Jonglei and
		// Unity states": a common word that names, by that very name, a
		// first-level division of a country in view is that division
		// after a cue or in a list a plural division word ends. In a line
		// of title case ("Leaders Pledge Peace and Unity at Juba Talks")
		// every word is capitalised, so only the list is cue enough.
		ok = ok || words == 1 && (locative && !tc.titleCase(text, m.start) || p.pluralList(text, toks, m.first, m.last) != "") && slices.ContainsFunc(cands, func(c gazetteer.Place) bool {
			return c.FeatureCode == "ADM1" && gazetteer.Fold(c.Name) == m.key && tc.inView(c.Country)
		})
		// "Little Rock", "Long Beach": several common words make a name
		// when they name a real town, by that very name: "White House" is
		// Casablanca's name only in translation.
		exact, found := top, false
		for _, c := range cands {
			if gazetteer.Fold(c.Name) == m.key || gazetteer.Fold(c.ASCIIName) == m.key || divisionNamed(c, m.key) {
				exact, found = c, true
				break
			}
		}
		// "The Persian Gulf showdown", "Aqaba on the Red Sea": a sea or a
		// gulf called so, from the hand-written regions table, needs no
		// cue either.
		ok = ok || words > 1 && found && (exact.Population >= 50_000 || exact.Level() <= 2 || locative || exact.Level() == 4 && exact.FeatureClass == "H")
		// "Park County deputies", "the Union County Sheriff's Office": a
		// county called so, its division word written capitalized.
		ok = ok || words > 1 && found && exact.Level() == 3 && toks[m.last].cap && adminWords[p.word(text, toks, m.last)]
		// "surrounding communities like Melrose, Stoneham, Reading, North
		// Reading and Lynnfield": an item of a list right after a place,
		// when it names a town of some size in a state the text has named.
		if prevPlace >= 0 && prevPlace == m.first-1 {
			if sep := text[toks[prevPlace].end:first.start]; sep == ", " || sep == " and " || sep == ", and " {
				ok = ok || slices.ContainsFunc(cands, func(c gazetteer.Place) bool {
					st := c.Country + "." + c.Admin1Code
					return c.Level() == 5 && c.Population >= 5_000 && (tc.states[st] || tc.spelled[st])
				})
			}
		}
		if !ok {
			return false
		}
	}

	// "US$2.8 million", "$US 15 billion", "NZ$40": a currency, not a place.
	if m.end < len(text) && text[m.end] == '$' || m.start > 0 && text[m.start-1] == '$' {
		return false
	}
	// "Civil Hospital Ziarat", "Government College Kohat": a building's
	// name that ends in its town's.
	if prevJoined && toks[m.first-1].cap && text[toks[m.first-1].end:first.start] == " " && facilityWords[prev] && !major {
		return false
	}
	// "the 2019 Istanbul Marathon", "the Ghana Cocoa Board": a small
	// place's name right after another place's, a space between, names
	// what the first place holds (a race, a board), not a second place.
	if prevJoined && m.first-1 == prevPlace && text[toks[prevPlace].end:first.start] == " " && words == 1 && !major && top.Level() > 2 &&
		top.Population < 100_000 && !locative && !placed[m.key] && !tc.defined[m.key] && !first.upper {
		return false
	}
	// "the Cape Town Magistrate's Court", "the Barcelona Institute for
	// Global Health": a court or an institute named after its town, even
	// a big one. (A small town's "Community Centre" stays the town's: it
	// may be the only place that locates a village the gazetteer lacks.)
	if nextJoined && toks[m.last+1].cap && (next == "magistrate" || next == "magistrates" || next == "institute") &&
		namedBuilding.MatchString(text[m.end:min(len(text), m.end+40)]) {
		return false
	}
	// "his aunt, Mary (71), was hurt": the press of Britain and
	// Ireland gives a person's age in parentheses after the name. A
	// place takes a bare number so only in a tally ("in Kandahar (12),
	// Helmand (9)"), whose items after the first follow a bracket.
	if words == 1 && !major && !locative && personAge(text, m.end) && !strings.HasSuffix(strings.TrimRight(text[:m.start], " ,;"), ")") {
		return false
	}
	// Titles and names: "President Obama", "Secretary Francisco Duque".
	if prevJoined && (titles[prev] || titles[strings.TrimSuffix(prev, ".")]) && !major {
		return false
	}
	_, prevDemonym := p.g.DemonymKey(prev)
	prevCap := prevJoined && m.first-1 != prevPlace && toks[m.first-1].cap && !toks[m.first-1].upper && !sentenceStart(text, toks[m.first-1]) &&
		!directions[prev] && !p.common[prev] && !prevDemonym && !(districtOffices[prev] && placed[m.key])
	// The word after the match, past any the match has taken in since its
	// last name word ("Kaduna South LGA", "Yola South LGA").
	nk, nword, njoined := m.last+1, next, nextJoined
	for nk < len(toks) && toks[nk].end <= m.end {
		nk++
	}
	if nk != m.last+1 {
		nword, njoined = p.word(text, toks, nk), nk < len(toks) && joinable(text, toks[nk-1], toks[nk])
	}
	nextCap := njoined && toks[nk].cap && !p.common[nword] && !adminWords[nword] && !featureWords[nword] && !possessive(text, toks, nk) &&
		!(toks[nk].upper && localAcronyms[nword]) && !(nword == "garda" && tc.garda)
	// "The Paulding County Sheriff's Office": a name that ends in its
	// division word is no person's, whatever capitalized word follows.
	if words > 1 && adminWords[p.word(text, toks, m.last)] && toks[m.last].cap {
		nextCap = false
	}
	// "the Chippewa-Dunn county line": two counties, not one name.
	countyLine := m.wantAdmin && p.pluralAhead(text, toks, m.last) != "" &&
		(m.first > 0 && text[toks[m.first-1].end:first.start] == "-" || nextJoined && text[toks[m.last].end:toks[m.last+1].start] == "-")
	if (prevCap || nextCap) && !major && !countyLine && !p.routePair(text, toks, m, tc) {
		return false
	}
	// "Russian President Vladimir Putin ... Vladimir Putin said": a
	// town's name before a word the text uses as a surname is that
	// person's given name, even a big town's.
	if words == 1 && top.Level() == 5 && njoined && toks[nk].cap && !toks[nk].upper && tc.surnames[nword] && !locative && !placed[m.key] && !p.g.HasKey(nword) {
		return false
	}
	// "Anthony Bol", "Michael Jordan", "George Washington": after a given
	// name, even a country's or a division's name is a surname.
	if m.first > 0 && toks[m.first-1].cap && text[toks[m.first-1].end:first.start] == " " && m.first-1 != prevPlace &&
		words == 1 && top.Level() >= 1 && p.given(prev) {
		return false
	}
	// "Joan Brown Campbell": a given name, any capitalized word, then the
	// name: a person's middle name and surname.
	if k := m.first - 2; k >= 0 && words == 1 && !major && toks[k].cap && toks[m.first-1].cap && k != prevPlace && m.first-1 != prevPlace &&
		text[toks[k].end:toks[k+1].start] == " " && text[toks[m.first-1].end:first.start] == " " && !sentenceStart(text, toks[m.first-1]) &&
		p.given(p.word(text, toks, k)) && !p.notable(p.word(text, toks, m.first-1)) {
		return false
	}
	// "Virginia Welch delivered this message", "Macon native Jordan
	// Jenkins": a country's or a division's name that is also a given
	// name, before a capitalized word that is no notable place nor an
	// office, a company's or a feature's word, is a person's.
	if words == 1 && (top.Level() == 1 || top.Level() == 2) && p.names[m.key] && nextJoined && text[toks[m.last].end:toks[m.last+1].start] == " " &&
		toks[m.last+1].cap && !toks[m.last+1].upper && !locative && !p.common[next] && !p.notable(next) &&
		!stateOffices[next] && !titles[next] && !adminWords[next] && !featureWords[next] && !orgWords[next] && !companyWords[next] &&
		!bodyWords[next] {
		return false
	}
	// "Coach Kirby Smart said Florence, a freshman, will start": after
	// "said", a small place's name alone before a comma is the speaker's
	// subject, a person, unless the text has placed the town.
	if (prev == "said" || prev == "says") && words == 1 && !major && !placed[m.key] && !paired && m.end < len(text) && text[m.end] == ',' {
		return false
	}
	// "45,000 Marines", "200 Rangers": a plural counted by a number is a
	// body of men, not a small town called so (Marines, Val-d'Oise). A
	// year is no count: "the 2004 Athens Olympics".
	if k := m.first - 1; k >= 0 && words == 1 && !major && toks[k].letters == 0 && toks[k].end-toks[k].start != 4 &&
		text[toks[k].end:first.start] == " " && strings.HasSuffix(m.key, "s") {
		return false
	}
	// "trans-Atlantic", "pan-African", "sub-Saharan": a name after a
	// lower-case prefix and a hyphen is an adjective.
	if k := m.first - 1; k >= 0 && !toks[k].cap && text[toks[k].end:first.start] == "-" {
		switch p.word(text, toks, k) {
		case "trans", "pan", "sub", "inter":
			return false
		}
	}
	// "Andrews Air Force Base", "Lackland Air Force Base": air bases are
	// named after people. (Airports are named after their towns, and
	// GeoVirus annotates "Da Nang International Airport" as a place.)
	if nextJoined && toks[m.last+1].cap && next == "air" {
		if after := p.word(text, toks, m.last+2); after == "base" || after == "force" && p.word(text, toks, m.last+3) == "base" {
			return false
		}
	}
	// "the Warsaw Pact", "the Yalta accord", "North Atlantic Treaty
	// Organization": a treaty or an alliance named after a place.
	if nextJoined && treatyWords[next] {
		return false
	}
	// "Johnson said": a person.
	// A notable city stands for its government ("Beijing said"), unless
	// the text names a person so ("Interim Police Chief Harold Medina ...
	// Medina said").
	if (next == "said" || next == "says" || next == "told") && top.Level() > 2 && !locative && !placed[m.key] && (!p.notable(m.key) || tc.surnames[m.key]) {
		return false
	}
	// A single unknown-case word at the start of a sentence needs a reason.
	if sInit && words == 1 && top.Level() > 2 && top.Population < 100_000 && !locative && !first.upper && !placed[m.key] && !tc.defined[m.key] {
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
	// "Daniel L. Barnett and Paul A. Reese": "and" before a given name and
	// a capitalized word joins people.
	// A name a sentence defines as a place ("Nelson is a city on the
	// eastern shores of Tasman Bay") is no person's there.
	personAnd := lead == "and" && nextJoined && toks[m.last+1].cap
	if words == 1 && !major && (!locative || personAnd) && !placed[m.key] && !m.feature && m.first-1 != prevPlace && p.given(m.key) &&
		!(tc.defined[m.key] && !personAnd && !p.bodyNamed(text, toks, m.last)) && !(!personAnd && countyLeads[lead] && tc.townInCounty(cands)) {
		return false
	}
	// "According to Dennis van Engelsdorp": a given name before a
	// surname's particle and a capitalized word is a person's, whatever
	// the cue before it.
	// Arabic names ("Hassan el Bushra", "Omar al Bashir") are read so even
	// when the given name is not in the list, and a place's name before
	// "el" or "al" and another word is the start of a longer name the
	// gazetteer lacks ("Bab el Oued" is no Al Bab).
	if k := m.last + 2; words == 1 && k < len(toks) && (p.given(m.key) || arabicParticles[next] && !major) && !toks[m.last+1].cap && surnameParticles[next] &&
		text[toks[m.last].end:toks[m.last+1].start] == " " && text[toks[m.last+1].end:toks[k].start] == " " && toks[k].cap {
		return false
	}
	// "Voice of America", "Bank of America", "Peanut Corp. of America":
	// America after a name and "of" ends an organisation's name.
	if m.key == "america" && prev == "of" && m.first >= 2 && toks[m.first-2].cap && !sentenceStart(text, toks[m.first-2]) &&
		!p.g.HasKey(p.word(text, toks, m.first-2)) && !titles[p.word(text, toks, m.first-2)] {
		return false
	}
	// "Air Lugano", "Air Pacific", "Air India": a place's name after a
	// capital "Air" and a space names an airline, not the place.
	if prev == "air" && m.first >= 1 && toks[m.first-1].cap && !toks[m.first-1].upper && text[toks[m.first-1].end:toks[m.first].start] == " " {
		return false
	}
	// "(Darfur 24)", "told \"Kurdistan 24\"", "France 24's reporter": a
	// place's name, a space and 24 before a closing bracket or quote names
	// a round-the-clock news outlet, not the place ("in Darfur 24 people
	// died" keeps it). Not when it closes a list of counts in its brackets
	// ("(Kassala 9, Darfur 24)"): each item there is a place and its count.
	if k := m.last + 1; next == "24" && text[toks[m.last].end:toks[k].start] == " " && toks[k].end < len(text) &&
		strings.IndexByte(")\"'\xe2", text[toks[k].end]) >= 0 && (text[toks[k].end] != 0xe2 || strings.HasPrefix(text[toks[k].end:], "”") || strings.HasPrefix(text[toks[k].end:], "’")) &&
		!(text[toks[k].end] == ')' && countList(text, first.start)) {
		return false
	}
	// "fled from the North-Western Zone", "reached the South-East, Southern
	// and Central zones": a name of compass words alone, with a division's
	// word or not, is a division of a country the text names, or of one
	// where a town it read before with confidence lies; when no candidate
	// lies in one, each is a namesake abroad (Sri Lanka's North Western
	// Province, Botswana's South-East District for zones of Tigray).
	// A capitalized "Region", "State" or "Province" ending it or after it
	// keeps the name: so are Cameroon's regions, Somalia's states and Sri
	// Lanka's provinces written, and a report may name only a neighbour
	// ("the Southwest Region, near the Nigerian border").
	if top.Level() >= 2 && top.Level() <= 4 && p.compassOnly(text, toks, m.first, m.last) && !p.regionOrState(text, toks, m.last) &&
		!slices.ContainsFunc(cands, func(c gazetteer.Place) bool { return tc.named[c.Country] || tc.towns[c.Country] }) {
		return false
	}
	// "Prime Minister Dominique de Villepin": a given name that names
	// even a country only in another language (Dominica's French name) is
	// a person's, unless a cue says otherwise.
	if words == 1 && viaAlt && !locative && !placed[m.key] && !m.feature && m.first-1 != prevPlace && p.given(m.key) {
		return false
	}
	// "Texas Instruments Inc. ... shares of Texas Instruments": a name
	// the text uses to begin a company's, whatever the place.
	if nextJoined && toks[m.last+1].cap && !first.upper && tc.orgs[m.key+" "+next] && !p.g.HasKey(m.key+" "+next) {
		return false
	}
	// "Washington Post", "Kellogg Co.": an organisation here, whatever
	// the place; and elsewhere in the text a small place's name used for
	// one is the organisation's ("Kellogg is suspending work").
	// "Galle Face", "Kings Park": a town's name before a landmark's word,
	// when the gazetteer lacks the whole, begins the landmark's name.
	if nextJoined && toks[m.last+1].cap && (orgWords[next] && !p.patrolPost(next, tc, cands) || companyWords[next] || streetWords[next] && !p.divisionBody(text, toks, m, top) ||
		landmarkWords[next] && !major && !p.g.HasKey(m.key+" "+next)) {
		return false
	}
	// "the Hollis Family Trust", "the Dunmore Family Farm": a name before
	// a capitalized "Family" is the family's, when an organisation's word
	// follows or the line is prose. In a headline every word is
	// capitalized and "Family" is the family of the place it follows.
	if nextJoined && toks[m.last+1].cap && next == "family" && text[toks[m.last].end:toks[m.last+1].start] == " " && !major &&
		(familyOrg(text, toks, m.last+2) || !tc.titleCase(text, toks[m.last+1].start)) {
		return false
	}
	// "near Copper Plaza", "beside the Copper Kettle Plaza":
	// a street's or a square's word alone after a capitalized word ends
	// that place's name; it is no town of its own (Płaza, Poland).
	if k := m.first - 1; words == 1 && streetWords[m.key] && k >= 0 && toks[k].cap && text[toks[k].end:first.start] == " " && !articles[p.word(text, toks, k)] {
		return false
	}
	// "fled on foot near 72nd and McKinley", "at Main and 5th": a name
	// paired with a numbered street by "and" is a street too.
	if words == 1 && !major && (prev == "and" && ordinalStreet(p.word(text, toks, m.first-2)) || next == "and" && ordinalStreet(p.word(text, toks, m.last+2))) {
		return false
	}
	// "at Lansing and Old Lansing roads", "Oak and Main streets": names
	// joined by "and" before a plural road word in lower case are roads.
	if !major && p.roadPair(text, toks, m.first, m.last) {
		return false
	}
	// "the Snake River Fire, scorching 3,100 acres", "the Elkhorn Fire
	// has burned": a wildfire's name, written with a capital "Fire" and
	// no office's word after it ("the Elkhorn Fire Department" is the
	// town's).
	if nextJoined && p.fireName(text, toks, m.last+1) {
		return false
	}
	// "officers responded to San Mateo and Copper NE ... along San
	// Mateo": a name the text gives a street by its quadrant is the
	// street wherever it stands, but after "in".
	if tc.streets[m.key] && !major && lead != "in" {
		return false
	}
	// "the Kathy / Meadows apartments": a complex's name before
	// "apartments" in lower case, not a small town's.
	if nextJoined && !major && !toks[m.last+1].cap && (next == "apartments" || next == "apartment" && p.word(text, toks, m.last+2) == "complex") {
		return false
	}
	// "the Chin National Front", "the Sudan People's Liberation Army",
	// "the Tripoli Revolutionaries' Brigades", "the National Movement of
	// Amhara", "ethnic Amhara militias": an armed group's or a people's
	// name, not the place's.
	pre := text[max(0, m.start-60):m.start]
	if strings.HasPrefix(text[m.end:], " ") && armedGroupAfter.MatchString(text[m.end:min(len(text), m.end+80)]) ||
		(strings.HasSuffix(pre, "of ") || strings.HasSuffix(pre, "for ") || strings.HasSuffix(pre, "the ")) && armedGroupBefore.MatchString(pre) ||
		armedEnd(pre) && armedGroupOf.MatchString(pre) ||
		prev == "ethnic" && m.first > 0 && !toks[m.first-1].cap && top.Level() != 1 {
		return false
	}
	// "Islamic State West Africa Province", "its Central Africa Province":
	// a region larger than a country is nobody's province, so before a
	// capitalized "Province" it names an armed group's branch.
	if nextJoined && next == "province" && toks[m.last+1].cap && top.Level() == 0 && text[toks[m.last].end:toks[m.last+1].start] == " " {
		return false
	}
	// "the Clinton administration", "the Bush administration": a
	// president's name, not a small town's.
	if nextJoined && !major && !toks[m.last+1].cap && next == "administration" {
		return false
	}
	// "Hamilton Medical Center", "Grady Memorial Hospital": hospitals are
	// named after people as often as after places; a small place's name
	// in one's name is the person's. ("the Benghazi hospital", in lower
	// case, is the town's: GeoVirus annotates it.)
	// So "Telluride Regional Medical Center", "Mercy General Hospital": a
	// word that says whom the hospital serves may come between.
	if nextJoined && !major && toks[m.last+1].cap && (next == "hospital" || next == "memorial" || next == "medical" && p.word(text, toks, m.last+2) == "center" ||
		hospitalKinds[next] && m.last+2 < len(toks) && toks[m.last+2].cap && (p.word(text, toks, m.last+2) == "hospital" ||
			p.word(text, toks, m.last+2) == "medical" && p.word(text, toks, m.last+3) == "center")) {
		return false
	}
	// "Lincoln High School in Jackson, Miss.", "Kennedy Middle School":
	// schools are named after presidents as often as after their towns,
	// so the name is the town's only when the text also names the town
	// as a place ("ROME, Ga. -- The Rome High School Wolves"). A county's
	// school is the county's: "Woodford County High School".
	if k := m.last + 2; words == 1 && nextJoined && k < len(toks) && toks[m.last+1].cap && toks[k].cap && !placed[m.key] && top.Level() > 1 &&
		(next == "high" || next == "middle" || next == "junior") && (p.word(text, toks, k) == "school" || p.word(text, toks, k) == "high") {
		return false
	}
	// "Elba City Schools", "the Ardmore School District": a town's school
	// system is an employer and a board, named as its schools are.
	if words == 1 && nextJoined && top.Level() > 3 && schoolSystem(text, toks, m.last+1) {
		return false
	}
	// "St. Peter's Square", "Lincoln's Inn Road", "St. John's Hospital": a
	// landmark named for someone, not the place of that name.
	// Not "South Dakota’s Highway Patrol": a road's word before a body's
	// word names the state's body.
	if k := m.last + 2; k < len(toks) && possessive(text, toks, m.last+1) && toks[k].cap &&
		(streetWords[p.word(text, toks, k)] || foundationWords[p.word(text, toks, k)]) && text[toks[m.last+1].end:toks[k].start] == " " &&
		!(top.Level() <= 3 && k+1 < len(toks) && toks[k+1].cap && bodyWords[p.word(text, toks, k+1)] && text[toks[k].end:toks[k+1].start] == " ") {
		return false
	}
	// "dedicated to St John the Baptist": a saint, not Saint John.
	if w := text[toks[m.first].start:toks[m.first].end]; (w == "St" || w == "Saint" || w == "ST" || w == "SAINT") && m.last+2 < len(toks) && p.word(text, toks, m.last+1) == "the" &&
		toks[m.last+2].cap && saintEpithets[p.word(text, toks, m.last+2)] {
		return false
	}
	// "on U.S. 78 near Winterville", "U.S. Route 1": a highway.
	if k := m.last + 1; k < len(toks) && (text[m.start:m.end] == "U.S." || text[m.start:m.end] == "US") && m.end < len(text) && text[m.end] == ' ' && toks[k].start == m.end+1 &&
		(toks[k].letters == 0 || p.word(text, toks, k) == "route" || p.word(text, toks, k) == "highway") {
		return false
	}
	// "Universidad Nacional de Córdoba", "Iglesia de la Compañía": a name
	// inside a Spanish, Portuguese, Italian or French body's name.
	if p.romanceBody(text, toks, m.first) {
		return false
	}
	// "Illinois Route 121", "U.S. highways 271 and 82", "State Route 9": a
	// state's or country's name before a road's word and its number names
	// the road.
	if k := m.last + 1; k+1 < len(toks) && m.end < len(text) && text[m.end] == ' ' && toks[k].start == m.end+1 && roadNumberWords[p.word(text, toks, k)] &&
		text[toks[k].end:toks[k+1].start] == " " && toks[k+1].letters == 0 && top.Level() <= 2 {
		return false
	}
	// "on Ohio 83", "the facility on Vermont 2A": a US state's name before
	// a bare route number, after a word a road takes, is the state route
	// (not a score line: "Ohio 24, Michigan 17" has no such word before).
	if k := m.last + 1; k < len(toks) && top.Level() == 2 && top.Country == "US" && roadLeads[prev] && m.end < len(text) && text[m.end] == ' ' &&
		toks[k].start == m.end+1 && routeNumber(text[toks[k].start:toks[k].end]) && !(k+1 < len(toks) && p.word(text, toks, k+1) == "percent") {
		return false
	}
	// "Aiwa Co. and Pioneer Electric Corp.", "a consultant to Oasis", "the
	// whole of Coates": only a cue of place (in, at, near...) makes a
	// company's name a place; "and", "of", "to" join companies too.
	// "in Sanjawi area of district Ziarat ... Civil Hospital Ziarat": a
	// place noun before "of", or a district word before the name, says
	// place as surely as "in".
	areaOf := lead == "of" && (placeNouns[p.word(text, toks, m.first-2)] || p.word(text, toks, m.first-2) == "area")
	defined := tc.defined[m.key] && !p.bodyNamed(text, toks, m.last)
	if tc.orgs[m.key] && !major && (!locative || !placeCues[lead] && !areaOf) && !placed[m.key] && !paired && !defined {
		return false
	}
	// "Manuel Gonzalez": a given name and a surname that a hamlet is also
	// called.
	// "Jefferson City", "Carson City": not when the last word says a town.
	if words > 1 && top.Level() == 5 && !major && !locative && !placed[m.key] && p.given(p.word(text, toks, m.first)) &&
		!townWords[p.word(text, toks, m.last)] && !featureWords[p.word(text, toks, m.last)] {
		return false
	}
	// A word the text has used as a surname ("Joe Dunn ... Dunn said").
	// A county or a town of a million is no exception when nothing says
	// place: "Police Jury President Louis Kent ... Kent was arrested" (Kent,
	// England, is a county of 1.6 million).
	// "Don Martin De Leon": a surname with its particle, though a town
	// bears it (De Leon, Texas).
	if words == 2 && surnameParticles[p.word(text, toks, m.first)] && surnames[m.key] && !major && !locative && !paired && !placed[m.key] {
		return false
	}
	if words == 1 && surnames[m.key] && !defined && (!major || !locative && !paired &&
		!slices.ContainsFunc(cands, func(c gazetteer.Place) bool { return c.Level() <= 2 || c.Level() == 5 && c.Population >= 250_000 })) {
		return false
	}
	m.strong = major || locative || words > 1
	m.acronym = words == 1 && first.upper && first.letters <= 4
	m.viaAlt = viaAlt
	return true
}

// residentOf reports whether the name at token i follows "of" after a
// person's age or full name, as local papers say where people live: "John
// Smith, 36, of Effort", "said Evelyn Harris of Blakeslee". A title of
// nobility or office before "of" is no person ("Duke of York").
func (p *Parser) residentOf(text string, toks []token, i int) bool {
	if i < 3 || p.word(text, toks, i-1) != "of" || text[toks[i-1].end:toks[i].start] != " " {
		return false
	}
	a, b := toks[i-3], toks[i-2]
	sep := text[b.end:toks[i-1].start]
	// "Smith, 36, of": an age between commas after a capitalized name.
	if b.letters == 0 && b.end-b.start <= 3 && sep == ", " && text[a.end:b.start] == ", " && a.cap {
		return true
	}
	// "Evelyn Harris of": a given name and a capitalized surname, not a
	// people's word and a body's ("the Philippine Department of
	// Agriculture").
	if sep != " " || !b.cap || b.upper || !a.cap || a.upper || text[a.end:b.start] != " " || !p.given(p.word(text, toks, i-3)) {
		return false
	}
	if _, d := p.g.DemonymKey(p.word(text, toks, i-3)); d {
		return false
	}
	return !p.institution(text, toks, i-2, i-2) && !bodyWords[p.word(text, toks, i-2)]
}

// patrolPost reports whether "Post" after a name is a state patrol's or a
// state police post named after a town, in a text on troopers: "contact
// the Lebanon Post", "the Michigan State Police-Manistique Post". A city's
// newspaper ("the Denver Post") is a city of 100,000's.
func (p *Parser) patrolPost(next string, tc *textContext, cands []gazetteer.Place) bool {
	return next == "post" && tc.patrol && slices.ContainsFunc(cands, func(c gazetteer.Place) bool { return c.Level() == 5 }) &&
		!slices.ContainsFunc(cands, func(c gazetteer.Place) bool { return c.Level() == 5 && c.Population >= 100_000 })
}

// divisionBody reports whether a division's name before a road's word
// and a body's word names the division's own body, not a road: "the
// Kansas Highway Patrol", "the Schoolcraft County Road Commission" ("Kansas
// Highway 20" stays a road).
func (p *Parser) divisionBody(text string, toks []token, m *mention, top gazetteer.Place) bool {
	k := m.last + 2
	return top.Level() >= 1 && top.Level() <= 3 && k < len(toks) && toks[k].cap && bodyWords[p.word(text, toks, k)] &&
		text[toks[m.last+1].end:toks[k].start] == " "
}

// townOfDivision reports whether the words from token k on name a
// first-level division (by its own name, in up to three words) that holds
// a town among cands.
func (p *Parser) townOfDivision(text string, toks []token, k int, cands []gazetteer.Place) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		if j > k && (!joinable(text, toks[j-1], toks[j]) || !toks[j].cap) {
			break
		}
		key := gazetteer.Fold(text[toks[k].start:toks[j].end])
		for _, d := range p.g.LookupKey(key) {
			if d.FeatureCode != "ADM1" || gazetteer.Fold(d.Name) != key {
				continue
			}
			for _, c := range cands {
				if c.Level() == 5 && contains(d, c) {
					return true
				}
			}
		}
	}
	return false
}

// credit reports whether the name at text[start:end] fills the
// parentheses of a dateline's credit ("(Xinhua) --", "(AP) _") or of a
// story's closing credit ("... said on Sunday. (Xinhua)").
func credit(text string, start, end int) bool {
	ok, _ := creditOf(text, start, end)
	return ok
}

// creditAgency reports whether the name at text[start:end] fills a
// credit and names the agency wherever the text names it ("... a local
// group told Xinhua"): a dateline's credit whatever it is, a closing one
// only when it is a listed agency whose name is no place's. "(Petra)"
// closing a story about Jordan is the agency there only, and the road to
// Petra is a place.
func creditAgency(text string, start, end int) bool {
	ok, dateline := creditOf(text, start, end)
	if !ok || dateline {
		return ok
	}
	// (asked of every capitalised word: lower-cased only when needed)
	name := strings.ToLower(text[start:end])
	return wireAgencies[name] && !agencyPlaces[name]
}

// creditOf is credit, and whether the credit is a dateline's (a dash
// after it).
func creditOf(text string, start, end int) (ok, dateline bool) {
	// "Nov 4 (NNN-XINHUA) —": agencies credited together. A credit joins
	// a few agencies; the bound keeps a long run of joined words from
	// being walked again from each of its words.
	for n := 0; n < maxCredited && start > 1 && text[start-1] == '-' && isUpperASCII(text[start-2]); n++ {
		start--
		for start > 0 && isUpperASCII(text[start-1]) {
			start--
		}
	}
	// "(ANI/Xinhua)", "(Pajhwok/Xinhua)": agencies credited together by
	// a slash, the name on either side of it. Places are joined so too
	// ("(Kharkiv/Izium)"), so one of the names must be a listed
	// agency's.
	slashed := false
	for n := 0; n < maxCredited && start > 1 && text[start-1] == '/' && isASCIILetter(text[start-2]); n++ {
		start--
		for start > 0 && isASCIILetter(text[start-1]) {
			start--
		}
		slashed = true
	}
	for n := 0; n < maxCredited && end+1 < len(text) && text[end] == '/' && isASCIILetter(text[end+1]); n++ {
		end++
		for end < len(text) && isASCIILetter(text[end]) {
			end++
		}
		slashed = true
	}
	if start == 0 || text[start-1] != '(' || end >= len(text) || text[end] != ')' {
		return false, false
	}
	if slashed && !agencies(text[start:end]) {
		return false, false
	}
	rest := strings.TrimLeft(text[end+1:], " ")
	for _, d := range []string{"-", "—", "–", "_"} {
		if strings.HasPrefix(rest, d) {
			return true, true
		}
	}
	// "... displaced since January. (Xinhua)": the closing credit, after
	// a sentence's end (on its line or the next) and alone to its line's
	// end. A place in parentheses can stand so too ("... sent north.
	// (Kidal)"), so the name must be a wire agency's; a place inside its
	// sentence ("in Bunia (Ituri).") is no credit either way.
	rest = strings.TrimLeft(rest, " \t\r")
	if rest != "" && rest[0] != '\n' || !agencies(text[start:end]) {
		return false, false
	}
	before := strings.TrimRight(text[:start-1], " \t\r\n")
	for _, e := range []string{".", "!", "?", "\"", "”", "’"} {
		if strings.HasSuffix(before, e) {
			return true, false
		}
	}
	return false, false
}

// maxCredited bounds the agencies one credit joins on either side of a
// name ("(ANI/Xinhua)"; "(NNN-XINHUA)").
const maxCredited = 3

// agencies reports whether a name of a credit, alone or joined to others
// by slashes or hyphens, is a listed wire agency's: a credit may join a
// small agency the list lacks to one it holds ("(Pajhwok/Xinhua)").
func agencies(names string) bool {
	for _, n := range strings.FieldsFunc(names, func(r rune) bool { return r == '/' || r == '-' }) {
		if wireAgencies[strings.ToLower(n)] {
			return true
		}
	}
	return false
}

// wireAgencies are the one-word names news agencies credit copy with, in
// lower case: the world's wires and the national agencies whose copy
// other papers carry. Some are places' names too (agencyPlaces): in
// parentheses after a story's last sentence the agency is the likelier.
var wireAgencies = map[string]bool{
	"bakhtar": true, "pajhwok": true, "kcna": true, "ina": true, "unian": true, "saba": true, "fars": true, "pap": true,
	"bta": true, "mti": true, "anp": true, "belga": true, "tanjug": true, "hina": true,
	"ap": true, "afp": true, "reuters": true, "upi": true, "dpa": true, "efe": true, "ansa": true, "lusa": true,
	"xinhua": true, "kyodo": true, "jiji": true, "yonhap": true, "bernama": true, "antara": true, "pna": true, "vna": true,
	"ani": true, "pti": true, "ians": true, "uni": true, "app": true, "unb": true, "bss": true, "rss": true,
	"irna": true, "isna": true, "mehr": true, "tasnim": true, "wam": true, "spa": true, "kuna": true, "qna": true,
	"bna": true, "sana": true, "nna": true, "mena": true, "petra": true, "anadolu": true, "aa": true,
	"tass": true, "ria": true, "interfax": true, "ukrinform": true, "sputnik": true,
	"nan": true, "apa": true, "aps": true, "map": true, "tap": true, "pana": true, "ena": true, "suna": true,
	"kna": true, "cna": true, "aap": true, "ips": true, "notimex": true, "nnn": true,
}

// agencyPlaces are the listed agencies whose names are places' too: the
// credit is the agency, but the text's other mentions stay places ("the
// road to Petra … (Petra)").
var agencyPlaces = map[string]bool{"bakhtar": true, "saba": true, "fars": true, "petra": true, "spa": true, "mena": true, "map": true, "tap": true}

// dateline reports whether the name at text[start:end] opens a news
// dateline ("ROME, Ga. --", "BAKU (Reuters) -", "LIMA, Peru (AP) —"): at
// the start of the text or of a line, in capitals, followed by a comma, a
// parenthesis or a dash. There a short word in capitals is the town, not
// an acronym.
func dateline(text string, start, end int) bool {
	line := strings.TrimLeft(text[strings.LastIndexByte(text[:start], '\n')+1:start], " \t")
	if line != "" || strings.ToUpper(text[start:end]) != text[start:end] {
		return false
	}
	rest := text[end:]
	for _, p := range []string{", ", " (", " --", " —", " – ", " - "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

// vehicles are the nouns a make stands before: "Vauxhall cars".
var vehicles = map[string]bool{
	"car": true, "cars": true, "van": true, "vans": true, "lorry": true, "lorries": true, "truck": true, "trucks": true,
	"motorcycle": true, "motorcycles": true, "motorbike": true, "motorbikes": true, "hatchback": true, "saloon": true,
	"sedan": true, "pickup": true, "minibus": true, "minivan": true, "scooter": true,
}

// vehicleMakes are carmakers whose models police reports name after
// them.
var vehicleMakes = map[string]bool{
	"vw": true, "volkswagen": true, "toyota": true, "holden": true, "ford": true, "hyundai": true, "mazda": true,
	"nissan": true, "honda": true, "kia": true, "subaru": true, "peugeot": true, "renault": true, "mitsubishi": true,
	"suzuki": true, "isuzu": true, "jeep": true, "bmw": true, "audi": true, "mercedes": true, "volvo": true, "skoda": true,
	"vauxhall": true, "opel": true, "fiat": true, "chevrolet": true, "dodge": true, "lexus": true,
	// US police reports (round 19): "a GMC Yukon", "a Buick Lucerne".
	"gmc": true, "chevy": true, "buick": true, "cadillac": true, "chrysler": true, "pontiac": true, "acura": true,
	"infiniti": true, "tesla": true, "kenworth": true, "peterbilt": true, "freightliner": true,
}

// shopPossessive reports whether the "'s" at token j owns nothing: a
// punctuation mark or the text's end follows it, or a verb ("McDonald's
// is asking").
func shopPossessive(text string, toks []token, j int) bool {
	if s := text[toks[j].start:toks[j].end]; s != "s" && s != "S" {
		return false
	}
	rest := text[toks[j].end:]
	if rest == "" || strings.ContainsRune(".,;:)!?", rune(rest[0])) {
		return true
	}
	return j+1 < len(toks) && text[toks[j].end:toks[j+1].start] == " " && shopVerbs[lower(text, toks, j+1)]
}

// shopVerbs after a name's "'s" make it a shop's or a chain's.
var shopVerbs = map[string]bool{"is": true, "was": true, "has": true, "said": true, "says": true}

// shopElsewhere reports whether text writes name with its "'s" after an
// article or a word of shopPreps somewhere: "lunch at a Bellamy's". The
// text's such names are gathered on the first call, in one pass: asked per
// mention, a search of the whole text made long texts quadratic.
func (tc *textContext) shopElsewhere(text, name string) bool {
	if tc.shops == nil {
		tc.shops = shopNames(text)
	}
	return tc.shops[name]
}

// shopWords are the words before a name that shopElsewhere looks for, each
// with the space before it.
var shopWords = []string{" a", " an", " at", " to", " from", " for", " inside", " outside", " near", " into", " behind"}

// shopNames returns every string that text writes between a word of
// shopWords and an "'s": for each "'s", each stretch before it that opens
// after " a ", " at " and the like, within shopSpan bytes. A name has seven
// words at most, none so long; the bound keeps a text without spaces linear.
func shopNames(text string) map[string]bool {
	const shopSpan = 256
	names := map[string]bool{}
	for i := 0; i < len(text); i++ {
		ap := 0
		if text[i] == '\'' {
			ap = 1
		} else if strings.HasPrefix(text[i:], "’") {
			ap = len("’")
		}
		if ap == 0 || i+ap >= len(text) || text[i+ap] != 's' {
			continue
		}
		lo := max(0, i-shopSpan)
		for end := i; ; {
			sp := strings.LastIndexByte(text[lo:end], ' ')
			if sp < 0 {
				break
			}
			sp += lo
			for _, w := range shopWords {
				if strings.HasSuffix(text[:sp], w) {
					names[text[sp+1:i]] = true
					break
				}
			}
			end = sp
		}
	}
	return names
}

// shopPreps, before a name whose "'s" owns nothing, make it a shop's: one
// goes to it, buys at it or speaks for it.
var shopPreps = map[string]bool{
	"at": true, "to": true, "from": true, "for": true, "inside": true, "outside": true, "near": true, "into": true, "behind": true,
}

// vehicleMakeBefore returns the token of a carmaker's name just before
// token first, or before one capitalized word of the model's ("Jeep Grand
// Cherokee"), or -1.
func (p *Parser) vehicleMakeBefore(text string, toks []token, first int) int {
	for k := first - 1; k >= 0 && k >= first-2; k-- {
		if !toks[k].cap || text[toks[k].end:toks[k+1].start] != " " {
			return -1
		}
		if vehicleMakes[p.word(text, toks, k)] {
			return k
		}
	}
	return -1
}

// vehicleModel reports whether the name key on tokens up to last, after the
// carmaker's name at token k, is the vehicle's model. A country's name never
// is: "Ford Australia" is the maker's branch there, and "In 2016 Ford
// Australia" opens a sentence with a year, not a vehicle's. A state's or a
// province's name is one after an article, a colour or a model year ("a
// Chevrolet Colorado", "a GMC Yukon"); a big one's (a million people or
// more) not after a bare article when a word of the maker's site or staff
// follows ("a Honda Ohio plant"), which makes it the maker's branch there.
func (p *Parser) vehicleModel(text string, toks []token, k, last int, key string) bool {
	before := p.word(text, toks, k-1)
	year := modelYear(text[toks[k-1].start:toks[k-1].end]) && k >= 2 && (modelOwners[p.word(text, toks, k-2)] || colours[p.word(text, toks, k-2)])
	if !modelOwners[before] && !colours[before] && !year {
		return false
	}
	bigState := false
	for _, c := range p.g.LookupKey(key) {
		if c.Level() <= 1 {
			return false
		}
		bigState = bigState || c.Level() == 2 && c.Population >= 1_000_000
	}
	if !bigState || colours[before] || year {
		return true
	}
	n := last + 1
	return !(n < len(toks) && text[toks[last].end:toks[n].start] == " " && !toks[n].cap && makerBranch[p.word(text, toks, n)])
}

// makerBranch, after a carmaker's name and a state's, make the state the
// maker's branch there: "a Honda Ohio plant", "a Toyota Texas spokesman".
var makerBranch = map[string]bool{
	"plant": true, "plants": true, "factory": true, "factories": true, "facility": true, "facilities": true, "works": true,
	"site": true, "assembly": true, "dealership": true, "dealerships": true, "dealer": true, "dealers": true, "office": true,
	"offices": true, "headquarters": true, "division": true, "unit": true, "subsidiary": true, "operation": true,
	"operations": true, "workers": true, "employees": true, "staff": true, "workforce": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "executive": true, "executives": true, "manager": true, "managers": true,
	"president": true, "union": true, "campus": true, "warehouse": true, "depot": true,
}

// vehicleRiders, before "of", make a name the text has used as a model
// the vehicle again: "the driver of the Sierra".
var vehicleRiders = map[string]bool{
	"driver": true, "drivers": true, "passenger": true, "passengers": true, "occupant": true, "occupants": true,
	"owner": true, "operator": true,
}

// modelPlacePreps, besides the place cues, make a name the text has used
// as a vehicle's model a place again: "moved to the Yukon".
var modelPlacePreps = map[string]bool{"to": true, "from": true, "of": true, "toward": true, "towards": true, "via": true}

// modelOwners stand before a vehicle's model year: "a 2014 Toyota". Not
// "the": "the 2012 London Olympics".
var modelOwners = map[string]bool{
	"a": true, "an": true, "his": true, "her": true, "their": true,
}

// hospitalKinds come between a hospital's namesake and "Hospital" or
// "Medical Center".
var hospitalKinds = map[string]bool{"regional": true, "community": true, "general": true}

// schoolSystem reports whether the capitalized words from token i name a
// town's school system: "Schools", "City Schools", "School District",
// "City School System".
func schoolSystem(text string, toks []token, i int) bool {
	first := i
	w := func(k int) string {
		if k >= len(toks) || !toks[k].cap || k > first && text[toks[k-1].end:toks[k].start] != " " {
			return ""
		}
		return lower(text, toks, k)
	}
	if w(i) == "city" {
		i++
	}
	return w(i) == "schools" || w(i) == "school" && (w(i+1) == "system" || w(i+1) == "district")
}

// roadsPlural end a pair of road names: "Lansing and Old Lansing roads".
var roadsPlural = map[string]bool{"roads": true, "streets": true, "avenues": true, "drives": true, "lanes": true, "boulevards": true}

// roadPair reports whether the name on tokens first..last stands in a pair
// of road names: "and" with up to three capitalized words before a plural
// road word in lower case, on either side of the name.
func (p *Parser) roadPair(text string, toks []token, first, last int) bool {
	// capsTo returns the first token after the capitalized words from i,
	// up to three, joined by single spaces; i when there are none.
	capsTo := func(i int) int {
		k := i
		for k < len(toks) && k < i+3 && toks[k].cap && (k == i || text[toks[k-1].end:toks[k].start] == " ") {
			k++
		}
		return k
	}
	plural := func(k int) bool {
		return k < len(toks) && !toks[k].cap && roadsPlural[p.word(text, toks, k)] && text[toks[k-1].end:toks[k].start] == " "
	}
	// The name first: "Lansing and Old Lansing roads".
	if p.word(text, toks, last+1) == "and" {
		if k := capsTo(last + 2); k > last+2 && plural(k) {
			return true
		}
	}
	// The name second, perhaps after a capitalized word: "Lansing and
	// Old Lansing roads".
	if plural(last + 1) {
		for j := first - 1; j >= 0 && j >= first-2; j-- {
			if p.word(text, toks, j) == "and" {
				return j > 0 && toks[j-1].cap
			}
			if !toks[j].cap {
				return false
			}
		}
	}
	return false
}

// fireName reports whether token i is a capitalized "Fire" joined to the
// name before it with no capitalized word after it: "the Elkhorn Fire has
// burned", not "the Elkhorn Fire Department".
// Nor "Mayfield Fire/EMS", "Cornwall Fire and Rescue Service".
func (p *Parser) fireName(text string, toks []token, i int) bool {
	if i <= 0 || i >= len(toks) || !toks[i].cap || p.word(text, toks, i) != "fire" || text[toks[i-1].end:toks[i].start] != " " {
		return false
	}
	if rest := strings.TrimLeft(text[toks[i].end:], " "); strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "&") {
		return false
	}
	k := i + 1
	if p.word(text, toks, k) == "and" {
		k++
	}
	return !(k < len(toks) && toks[k].cap && text[toks[k-1].end:toks[k].start] == " ")
}

// ordinalStreet reports whether w is a numbered street's name: "72nd",
// "5th", "101st".
func ordinalStreet(w string) bool {
	n := leadingDigits(w)
	if n == 0 || n > 3 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// roadLeads stand before a state route called by the state's name and a
// number: "turned onto Ohio 16", "closed Vermont 2A".
var roadLeads = map[string]bool{
	"on": true, "onto": true, "along": true, "off": true, "at": true, "near": true, "and": true, "or": true, "from": true,
	"to": true, "via": true, "across": true, "crossing": true, "crossed": true, "closed": true, "between": true,
}

// routeNumber reports whether w is a route's number: one to four digits,
// perhaps with one letter after ("83", "2A").
func routeNumber(w string) bool {
	n := leadingDigits(w)
	if n == 0 || n > 4 {
		return false
	}
	rest := w[n:]
	return rest == "" || len(rest) == 1 && (rest[0] >= 'A' && rest[0] <= 'Z' || rest[0] >= 'a' && rest[0] <= 'z')
}

// leadingDigits returns how many ASCII digits w opens with.
func leadingDigits(w string) int {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return n
}

// colours stand between an article and a vehicle's model year: "a white
// 2015 Ford F-150".
var colours = map[string]bool{
	"red": true, "white": true, "black": true, "blue": true, "silver": true, "gray": true, "grey": true, "green": true,
	"maroon": true, "gold": true, "tan": true, "brown": true, "yellow": true, "orange": true, "beige": true, "purple": true,
}

// modelYear reports whether w is a year a vehicle may be of, 1950 to 2039.
func modelYear(w string) bool {
	return len(w) == 4 && (w[:2] == "19" && w[2] >= '5' || w[:2] == "20" && w[2] <= '3') && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// vehicleCompounds make a vehicle's noun part of another after a place's
// name: "the Dibis car bomb", "the Invergordon car park".
var vehicleCompounds = map[string]bool{
	"bomb": true, "bombs": true, "bombing": true, "bombings": true, "bomber": true, "bombers": true, "park": true, "parks": true,
	"ferry": true, "ferries": true, "crash": true, "attack": true, "attacks": true, "explosion": true, "blast": true,
}

// diplomats are the nouns of a post abroad, before "to" or "in" and a
// capital's name.
var diplomats = map[string]bool{
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "embassy": true, "embassies": true,
	"consulate": true, "emissary": true, "charge": true, "attache": true,
}

// regionAdjective reports whether a word is a people's adjective of a
// place the text has named: its stem begins the place's name and it ends
// as such adjectives do ("Catalan" of Catalonia, "Bavarian" of Bavaria,
// "Punjabi" of Punjab).
func regionAdjective(w string, placed map[string]bool) bool {
	stem := ""
	for _, suf := range []string{"ian", "an", "ese", "ish", "i"} {
		if strings.HasSuffix(w, suf) {
			stem = strings.TrimSuffix(w, suf)
			break
		}
	}
	if len(stem) < 4 {
		return false
	}
	for k := range placed {
		if k != w && strings.HasPrefix(k, stem) && !strings.Contains(k, " ") {
			return true
		}
	}
	return false
}

// diplomacy is the wording of international meetings and bodies: a town
// named beside it is more likely a world city than a namesake at home
// ("trade talks in Geneva" in a story on Illinois farmers).
var diplomacy = relit.MustCompile(`\b(?:talks|negotiators|negotiations|summit|U\.?N\.?|United Nations|Security Council|World Health Organization|WHO|peace conference|treaty|ceasefire|delegations?|diplomats?)\b`)

// sentenceAround returns the sentence holding text[start:end], at most
// 300 bytes each side.
func sentenceAround(text string, start, end int) string {
	return text[sentenceFrom(text, start):sentenceTo(text, end)]
}

// sentenceFrom is where the sentence holding byte offset at begins: after
// a line break, or after a full stop, question or exclamation mark and the
// space that follows it; at most 300 bytes back.
func sentenceFrom(text string, at int) int {
	from := max(0, at-300)
	for k := at - 1; k > from; k-- {
		if text[k-1] == '\n' {
			return k
		}
		if endsSentence(text[k-1]) && (text[k] == ' ' || text[k] == '\n') {
			return k + 1
		}
	}
	return from
}

// sentenceTo is where the sentence holding byte offset at ends (its
// closing mark left out), by the same marks as sentenceFrom; at most 300
// bytes on.
func sentenceTo(text string, at int) int {
	to := min(len(text), at+300)
	for k := at; k < to; k++ {
		if text[k] == '\n' || endsSentence(text[k]) && k+1 < len(text) && (text[k+1] == ' ' || text[k+1] == '\n') {
			return k
		}
	}
	return to
}

func endsSentence(c byte) bool { return c == '.' || c == '!' || c == '?' }

// worldCityAndNamesake reports whether the candidates hold a capital of a
// country or a province of 150,000 and a town of under 50,000 elsewhere:
// the only case where talks in the sentence matter.
func worldCityAndNamesake(cands []gazetteer.Place) bool {
	for _, d := range cands {
		if d.Level() == 5 && d.Population >= 150_000 && (d.FeatureCode == "PPLC" || d.FeatureCode == "PPLA") &&
			slices.ContainsFunc(cands, func(c gazetteer.Place) bool { return c.Level() == 5 && c.Population < 50_000 && c.Country != d.Country }) {
			return true
		}
	}
	return false
}

// divisionCore strips a division's word from its folded name: a province
// the gazetteer calls "Province of Catanduanes" is called so by its own
// name, not by another.
func divisionCore(name string) string {
	for _, pre := range []string{"province of ", "department of ", "district of ", "state of ", "region of ", "municipality of ", "city of "} {
		if strings.HasPrefix(name, pre) {
			return name[len(pre):]
		}
	}
	for _, suf := range []string{" province", " county", " district", " department", " state", " region", " governorate", " prefecture", " municipality"} {
		if strings.HasSuffix(name, suf) {
			return name[:len(name)-len(suf)]
		}
	}
	return name
}

// namedDivision reports whether a capitalized division word ("Region",
// "Province", "State") follows the name at token last, and a first-level
// division is called so. In lower case the word counts when that division
// lies in a country the text names: "the Northwest region" of a story on
// Cameroon, not of one on the United States.
func (p *Parser) namedDivision(text string, toks []token, last int, cands []gazetteer.Place, named map[string]bool) bool {
	k := last + 1
	if k >= len(toks) || !joinable(text, toks[last], toks[k]) {
		return false
	}
	if w := p.word(text, toks, k); w != "region" && w != "province" && w != "state" {
		return false
	}
	return slices.ContainsFunc(cands, func(c gazetteer.Place) bool {
		return c.FeatureCode == "ADM1" && (toks[k].cap || named[c.Country])
	})
}

// districtOffices are offices that South Asian news names by their
// district: "Deputy Commissioner Ziarat", "SSP Kalat".
var districtOffices = map[string]bool{"commissioner": true, "ssp": true, "dpo": true, "sho": true}

// facilityWords, capitalized before a town's name, make it a building's.
var facilityWords = map[string]bool{
	"hospital": true, "airport": true, "hotel": true, "college": true, "school": true, "university": true, "church": true,
	"mosque": true, "stadium": true,
}

// countyLeads stand before a town of a county the text names where a
// given name would be a person's only after a verb ("except for
// Richmond", "including Richmond's"; not "said Jackson was arrested").
var countyLeads = map[string]bool{
	"for": true, "including": true, "except": true, "from": true, "to": true, "of": true, "and": true, "or": true,
	"by": true, "with": true, "between": true, "like": true,
}

// inView reports whether the text has named the country (alpha-2), read
// a town there with confidence, or spelled out one of its first-level
// divisions: situation reports often name only divisions ("In Upper
// Nile ...").
func (tc *textContext) inView(country string) bool {
	if tc.named[country] || tc.towns[country] {
		return true
	}
	for k := range tc.spelled {
		if strings.HasPrefix(k, country+".") {
			return true
		}
	}
	return false
}

// townInCounty reports whether a town among cands lies in a county the
// text names with its division word.
func (tc *textContext) townInCounty(cands []gazetteer.Place) bool {
	for _, c := range cands {
		if c.Level() == 5 && c.Admin2Code != "" && tc.counties[c.Country+"."+c.Admin1Code+"."+c.Admin2Code] {
			return true
		}
	}
	return false
}

// quadrantStreets finds the names the text gives streets by a city's
// quadrant, as Albuquerque's and Washington's news writes them: "San
// Mateo and Copper NE" (both streets, at their crossing), "Lomas NW".
func (p *Parser) quadrantStreets(text string, toks []token) map[string]bool {
	var out map[string]bool
	// run returns the first token of up to three capitalized words ending
	// at token e, or -1.
	run := func(e int) int {
		if e < 0 || !toks[e].cap || toks[e].upper {
			return -1
		}
		b := e
		for b > 0 && b > e-2 && toks[b-1].cap && !toks[b-1].upper && text[toks[b-1].end:toks[b].start] == " " {
			b--
		}
		return b
	}
	add := func(b, e int) {
		if out == nil {
			out = map[string]bool{}
		}
		out[gazetteer.Fold(text[toks[b].start:toks[e].end])] = true
	}
	for k := 1; k < len(toks); k++ {
		switch text[toks[k].start:toks[k].end] {
		case "NE", "NW", "SE", "SW":
		default:
			continue
		}
		if text[toks[k-1].end:toks[k].start] != " " {
			continue
		}
		b := run(k - 1)
		if b < 0 {
			continue
		}
		add(b, k-1)
		if b >= 2 && p.word(text, toks, b-1) == "and" && text[toks[b-2].end:toks[b-1].start] == " " && text[toks[b-1].end:toks[b].start] == " " {
			if a := run(b - 2); a >= 0 {
				add(a, b-2)
			}
		}
	}
	return out
}

// holderParen reports whether the parenthesis opening at text[open]
// holds only places as a situation report writes them: one to three
// names, each of up to three capitalized words and an optional division
// word in lower case ("(Tillabery, West Niger)", "(Bam province,
// Centre-Nord region)"); not "(née Roma)" nor "(Belle)" after a given
// name, which the caller checks.
func (p *Parser) holderParen(text string, open int) bool {
	end := strings.IndexByte(text[open:min(len(text), open+80)], ')')
	if end < 2 {
		return false
	}
	items := strings.Split(text[open+1:open+end], ", ")
	if len(items) > 3 {
		return false
	}
	for _, it := range items {
		ws := strings.Fields(it)
		if len(ws) == 0 || len(ws) > 4 {
			return false
		}
		for k, w := range ws {
			if upperStart(w) {
				if k > 0 && !upperStart(ws[k-1]) {
					return false
				}
				continue
			}
			if k == 0 || k != len(ws)-1 || !holderWords[w] {
				return false
			}
		}
	}
	return true
}

// holderWords are the division words a parenthesis of holders may end
// its names with.
var holderWords = map[string]bool{
	"region": true, "province": true, "department": true, "district": true, "territory": true, "commune": true,
	"state": true, "county": true, "zone": true, "governorate": true, "prefecture": true, "locality": true,
	"township": true, "woreda": true, "cercle": true, "municipality": true,
}

// upperStart reports whether w begins with a capital letter.
func upperStart(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// capNamed are division words that, capitalized after a town's name,
// name the division with it.
var capNamed = map[string]bool{"county": true, "territory": true, "governorate": true, "chiefdom": true,
	// "Tirinkot City", "Dessie Town": reports name a provincial capital
	// with its word; not a club's ("Manchester City", before a club's
	// word or a score), which cityClub checks.
	"city": true, "town": true}

// cityClub reports whether a capitalized "City" or "Town" at token k
// ends a club's name: the text names sport about it ("Manchester City
// beat Leeds 2-1", "a Hull City striker").
func (p *Parser) cityClub(text string, toks []token, k int) bool {
	if w := p.word(text, toks, k); w != "city" && w != "town" {
		return false
	}
	return clubWords.MatchString(text[max(0, toks[k].start-200):min(len(text), toks[k].end+200)])
}

// clubWords are words of football reports.
var clubWords = relit.MustCompile(`(?i)\b(?:football|soccer|league|club|striker|midfielder|defender|goalkeeper|manager|match|fixture|derby|cup|premier|championship|stadium|fans|\d+-\d+)\b`)

// personAge reports whether a person's age in parentheses, one to three
// digits, follows byte end: " (62)".
func personAge(text string, end int) bool {
	rest := text[end:min(len(text), end+7)]
	if !strings.HasPrefix(rest, " (") {
		return false
	}
	n := 0
	for n < 3 && 2+n < len(rest) && rest[2+n] >= '0' && rest[2+n] <= '9' {
		n++
	}
	return n > 0 && 2+n < len(rest) && rest[2+n] == ')'
}

// familyOrgWords after "Family" name a family's body or business.
var familyOrgWords = map[string]bool{
	"trust": true, "trusts": true, "foundation": true, "fund": true, "office": true, "farm": true, "farms": true,
	"estate": true, "charities": true, "charitable": true, "practice": true, "dentistry": true, "medicine": true,
	"restaurant": true, "funeral": true, "clinic": true, "center": true, "centre": true, "services": true,
	"partnership": true, "vineyards": true, "winery": true, "dairy": true, "ranch": true,
}

// countItem is an item of a list of counts by place: a word, a space, a
// number and a comma or semicolon ("Kassala 9,").
var countItem = relit.MustCompile(`\pL \d+[,;]`)

// countList reports whether the brackets open before byte at (within 200
// bytes) hold a count item before it: the name at at ends a list of counts.
func countList(text string, at int) bool {
	open := strings.LastIndexAny(text[max(0, at-200):at], "()")
	if open < 0 {
		return false
	}
	open += max(0, at-200)
	return text[open] == '(' && countItem.MatchString(text[open+1:at])
}

// familyOrg reports whether toks[k] is a capitalized word naming a body
// or business ("Trust", "Foundation", "Inc").
func familyOrg(text string, toks []token, k int) bool {
	if k >= len(toks) || !toks[k].cap || text[toks[k-1].end:toks[k].start] != " " {
		return false
	}
	w := strings.ToLower(text[toks[k].start:toks[k].end])
	return familyOrgWords[w] || companyWords[w]
}

// titleMinor are the short words a title-case line leaves in lower case.
var titleMinor = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "from": true, "as": true, "vs": true,
}

// titleCase reports whether the line holding byte offset at is written
// in title case: three words or more, and none in lower case but short
// function words. The verdict is kept for the line, which is read once.
func (tc *textContext) titleCase(text string, at int) bool {
	if l := &tc.line; l.ok && l.from <= at && at < l.to {
		return l.title
	}
	from := strings.LastIndexByte(text[:at], '\n') + 1
	to := strings.IndexByte(text[at:], '\n')
	if to < 0 {
		to = len(text)
	} else {
		to += at
	}
	n, title := 0, true
	for _, w := range strings.Fields(text[from:to]) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if unicode.IsLower(r) && !titleMinor[strings.ToLower(strings.Trim(w, ".,;:'’\"()"))] {
			title = false
			break
		}
	}
	tc.line.from, tc.line.to, tc.line.title, tc.line.ok = from, to, title && n >= 3, true
	return tc.line.title
}

// compassZoneWords may end a name of compass words ("North-Western Zone").
var compassZoneWords = map[string]bool{"zone": true, "province": true, "region": true, "district": true, "state": true, "division": true}

// compassOnly reports whether the words toks[i:j+1] are compass words alone,
// the last perhaps a division's word after one.
func (p *Parser) compassOnly(text string, toks []token, i, j int) bool {
	for k := i; k <= j; k++ {
		w := p.word(text, toks, k)
		if !directions[w] && !(k == j && k > i && compassZoneWords[w]) {
			return false
		}
	}
	return true
}

// regionOrState reports whether a capitalized "Region", "State" or
// "Province" ends a name at toks[j] or follows it.
func (p *Parser) regionOrState(text string, toks []token, j int) bool {
	for k := j; k <= j+1 && k < len(toks); k++ {
		if w := p.word(text, toks, k); toks[k].cap && (w == "region" || w == "state" || w == "province") {
			return true
		}
	}
	return false
}

// routeWords are the lower-case nouns after which a hyphened chain of
// places names a link's ends: "the Dodoma-Morogoro highway", "the
// Bambari-Ippy axis", "the Kapedo-Baringo border".
var routeWords = map[string]bool{
	"road": true, "highway": true, "route": true, "axis": true, "border": true, "corridor": true, "railway": true,
}

// routeAfter are the words that may follow a link's route word: the link's
// phrase ends and the sentence goes on.
var routeAfter = map[string]bool{
	"in": true, "on": true, "at": true, "near": true, "of": true, "from": true, "to": true, "between": true, "through": true,
	"and": true, "or": true, "is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true,
	"remains": true, "remained": true, "which": true, "that": true, "where": true, "since": true, "for": true, "after": true,
	"until": true, "with": true, "by": true, "as": true, "but": true, "when": true, "while": true, "during": true,
	"outside": true, "around": true, "late": true, "early": true, "again": true, "yesterday": true, "today": true,
	"last": true, "this": true, "will": true, "would": true, "could": true, "can": true, "because": true, "due": true,
}

// routePair reports whether the match is one of two or more capitalized
// words joined by hyphens, each a name the gazetteer knows, before a
// lower-case route word: the chain names the ends of a road or a border,
// each a place, not one person's or company's hyphened name.
func (p *Parser) routePair(text string, toks []token, m *mention, tc *textContext) bool {
	// A link has a few ends; the walks stop past that, so a long chain of
	// hyphened names costs each of its words a bounded look, not the
	// whole chain's. A chain longer than that reads as without this rule.
	const maxEnds = 16
	first, last := m.first, m.last
	for first > 0 && m.first-first < maxEnds && text[toks[first-1].end:toks[first].start] == "-" && toks[first-1].cap {
		first--
	}
	for last+1 < len(toks) && last-m.last < maxEnds && text[toks[last].end:toks[last+1].start] == "-" && toks[last+1].cap {
		last++
	}
	if last-first+1 > maxEnds || first > 0 && text[toks[first-1].end:toks[first].start] == "-" {
		return false
	}
	if first == m.first && last == m.last || last+1 >= len(toks) || text[toks[last].end:toks[last+1].start] != " " ||
		toks[last+1].cap || !routeWords[p.word(text, toks, last+1)] {
		return false
	}
	// "the Johnson-Wilson road safety bill", "the Baker-Hamilton corridor
	// plan": a noun after the route word makes the pair a modifier, often
	// of people's names; the link itself ends its phrase or goes on with
	// a function word, an adverb or a verb's past ("the Dodoma-Morogoro
	// highway in", "… route has", "… road reopened", "… axis late on").
	if k := last + 2; k < len(toks) && text[toks[k-1].end:toks[k].start] == " " && !toks[k].cap && !routeAfter[p.word(text, toks, k)] &&
		!strings.HasSuffix(p.word(text, toks, k), "ed") && !strings.HasSuffix(p.word(text, toks, k), "ly") {
		return false
	}
	// "the Franco-Spanish border": a people's word in the chain makes it
	// an adjective (this also gives up "the Afar-Somali border"); every
	// other part must be a name the gazetteer knows.
	if _, dem := p.g.DemonymKey(m.key); dem {
		return false
	}
	// "the Kennedy-Johnson road to war", "the Mason-Dixon border": a part
	// that is a given name or a word the text uses as a surname makes the
	// chain people's names, whatever towns share them. A town that bears
	// a given name costs its link so ("the Lyman-Siversk road"): a false
	// place on a map is worse than a missed one.
	for k := first; k <= last; k++ {
		w := p.word(text, toks, k)
		if p.given(w) || tc.surnames[w] {
			return false
		}
		if k >= m.first && k <= m.last {
			continue
		}
		if _, dem := p.g.DemonymKey(w); dem || !p.g.HasKey(w) {
			return false
		}
	}
	return true
}
