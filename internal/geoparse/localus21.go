package geoparse

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// datelineCounty reads, at token i, a county named in parentheses right
// after a state's abbreviation that ends at byte end, as some papers write
// their datelines ("TRENTON, NJ (MERCER) -", "Tacoma, WA (Pierce County)"):
// the words name the county with or without its word. Only a county of
// that state is read, so a wire service's or a station's letters ("(AP)",
// "(WFIE)") name none.
func (p *Parser) datelineCounty(text string, toks []token, i, end int, st gazetteer.Place) (mention, bool) {
	if i >= len(toks) || toks[i].start != end+2 || text[end:toks[i].start] != " (" {
		return mention{}, false
	}
	for j := i; j < len(toks) && j < i+4; j++ {
		// "(St. Lawrence County)", "(Prince George's County)": a
		// saint's stop and a possessive join the words too.
		sep := " "
		if j > i {
			sep = text[toks[j-1].end:toks[j].start]
		}
		if sep != " " && sep != ". " && sep != "'" && sep != "’" || !toks[j].cap && sep != "'" && sep != "’" {
			return mention{}, false
		}
		if toks[j].end >= len(text) || text[toks[j].end] != ')' {
			continue
		}
		key := gazetteer.Fold(text[toks[i].start:toks[j].end])
		if !strings.HasSuffix(key, " county") {
			key += " county"
		}
		// "St." folds to "st" and the county's name may spell it out:
		// both are compared written out.
		full := gazetteer.Unabbreviate(key)
		for _, c := range p.g.LookupKey(key) {
			if c.Level() == 3 && c.Country == st.Country && c.Admin1Code == st.Admin1Code && gazetteer.Unabbreviate(gazetteer.Fold(c.Name)) == full {
				return mention{first: i, last: j, start: toks[i].start, end: toks[j].end, key: key,
					cands: []gazetteer.Place{c}, parent: -1, strong: true, wantAdmin: true}, true
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// initialedStates are the states whose dotted initials name nothing else
// common in English news; "L.A.", "M.D.", "P.A.", "I.D.", "V.A." and
// "M.E." are a city, titles and offices far more often than Louisiana,
// Maryland, Pennsylvania, Idaho, Virginia or Maine.
var initialedStates = map[string]bool{"NJ": true, "NY": true, "NC": true, "NH": true, "NM": true, "RI": true, "SD": true, "WVa": true}

// initialsBefore, in lower case right before dotted initials, make them
// a person's: "known as N.J.", "called R.I.", "married N.C.". Any other
// verb before them may well have the state's people or towns as its
// object ("the storm flooded N.C. farms"), so only naming and marrying
// count.
var initialsBefore = map[string]bool{
	"as": true, "called": true, "named": true, "nicknamed": true, "renamed": true, "christened": true, "dubbed": true,
	"married": true, "marry": true, "marries": true, "calls": true,
}

// initialsPersonVerbs, in lower case right before dotted initials, take a
// person as their object ("sentenced N.J. to a year", "met N.M. at the
// station"), so the initials are a person's unless a noun the state owns
// follows them. The list is closed: a storm or a flood batters, hits and
// crosses the state itself, and a word merely ending in -ed ("need",
// "red", "indeed") is no verb. "visited" is left out: a visit is to the
// state far more often than to a person.
var initialsPersonVerbs = map[string]bool{
	"sentenced": true, "arrested": true, "charged": true, "convicted": true, "indicted": true, "acquitted": true,
	"jailed": true, "detained": true, "released": true, "treated": true, "interviewed": true, "questioned": true,
	"accused": true, "identified": true, "named": true, "hired": true, "fired": true, "sued": true, "paid": true,
	"thanked": true, "told": true, "asked": true, "met": true, "saw": true, "hugged": true,
	"called": true, "praised": true, "known": true, "shot": true, "caught": true,
	// Violence and crime are done to a person far more often than to a
	// state: "gunmen kidnapped N.J.", "the coach abused N.M.".
	"kidnapped": true, "abducted": true, "assaulted": true, "abused": true, "attacked": true, "stabbed": true,
	"killed": true, "murdered": true, "robbed": true, "raped": true, "beat": true, "beaten": true, "injured": true,
	"wounded": true, "threatened": true, "harassed": true, "molested": true, "strangled": true, "choked": true,
	"punched": true, "kicked": true, "rescued": true, "freed": true,
}

// initialsOffice reports whether the capitalised word at token n after
// dotted initials is an office's title ("attacked N.C. Gov. Roy Cooper",
// "N.C. Sen. Thom Tillis"): a person holds the office, and the initials
// name the state he holds it for, whatever verb comes before them.
// "Sen" and "Rep" need their own dot, since without one they are as often
// a surname or a word; "Gov" and "Lt" are titles with or without it.
func (p *Parser) initialsOffice(text string, toks []token, n int) bool {
	if !toks[n].cap {
		return false
	}
	switch w := p.word(text, toks, n); w {
	case "sen", "rep":
		return toks[n].end < len(text) && text[toks[n].end] == '.'
	default: // stateOffices holds "gov" and "lt", with or without the dot
		return stateOffices[w] || w == "senator" || w == "representative"
	}
}

// itsFollows tells whether "over its" or "for its" opens at token n: what
// was done to the initials' bearer was over or for its own doing, and a
// person's would be his or hers ("thanked N.J. for its help").
func (p *Parser) itsFollows(text string, toks []token, n int) bool {
	if w := p.word(text, toks, n); w != "over" && w != "for" {
		return false
	}
	return n+1 < len(toks) && text[toks[n].end:toks[n+1].start] == " " && p.word(text, toks, n+1) == "its"
}

// initialsAmbiguousVerbs take a person or a state as their object ("sued
// N.C. over its law", "called N.C. home"): the state reading needs what
// follows the initials to say place or state (see saysState).
var initialsAmbiguousVerbs = map[string]bool{"sued": true, "called": true, "named": true, "identified": true}

// saysState tells whether what follows dotted initials at token n makes
// them a place: "home", "over its" (a person's would be his or hers),
// or "as the" or "the" with "state" before the clause ends ("as the
// state with", "the best state for").
func (p *Parser) saysState(text string, toks []token, n int) bool {
	if n >= len(toks) {
		return false
	}
	switch p.word(text, toks, n) {
	case "home":
		return true
	case "over":
		return p.itsFollows(text, toks, n)
	case "as", "the":
		for j := n + 1; j < len(toks) && j <= n+5; j++ {
			if sep := text[toks[j-1].end:toks[j].start]; sep != " " {
				return false
			}
			if w := p.word(text, toks, j); w == "state" || w == "states" {
				return true
			}
		}
	}
	return false
}

// stateOwnedNouns are what a state's initials modify as a verb's object:
// its people, its places and its offices ("injured N.J. commuters",
// "battered N.C. towns"). Each is listed in the singular, save a noun with
// no singular ("police"); stateOwnedNoun reads plurals.
var stateOwnedNouns = map[string]bool{
	"commuter": true, "driver": true, "motorist": true, "resident": true, "voter": true, "taxpayer": true, "family": true,
	"farmer": true, "farm": true, "worker": true, "student": true, "teacher": true, "nurse": true,
	"customer": true, "household": true, "business": true, "community": true, "neighborhood": true, "home": true,
	"town": true, "city": true, "county": true, "village": true, "township": true, "suburb": true, "district": true,
	"school": true, "hospital": true, "prison": true, "college": true, "university": true, "campus": true,
	"official": true, "lawmaker": true, "legislator": true, "leader": true, "trooper": true, "police": true, "agency": true,
	"court": true, "judge": true, "regulator": true, "utility": true, "governor": true, "senator": true,
	"road": true, "highway": true, "bridge": true, "beach": true, "coast": true, "shore": true, "coastline": true,
	"river": true, "park": true, "border": true, "island": true, "port": true, "airport": true,
}

// stateOwnedNoun tells whether w, singular or plural, is one of
// stateOwnedNouns.
func stateOwnedNoun(w string) bool {
	if stateOwnedNouns[w] {
		return true
	}
	if strings.HasSuffix(w, "ies") && stateOwnedNouns[strings.TrimSuffix(w, "ies")+"y"] {
		return true
	}
	return strings.HasSuffix(w, "es") && stateOwnedNouns[strings.TrimSuffix(w, "es")] || strings.HasSuffix(w, "s") && stateOwnedNouns[strings.TrimSuffix(w, "s")]
}

// initialsVerbs after dotted initials make them a person's or a
// statistic's: a past tense or a verb of saying ("S.D. was large", "N.J.
// told the court"). A state does open clauses in news, mostly with what
// it will do or has done ("N.J. will hold its primary", "N.C. has
// closed"), so a modal, "is", "has" and their kin leave it the state.
var initialsVerbs = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "says": true,
	"told": true, "tells": true, "wrote": true, "writes": true, "testified": true,
}

// initialedState reads a state's dotted initials standing on their own at
// token i, not after a town: "N.J. town considers", "the N.J. Division of
// Criminal Justice", "the N.C. ABC Commission". A lower-case word after
// them, or a body's word (after an agency's letters, perhaps), makes them
// the state; a road ("S.C. Highway 3") or a name ("N.C. Wyeth") does not.
func (p *Parser) initialedState(text string, toks []token, i int) (mention, bool) {
	last, k, end, dotted := dottedAbbrev(text, toks, i)
	if last == i || !dotted || !initialedStates[k] || last+1 >= len(toks) || text[end:toks[last+1].start] != ". " {
		return mention{}, false
	}
	// "J.N.J.": not the end of longer initials.
	if i > 0 && toks[i-1].end == toks[i].start-1 && text[toks[i-1].end] == '.' {
		return mention{}, false
	}
	// "known only as N.J.", "he married N.C.": a person's initials.
	n := last + 1
	w := p.word(text, toks, n)
	// "sued N.C. over its law", "called N.C. home": a verb that may take
	// either is the state's when what follows says so.
	stateSaid := i > 0 && initialsAmbiguousVerbs[p.word(text, toks, i-1)] && p.saysState(text, toks, n)
	if !stateSaid && i > 0 && text[toks[i-1].end:toks[i].start] == " " && !toks[i-1].cap && initialsBefore[p.word(text, toks, i-1)] {
		return mention{}, false
	}
	// "The judge sentenced N.J. to two years", "Police interviewed S.D.
	// twice": after a verb that takes a person the initials are its
	// object, a person, unless they modify a noun the state owns
	// ("arrested N.J. drivers"). After any other verb ("battered N.C.")
	// they are the state.
	if !stateSaid && i > 0 && text[toks[i-1].end:toks[i].start] == " " && !toks[i-1].cap && initialsPersonVerbs[p.word(text, toks, i-1)] && (toks[n].cap && !p.initialsOffice(text, toks, n) || !toks[n].cap && !stateOwnedNoun(w)) && !p.itsFollows(text, toks, n) {
		return mention{}, false
	}
	switch {
	// "(S.D. 2.4)": a statistic before its number; "S.D. was", "N.J.
	// told": a person, or a statistic, before a verb.
	case text[toks[n].start] >= '0' && text[toks[n].start] <= '9', initialsVerbs[w], !toks[n].cap && strings.HasSuffix(w, "ed"):
		return mention{}, false
	case !toks[n].cap:
	case bodyWords[w] || p.initialsOffice(text, toks, n):
	case toks[n].upper && toks[n].letters <= 5 && n+1 < len(toks) && text[toks[n].end:toks[n+1].start] == " " && toks[n+1].cap && bodyWords[p.word(text, toks, n+1)]:
	default:
		return mention{}, false
	}
	for _, c := range p.g.Lookup(stateAbbrevs[k]) {
		if c.FeatureCode == "ADM1" && c.Country == "US" {
			return mention{first: i, last: last, start: toks[i].start, end: end + 1, key: "abbrev US." + c.Admin1Code,
				cands: []gazetteer.Place{c}, parent: -1, strong: true, abbrev: true}, true
		}
	}
	return mention{}, false
}
