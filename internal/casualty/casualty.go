package casualty

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/event"
)

// Measure is what happened to the people counted.
type Measure string

const (
	Killed   Measure = "killed"
	Wounded  Measure = "wounded"
	Captured Measure = "captured"
)

// Mention is one casualty figure in a sentence: "at least 21 ISGS
// militants" + died.
type Mention struct {
	Count   event.Count
	Measure Measure
	Who     string // the words naming the group: "ISGS militants", "American"
	Start   int    // byte span of the number and its group in the sentence
	End     int
}

// outcome words, after the group ("died", "were wounded") or before it
// ("killing", "left … dead").
var outcomes = map[string]Measure{
	"died": Killed, "dead": Killed, "fatally shot": Killed, "shot dead": Killed, "shot to death": Killed, "stabbed to death": Killed, "beaten to death": Killed, "hacked to death": Killed, "burned to death": Killed, "gunned down": Killed, "killed": Killed, "perished": Killed, "slain": Killed, "executed": Killed, "massacred": Killed,
	"beheaded": Killed, "murdered": Killed, "neutralised": Killed, "neutralized": Killed, "lost their lives": Killed, "deaths": Killed, "fatalities": Killed,
	"wounded": Wounded, "injured": Wounded, "hurt": Wounded, "injuries": Wounded,
	"captured": Captured, "kidnapped": Captured, "abducted": Captured, "taken hostage": Captured, "taken prisoner": Captured, "seized": Captured,
}

// activeVerbs take the counted group as their object: "killing 12".
var activeVerbs = map[string]Measure{
	"killing": Killed, "killed": Killed, "kills": Killed, "kill": Killed, "wounding": Wounded, "wounded": Wounded, "injuring": Wounded,
	"injured": Wounded, "beheaded": Killed, "beheading": Killed, "murdered": Killed, "murdering": Killed, "executed": Killed, "executing": Killed,
	"massacred": Killed, "massacring": Killed, "neutralised": Killed, "neutralized": Killed, "neutralising": Killed, "neutralizing": Killed, "kidnapping": Captured, "kidnapped": Captured, "abducting": Captured, "abducted": Captured, "capturing": Captured, "captured": Captured,
}

// twoWordActive are verbs of killing in two words, first to second, that
// take the counted group after them: "shot dead four workers".
var twoWordActive = map[string]string{"shot": "dead", "shooting": "dead", "gunned": "down", "gunning": "down"}

// nounMeasures name what happened as a noun before "of" and the group:
// "the death of 16 soldiers".
var nounMeasures = map[string]Measure{
	"death": Killed, "deaths": Killed, "killing": Killed, "killings": Killed, "murder": Killed, "murders": Killed,
	"massacre": Killed, "execution": Killed, "executions": Killed,
	"wounding":  Wounded,
	"abduction": Captured, "abductions": Captured, "kidnapping": Captured, "kidnappings": Captured, "capture": Captured,
}

// isAlnum reports an ASCII letter or digit: a period before one is inside
// an abbreviation ("U.S"), not after a word ("people." before a quote).
func isAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// tookLives are the verbs of "claimed the lives of".
var tookLives = map[string]bool{"claimed": true, "claiming": true, "claim": true, "claims": true, "took": true, "taking": true,
	"cost": true, "costing": true, "ended": true}

// tollWords may stand between "toll" and its figure: "the toll has risen
// to", "a death toll of", "put the toll at".
var tollWords = map[string]bool{
	"of": true, "has": true, "have": true, "had": true, "rose": true, "risen": true, "climbed": true, "increased": true,
	"jumped": true, "reached": true, "stands": true, "stood": true, "is": true, "was": true, "now": true, "at": true,
	"to": true, "been": true, "officially": true, "further": true, "grew": true, "grown": true, "hit": true, "soared": true,
}

// tollFigure finds the figure a toll gives, from toks[i] on: the token
// index of the count, skipping "from 20" in "rose from 20 to 30" (the
// later figure is the toll now).
func tollFigure(s string, toks []token, i int) (int, bool) {
	for k := 0; k < 5 && i < len(toks); k++ {
		if toks[i].low == "from" {
			// Not ParseNumber: it reads "20 to 31" as one range.
			if i+3 < len(toks) && isDigits(toks[i+1].low, len(toks[i+1].low)) && toks[i+2].low == "to" {
				i += 3
				continue
			}
			return 0, false
		}
		if _, _, ok := ParseNumber(s[toks[i].start:]); ok {
			return i, !partOfDate(toks, i)
		}
		if !tollWords[toks[i].low] {
			return 0, false
		}
		i++
	}
	return 0, false
}

