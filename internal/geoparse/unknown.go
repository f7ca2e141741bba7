package geoparse

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/relit"
)

// Names the gazetteer lacks are still places when their context says so:
// "the village of Kampungu", "the Wedza district", "Etoumbi and Mbomo
// districts". Such a name is placed inside the nearest place of its
// sentence that the gazetteer resolved, at that place's precision: the
// village in its province, the suburb in its city.

// placeNouns before "of" introduce a place's name.
var placeNouns = map[string]bool{
	"village": true, "villages": true, "town": true, "towns": true, "city": true, "hamlet": true, "hamlets": true,
	"district": true, "districts": true, "province": true, "provinces": true, "region": true, "suburb": true,
	"suburbs": true, "township": true, "settlement": true, "commune": true, "municipality": true, "county": true,
	"neighbourhood": true, "neighborhood": true, "island": true, "islands": true,
	// "the communities of Tondibi and Gargouna", "the localities of".
	"community": true, "communities": true, "locality": true, "localities": true,
}

// placeNounsAfter, in lower case after a name, make it a division's:
// "Warab state", "Cacuaco district". Not "village": "Kurdish village" is
// an adjective's.
var placeNounsAfter = map[string]bool{
	"district": true, "province": true, "state": true, "region": true, "county": true, "municipality": true,
	"prefecture": true, "governorate": true, "township": true,
	// "Mamond village in Bajaur district", "the Negga village", "the
	// Kaboro community": a people's name before them is an adjective,
	// which unknownAt leaves out.
	"village": true, "villages": true, "community": true, "communities": true, "area": true,
	// "in the Shula neighborhood", "the outskirts of Al-Fterah town".
	"neighborhood": true, "neighbourhood": true, "suburb": true, "town": true,
	// "West Darfur's Kulbus locality": Sudan's third-level division.
	"locality": true,
	// "the Suquía river", "the upper Waipa river".
	"river": true,
}

// slumAhead reports whether "slum" or "slums" follows a name in lower
// case: "the Mukuru slums in Nairobi". (Refugee camps were tried too:
// "Abu Shok refugee camp in Al-Fashir" was then placed at Al-Fashir,
// where the camp is, but GeoVirus' gold puts it 570 km east, and half 0
// dropped; docs/benchmarks/geo.md.)
func (p *Parser) slumAhead(text string, toks []token, last int) bool {
	k := last + 1
	if k >= len(toks) || toks[k].cap || !joinable(text, toks[last], toks[k]) {
		return false
	}
	w := p.word(text, toks, k)
	return w == "slum" || w == "slums"
}

// adjectival reports whether a word ends as adjectives of peoples and
// faiths do ("Kurdish", "Sudanese", "Christian"), which stand before
// "region" or "state" as often as names.
func adjectival(w string) bool {
	return strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ic")
}

// unknown is a name found by context alone, by token and byte extent,
// or a stray mention to place again (kept as it is if nothing nearby
// can hold it).
type unknown struct {
	first, last, start, end int
	orig                    *mention
	home                    *gazetteer.Place // where to put it when nothing in its sentence can hold it
	anywhere                bool             // else in the nearest county or town of the text's focus
	nearestFirst            bool             // that nearest county or town before its sentence's place (a dateline's town)
	village                 bool             // named as a village ("the village of X", "X village"): else in the place named last before it
	division                bool             // named as a zone, woreda, county or territory
	listOf                  int              // 1 + the start of the list's first item ("the villages of X and Y"), 0 if none
	listOnly                bool             // read for its list alone: unread unless placed where the list's first is
}

