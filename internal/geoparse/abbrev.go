package geoparse

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// stateAbbrevs are the postal codes and AP-style abbreviations of US
// states and Canadian provinces that American and Canadian news write
// after a town: "Paris, Tex.", "Atlanta, GA", "Washington, D.C.". The
// gazetteer knows the divisions only by name. Keys are written without
// periods; postal codes must be upper case, the others end in a period.
var stateAbbrevs = map[string]string{
	"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
	"CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
	"HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky",
	"LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
	"MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
	"NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
	"OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
	"SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
	"WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
	// AP style.
	"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Cal": "California",
	"Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia",
	"Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana",
	"Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi",
	"Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nebr": "Nebraska", "Nev": "Nevada",
	"Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "Penn": "Pennsylvania", "Tenn": "Tennessee",
	"Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington", "WVa": "West Virginia",
	"Wis": "Wisconsin", "Wisc": "Wisconsin", "Wyo": "Wyoming",
}

// provinceAbbrevs are Canada's, in the same form.
var provinceAbbrevs = map[string]string{
	"BC": "British Columbia", "ON": "Ontario", "QC": "Quebec", "AB": "Alberta", "MB": "Manitoba",
	"SK": "Saskatchewan", "NS": "Nova Scotia", "NB": "New Brunswick", "NL": "Newfoundland and Labrador",
	"PE": "Prince Edward Island", "PEI": "Prince Edward Island",
	"Ont": "Ontario", "Que": "Quebec", "Alta": "Alberta", "Man": "Manitoba", "Sask": "Saskatchewan",
	"Nfld": "Newfoundland and Labrador",
}

// addStateAbbrev appends the mention of st, the abbreviation read by
// stateAbbrev over tokens i..last (bytes to end), and the county a
// dateline gives after it ("TRENTON, NJ (MERCER) -"), and returns the
// mentions and the last token they take.
func (p *Parser) addStateAbbrev(text string, toks []token, ms []mention, tc *textContext, st gazetteer.Place, i, last, end int) ([]mention, int) {
	ms = append(ms, mention{first: i, last: last, start: toks[i].start, end: end, key: "abbrev " + st.Country + "." + st.Admin1Code,
		cands: []gazetteer.Place{st}, parent: -1, strong: true, abbrev: true})
	tc.states[st.Country+"."+st.Admin1Code] = true
	if m, ok := p.datelineCounty(text, toks, last+1, end, st); ok {
		ms = append(ms, m)
		tc.placed[m.key] = true
		return ms, m.last
	}
	return ms, last
}

// stateAbbrev reads a state or province abbreviation at token i, written
// right after a place and a comma ("Tyler, Tex."), and returns the
// division, the last token and the byte end of the abbreviation with its
// period.
func (p *Parser) stateAbbrev(text string, toks []token, i int, prev *mention) (gazetteer.Place, int, int, bool) {
	t := toks[i]
	if prev.end > t.start {
		return gazetteer.Place{}, 0, 0, false
	}
	// "Tacoma (WA)": police releases put the state in parentheses.
	sep := text[prev.end:t.start]
	if sep != ", " && sep != "," && sep != " (" {
		return gazetteer.Place{}, 0, 0, false
	}
	last, k, end, dotted := dottedAbbrev(text, toks, i)
	switch {
	case last > i && dotted:
		// "D.C.", "N.Y.", "W.Va.".
	case last == i && len(k) == 2 && t.upper:
		// "TX": a postal code alone.
	case last == i && dotted && !t.upper:
		// "Tex.", "Calif.".
	default:
		return gazetteer.Place{}, 0, 0, false
	}
	// "of Monterey, TN. Hayes was found": a postal code takes no period;
	// that one ends the sentence ("CROFTON, MD. (AP)" keeps it).
	if dotted && !(last == i && len(k) == 2 && t.upper && sentenceEnd(text, end)) {
		end++
	}
	if sep == " (" && (end >= len(text) || text[end] != ')') {
		return gazetteer.Place{}, 0, 0, false
	}
	// "Cahersiveen, Co. Kerry": Irish and British addresses shorten the county
	// word before a county's name; Colorado is "Colo." or "CO".
	if k == "Co" {
		return gazetteer.Place{}, 0, 0, false
	}
	for _, k := range []string{k, strings.ToUpper(k)} {
		country, name := "US", stateAbbrevs[k]
		if name == "" {
			country, name = "CA", provinceAbbrevs[k]
		}
		if name == "" {
			continue
		}
		for _, c := range p.g.Lookup(name) {
			if c.FeatureCode == "ADM1" && c.Country == country {
				return c, last, end, true
			}
		}
	}
	return gazetteer.Place{}, 0, 0, false
}