// token is a word or punctuation mark with its byte span.
type token struct {
	text       string
	low        string
	start, end int
}

func tokenize(s string) []token {
	var out []token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '~':
			j := i
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '\'' || r2 == '’' || r2 == '-' ||
					r2 == '.' && j+sz < len(s) && isAlnum(s[j+sz]) && j > i || r2 == ',' && j > i && isDigits(s[j+1:], 3) && s[i] >= '0' && s[i] <= '9' || r2 == '~' && j == i {
					j += sz
					continue
				}
				// "U.S." keeps its final dot.
				if r2 == '.' && j-i <= 3 && strings.Contains(s[i:j], ".") {
					j += sz
				}
				break
			}
			out = append(out, token{s[i:j], strings.ToLower(s[i:j]), i, j})
			i = j
		default:
			out = append(out, token{s[i : i+size], s[i : i+size], i, i + size})
			i += size
		}
	}
	return out
}

// groupStop ends the words naming a group.
var groupStop = map[string]bool{
	"and": true, "or": true, "were": true, "was": true, "had": true, "have": true, "has": true, "been": true, "are": true, "is": true,
	"including": true, "in": true, "on": true, "at": true, "during": true, "after": true, "from": true, "by": true, "with": true,
	"of": false, "who": true, "which": true, "that": true, "while": true, "when": true, "as": true, "to": true, "for": true,
	"also": true, "reportedly": true, "later": true, "all": true, "near": true, "outside": true, "inside": true,
	"across": true, "into": true, "among": true, "between": true, "since": true, "across the": true, "died": true, "following": true,
	"just": true, "before": true, "badly": true, "seriously": true, "critically": true, "slightly": true, "lightly": true, "close": true,
	"may": true, "might": true, "could": true, "would": true, "will": true,
	"along": true, "aboard": true, "around": true, "through": true, "outside of": true, "travelling": true, "traveling": true,
}

// notPeople are groups that are counted but are not people.
var notPeople = map[string]bool{
	"hours": true, "hour": true, "days": true, "day": true, "weeks": true, "months": true, "years": true, "minutes": true,
	"vehicles": true, "vehicle": true, "motorcycles": true, "technicals": true, "helicopters": true, "helicopter": true,
	"cache": true, "caches": true, "weapons": true, "rifle": true, "rifles": true, "gun": true, "guns": true, "ammunition": true, "times": true, "km": true, "kilometres": true, "kilometers": true, "miles": true,
	"percent": true, "%": true, "firefights": true, "attacks": true, "incidents": true, "buildings": true, "houses": true,
	"villages": true, "towns": true, "homes": true, "schools": true, "churches": true, "mosques": true, "bases": true, "checkpoints": true,
}

// generic names a group of anyone; kinds name who among them.
var (
	generic = map[string]bool{"people": true, "persons": true, "civilians": true, "villagers": true, "residents": true, "passengers": true, "worshippers": true, "victims": true}
	kinds   = map[string]bool{"women": true, "men": true, "children": true, "boys": true, "girls": true, "babies": true, "infants": true, "woman": true, "man": true, "child": true, "boy": true, "girl": true, "baby": true, "elderly": true}
)

// Subgroup reports a group that names who among others ("two women",
// "their three children"), not more of them.
func Subgroup(who string) bool { return kinds[lastWord(who)] }

