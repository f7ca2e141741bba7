package geoparse

import (
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/gazetteer"
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
}

// placeNounsAfter, in lower case after a name, make it a division's:
// "Warab state", "Cacuaco district". Not "village": "Kurdish village" is
// an adjective's.
var placeNounsAfter = map[string]bool{
	"district": true, "province": true, "state": true, "region": true, "county": true, "municipality": true,
	"prefecture": true, "governorate": true, "township": true,
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
}

// unknownAt reads a name the gazetteer lacks at token i when its context
// makes it a place; prev is the last token of the previous such name,
// so that "villages of Bumbacari and Dudescu" takes both.
func (p *Parser) unknownAt(text string, toks []token, i, prev int) (unknown, bool) {
	last := i
	for k := i; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		if !t.cap || t.upper || t.letters < 2 || k > i && !joinable(text, toks[k-1], t) || possessive(text, toks, k) {
			break
		}
		w := p.word(text, toks, k)
		if titles[w] || directions[w] || generic[w] {
			break
		}
		last = k
	}
	if !toks[i].cap || toks[i].upper || toks[i].letters < 3 {
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
	next := p.word(text, toks, last+1)
	after := last+1 < len(toks) && !toks[last+1].cap && placeNounsAfter[next] && joinable(text, toks[last], toks[last+1]) ||
		p.pluralAhead(text, toks, last) != ""
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
	if last+1 < len(toks) && toks[last+1].cap && featureWords[next] && joinable(text, toks[last], toks[last+1]) {
		u.last, u.end, feature = last+1, toks[last+1].end, true
	} else if i > 0 && toks[i-1].cap && joinable(text, toks[i-1], toks[i]) {
		if w := p.word(text, toks, i-1); w == "lake" || w == "mount" || w == "mt" {
			u.first, u.start, feature = i-1, toks[i-1].start, true
		}
	}
	return u, before || after || listed || feature
}

// sentenceBreak reports whether a sentence ends between two byte offsets.
func sentenceBreak(text string, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	s := text[a:b]
	return strings.Contains(s, ". ") || strings.ContainsAny(s, "\n!?")
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
	for _, u := range us {
		best := -1
		// A place after it first ("Cacuaco district of Angola's capital
		// city Luanda", "Kampungu, Kasai"), then before it.
		for k := range n {
			m := ms[k]
			if m.start >= u.end && m.start-u.end <= 80 && !sentenceBreak(text, u.end, m.start) && ok(m) {
				best = k
				break
			}
		}
		if best < 0 {
			for k := n - 1; k >= 0; k-- {
				m := ms[k]
				if m.end <= u.start && u.start-m.end <= 150 && !sentenceBreak(text, m.end, u.start) && ok(m) {
					best = k
					break
				}
			}
		}
		// A stray may fall back on a country of the text's focus named in
		// its sentence: coarse, but nearer than a namesake abroad.
		if best < 0 && u.orig != nil {
			for k := range n {
				m := ms[k]
				c := m.cands[m.pick]
				if c.Level() == 1 && focus[c.Country] > 0 && !sentenceBreak(text, min(m.end, u.end), max(m.start, u.start)) {
					best = k
					break
				}
			}
		}
		if best < 0 {
			if u.orig != nil {
				ms = append(ms, *u.orig)
			}
			continue
		}
		pl := ms[best].cands[ms[best].pick]
		// Not the anchor's GeoNames row: the name is another place.
		pl.ID = 0
		ms = append(ms, mention{first: u.first, last: u.last, start: u.start, end: u.end, key: "unknown",
			cands: []gazetteer.Place{pl}, scores: []float64{0}, parent: -1, within: true})
	}
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	return ms
}

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