// stateAgencyAbbrev reads a state's postal code, dotted initials or AP-style
// abbreviation at token i before "State" and an agency's word ("the N.C.
// State Bureau of Investigation", "AZ State Forestry", "Ore. State
// Police"): the state's own body, as "Delaware State Police" is read with
// the state's name. Not "N.C. State 72", a university's team.
func (p *Parser) stateAgencyAbbrev(text string, toks []token, i int) (mention, bool) {
	t := toks[i]
	last, k, end, dotted := dottedAbbrev(text, toks, i)
	switch {
	case last > i && dotted:
		end++ // "N.C.", "W.Va."
	case last == i && len(k) == 2 && t.upper:
		// "AZ"
	case last == i && dotted && t.cap && !t.upper:
		end++ // "Pa.", "Mich.": AP style, as after a town
	default:
		return mention{}, false
	}
	// "the crowd leaving Mass. State Police said": "State" is capitalized,
	// so a sentence may end on the period. Only "Mass." is in doubt: a
	// church service is capitalized in running text, as "Wash." or "Ill."
	// never is. It is the state's at a sentence's start or after "by" or
	// "according to" (after "for", "with" or "of" the service is as
	// likely: "gathered for Mass."). Others ("Pa.", "N.C.", "W.Va.",
	// "Wash.") are read wherever they stand.
	if dotted && k == "Mass" && !sentenceStart(text, t) && !agencyBefore(text, toks, i) {
		return mention{}, false
	}
	if last+2 >= len(toks) || text[end:toks[last+1].start] != " " || text[toks[last+1].start:toks[last+1].end] != "State" ||
		text[toks[last+1].end:toks[last+2].start] != " " || !toks[last+2].cap || !stateAgencies[p.word(text, toks, last+2)] {
		return mention{}, false
	}
	name := stateAbbrevs[k]
	if name == "" && t.upper {
		// Not "Co.", "Ms.": only capitals are read as a postal code.
		name = stateAbbrevs[strings.ToUpper(k)]
	}
	if name == "" {
		return mention{}, false
	}
	for _, c := range p.g.Lookup(name) {
		if c.FeatureCode == "ADM1" && c.Country == "US" {
			return mention{first: i, last: last, start: t.start, end: end, key: "abbrev US." + c.Admin1Code,
				cands: []gazetteer.Place{c}, parent: -1, strong: true, abbrev: true}, true
		}
	}
	return mention{}, false
}

// agencyBefore reports whether "by" or "according to" stands right before
// token i: an agency's name follows them, seldom a church service.
func agencyBefore(text string, toks []token, i int) bool {
	if i == 0 || text[toks[i-1].end:toks[i].start] != " " {
		return false
	}
	switch w := text[toks[i-1].start:toks[i-1].end]; {
	case strings.EqualFold(w, "by"):
		return true
	case strings.EqualFold(w, "to"):
		return i >= 2 && text[toks[i-2].end:toks[i-1].start] == " " && strings.EqualFold(text[toks[i-2].start:toks[i-2].end], "according")
	}
	return false
}

// dottedAbbrev reads an abbreviation from token i: letters joined by
// periods ("D.C.", "N.Y.", "W.Va.") or one token ("TX", "Calif"). It
// returns the last token, the letters without periods ("WVa"), the byte
// end of the last token and whether a period follows it.
func dottedAbbrev(text string, toks []token, i int) (last int, key string, end int, dotted bool) {
	last = i
	for last+1 < len(toks) && text[toks[last].end:toks[last+1].start] == "." && toks[last].letters <= 2 && toks[last+1].cap && toks[last+1].letters <= 2 {
		last++
	}
	end = toks[last].end
	dotted = end < len(text) && text[end] == '.'
	if last == i {
		// One token, the common case: called at every capitalized
		// word, it must not allocate.
		return last, text[toks[i].start:end], end, dotted
	}
	var b strings.Builder
	for k := i; k <= last; k++ {
		b.WriteString(text[toks[k].start:toks[k].end])
	}
	return last, b.String(), end, dotted
}

// stateAgencies follow "State" in a state agency's name.
var stateAgencies = map[string]bool{
	"bureau": true, "police": true, "patrol": true, "highway": true, "trooper": true, "troopers": true, "forestry": true,
	"fire": true, "department": true, "parks": true,
}