// unknownAt reads a name the gazetteer lacks at token i when its context
// makes it a place; prev is the last token of the previous such name,
// so that "villages of Bumbacari and Dudescu" takes both, and taken the
// end of the last name read, which the name must not reach back over.
func (p *Parser) unknownAt(text string, toks []token, i, prev, taken int) (unknown, bool) {
	last := i
	for k := i; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		if !t.cap || t.upper || t.letters < 2 || k > i && !joinable(text, toks[k-1], t) || possessive(text, toks, k) {
			break
		}
		w := p.word(text, toks, k)
		// A notable name ends the run: "Serb Kosovo province" is Kosovo's.
		// A small place's name does not: "the Dogon Dawa village" (Dawa,
		// a hamlet).
		if titles[w] || directions[w] || generic[w] || k > i && p.notable(w) {
			break
		}
		last = k
	}
	// "The Persian Gulf showdown": a sentence's "The" begins no name the
	// gazetteer lacks (those it has, "The Hague", are matched before),
	// and must not swallow the name after it.
	// "As Serief locality", "El Jeheer and Khoran villages": a name may
	// begin with the Arabic article written apart; not an English word
	// ("As", "At", "An") that begins the sentence.
	article := last > i && text[toks[i].end:toks[i+1].start] == " " && hyphenedArticles[p.word(text, toks, i)] &&
		!(englishArticle[p.word(text, toks, i)] && sentenceStart(text, toks[i]))
	if !toks[i].cap || toks[i].upper || toks[i].letters < 3 && !article || p.word(text, toks, i) == "the" {
		return unknown{}, false
	}
	// Common words alone ("the town of Hope" aside) are rarely names here.
	if last == i && p.common[p.word(text, toks, i)] {
		return unknown{}, false
	}
	if _, d := p.g.DemonymKey(p.word(text, toks, i)); d || last == i && adjectival(p.word(text, toks, i)) {
		return unknown{}, false
	}
	u := unknown{first: i, last: last, start: toks[i].start, end: toks[last].end}
	before := p.word(text, toks, i-1) == "of" && placeNouns[p.word(text, toks, i-2)]
	// "said Malinda Loving of Blakeslee": where a person lives.
	// Nothing else in its sentence may hold it: it goes to the text's
	// nearest county or town.
	if p.residentOf(text, toks, i) && !p.institution(text, toks, i, last) &&
		!(last+1 < len(toks) && toks[last+1].cap && joinable(text, toks[last], toks[last+1])) {
		before, u.anywhere = true, true
	}
	// "State Rep. Eddie Lumsden (R-Armuchee)", "Sen. Jane Doe, D-Elgin": a
	// lawmaker's party and home town.
	if !before && i > 0 && toks[i-1].upper && toks[i-1].letters == 1 && text[toks[i-1].end:toks[i].start] == "-" {
		if w := text[toks[i-1].start:toks[i-1].end]; (w == "R" || w == "D" || w == "I") && toks[i-1].start > 0 &&
			(text[toks[i-1].start-1] == '(' || strings.HasSuffix(text[:toks[i-1].start], ", ")) && !p.institution(text, toks, i, last) &&
			stateAbbrevs[text[u.start:u.end]] == "" && provinceAbbrevs[text[u.start:u.end]] == "" {
			// Not "Rep. Dan Burton, R-Ind.": a state's abbreviation.
			before, u.anywhere = true, true
		}
	}
	// "a 51-year-old Blakeslee, PA driver", "of Blakeslee, Pa.": a name
	// before a state's abbreviation is a town, when no person's: not
	// after another capitalized word nor begun by a given name ("John
	// Smith, MD").
	if !before && last+1 < len(toks) && !(i > 0 && toks[i-1].cap && joinable(text, toks[i-1], toks[i])) &&
		!(last > i && p.given(p.word(text, toks, i))) && !p.institution(text, toks, i, last) {
		if _, _, _, ok := p.stateAbbrev(text, toks, last+1, &mention{end: toks[last].end}); ok {
			before, u.anywhere = true, true
		}
	}
	// "one-quarter mile west of Ridgeview", "3 miles east of Monticello":
	// a distance and a bearing before a name make it a place, placed at
	// the text's nearest county or town; not a person's ("two miles north
	// of John Smith's farm").
	if pre := text[max(0, u.start-40):u.start]; !before && strings.HasSuffix(pre, " of ") && distanceBefore.MatchString(pre) && !p.institution(text, toks, i, last) &&
		!(last > i && p.given(p.word(text, toks, i))) && !(last+1 < len(toks) && possessive(text, toks, last+1)) {
		before, u.anywhere = true, true
	}
	// "assists from Losantville in Randolph County and Hollansburg in
	// Darke County": a name the gazetteer lacks, after "from", "and" or
	// a comma, before "in" and a county or parish called with its
	// capitalized word, is a town of it. Not "found Williams in Randolph
	// County", whom a verb stands before.
	if !before && p.inCountyAfter(text, toks, last) && !p.institution(text, toks, i, last) && !p.given(p.word(text, toks, i)) && i > 0 {
		if pw := p.word(text, toks, i-1); (pw == "from" || pw == "and") && text[toks[i-1].end:toks[i].start] == " " || text[toks[i-1].end:toks[i].start] == ", " && !toks[i-1].cap {
			before, u.anywhere = true, true
		}
	}
	next := p.word(text, toks, last+1)
	after := last+1 < len(toks) && !toks[last+1].cap && placeNounsAfter[next] && joinable(text, toks[last], toks[last+1]) ||
		p.pluralAhead(text, toks, last) != "" || p.slumAhead(text, toks, last) || p.pluralBehind(text, toks, i) != ""
	// "in the Kilbrack Road area of Omagh": a road's name before "area"
	// says where in the town, and names no place itself.
	if after && last > i && streetWords[p.word(text, toks, last)] {
		return unknown{}, false
	}
	// "a Dogon village", "a Peulh village close to Bankass": after an
	// indefinite article the word before the noun says whose village it
	// is; a named village takes "the" or nothing ("the Negga village").
	if after && !toks[last+1].cap && indefiniteNouns[next] && last == i {
		if pw := p.word(text, toks, i-1); pw == "a" || pw == "an" {
			return unknown{}, false
		}
	}
	// "Ayimba Kebele", "Kiremu Woreda's Haro town", "Eastern Wolloga
	// Zone", "Tallo sub-district", "Bui division": the lower divisions of
	// Ethiopia, Iraq, Cameroon, Myanmar, South Sudan, written after their
	// name, capitalized or not. Such a name is placed in the place its
	// sentence names (not one named before it: a zone is too large to lie
	// in the last town named, "the Metakal zone" after "Afar").
	// "Tagwam Lawuru Village", "Bumasa Village": the local press of
	// Nigeria, Kenya and Uganda capitalizes the word after a village's
	// name; the run ends in it, and the name is read as "X village" is.
	capVillage := false
	if last > i && p.word(text, toks, last) == "village" && p.localHead(text, toks, last-1) && !p.institution(text, toks, i, last) {
		after, capVillage = true, true
	}
	local := false
	if lw := p.word(text, toks, last); last > i && (capDivisions[lw] || lw == "division" && p.civilDivision(text, toks, i, last)) && p.localHead(text, toks, last-1) {
		local = true
	} else if last+1 < len(toks) && toks[last+1].cap && capDivisions[next] && text[toks[last].end:toks[last+1].start] == " " && p.localHead(text, toks, last) {
		u.last, u.end, local = last+1, toks[last+1].end, true
	} else if !after && p.localDivisionAfter(text, toks, last) && p.localHead(text, toks, last) {
		local = true
	}
	// "Bhanga Upazila", "Mariga Local Government Area": a local government
	// word of one country's press (localGov) makes the name a division of
	// that country.
	// With nothing in its sentence to hold it, it lies in the text's
	// nearest county or town.
	if !local && !after {
		for k := i + 1; k <= last+1 && k < len(toks); k++ {
			// Not a health zone's name the gazetteer lacks: with nothing in
			// its sentence to hold it, it went to its province's point, 170
			// to 300 km off in rounds 16's and 24's humanitarian probes.
			if n, _ := p.localGov(text, toks, k); n > 0 && k > i && p.localHead(text, toks, k-1) && p.word(text, toks, k) != "health" {
				u.last, u.end, local, u.anywhere = k+n-1, toks[k+n-1].end, true, true
				break
			}
		}
		// "Barangay Bebe Anac", "Tehsil Karnah": a Philippine barangay or
		// a tehsil named with its word first. A barangay's name is often
		// a saint's or a common one, so it lies only in a place its
		// sentence names.
		if !local && last > i && p.localPrefix(text, toks, i) != nil && p.localHead(text, toks, last) {
			local = true
		}
	}
	u.division = local
	if local || after && next == "district" && !toks[last+1].cap {
		after = true
		// "Northern Gojjam Zone", "North Shoa zone", "the West Belessa
		// district": a compass word before it is the name's.
		if i > 0 && toks[i-1].cap && directions[p.word(text, toks, i-1)] && text[toks[i-1].end:toks[i].start] == " " {
			u.first, u.start = i-1, toks[i-1].start
		}
	}
	// "Inates (Tillabery, West Niger)", "Luko (Djugu territory)": a name
	// the gazetteer lacks before a parenthesis that opens on a place it
	// knows is a place held by it; not a person's ("John Smith (Texas)").
	if !before && !after && last+2 < len(toks) && text[toks[last].end:toks[last+1].start] == " (" && toks[last+1].cap &&
		!toks[last+1].upper && !p.given(p.word(text, toks, i)) && !p.institution(text, toks, i, last) &&
		!(i > 0 && toks[i-1].cap && joinable(text, toks[i-1], toks[i])) && !unitWords[p.word(text, toks, last)] && p.holderParen(text, toks[last].end+1) &&
		p.g.HasKey(gazetteer.Fold(text[toks[last+1].start:toks[last+1].end])) && !p.common[p.word(text, toks, last+1)] {
		after = true
	}
	// Villages listed with nothing in their sentence to hold them go to
	// the text's nearest county or town.
	if !after && p.villagesAhead(text, toks, last) {
		after, u.anywhere = true, true
	}
	// "several villages in Beni territory, including Mamove, Kazaroho
	// and Maobo": the villages' names follow "including".
	if prevW := p.word(text, toks, i-1); prevW == "including" && i > 0 {
		before = before || villagesBefore.MatchString(text[sentenceFrom(text, toks[i-1].start):toks[i-1].start])
	}
	// The second item of a list whose first was read so.
	listed := prev >= 0 && prev < i && func() bool {
		for k := prev + 1; k < i; k++ {
			if w := p.word(text, toks, k); w != "and" && w != "or" {
				return false
			}
		}
		s := text[toks[prev].end:toks[i].start]
		return s == " and " || s == ", " || s == ", and " || s == " or "
	}()
	// "Waiheke Island", "Lake Pontchartrain", "Mahim Bay": a capitalized
	// feature word is part of the name and says what it is.
	feature := false
	// "the Crazy Mountains", "the Cave Lake area", "the Chilled Lakes": the
	// run itself ends in a capitalized feature word.
	if lw := p.word(text, toks, last); last > i && (featureWords[lw] || featureEnds[lw]) {
		feature = true
	} else if last+1 < len(toks) && toks[last+1].cap && featureWords[next] && joinable(text, toks[last], toks[last+1]) {
		u.last, u.end, feature = last+1, toks[last+1].end, true
	} else if i > 0 && toks[i-1].cap && toks[i-1].start >= taken && joinable(text, toks[i-1], toks[i]) {
		// Not when the name before took the word ("Novo Brdo Lake").
		// "the River Tay", "River Witham": British and encyclopedic prose
		// writes a river's word before its name, of one word ("the River
		// Plate Stadium" is no river).
		if w := p.word(text, toks, i-1); w == "lake" || w == "mount" || w == "mt" || w == "river" && last == i {
			u.first, u.start, feature = i-1, toks[i-1].start, true
		}
	}
	// "the Snake River Fire, scorching": the feature names a wildfire.
	if feature && p.fireName(text, toks, u.last+1) {
		return unknown{}, false
	}
	// "The shelling in Ibleen, a village in southern Idlib province": an
	// apposition says what the name is.
	if !before && !after && last+2 < len(toks) && text[toks[last].end:toks[last+1].start] == ", " && (!toks[last+2].cap || p.peopleBeforeNoun(text, toks, last+2)) {
		// Not "Tim Whitley, a city official": the noun is the phrase's.
		// "Kolajo, a small town in", "a remote farming village": up to
		// two words that say what kind of place stand before the noun.
		n := p.kindNoun(text, toks, last+2)
		// "Sobame Da, a Dogon village close to Bandiagara": so may a
		// people's name.
		if p.peopleBeforeNoun(text, toks, n) {
			n++
		}
		if a := p.word(text, toks, last+1); (a == "a" || a == "an") && appositionNouns[p.word(text, toks, n)] &&
			(n+1 >= len(toks) || text[toks[n].end:toks[n+1].start] != " " || appositionNext[p.word(text, toks, n+1)] || directions[p.word(text, toks, n+1)]) {
			after = true
		}
	}
	// "trucks traveling from Chilga to Gondar", "the road between Kumbo
	// and Bamenda": a name the gazetteer lacks at one end of a route whose
	// other end is a place it knows.
	if !before && !after && last+2 < len(toks) && toks[last+2].cap && !p.given(p.word(text, toks, i)) {
		pw, nw := p.word(text, toks, i-1), p.word(text, toks, last+1)
		if (pw == "from" && nw == "to" || pw == "between" && nw == "and") && text[toks[last].end:toks[last+1].start] == " " &&
			text[toks[last+1].end:toks[last+2].start] == " " && p.g.HasKey(gazetteer.Fold(text[toks[last+2].start:toks[last+2].end])) {
			after = true
		}
	}
	// "Amchide is a small trading village in Cameroon's Far North": a
	// sentence that says what the name is.
	if !before && !after && last+3 < len(toks) && text[toks[last].end:toks[last+1].start] == " " {
		if v := p.word(text, toks, last+1); (v == "is" || v == "was") && text[toks[last+1].end:toks[last+2].start] == " " {
			n := p.kindNoun(text, toks, last+3)
			if a := p.word(text, toks, last+2); (a == "a" || a == "an") && n < len(toks) && !toks[n].cap && appositionNouns[p.word(text, toks, n)] &&
				n+1 < len(toks) && text[toks[n].end:toks[n+1].start] == " " && (appositionNext[p.word(text, toks, n+1)] || directions[p.word(text, toks, n+1)]) {
				after = true
			}
		}
	}
	u.village = !feature && (before && villageNouns[p.word(text, toks, i-2)] || after && villageNouns[next] || capVillage)
	return u, before || after || listed || feature || distanceAhead(text[toks[last].end:])
}

