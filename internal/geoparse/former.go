package geoparse

import (
	"slices"
	"strings"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/relit"
)

// Former names. Encyclopedic prose tells what its subject was called
// before: "The original settlement was first called Salt Point, then
// Webster's Landing (1786) and Corinth (1817)", "The area was initially
// named Frederick Town", "Smyrna was first known as Ruffs Siding and
// later Varners Station". Such a name is the subject's, wherever the
// gazetteer puts a place of that name (Corinth, New York; Frederick,
// Maryland), and most are names it lacks.

// formerLeadRe matches the text before a former name: a
// naming verb marked as past or passive ("was first called", "initially
// named", "became known as", "was renamed", "under the name"), with an
// optional opening quote. A bare "called" ("a man called Smith") is not
// enough.
var formerLeadRe = relit.MustCompile(`(?:\b(?:was|were|is|been|being|became|become)\s+(?:(?:first|originally|initially|formerly|previously|once|later|then|also|long|briefly)\s+)?(?:known as|called|named|renamed|styled)|\b(?:first|originally|initially|formerly|previously|later)\s+(?:being\s+)?(?:known as|called|named)|\brenamed|\bunder the name)\s+["“]?`)

// formerNameRe matches a former name at the start of the text after its
// lead: capitalized words, with a name's particles between them
// ("Nuestra Señora de Los Ángeles", "Webster's Landing", "Cossits'
// Corners").
var formerNameRe = relit.MustCompile(`^\p{Lu}[\p{L}'’.-]*(?: (?:(?:de|del|la|las|los|el|of|the|upon|on|en) )?\p{Lu}[\p{L}'’.-]*){0,4}`)

// formerNextRe matches what joins one former name to the next in a
// list, after an optional year in parentheses: ", then ", " and later ",
// ", and ", " or ".
var formerNextRe = relit.MustCompile(`^(?: \(\d{3,4}\))?(?:,? (?:and |or )?(?:then |later |afterwards |subsequently )?(?:(?:known as|called|named) )?)["“]?`)

// placeWordsRe matches a word naming a place as a sentence's subject
// before a former name: "The original settlement", "the barrio", "The
// area", or the pronoun "It" opening the sentence.
var placeWordsRe = relit.MustCompile(`\b(?:town|city|village|hamlet|settlement|place|site|area|community|barrio|municipality|township|borough|colony|post office|locality|parish)\b|^It\b`)

// formerNames places every former name the text gives its subject at
// the subject: the place of a mention read as the subject, else of the
// town the text names most (twice at least).
func (p *Parser) formerNames(text string, ms []mention) []mention {
	home, ok := formerHome(ms)
	if !ok {
		return ms
	}
	var add []mention
	for _, loc := range formerLeads(text) {
		at := loc[1]
		sent := text[sentenceFrom(text, loc[0]):loc[0]]
		// The sentence is about a place: the subject named in it, or a
		// place's word, before the naming verb.
		if !placeWordsRe.MatchString(sent) && !strings.Contains(sent, text[home.start:home.end]) {
			continue
		}
		for n := 0; n < 10; n++ {
			name := formerNameRe.FindString(text[at:])
			if name == "" {
				break
			}
			name = strings.TrimRight(name, ".")
			// "was named John Smith": a person's name, unless its last
			// word says a settlement ("Frederick Town").
			if w := strings.Fields(name); len(w) > 1 && p.given(strings.ToLower(w[0])) && !townWords[strings.ToLower(w[len(w)-1])] && !featureWords[strings.ToLower(w[len(w)-1])] {
				break
			}
			add = formerAt(text, ms, add, at, at+len(name), home)
			at += len(name)
			next := formerNextRe.FindString(text[at:])
			if next == "" || at+len(next) >= len(text) {
				break
			}
			at += len(next)
		}
	}
	add = p.renamedSubject(text, ms, add, home)
	if len(add) == 0 {
		return ms
	}
	return merged(ms, add)
}

// renamedRe matches a passive naming verb before the subject's name:
// "would be renamed ", "was later renamed ", "and named " (after "was
// declared a village").
var renamedRe = relit.MustCompile(`\b(?:(?:was|were|be|been|being|is)\s+(?:(?:later|then|soon|officially|formally)\s+)?(?:re)?named|and\s+(?:re)?named)\s+["“]?$`)