// sentenceEnd reports whether the period at byte i ends a sentence: the
// text or the line ends there, or a capitalized word follows.
func sentenceEnd(text string, i int) bool {
	rest := text[i+1:]
	if rest == "" || rest[0] == '\n' {
		return true
	}
	return len(rest) >= 2 && rest[0] == ' ' && rest[1] >= 'A' && rest[1] <= 'Z'
}

// countyAbbrev reads "Co Cork" or "Co. Kerry" at token i: the county word
// shortened before a county's name, as the press of Ireland and Britain
// writes it, read as the county whether the gazetteer names it "County
// Cork" or "Kerry". The name must be a second-level division's; "Co"
// after a company's name ("Kellogg Co.") is never read here.
func (p *Parser) countyAbbrev(text string, toks []token, i int) (mention, bool) {
	t := toks[i]
	if i+1 >= len(toks) || text[t.start:t.end] != "Co" || !joinable(text, t, toks[i+1]) {
		return mention{}, false
	}
	if sep := text[t.end:toks[i+1].start]; sep != " " && sep != ". " {
		return mention{}, false
	}
	// "Co" that ends a company's name follows a capitalized word.
	if i > 0 && toks[i-1].cap && joinable(text, toks[i-1], t) && text[toks[i-1].end:t.start] == " " && !sentenceStart(text, t) {
		return mention{}, false
	}
	var best mention
	for j := i + 1; j < len(toks) && j <= i+2; j++ {
		if !toks[j].cap || toks[j].upper || j > i+1 && text[toks[j-1].end:toks[j].start] != " " {
			break
		}
		name := gazetteer.Fold(text[toks[i+1].start:toks[j].end])
		var cands []gazetteer.Place
		for _, key := range []string{"county " + name, name} {
			for _, c := range p.g.LookupKey(key) {
				if c.Level() == 3 && !hasID(cands, c.ID) {
					cands = append(cands, c)
				}
			}
		}
		if len(cands) > 0 {
			best = mention{first: i, last: j, start: t.start, end: toks[j].end, key: "county " + name, cands: cands, parent: -1, strong: true, wantAdmin: true}
		}
	}
	return best, best.cands != nil
}

// usCountyAbbrev reads, at token i, a US county written with "Co." after its
// name: "two barns burned in Botetourt Co.", "BOTETOURT Co., Va. (WXYZ) -",
// "YAKIMA CO., Wash. -". A company's name ends so too ("Johnson Co."), so a
// place cue before the name or a state's abbreviation after it must say it
// is the county; "at" is no such cue ("worked at Johnson Co. for years").
func (p *Parser) usCountyAbbrev(text string, toks []token, i int) (mention, bool) {
	for j := i; j < len(toks)-1 && j < i+3; j++ {
		if !toks[j].cap || j > i && text[toks[j-1].end:toks[j].start] != " " {
			break
		}
		k := j + 1
		// "YAKIMA CO., Wash.": a dateline in capitals writes the word so too.
		co := text[toks[k].start:toks[k].end]
		if co == "CO" {
			for h := i; h <= j; h++ {
				if !toks[h].upper {
					co = ""
				}
			}
		}
		if co != "Co" && co != "CO" || text[toks[j].end:toks[k].start] != " " || toks[k].end >= len(text) || text[toks[k].end] != '.' {
			continue
		}
		key := gazetteer.Fold(text[toks[i].start:toks[j].end]) + " county"
		var cands []gazetteer.Place
		for _, c := range p.g.LookupKey(key) {
			if c.Level() == 3 && gazetteer.Fold(c.Name) == key {
				cands = append(cands, c)
			}
		}
		if cands == nil {
			return mention{}, false
		}
		m := mention{first: i, last: k, start: toks[i].start, end: toks[k].end + 1, key: key, cands: cands, parent: -1, strong: true, wantAdmin: true}
		cued := i > 0 && countyCoCues[p.word(text, toks, i-1)]
		if !cued && k+1 < len(toks) {
			_, _, _, cued = p.stateAbbrev(text, toks, k+1, &m)
		}
		if !cued {
			return mention{}, false
		}
		return m, true
	}
	return mention{}, false
}

// countyCoCues stand before a county written with "Co.".
var countyCoCues = map[string]bool{"in": true, "near": true, "outside": true, "across": true, "throughout": true}
