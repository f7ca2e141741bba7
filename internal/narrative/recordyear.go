package narrative

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/conflict"
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/relit"
	"github.com/sitrep-project/sitrep/internal/sentence"
)

// writtenYear is a year in a date's own words ("12 March 2016", "'16"):
// such a date is the article's word and is never moved.
var writtenYear = relit.MustCompile(`\b\d{4}\b|'\d\d\b`)

// recordYear gives the dates that write no year the year of the article's
// own conflict where its infobox dates it within one year, and where that
// year puts them at the fight: narrative time takes a yearless "On 12
// March" from the last year written before it, which in an article is
// often a background year ("In July 2013 …"), so the fight's own days
// were dated a year or more early and dropped as history. (A date with
// no year written anywhere before it does not arise here: the infobox's
// own date is in the text the tagger reads.)
//
// A yearless date is moved only where, in the record's year, it falls
// within a month of the record's days, and where the year it was given
// does not fit the narrative: the date would come before the date that
// wrote that year ("In July 2013 …", then "On 12 March"), or that date
// was a bare year. The yearless dates after it (including "the next
// day") follow it by the same number of years until a date writes a year
// again. A span of years, or an ongoing conflict, names no one year.
//
// A day told as background keeps the year it was given (see
// toldAsBackground): a flashback ("In April 2015 … On 20 March, a week
// earlier, …") moved into the fight's year became a day of the fight
// that never was.
func recordYear(ds []DateMention, rec conflict.Record, blocks []article.Block, text string) []DateMention {
	if rec.Date.IsZero() || rec.Ongoing || rec.Date.Start.Year() != rec.Date.End.Year() {
		return ds
	}
	year := rec.Date.Start.Year()
	from, to := rec.Date.Start.AddDate(0, 0, -31), rec.Date.End.AddDate(0, 0, 31)
	near := func(d event.Date) bool { return !d.Start.Before(from) && !d.End.After(to) }
	var last *DateMention // the last date that wrote its year
	shift := 0
	bg := &paragraphs{blocks: blocks, text: text, sents: map[int][]sentence.Span{}}
	for i := range ds {
		dm := &ds[i]
		if dm.Type != "DATE" && dm.Type != "TIME" {
			continue
		}
		if writtenYear.MatchString(dm.Text) {
			last, shift = dm, 0
			continue
		}
		if !dm.OK {
			continue
		}
		if shift == 0 {
			y := dm.Date.Start.Year()
			if y == year || last == nil || !last.OK {
				continue
			}
			if !dm.Date.Start.Before(last.Date.Start) && last.Date.Precision != event.PrecYear {
				continue
			}
			moved := shiftYears(dm.Date, year-y)
			if !near(moved) || bg.toldAsBackground(dm, last, moved, rec) {
				continue
			}
			shift = year - y
		}
		moveYears(dm, shift)
	}
	return ds
}

// toldAsBackground says whether the yearless day dm, given its year by
// the date last, is told as background and keeps that year: in a
// background section, where the record's year would put it after the
// fight (background tells what came before); or, where it comes before
// last (a flashback), in last's paragraph, which it continues, or in the
// past perfect of its sentence's main clause, not of a report ("it said
// the rebels had attacked" tells the day of the saying) nor of a
// relative or subordinate clause ("fighters who had crossed the river
// attacked" is told in the simple past). A prelude's days just before
// the fight, and the background days after a bare year, move; so does a
// day the record's year puts within the record's own dates, which is
// the fight itself however the paragraph led up to it, unless a
// background section tells it in a main clause's past perfect (a fight
// of weeks spans the days a flashback a month back names).
func (p *paragraphs) toldAsBackground(dm, last *DateMention, moved event.Date, rec conflict.Record) bool {
	within := !moved.Start.Before(rec.Date.Start) && !moved.End.After(rec.Date.End)
	blocks, text := p.blocks, p.text
	bi := blockAt(blocks, dm.Start)
	if bi < 0 {
		return false
	}
	b := blocks[bi]
	background := backgroundSection.MatchString(b.Section)
	if background && moved.Start.After(rec.Date.End) {
		return true
	}
	// Within the record's dates a day is the fight's unless a background
	// section tells it as a flashback: elsewhere its paragraph's year or
	// its past perfect only led up to the fight.
	if !dm.Date.Start.Before(last.Date.Start) || within && !background {
		return false
	}
	// Within the dates only the strong sign, a main clause's past
	// perfect, holds: a background section may lead into the fight, and
	// its year's paragraph may go on to the fight's first days.
	if !within && blockAt(blocks, last.Start) == bi {
		return true
	}
	sents := p.sentences(bi)
	at := dm.Start - b.Start
	if i := sort.Search(len(sents), func(i int) bool { return sents[i].End > at }); i < len(sents) && sents[i].Start <= at {
		sent := text[b.Start+sents[i].Start : b.Start+sents[i].End]
		// A flashback's word ("three weeks earlier") is as strong a sign
		// as the past perfect: the simple past after it still looks back.
		return mainPluperfect(sent) || within && flashbackWord.MatchString(sent)
	}
	return false
}