// renamedSubject places at home the name that opens a sentence saying it
// was renamed the subject: "Moorlock Landing would be renamed Kingsford
// when the jetty opened", "Mill Point was surveyed in 1790, and it was
// declared a village and named Greenfield".
func (p *Parser) renamedSubject(text string, ms, add []mention, home mention) []mention {
	name := text[home.start:home.end]
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return add
		}
		i += from
		from = i + len(name)
		if from < len(text) && isLetterByte(text[from]) {
			continue
		}
		lead := text[max(0, i-48):i]
		if !renamedRe.MatchString(lead) {
			continue
		}
		start := sentenceFrom(text, i)
		for start < i && (isSpaceByte(text[start]) || text[start] == '"') {
			start++
		}
		former := strings.TrimRight(formerNameRe.FindString(text[start:i]), ".")
		w := strings.Fields(former)
		// "The town was renamed", "It was renamed", "In 1846 it was
		// named": no name; "John Carter was named": a person.
		if len(w) == 0 || gazetteer.Fold(former) == gazetteer.Fold(name) || openers[strings.ToLower(w[0])] ||
			len(w) == 1 && p.common[strings.ToLower(w[0])] || len(w) > 1 && p.given(strings.ToLower(w[0])) {
			continue
		}
		add = formerAt(text, ms, add, start, start+len(former), home)
	}
}

// openers are words that open a sentence before its subject, not a name.
var openers = map[string]bool{"the": true, "a": true, "an": true, "it": true, "this": true, "that": true, "its": true, "his": true, "her": true,
	"their": true, "in": true, "on": true, "at": true, "by": true, "after": true, "before": true, "when": true, "then": true, "there": true, "later": true}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// formerAt places the former name text[start:end] at home: a mention of
// that span takes home's place; a span no mention touches becomes one.
func formerAt(text string, ms, add []mention, start, end int, home mention) []mention {
	pl := home.cands[home.pick]
	for k := range ms {
		m := &ms[k]
		if m.end <= start || m.start >= end {
			continue
		}
		if m.start == start && m.end == end && gazetteer.Fold(text[start:end]) != gazetteer.Fold(text[home.start:home.end]) {
			pl.ID = 0
			m.cands, m.scores, m.pick, m.within = []gazetteer.Place{pl}, []float64{0}, 0, true
		}
		return add
	}
	pl.ID = 0
	return append(add, mention{start: start, end: end, key: "unknown", cands: []gazetteer.Place{pl}, scores: []float64{0}, parent: -1, within: true})
}

// formerVerbs are the words every match of formerLeadRe ends with
// ("renamed" holds "named").
var formerVerbs = []string{"called", "named", "known as", "styled", "under the name"}

// formerLeads are formerLeadRe's matches in text, in order. The pattern
// has no literal prefix, so run over a whole text it tries every byte and
// took a third of the parser's time; each match ends with one of
// formerVerbs and white space, so it is looked for only in the few words
// before each of them.
func formerLeads(text string) [][]int {
	var out [][]int
	for _, verb := range formerVerbs {
		for from := 0; ; {
			i := strings.Index(text[from:], verb)
			if i < 0 {
				break
			}
			h := from + i
			from = h + len(verb)
			end := from
			for end < len(text) && isSpaceByte(text[end]) {
				end++
			}
			if end == from {
				continue // \s+ after the verb
			}
			if strings.HasPrefix(text[end:], `"`) {
				end++
			} else if strings.HasPrefix(text[end:], "“") {
				end += len("“")
			}
			// Back to a word's start, so that \b holds as in the text.
			start := max(0, h-64)
			for start > 0 && !isSpaceByte(text[start-1]) {
				start--
			}
			for _, m := range formerLeadRe.FindAllStringIndex(text[start:end], -1) {
				if start+m[1] == end {
					out = append(out, []int{start + m[0], end})
					break
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	// "was renamed" is found from "named" too: keep a match once, and the
	// first of any that overlap, as one pass over the text would.
	kept := out[:0]
	for _, m := range out {
		if len(kept) > 0 && m[0] < kept[len(kept)-1][1] {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }

// formerHome is the subject former names belong to: a mention read as
// the text's subject, else the first mention of the town named most
// often, at least twice.
func formerHome(ms []mention) (mention, bool) {
	count := map[string]int{}
	first := map[string]int{}
	best := ""
	for i, m := range ms {
		if m.subject {
			return m, true
		}
		if m.key == "unknown" || m.cands[m.pick].Level() != 5 {
			continue
		}
		if count[m.key] == 0 {
			first[m.key] = i
		}
		count[m.key]++
		if best == "" || count[m.key] > count[best] {
			best = m.key
		}
	}
	if count[best] < 2 {
		return mention{}, false
	}
	return ms[first[best]], true
}