// englishArticle are the forms of the Arabic article that are English
// words too.
var englishArticle = map[string]bool{"as": true, "at": true, "an": true, "en": true, "ad": true}

// readTo is where the names read so far end, in bytes.
func readTo(ms []mention, us []unknown) int {
	end := 0
	if len(ms) > 0 {
		end = ms[len(ms)-1].end
	}
	if len(us) > 0 {
		end = max(end, us[len(us)-1].end)
	}
	return end
}

// distanceOf is a distance and a bearing from a place, as wire copy
// locates a village the reader cannot know: "at Doll, around two miles
// south of Brora", "Kunjir, some 40 km (25 miles) north-west of Labuan",
// "Ramree, which is 340km northwest of Yangon". A kind noun may stand
// between the name and its distance, as in Philippine and Indonesian copy
// ("landfall near Dilasag town, about 220 kilometres northeast of").
var distanceOf = relit.MustCompile(`^(?: town| village| municipality| township| district)?,? (?:which is |which lies |located |situated |lying )?(?:about |around |some |roughly |nearly |approximately |just |only )?` +
	`(\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few) ?` +
	`(km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\b\.?(?: \([^()]{1,30}\))? ` +
	`(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|erly)? of \p{Lu}`)

// distanceBefore matches a distance's unit and a bearing before a name:
// "one-quarter mile west of ", "3 ½ miles east of ", "20 km north-west of ";
// or a word that says where without a distance: "in the mountains west
// of ", "lies just north of ".
var distanceBefore = relit.MustCompile(`\b(?:km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi|mountains|hills|just|located|lies|due)\.? ` +
	`(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|erly)? of $`)

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a few": 3,
}