// Find returns the casualty mentions of one sentence.
func Find(s string) []Mention {
	toks := tokenize(s)
	var out []Mention
	i := 0
	// take reads the counted groups from token k on as m, and moves past.
	take := func(k int, m Measure) bool {
		list, next := readList(s, toks, k)
		if len(list) == 0 {
			return false
		}
		for j := range list {
			list[j].Measure = m
		}
		out = append(out, list...)
		i = next
		return true
	}
	for i < len(toks) {
		// Nouns: "the death of 16 soldiers", "the abduction of 30 pupils".
		if m, ok := nounMeasures[toks[i].low]; ok && i+2 < len(toks) && toks[i+1].low == "of" && take(i+2, m) {
			continue
		}
		// "a death toll of 141 people", "the toll rose to 30".
		if toks[i].low == "toll" {
			if j, ok := tollFigure(s, toks, i+1); ok && take(j, Killed) {
				continue
			}
		}
		// "claimed at least 18 lives"
		if tookLives[toks[i].low] && i+1 < len(toks) {
			if c, n, ok := ParseNumber(s[toks[i+1].start:]); ok && !partOfDate(toks, i+1) {
				k := i + 1
				for k < len(toks) && toks[k].start < toks[i+1].start+n {
					k++
				}
				if k < len(toks) && toks[k].low == "lives" {
					out = append(out, Mention{Count: c, Measure: Killed, Start: toks[i+1].start, End: toks[k].end})
					i = k + 1
					continue
				}
			}
		}
		// "claimed the lives of at least 21 civilians"
		if toks[i].low == "lives" && i > 1 && toks[i-1].low == "the" && tookLives[toks[i-2].low] && i+2 < len(toks) && toks[i+1].low == "of" && take(i+2, Killed) {
			continue
		}
		// Active: "killing 12 civilians", "left four … soldiers dead".
		m, ok := activeVerbs[toks[i].low]
		from := i + 1
		// Two words: "shot dead four road workers", "gunning down three
		// officers".
		if !ok && i+1 < len(toks) && twoWordActive[toks[i].low] == toks[i+1].low {
			m, ok, from = Killed, true, i+2
		}
		if ok && !passiveBefore(toks, i) {
			if from < len(toks) && isQuote(toks[from].low) {
				from++ // a euphemism quoted: `had "neutralised" 27 terrorists`
			}
			list, next := readList(s, toks, from)
			if len(list) > 0 {
				for k := range list {
					list[k].Measure = m
				}
				out = append(out, list...)
				i = next
				continue
			}
			// "detonated the device, killing himself": a bomber's own
			// death, which ACLED counts.
			k := from
			if k < len(toks) && toks[k].low == "only" {
				k++
			}
			if m == Killed && k < len(toks) && (toks[k].low == "himself" || toks[k].low == "herself" || toks[k].low == "self") {
				out = append(out, Mention{Count: *event.N(1), Measure: m, Who: toks[k].text, Start: toks[k].start, End: toks[k].end})
				out, i = andMore(s, toks, k+1, m, out)
				continue
			}
			// "killed the village head, Alhaji Jafaru Rabiu, his personal
			// assistant and four other residents": named people, one each,
			// and the groups after them.
			if list, next := personList(s, toks, from); len(list) > 0 && m != Captured {
				for k := range list {
					list[k].Measure = m
				}
				out = append(out, list...)
				i = next
				continue
			}
			// "killing a security guard": one. Not "captured a military
			// base" or "executed a plan": what is captured or executed is
			// as often no one.
			if m != Captured && !strings.HasPrefix(toks[i].low, "execut") && from+1 < len(toks) && (toks[from].low == "a" || toks[from].low == "an") {
				k := from + 1
				for k < len(toks) && k-from <= 4 && wordLike(toks[k]) && !groupStop[toks[k].low] && !strings.HasSuffix(toks[k].low, "ing") {
					k++
				}
				if k > from+1 {
					if who := s[toks[from+1].start:toks[k-1].end]; !notPeople[lastWord(who)] {
						out = append(out, Mention{Count: *event.N(1), Measure: m, Who: who, Start: toks[from].start, End: toks[k-1].end})
						// "killing a local police chief and another policeman"
						out, i = andMore(s, toks, k, m, out)
						continue
					}
				}
			}
		}
		if toks[i].low == "left" || toks[i].low == "leaving" {
			list, next := readList(s, toks, i+1)
			if len(list) > 0 && next < len(toks) {
				if m, ok := outcomes[toks[next].low]; ok {
					for k := range list {
						list[k].Measure = m
					}
					out = append(out, list...)
					i = next + 1
					continue
				}
			}
		}
		// Passive or intransitive: "four American … and at least 21 ISGS militants died".
		// "U.S. commando Shawn Thomas was killed": a named person is one.
		// "Sgt. Nevada Krinkee died": a name that opens the sentence, not
		// "five people in Maiduguri died".
		if (toks[i].low == "was" || toks[i].low == "died") && i > 0 && isCapitalized(toks[i-1]) {
			j := i - 1
			for j > 0 && i-j < 6 && (isCapitalized(toks[j-1]) || toks[j-1].low == "commando" || toks[j-1].low == "soldier") {
				j--
			}
			if j == 2 && toks[1].low == "." && isCapitalized(toks[0]) {
				j = 0 // a title: "Sgt.", "Lt."
			}
			// "a villager in Pale Township was killed": a name after "in"
			// is where, not who.
			where := j > 0 && placePrep[toks[j-1].low]
			if m, end, ok := outcomeAfter(toks, i); ok && !where && (toks[i].low == "was" || j == 0) {
				out = append(out, Mention{Count: *event.N(1), Measure: m, Who: s[toks[j].start:toks[i-1].end], Start: toks[j].start, End: toks[i-1].end})
				i = end
				if end+1 < len(toks) && toks[end].low == "and" && toks[end+1].low == "another" {
					if m2, end2, ok := outcomeAfter(toks, end+2); ok {
						out = append(out, Mention{Count: *event.N(1), Measure: m2, Who: out[len(out)-1].Who, Start: toks[end+1].start, End: toks[end+1].end})
						i = end2
					}
				}
				continue
			}
		}
		if startsCount(toks, i) {
			list, next := readList(s, toks, i)
			if len(list) > 0 {
				// "A female villager in Pale Township was killed": a place
				// between the group and its outcome.
				at := next
				if at+1 < len(toks) && placePrep[toks[at].low] && isCapitalized(toks[at+1]) {
					k := at + 1
					for k < len(toks) && k-at <= 4 && isCapitalized(toks[k]) {
						k++
					}
					if _, _, ok := outcomeAfter(toks, k); ok {
						at = k
					}
				}
				if m, end, ok := outcomeAfter(toks, at); ok {
					for k := range list {
						list[k].Measure = m
					}
					out = append(out, list...)
					i = end
					// "… was killed and another injured"
					if end+1 < len(toks) && toks[end].low == "and" && toks[end+1].low == "another" {
						if m2, end2, ok := outcomeAfter(toks, end+2); ok {
							out = append(out, Mention{Count: *event.N(1), Measure: m2, Who: list[len(list)-1].Who, Start: toks[end+1].start, End: toks[end+1].end})
							i = end2
						}
					}
					continue
				}
				// No outcome: read on inside the words taken for a group
				// ("Two airstrikes claimed the lives of …").
				i++
				continue
			}
		}
		i++
	}
	// "… whilst the rebels suffered an estimated 150 killed": the figure
	// is the losses of the one who suffered them, not of the group named
	// before it.
	for k := range out {
		if out[k].Who == "" {
			if m := sufferedBy.FindStringSubmatch(s[max(0, out[k].Start-80):out[k].Start]); m != nil {
				out[k].Who = m[1]
			}
		}
	}
	// "At least 14 soldiers were killed and seven were wounded": a figure
	// without a group counts the group named before it.
	for k := 1; k < len(out); k++ {
		if out[k].Who == "" {
			out[k].Who = out[k-1].Who
		}
	}
	// "Three soldiers were killed and two others wounded", "killing 19
	// people and kidnapping seven others": others of another measure,
	// right after a group counted in the plural, are more of that group,
	// as "two other soldiers" would be. Of the same measure ("killed 12
	// soldiers and four others") or after one person ("the village head
	// and four others") they stay anyone else.
	for k := 1; k < len(out); k++ {
		prev := out[k-1]
		if out[k].Who == "others" && prev.Measure != out[k].Measure && prev.Who != "" && prev.Who != "others" && prev.Count.Low > 1 &&
			out[k].Start > prev.End && out[k].Start-prev.End < 60 && !strings.ContainsAny(s[prev.End:out[k].Start], ".;:") {
			out[k].Who = prev.Who
		}
	}
	return out
}