// flashbackWord is a word that dates a sentence back from the one
// before it: "earlier", "previously", "ago", or "before" after a span
// of time or at a clause's end ("two days before,"), not "before dawn".
var flashbackWord = relit.MustCompile(`(?i)\b(?:earlier|previously|ago)\b|\b(?:days?|weeks?|months?|years?)\s+before\b|\bbefore\s*[,;.]`)

// paragraphs holds an article's blocks and each block's sentences, split
// once: splitting a paragraph again for each of its yearless days made a
// long paragraph of flashbacks quadratic.
type paragraphs struct {
	blocks []article.Block
	text   string
	sents  map[int][]sentence.Span // by block index, offsets within the block
}

// sentences is block bi's sentences, split on first use.
func (p *paragraphs) sentences(bi int) []sentence.Span {
	s, ok := p.sents[bi]
	if !ok {
		b := p.blocks[bi]
		s = sentence.Split(p.text[b.Start:b.End])
		p.sents[bi] = s
	}
	return s
}

// mainPluperfect says whether the sentence s has a past perfect in its
// main clause: one not after a verb of saying, and not opened, since the
// last comma or the last past perfect before it, by a relative pronoun
// or a subordinating word ("who had crossed", "after they had taken").
func mainPluperfect(s string) bool {
	from := 0
	// A verb of saying or fearing makes a later clause-opening "that" a
	// complementizer ("warned that ..., and that rebel units had").
	sayAt := len(s)
	if loc := thatVerb.FindStringIndex(s); loc != nil {
		sayAt = loc[1]
	}
	for _, loc := range pluperfect.FindAllStringIndex(s, -1) {
		if reportedBefore.MatchString(s[:loc[0]]) {
			return false
		}
		start := from
		// The clause starts the sentence or follows a comma; after an
		// earlier past perfect it starts mid-sentence.
		opens := from == 0
		if i := strings.LastIndexByte(s[from:loc[0]], ','); i >= 0 {
			start, opens = from+i+1, true
		}
		if !opensSubordinate(s[start:loc[0]], opens, sayAt-start) {
			return true
		}
		from = loc[1]
	}
	return false
}

// subordinateOpener is a word that opens a relative or subordinate
// clause, whose verb is not the sentence's own.
var subordinateOpener = relit.MustCompile(`(?i)\b(?:who|whom|whose|which|that|where|when|after|before|once|because|until|while|although|though|if)\b`)

// opensSubordinate says whether the clause holds a word that opens a
// relative or subordinate clause. A "that" that itself opens the clause
// (at its start, where opens says the clause starts a sentence or
// follows a comma, or after "and" or "but"), or follows a preposition
// ("by that time"), before a plain lower-case word ("that same column
// had") is a determiner; after a noun it is a relative pronoun and after
// a verb a complementizer ("the convoy that police had escorted"),
// whatever follows it, as it is where it opens a clause after a verb of
// saying or fearing, which ends at sayAt in the clause (or before it).
// Before "had", a name, a number, a plural or a pronoun or article it
// opens a clause anywhere.
func opensSubordinate(clause string, opens bool, sayAt int) bool {
	for _, loc := range subordinateOpener.FindAllStringIndex(clause, -1) {
		if !strings.EqualFold(clause[loc[0]:loc[1]], "that") || !determinerThat(clause[loc[1]:]) {
			return true
		}
		switch lastWord(clause[:loc[0]]) {
		case "":
			if !opens || sayAt <= loc[0] {
				return true
			}
		case "and", "but":
			if sayAt <= loc[0] {
				return true
			}
		default:
			if !thatPreposition[lastWord(clause[:loc[0]])] {
				return true
			}
		}
	}
	return false
}