var bearings = map[string]float64{
	"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270, "northwest": 315,
}

// distanceFrom reads the distance (km) and bearing (degrees) of a
// distanceOf phrase after a name.
func distanceFrom(rest string) (km, bearing float64, ok bool) {
	if len(rest) > 120 {
		rest = rest[:120]
	}
	g := distanceOf.FindStringSubmatch(rest)
	if g == nil {
		return 0, 0, false
	}
	km, isWord := numberWords[g[1]]
	if !isWord {
		v, err := strconv.ParseFloat(strings.ReplaceAll(g[1], ",", ""), 64)
		if err != nil {
			return 0, 0, false
		}
		km = v
	}
	if strings.HasPrefix(g[2], "mi") {
		km *= 1.609
	}
	return km, bearings[strings.ReplaceAll(g[3], "-", "")], true
}

// offset moves a point km kilometres on a bearing (a sphere's
// destination formula).
func offset(lat, lon, km, bearing float64) (float64, float64) {
	const r = 6371.0
	d := km / r
	b := bearing * math.Pi / 180
	p1, l1 := lat*math.Pi/180, lon*math.Pi/180
	p2 := math.Asin(math.Sin(p1)*math.Cos(d) + math.Cos(p1)*math.Sin(d)*math.Cos(b))
	l2 := l1 + math.Atan2(math.Sin(b)*math.Sin(d)*math.Cos(p1), math.Cos(d)-math.Sin(p1)*math.Sin(p2))
	return p2 * 180 / math.Pi, math.Mod(l2*180/math.Pi+540, 360) - 180
}

// distanceAhead reports whether a distance and a bearing from a place
// follow a name.
func distanceAhead(rest string) bool {
	if rest == "" || rest[0] != ',' && rest[0] != ' ' {
		return false
	}
	if len(rest) > 120 {
		rest = rest[:120]
	}
	return distanceOf.MatchString(rest)
}

// featureEnds end features' names besides featureWords: plurals and
// landforms that stand after a name only ("Chilled Lakes", "Sleeping Bear
// Dunes", "Lone Peak").
var featureEnds = map[string]bool{
	"lakes": true, "dunes": true, "peak": true, "peaks": true, "mountain": true, "canyon": true, "ridge": true,
	"reservoir": true, "lakeshore": true, "seashore": true, "swamp": true, "marsh": true, "glacier": true,
}

// sentenceBreak reports whether a sentence ends between two byte offsets.
func sentenceBreak(text string, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	s := text[a:b]
	if strings.ContainsAny(s, "\n!?") {
		return true
	}
	// "at about 10:20 p.m. on Monday", "James C. Kopp": a period after a
	// single letter ends an abbreviation or an initial, not the sentence.
	// The letters before the period are read in text, not s: at k == 0
	// they end the name itself ("near Menaka. On 7 May …").
	for k := strings.Index(s, ". "); k >= 0; {
		if p := a + k; p >= 1 && unicode.IsLetter(rune(text[p-1])) && (p < 2 || !unicode.IsLetter(rune(text[p-2]))) {
			if n := strings.Index(s[k+2:], ". "); n >= 0 {
				k += 2 + n
				continue
			}
			return false
		}
		return true
	}
	return false
}