// hedges say a toll is an estimate or a belief: "were estimated to have
// been killed", "are believed to be dead".
var hedges = map[string]bool{"estimated": true, "believed": true, "thought": true, "said": true, "reported": true, "feared": true, "known": true, "confirmed": true, "presumed": true}

var sufferedBy = regexp.MustCompile(`(?i)(?:^|[,;]|\b(?:while|whilst|whereas|but|and))(?:\s+(?:while|whilst|whereas|but|and))?\s+(?:the\s+)?((?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:suffered|sustained)\s+(?:(?:an?|some)\s+)?(?:(?:estimated|reported|confirmed)\s+|total\s+of\s+)?$`)

// andMore reads the groups an "and" at toks[i] adds to one person counted
// ("killing herself and two guards") as measure m, and returns where
// reading goes on.
func andMore(s string, toks []token, i int, m Measure, out []Mention) ([]Mention, int) {
	if i+1 >= len(toks) || toks[i].low != "and" {
		return out, i
	}
	more, next := readList(s, toks, i+1)
	if len(more) == 0 {
		return out, i
	}
	for j := range more {
		more[j].Measure = m
	}
	return append(out, more...), next
}

// countNext reports a figure at toks[i]: "another six".
func countNext(s string, toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	_, _, ok := ParseNumber(s[toks[i].start:])
	return ok
}