// lastWord is the last word of s, lower-cased, or "": only the word
// before a "that" is read, so a clause of many is read in linear time.
func lastWord(s string) string {
	s = strings.TrimRight(s, " \t\n")
	i := strings.LastIndexAny(s, " \t\n")
	return strings.ToLower(s[i+1:])
}

// thatPreposition is the prepositions after which "that" points at a
// noun ("in that attack", "by that time").
var thatPreposition = map[string]bool{
	"in": true, "at": true, "on": true, "by": true, "for": true, "from": true, "with": true, "of": true, "to": true,
	"into": true, "during": true, "since": true, "until": true, "through": true, "throughout": true, "within": true,
	"near": true, "against": true, "across": true, "around": true, "despite": true, "without": true, "upon": true,
	"toward": true, "towards": true, "over": true, "under": true, "among": true, "beyond": true, "behind": true,
}

// thatVerb is a verb of saying, thinking or fearing that takes a clause
// opened by "that".
var thatVerb = relit.MustCompile(`(?i)\b(?:said|says|announced|reported|claimed|stated|confirmed|denied|admitted|added|learned|found|discovered|revealed|alleged|accused|feared|fears|warned|warns|believed|thought|suspected|knew|worried|insisted|argued|noted|explained|promised|threatened|hoped|expected|assumed|reali[sz]ed|understood|concluded|agreed|acknowledged|recalled|suggested|estimated|maintained|told|heard|felt)\b`)

// determinerThat says whether the words after a "that" make it a
// determiner: the next word is lower-case, not plural, and no word that
// begins a clause's subject or verb.
func determinerThat(rest string) bool {
	// Only the next word is read: splitting the whole rest made a clause
	// of many "that"s quadratic.
	rest = strings.TrimLeft(rest, " \t\n")
	if i := strings.IndexAny(rest, " \t\n"); i >= 0 {
		rest = rest[:i]
	}
	w := strings.TrimRight(rest, ",;:")
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	// A bare plural is more often the clause's subject ("the convoy
	// that militiamen had escorted"): "that" takes a singular noun.
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "men") {
		return false
	}
	return !clauseStart[w]
}

// clauseStart is the words that, after "that", begin the clause it opens
// rather than name what "that" points at.
var clauseStart = map[string]bool{
	"had": true, "has": true, "have": true, "was": true, "were": true, "is": true, "are": true, "would": true, "could": true,
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "its": true, "their": true, "his": true, "her": true,
	"it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "you": true, "there": true,
	"some": true, "many": true, "most": true, "several": true, "few": true, "all": true, "both": true, "no": true,
}

// reportedBefore is a verb of saying or finding before a past perfect:
// the clause it opens is what was said, not the day's own verb.
var reportedBefore = relit.MustCompile(`(?i)\b(?:said|says|announced|reported|claimed|stated|confirmed|denied|admitted|added|learned|found|discovered|revealed|alleged|accused)\b`)

// blockAt is the index of the paragraph or bullet holding the byte
// offset at, or -1.
func blockAt(blocks []article.Block, at int) int {
	for i, b := range blocks {
		if b.Kind != article.Heading && b.Start <= at && at < b.End {
			return i
		}
	}
	return -1
}

// moveYears moves a date mention n years, its values with it.
func moveYears(dm *DateMention, n int) {
	if n == 0 {
		return
	}
	from := strconv.Itoa(dm.Date.Start.Year())
	dm.Date = shiftYears(dm.Date, n)
	to := strconv.Itoa(dm.Date.Start.Year())
	for _, v := range []*string{&dm.Value, &dm.EndValue, &dm.Date.Value} {
		if len(*v) >= 4 && (*v)[:4] == from {
			*v = to + (*v)[4:]
		}
	}
}

// shiftYears moves d n years; a day that the new year lacks (29
// February) is the month's last, and a month or longer ends on its
// month's last day.
func shiftYears(d event.Date, n int) event.Date {
	move := func(t time.Time, monthEnd bool) time.Time {
		u := time.Date(t.Year()+n, t.Month(), 1, 0, 0, 0, 0, time.UTC)
		last := u.AddDate(0, 1, -1).Day()
		if monthEnd && t.AddDate(0, 0, 1).Month() != t.Month() {
			return u.AddDate(0, 0, last-1)
		}
		return u.AddDate(0, 0, min(t.Day(), last)-1)
	}
	out := event.Range(move(d.Start, false), move(d.End, d.Precision != event.PrecDay), d.Precision)
	out.Value = d.Value
	return out
}