// place puts names found by context inside the nearest resolved place of
// their sentence (a division or a town, not a country: too coarse to say
// where a village is) and merges them into the mentions.
//
// When the text has a focus, the anchor must lie in one of its countries:
// a stray reading ("Bol" for Bolívar) must not carry a village abroad.
func place(text string, ms []mention, us []unknown, focus map[string]float64) []mention {
	if len(us) == 0 {
		return ms
	}
	n := len(ms)
	ok := func(m mention) bool {
		c := m.cands[m.pick]
		return c.Level() >= 2 && (len(focus) == 0 || focus[c.Country] > 0)
	}
	placed := map[string]gazetteer.Place{} // folded name → where it was placed
	// The text's main country: a village with nothing near to hold it
	// lies there, not in a place a stray reading put abroad.
	main := ""
	for c, w := range focus {
		if main == "" || w > focus[main] || w == focus[main] && c < main {
			main = c
		}
	}
	var unplaced []unknown
	for _, u := range us {
		best := -1
		// The first mention after the name; mentions are in text order,
		// and only those within a sentence's reach are read, so a long
		// text stays linear.
		after := sort.Search(n, func(k int) bool { return ms[k].start >= u.end })
		// "Greenlane, Auckland", "Fort Detrick, Maryland": the place right
		// after a comma holds it. A country is too coarse to say where
		// ("Binh Phuoc, Vietnam"): no other place is taken then.
		if after < n && text[u.end:ms[after].start] == ", " {
			m := ms[after]
			if lv := m.cands[m.pick].Level(); lv == 2 || lv == 3 || lv == 5 {
				best = after
				// "Chirchita, Uttar Pradesh": a province of 240,000 km²
				// says little; the nearest county or town the text names
				// in it holds the village better ("across Bulandshahr
				// district").
				if lv == 2 {
					d := m.cands[m.pick]
					if k := nearestTown(ms[:n], u, func(o mention) bool {
						c := o.cands[o.pick]
						return c.Country == d.Country && c.Admin1Code == d.Admin1Code
					}); k >= 0 {
						best = k
					}
				}
			} else if u.orig == nil && !u.nearestFirst {
				// A dateline's town ("TORRE DEL ESPANOL, Spain (AFP)")
				// still goes to the text's nearest town below.
				continue
			}
		}
		// "the villages of Tessa, Koumbel and Dariyo": a name
		// listed after a village or a town lies where the list's first
		// was placed, not in a province or a capital named before.
		if best < 0 && u.listOf > 0 {
			// The first is a mention of the gazetteer's (in order) or a
			// name placed just before (appended after them).
			k := sort.Search(n, func(k int) bool { return ms[k].start >= u.listOf-1 })
			if k == n || ms[k].start != u.listOf-1 {
				for k = len(ms) - 1; k >= n && ms[k].start != u.listOf-1; k-- {
				}
			}
			// A place the sentence names just after the list ("near
			// Kadugli", "in Cabo Delgado province") says which country
			// the list lies in; else the text's focus does (a story of
			// shelling may hold two countries). A first read as a
			// namesake abroad (a Salem in India) holds none of the list.
			// Only a division or a town counts: a country further on
			// ("birds from Russia") may say where something came from.
			here := -1
			for j := after; here < 0 && j < n && ms[j].start-u.end <= 60 && !sentenceBreak(text, u.end, ms[j].start); j++ {
				if ms[j].cands[ms[j].pick].Level() >= 2 {
					here = j
				}
			}
			first := k >= 0 && k < len(ms) && ms[k].start == u.listOf-1
			if first {
				c := ms[k].cands[ms[k].pick]
				first = c.Level() >= 3 && c.FeatureCode != "PPLC" &&
					(here >= 0 && c.Country == ms[here].cands[ms[here].pick].Country || here < 0 && focus[c.Country] > 0)
			}
			if first {
				best = k
			} else if here >= 0 {
				best = here
			} else if u.listOnly {
				// A first placed no finer than a province, or at a
				// capital (a dateline's), says too little: the rest of
				// the list stays unread.
				continue
			}
		}
		// The town it was read as a part of ("Columbus, Ohio's Linden
		// neighborhood"), though the region lies nearer.
		if u.orig != nil && u.orig.holderEnd > 0 {
			for k := after - 1; best < 0 && k >= 0 && ms[k].end >= u.orig.holderEnd; k-- {
				if ms[k].end == u.orig.holderEnd {
					best = k
				}
			}
		}
		if u.nearestFirst {
			best = nearestTown(ms[:n], u, ok)
		}
		// A place after it first ("Cacuaco district of Angola's capital
		// city Luanda", "Kampungu, Kasai"), then before it.
		for k := after; best < 0 && k < n && ms[k].start-u.end <= 80; k++ {
			if m := ms[k]; !sentenceBreak(text, u.end, m.start) && ok(m) {
				best = k
			}
		}
		for k := after - 1; best < 0 && k >= 0 && ms[k].end <= u.start && u.start-ms[k].end <= 150; k-- {
			if m := ms[k]; !sentenceBreak(text, m.end, u.start) && ok(m) {
				best = k
			}
		}
		// "currently in Rock Spring and at the Georgia State Patrol Post":
		// a state held by the sentence is as coarse as a state after a
		// comma; the nearest county or town the text names in it holds
		// the name better (Chattooga County, in a story from there).
		if best >= 0 && ms[best].cands[ms[best].pick].Level() == 2 {
			d := ms[best].cands[ms[best].pick]
			if k := nearestTown(ms[:n], u, func(o mention) bool {
				c := o.cands[o.pick]
				return c.Country == d.Country && c.Admin1Code == d.Admin1Code
			}); k >= 0 {
				best = k
			}
		}
		// A stray may fall back on a country of the text's focus named in
		// its sentence: coarse, but nearer than a namesake abroad.
		if best < 0 && u.orig != nil {
			lo := sort.Search(n, func(k int) bool { return ms[k].end >= u.start-300 })
			for k := lo; k < n && ms[k].start <= u.end+300; k++ {
				m := ms[k]
				c := m.cands[m.pick]
				if c.Level() == 1 && focus[c.Country] > 0 && !sentenceBreak(text, min(m.end, u.end), max(m.start, u.start)) {
					best = k
					break
				}
			}
		}
		// A township is a part of a county: the nearest county or town
		// the text names in its focus holds it, if no place of its
		// sentence does.
		if best < 0 && u.anywhere {
			// Not a capital in a wire story's dateline ("KABUL,
			// Afghanistan (AP) —"): the story was filed there, its places
			// lie far off. A small town's dateline is the story's place.
			best = nearestTown(ms[:n], u, func(m mention) bool {
				return ok(m) && !(m.cands[m.pick].FeatureCode == "PPLC" && dateline(text, m.start, m.end))
			})
			// A stray read as a town near the text's towns ("near Menaka"
			// in a story on Niger's borders) is that town: only a
			// namesake far off ("Khar" read as Haar, Bavaria, in a story
			// on Pakistan) is moved, or a town where the text wants a
			// division ("Nyanza Province").
			if best >= 0 && u.orig != nil && !u.orig.wantAdmin && nearAny(ms[:n], u.orig.cands[u.orig.pick], reach(u.orig)) {
				best = -1
			}
		}
		// "... in the northeast Iraq province of Diyala killed 58. A
		// bomber struck the compound, in the village of Qara Taba": a
		// village named with nothing in its sentence lies in the place
		// the sentences before it named last (not a capital's dateline).
		// So with a stray named as a village ("gunmen entered Bani
		// village": Baní, Dominican Republic).
		vill := u.village || u.orig != nil && (strings.HasPrefix(text[u.end:], " village") || villageOf.MatchString(text[max(0, u.start-24):u.start]))
		for k := after - 1; best < 0 && vill && k >= 0 && u.start-ms[k].end <= 400; k-- {
			if ok(ms[k]) && ms[k].end <= u.start && !(ms[k].cands[ms[k].pick].FeatureCode == "PPLC" && dateline(text, ms[k].start, ms[k].end)) {
				best = k
			}
		}
		// "gunmen burned the village of Tungolo, residents said": a
		// name the text calls a village, with nothing in its sentence or
		// the 400 bytes before to hold it, is still a place when a town,
		// a county or (failing those) a province of the text's main
		// country stands up to holderReach before it: conflict stories
		// name villages a paragraph after the district they open on.
		// Without one it is dropped as before; not a building named for
		// the village ("the Thaungbyin Village hospital").
		if best < 0 && u.orig == nil && u.village && main != "" && !institutionAfter(text, u.end) {
			best = nearestHolder(text, ms[:n], u, func(m mention) bool { return ok(m) && m.cands[m.pick].Country == main })
		}
		// A namesake far from every place of the text, with nothing to
		// hold it, is placed no finer than the text's main country: a
		// village "Qala" in a story on Afghanistan is no town in
		// Azerbaijan.
		if best < 0 && u.home == nil && u.orig != nil && !nearAny(ms[:n], u.orig.cands[u.orig.pick], reach(u.orig)) {
			for k, m := range ms[:n] {
				if c := m.cands[m.pick]; c.Level() == 1 && focus[c.Country] > 0 && (best < 0 || focus[c.Country] > focus[ms[best].cands[ms[best].pick].Country]) {
					best = k
				}
			}
		}
		if best < 0 && u.home == nil {
			unplaced = append(unplaced, u)
			continue
		}
		var pl gazetteer.Place
		if best >= 0 {
			pl = ms[best].cands[ms[best].pick]
		} else {
			pl = *u.home
		}
		// Not the anchor's GeoNames row: the name is another place.
		pl.ID = 0
		// "Ramree, which is 340km northwest of Yangon": the place the
		// distance is counted from holds the name; the name lies that far
		// off on that bearing (a town 30 km off is still the town's for
		// 161 km, a township 340 km off is not).
		if best >= 0 && u.orig == nil && ms[best].start >= u.end && ms[best].start-u.end <= 120 {
			if km, b, ok := distanceFrom(text[u.end:]); ok && km > 0 && km < 2000 {
				pl.Lat, pl.Lon = offset(pl.Lat, pl.Lon, km, b)
			}
		}
		key := gazetteer.Fold(text[u.start:u.end])
		if _, ok := placed[key]; !ok {
			placed[key] = pl
		}
		ms = append(ms, mention{first: u.first, last: u.last, start: u.start, end: u.end, key: "unknown",
			cands: []gazetteer.Place{pl}, scores: []float64{0}, parent: -1, within: true, division: u.division})
	}
	// One name, one place: a mention with nothing to hold it in its own
	// sentence takes the place another mention of the name found.
	for _, u := range unplaced {
		if pl, ok := placed[gazetteer.Fold(text[u.start:u.end])]; ok && !(u.orig == nil && u.village && institutionAfter(text, u.end)) {
			ms = append(ms, mention{first: u.first, last: u.last, start: u.start, end: u.end, key: "unknown",
				cands: []gazetteer.Place{pl}, scores: []float64{0}, parent: -1, within: true})
		} else if u.orig != nil {
			ms = append(ms, *u.orig)
		}
	}
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	return ms
}