// personList reads people named one by one after a verb: "the village
// head", "his personal assistant", each a person noun after "the" or a
// possessive, joined by commas and "and", with names in apposition passed
// over and counted groups ("four other residents") read as readList does.
// It returns nothing unless one person noun is found.
func personList(s string, toks []token, i int) ([]Mention, int) {
	var out []Mention
	people := 0
	for i < len(toks) {
		switch toks[i].low {
		case "the", "his", "her", "their", "its":
			k := i + 1
			for k < len(toks) && k-i <= 3 && isWord(toks[k]) && !groupStop[toks[k].low] && !personNouns[toks[k].low] {
				k++
			}
			// "the head of state" is no person counted here; "the village
			// head of Nyalun community" is one.
			if k >= len(toks) || !personNouns[toks[k].low] || (k+1 < len(toks) && toks[k+1].low == "of" && (k+2 >= len(toks) || !isCapitalized(toks[k+2]))) {
				return nil, i // "the village": not a person
			}
			out = append(out, Mention{Count: *event.N(1), Who: s[toks[i+1].start:toks[k].end], Start: toks[i].start, End: toks[k].end})
			people++
			i = k + 1
		default:
			if len(out) == 0 {
				return nil, i
			}
			list, next := readList(s, toks, i)
			if len(list) == 0 {
				return nil, i
			}
			out = append(out, list...)
			i = next
		}
		// ", Alhaji Jafaru Rabiu," : a name in apposition.
		if i+1 < len(toks) && toks[i].low == "," && isCapitalized(toks[i+1]) {
			k := i + 1
			for k < len(toks) && isCapitalized(toks[k]) {
				k++
			}
			if k < len(toks) && toks[k].low == "," {
				i = k
			}
		}
		switch {
		case i+1 < len(toks) && toks[i].low == "," && toks[i+1].low == "and":
			i += 2
		case i < len(toks) && (toks[i].low == "," || toks[i].low == "and"):
			i++
		default:
			if people == 0 {
				return nil, i
			}
			return out, i
		}
	}
	if people == 0 {
		return nil, i
	}
	return out, i
}

var personNouns = map[string]bool{
	"head": true, "chief": true, "leader": true, "ruler": true, "monarch": true, "emir": true, "imam": true, "pastor": true,
	"priest": true, "commander": true, "chairman": true, "councillor": true, "councilor": true, "assistant": true, "aide": true,
	"servant": true, "driver": true, "guard": true, "wife": true, "husband": true, "son": true, "daughter": true,
	"brother": true, "sister": true, "father": true, "mother": true, "bodyguard": true, "secretary": true, "deputy": true,
}

// weekdays name a day between a group and its outcome.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"yesterday": true, "today": true, "overnight": true}

// placePrep are the prepositions before a place's name.
var placePrep = map[string]bool{"in": true, "at": true, "near": true, "from": true, "outside": true, "inside": true}

// passiveBefore reports "were killed" style use, which the group before
// owns, so it is not read as an active verb.
func passiveBefore(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].low {
	case "were", "was", "been", "be", "being", "are", "is", "or":
		return true
	}
	return false
}

// startsCount reports whether a counted group may start at toks[i]: not
// right after "including" (a subset of a group already counted) or "than".
func startsCount(toks []token, i int) bool {
	return i == 0 || toks[i-1].low != "including" && toks[i-1].low != "than"
}

func isQuote(w string) bool {
	return w == "\"" || w == "”" || w == "'" || w == "’"
}