// altReach is strayReach for a stray read by another name of its town
// ("Merawi" for Merowe, Sudan, in a story on Ethiopia's Amhara, 973 km
// from Gondar): a spelling shared across a border is chance, and the
// town is likelier a village of the text's country the gazetteer lacks.
const altReach = 300

// reach is how far from the text's towns a stray may lie and still be
// the town it was read as.
func reach(m *mention) float64 {
	if m.viaAlt {
		return altReach
	}
	return strayReach
}

// strayReach is how far from the text's nearest town a stray must lie to
// be a namesake rather than a town across a border, in km.
const strayReach = 1000

// nearAny reports a place within strayReach of a county or town the text
// names: a town across a border from the text's ("Menaka" and "Djibo" in
// a story on Niger's Tillabéri), not a namesake abroad.
func nearAny(ms []mention, c gazetteer.Place, within float64) bool {
	for _, m := range ms {
		h := m.cands[m.pick]
		if lv := h.Level(); (lv == 3 || lv == 5) && !m.drop && gazetteer.Distance(c.Lat, c.Lon, h.Lat, h.Lon) < within {
			return true
		}
	}
	return false
}

// nearestTown is the index of the county or town nearest to u in the
// text that ok accepts, or -1.
func nearestTown(ms []mention, u unknown, ok func(mention) bool) int {
	near, gap := -1, 0
	for k := range ms {
		lv := ms[k].cands[ms[k].pick].Level()
		if d := max(ms[k].start-u.end, u.start-ms[k].end); ok(ms[k]) && (lv == 3 || lv == 5) && (near < 0 || d < gap) {
			near, gap = k, d
		}
	}
	return near
}

// nearestHolder is the mention before u, up to holderReach bytes back,
// that holds a village: the nearest town or county that ok accepts, else
// the nearest province. Not a national capital: officials speak from it
// of villages far off.
func nearestHolder(text string, ms []mention, u unknown, ok func(mention) bool) int {
	// A county or a town holds it better than a province: the province
	// only when none stands as near.
	near, gap, coarse := -1, 0, true
	for k := range ms {
		c := ms[k].cands[ms[k].pick]
		lv := c.Level()
		if lv != 2 && lv != 3 && lv != 5 || !ok(ms[k]) || c.FeatureCode == "PPLC" {
			continue
		}
		d := u.start - ms[k].end
		if ms[k].end > u.start || d > holderReach {
			continue
		}
		if fine := lv != 2; near < 0 || coarse && fine || coarse == !fine && d < gap {
			near, gap, coarse = k, d, !fine
		}
	}
	return near
}

// institutionAfter reports whether a lower-case institution's word
// follows a name: "the Thaungbyin Village hospital" is a building.
func institutionAfter(text string, end int) bool {
	if end >= len(text) || text[end] != ' ' {
		return false
	}
	w := text[end+1:]
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	return w != "" && w == strings.ToLower(w) && institutionWords[w]
}

// holderReach is how far back, in bytes, a place may stand from a
// village it holds: about a paragraph of news (400 bytes, the reach of
// the rule before it, left villages of the next paragraph unread).
const holderReach = 800

// withinPrecision is the precision of a name placed inside another place.
func withinPrecision(level int) event.GeoPrecision {
	switch level {
	case 2:
		return event.GeoAdmin1
	case 3:
		return event.GeoAdmin2
	case 5:
		return event.GeoNear
	case 1:
		return event.GeoCountry
	}
	return event.GeoRegion
}

// institutionWords in a name make it an institution's or a building's.
var institutionWords = map[string]bool{
	"airport": true, "base": true, "department": true, "order": true, "casino": true, "hotel": true, "hospital": true,
	"university": true, "college": true, "school": true, "church": true, "center": true, "centre": true, "police": true,
	"council": true, "committee": true, "party": true, "army": true, "force": true, "ministry": true, "agency": true,
	"office": true, "court": true, "bank": true, "club": true, "operations": true, "foundation": true, "institute": true,
}

// institution reports whether tokens first..last hold an institution's,
// an organisation's or a street's word.
func (p *Parser) institution(text string, toks []token, first, last int) bool {
	for k := first; k <= last; k++ {
		w := p.word(text, toks, k)
		if institutionWords[w] || orgWords[w] || companyWords[w] || streetWords[w] {
			return true
		}
	}
	return false
}

// listItems finds names the gazetteer lacks that stand in one list with
// places it knows: "Suba, Migori, Homa Bay, Rongo, Siaya" names Rongo a
// place as surely as its neighbours. A list holds by commas and "and"; an
// item chains to a place through other such items.
func (p *Parser) listItems(text string, toks []token, ms []mention, us []unknown, tc *textContext) []unknown {
	type item struct {
		start, end  int
		first, last int
		place       bool // a recognized mention
		region      bool // a recognized division or country
		run         bool // a candidate name
	}
	var items []item
	for _, m := range ms {
		lv := m.cands[0].Level()
		items = append(items, item{start: m.start, end: m.end, place: m.strong, region: lv == 1 || lv == 2})
	}
	for _, u := range us {
		items = append(items, item{start: u.start, end: u.end, place: true})
	}
	sort.Slice(items, func(a, b int) bool { return items[a].start < items[b].start })
	// Tokens are read in order, so one pointer walks the known spans and
	// a long text stays linear.
	known := len(items)
	ptr := 0
	covered := func(a, b int) bool {
		for ptr < known && items[ptr].end <= a {
			ptr++
		}
		return ptr < known && items[ptr].start < b
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.cap || t.upper || t.letters < 3 || covered(t.start, t.end) {
			continue
		}
		last := i
		for k := i; k < len(toks) && k < i+3; k++ {
			w := p.word(text, toks, k)
			if !toks[k].cap || toks[k].upper || toks[k].letters < 2 || k > i && !joinable(text, toks[k-1], toks[k]) ||
				possessive(text, toks, k) || covered(toks[k].start, toks[k].end) || titles[w] || directions[w] || generic[w] {
				break
			}
			last = k
		}
		w := p.word(text, toks, i)
		key := gazetteer.Fold(text[t.start:toks[last].end])
		// A run that begins with a common word ("International Airport",
		// "Police Department", "Orange Order") or holds an organisation's
		// word names no place the gazetteer lacks.
		if p.commonWord(w) || adjectival(w) || p.given(w) || tc.surnames[w] || tc.orgs[key] || p.institution(text, toks, i, last) {
			i = last
			continue
		}
		if _, d := p.g.DemonymKey(w); d {
			i = last
			continue
		}
		items = append(items, item{start: t.start, end: toks[last].end, first: i, last: last, run: true})
		i = last
	}
	sort.Slice(items, func(a, b int) bool { return items[a].start < items[b].start })
	sep := func(a, b item) bool {
		if a.end > b.start {
			return false
		}
		switch text[a.end:b.start] {
		case ", ", " and ", ", and ", " or ", ", or ":
			return true
		}
		return false
	}
	var out []unknown
	take := func(it item) {
		out = append(out, unknown{first: it.first, last: it.last, start: it.start, end: it.end})
	}
	// Lists: maximal chains of items joined by separators, where known
	// places are at least two and at least half of the items. A list of
	// brands or committees with one place among them is no list of
	// places.
	for a := 0; a < len(items); {
		b := a
		for b+1 < len(items) && sep(items[b], items[b+1]) {
			b++
		}
		places, runs := 0, 0
		for k := a; k <= b; k++ {
			if items[k].place {
				places++
			} else if items[k].run {
				runs++
			}
		}
		listed := b > a && places >= 2 && places >= runs
		headed := !listed && b > a && items[a].place && pluralHead(text, items[a].start)
		if headed {
			// "the villages of X and Y, the governor's aide said": the
			// list ends at its "and"; a name after the comma that
			// follows is the sentence's, often a speaker's.
			for k := a + 1; k <= b; k++ {
				if s := text[items[k-1].end:items[k].start]; s == " and " || s == ", and " || s == " or " || s == ", or " {
					b = k
					break
				}
			}
		}
		if listed || headed {
			for k := a; k <= b; k++ {
				if items[k].run {
					// "Sto. Tomas": an abbreviation's stop ends no list.
					if headed && strings.HasPrefix(text[items[k].end:], ". ") && items[k].end-items[k].start <= 3 {
						continue
					}
					take(items[k])
					// Placed where its list's first is, or not read.
					if headed {
						out[len(out)-1].listOf, out[len(out)-1].listOnly = items[a].start+1, true
					}
				}
			}
		} else if b == a+1 && items[a].run && items[b].region && items[b].place && text[items[a].end:items[b].start] == ", " {
			// "Fort Detrick, Maryland": a place and its region.
			take(items[a])
		}
		a = b + 1
	}
	return out
}

// pluralHeads, in lower case before "of", say that every name of the
// list after them is such a place: "the villages of Lossa and Kembeni",
// "the towns of Harmal and Al-Qasra".
var pluralHeads = map[string]bool{
	"villages": true, "towns": true, "hamlets": true, "communities": true, "localities": true, "settlements": true,
	"suburbs": true, "districts": true,
}

// pluralHead reports whether the text before start ends in a plural
// place noun and "of" ("the villages of "), so that a list beginning
// at start names places of that kind even where only its first is known.
func pluralHead(text string, start int) bool {
	pre := text[max(0, start-16):start]
	if !strings.HasSuffix(pre, " of ") {
		return false
	}
	pre = pre[:len(pre)-len(" of ")]
	return pluralHeads[pre[strings.LastIndexByte(pre, ' ')+1:]]
}

// listSep are the separators that join a list's items: a name after one,
// following a village or an item of a list, is read as one more item.
var listSep = map[string]bool{", ": true, " and ": true, ", and ": true}

// villageWords, in lower case after a list of names, make each a
// village's: "Makera, Akuzo and Usu villages".
var villageWords = map[string]bool{"villages": true, "hamlets": true, "settlements": true, "localities": true}

// villagesAhead reports whether the name ending at token last begins a
// list of capitalized names that ends in a plural village word ("Sakkada,
// Gyadadde, Sabon Gari, Barin Zare, and Otawa villages").
func (p *Parser) villagesAhead(text string, toks []token, last int) bool {
	for k := last + 1; k < len(toks) && k <= last+12; k++ {
		sep := text[toks[k-1].end:toks[k].start]
		if sep != " " && sep != ", " && sep != "-" {
			return false
		}
		w := p.word(text, toks, k)
		if villageWords[w] && !toks[k].cap {
			return k > last+1 && sep == " "
		}
		if w != "and" && !toks[k].cap {
			return false
		}
	}
	return false
}

// villagesBefore finds a plural village word before "including" in its
// sentence.
var villagesBefore = relit.MustCompile(`\b(?:villages|hamlets|communities|localities|settlements)\b`)

// villageNouns name a village, before "of" or after its name.
var villageNouns = map[string]bool{"village": true, "villages": true, "hamlet": true, "settlement": true}

// appositionNouns, after a name and ", a", say it is a place.
var appositionNouns = map[string]bool{
	"village": true, "town": true, "hamlet": true, "district": true, "suburb": true, "neighbourhood": true, "neighborhood": true,
	"city": true, "settlement": true, "locality": true,
}