func isCapitalized(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// readList reads "four American, four Nigerien and at least 21 ISGS
// militants": counted groups joined by commas and "and".
func readList(s string, toks []token, i int) ([]Mention, int) {
	var out []Mention
	for i < len(toks) {
		if i > 0 && toks[i-1].low == "including" {
			break
		}
		// "21 civilians, one soldier and all five militants": every one
		// of a group, counted.
		if toks[i].low == "all" && len(out) > 0 && (toks[i-1].low == "and" || toks[i-1].low == ",") && countNext(s, toks, i+1) {
			i++
			continue
		}
		c, n, ok := ParseNumber(s[toks[i].start:])
		if ok && partOfDate(toks, i) {
			break
		}
		if ok && isAge(toks[i].low) {
			ok = false // "a 25-year-old villager": an age, not a count
		}
		if ok && i > 0 && toks[i-1].low == "how" {
			break // "did not say how many assailants were slain": no figure
		}
		if !ok {
			// "12 militants and a soldier were killed", "a local police
			// chief and another policeman": one more, after a group.
			if i > 0 && (toks[i-1].low == "and" || toks[i-1].low == "or") && ((toks[i].low == "a" || toks[i].low == "an") && len(out) > 0 || toks[i].low == "another" && !countNext(s, toks, i+1)) {
				j := i + 1
				for j < len(toks) && j-i <= 3 && !groupStop[toks[j].low] && wordLike(toks[j]) && !strings.HasSuffix(toks[j].low, "ing") {
					j++
				}
				if j > i+1 && !notPeople[toks[j-1].low] && isWord(toks[j-1]) && (j == len(toks) || groupStop[toks[j].low] || !isWord(toks[j])) {
					out = append(out, Mention{Count: *event.N(1), Who: s[toks[i+1].start:toks[j-1].end], Start: toks[i].start, End: toks[j-1].end})
					i = j
					if i < len(toks) && toks[i].low == "," {
						i++
					}
					if i < len(toks) && (toks[i].low == "and" || toks[i].low == "or") {
						i++
						continue
					}
					break
				}
			}
			// "eight policemen and their civilian driver": one more, a
			// person noun after a possessive.
			if i > 0 && toks[i-1].low == "and" && (toks[i].low == "their" || toks[i].low == "his" || toks[i].low == "her") {
				j := i + 1
				for j < len(toks) && j-i <= 3 && wordLike(toks[j]) && !groupStop[toks[j].low] && !personNouns[toks[j].low] {
					j++
				}
				if j < len(toks) && personNouns[toks[j].low] && (j+1 == len(toks) || groupStop[toks[j+1].low] || !isWord(toks[j+1])) {
					out = append(out, Mention{Count: *event.N(1), Who: s[toks[i+1].start:toks[j].end], Start: toks[i].start, End: toks[j].end})
					i = j + 1
					break
				}
			}
			// "a French soldier was killed": one, when "was" follows the noun;
			// "while another soldier was injured" is one more of the same.
			if (toks[i].low == "a" || toks[i].low == "an" || toks[i].low == "another") && len(out) == 0 {
				j := i + 1
				for j < len(toks) && j-i <= 4 && !groupStop[toks[j].low] && wordLike(toks[j]) {
					j++
				}
				if j+1 < len(toks) && placePrep[toks[j].low] && isCapitalized(toks[j+1]) {
					k := j + 1 // "a villager in Pale Township was killed"
					for k < len(toks) && k-j <= 4 && isCapitalized(toks[k]) {
						k++
					}
					if k < len(toks) && toks[k].low == "was" {
						j = k
					}
				}
				// "a Moroccan peacekeeper has been killed", "A soldier and six
				// suspected rebels were killed": one too.
				if j > i+1 && j < len(toks) && (toks[j].low == "was" || toks[j].low == "has" && j+1 < len(toks) && toks[j+1].low == "been" ||
					toks[j].low == "and" && countNext(s, toks, j+1) && !partOfDate(toks, j+1)) {
					c, n, ok = *event.N(1), toks[i].end-toks[i].start, true
				}
			}
			if !ok {
				break
			}
		}
		if c.Best == 0 && c.Qualifier == event.Exact {
			return nil, i + 1 // "no American … soldiers": nothing to count
		}
		numEnd := toks[i].start + n
		j := i
		for j < len(toks) && toks[j].start < numEnd {
			j++
		}
		if j < len(toks) && toks[j].low == "the" {
			break // "bringing to 30 the number of people killed": a running total
		}
		if j < len(toks) && toks[j].low == "of" { // "dozens of", "three of the soldiers"
			j++
			// "One of those kidnapped is the district head": counted
			// already. Not "Four of them died": a verb, and a figure.
			if j < len(toks) && toks[j].low == "those" && j+1 < len(toks) && outcomes[toks[j+1].low] != "" {
				return nil, j + 1
			}
			if j < len(toks) && (toks[j].low == "the" || toks[j].low == "them") {
				j++
			}
		}
		// "four more soldiers", "two other civilians"
		for j < len(toks) && (toks[j].low == "more" || toks[j].low == "other" || toks[j].low == "further" || toks[j].low == "additional") {
			j++
		}
		// `21 "terrorists" had been killed`: a group word in quotes.
		quoted := j+2 < len(toks) && isQuote(toks[j].low) && isWord(toks[j+1]) && isQuote(toks[j+2].low)
		if quoted {
			j++
		}
		k := j
		// The group ends at a participle: "civilians returning from a market".
		// "four members of Niger's Defence and Security Forces": a name
		// after "of" runs on through its capitalized words and "and".
		ofName := false
		// "four Islamic State in Iraq and Syria militants": "in" inside a
		// capitalized name runs on like "of".
		inName := func(k int) bool {
			if toks[k].low != "in" || k == j || !isCapitalized(toks[k-1]) || k+1 >= len(toks) || !isCapitalized(toks[k+1]) {
				return false
			}
			caps := 0 // "pro-Islamic State": words with a capital
			for _, t := range toks[j:k] {
				if strings.IndexFunc(t.text, unicode.IsUpper) >= 0 {
					caps++
				}
			}
			return caps >= 2
		}
		for k < len(toks) && (k-j < 5 || ofName && (isCapitalized(toks[k]) || k > j && isCapitalized(toks[k-1])) && k-j < 10) && wordLike(toks[k]) &&
			(!groupStop[toks[k].low] || inName(k) || ofName && toks[k].low == "and" && isCapitalized(toks[k-1]) && k+1 < len(toks) && isCapitalized(toks[k+1])) &&
			!strings.HasSuffix(toks[k].low, "ing") {
			if _, isOutcome := outcomes[toks[k].low]; isOutcome {
				break
			}
			if toks[k].low == "of" || inName(k) {
				ofName = true
			}
			k++
		}
		// "… (ISIS) militants": an acronym in parentheses, then the noun.
		if ofName && k+3 < len(toks) && toks[k].low == "(" && toks[k+2].low == ")" && isWord(toks[k+3]) && !groupStop[toks[k+3].low] && outcomes[toks[k+3].low] == "" {
			k += 4
		}
		who := ""
		if k > j {
			who = s[toks[j].start:toks[k-1].end]
		}
		// "two jawans of the Assam Rifles": after "of the" a unit's name,
		// whose last word may be a thing's; the noun before it says who
		// ("two boxes of AK-47 Rifles" are still things).
		head := lastWord(who)
		if at := strings.Index(who, " of the "); ofName && at > 0 && unicode.IsUpper([]rune(who[at+len(" of the "):])[0]) {
			head = lastWord(who[:at])
		}
		if notPeople[head] || notPeople[firstWord(who)] {
			return nil, k
		}
		end := numEnd
		if k > j {
			end = toks[k-1].end
		}
		if quoted && k < len(toks) && isQuote(toks[k].low) {
			k++
		}
		out = append(out, Mention{Count: c, Who: who, Start: toks[i].start, End: end})
		i = k
		joined := false
		if i < len(toks) && toks[i].low == "," {
			i, joined = i+1, true
		}
		if i < len(toks) && (toks[i].low == "and" || toks[i].low == "or") {
			i, joined = i+1, true
		}
		if !joined {
			break // "58 civilians just 100 kilometres away": no second group
		}
	}
	// "three civilians, two women and a child": the groups after a group
	// of anyone name who they were, not more of them.
	if len(out) > 1 && generic[lastWord(out[0].Who)] && out[0].Count.Qualifier == event.Exact {
		sum, parts := 0, true
		for _, m := range out[1:] {
			sum += m.Count.Best
			parts = parts && kinds[lastWord(m.Who)]
		}
		if parts && sum <= out[0].Count.Best {
			out = out[:1]
		}
	}
	// A list read past its last group ends on the connective; back up.
	for i > 0 && i <= len(toks) && (toks[i-1].low == "and" || toks[i-1].low == ",") {
		i--
	}
	// Groups without a noun ("four American, four Nigerien and at least 21
	// ISGS militants") share the last group's noun only for counting; keep
	// their own adjective as who.
	return out, i
}

func firstWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// isAge reports a word that gives an age, "25-year-old", "eight-month-old":
// an adjective, not a count ("three 15-year-olds" counts).
func isAge(low string) bool {
	for _, suf := range []string{"-year-old", "-month-old", "-week-old", "-day-old"} {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// wordLike is a word of a group's name: a word, or an age before the noun.
func wordLike(t token) bool { return isWord(t) || isAge(t.low) }

func isWord(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsLetter(r)
}

// outcomeAfter finds "died", "were killed", "had been wounded", "dead"
// right after a group, allowing a short "including …" aside.
func outcomeAfter(toks []token, i int) (Measure, int, bool) {
	if i+1 < len(toks) && toks[i].low == "," && toks[i+1].low == "including" {
		i++
	}
	// "(FDS) were killed": an acronym after the group's name.
	if i+2 < len(toks) && toks[i].low == "(" && toks[i+2].low == ")" {
		i += 3
	}
	if i < len(toks) && toks[i].low == "including" {
		j := i + 1
		for j < len(toks) && j-i < 7 && toks[j].low != "were" && toks[j].low != "was" && toks[j].low != "," {
			j++
		}
		i = j
		if i < len(toks) && toks[i].low == "," { // "nine civilians, including four children, were killed"
			i++
		}
	}
	for k := 0; k < 4 && i < len(toks); k++ {
		switch toks[i].low {
		case "were", "was", "had", "have", "has", "been", "reportedly", "also", "later", "all", "subsequently", "\"", "“",
			"may", "might", "could", "seriously", "critically", "severely", "slightly", "lightly", "badly", "gravely":
			i++
			continue
		}
		// "over 800 guerillas were estimated to have been killed": a
		// hedge between the group and its outcome.
		if (toks[i].low == "are" || toks[i].low == "is") && i+1 < len(toks) && hedges[toks[i+1].low] {
			i++
			continue
		}
		if hedges[toks[i].low] && i+2 < len(toks) && toks[i+1].low == "to" {
			if toks[i+2].low == "be" {
				i += 3
				continue
			}
			if i+3 < len(toks) && toks[i+2].low == "have" && toks[i+3].low == "been" {
				i += 4
				continue
			}
		}
		// "At least 40 people on Monday were killed": the day between the
		// group and its outcome.
		if weekdays[toks[i].low] {
			i++
			continue
		}
		if toks[i].low == "on" && i+1 < len(toks) && weekdays[toks[i+1].low] {
			i += 2
			continue
		}
		break
	}
	if i >= len(toks) {
		return "", i, false
	}
	if i+2 < len(toks) {
		if m, ok := outcomes[toks[i].low+" "+toks[i+1].low+" "+toks[i+2].low]; ok {
			return m, i + 3, true // "shot to death"
		}
	}
	if i+1 < len(toks) {
		if m, ok := outcomes[toks[i].low+" "+toks[i+1].low]; ok {
			return m, i + 2, true
		}
	}
	if m, ok := outcomes[toks[i].low]; ok {
		// "Thirty seven people were killed and wounded": dead and hurt
		// together, neither figure told.
		if i+2 < len(toks) && (toks[i+1].low == "and" || toks[i+1].low == "or") {
			if m2, ok := outcomes[toks[i+2].low]; ok && m2 != m {
				return "", i + 3, false
			}
		}
		return m, i + 1, true
	}
	return "", i, false
}

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// partOfDate reports a number that belongs to a date: a day or year next
// to a month name, or a bare year.
func partOfDate(toks []token, i int) bool {
	t := toks[i].low
	if i > 0 && months[toks[i-1].low] || i+1 < len(toks) && months[toks[i+1].low] {
		return true
	}
	if len(t) == 4 && t >= "1800" && t <= "2100" && isDigits(t, 4) {
		return true
	}
	if i > 1 && toks[i-1].low == "," && len(t) == 4 && isDigits(t, 4) && months[toks[i-2].low] {
		return true
	}
	return false
}