// appositionKinds say what kind of place an apposition's noun is: "a
// small town", "a remote farming village", "a border town".
var appositionKinds = map[string]bool{
	"small": true, "tiny": true, "remote": true, "rural": true, "border": true, "frontier": true, "coastal": true,
	"mountain": true, "mountainous": true, "farming": true, "fishing": true, "trading": true, "market": true,
	"mining": true, "desert": true, "riverside": true, "lakeside": true, "hilltop": true, "nearby": true, "neighbouring": true,
	"neighboring": true, "large": true, "major": true, "key": true, "strategic": true, "busy": true, "sleepy": true,
	"historic": true, "predominantly": true, "mostly": true, "largely": true,
}

// kindNoun skips up to two words from token k that say what kind of
// place follows ("a small trading village") and returns the token where
// the noun should stand.
func (p *Parser) kindNoun(text string, toks []token, k int) int {
	n := k
	for n < k+2 && n+1 < len(toks) && !toks[n].cap && appositionKinds[p.word(text, toks, n)] && text[toks[n].end:toks[n+1].start] == " " {
		n++
	}
	return n
}

// appositionNext may follow the noun of such an apposition.
var appositionNext = map[string]bool{
	"in": true, "of": true, "near": true, "on": true, "outside": true, "located": true, "about": true, "some": true,
	"close": true, "just": true, "where": true, "that": true, "which": true, "along": true, "bordering": true,
}

// localDivisions are the division words of conflict countries' lower
// divisions, after a name: Ethiopia's zones, woredas and kebeles,
// Cameroon's divisions and sub-divisions, Iraq's sub-districts, South
// Sudan's payams, wards of towns.
var localDivisions = map[string]bool{
	"zone": true, "woreda": true, "kebele": true, "division": true, "subdivision": true, "subdistrict": true,
	"payam": true, "ward": true,
}

// capDivisions are those local division words that, capitalized, still
// end a place's name: not "Division" ("Premier Division", "Airborne
// Division") nor "Ward" (a surname).
var capDivisions = map[string]bool{"zone": true, "woreda": true, "kebele": true, "subdistrict": true, "payam": true,
	// "Manyo County", "Djugu Territory", "Bahema Badjere Chiefdom": South
	// Sudan's counties, Congo's territories and chiefdoms.
	"county": true, "territory": true, "chiefdom": true}

// unitWords name a military unit's arm or a league's rank before
// "Division": "the 8th Infantry Division", "Airborne Division", "the
// Premier Division".
var unitWords = map[string]bool{"infantry": true, "airborne": true, "armored": true, "armoured": true, "cavalry": true, "marine": true,
	"mechanized": true, "mechanised": true, "motorized": true, "motorised": true, "artillery": true, "panzer": true, "commando": true, "rifle": true,
	"premier": true, "championship": true, "league": true, "super": true, "first": true, "second": true, "third": true, "fourth": true}

// officeWords name a court's or a police force's branch before
// "Division" ("the Homicide Division", "the Appellate Division of the High
// Court") that the common-word list lacks.
var officeWords = map[string]bool{"homicide": true, "narcotics": true, "appellate": true, "chancery": true, "probate": true,
	"admiralty": true, "cyber": true, "cybercrime": true, "forensic": true, "forensics": true, "immigration": true,
	"enforcement": true, "patrol": true, "robbery": true, "counterterrorism": true, "petroleum": true, "tourism": true}

// civilDivision reports whether the run i..last, ending in a capitalized
// "Division", names a civil division ("Bui Division", "Donga Mantung
// Division", Cameroon's departments): not a military unit, whose arm or
// number stands before the word ("the 8th Infantry Division", "3rd
// Division").
func (p *Parser) civilDivision(text string, toks []token, i, last int) bool {
	if w := p.word(text, toks, last-1); unitWords[w] || officeWords[w] {
		return false
	}
	if i > 0 && !toks[i-1].cap {
		w := p.word(text, toks, i-1)
		if strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th") {
			if d := strings.TrimRight(w, "stndrh"); d != "" && strings.Trim(d, "0123456789") == "" {
				return false
			}
		}
	}
	return true
}

// subDivisions may follow "sub-": "Jalawla sub-district", "Mbonge
// sub-division", "Teda sub-city".
var subDivisions = map[string]bool{"district": true, "division": true, "city": true, "county": true, "prefecture": true}

// localDivisionAfter reports whether a local division word in lower case
// follows the name ending at token last.
func (p *Parser) localDivisionAfter(text string, toks []token, last int) bool {
	k := last + 1
	if k >= len(toks) || toks[k].cap || text[toks[last].end:toks[k].start] != " " {
		return false
	}
	w := p.word(text, toks, k)
	if w == "sub" && k+1 < len(toks) && text[toks[k].end:toks[k+1].start] == "-" {
		return subDivisions[p.word(text, toks, k+1)]
	}
	return localDivisions[w]
}

// localHead reports whether the word at token k may end a division's
// name before its division word: not a common word ("the Green Zone",
// "Premier Division", "the Maternity Ward"), a people's adjective or a
// title.
func (p *Parser) localHead(text string, toks []token, k int) bool {
	w := p.word(text, toks, k)
	return !p.common[w] && !adjectival(w) && !titles[w] && !generic[w]
}

// inCountyAfter reports whether "in" and a county or a parish named with
// its capitalized division word ("in Randolph County", "in St. Tammany
// Parish") follow token last.
func (p *Parser) inCountyAfter(text string, toks []token, last int) bool {
	k := last + 1
	if k+2 >= len(toks) || p.word(text, toks, k) != "in" || text[toks[last].end:toks[k].start] != " " {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if !toks[j].cap || j > k+1 && !joinable(text, toks[j-1], toks[j]) {
			return false
		}
		if w := p.word(text, toks, j); j > k+1 && (w == "county" || w == "parish") {
			return true
		}
	}
	return false
}

// indefiniteNouns, after "a" and a capitalized word, make the word a
// people's or a group's, not a village's name.
var indefiniteNouns = map[string]bool{"village": true, "community": true, "town": true, "settlement": true, "hamlet": true}

// peopleBeforeNoun reports whether token k is one capitalized word before
// an apposition's noun in lower case ("a Dogon village", "a Fulani
// settlement").
func (p *Parser) peopleBeforeNoun(text string, toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].cap && !toks[k].upper && !toks[k+1].cap && text[toks[k].end:toks[k+1].start] == " " &&
		appositionNouns[p.word(text, toks, k+1)] && !(k > 0 && toks[k-1].cap && joinable(text, toks[k-1], toks[k]))
}
