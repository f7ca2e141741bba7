// Package narrative turns a read article into dated events: it splits the
// text into sentences, keeps the sentences that report something dated,
// attaches the undated sentences that follow in the same paragraph (in
// news, also the later paragraphs that go on telling the incident), and
// reads places, actors, casualties and an ACLED event type from each.
package narrative

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/actor"
	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/casualty"
	"github.com/sitrep-project/sitrep/internal/codebook"
	"github.com/sitrep-project/sitrep/internal/conflict"
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/relit"
	"github.com/sitrep-project/sitrep/internal/sentence"
)

// DateMention is a normalized temporal expression in the document.
type DateMention struct {
	Start, End int // byte offsets into the document text
	Text       string
	Type       string // "DATE", "TIME", "DURATION", "SET"
	Value      string // TIMEX3 value
	EndValue   string // for spans: "between 2015 and 2017"
	Mod        string
	Date       event.Date
	OK         bool // Date is usable
}

// PlaceMention is a resolved toponym.
type PlaceMention struct {
	Start, End int
	Place      event.Place
	Population int64
	// Unfound is a name the gazetteer lacks, resolved to the place that
	// holds it ("Munduri" read as Borno State): Place is that container.
	Unfound bool
	// Locality is an unfound name the text calls a village, town or
	// district ("the village of Solhan"): Place carries its name and the
	// container's coordinates.
	Locality bool
	// Division is a place the gazetteer knows as a town that the text
	// names as the division around it ("Katsina-Ala Local Government
	// Area", "Kurkheda district"): a village named in it is finer.
	Division bool
	// Village is a locality the text calls a village, hamlet, community
	// or settlement: a place of its own, not a district of a city.
	Village bool
}

// Dater tags the whole document: against the document creation time dct
// for news, or, when dct is zero, tracking narrative time.
type Dater interface {
	Dates(text string, dct time.Time) []DateMention
}

// Placer finds toponyms and resolves countries and demonyms.
type Placer interface {
	Places(text string) []PlaceMention
	// Country resolves "Niger", "NER", "Nigerien" to a country place.
	Country(name string) (event.Place, bool)
	// Capital is the capital of a country named as Country takes it.
	Capital(country string) (event.Place, bool)
}

// Extractor holds what extraction needs.
type Extractor struct {
	// DCT is the document creation time of news text; zero for narratives,
	// whose dates anchor on each other.
	DCT    time.Time
	Dates  Dater
	Places Placer
	Actors *actor.Table
}

// Result is everything read from one document.
type Result struct {
	Conflict conflict.Record
	Events   []event.Event
}

type unit struct {
	block     int
	lead      bool // before the first section heading
	span      sentence.Span
	dates     []DateMention
	eventDate []DateMention
	places    []PlaceMention // offsets relative to the sentence
	// verb is the casualty verb a clause cut from its sentence shares with
	// the clause before: "… killed 11 farmers in Gwoza on Saturday and
	// eight fishermen in Monguno on Sunday".
	verb string
	// dayFrom is where the later sentence that gave this one its day
	// starts, if one did ("… said on Saturday. “On the evening of
	// Thursday, May 11, the village of Youlou … suffered … attack”"):
	// that sentence says where as well as when.
	dayFrom int
}

// Extract reads events out of d. docID names the document in ids and
// provenance.
func (x *Extractor) Extract(docID string, d *article.Document, rec conflict.Record) []event.Event {
	es, _ := x.extract(docID, d, rec)
	return es
}

// extract is Extract, also returning warnings about what could not be
// read: dates that need the document's date.
func (x *Extractor) extract(docID string, d *article.Document, rec conflict.Record) ([]event.Event, []string) {
	text := d.Text
	dct := x.DCT
	if dct.IsZero() && d.Format == article.FormatText {
		dct = x.titleDate(d.Title)
	}
	dates := x.Dates.Dates(text, dct)
	var warnings []string
	if dct.IsZero() {
		dates = recordYear(dates, rec, d.Blocks, text)
		if w := unanchored(dates); w != "" {
			warnings = append(warnings, w)
		}
	}
	// Toponyms are resolved over the whole text, so that the places it
	// names elsewhere help to choose between namesakes.
	places := x.Places.Places(text)
	hasSections := false
	for _, b := range d.Blocks {
		if b.Kind == article.Heading && b.Level >= 2 {
			hasSections = true
		}
	}
	var units []unit
	localities := map[string]bool{}
	mainCountry := x.mainCountry(d, rec, places)
	town, hasTown := x.infoboxTown(rec, mainCountry.Country)
	site, isBattle := town, hasTown && battle(rec)
	if !hasTown && rec.Site == "" && len(rec.Places) == 0 {
		town, hasTown = x.titleTown(d.Title, mainCountry.Country)
	}
	// The article's own town may be one the gazetteer lacks ("Mindat,
	// Chin State, Myanmar"; "Battle of Tabankort"): it is still a place,
	// known to the province or country that holds it.
	unfoundTown := false
	if !hasTown {
		town, unfoundTown = x.unfoundTown(d, rec, mainCountry)
		hasTown = unfoundTown
	}
	// "the capital" is the town only where the town is the capital.
	townIsCapital := false
	if c, ok := x.Places.Capital(town.Country); hasTown && ok {
		townIsCapital = c.Name == town.Name
	}
	seenHeading := false
	for bi, b := range d.Blocks {
		if b.Kind == article.Heading {
			if b.Level >= 2 {
				seenHeading = true
			}
			continue
		}
		if b.Section != d.Title && isReference(b.Section) { // a title is no footnotes section
			continue
		}
		for _, sp := range sentence.Split(b.Text) {
			u := unit{block: bi, lead: hasSections && !seenHeading, span: sentence.Span{Start: b.Start + sp.Start, End: b.Start + sp.End}}
			for _, dm := range dates {
				if dm.Start >= u.span.Start && dm.End <= u.span.End {
					u.dates = append(u.dates, dm)
				}
			}
			u.eventDate = eventDates(text, u.span, u.dates, rec)
			if !hasSections && !dct.IsZero() {
				u.eventDate = slices.DeleteFunc(u.eventDate, func(dm DateMention) bool {
					// In news a bare hour ("around 7.30 am") is a detail of
					// the incident told, whatever day was named last.
					return dm.Type == "TIME" && !dayNamed(dm.Text)
				})
				// "Gunmen killed the mayor of a town where three Italian
				// men went missing in late January", "militias whose
				// confrontation … plunged the country into a civil war
				// in 2013": a span of time in a relative clause after
				// violence told is another story's.
				u.eventDate = slices.DeleteFunc(u.eventDate, func(dm DateMention) bool {
					return relativeTime(text, u.span.Start, dm)
				})
				// "overnight Wednesday": one time, the day's night, not
				// two.
				for k := 0; k+1 < len(u.eventDate); k++ {
					if a, b := u.eventDate[k], u.eventDate[k+1]; a.Type == "TIME" && b.Type == "DATE" && b.Start >= a.End && b.Start-a.End <= 4 && strings.TrimSpace(text[a.End:b.Start]) == "" {
						u.eventDate = slices.Delete(u.eventDate, k, k+1)
					}
				}
			}
			if len(u.eventDate) > 0 && !hasWords(text[u.span.Start:u.span.End]) {
				u.eventDate = nil // "MAIDUGURI, Nigeria, July 31, 2015": a dateline on its own line
			}
			named := 0 // the end of the last locality's name: "Dasht-e-Bala" holds no "Bala"
			for _, pm := range places {
				if pm.Start >= u.span.Start && pm.End <= u.span.End {
					if pm.Start < named {
						continue
					}
					if name, ok := localityName(text, u.span.Start, pm); ok {
						pm.Place, pm.Locality = localityPlace(pm.Place, name), true
						pm.Village = villageNamed(text[u.span.Start:u.span.End], pm.Start-u.span.Start, pm.Start-u.span.Start+len(name))
						localities[name] = true
						named = pm.Start + len(name)
					} else if !pm.Unfound && pm.Place.Precision.Rank() < event.GeoAdmin2.Rank() {
						pm.Division = divisionNamed(text[pm.Start:pm.End], text[pm.End:min(len(text), pm.End+32)])
					}
					pm.Start -= u.span.Start
					pm.End -= u.span.Start
					u.places = append(u.places, pm)
				}
			}
			for _, pm := range unseenLocalities(text[u.span.Start:u.span.End], u.places, mainCountry) {
				localities[pm.Place.Name] = true
				u.places = append(u.places, pm)
			}
			sort.SliceStable(u.places, func(a, b int) bool { return u.places[a].Start < u.places[b].Start })
			units = append(units, u)
		}
	}

	if rec.Date.IsZero() && len(rec.Fields) > 0 {
		backgroundBeforeOpening(text, units)
	}
	// "The front was formed in March 2017 as a coalition of five groups",
	// "guerrilla groups coalesced into the front": a group's founding is
	// its history, not an incident of the fight. A base or a post set up
	// is one (ACLED's "headquarters or base established"), and so is a
	// truce.
	for i := range units {
		if sent := text[units[i].span.Start:units[i].span.End]; len(units[i].eventDate) > 0 && founded.MatchString(sent) && !foundedThing.MatchString(sent) {
			units[i].eventDate = nil
		}
	}
	if d.Format != article.FormatText {
		sameDayGoesOn(units)
	}
	datedByRecord(text, units, rec)
	datedOwnIncident(text, units, rec, d.Title)
	if !hasSections {
		// "…, the latest in a spate of attacks that claimed six lives
		// over the weekend": the appositive after the incident is
		// background, its toll and its time another's.
		for i := range units {
			u := &units[i]
			loc := latestIn.FindStringIndex(text[u.span.Start:u.span.End])
			if loc == nil || loc[0] == 0 {
				continue
			}
			cut := u.span.Start + loc[0]
			*u = narrow(*u, sentence.Span{Start: u.span.Start, End: cut})
			u.dates = slices.DeleteFunc(u.dates, func(dm DateMention) bool { return dm.Start >= cut })
			u.eventDate = slices.DeleteFunc(u.eventDate, func(dm DateMention) bool { return dm.Start >= cut })
		}
		if d.Format == article.FormatText {
			// A news page's photo caption. An article's lead of one
			// sentence ends in its date as often ("… were ambushed near
			// the town on 18 August 2008.") and is no caption.
			units = dropCaption(text, units)
		}
		datedLead(text, units, dct)
		sameDay(units)
		// "A municipal official on Sunday confirmed that 19 people were
		// killed in the attack": the day it was told, of an incident
		// already dated; the sentence goes on telling that incident.
		dated := false
		for i := range units {
			u := &units[i]
			if dated && len(u.eventDate) > 0 && reportedOnly(text, *u) && (eventAnaphor.MatchString(text[u.span.Start:u.span.End]) || theViolence.MatchString(text[u.span.Start:u.span.End])) {
				u.eventDate = nil
			}
			dated = dated || len(u.eventDate) > 0
		}
	}
	ro := newRuneIndex(text)
	// Acronyms the document spells out as names the actor table does not
	// give them, for every event's actors.
	acr := x.Actors.Redefined(text)
	sites := x.facilities(text, units)
	var events []event.Event
	for i := 0; i < len(units); i++ {
		u, whole := units[i], units[i].span
		if len(u.eventDate) == 0 {
			continue
		}
		if len(u.eventDate) == 1 {
			// "…on Sunday, a week after militants stormed a base in
			// Menaka": the clause after the count tells another incident.
			u = headOnly(text, []unit{u}, u.eventDate[0].Date)[0]
		}
		// The undated sentences that follow in the same paragraph tell
		// more of the same event.
		j := i + 1
		for j < len(units) && units[j].block == u.block && len(units[j].eventDate) == 0 {
			j++
		}
		clauses := clauseSpans(text, u.span, u.eventDate)
		for k, dm := range u.eventDate {
			us := append([]unit{u}, units[i+1:j]...)
			if len(clauses) > 1 {
				// "… troops from Air Base 101, while 500 remaining troops
				// left Air Base 201 on August 5, 2024": each date has its
				// clause, the following sentences go with the first.
				h := narrow(u, clauses[k])
				if k > 0 {
					h.verb = sharedVerb(text, clauses[0], clauses[k])
				}
				if k == 0 {
					us = append([]unit{h}, units[i+1:j]...)
				} else {
					us = []unit{h}
				}
			}
			e := x.build(docID, text, ro, us, dm, true, rec, acr)
			if !hasSections && k == 0 {
				// News puts one paragraph a line and tells an incident
				// over several: read on in those that stay on it.
				if more := headOnly(text, followUp(text, units, j, len(events) == 0, e.Summary, dm.Date), dm.Date); len(more) > 0 {
					all := append(append([]unit{}, us...), more...)
					// The place comes from the follow-up alone: read with the
					// lead, the lead's place would win.
					where := x.build(docID, text, ro, more, dm, false, rec, acr).Place
					e = x.extend(e, x.build(docID, text, ro, all, dm, true, rec, acr), where, ro.at(more[0].span.Start), localities)
				}
			}
			e.Provenance.Span = &event.Span{Start: ro.at(whole.Start), End: ro.at(whole.End)}
			e.Provenance.Text = text[whole.Start:whole.End]
			if e.Place.Precision.Rank() == 0 || e.Place.Precision.Rank() >= event.GeoRegion.Rank() {
				body := text[us[0].span.Start:us[len(us)-1].span.End]
				for _, f := range facilityRe.FindAllString(body, -1) {
					if p, ok := siteOf(sites, f); ok {
						e.Place = p
						break
					}
				}
			}
			placed := e.Place.Name != ""
			if !placed {
				// "KATMANDU, Nepal -- Police fired tear gas …": a story
				// filed from a country and naming no place is there.
				if c, ok := x.datelineCountry(text[whole.Start:whole.End]); ok {
					e.Place, placed = c, true
				}
			}
			if e.Place.Name == "" && isBattle {
				e.Place = site
			}
			// "fighters attacked government positions in the northern part
			// of the city": in an article on the fight for one town, a
			// longer one too, the city it names is that town.
			if e.Place.Name == "" && hasTown {
				if m := theCity.FindStringSubmatch(text[whole.Start:whole.End]); m != nil && (strings.ToLower(m[1]) != "capital" || townIsCapital) {
					e.Place = town
				}
			}
			if e.Place.Name == "" && mainCountry.Country != "" {
				e.Place = mainCountry
			}
			// "militants attacked a base in the Leego district of Somalia on
			// 26 June": in an article on the fight for one town, an incident
			// of the fight's days that its sentence places no finer than the
			// country, province or area holding the town happened there. A
			// news story's title names a town as often as not; its incidents
			// are placed by their own words.
			if d.Format != article.FormatText && hasTown && holds(e.Place, town) && (rec.Date.IsZero() || battle(rec) && within(e.Date, rec.Date)) {
				e.Place = town
			}
			// "shelling in Varnok on 2 May left nine dead": a town
			// the gazetteer lacks has no mention of its own, so a sentence
			// naming it was placed no finer than what holds it.
			if unfoundTown && division(e.Place) && holds(e.Place, town) && namesWord(text[whole.Start:whole.End], town.Name) {
				e.Place = town
			}
			// "marching into the capital's center": in a story placed no
			// finer than a country, by its own words or its dateline, that
			// country's capital.
			if e.Place.Precision == event.GeoCountry && e.Place.Country != "" && (placed || datelineNames(text[whole.Start:whole.End], e.Place.CountryNm)) {
				if loc := theCapital.FindStringIndex(text[whole.Start:whole.End]); loc != nil {
					if c, ok := x.Places.Capital(e.Place.Country); ok {
						e.Place = c
						e.Provenance.Spans = append(e.Provenance.Spans, event.Mark{Kind: "place", Start: ro.at(whole.Start + loc[0]), End: ro.at(whole.Start + loc[1]), Value: c.Name})
					}
				}
			}
			e.Extra = append(e.Extra, event.KV{Key: "section", Value: d.Blocks[u.block].Section}, event.KV{Key: "paragraph", Value: fmt.Sprint(u.block)})
			if bareTimes(u.eventDate) {
				e.Extra = append(e.Extra, event.KV{Key: "time_only", Value: "true"})
			}
			if u.lead {
				e.Extra = append(e.Extra, event.KV{Key: "lead", Value: "true"})
			}
			events = append(events, e)
		}
	}
	if !hasSections {
		events = dropRetold(events)
		events = dropUnhappened(events, dct)
		events = dropBackground(events)
		events = dropRecalled(events, dct)
		events = dropRoundups(events)
	}
	events = append(events, x.countedEvents(docID, text, ro, d, units, events, mainCountry, rec, acr)...)
	if hasSections {
		events = dropHistory(events, rec)
	}
	events = inheritPlaces(events)
	if d.Format != article.FormatText {
		events = foldTimeOfDay(events)
	}
	events = dropLeadDuplicates(events)
	for i := range events {
		if d.Format != article.FormatText && events[i].Type == event.ViolenceCivilians {
			civiliansNamed(&events[i])
		}
		if d.Format != article.FormatText {
			civiliansOfAPeople(&events[i])
			policeOfTheCountry(&events[i], mainCountry, text, ro)
		}
	}
	x.juntaInView(events, rec, mainCountry)
	sort.SliceStable(events, func(i, j int) bool { return events[i].Date.Start.Before(events[j].Date.Start) })
	for i := range events {
		events[i].ID = fmt.Sprintf("%s#%d", docID, i+1)
		events[i].SourceID = fmt.Sprint(i + 1)
	}
	return events, warnings
}

// unanchored tells of the dates only a document's date can place ("on
// Sunday", "yesterday", "in May"): with none known, the events they date
// are not read, and the user should know why.
func unanchored(dates []DateMention) string {
	var n int
	var first string
	for _, dm := range dates {
		if !dm.OK && (dm.Type == "DATE" || dm.Type == "TIME") && (strings.HasPrefix(dm.Value, "XXXX") || dm.Value == "") {
			if n == 0 {
				first = dm.Text
			}
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%d dates (the first: %q) could not be placed: no date comes before them and the document's date is not known; the events they date are left out (for news, give the day it was written: --dct YYYY-MM-DD)", n, first)
}

// periodBound reports a date that bounds a period rather than dating an
// incident: "extended until 30 June 2023", "displaced since 1 March",
// "since Buhari was inaugurated on May 29". sent is where its sentence
// starts.
func periodBound(text string, sent int, dm DateMention) bool {
	return untilBefore.MatchString(tail(text[sent:dm.Start], 48)) || sinceClause.MatchString(tail(text[sent:dm.Start], 90)) ||
		periodStart.MatchString(tail(text[sent:dm.Start], 120))
}

// ownStart reports the first day of the article's own conflict, told as
// the start of a period ("an armed conflict in Kavala that started on 23
// May 2017"): where the infobox starts the conflict that day, the fighting
// that began it is the first event, not a bound of something else.
func ownStart(text string, sent int, dm DateMention, rec conflict.Record) bool {
	return dm.Date.Precision == event.PrecDay && !rec.Date.IsZero() && rec.Date.Precision == event.PrecDay &&
		dm.Date.Start.Equal(rec.Date.Start) && periodStart.MatchString(tail(text[sent:dm.Start], 120))
}

// anotherTime reports a time that is not when: a date or clock time on
// other days, or a span counted from elsewhere ("two days after").
func anotherTime(text string, dm DateMention, when event.Date) bool {
	if dm.OK && (dm.Type == "DATE" || dm.Type == "TIME") {
		return dm.Date.End.Before(when.Start) || dm.Date.Start.After(when.End)
	}
	return relativeSpan.MatchString(text[dm.End:])
}

// boundBefore opens a sentence with a time that bounds what the sentence
// says from after ("Prior to April 2000", "Until 2009", "Up to March"):
// what held until then is a state, and no incident happened that day.
var boundBefore = relit.MustCompile(`(?i)^\s*(?:prior to|until|up (?:un)?til|up to)\s+(?:the\s+)?(?:end of\s+|early\s+|late\s+|mid-?\s*)?$`)

var relativeSpan = relit.MustCompile(`^\s*(?:after|before|earlier|later|ago|since|prior)\b`)

// eventAnaphor points back at an incident told before: "the attack",
// "this cowardly ambush", "the assailants".
var eventAnaphor = relit.MustCompile(`(?i)(?:\b(?:the|this|that)|['’]s)\s+(?:[a-z-]+\s+)?(?:attacks?|ambush(?:es)?|raids?|assaults?|attackers|assailants|gunmen|blasts?|explosions?|bombings?|strikes?|airstrikes?|clash(?:es)?|fighting|battle|gun\s?battle|gunfight|firefight|shoot-?out|encounter|incident|massacre|killings|shooting|kidnapping|abduction|victims|dead|wounded)\b|\bthose (?:killed|wounded|injured|dead|abducted|kidnapped)\b`)

// sceneVisit ends the words before a visit's day: "traveled to the scene
// of the attack on Tuesday".
var sceneVisit = relit.MustCompile(`(?i)\b(?:scene|site|aftermath)\s+of\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:on\s+)?$`)

// perpetrators point back at the attackers of an incident told before:
// "The insurgents attacked Kondori on Sunday". Only a sentence right
// after a story's lead is read so: elsewhere "the militants" is as often
// background.
var perpetrators = relit.MustCompile(`(?i)\b(?:the|these)\s+(?:[a-z-]+\s+)?(?:insurgents|militants|jihadists|bandits|fighters|rebels)\b`)

// datedLead gives a news story's lead its incident's day. A wire story's
// first paragraph tells the incident but often dates only the report
// ("residents told AFP yesterday") or nothing at all; the first dated
// sentence after it that refers back gives the day ("The attack happened
// on Monday"), or tells of violence in the week before the report ("On
// Sunday, armed men attacked a unit"). That day dates the lead, and the
// later sentence becomes its follow-up. With no such sentence, an undated
// lead that reports violence is dated by the week up to the document's
// date, as ACLED codes an incident known to the week.
func datedLead(text string, units []unit, dct time.Time) {
	if len(units) == 0 {
		return
	}
	units = units[leadStart(text, units):]
	n := blockEnd(units, 0)
	dated := -1
	for i := range n {
		if len(units[i].eventDate) > 0 {
			dated = i
			break
		}
	}
	if dated > 0 && len(units[dated].eventDate) == 1 && !reportedOnly(text, units[dated]) && tellsViolence(text[units[0].span.Start:units[0].span.End]) {
		// "Two soldiers were killed …, the military said on Thursday (a
		// dateline's day, no incident's). The military said the fighting
		// … broke out … on Wednesday": a later sentence of the lead's
		// paragraph that points back at it gives its day.
		ed := units[dated].eventDate[0]
		sent := text[units[dated].span.Start:units[dated].span.End]
		near := dct.IsZero() || !ed.Date.End.After(dct) && !ed.Date.Start.Before(dct.AddDate(0, 0, -21))
		if near && (eventAnaphor.MatchString(sent) || perpetrators.MatchString(sent)) {
			units[0].eventDate, units[dated].eventDate = units[dated].eventDate, nil
			return
		}
	}
	if dated >= 0 && (len(units[dated].eventDate) > 1 || !reportedOnly(text, units[dated])) {
		// "Airstrikes … this week killed nearly a dozen civilians", then
		// "Tuesday's attacks on Nyaung Kone and Kyarsi villages": the day
		// within the lead's week or month that the next dated sentence
		// gives, pointing back, is the lead's.
		lead := units[dated].eventDate
		if len(lead) == 1 && lead[0].Date.Precision >= event.PrecWeek && lead[0].Date.Precision <= event.PrecMonth {
			for t := n; t < len(units); t++ {
				ed := units[t].eventDate
				if len(ed) == 0 {
					continue
				}
				sent := text[units[t].span.Start:units[t].span.End]
				if len(ed) == 1 && ed[0].Date.Start.Equal(lead[0].Date.Start) && ed[0].Date.End.Equal(lead[0].Date.End) {
					continue // "… during last week's attack": the lead's own time, told again
				}
				// "In the early hours of May 11, about 60 gunmen launched a
				// \"violent terrorist attack\" on a military post": an
				// attack named that day tells the lead's again.
				if len(ed) == 1 && ed[0].Date.Precision == event.PrecDay && !ed[0].Date.Start.Before(lead[0].Date.Start) && !ed[0].Date.End.After(lead[0].Date.End) &&
					(eventAnaphor.MatchString(sent) || attackNamed.MatchString(sent)) {
					units[dated].eventDate = ed
					units[t].eventDate = nil
				}
				break
			}
		}
		return
	}
	if !tellsViolence(text[units[0].span.Start:units[n-1].span.End]) {
		return // a lead that tells no incident ("HIGHLIGHTS") takes no date
	}
	// The report's day, or the story's: an incident told in a lead
	// happened within the week before it.
	reported := dct
	from := n
	if dated >= 0 {
		reported = units[dated].eventDate[0].Date.End
		// "…, the military said on Thursday. The military said the
		// fighting, which broke out … on Wednesday in a town in Negros
		// Occidental": the day may come in the lead's own paragraph.
		from = dated + 1
	}
	// A roundup ("Bandits have attacked several villages …, killing more
	// than 30") takes no one incident's day: the incidents told after it
	// are events of their own.
	roundup := roundupWords.MatchString(text[units[0].span.Start:units[n-1].span.End])
	for t := from; t < len(units) && !roundup; t++ {
		if len(units[t].eventDate) == 0 {
			continue
		}
		sent := text[units[t].span.Start:units[t].span.End]
		ed := units[t].eventDate
		if len(ed) > 1 {
			// "The civilians died in the attack on Wednesday night, while
			// the rebels were killed on Thursday morning": the first
			// clause may be the lead's.
			cl := clauseSpans(text, units[t].span, ed)
			if len(cl) != len(ed) {
				break
			}
			sent = text[cl[0].Start:cl[0].End]
		}
		var rest sentence.Span
		if len(ed) > 1 {
			cl := clauseSpans(text, units[t].span, ed)
			rest = sentence.Span{Start: cl[1].Start, End: units[t].span.End}
		}
		when := ed[0].Date
		// "“On the evening of Thursday, May 11 …, the village of Youlou
		// … suffered a cowardly and barbaric terrorist attack,” the
		// governor said", "“This happened very early in the morning … on
		// Tuesday,” said X": an attack named or the incident pointed at
		// tells the lead's violence again.
		told := tellsViolence(sent) || attackNamed.MatchString(sent) || countedHead.MatchString(strings.TrimLeft(sent, "\"“ "))
		weekBefore := !reported.IsZero() && !when.End.After(reported) && !when.Start.Before(reported.AddDate(0, 0, -7)) && told
		// A sentence pointing back dates the lead only with a day near
		// the report: "the attacks on protesters … on May 09", a month
		// before, are another incident.
		near := reported.IsZero() || !when.End.After(reported) && !when.Start.Before(reported.AddDate(0, 0, -21))
		if anotherIncident.MatchString(sent) {
			continue // "Separately, security personnel recovered five IEDs … on Monday": not the lead's day
		}
		// "The country has been in crisis since the army seized power
		// nearly two years ago": background long before the report is
		// no candidate for the lead's day and does not end the search.
		if !reported.IsZero() && len(ed) == 1 && ed[0].Date.End.Before(reported.AddDate(0, 0, -60)) && !tellsViolence(sent) {
			continue
		}
		if !reportedOnly(text, units[t]) && (near && (eventAnaphor.MatchString(sent) || perpetrators.MatchString(sent)) || weekBefore) {
			units[max(dated, 0)].eventDate = ed[:1]
			if units[t].block == units[max(dated, 0)].block {
				units[max(dated, 0)].dayFrom = units[t].span.Start
			}
			units[t].eventDate = ed[1:]
			if len(ed) > 1 {
				units[t] = narrow(units[t], rest) // the clauses left tell what came after
			}
			return
		}
		break
	}
	if dated >= 0 || dct.IsZero() {
		return
	}
	d := event.Range(dct.AddDate(0, 0, -6), dct, event.PrecWeek)
	units[0].eventDate = []DateMention{{Start: units[0].span.Start, End: units[0].span.Start, Type: "DATE", Value: d.String(), Date: d, OK: true}}
}

// anotherIncident opens a sentence that tells another incident than the
// one before it: "Separately, …", "In another incident, …".
var anotherIncident = relit.MustCompile(`^\W*(?:Separately|Elsewhere|Meanwhile|In (?:another|a separate|a different|an unrelated) (?:incident|attack|development|case))\b`)

// attackNamed is an attack named as a noun: "suffered a cowardly and
// barbaric terrorist attack", "an armed attack".
var attackNamed = relit.MustCompile(`(?i)\b(?:an?|the)\s+["“]?(?:[\w-]+\s+){0,4}?(?:attack|assault|raid|ambush|massacre)\b`)

// latestIn opens an appositive that sets an incident in a series: ", the
// latest in a spate of attacks", ", the latest of several raids".
var latestIn = relit.MustCompile(`,\s+(?:the|in the)\s+(?:latest|newest|third|fourth|second)\s+(?:in|of)\s+(?:a|an|the)\s`)

// leadStart returns the index of the unit a story's lead starts at: its
// first paragraph, unless that paragraph is an undated standfirst that
// tells no violence ("No one claimed responsibility for the attack in the
// commune of Fada N'Gourma") and the next one does ("Gunmen have stormed
// a cattle market …, killing at least 20 people").
func leadStart(text string, units []unit) int {
	n := blockEnd(units, 0)
	if n == len(units) || tellsViolence(text[units[0].span.Start:units[n-1].span.End]) {
		return 0
	}
	for _, u := range units[:n] {
		if len(u.eventDate) > 0 {
			return 0
		}
	}
	if m := blockEnd(units, n); tellsViolence(text[units[n].span.Start:units[m-1].span.End]) {
		return n
	}
	return 0
}

// blockEnd returns the index just past the last unit of units[i]'s
// paragraph.
func blockEnd(units []unit, i int) int {
	j := i
	for j < len(units) && units[j].block == units[i].block {
		j++
	}
	return j
}

// dropCaption drops a photo's caption that opens a story's body: a first
// line that ends in a full date or a photo credit and counts no one ("Mourners bury the victims in Djibo on June 10,
// 2023."), before the lead. Read as the lead, it took the lead's place and
// toll.
func dropCaption(text string, units []unit) []unit {
	if len(units) < 2 {
		return units
	}
	units = dropDatedCaptions(text, units)
	if len(units) < 2 {
		return units
	}
	nl := strings.IndexByte(text[units[0].span.Start:], '\n')
	if nl < 0 {
		return units
	}
	lineEnd := units[0].span.Start + nl
	line := strings.TrimSpace(text[units[0].span.Start:lineEnd])
	if !captionEnd.MatchString(line) || len(casualty.Find(line)) > 0 || units[len(units)-1].span.End <= lineEnd {
		return units
	}
	var out []unit
	for _, u := range units {
		switch {
		case u.span.End <= lineEnd:
			continue
		case u.span.Start < lineEnd:
			// "/ Supplied" read as the start of the lead's sentence.
			start := lineEnd + 1
			for start < u.span.End && (text[start] == ' ' || text[start] == '\n') {
				start++
			}
			u = narrow(u, sentence.Span{Start: start, End: u.span.End})
			u.dates = slices.DeleteFunc(u.dates, func(dm DateMention) bool { return dm.Start < start })
			u.eventDate = slices.DeleteFunc(u.eventDate, func(dm DateMention) bool { return dm.Start < start })
		}
		out = append(out, u)
	}
	return out
}

// dropDatedCaptions drops the photo captions a story's body holds: a line
// of its own, one sentence, that ends in a comma and a full date with no
// preposition before it ("Police inspect the scene of a bombing in the
// city centre, 14 July 2015.", "The crater left by a roadside bomb that
// killed one ranger, 14 July 2015."), with the lines after it that are
// only a credit ("AP"). An incident's day is told "on 14 July 2015".
func dropDatedCaptions(text string, units []unit) []unit {
	drop := map[int]bool{}
	for i := 0; i < len(units); {
		j := blockEnd(units, i)
		lines := strings.Split(strings.TrimSpace(text[units[i].span.Start:units[j-1].span.End]), "\n")
		for len(lines) > 1 && (creditOnly.MatchString(lines[len(lines)-1]) || publishedOn.MatchString(lines[len(lines)-1])) {
			lines = lines[:len(lines)-1] // "… 14 July 2015.\nAP" read as one sentence
		}
		// "… in the Petion-Ville neighbourhood of Port-au-Prince. [Jane
		// Doe/AP Photo]", "… wounded three volunteers. (Photo
		// supplied/Jane Doe)": a short paragraph that ends in a photo's
		// credit is its caption, with the line of alt text before it.
		credited := len(lines) <= 3 && photoCredit.MatchString(strings.TrimSpace(lines[len(lines)-1]))
		if (credited || len(lines) == 1 && captionDated.MatchString(strings.TrimSpace(lines[0]))) && (j < len(units) || i > 0) {
			drop[units[i].block] = true
			if credited && i > 0 {
				// The photo's alt text on the line before: the caption's
				// opening words, with no full stop.
				prev := strings.TrimSpace(text[units[i-1].span.Start:units[i-1].span.End])
				if units[i-1].block != units[i].block && !strings.ContainsAny(prev, ".!?\n") && len(prev) > 15 && strings.HasPrefix(lines[0], prev[:15]) {
					drop[units[i-1].block] = true
				}
			}
			for k := j; k < len(units) && creditOnly.MatchString(text[units[k].span.Start:units[k].span.End]); k++ {
				drop[units[k].block] = true
			}
		}
		i = j
	}
	if len(drop) == 0 {
		return units
	}
	return slices.DeleteFunc(units, func(u unit) bool { return drop[u.block] })
}

var captionDated = relit.MustCompile(`,\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\s+\d{4})\.?$`)

// photoCredit is a photo's credit closing a caption: "[Jane Doe/AP
// Photo]", "(Photo supplied/Jane Doe)".
var photoCredit = relit.MustCompile(`(?:\[[^\]\n]{0,60}\b(?:Photo|AP|AFP|Reuters|Getty Images|EPA)\b[^\]\n]{0,30}\]|\((?:Photo|Image)\b[^)\n]{0,60}\))\.?$`)

// publishedOn is a page's line giving when it was published: "Published
// On 19 Mar 2024".
var publishedOn = relit.MustCompile(`(?i)^\s*(?:published|posted|updated)(?:\s+on)?:?\s+\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\s*$`)

var creditOnly = relit.MustCompile(`^\s*(?:AP|AFP|Reuters|EPA|Getty Images|File|Supplied)(?:\s*/\s*\w+)?\.?\s*$`)

var captionEnd = relit.MustCompile(`(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\s+\d{4})\.?$|\s/\s*(?:Supplied|File|AFP|Reuters|AP|EPA)\.?$|\((?:Photo|Image)[^)]*\)\.?$`)

// sameDay dates "the same day" and "that day" by the incident told
// before, not by the last date named, which in news is as often the day
// it was reported: "31 soldiers were killed on Monday, the army
// confirmed on Wednesday. The attack came on the same day as a massacre".
func sameDay(units []unit) {
	var last DateMention
	for i := range units {
		for k, dm := range units[i].eventDate {
			if sameDayRe.MatchString(dm.Text) && last.OK {
				dm.Date, dm.Value = last.Date, last.Value
				units[i].eventDate[k] = dm
			}
			last = units[i].eventDate[k]
		}
	}
}

// theViolence points back at what a story told: "suggested on Thursday
// the violence stemmed from a dispute".
var theViolence = relit.MustCompile(`(?i)\b(?:the|this|that)\s+violence\b`)

// sameDayGoesOn reads on, in an article, a sentence dated only by "the
// same day" or "that day" in the paragraph of the day it points back to:
// "The siege ended the same day, when the attackers were killed", "On the
// same day, the spokesman confirmed the loss" tell more of that day's
// event, not a second one.
func sameDayGoesOn(units []unit) {
	for i := 1; i < len(units); i++ {
		u := &units[i]
		if len(u.eventDate) != 1 || !sameDayRe.MatchString(u.eventDate[0].Text) || units[i-1].block != u.block {
			continue
		}
		for j := i - 1; j >= 0 && units[j].block == u.block; j-- {
			if len(units[j].eventDate) > 0 {
				u.eventDate = nil
				break
			}
		}
	}
}

var sameDayRe = relit.MustCompile(`(?i)^(?:the same|that same|that) day$`)

// tellsViolence reports wording of violence or a toll.
func tellsViolence(s string) bool {
	typ, _ := classify(s)
	return typ != event.Strategic || len(casualty.Find(s)) > 0
}

// reported reports a date that dates a report, not what it tells: "the
// ministry said on Wednesday", "an official on Sunday confirmed". sent is
// where its sentence starts.
func reported(text string, sent int, dm DateMention) bool {
	after := text[dm.End:min(len(text), dm.End+24)]
	// "…in the village of Bokolobo last Monday, said Lieutenant Colonel
	// X": after a comma the verb reports the clause the date ends, unless
	// the date stands between commas ("The army, on Sunday, said").
	if after != "" && after[0] == ',' && !commaBefore.MatchString(tail(text[sent:dm.Start], 8)) {
		after = ""
	}
	return reportedOn.MatchString(tail(text[sent:dm.Start], 48)) || reportedAfter.MatchString(after) ||
		accordingTo.MatchString(tail(text[sent:dm.Start], 120)) ||
		dayOpens.MatchString(text[sent:dm.Start]) && reportThat.MatchString(text[dm.End:min(len(text), dm.End+80)])
}

// A day that opens a sentence before a subject and a report verb with its
// "that" dates the report, not what it reports: "On Wednesday evening, the
// army revealed that ten soldiers were killed earlier this week".
var (
	dayOpens   = relit.MustCompile(`^\s*(?:[Oo]n\s+)?$`)
	reportThat = relit.MustCompile(`^(?:\s+(?:morning|afternoon|evening|night))?,\s+(?:(?:[\w'’-]+|(?:[A-Z]\.)+)\s+){1,6}?(?:said|says|revealed|announced|confirmed|reported|stated|disclosed)\s+that\b`)
)

// accordingTo is a source named before a date with nothing between but
// its name: "according to villagers and the head of a local group on
// Thursday".
var accordingTo = relit.MustCompile(`(?i)\baccording to\b[^,.;:"“”]*?\s(?:on\s+)?$`)

var commaBefore = relit.MustCompile(`,\s*(?:on\s+)?$`)

var reportedAfter = relit.MustCompile(`^,?\s+(?:said|says|confirmed|told|reported|announced|added|stated)\b`)

// reportedOnly reports a sentence whose event dates all date a report:
// "residents said on Monday".
func reportedOnly(text string, u unit) bool {
	for _, dm := range u.eventDate {
		if dm.Start < u.span.Start || !reported(text, u.span.Start, dm) {
			return false
		}
	}
	return true
}

// followUp returns the undated paragraphs after units[:from] that go on
// telling the event of day when, summarized by sum, up to the next dated
// sentence: the paragraph right after a story's lead (lead), and any
// paragraph that refers back to the incident. A paragraph of background
// in between is passed over, not taken, and so is one that names another
// time ("two days after", "in 2001"): it tells of another incident.
func followUp(text string, units []unit, from int, lead bool, sum string, when event.Date) []unit {
	// "the army" in a paragraph of background is no mention of the
	// incident: only what it befell or where ("the base") refers back.
	sum = partyWord.ReplaceAllString(sum, "")
	var out []unit
	for i := from; i < len(units); {
		j := i
		for j < len(units) && units[j].block == units[i].block && (len(units[j].eventDate) == 0 || subordinateDate(text, units[j], when)) {
			j++
		}
		// A paragraph that dates a later sentence ("Among those shot dead
		// in San Miguel Totolapan were …. The minister suggested on
		// Thursday …") still tells the incident up to it.
		dated := j < len(units) && units[j].block == units[i].block
		if j == i {
			return out
		}
		par := text[units[i].span.Start:units[j-1].span.End]
		// A time after the paragraph has pointed back at the incident is
		// a subordinate's ("killed in the attack, a week after gunmen
		// killed 58"): the paragraph still tells this one.
		told := len(text)
		if loc := eventAnaphor.FindStringIndex(par); loc != nil {
			told = units[i].span.Start + loc[0]
		}
		timed := false
		for _, u := range units[i:j] {
			for _, dm := range u.dates {
				if dm.Type == "TIME" && !dayNamed(dm.Text) {
					continue // "they heard planes at midnight": an hour of the incident told
				}
				timed = timed || dm.Start < told && anotherTime(text, dm, when) && !periodBound(text, u.span.Start, dm) && !reported(text, u.span.Start, dm)
			}
		}
		if !timed && (i == from && lead || eventAnaphor.MatchString(par) || refersBack(sum, par)) {
			for _, u := range units[i:j] {
				if len(u.eventDate) > 0 {
					u = subordinateCut(text, u, u.eventDate[0].Start) // its dated clause tells another incident
					// "The attacks come amid tension, following the
					// seizure of a train earlier this month. The train was
					// seized, leading to the killing of 20 hostages": the
					// sentences after the cut go on telling that incident.
					out = append(out, u)
					break
				} else {
					// "the attack was the latest … since the RSF took
					// control of the state capital Singa in June": a clause
					// of another time names another time's place.
					for _, dm := range u.dates {
						if dm.OK && dm.Type == "DATE" && anotherTime(text, dm, when) && !reported(text, u.span.Start, dm) {
							u = subordinateCut(text, u, dm.Start)
							break
						}
					}
				}
				out = append(out, u)
			}
		}
		if dated {
			return out
		}
		i = j
	}
	return out
}

// sharedVerb returns the casualty verb of clause first when clause next,
// cut from the same sentence at "and", opens with a count and no verb of
// its own: "Insurgents killed 11 farmers in Gwoza on Saturday and eight
// fishermen in Monguno on Sunday".
func sharedVerb(text string, first, next sentence.Span) string {
	cl := strings.TrimLeft(text[next.Start:next.End], " ,")
	cl = strings.TrimPrefix(cl, "and ")
	if _, _, ok := casualty.ParseNumber(cl); !ok || casualtyVerb.MatchString(cl) {
		return ""
	}
	if !strings.HasPrefix(strings.TrimLeft(text[first.End:next.Start], " ,"), "and") && !strings.HasPrefix(strings.TrimLeft(text[next.Start:next.End], " ,"), "and ") {
		return ""
	}
	return casualtyVerb.FindString(text[first.Start:first.End])
}

var casualtyVerb = relit.MustCompile(`\b(?:killed|killing|kidnapped|kidnapping|abducted|abducting|wounded|wounding|injured|injuring)\b`)

// relativeTime reports a week, month or year told in a relative clause
// ("where …", "whose …", "who …", "which …") that follows violence told in
// the sentence starting at sent.
func relativeTime(text string, sent int, dm DateMention) bool {
	if dm.Date.Precision < event.PrecWeek {
		return false
	}
	locs := relClause.FindAllStringIndex(text[sent:dm.Start], -1)
	if len(locs) == 0 {
		return false
	}
	return tellsViolence(text[sent : sent+locs[len(locs)-1][0]])
}

var relClause = relit.MustCompile(`(?i)\s(?:where|whose|who|which)\s`)

// subordinateDate reports a sentence that points back at the incident
// before its dates, all of them earlier days: "The attack in Kaga-Bandoro
// was likely retaliation for the death Tuesday of a former Seleka
// member", "wounded in the shootout … in Pulwama district where the
// suicide bomber struck on Thursday". It goes on telling the incident;
// its dates are another's.
func subordinateDate(text string, u unit, when event.Date) bool {
	loc := eventAnaphor.FindStringIndex(text[u.span.Start:u.span.End])
	if loc == nil {
		return false
	}
	for _, dm := range u.eventDate {
		if dm.Start < u.span.Start+loc[1] || !dm.OK || !dm.Date.End.Before(when.Start) {
			return false
		}
	}
	return true
}

// subordinateCut is a sentence up to the clause holding the date at byte
// at: "… in Shopian district where militants
// killed two workers on Wednesday" tells the incident up to "where". The
// cut unit keeps no dates.
func subordinateCut(text string, u unit, at int) unit {
	sent := text[u.span.Start:u.span.End]
	from := 0
	if loc := eventAnaphor.FindStringIndex(sent); loc != nil && u.span.Start+loc[1] <= at {
		from = loc[1]
	}
	end := len(sent)
	if at-u.span.Start > from {
		end = at - u.span.Start
	}
	if cuts := clauseCut.FindAllStringIndex(sent[from:end], -1); len(cuts) > 0 {
		end = from + cuts[len(cuts)-1][0]
	}
	c := narrow(u, sentence.Span{Start: u.span.Start, End: u.span.Start + end})
	c.eventDate, c.dates = nil, nil
	return c
}

var clauseCut = relit.MustCompile(`(?i),\s+|\s+(?:where|when|after|before|as|while|since|because|for)\s+`)

// extend adds to e what its follow-up paragraphs tell (more: e's
// sentences and the follow-up read as one event, whose follow-up starts
// at rune offset from; where: the place the follow-up names): a finer
// place in the same country, the casualty figures e lacks, the parties e
// does not name, a type when e had none or had it from wording alone.
func (x *Extractor) extend(e, more event.Event, where event.Place, from int, localities map[string]bool) event.Event {
	took := map[string]bool{}
	tollless := len(e.Casualties) == 0
	// A town in the province the event named refines it too, and so does
	// a village the gazetteer lacks, named in that province.
	own, r := placeRank(e.Place, localities), placeRank(where, localities)
	// "in Quezon province", then "on patrol in Tagkawayan town", a town
	// the geoparser put no finer than a region: the town is in the
	// province the event named.
	// A village the gazetteer lacks, given a region of another country
	// than the province the event named ("Mbandfung, a village in …,
	// Abdou Kanfon Borno, mayor of Ndu, said": not Borno State), is in that
	// province too.
	if where.GeonameID == 0 && localities[where.Name] && e.Place.Precision.Rank() >= event.GeoAdmin2.Rank() && e.Place.Precision.Rank() < event.GeoCountry.Rank() &&
		(e.Place.Country == where.Country && e.Place.Precision.Rank() < where.Precision.Rank() && where.Precision.Rank() < event.GeoCountry.Rank() ||
			e.Place.Country != "" && where.Country != "" && e.Place.Country != where.Country) {
		where = localityPlace(e.Place, where.Name)
		r = placeRank(where, localities)
	}
	sameAdmin1 := e.Place.Admin1 != "" && e.Place.Admin1 == where.Admin1 ||
		e.Place.Precision == event.GeoAdmin1 && e.Place.Name == where.Admin1
	// A region no one country holds ("Kashmir") is refined by a place
	// within reach of it.
	if r != 0 && (own == 0 || r < own && (e.Place.Country == where.Country || e.Place.Country == "" && e.Place.Precision == event.GeoRegion) &&
		(own >= 2*event.GeoRegion.Rank() || sameAdmin1) && inReach(e.Place, where)) {
		e.Place = where
		took["place"] = true
	}
	have := map[string]int{}
	for i, c := range e.Casualties {
		have[c.Who] = i
	}
	// A follow-up's bare "soldiers" are those of the one group the event
	// names.
	force := -1
	for i, c := range e.Casualties {
		if !anyone[lastField(strings.ToLower(c.Who))] {
			if force == -1 {
				force = i
			} else {
				force = -2
			}
		}
	}
	for _, c := range more.Casualties {
		if anyone[lastField(strings.ToLower(c.Who))] && (c.Who != "others" || len(e.Casualties) == 0 || !named(e.Casualties)) {
			// "Four persons were killed", after the lead's "four people":
			// a toll that names no one is told again. "…and four
			// others" after people named one by one are more of them.
			for _, h := range e.Casualties {
				if h.Killed != nil {
					c.Killed = nil
				}
				if h.Wounded != nil {
					c.Wounded = nil
				}
				if h.Captured != nil {
					c.Captured = nil
				}
			}
			if c.Killed == nil && c.Wounded == nil && c.Captured == nil {
				continue
			}
		}
		if _, ok := have[c.Who]; !ok && (casualty.Subgroup(c.Who) || civilianWords[lastField(strings.ToLower(c.Who))] || kin(c.Who)) && c.Killed != nil && anyoneKilled(e.Casualties, c.Killed) {
			// "A father, his wife and their two children were killed",
			// "four laborers … died", after "killing 10 civilians":
			// who the dead the lead counted were, not more of them.
			continue
		}
		i, ok := have[c.Who]
		if !ok {
			// "12 militants … were killed", then "He blamed the Pakistani
			// Taliban": the same dead, now named.
			for k, h := range e.Casualties {
				if attackerWords[lastField(strings.ToLower(h.Who))] && sameCount(h.Killed, c.Killed) && sameCount(h.Wounded, c.Wounded) {
					e.Casualties[k].Who, e.Casualties[k].Side = c.Who, c.Side
					i, ok = k, true
					break
				}
			}
		}
		if !ok && c.Killed != nil {
			// "A paramilitary ranger was killed …", then "One ranger
			// died": the same dead, by the same noun, told again.
			for k, h := range e.Casualties {
				if headNoun(h.Who) != "" && headNoun(h.Who) == headNoun(c.Who) && sameCount(h.Killed, c.Killed) {
					i, ok = k, true
					break
				}
			}
		}
		if !ok && force >= 0 && forceWords[lastField(strings.ToLower(c.Who))] {
			i, ok = force, true
		}
		// "…killing a dozen troops", then "A dozen soldiers were killed in
		// northern Burkina Faso": the troops were that state's.
		if !ok && force >= 0 && x.isState(c.Who) && forceWords[lastField(strings.ToLower(e.Casualties[force].Who))] {
			i, ok = force, true
			e.Casualties[i].Who, e.Casualties[i].Side = c.Who, c.Side
		}
		if !ok {
			// more's figure for a new group is the follow-up's own.
			e.Casualties = append(e.Casualties, c)
			took["number"] = true
			continue
		}
		// A figure e gives is told again, not added to: keep e's, unless
		// e's was a round one the follow-up gives exactly ("Nearly a dozen
		// Chadian soldiers" then "killing 11 Chadian troopers").
		had := &e.Casualties[i]
		if had.Killed == nil && c.Killed != nil || roundThenExact(had.Killed, c.Killed) {
			had.Killed = c.Killed
			took["number"] = true
		}
		if roundThenExact(had.Wounded, c.Wounded) {
			had.Wounded = c.Wounded
			took["number"] = true
		}
		if had.Wounded == nil && c.Wounded != nil {
			had.Wounded = c.Wounded
			took["number"] = true
		}
		if had.Captured == nil && c.Captured != nil {
			had.Captured = c.Captured
			took["number"] = true
		}
	}
	if took["number"] {
		var total *event.Count
		for _, c := range e.Casualties {
			total = total.Add(c.Killed)
		}
		e.Fatalities = total
	}
	named := map[string]bool{}
	for _, a := range e.Actors {
		named[a.Canonical] = true
	}
	for _, a := range more.Actors {
		if !named[a.Canonical] {
			e.Actors = append(e.Actors, a)
			took["actor"] = true
		}
	}
	for _, m := range more.Provenance.Spans {
		if m.Start >= from && took[m.Kind] {
			e.Provenance.Spans = append(e.Provenance.Spans, m)
		}
	}
	// A type read from wording alone ("stormed the village") yields to
	// the one the whole incident's toll gives (only villagers killed).
	if e.Type == event.Strategic && more.Type != event.Strategic || tollless && len(more.Casualties) > 0 && more.Type != event.Strategic {
		e.Type, e.SubType = more.Type, more.SubType
	}
	return e
}

// roundThenExact reports an approximate figure and an exact one near it:
// the exact one is the same count, told precisely.
func roundThenExact(round, exact *event.Count) bool {
	return round != nil && exact != nil && round.Qualifier == event.Approx && exact.Qualifier == event.Exact &&
		exact.Best > 0 && abs(exact.Best-round.Best)*4 <= round.Best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// kin reports a group named by its tie to someone ("a relative of hers",
// "his two brothers"): after a toll, who among the dead a witness lost.
func kin(who string) bool {
	for _, w := range strings.Fields(strings.ToLower(who)) {
		if kinWords[w] {
			return true
		}
	}
	return false
}

var kinWords = map[string]bool{"relative": true, "relatives": true, "brother": true, "brothers": true, "sister": true, "sisters": true,
	"son": true, "sons": true, "daughter": true, "daughters": true, "cousin": true, "cousins": true, "nephew": true, "niece": true,
	"husband": true, "uncle": true, "aunt": true, "grandson": true, "granddaughter": true}

var attackerWords = map[string]bool{"militants": true, "fighters": true, "insurgents": true, "attackers": true, "assailants": true,
	"gunmen": true, "terrorists": true, "rebels": true, "jihadists": true, "bandits": true}

// headNoun is the last word of a group's name, lower case and singular:
// "paramilitary rangers" and "ranger" are both "ranger".
func headNoun(who string) string {
	w := lastField(strings.ToLower(who))
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	return w
}

// sameList reports two lists of at least two groups killed with the same
// figures, in order, each pair of groups of one kind: security forces
// ("law enforcement personnel", "policeman"), attackers ("terrorists",
// "attackers") or civilians.
func sameList(a, b []casualty.Mention) bool {
	if len(a) < 2 || len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Count.Best != b[i].Count.Best || a[i].Count.Qualifier != b[i].Count.Qualifier {
			return false
		}
		if ka := kindOf(a[i].Who); ka == "" || ka != kindOf(b[i].Who) {
			return false
		}
	}
	return true
}

// kindOf is the kind of a group killed: "force", "attacker", "civilian",
// or "" for a group of no kind known.
func kindOf(who string) string {
	w := strings.ToLower(lastField(who))
	h := headNoun(who)
	switch {
	case forceWords[w] || forceWords[h+"s"] || forceKin[h]:
		return "force"
	case attackerWords[w] || attackerWords[h+"s"] || h == "gunman" || h == "gunmen":
		return "attacker"
	case civilianWords[w] || civilianWords[h+"s"]:
		return "civilian"
	}
	return ""
}

// forceKin are members of a force named in the singular, or by words
// forceWords lacks.
var forceKin = map[string]bool{"policeman": true, "policemen": true, "police": true, "cop": true, "constable": true, "jawan": true,
	"ranger": true, "trooper": true, "serviceman": true, "servicemen": true, "officer": true, "guard": true, "personnel": true}

func sameCount(a, b *event.Count) bool {
	return a == nil && b == nil || a != nil && b != nil && a.Best == b.Best
}

// named reports tolls of people counted one by one ("the village head").
func named(cs []event.Casualty) bool {
	for _, c := range cs {
		if c.Killed == nil || c.Killed.Best != 1 || anyone[lastField(strings.ToLower(c.Who))] {
			return false
		}
	}
	return true
}

// datelineNames reports a sentence opening with a dateline that names
// country: "KATMANDU, Nepal -- ".
func datelineNames(sent, country string) bool {
	loc := datelineAt(sent)
	return loc != nil && country != "" && strings.Contains(sent[:loc[1]], country)
}

// datelineCountry is the country a sentence's dateline names after its
// town: "KATMANDU, Nepal -- " gives Nepal.
func (x *Extractor) datelineCountry(sent string) (event.Place, bool) {
	loc := datelineAt(sent)
	if loc == nil {
		return event.Place{}, false
	}
	d := sent[:loc[1]]
	comma := strings.IndexByte(d, ',')
	if comma < 0 {
		return event.Place{}, false
	}
	d = d[comma+1:]
	if end := strings.IndexAny(d, "(—–-:"); end >= 0 {
		d = d[:end]
	}
	d = strings.TrimSpace(d)
	if d == "" || strings.ContainsAny(d, "0123456789") {
		return event.Place{}, false
	}
	return x.Places.Country(d)
}

// theCapital is a country's capital left unnamed: "the capital", "the
// capital's center"; not "the state capital" nor "the capital, Tripoli"
// (named, and read as a place).
var theCapital = relit.MustCompile(`\b(?:in|into|to|near|around|outside|across|at|of)\s+the\s+(?:country's\s+|nation's\s+)?capital(?:'s|’s|\s+city)?\b(?:[^,]|,\s*\p{Ll})`)

// placeAt reports a toponym starting within a few bytes after at.
func placeAt(ps []PlaceMention, at int) bool {
	for _, p := range ps {
		if p.Start >= at && p.Start <= at+2 {
			return true
		}
	}
	return false
}

// anyoneKilled reports a toll of anyone ("six civilians") at least as large
// as n.
func anyoneKilled(cs []event.Casualty, n *event.Count) bool {
	for _, c := range cs {
		last := lastField(strings.ToLower(c.Who))
		if c.Killed != nil && (n == nil || c.Killed.Best >= n.Best) && (anyone[last] || last == "civilians" || last == "villagers") {
			return true
		}
	}
	return false
}

// retoldAt reports a sentence that opens on the incident told before it
// ("The blast, which almost destroyed the vehicle, took place as they
// reached …"): where it says the incident took place refines the lead's
// district.
func retoldAt(sent string) bool {
	loc := eventAnaphor.FindStringIndex(sent[:min(len(sent), 64)])
	return loc != nil && loc[0] == 0
}

// inReach reports a finer place near enough to lie in the region or
// province of the coarser one: "near Qala-i-Now" may refine "northwestern
// Badghis", not a town 500 km off that stands for it. A country holds any
// of its places.
func inReach(coarse, fine event.Place) bool {
	if coarse.Precision == event.GeoCountry || coarse.Lat == nil || coarse.Lon == nil || fine.Lat == nil || fine.Lon == nil {
		return true
	}
	return gazetteer.Distance(*coarse.Lat, *coarse.Lon, *fine.Lat, *fine.Lon) <= 400
}

// anyone are the words of a toll that names no one.
var anyone = map[string]bool{"people": true, "persons": true, "person": true, "others": true, "victims": true, "": true}

// clauseSeparators end a clause, strongest first.
var clauseSeparators = []string{";", ", while ", ", whereas ", ", but ", ", and ", " while ", " and then ", ",", " and "}

// clauseSpans cuts a sentence with several event dates into one clause per
// date, at the last clause separator between two dates.
func clauseSpans(text string, sp sentence.Span, ds []DateMention) []sentence.Span {
	if len(ds) < 2 {
		return nil
	}
	out := make([]sentence.Span, len(ds))
	start := sp.Start
	for k := range ds {
		end := sp.End
		if k+1 < len(ds) {
			end = ds[k+1].Start
			between := text[ds[k].End:ds[k+1].Start]
			for _, sep := range clauseSeparators {
				if i := strings.LastIndex(between, sep); i >= 0 {
					end = ds[k].End + i
					break
				}
			}
		}
		out[k] = sentence.Span{Start: start, End: end}
		start = skipSeparator(text, end, sp.End)
	}
	return out
}

func skipSeparator(text string, i, limit int) int {
	for i < limit && (text[i] == ',' || text[i] == ';' || text[i] == ' ') {
		i++
	}
	return i
}

// narrow returns u cut to the clause cl, its toponyms re-offset.
func narrow(u unit, cl sentence.Span) unit {
	h := u
	h.span = cl
	h.places = nil
	for _, pm := range u.places {
		s, e := pm.Start+u.span.Start, pm.End+u.span.Start
		if s >= cl.Start && e <= cl.End {
			pm.Start, pm.End = s-cl.Start, e-cl.Start
			h.places = append(h.places, pm)
		}
	}
	return h
}

func isReference(section string) bool {
	s := strings.ToLower(section)
	return s == "see also" || s == "references" || s == "external links" || s == "notes" || s == "further reading" || s == "bibliography"
}

var (
	modifierBefore = relit.MustCompile(`(?i)\b(?:the|its|this|that|an?)\s+(?:[A-Z][a-z]+\s+(?:and|or)\s+)?$`)
	deadlineBefore = relit.MustCompile(`(?i)\b(?:by|before|until|till)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$`)
	sinceClause    = relit.MustCompile(`(?i)\bsince\s+[^,.;:]{0,70}\s(?:on|in)\s+$`)
	// "a surge in gang attacks across the capital that began on Feb. 29":
	// the start of a period, not an incident's day.
	periodStart    = relit.MustCompile(`(?i)\b(?:surge|wave|spate|string|series|escalation|campaign|insurgency|uprising|unrest|crisis|war|conflict)\b[^.;:]{0,80}?\b(?:that|which)\s+(?:began|started|erupted)\s+(?:on|in)\s+$`)
	untilBefore    = relit.MustCompile(`(?i)\b(?:until|till|through|since)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$`)
	reportedOn     = relit.MustCompile(`(?i)\b(?:said|says|told (?:[\w().-]+ ?){0,4}|reported|stated|added|confirmed|announced|announces|suggested|claimed|alleged|insisted)(?:\s+(?:in|on)\s+(?:a|an|its|their)\s+\w+)?\s+(?:on\s+)?$`)
	modal          = relit.MustCompile(`(?i)\b(?:will|would|shall|should|plans?\s+to|planned\s+to|expected\s+to|is\s+to|are\s+to|intends?\s+to|set\s+to)\b`)
	afterNoun      = relit.MustCompile(`^\s*[A-Za-z]`)
	possessiveNoun = relit.MustCompile(`^['’]s\s+([a-z-]+)(?:\s+([a-z-]+))?`)
	incidentNoun   = relit.MustCompile(`^(?:attacks?|ambush|raids?|assault|strikes?|airstrikes?|bombings?|blasts?|explosions?|clash(?:es)?|fighting|battle|massacre|shooting|killings?|violence|incident|offensive|operation|kidnapping|abduction|coup|election|vote|protests?)$`)
)

// eventDates picks the dates in a sentence that say when something
// happened: not a date naming an event already told ("the 2017 Tongo Tongo
// ambush"), not a deadline ("will withdraw by the end of 2023"), not a
// period of several years ("Between 2015 and 2017"), not background from
// long before the conflict.
func eventDates(text string, sp sentence.Span, ds []DateMention, rec conflict.Record) []DateMention {
	if len(ds) == 0 {
		return nil
	}
	var out []DateMention
	sent := text[sp.Start:sp.End]
	// What is said of the whole sentence is read once, not once a date:
	// a long run of text without a full stop has many dates.
	var (
		anaphor     = sync.OnceValue(func() bool { return eventAnaphor.MatchString(sent) })
		hasRunning  = sync.OnceValue(func() bool { return runningTotal.MatchString(sent) })
		hasModal    = sync.OnceValue(func() bool { return modal.MatchString(sent) })
		datelineLoc = sync.OnceValue(func() []int { return datelineAt(sent) })
	)
	for i, dm := range ds {
		// A clock time anchored to a day ("At 7:30 p.m." after "on 10
		// December") dates what happened then.
		if !dm.OK || dm.Type != "DATE" && (dm.Type != "TIME" || dm.Date.Precision != event.PrecDay) {
			continue
		}
		// "what happened yesterday (Saturday)": the day in brackets says
		// which day the word before it was; one date, the bracketed one.
		if i+1 < len(ds) && ds[i+1].OK && ds[i+1].Start == dm.End+2 && text[dm.End:ds[i+1].Start] == " (" &&
			strings.HasPrefix(text[ds[i+1].End:], ")") {
			continue
		}
		before := tail(text[sp.Start:dm.Start], 48)
		after := text[dm.End:sp.End]
		if dm.Type == "TIME" && !dayNamed(dm.Text) && anaphor() {
			continue // "the attack happened around 3 pm": the incident told, at its hour
		}
		if dm.Date.Precision == event.PrecDay {
			dm = dayRange(text, sp.Start, dm)
			before = tail(text[sp.Start:dm.Start], 48)
		}
		if modifierBefore.MatchString(before) && afterNoun.MatchString(after) && !weekdayIncident(dm, after) && !indefiniteIncident(dm, before, after) {
			continue
		}
		if boundBefore.MatchString(text[sp.Start:dm.Start]) {
			continue // "Prior to April 2000, the rebels had been allowed …": a state that held until then
		}
		if m := possessiveNoun.FindStringSubmatch(after); m != nil && !incidentNoun.MatchString(m[1]) && !incidentNoun.MatchString(m[2]) {
			continue // "a report in Wednesday's issue": the day names the paper, not an incident
		}
		if loc := datelineLoc(); loc != nil && dm.End <= sp.Start+loc[1] {
			continue // "BEIRUT Nov 5 ": the day the story was filed
		}
		if dm.Date.Precision >= event.PrecMonth && hasRunning() {
			continue // "Thousands have been killed or kidnapped in the past year": a running total
		}
		if sceneVisit.MatchString(tail(text[sp.Start:dm.Start], 64)) {
			continue // "traveled to the scene of the attack on Tuesday": a visit after the incident
		}
		if periodBound(text, sp.Start, dm) && !ownStart(text, sp.Start, dm, rec) {
			continue // "extended until 30 June 2023", "displaced since 1 March", "since Buhari was inaugurated on May 29": a period's bound
		}
		if deadlineBefore.MatchString(before) && (hasModal() || len(out) > 0 || hasOtherDate(ds, i)) {
			continue
		}
		if dm.Type == "DATE" && strings.TrimSpace(text[sp.Start:dm.Start]) == "By" {
			continue // "By 2 October, the group held 350 villages": what stood by then, no incident of that day
		}
		if reported(text, sp.Start, dm) && (len(out) > 0 || hasOtherDate(ds, i)) {
			// "killed 17 on Tuesday, the ministry said Wednesday": when it
			// was told, not when it happened. Alone, it is the best date
			// the sentence gives.
			continue
		}
		if dm.EndValue != "" || dm.Date.Precision >= event.PrecYear && dm.Date.End.Sub(dm.Date.Start).Hours() > 24*400 {
			continue // a period, not an incident
		}
		// "in 2023 and 2024": two years joined are a period too.
		if i+1 < len(ds) && dm.Date.Precision == event.PrecYear && ds[i+1].Date.Precision == event.PrecYear &&
			strings.TrimSpace(text[dm.End:ds[i+1].Start]) == "and" {
			continue
		}
		if i > 0 && dm.Date.Precision == event.PrecYear && ds[i-1].Date.Precision == event.PrecYear &&
			strings.TrimSpace(text[ds[i-1].End:dm.Start]) == "and" {
			continue
		}
		if !rec.Date.IsZero() && dm.Date.End.Before(rec.Date.Start.AddDate(-1, 0, 0)) {
			continue // background
		}
		// Two dates of which one refines the other ("On April 12 … 2024"):
		// keep the finer.
		if len(out) > 0 {
			last := out[len(out)-1]
			if joinedDays(text, last, dm) {
				// "clashed on Friday and Saturday": one incident over
				// the days, not one a day.
				r := event.Range(last.Date.Start, dm.Date.Start, event.PrecDays)
				out[len(out)-1] = DateMention{Start: last.Start, End: dm.End, Text: text[last.Start:dm.End], Type: "DATE",
					Value: r.String(), Date: r, OK: true}
				continue
			}
			if !dm.Date.Start.Before(last.Date.Start) && !dm.Date.End.After(last.Date.End) {
				// "On Monday … at noon": the hour refines nothing a day
				// names; keep the day, which news reads.
				if dm.Type != "TIME" || dayNamed(dm.Text) || last.Date.Precision != event.PrecDay {
					out[len(out)-1] = dm
				}
				continue
			}
			if !last.Date.Start.Before(dm.Date.Start) && !last.Date.End.After(dm.Date.End) {
				continue
			}
			// A coarser date after a precise one is context, not a new event.
			if dm.Date.Precision > last.Date.Precision {
				continue
			}
		}
		out = append(out, dm)
	}
	return out
}

// joinedDays reports two days that a conjunction joins into a few days
// of one incident: "on Friday and Saturday", "on 3 and 4 May" as the
// tagger reads it, "from Monday to Wednesday".
func joinedDays(text string, a, b DateMention) bool {
	if a.Date.Precision != event.PrecDay || b.Date.Precision != event.PrecDay || a.End > b.Start {
		return false
	}
	switch strings.TrimSpace(text[a.End:b.Start]) {
	case "and", "and on", "to", "through", "until", "till":
	default:
		return false
	}
	d := b.Date.Start.Sub(a.Date.Start)
	return d > 0 && d <= 6*24*time.Hour
}

// indefiniteIncident reports a day that dates the incident an indefinite
// article introduces: "The Kavala ambush was a 6 April 2010 ambush by
// rebels" tells the article's own incident, new to the reader, where "the
// 2017 Tongo Tongo ambush" names one told elsewhere.
func indefiniteIncident(dm DateMention, before, after string) bool {
	if dm.Date.Precision != event.PrecDay || !indefiniteBefore.MatchString(before) {
		return false
	}
	return incidentWithin(after, 3) // "a 6 April 2010 Maoist ambush"
}

// incidentWithin reports an incident's noun among the first n words of s.
func incidentWithin(s string, n int) bool {
	f := strings.Fields(strings.ToLower(s))
	for i := 0; i < len(f) && i < n; i++ {
		if incidentNoun.MatchString(strings.Trim(f[i], ".,;:")) {
			return true
		}
	}
	return false
}

var indefiniteBefore = relit.MustCompile(`(?i)\ban?\s+$`)

// weekdayIncident reports a weekday that names the incident after it: "the
// Friday afternoon assault" is the story's own, dated by the day; "the 2017
// Tongo Tongo ambush" names one told elsewhere.
func weekdayIncident(dm DateMention, after string) bool {
	if !dayNamed(dm.Text) || strings.ContainsAny(dm.Text, "0123456789") {
		return false
	}
	return incidentWithin(after, 4) // "an overnight Saudi-led coalition airstrike"
}

// hasWords reports a sentence that says something besides its dates: a
// word of three lower-case letters or more outside them.
func hasWords(sent string) bool {
	for _, f := range strings.FieldsFunc(sent, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(f) >= 3 && unicode.IsLower(rune(f[0])) && !isDateWord(strings.ToLower(f)) {
			return true
		}
	}
	return false
}

// dayNamed reports a time expression that names its day ("Monday
// morning", "10 December 2019 at 7 p.m."), not a bare hour.
func dayNamed(s string) bool {
	s = strings.ToLower(s)
	for _, d := range weekdayNames {
		if strings.Contains(s, d) {
			return true
		}
	}
	for _, d := range []string{"yesterday", "today", "tonight", "tomorrow", "overnight", "last night"} {
		if strings.Contains(s, d) {
			return true
		}
	}
	return strings.ContainsAny(s, "0123456789") && monthName.MatchString(s)
}

// monthNames and weekdayNames are the calendar's words, lower case.
var (
	monthNames   = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	weekdayNames = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

// calendarWord reports a month's or a weekday's name (lower case): "in
// April, Niger's junta" names no place.
func calendarWord(w string) bool {
	return slices.Contains(monthNames, w) || slices.Contains(weekdayNames, w)
}

var monthName = relit.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{4}-\d{2}`)

// dayRangeBefore is the first day of a range the tagger reads as its last
// day alone: "4–5 October 2017", "between 10 and 12 May 2019".
var dayRangeBefore = relit.MustCompile(`(?i)(?:\b(?:between|from)\s+)?\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:–|—|-|and|to)\s*$`)

// dayRange widens a day to the range a day number before it opens.
func dayRange(text string, from int, dm DateMention) DateMention {
	m := dayRangeBefore.FindStringSubmatchIndex(text[from:dm.Start])
	if m == nil {
		return dm
	}
	d, _ := strconv.Atoi(text[from+m[2] : from+m[3]])
	end := dm.Date.Start
	if d < 1 || d >= end.Day() {
		return dm
	}
	dm.Date = event.Range(time.Date(end.Year(), end.Month(), d, 0, 0, 0, 0, time.UTC), end, event.PrecDays)
	dm.Value = dm.Date.String()
	dm.Start = from + m[0]
	dm.Text = text[dm.Start:dm.End]
	return dm
}

// titleDate is the day a report's title gives ("Flash Update No. 3 (12
// March 2024)"): a dated note or news item is written that day, so its
// "on Monday" is the Monday before, as for news with a known DCT.
func (x *Extractor) titleDate(title string) time.Time {
	for _, dm := range x.Dates.Dates(title, time.Time{}) {
		if dm.OK && dm.Type == "DATE" && dm.Date.Precision == event.PrecDay {
			return dm.Date.Start
		}
	}
	return time.Time{}
}

// datedByRecord dates by the record the tolls of an article on one day's
// fighting: a paragraph of the body that names no date but counts the dead
// ("According to the ministry, 89 soldiers were killed") tells of the
// battle the infobox dates, and would otherwise be lost to every event
// and every check of the infobox's claims.
//
// A record of several days is not one day's fighting: a toll the body
// gives without a date there ("More than 200 people were killed") is the
// whole conflict's, or a wider campaign's, not an incident's.
func datedByRecord(text string, units []unit, rec conflict.Record) {
	if rec.Date.IsZero() || rec.Date.Precision != event.PrecDay || rec.Ongoing || rec.Date.End.Sub(rec.Date.Start) > 24*time.Hour {
		return
	}
	for i := 0; i < len(units); {
		j := i
		dated := false
		for j < len(units) && units[j].block == units[i].block {
			dated = dated || len(units[j].dates) > 0
			j++
		}
		if !dated && !units[i].lead {
			for k := i; k < j; k++ {
				if len(casualty.Find(text[units[k].span.Start:units[k].span.End])) > 0 {
					at := units[k].span.Start
					units[k].eventDate = []DateMention{{Start: at, End: at, Type: "DATE", Value: rec.Date.String(), Date: rec.Date, OK: true}}
					break
				}
			}
		}
		i = j
	}
}

// backgroundBeforeOpening drops, for an infobox that gives no date, the
// dates of background more than a year before the day the article's
// first sentence dates ("a mass killing that occurred in Tikrit on 12 June
// 2014"), as the infobox's start does where it has one: the base "founded
// in 1973" and "handed over in 2011" are its history, not incidents.
func backgroundBeforeOpening(text string, units []unit) {
	if len(units) == 0 {
		return
	}
	var cut time.Time
	if len(units[0].eventDate) == 1 && units[0].eventDate[0].Date.Precision == event.PrecDay {
		cut = units[0].eventDate[0].Date.Start.AddDate(-1, 0, 0)
	} else {
		// "The battle began on 21 May 2021": a later sentence of the
		// opening paragraph that says when the article's fight began bounds
		// it more closely. What came more than a week before (protests, a
		// group's founding) led up to it; a prelude in the days before is
		// kept.
		for _, u := range units[1:blockEnd(units, 0)] {
			if len(u.eventDate) == 0 {
				continue
			}
			if dm := u.eventDate[0]; len(u.eventDate) == 1 && dm.Date.Precision == event.PrecDay && ownBeginning.MatchString(text[u.span.Start:dm.Start]) {
				cut = dm.Date.Start.AddDate(0, 0, -7)
			}
			break
		}
	}
	if cut.IsZero() {
		return
	}
	for i := range units {
		units[i].eventDate = slices.DeleteFunc(units[i].eventDate, func(dm DateMention) bool { return dm.Date.End.Before(cut) })
	}
}

// ownBeginning is a sentence about the article's own fight that says when
// it began: "The battle began on", "The siege was launched on".
var ownBeginning = relit.MustCompile(`(?i)^\s*(?:the|this|it)\b(?:\s+[\w-]+){0,3}?\s+(?:began|started|commenced|broke out|was launched|was started)\s+(?:on\s+)?$`)

// datedOwnIncident dates by the record the sentence that opens an article
// on one incident and names it ("The Battle of Kavala, codenamed …, was
// the final phase of the campaign", "The battle was fought during late
// March and early April 2021"), where that sentence gives no day of its
// own: the infobox's days are the incident's, and finer than a season.
// Only for a record of a month or less, so that a war's article is not
// made one event.
func datedOwnIncident(text string, units []unit, rec conflict.Record, title string) {
	if len(units) == 0 || rec.Date.IsZero() || rec.Date.Precision != event.PrecDay || rec.Ongoing {
		return
	}
	u := &units[0]
	sent := text[u.span.Start:u.span.End]
	names := false
	for _, n := range []string{rec.Name, title} {
		names = names || n != "" && strings.Contains(sent, n)
	}
	when := rec.Date
	switch {
	case fightBegan.MatchString(sent):
		// "The fighting began when rebels disguised as passengers
		// infiltrated the town": the article opens on how its own fight
		// began, which was on the infobox's first day, however long it
		// then lasted.
		when = event.Day(rec.Date.Start.Year(), rec.Date.Start.Month(), rec.Date.Start.Day())
	case !names || rec.Date.End.Sub(rec.Date.Start) > 31*24*time.Hour:
		return
	}
	for _, dm := range u.eventDate {
		// A day, or a time outside the record's, is the sentence's own.
		if dm.Date.Precision == event.PrecDay || dm.Date.End.Before(rec.Date.Start) || dm.Date.Start.After(rec.Date.End) {
			return
		}
	}
	// "It occurred on October 3, 2009": a later sentence of the paragraph
	// dates the incident itself.
	for _, o := range units[1:blockEnd(units, 0)] {
		if len(o.eventDate) > 0 {
			return
		}
	}
	at := u.span.Start
	u.eventDate = []DateMention{{Start: at, End: at, Type: "DATE", Value: when.String(), Date: when, OK: true}}
}

// fightBegan opens a sentence on how the fight began: "The fighting began
// when", "The battle started after".
var fightBegan = relit.MustCompile(`^(?:The|This) (?:fighting|battle|attack|assault|raid|siege|offensive|clashes) (?:began|started|broke out)\b`)

func hasOtherDate(ds []DateMention, i int) bool {
	for j, d := range ds {
		if j != i && d.Type == "DATE" && d.OK {
			return true
		}
	}
	return false
}

// battle reports a conflict of a month or less (a battle, a raid, a short
// siege): its events that name no place of their own happened at the one
// town the infobox's place names ("Ouallam, Tillabéri Region, Niger",
// "Kelmaro, near Gao, Mali"). A campaign's events may be anywhere in its
// country.
func battle(rec conflict.Record) bool {
	return !rec.Ongoing && !rec.Date.Start.IsZero() && rec.Date.End.Sub(rec.Date.Start) <= 31*24*time.Hour
}

var theCity = relit.MustCompile(`(?i)\bthe (city|capital|town)\b`)

// infoboxTown is the one town the infobox's place names, whatever the
// conflict's length; none where it names two ("Ouallam and Banibangou"),
// or a name the gazetteer lacks beside a town it is not said to be near.
func (x *Extractor) infoboxTown(rec conflict.Record, country string) (event.Place, bool) {
	var b strings.Builder
	var items [][2]int
	var names []string
	if rec.Site != "" {
		names = strings.Split(rec.Site, ", ")
	}
	for _, p := range rec.Places {
		names = append(names, p.Name)
	}
	for _, name := range names {
		if strings.Contains(name, " and ") || strings.Contains(name, "&") {
			return event.Place{}, false
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		items = append(items, [2]int{b.Len(), b.Len() + len(name)})
		b.WriteString(name)
	}
	var site event.Place
	found := make([]bool, len(items))
	for _, pm := range x.Places.Places(b.String()) {
		if pm.Unfound {
			continue
		}
		for i, it := range items {
			if pm.Start >= it[0] && pm.End <= it[1] {
				found[i] = true
			}
		}
		// "Jenin, West Bank": a first item the gazetteer reads as a
		// whole district, with more after it, stands for the town the
		// district is named for (the line names the town first, then
		// what holds it). The gazetteer gives the district's record (its
		// point, admin2 precision), which is still finer than the
		// country; "Surobi District" says it is the district.
		townDistrict := pm.Place.Precision == event.GeoAdmin2 && len(items) > 1 && pm.Start == items[0][0] && pm.End == items[0][1] &&
			!divisionEnd.MatchString(names[0])
		if r := pm.Place.Precision.Rank(); r == 0 || r > event.GeoNear.Rank() && !townDistrict {
			continue
		}
		if site.Name != "" && site.Name != pm.Place.Name {
			return event.Place{}, false
		}
		site = pm.Place
	}
	if site.Name == "" || (country != "" && site.Country != country) {
		return event.Place{}, false
	}
	if slices.Contains(found, false) && site.Precision != event.GeoNear {
		return event.Place{}, false
	}
	return site, true
}

// titleTown is the one town an article's title names ("Second Battle of
// Kidal"), for an infobox that gives no place line: "the city" of its
// body is that town as it would be the infobox's.
func (x *Extractor) titleTown(title, country string) (event.Place, bool) {
	var town event.Place
	for _, pm := range x.Places.Places(title) {
		if pm.Unfound {
			continue
		}
		if r := pm.Place.Precision.Rank(); r == 0 || r > event.GeoNear.Rank() {
			continue
		}
		if town.Name != "" && town.Name != pm.Place.Name {
			return event.Place{}, false
		}
		town = pm.Place
	}
	if town.Name == "" || country != "" && town.Country != country {
		return event.Place{}, false
	}
	return town, true
}

// townTitle is the town an article's title names as its subject: "Battle
// of Tabankort (2019)", "Second Siege of Mitú", "Fall of Bama",
// "Tabankort massacre".
var (
	townTitleOf   = relit.MustCompile(`^(?:(?:First|Second|Third|Fourth|Fifth) )?(?:Battle|Siege|Fall|Sack|Capture|Liberation|Raid|Attack|Assault|Massacre|Ambush|Bombing|Defen[cs]e)s? (?:of|on|for|at|in) (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(?: \(|$)`)
	townTitleKind = relit.MustCompile(`^(?:\d{4} )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) (?:attack|massacre|raid|ambush|bombing|siege|offensive|clash|hostage crisis)(?: \(|$)`)
)

// unfoundTown is the article's own town where the gazetteer lacks it: the
// first item of the infobox's place line, when the items after it name
// its province or country ("Mindat, Chin State"), else the town the title
// names; either only when the body names it too and no mention of it
// resolves. It is a locality within the finest province the place line
// names in the article's country, else within that country.
func (x *Extractor) unfoundTown(d *article.Document, rec conflict.Record, country event.Place) (event.Place, bool) {
	if country.Country == "" {
		return event.Place{}, false
	}
	var items []string
	if rec.Site != "" {
		items = strings.Split(rec.Site, ", ")
	}
	for _, p := range rec.Places {
		if p.ISO == "" {
			items = append(items, p.Name)
		}
	}
	var name string
	if len(items) > 0 {
		name = items[0]
		items = items[1:]
	} else if m := townTitleOf.FindStringSubmatch(d.Title); m != nil {
		name = m[1]
	} else if m := townTitleKind.FindStringSubmatch(d.Title); m != nil {
		name = m[1]
	}
	if name == "" || strings.ContainsAny(name, "0123456789&") || strings.Contains(name, " and ") || !unicode.IsUpper([]rune(name)[0]) || facilityWord.MatchString(name) {
		return event.Place{}, false
	}
	// "2021 Zarqan Front offensive", "2019 Malian offensive": a party or a
	// people named where a town may stand is who fought, not where.
	if _, ok := x.Places.Country(name); ok {
		return event.Place{}, false
	}
	if x.Actors != nil {
		if _, ok := x.Actors.Lookup(name); ok {
			return event.Place{}, false
		}
	}
	for _, pm := range x.Places.Places(name) {
		if !pm.Unfound {
			return event.Place{}, false // a place the gazetteer knows: not this rule's
		}
	}
	named := false
	for _, b := range d.Blocks {
		if b.Kind == article.Paragraph && namesWord(b.Text, name) {
			named = true
			break
		}
	}
	if !named {
		return event.Place{}, false
	}
	c := country
	if len(items) > 0 {
		for _, pm := range x.Places.Places(strings.Join(items, ", ")) {
			r := pm.Place.Precision.Rank()
			if !pm.Unfound && pm.Place.Country == country.Country && (pm.Place.Precision == event.GeoAdmin1 || pm.Place.Precision == event.GeoAdmin2) && r < c.Precision.Rank() {
				c = pm.Place
			}
		}
	}
	return localityPlace(c, name), true
}

// facilityWord ends a name that is a building or a base, not a town:
// "Bacha Khan University", "Camp Bastion" is a base too.
var facilityWord = relit.MustCompile(`(?:^Camp |\s(?:University|College|School|Academy|Airport|Hotel|Hospital|Mall|Station|Base|Barracks|Airfield|Complex|Prison|Church|Mosque|Temple|Embassy|Parliament|Palace)$)`)

// division reports whether p is a country, province or district itself,
// not a village or town placed within one ("Oluma, a village near …").
func division(p event.Place) bool {
	switch p.Precision {
	case event.GeoCountry:
		return true
	case event.GeoAdmin1:
		return p.Admin1 == "" || p.Name == p.Admin1
	case event.GeoAdmin2:
		return p.Admin2 == "" || p.Name == p.Admin2
	}
	return false
}

// namesWord reports whether s names name as whole words.
func namesWord(s, name string) bool {
	found := false
	eachIndex(s, name, func(at, end int) {
		found = found || (at == 0 || !isLetter(s[at-1])) && (end == len(s) || !isLetter(s[end]))
	})
	return found
}

// mainCountry is where an event with no place of its own is put: the
// conflict's only country, the country its title names after "in", or the
// country the document names most.
func (x *Extractor) mainCountry(d *article.Document, rec conflict.Record, places []PlaceMention) event.Place {
	var isos []string
	for _, p := range rec.Places {
		if p.ISO != "" {
			isos = append(isos, p.ISO)
		}
	}
	if len(isos) == 1 {
		if p, ok := x.Places.Country(isos[0]); ok {
			return p
		}
	}
	title := d.Title
	if i := strings.LastIndex(title, " in "); i >= 0 {
		name := strings.TrimSpace(title[i+4:])
		if j := strings.IndexAny(name, "(,"); j > 0 {
			name = strings.TrimSpace(name[:j])
		}
		name = strings.TrimPrefix(name, "the ")
		if p, ok := x.Places.Country(name); ok {
			return p
		}
	}
	// Else the country the text names most often, its title counting double.
	count := map[string]int{}
	best := ""
	var head article.Block
	if len(d.Blocks) > 0 {
		head = d.Blocks[0]
	}
	// Datelines ("WASHINGTON (Reuters) - ") name where stories are filed.
	var filed [][2]int
	for _, b := range d.Blocks {
		if loc := datelineAt(b.Text); loc != nil {
			filed = append(filed, [2]int{b.Start, b.Start + loc[1]})
		}
	}
places:
	for _, pm := range places {
		c := pm.Place.Country
		if c == "" {
			continue
		}
		for _, f := range filed {
			if pm.Start >= f[0] && pm.End <= f[1] {
				continue places
			}
		}
		count[c]++
		if head.Kind == article.Heading && pm.Start >= head.Start && pm.End <= head.End {
			count[c]++
		}
		if best == "" || count[c] > count[best] {
			best = c
		}
	}
	if best != "" {
		if p, ok := x.Places.Country(best); ok {
			return p
		}
	}
	return event.Place{}
}

// build makes one event from a dated sentence and its continuation.
func (x *Extractor) build(docID, text string, ro runeIndex, us []unit, dm DateMention, first bool, rec conflict.Record, acr map[string]bool) event.Event {
	head := us[0].span
	body := text[head.Start:us[len(us)-1].span.End]
	e := event.Event{
		Source: "article",
		Date:   dm.Date,
		Provenance: event.Provenance{
			Source: "article", DocID: docID,
			Span: &event.Span{Start: ro.at(head.Start), End: ro.at(head.End)},
			Text: text[head.Start:head.End],
		},
	}
	if dm.End > dm.Start { // not a date the record gave (datedByRecord)
		e.Provenance.Spans = append(e.Provenance.Spans, event.Mark{Kind: "date", Start: ro.at(dm.Start), End: ro.at(dm.End), Value: dm.Value})
	}

	actors := x.Actors.FindExcept(body, acr)
	// "near the Mali border": the country across it is no party.
	actors = slices.DeleteFunc(actors, func(am actor.Mention) bool {
		return borderAfter.MatchString(body[am.End:]) || borderBefore.MatchString(tail(body[:am.Start], 32))
	})
	// inActor: a place named inside a longer party's name ("Islamic State
	// in the Greater Sahara") is not where anything happened.
	inActor := func(start, end int) bool {
		for _, am := range actors {
			as, ae := head.Start+am.Start, head.Start+am.End
			if start >= as && end <= ae && ae-as > end-start {
				return true
			}
		}
		return false
	}

	// Places: the finest place named in the dated sentence, else in the
	// continuation.
	var best *PlaceMention
	bestScore, bestUnit := 0, 0
	for ui, u := range us {
		sent := text[u.span.Start:u.span.End]
		filedAt := 0 // the end of the sentence's dateline, if it opens with one
		if len(u.places) > 0 {
			if loc := datelineAt(sent); loc != nil {
				filedAt = loc[1]
			}
		}
		for _, pm := range u.places {
			if ownerWord.MatchString(sent[pm.End:]) || ledBy.MatchString(sent[pm.End:]) || awayFrom.MatchString(tail(sent[:pm.Start], 32)) {
				continue // "the Obama administration", "Niger's president"
			}
			if possessiveName.MatchString(sent[pm.End:]) && !placeAt(u.places, pm.End+len("'s ")) {
				continue // "Algeria's Mokhtar Belmokhtar"
			}
			if borderAfter.MatchString(sent[pm.End:]) || borderBefore.MatchString(tail(sent[:pm.Start], 32)) {
				continue // "near the border with Mali", "near Mali border": the other side
			}
			if inActor(u.span.Start+pm.Start, u.span.Start+pm.End) {
				continue
			}
			if pm.End <= filedAt {
				continue
			}
			score := 0
			switch before := tail(sent[:pm.Start], 48); {
			case refPoint.MatchString(before), refCity.MatchString(tail(sent[:pm.Start], 96)):
				score = -1 // "200 km north of Niamey": a bearing, not the place
			case movedTo.MatchString(before):
				score = -1 // "taken to Aden hospitals", "reinforcements from Baidoa": elsewhere
			case locative.MatchString(before), townComma.MatchString(before):
				score = 2
			case x.isStateActor(sent[pm.Start:pm.End]):
				score = -1 // "the United States and Niger signed": parties, not places
			}
			pm.Start += u.span.Start
			pm.End += u.span.Start
			e.Provenance.Spans = append(e.Provenance.Spans, event.Mark{Kind: "place", Start: ro.at(pm.Start), End: ro.at(pm.End), Value: pm.Place.Name})
			if ui > 0 && best != nil && bestUnit != ui && (us[0].dayFrom == 0 || u.span.Start != us[0].dayFrom) &&
				!(score >= 0 && retoldAt(sent) && finer(pm, *best) && pm.Place.Country == best.Place.Country && inReach(best.Place, pm.Place)) {
				continue // the dated sentence, or the first that names a place, says where
			}
			if score < 0 {
				continue
			}
			if best == nil || finer(pm, *best) || !finer(*best, pm) && score > bestScore {
				p := pm
				best, bestScore, bestUnit = &p, score, ui
			}
		}
	}
	if best != nil {
		e.Place = best.Place
	}

	// Actors.
	sides := x.sides(rec)
	seen := map[string]bool{}
	var groups []actor.Mention
	for _, am := range actors {
		am.Start += head.Start
		am.End += head.Start
		e.Provenance.Spans = append(e.Provenance.Spans, event.Mark{Kind: "actor", Start: ro.at(am.Start), End: ro.at(am.End), Value: am.Entry.Canonical})
		if am.Entry.Kind == actor.Group {
			groups = append(groups, am)
		}
		if seen[am.Entry.Canonical] {
			continue
		}
		seen[am.Entry.Canonical] = true
		if am.Entry.Kind == actor.State {
			// The alias table's name and the gazetteer's may differ
			// ("Democratic Republic of the Congo", "DR Congo"): one
			// state, named once.
			if p, ok := x.Places.Country(am.Entry.Canonical); ok && p.CountryNm != "" {
				seen[p.CountryNm] = true
			}
		}
		e.Actors = append(e.Actors, event.Actor{Name: am.Text, Canonical: am.Entry.Canonical, Side: sides.of(am.Entry.Canonical)})
	}
	// "Some 300 insurgents stormed the post": in an event that
	// names no armed group, a word for fighters is the infobox's one
	// armed party, as a toll's "militants" already is (who).
	if len(groups) == 0 {
		if p, ok := sides.only(sides.armed); ok && !seen[p] {
			for k := range e.Actors {
				if a := &e.Actors[k]; a.Canonical == "militants" {
					a.Canonical, a.Side = p, sides.armed
					seen[p] = true
					break
				}
			}
		}
	}
	// Demonyms name states too: "a joint American and Nigerien force". Not
	// inside a party's name: the "Pakistani Taliban" are no Pakistani force.
	named := []byte(body)
	for _, am := range actors {
		for k := am.Start; k < am.End; k++ {
			named[k] = ' '
		}
	}
	for _, w := range capitalizedWords(string(named)) {
		if p, ok := x.Places.Country(w); ok && p.CountryNm != "" && !seen[p.CountryNm] && !strings.EqualFold(w, p.CountryNm) && len(w) > 3 {
			seen[p.CountryNm] = true
			e.Actors = append(e.Actors, event.Actor{Name: w, Canonical: p.CountryNm, Side: sides.of(p.CountryNm)})
		}
	}

	// Casualties, only for the first event of a sentence.
	if first {
		if totalRe.MatchString(body) {
			e.Extra = append(e.Extra, event.KV{Key: "total", Value: "true"})
		}
		nonHostile := nonHostileRe.MatchString(body)
		byKey := map[string]int{}
		type toldKey struct {
			who     string
			measure casualty.Measure
		}
		toldIn := map[toldKey]int{}
		var killedLists [][]casualty.Mention
		for ui, u := range us {
			// "The intervention claimed the lives of at least 10,000
			// people": all of it, not this event; the figures before the
			// war's toll are the event's ("Eleven were wounded in the
			// attack, the latest of bombings that have killed 600 since").
			war := len(text)
			if loc := longRun.FindStringIndex(text[u.span.Start:u.span.End]); ui > 0 && loc != nil {
				war = loc[0]
			}
			// "less than a week after gunmen killed 58 villagers": another
			// incident's toll.
			// "On June 4, a day before the massacre, jihadists attacked …
			// killing thirteen": a phrase that places this incident
			// against another, not a clause telling another's toll.
			if loc := otherTimeClause.FindStringIndex(text[u.span.Start:u.span.End]); loc != nil && loc[0] < war &&
				!timePhrase.MatchString(text[u.span.Start+loc[1]:u.span.End]) {
				war = loc[0]
			}
			found := casualty.Find(text[u.span.Start:u.span.End])
			if len(found) == 0 && u.verb != "" {
				// "… and eight fishermen in Monguno on Sunday": read with
				// the verb of the clause before, offsets kept to the clause.
				cl := text[u.span.Start:u.span.End]
				rest := strings.TrimPrefix(strings.TrimLeft(cl, " ,"), "and ")
				shift := len(cl) - len(rest) - len(u.verb) - 1
				found = casualty.Find(u.verb + " " + rest)
				for k := range found {
					found[k].Start = max(0, found[k].Start+shift)
					found[k].End = max(0, found[k].End+shift)
				}
			}
			// "One policeman and three terrorists were killed", then "one
			// policeman and three attackers were killed": the same dead,
			// told again by a list of the same figures and kinds.
			var killed []casualty.Mention
			for _, m := range found {
				if m.Start < war && m.Measure == casualty.Killed {
					killed = append(killed, m)
				}
			}
			retold := false
			for _, prev := range killedLists {
				retold = retold || sameList(prev, killed)
			}
			killedLists = append(killedLists, killed)
			for _, m := range found {
				if m.Start >= war || retold && m.Measure == casualty.Killed {
					continue
				}
				who, side := x.who(m.Who, &e, groups, sides)
				if a, ok := ownersOf(m.Who, text[u.span.Start:u.span.End], e.Actors); ok {
					who, side = a, sides.of(a)
				}
				if who == "" {
					continue
				}
				// "At least twenty civilians were killed … the bombing in
				// Idlib city killed at least nine children and three
				// teachers": a later sentence names who the dead were.
				if _, had := byKey[who]; !had && ui > 0 && m.Measure == casualty.Killed && (casualty.Subgroup(who) || civilianWords[lastField(strings.ToLower(who))] || civilianKinds[lastField(strings.ToLower(who))]) {
					if cnt := m.Count; anyoneKilled(e.Casualties, &cnt) {
						continue
					}
				}
				key := who
				idx, ok := byKey[key]
				if !ok {
					idx = len(e.Casualties)
					byKey[key] = idx
					e.Casualties = append(e.Casualties, event.Casualty{Who: who, Side: side, NonHostile: nonHostile})
				}
				c := &e.Casualties[idx]
				cnt := m.Count
				// "…killing a dozen troops." then "A dozen soldiers were
				// killed…": a group's figure in a later sentence tells it
				// again; figures within one sentence add up.
				if from, told := toldIn[toldKey{key, m.Measure}]; told && from != ui {
					// "Nearly a dozen soldiers", then "killing 11 troopers":
					// the exact figure is the one.
					switch {
					case m.Measure == casualty.Killed && roundThenExact(c.Killed, &cnt):
						c.Killed = &cnt
					case m.Measure == casualty.Wounded && roundThenExact(c.Wounded, &cnt):
						c.Wounded = &cnt
					}
					continue
				}
				toldIn[toldKey{key, m.Measure}] = ui
				switch m.Measure {
				case casualty.Killed:
					c.Killed = c.Killed.Add(&cnt)
				case casualty.Wounded:
					c.Wounded = c.Wounded.Add(&cnt)
				case casualty.Captured:
					c.Captured = c.Captured.Add(&cnt)
				}
				e.Provenance.Spans = append(e.Provenance.Spans, event.Mark{Kind: "number", Start: ro.at(u.span.Start + m.Start), End: ro.at(u.span.Start + m.End), Value: string(m.Measure)})
			}
		}
		var total *event.Count
		for _, c := range e.Casualties {
			total = total.Add(c.Killed)
		}
		e.Fatalities = total
	}
	sort.SliceStable(e.Provenance.Spans, func(i, j int) bool { return e.Provenance.Spans[i].Start < e.Provenance.Spans[j].Start })
	x.allySides(&e, sides)
	// A war's toll says nothing of what happened this once.
	told := body
	for ui, u := range us {
		if sent := text[u.span.Start:u.span.End]; ui > 0 && longRun.MatchString(sent) {
			told = strings.Replace(told, sent, "", 1)
		}
	}
	e.Type, e.SubType = classify(told)
	switch {
	case e.Type == event.Strategic && e.SubType == "Other":
		e.Type, e.SubType = byVictims(e.Casualties, e.Type, e.SubType)
	case e.Type == event.Battles && e.SubType == "Armed clash" && len(e.Casualties) == 0 && !twoSided.MatchString(strings.ToLower(told)) && civilianTarget.MatchString(strings.ToLower(told)):
		// "A terrorist group attacked the village … and burnt down most
		// of the houses": an attack on a village with no fight told,
		// whether or not anyone was hurt.
		e.Type, e.SubType = event.ViolenceCivilians, "Attack"
	case e.Type == event.Battles && e.SubType == "Armed clash" && !twoSided.MatchString(strings.ToLower(told)):
		// "Fifteen people were killed when Boko Haram attacked a
		// village": an attack in which only civilians fell, with no word
		// of a fight, is violence against civilians.
		if typ, sub := byVictims(e.Casualties, e.Type, e.SubType); typ == event.ViolenceCivilians {
			e.Type, e.SubType = typ, sub
		}
	}
	if lt := strings.ToLower(told); e.Type == event.ViolenceCivilians && e.SubType == "Attack" && (armedAndCivilians.MatchString(lt) && twoSided.MatchString(lt) || armedAmong.MatchString(lt)) {
		// "attacked a security post in the village, killing officers
		// and civilians", "12 persons, including seven policemen, were
		// killed": a fight with armed men, civilians among the dead.
		e.Type, e.SubType = event.Battles, "Armed clash"
	}
	if lt := strings.ToLower(told); e.Type == event.ViolenceCivilians && e.SubType == "Attack" && fightBetween.MatchString(lt) && !strings.Contains(lt, "massacre") {
		// "a small skirmish broke out between the jihadists and the army.
		// Two civilians were killed": civilians fell in a fight told
		// between armed men, which ACLED codes a battle.
		e.Type, e.SubType = event.Battles, "Armed clash"
	}
	e.Summary = summary(text[head.Start:head.End], text, dm, head.Start)
	return e
}

// unnamedVictims are who a toll counts when it names no group: "killing
// 148 people", "the attack left 17 dead".
var unnamedVictims = map[string]bool{"people": true, "persons": true, "person": true, "victims": true}

// civiliansOfAPeople names civilians counted with their people ("45
// Kosovo Albanian civilians", "Afghan civilians") as civilians, in an
// article: whose people they are makes them no party, and the record
// counts them with the other civilians. One civilian ("and a civilian",
// "an English civilian") is counted with them too: the noun's number is
// the sentence's, not another group. News keeps the words.
func civiliansOfAPeople(e *event.Event) {
	if slices.ContainsFunc(e.Casualties, func(c event.Casualty) bool { return c.Who == "civilians" }) {
		return
	}
	for i, c := range e.Casualties {
		if (strings.HasSuffix(c.Who, " civilians") || c.Who == "civilian" || strings.HasSuffix(c.Who, " civilian")) && c.Side == 0 {
			e.Casualties[i].Who = "civilians"
			return
		}
	}
}

// policeNouns are police counted with no nationality: "two police
// officers", "a policeman".
var policeNouns = map[string]bool{"police": true, "policemen": true, "policeman": true, "police officers": true,
	"police officer": true, "policewomen": true, "policewoman": true, "police personnel": true}

// policeOfTheCountry names police counted with no nationality in an
// article ("two police officers were shot dead") as the country the
// article is set in: a country's police are its own, and the record counts
// a force's dead under its state, as it does "Malian soldiers". Soldiers
// with no nationality may be either side's or a foreign force's, and keep
// their noun. News keeps the words. Police whose sentence names another
// country or people, or a peacekeeping force, keep their noun too: a UN
// mission's police or police "from" another country are not the country's.
func policeOfTheCountry(e *event.Event, country event.Place, text string, ro runeIndex) {
	if country.CountryNm == "" {
		return
	}
	for i := range e.Casualties {
		c := &e.Casualties[i]
		if policeNouns[c.Who] && !foreignPolice(e.Provenance.Text+"\n"+sentenceAround(text, ro, c.Span), country.CountryNm) {
			c.Who = country.CountryNm
		}
	}
}

// foreignPolice says whether the sentence s names police not of the
// country: a UN, peacekeeping or international force, police "from" a
// named country other than the article's, or a people's adjective
// before "police" that is not the country's own.
func foreignPolice(s, country string) bool {
	if foreignForce.MatchString(s) {
		return true
	}
	for _, m := range peoplePolice.FindAllStringSubmatch(s, -1) {
		if !sharesStem(m[1], country) {
			return true
		}
	}
	for _, m := range fromPlace.FindAllStringSubmatch(s, -1) {
		if c := countryNamed(m[1]); c != "" && !strings.EqualFold(c, country) &&
			!strings.Contains(strings.ToLower(country), strings.ToLower(c)) && !sharesStem(c, country) {
			return true
		}
	}
	return false
}

// countryNamed is the country whose name the words begin ("Togo",
// "South Sudan", "the Netherlands"), or "": after "from" a town or a
// region of the article's own country ("the road from Mopti") names no
// foreign force.
func countryNamed(words string) string {
	f := strings.Fields(words)
	if len(f) > 0 && f[0] == "the" {
		f = f[1:]
	}
	names := countryNames()
	for n := len(f); n > 0; n-- {
		if c := names[strings.ToLower(strings.Join(f[:n], " "))]; c != "" {
			return c
		}
	}
	return ""
}

// countryNames is the codebook's country names by their lower-case
// form, with a republic's short name ("Congo") as well.
var countryNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, c := range codebook.Countries() {
		m[strings.ToLower(c.Name)] = c.Name
		if _, short, ok := strings.Cut(c.Name, "Republic of "); ok {
			m[strings.ToLower(short)] = c.Name
		}
	}
	return m
})

// sharesStem says whether a name or adjective is the country's own
// ("Malian", "Mali"): they share their first four letters (all of a
// shorter name).
func sharesStem(word, country string) bool {
	n := min(4, len(country))
	return len(word) >= n && strings.EqualFold(word[:n], country[:n])
}

var (
	foreignForce = relit.MustCompile(`\bU\.?N\.?(?:\s|$)|\bUnited Nations\b|(?i)\bpeacekeep|\b(?:foreign|international)\s+(?:police|forces?|mission|peacekeepers)\b`)
	peoplePolice = relit.MustCompile(`\b([A-Z][a-z]+(?:ese|ian|an|i|ish|ch|ic))\s+(?:police|policem[ae]n|policewom[ae]n)\b`)
	fromPlace    = relit.MustCompile(`\bfrom\s+((?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})`)
)

// sentenceAround is the sentence of text around the span's start, or ""
// with no span: the span's line split into sentences, so that a dotted
// abbreviation ("U.N.") does not end one.
func sentenceAround(text string, ro runeIndex, sp *event.Span) string {
	if sp == nil {
		return ""
	}
	at := ro.byteAt(sp.Start)
	if at < 0 {
		return ""
	}
	start := strings.LastIndexByte(text[:at], '\n') + 1
	end := len(text)
	if i := strings.IndexByte(text[at:], '\n'); i >= 0 {
		end = at + i
	}
	line := text[start:end]
	for _, s := range sentence.Split(line) {
		if s.Start <= at-start && at-start < s.End {
			return line[s.Start:s.End]
		}
	}
	return line
}

// civiliansNamed counts as civilians the people a toll of violence against
// civilians does not name ("gunmen stormed the college, killing 148
// people"): the type already says whom the violence hit, unarmed people,
// as ACLED counts them. A toll that names civilians as well keeps its
// groups as told. Articles only: news stories are scored on their own
// probes, not read here.
func civiliansNamed(e *event.Event) {
	if slices.ContainsFunc(e.Casualties, func(c event.Casualty) bool { return c.Who == "civilians" }) {
		return
	}
	for i := range e.Casualties {
		if unnamedVictims[e.Casualties[i].Who] {
			e.Casualties[i].Who = "civilians"
			return
		}
	}
}

// armedAmong names armed men among the dead counted: "12 persons,
// including seven policemen, … were killed".
var armedAmong = relit.MustCompile(`\bincluding\s+(?:\w+\s+){0,2}(?:policemen|police officers|soldiers|troops|gendarmes|security personnel)\b`)

// founded is a group's founding: "was formed", "were created",
// "coalesced into", "formed in 2015 as an affiliate of". foundedThing is
// what else is set up that way.
var (
	founded      = relit.MustCompile(`(?i)\b(?:was|were)\s+(?:officially\s+|formally\s+|jointly\s+)?(?:formed|founded|created|established)\b|\bcoalesced\s+into\b|\bmerged\s+(?:into|to\s+form)\b|\b(?:formed|emerged)\s+in\s+(?:[\w,]+\s+){1,3}?as\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:affiliate|offshoot|splinter|branch|faction|wing|coalition|alliance|successor)\b`)
	foundedThing = relit.MustCompile(`(?i)\b(?:base|camp|outpost|post|headquarters|checkpoint|ceasefire|cease-fire|truce|corridor|zone)\b`)
)

// fightBetween tells a fight between armed men, not only an attack: "a
// skirmish", "an exchange of fire", "clashes broke out between".
var fightBetween = relit.MustCompile(`\b(?:skirmish(?:es)?|firefights?|gunfights?|gun ?battles?|exchanges? of (?:gun)?fire)\b|\b(?:clash(?:es|ed)?|fighting|fought)\s+(?:broke out\s+|erupted\s+)?between\b`)

// armedAndCivilians counts armed men beside civilians among those hit:
// "killing officers and civilians", "soldiers and civilians were killed".
var armedAndCivilians = relit.MustCompile(`\b(?:soldiers|troops|officers|policemen|police officers|gendarmes|guards)\s+and\s+(?:\w+\s+)?civilians\b`)

var (
	awayFrom = relit.MustCompile(`(?i)\b(?:away from|far from|instead of|rather than)\s+(?:the\s+)?$`)
	// A bearing from a known place ("200 km north of Niamey", "north-east
	// of the capital") says where something happened only roughly.
	// "280 km north of the Iraqi capital of Baghdad", "160 kilometers
	// (100 miles) southeast of the northern city of Timbuktu": a distance
	// from a city named after its kind ("southwest of the town of
	// Ansongo", with no distance, is near it); "about 43 miles (73
	// kilometers) from the city of Cali" too.
	refCity = relit.MustCompile(`(?i)(?:\d|\b(?:hundreds|dozens|tens|thousands)\s+of)\s*(?:km|kilomet(?:er|re)s?|miles?)\s*(?:\([^)]{0,24}\)\s*)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of|from)\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:capital|city|town)(?:\s+of|,)?\s+$`)
	// Where the wounded were taken, where people fled or fell back to
	// ("fled towards Gao", "withdrew to") and where reinforcements came
	// from are not where the incident was.
	movedTo  = relit.MustCompile(`(?i)\b(?:(?:taken|rushed|evacuated|transferred|airlifted|flown)\s+(?:\w+\s+){0,2}?to|(?:fled|flee|fleeing|retreated|retreating|withdrew|withdrawing)\s+(?:to|towards?)|reinforcements?\s+(?:\w+\s+){0,2}?from)\s+(?:the\s+)?$`)
	refPoint = relit.MustCompile(`(?i)\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s+(?:the\s+)?$`)
	// A news dateline says where the story was filed, not where its
	// events happened: "NIAMEY, Niger (AP) — ", "BENI, Democratic
	// Republic of Congo (Reuters) - ", "BEIRUT Nov 5 " (a town in capitals
	// before the day, with no dash; "GAO, Mali, May 2, 2019 — " with its
	// country and year), "Maputo — " (a town in title case
	// takes a dash no hyphen can be), "Kabul, Feb 17 (IANS) " (a town in
	// title case, the day and an agency's credit).
	dateline = relit.MustCompile(`^\s*(?:` +
		capsTown + `(?:,\s*[A-Z][\w.]*(?:\s+(?:[A-Z][\w.]*|of|and|the))*)?,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?(?:\s*\([^)]{1,30}\))?(?:\s*(?:—|–|--|-))?|` +
		capsTown + `(?:,\s*[A-Z][\w.]*(?:\s+(?:[A-Z][\w.]*|of|and|the))*)?\s*` + credit + `\s*(?:—|–|--|-)|` +
		`[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s*` + credit + `\s*(?:—|–)|` +
		// "Beirut - A war monitor says …": a hyphen with a space on
		// either side, which no hyphenated word has.
		`[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+-|` +
		// "PATNA: Twenty-two …": a town in capitals and a colon; "Sanaa:
		// At least nine …", one in title case.
		capsTown + `:|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:|` +
		// "(AP) Armed separatists …": the credit alone.
		`\([A-Z][A-Za-z.]{1,12}\)\s*(?:—|–|--|-)?|` +
		// "Kabul, Feb 17 (IANS)": a town in title case, the day, the credit.
		// "Manila [Philippines], November 4 (ANI/Xinhua):": the country in brackets.
		// "Raipur/Bijapur, Jan 6 (PTI)": two towns filed from; "Cotonou,
		// June 5 (AFP) Jun 05, 2025": the day stamped again in full.
		`[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:/[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?:\s*\[[^\]]{1,30}\])?,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*\([^)]{1,30}\)` +
		`(?:\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})?\s*(?:—|–|--|-|:)?` +
		`)\s`)
	// "a Saudi-led coalition": a party, not a place.
	ledBy = relit.MustCompile(`^[-‐–](?:led|backed|based|allied|aligned|sponsored|funded|supported|trained)\b`)
	// "Algeria's Mokhtar Belmokhtar": what a place owns, and a name after
	// its possessive is someone's or something's, not where.
	ownerWord = relit.MustCompile(`^(?:'s|’s)?\s+(?:administration|government|president|presidency)\b`)
	// A name after a place's possessive ("Algeria's Mokhtar Belmokhtar")
	// is someone's, unless it is a place too ("Yemen's Red Sea coast").
	possessiveName = relit.MustCompile(`^(?:'s|’s)\s+\p{Lu}\p{Ll}+\s+\p{Lu}`)
	// A border names the country across it, where the incident was not.
	borderBefore = relit.MustCompile(`(?i)\b(?:(?:borders?|frontier)\s+(?:(?:area|region|zone|areas|regions)\s+)?(?:with|of)|bordering)\s+(?:the\s+)?$`)
	borderAfter  = relit.MustCompile(`^(?:\s*[-–/]\s*\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)?\s+borders?\b`)
	// "in Dioura, Mali", "In Inates, Niger": a town named after a locative,
	// then its country or province, which is where it is, not a party; the
	// town is a village the gazetteer may lack.
	townComma = relit.MustCompile(`\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|of)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}),\s+$`)
	locative  = relit.MustCompile(`(?i)\b(?:in|near|at|outside|inside|to|from|into|across|around|of|toward|towards|within|between)\s+(?:the\s+(?:village|town|city|region|province|district)\s+of\s+|the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|neighbou?ring\s+)?$`)
)

// The parts of a dateline: a town in capitals, an agency's credit.
const (
	capsTown = `[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*`
	credit   = `(?:\([^)]{1,30}\))?`
)

// facilityRe matches named sites: "Air Base 201", "Camp Lemonnier",
// "Bagram Airfield".
var facilityRe = relit.MustCompile(`\b(?:(?:Air|Naval|Army|Military|Drone|Forward Operating)\s+)?(?:Base|Airbase|Airfield|Air Station|Camp|Barracks)\s+(?:\d+|[A-Z][\w'-]+)|\b[A-Z][\w'-]+\s+(?:Air Base|Airbase|Airfield|Barracks)(?:\s+\d+)?\b`)

var siteIn = relit.MustCompile(`^[\s,]*(?:\([^)]*\)\s*)?(?:in|at|near|outside)\s+(?:the\s+(?:city|town|village|region|province)\s+of\s+)?$`)

// facilities learns where the document's named sites are: "Niger Air Base
// 201 in the city of Agadez" puts every later (or earlier) "Air Base 201"
// in Agadez.
func (x *Extractor) facilities(text string, units []unit) map[string]event.Place {
	sites := map[string]event.Place{}
	for _, u := range units {
		sent := text[u.span.Start:u.span.End]
		locs := facilityRe.FindAllStringIndex(sent, -1)
		if len(locs) == 0 {
			continue
		}
		for _, l := range locs {
			name := sent[l[0]:l[1]]
			if _, known := sites[name]; known {
				continue
			}
			for _, pm := range u.places {
				if pm.Start >= l[1] && pm.Start-l[1] < 64 && siteIn.MatchString(sent[l[1]:pm.Start]) && pm.Place.Precision.Rank() != 0 && pm.Place.Precision.Rank() < event.GeoRegion.Rank() {
					sites[name] = pm.Place
					break
				}
			}
		}
	}
	return sites
}

// siteOf finds a site by its name or by a longer or shorter form of it
// ("Air Base 201" and "Niger Air Base 201").
func siteOf(sites map[string]event.Place, name string) (event.Place, bool) {
	if p, ok := sites[name]; ok {
		return p, true
	}
	keys := make([]string, 0, len(sites))
	for k := range sites {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if strings.HasSuffix(k, " "+name) || strings.HasSuffix(name, " "+k) {
			return sites[k], true
		}
	}
	return event.Place{}, false
}

// isStateActor reports a name the alias table knows as a state's forces.
func (x *Extractor) isStateActor(name string) bool {
	e, ok := x.Actors.Lookup(name)
	return ok && e.Kind == actor.State
}

// isState reports a party that is a state: an actor of that kind, or a
// country's name ("Colombia" for "six Colombian soldiers").
func (x *Extractor) isState(name string) bool {
	if x.isStateActor(name) {
		return true
	}
	c, ok := x.Places.Country(name)
	return ok && strings.EqualFold(c.CountryNm, name)
}

// totalRe marks a sentence that sums up a whole campaign's losses ("300
// militants had died during the campaign"), or a roundup's ("42 persons
// killed in separate attacks across villages"), rather than telling one
// incident: reconciliation weighs it against the claim instead of adding
// it to the incidents it sums. "During the operation" or "the fighting"
// is most often one raid.
var totalRe = relit.MustCompile(`(?i)\b(?:during|throughout|over the course of|in the course of|over) the (?:whole |entire )?(?:campaign|war|conflict|insurgency|intervention|deployment)\b|\bin total\b|\baltogether\b|\ba total of\b|\bsince the (?:start|beginning) of\b|\bin (?:separate|a series of|several|(?:two|three|four|five|multiple) separate) (?:attacks|raids|incidents|clashes|bombings)\b`)

// runningTotal is a toll in the present perfect: counted up to now over a
// stretch, not one incident.
var runningTotal = relit.MustCompile(`(?i)\b(?:have|has)\s+(?:\w+\s+){0,2}(?:been\s+)?(?:killed|kidnapped|abducted|displaced|wounded|died|lost their lives)\b`)

// otherTimeClause opens a clause on an incident at another time.
var otherTimeClause = relit.MustCompile(`(?i)\b(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)\b`)

// timePhrase ends a relative time at a comma, with no verb: "a day
// before the massacre,", "two weeks after the first raid,".
var timePhrase = relit.MustCompile(`^\s+the\s+(?:[a-z-]+\s+){0,2}[a-z-]+,`)

// longRun is a toll of a whole war: "the intervention claimed the lives
// of", "the conflict has killed", "bombings that have killed more than
// 600 people … since May 29".
var longRun = relit.MustCompile(`(?i)\b(?:the|this|its|their)\s+(?:[a-z-]+\s+)?(?:war|conflict|insurgency|intervention|campaign|crisis|violence|occupation|rebellion|uprising)\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?(?:killed|claimed|left|cost)\b|\b(?:have|has)\s+(?:killed|claimed|left|cost)\b[^.;]*\bsince\b`)

var nonHostileRe = relit.MustCompile(`(?i)\b(?:accident|non-combat|non combat|non-hostile|non hostile|crash|illness|disease|friendly fire|drown)`)

// who maps the group a casualty figure names to a party and its side: an
// alias ("ISGS militants"), a demonym ("Nigerien", "Malian soldiers"), a
// word for a state's forces ("soldiers") to the state party of the event,
// and a word for fighters ("militants") to the armed group the event names,
// or else to the armed side of the conflict.
func (x *Extractor) who(w string, ev *event.Event, groups []actor.Mention, sides sideIndex) (string, event.Side) {
	w = strings.TrimSpace(w)
	if w == "" {
		// "The attack left 17 dead": the victims are not named, but the
		// toll is the event's.
		return "people", 0
	}
	low := strings.ToLower(w)
	if name, ok := x.canonical(w); ok {
		return name, sides.of(name)
	}
	head := lastField(low)
	if e, ok := x.Actors.Lookup(head); ok && e.Kind == actor.Generic && e.Canonical == "militants" {
		if len(groups) > 0 {
			g := groups[len(groups)-1].Entry.Canonical
			return g, sides.of(g)
		}
		if p, ok := sides.only(sides.armed); ok {
			return p, sides.armed
		}
		return low, sides.armed
	}
	// "8 Maoists": the members of the party named for them, "Communist
	// Party of India (Maoist)".
	if p, ok := sides.namedFor(w); ok {
		return p, sides.of(p)
	}
	// "Sgt. Nevada Krinkee": a name keeps its capitals.
	if isName(w) {
		return w, 0
	}
	if head == "peacekeepers" || head == "peacekeeper" {
		// Peacekeepers serve a mission, not the one state the event
		// names (the host's army, fighting beside them): they keep their
		// noun, on the side of a mission the event names if it has one.
		for _, a := range ev.Actors {
			if e, ok := x.Actors.Lookup(a.Canonical); ok && e.Kind == actor.Org && sides.of(a.Canonical) != 0 {
				return low, sides.of(a.Canonical)
			}
		}
		return low, 0
	}
	if forceWords[head] {
		var states []string
		for _, a := range ev.Actors {
			e, known := x.Actors.Lookup(a.Canonical)
			if known && e.Kind == actor.State || (!known || e.Kind != actor.Group) && sides.of(a.Canonical) == sides.state && sides.state != 0 {
				if sides.of(a.Canonical) != sides.armed || sides.armed == 0 {
					states = append(states, a.Canonical)
				}
			}
		}
		if len(states) == 1 {
			return states[0], sides.of(states[0])
		}
		if p, ok := sides.onlyForce(sides.state); ok && len(states) == 0 {
			return p, sides.state
		}
		if len(states) == 0 && sides.state != 0 && sides.armed != 0 {
			// The state side has several forces (an army and its foreign
			// allies) and the event names none: the soldiers are that
			// side's, whose they are among its forces is not said.
			return low, sides.state
		}
	}
	return low, 0
}

// isName reports words that are all capitalized: a person's name or title.
func isName(w string) bool {
	f := strings.Fields(w)
	for _, x := range f {
		if r, _ := utf8.DecodeRuneInString(x); !unicode.IsUpper(r) {
			return false
		}
	}
	return len(f) > 1
}

var forceWords = map[string]bool{
	"soldiers": true, "soldier": true, "troops": true, "personnel": true, "servicemembers": true, "servicemember": true,
	"servicemen": true, "policemen": true, "police": true, "gendarmes": true, "officers": true, "guards": true,
	"marines": true, "commandos": true, "peacekeepers": true, "army": true,
}

// canonical names a party: through the alias table, or as the country of
// "<Country|Demonym> <force word>" ("Chadian Armed Forces", "Malian
// soldiers", "Nigerien").
func (x *Extractor) canonical(name string) (string, bool) {
	if ms := x.Actors.Find(name); len(ms) > 0 && ms[0].Entry.Kind != actor.Generic {
		return ms[0].Entry.Canonical, true
	}
	// "members of Niger's Defence and Security Forces" are the forces'.
	if _, after, ok := strings.Cut(name, " of "); ok {
		return x.canonical(after)
	}
	f := strings.Fields(name)
	for n := min(3, len(f)); n >= 1; n-- {
		c := strings.TrimSuffix(strings.TrimSuffix(strings.Join(f[:n], " "), "'s"), "’s")
		if p, ok := x.Places.Country(c); ok && p.CountryNm != "" {
			rest := strings.ToLower(strings.Join(f[n:], " "))
			if rest == "" || forceWords[lastField(rest)] || strings.Contains(rest, "forces") || strings.Contains(rest, "military") || strings.Contains(rest, "government") {
				return p.CountryNm, true
			}
		}
	}
	return "", false
}

// Canonical names a party as the extractor does, or returns it as written.
func (x *Extractor) Canonical(name string) string {
	if c, ok := x.canonical(name); ok {
		return c
	}
	return strings.TrimSpace(name)
}

// allySides puts the states of an event that fought the armed side, and
// that the infobox does not list, on the side of the states: "a joint
// American and Nigerien force … ambushed by ISGS" puts Niger beside the
// United States.
func (x *Extractor) allySides(e *event.Event, sides sideIndex) {
	if sides.armed == 0 || sides.state == 0 {
		return
	}
	armed := false
	for _, a := range e.Actors {
		armed = armed || a.Side == sides.armed
	}
	for _, c := range e.Casualties {
		armed = armed || c.Side == sides.armed
	}
	if !armed {
		return
	}
	isState := func(name string) bool {
		if en, ok := x.Actors.Lookup(name); ok {
			return en.Kind == actor.State
		}
		_, ok := x.Places.Country(name)
		return ok
	}
	for i := range e.Actors {
		if e.Actors[i].Side == 0 && isState(e.Actors[i].Canonical) {
			e.Actors[i].Side = sides.state
		}
	}
	for i := range e.Casualties {
		if e.Casualties[i].Side == 0 && isState(e.Casualties[i].Who) {
			e.Casualties[i].Side = sides.state
		}
	}
}

// sideIndex knows which side each party of the infobox is on, which side
// is the states' and which the armed groups'.
type sideIndex struct {
	byName       map[string]event.Side
	parties      map[event.Side][]string
	forces       map[event.Side][]string // parties that are not armed groups: states, their forces, coalitions
	state, armed event.Side
}

func (s sideIndex) of(name string) event.Side { return s.byName[name] }

// ownersOf reads "its own soldiers", "their own fighters" as the men of
// the actor the sentence opens with, its subject: "The US claimed to have
// killed 21 Taliban fighters for nine of its own soldiers killed". Where
// no actor opens the sentence, whose they are is not guessed.
func ownersOf(who, sent string, actors []event.Actor) (string, bool) {
	low := strings.ToLower(who)
	if !strings.HasPrefix(low, "its own ") && !strings.HasPrefix(low, "their own ") {
		return "", false
	}
	best, at := "", len(sent)
	for _, a := range actors {
		if i := strings.Index(sent, a.Name); i >= 0 && i < at {
			best, at = a.Canonical, i
		}
	}
	// The subject: within the sentence's first words ("The US", "Rebel
	// forces").
	if best == "" || at > 24 {
		return "", false
	}
	return best, true
}

// namedFor is the one party whose name holds the word a plural proper
// noun is made of: "Maoists" of "Communist Party of India (Maoist)".
func (s sideIndex) namedFor(w string) (string, bool) {
	if strings.ContainsRune(w, ' ') || !strings.HasSuffix(w, "s") || len(w) < 5 {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return "", false
	}
	stem := strings.TrimSuffix(w, "s")
	found := ""
	for _, ps := range s.parties {
		for _, p := range ps {
			if slices.Contains(strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }), stem) {
				if found != "" && found != p {
					return "", false
				}
				found = p
			}
		}
	}
	return found, found != ""
}

func (s sideIndex) only(side event.Side) (string, bool) {
	if side == 0 || len(s.parties[side]) != 1 {
		return "", false
	}
	return s.parties[side][0], true
}

// onlyForce is the side's one party that is not an armed group: whose
// "soldiers" they are when a militia fights beside the army.
func (s sideIndex) onlyForce(side event.Side) (string, bool) {
	if side == 0 || len(s.forces[side]) != 1 {
		return "", false
	}
	return s.forces[side][0], true
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// groupName is a party the actor table lacks whose name says it is an
// armed group, not a state or its forces: "Communist Party of India
// (Maoist)", "National Liberation Front of Norland".
var groupName = relit.MustCompile(`\b(?:Party|Front|Movement|Liberation|Brigades?|Militias?|Rebels|Insurgents|Guerrillas|Mujahideen|Maoist|Jihad)\b`)

// sides indexes the infobox's parties by canonical name.
func (x *Extractor) sides(rec conflict.Record) sideIndex {
	idx := sideIndex{byName: map[string]event.Side{}, parties: map[event.Side][]string{}, forces: map[event.Side][]string{}}
	states := map[event.Side]int{}
	groups := map[event.Side]int{}
	for _, s := range rec.Sides {
		side := event.Side(s.Number)
		for _, p := range s.Parties {
			name, ok := x.canonical(p)
			if !ok {
				name = p
			}
			idx.byName[name] = side
			idx.byName[p] = side
			idx.parties[side] = append(idx.parties[side], name)
			if e, ok := x.Actors.Lookup(name); ok && e.Kind == actor.Group || !ok && groupName.MatchString(name) {
				groups[side]++
			} else {
				states[side]++
				idx.forces[side] = append(idx.forces[side], name)
			}
		}
	}
	for _, s := range rec.Sides {
		side := event.Side(s.Number)
		if groups[side] > states[side] && idx.armed == 0 {
			idx.armed = side
		} else if states[side] >= groups[side] && states[side] > 0 && idx.state == 0 {
			idx.state = side
		}
	}
	return idx
}

func capitalizedWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == ';' || r == '(' || r == ')' }) {
		r, _ := utf8.DecodeRuneInString(f)
		if r >= 'A' && r <= 'Z' {
			out = append(out, f)
		}
	}
	return out
}

func finer(a, b PlaceMention) bool {
	ra, rb := divisionRank(a, b), divisionRank(b, a)
	if ra != rb {
		return ra != 0 && (rb == 0 || ra < rb)
	}
	return false
}

// mentionRank orders a mention's precision, finest first, 0 unknown: a
// village the gazetteer lacks ("the village of Solhan", read as Burkina
// Faso) is finer than any district or province that holds it, though
// coarser than a place the gazetteer knows.
func mentionRank(pm PlaceMention) int {
	return rankOf(pm.Place, pm.Locality)
}

// divisionRank is mentionRank of d against the locality l: a town the
// text names as a district ranks as the district, so a village of the same
// country named in it is finer ("the Gugur community in Katsina-Ala Local
// Government Area"). A known town elsewhere ("Cali", a village's name cut
// short and read as Colombia's city) still ranks as a town.
func divisionRank(d, l PlaceMention) int {
	if (d.Division || holdsLocality(d, l)) && l.Locality && d.Place.Country == l.Place.Country {
		return 2 * max(d.Place.Precision.Rank(), event.GeoAdmin2.Rank())
	}
	return mentionRank(d)
}

// holdsLocality reports a known town that the geoparser placed the
// unfound village l in: l sits at d's own point ("Tandu village in Gusau",
// the village read at Gusau). The village is where it happened; the town
// only says where the village lies. A known town elsewhere is no holder,
// and a city's district or neighbourhood ("the district of X in the city
// of Y") stays the city's, as the datasets code it.
func holdsLocality(d, l PlaceMention) bool {
	return l.Unfound && l.Village && d.Place.GeonameID != 0 && !d.Unfound && d.Place.Precision == event.GeoPoint &&
		d.Place.Lat != nil && l.Place.Lat != nil && d.Place.Lon != nil && l.Place.Lon != nil &&
		*d.Place.Lat == *l.Place.Lat && *d.Place.Lon == *l.Place.Lon
}

// divisionNamed reports a town's name that its words call a district
// around it: the name ends with a division word ("Makurdi Local
// Government Area") or one follows it ("Katsina-Ala LGA", "Khogyani
// district"). The gazetteer has the town; the text means its district.
func divisionNamed(name, after string) bool {
	return divisionEnd.MatchString(name) || divisionNext.MatchString(after)
}

var (
	divisionEnd  = relit.MustCompile(`\s(?:Local Government(?: Area)?|LGA|District|County|Municipality|Province|Township|Tehsil|Sub-?[Cc]ounty)$`)
	divisionNext = relit.MustCompile(`^\s+(?:Local Government(?: Area)?|LGA|[Dd]istrict|[Cc]ounty|[Mm]unicipality|[Pp]rovince|[Tt]ownship|[Tt]ehsil|[Ss]ub-?[Cc]ounty|[Ww]oreda)\b`)
)

// placeRank is mentionRank for an event's place: localities are the names
// of the document read as localities.
func placeRank(p event.Place, localities map[string]bool) int {
	return rankOf(p, p.GeonameID == 0 && localities[p.Name])
}

func rankOf(p event.Place, locality bool) int {
	r := p.Precision.Rank()
	if r == 0 {
		return 0
	}
	if !locality {
		return 2 * r
	}
	return 2*min(r, event.GeoAdmin2.Rank()) - 1
}

// appositiveLocality is an apposition that makes the name before it a
// locality: ", a village in", ", a small town near", ", about 160
// kilometers (100 miles) southeast of".
const appositiveLocality = `,\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:village|town|hamlet|settlement|locality)\b|,\s+(?:about|some|around|roughly|nearly|almost|approximately)?\s*\d+\s*(?:km|kilometers|kilometres|miles)\s+(?:\(\d+\s+(?:miles|km|kilometers|kilometres)\)\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of|from)\b`

// localityBefore and localityAfter call a name a village, town or
// district: "the village of Solhan", "in Munduri village", "the Farsh
// area", "Ghani Khail district"; so does a name that ends with the word.
var (
	localityBefore = relit.MustCompile(`(?i)\b(?:village|town|hamlet|community|locality|settlement|commune|district|area|neighbou?rhood|suburb|township)\s+of\s+(?:the\s+)?$`)
	localityAfter  = relit.MustCompile(`^(?:(?:-[A-Za-z]+)*\s+(?:[Vv]illage|[Tt]own|[Hh]amlet|[Cc]ommunity|[Ll]ocality|[Ss]ettlement|[Dd]istrict|[Aa]rea|[Ss]ub-?division|[Nn]eighbou?rhood|[Ss]uburb|[Tt]ownship|[Aa]dministrative [Pp]ost)\b|` + appositiveLocality + `)`)
	areaAfter      = relit.MustCompile(`^\s+(?:[Aa]rea|[Dd]istrict|[Cc]ounty|[Ll]ocality|[Cc]ommune)\b`)
	hyphenTail     = relit.MustCompile(`^(?:-[A-Za-z]+)+`)
	// localityWord ends a name that says it is a locality: "Pale
	// Township", "Kalay District".
	localityWord = relit.MustCompile(`\s(?:Township|Village|Town|District|Sub-?district|Tehsil|Commune|Municipality)$`)
)

// localityName returns the name of an unfound toponym that its sentence
// calls a village, town or district, with the parts of a hyphenated name
// the toponym left off ("the district of Dasht-e-Archi"). sent is where
// the sentence starts.
func localityName(text string, sent int, pm PlaceMention) (string, bool) {
	if !pm.Unfound || pm.Place.Precision.Rank() == 0 {
		return "", false
	}
	after := text[pm.End:min(len(text), pm.End+40)]
	before := tail(text[sent:pm.Start], 40)
	if !localityBefore.MatchString(before) && !localityAfter.MatchString(after) && !localityWord.MatchString(text[pm.Start:pm.End]) {
		return "", false
	}
	// "Gouz Al-Naqa village of Abu Gouta area": the name after a named
	// village's "of" is its area's, not the incident's locality.
	if loc := localityBefore.FindStringIndex(before); loc != nil && areaAfter.MatchString(after) {
		if b := strings.Fields(before[:loc[0]]); len(b) > 0 && unicode.IsUpper([]rune(b[len(b)-1])[0]) {
			return "", false
		}
	}
	return text[pm.Start:pm.End] + hyphenTail.FindString(after), true
}

// unseenName is a name of up to three capitalized words, before a kind
// word (nameBefore) or after "village of" (nameAfter): "in the town of
// Pont Sonde", "on Gouz Al-Naqa village", "in Akobo County".
var (
	nameBefore = relit.MustCompile(`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+$`)
	nameAfter  = relit.MustCompile(`^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})`)
	// Kind words after a name, and before "of" and a name.
	kindsAfter = []string{"village", "town", "Council Ward", "council ward", "Ward", "county", "County", "district", "District", "woreda", "Woreda", "kebele", "Kebele", "payam", "Payam", "administrative post", "Administrative Post", "sub-district", "subdistrict", "area of",
		"police station", "police checkpost", "police check-post", "police checkpoint", "police post"}
	kindsBefore = []string{"village of ", "town of ", "hamlet of ", "settlement of "}
	// A police station or checkpost is named for the place it stands in:
	// "the Fateh Khel police checkpost", "under Kutru police station".
	policeAfter  = relit.MustCompile(`^\s+police\s+(?:station|check-?post|checkpoint|post)\b`)
	divisionWord = relit.MustCompile(`^\s+(?:[Cc]ounty|[Dd]istrict|[Ww]oreda|[Pp]ayam|[Aa]dministrative [Pp]ost|[Ss]ub-?district|area of)\b`)
	// A village named in apposition: "in Mbandfung, a village in the Ndu
	// subdivision", "at Kolo, a small town near the border", "into
	// Gourma-Rharouss, about 160 kilometers (100 miles) southeast of …".
	villageAppositive = relit.MustCompile(appositiveLocality)
	// A people's or faith's word, not a name: "the Muslim district".
	peopleWord = relit.MustCompile(`(?:ish|ian|ese|ite|im|ic|i)$`)
	// Capitalized words that open a clause, not a name: "In Kadangari
	// village".
	nameOpeners = map[string]bool{"In": true, "At": true, "On": true, "Near": true, "From": true, "To": true, "The": true, "A": true,
		"An": true, "Of": true, "And": true, "Outside": true, "Inside": true, "Into": true, "Around": true, "Residents": true}
)

// eachIndex calls f with the start and end of every non-overlapping
// occurrence of sub in s, left to right.
func eachIndex(s, sub string, f func(at, end int)) {
	for i := 0; ; {
		j := strings.Index(s[i:], sub)
		if j < 0 {
			return
		}
		at := i + j
		i = at + len(sub)
		f(at, i)
	}
}

// unseenLocalities returns the villages and towns sent names that no
// place mention (ps, offsets within sent) covers, each within the finest
// province or region the sentence names, else the story's country
// (country): the incident's place known to its region. A name after an
// article ("a Kurdish village", "the Muslim town") is a people's, not a
// place's.
func unseenLocalities(sent string, ps []PlaceMention, country event.Place) []PlaceMention {
	var after, before []int // where kind words start, where names after "of" start
	for _, k := range kindsAfter {
		eachIndex(sent, k, func(at, end int) {
			// A bare capitalized "Ward" is a surname or a hospital's
			// as often: only "X Ward of" or "in" an area is a place.
			if k == "Ward" && !strings.HasPrefix(sent[end:], " of ") && !strings.HasPrefix(sent[end:], " in ") {
				return
			}
			if at > 1 && sent[at-1] == ' ' && (end == len(sent) || !isLetter(sent[end])) {
				after = append(after, at)
			}
		})
	}
	for _, k := range kindsBefore {
		eachIndex(sent, k, func(at, end int) {
			if at == 0 || !isLetter(sent[at-1]) {
				before = append(before, end)
			}
		})
	}
	var appos []int // where ", a village" starts, after a name
	if strings.Contains(sent, ", a") || strings.Contains(sent, " km ") || strings.Contains(sent, "kilomet") || strings.Contains(sent, " miles ") {
		for _, loc := range villageAppositive.FindAllStringIndex(sent, -1) {
			appos = append(appos, loc[0])
		}
	}
	// "in Dioura, Mali", "near Inates, Tillabéri": a name the gazetteer
	// lacks, its country or province after a comma.
	var held []int // indexes of ps holding such a name
	for k, pm := range ps {
		if !pm.Locality && pm.Place.Precision.Rank() >= event.GeoAdmin2.Rank() && !strings.HasPrefix(sent[pm.End:], "'s") &&
			!strings.HasPrefix(sent[pm.End:], "’s") && townComma.MatchString(tail(sent[:pm.Start], 64)) {
			held = append(held, k)
		}
	}
	if len(after) == 0 && len(before) == 0 && len(appos) == 0 && len(held) == 0 {
		return nil
	}
	c := country
	for _, pm := range ps {
		r := pm.Place.Precision.Rank()
		if !pm.Locality && r >= event.GeoAdmin2.Rank() && (c.Country == "" || pm.Place.Country == c.Country) && (c.Precision.Rank() == 0 || r < c.Precision.Rank()) {
			c = pm.Place
		}
	}
	var out []PlaceMention
	add := func(start, end int, c event.Place) {
		if c.Country == "" {
			return
		}
		for start < end {
			w, _, _ := strings.Cut(sent[start:end], " ")
			if !nameOpeners[w] {
				break
			}
			start += len(w) + 1
		}
		if start >= end {
			return
		}
		for _, o := range append(ps[:len(ps):len(ps)], out...) {
			if start < o.End && o.Start < end {
				return
			}
		}
		if b := strings.Fields(tail(sent[:start], 8)); len(b) > 0 {
			switch strings.ToLower(b[len(b)-1]) {
			case "a", "an":
				return
			case "the":
				// "the Majz district of Saada" is named so, "the Muslim
				// district" is not.
				if !divisionWord.MatchString(sent[end:]) && !policeAfter.MatchString(sent[end:]) || peopleWord.MatchString(sent[start:end]) {
					return
				}
			}
		}
		out = append(out, PlaceMention{Start: start, End: end, Place: localityPlace(c, sent[start:end]), Unfound: true, Locality: true,
			Village: villageNamed(sent, start, end)})
	}
	for _, k := range held {
		from := max(0, ps[k].Start-64)
		for from < ps[k].Start && !utf8.RuneStart(sent[from]) {
			from++
		}
		if m := townComma.FindStringSubmatchIndex(sent[from:ps[k].Start]); m != nil && !calendarWord(strings.ToLower(sent[from+m[2]:from+m[3]])) {
			add(from+m[2], from+m[3], ps[k].Place)
		}
	}
	slices.Sort(before)
	for _, at := range before {
		// "Gouz Al-Naqa village of Abu Gouta area": the village is named
		// before, the name after is the area's.
		kind := strings.LastIndexByte(sent[:at-len(" of ")], ' ')
		if b := strings.Fields(tail(sent[:max(kind, 0)], 16)); len(b) > 0 && unicode.IsUpper([]rune(b[len(b)-1])[0]) {
			continue
		}
		if m := nameAfter.FindStringSubmatchIndex(sent[at:]); m != nil {
			add(at+m[2], at+m[3], c)
		}
	}
	for _, at := range appos {
		from := max(0, at-80)
		for from < at && !utf8.RuneStart(sent[from]) {
			from++
		}
		if m := nameBefore.FindStringSubmatchIndex(sent[from:at] + " "); m != nil && (from+m[2] == 0 || !isLetter(sent[from+m[2]-1])) {
			add(from+m[2], from+m[3], c)
		}
	}
	slices.Sort(after)
	for _, at := range after {
		from := max(0, at-80)
		for from < at && !utf8.RuneStart(sent[from]) {
			from++
		}
		if m := nameBefore.FindStringSubmatchIndex(sent[from:at]); m != nil && (from+m[2] == 0 || !isLetter(sent[from+m[2]-1])) {
			add(from+m[2], from+m[3], c)
		}
	}
	return out
}

// villageBefore and villageAfter are the words that call the name
// between them a village of its own: "the village of Maru Dala", "Tandu
// village", "Mbandfung, a village in".
var (
	villageBefore = relit.MustCompile(`(?i)\b(?:village|hamlet|community|settlement)\s+of\s+(?:the\s+)?$`)
	villageAfter  = relit.MustCompile(`^(?:-[A-Za-z]+)*(?:\s+(?:[Vv]illage|[Hh]amlet|[Cc]ommunity|[Ss]ettlement)\b|,\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:village|hamlet|settlement)\b)`)
)

// villageNamed reports the name at sent[start:end] called a village.
func villageNamed(sent string, start, end int) bool {
	return villageBefore.MatchString(tail(sent[:start], 40)) || villageAfter.MatchString(sent[end:min(len(sent), end+40)])
}

// isLetter reports an ASCII letter or a byte of a longer character.
func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// localityPlace is a locality named name within the container place c:
// c's coordinates and divisions, the locality's name. A locality placed
// only in a country is known to a region of it, not to the country.
func localityPlace(c event.Place, name string) event.Place {
	p := c
	switch c.Precision {
	case event.GeoAdmin1:
		if p.Admin1 == "" {
			p.Admin1 = c.Name
		}
	case event.GeoAdmin2:
		if p.Admin2 == "" {
			p.Admin2 = c.Name
		}
	case event.GeoCountry:
		p.Precision = event.GeoRegion
	}
	p.Name, p.GeonameID = name, 0
	return p
}

// tail returns the last n bytes of s or a little more, never cutting a
// character: the context cues before a match are short, and an anchored
// pattern on the whole prefix would scan it all.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[i:]
}

// runeIndex converts byte offsets of one text to code-point offsets in
// constant time.
type runeIndex []int32

func newRuneIndex(s string) runeIndex {
	idx := make(runeIndex, len(s)+1)
	n := int32(0)
	// idx[i] counts the characters that start before byte i.
	for i := 0; i < len(s); i++ {
		idx[i] = n
		if utf8.RuneStart(s[i]) {
			n++
		}
	}
	idx[len(s)] = n
	return idx
}

func (r runeIndex) at(b int) int { return int(r[b]) }

// byteAt is at's inverse: the byte offset of the code point at n (spans
// count code points), or -1 at or past the text's end.
func (r runeIndex) byteAt(n int) int {
	if n < 0 || n >= int(r[len(r)-1]) {
		return -1
	}
	// The code point starts at the last byte before the count passes n.
	return sort.Search(len(r), func(i int) bool { return int(r[i]) > n }) - 1
}

// inheritPlaces gives an event without a place finer than a country the
// place of the event before it in the same paragraph when it refers back
// to something there ("the base began operations in 2019" after "the
// base … in the city of Agadez"). A word merely in common ("killing") is
// not enough: a sentence naming a town the gazetteer lacks would take its
// neighbour's town.
func inheritPlaces(es []event.Event) []event.Event {
	for i := 1; i < len(es); i++ {
		prev, cur := es[i-1], &es[i]
		if prev.Extra.Get("paragraph") != cur.Extra.Get("paragraph") {
			continue
		}
		if (cur.Place.Precision == "" || cur.Place.Precision.Rank() >= event.GeoCountry.Rank()) &&
			prev.Place.Precision.Rank() != 0 && prev.Place.Precision.Rank() < event.GeoRegion.Rank() &&
			(cur.Place.Country == "" || cur.Place.Country == prev.Place.Country) && refersBack(prev.Summary, cur.Summary) {
			cur.Place = prev.Place
		}
	}
	return es
}

// dropRetold removes from news a denial that tells nothing happened
// ("it had not carried out any strikes on Monday") and an event that
// tells again, with no toll of its own, the incident of the event before
// it on the same day: "They were brutally attacked at about 13.00 on
// Tuesday" after "Terrorists beheaded five people on Tuesday", or a
// bombing the same day as a bombing. A retelling that gives the toll the
// first telling lacked gives it to that one.
func dropRetold(es []event.Event) []event.Event {
	out := es[:0]
	for _, e := range es {

		if len(e.Casualties) == 0 && e.Type == event.Strategic && denial.MatchString(e.Provenance.Text) {
			continue // "the coalition said it had not carried out any strikes on Monday"
		}
		// The event told before on the same day, though background came
		// between ("In the latest deadly aerial attacks … on Tuesday"
		// after a paragraph on the 2021 coup).
		k := len(out) - 1
		for k > 0 && k >= len(out)-3 && out[k].Date.String() != e.Date.String() {
			k--
		}
		retold := k >= 0 && e.Date.String() == out[k].Date.String() &&
			(pronounStart.MatchString(e.Provenance.Text) || eventAnaphor.MatchString(e.Provenance.Text) || perpetrators.MatchString(e.Provenance.Text) ||
				e.Type != event.Strategic && e.Type == out[k].Type ||
				// the same toll the same day, told as a fight
				e.Type != event.Strategic && out[k].Type != event.Strategic && sameCount(e.Fatalities, out[k].Fatalities) && e.Fatalities != nil)
		if retold && (len(e.Casualties) == 0 || e.Fatalities != nil && out[k].Fatalities != nil && e.Fatalities.Best == out[k].Fatalities.Best) {
			finerFrom(&out[k], e)
			// "Separatists attacked a village, killing at least seven
			// people", then "… attacked a security post in the village,
			// killing officers and civilians": the retelling tells a
			// fight with armed men.
			if out[k].Type == event.ViolenceCivilians && e.Type == event.Battles && twoSided.MatchString(strings.ToLower(e.Provenance.Text)) {
				out[k].Type, out[k].SubType = e.Type, e.SubType
			}
			continue // told again, with no toll or the same one
		}
		// "Armed men killed 12 villagers overnight", then "The attackers
		// came on motorcycles late on Saturday … three other people were
		// wounded": a retelling that points back and counts no dead adds
		// its wounded and captured to the incident, whoever they are.
		anaphoric := pronounStart.MatchString(e.Provenance.Text) || eventAnaphor.MatchString(e.Provenance.Text) || perpetrators.MatchString(e.Provenance.Text)
		if retold && len(out[k].Casualties) > 0 && (sharesGroup(out[k], e) || anaphoric && e.Fatalities == nil) && !separately.MatchString(e.Provenance.Text) &&
			e.Place.Country == out[k].Place.Country && (inReach(out[k].Place, e.Place) || e.Place.Precision == event.GeoCountry) {
			// A retelling placed at the country alone names no place of
			// its own ("… were wounded in Monday's clash", the story's
			// country by default): the incident's place holds.
			// "at least 15 soldiers had been killed", then the ministry's
			// own words: "… a preliminary toll of 15 dead … 21
			// terrorists had been killed": the same toll told more fully.
			prev := &out[k]
			finerFrom(prev, e)
			mergeToll(prev, e)
			continue
		}
		if retold && len(out[k].Casualties) == 0 {
			prev := &out[k]
			finerFrom(prev, e)
			// The toll told with the retelling ("…detonated the device,
			// killing only himself," the police said) is the incident's.
			prev.Casualties, prev.Fatalities = e.Casualties, e.Fatalities
			for _, m := range e.Provenance.Spans {
				if m.Kind == "number" {
					prev.Provenance.Spans = append(prev.Provenance.Spans, m)
				}
			}
			continue
		}
		out = append(out, e)
	}
	return out
}

// separately marks another incident told beside one: "in a separate
// clash", "another attack", "also".
var separately = relit.MustCompile(`(?i)\b(?:separate|another|also|meanwhile|elsewhere|second|third)\b`)

// sharesGroup reports two events of one day that count the same dead: the
// same number killed, or a group of the same name one of them counts no
// dead of ("Chad: 4 killed", then "Chad: 3 wounded").
func sharesGroup(a, b event.Event) bool {
	for _, x := range a.Casualties {
		for _, y := range b.Casualties {
			sameKilled := x.Killed != nil && y.Killed != nil && x.Killed.Best == y.Killed.Best
			if sameKilled || x.Who == y.Who && (x.Killed == nil || y.Killed == nil) {
				return true
			}
		}
	}
	return false
}

// mergeToll adds to prev's casualties what e, the same toll told again,
// adds: a figure prev lacks for a group both count, and groups prev does
// not count.
func mergeToll(prev *event.Event, e event.Event) {
	for _, c := range e.Casualties {
		i := slices.IndexFunc(prev.Casualties, func(h event.Casualty) bool {
			return h.Who == c.Who || h.Killed != nil && c.Killed != nil && h.Killed.Best == c.Killed.Best
		})
		if i < 0 {
			prev.Casualties = append(prev.Casualties, c)
			continue
		}
		h := &prev.Casualties[i]
		if h.Killed == nil {
			h.Killed = c.Killed
		}
		if h.Wounded == nil {
			h.Wounded = c.Wounded
		}
		if h.Captured == nil {
			h.Captured = c.Captured
		}
	}
	var total *event.Count
	for _, c := range prev.Casualties {
		total = total.Add(c.Killed)
	}
	prev.Fatalities = total
	for _, m := range e.Provenance.Spans {
		if m.Kind == "number" {
			prev.Provenance.Spans = append(prev.Provenance.Spans, m)
		}
	}
}

// finerFrom gives prev the finer place of e, a retelling of its incident:
// "Police believe Saturday's attack … took place when an armed group
// entered the bar in the city of Irapuato".
func finerFrom(prev *event.Event, e event.Event) {
	if r, own := e.Place.Precision.Rank(), prev.Place.Precision.Rank(); r != 0 && (own == 0 || r < own || inDivision(e.Place, prev.Place)) &&
		e.Place.Country == prev.Place.Country && inReach(prev.Place, e.Place) {
		prev.Place = e.Place
	}
}

// inDivision reports a place the gazetteer lacks that the geoparser put in
// the district or province div itself, at its precision: "a mine on a
// track in the Barakzai area of Sangin district", told after "in Sangin
// district", is finer though both read as the district.
func inDivision(p, div event.Place) bool {
	if p.GeonameID != 0 || p.Name == div.Name || p.Precision != div.Precision {
		return false
	}
	switch div.Precision {
	case event.GeoAdmin2:
		return p.Admin2 == div.Name
	case event.GeoAdmin1:
		return p.Admin1 == div.Name
	}
	return false
}

// dropRoundups removes from news a roundup of several incidents ("Armed
// bandits have attacked some communities in Zamfara and Katsina states,
// killing more than 40 people"; a toll "in separate attacks") when the
// story then tells one of them as an event of its own, within the
// roundup's days and its region ("12 persons … were killed in Magarya
// village, Zurmi Local Government Area on Thursday"): the roundup sums
// incidents, it is none, and read beside them it counts their dead twice.
func dropRoundups(es []event.Event) []event.Event {
	out := es[:0]
	for i, e := range es {
		if e.Extra.Get("total") != "true" && !roundupWords.MatchString(e.Provenance.Text) {
			out = append(out, e)
			continue
		}
		told := false
		for j, o := range es {
			if j == i || len(o.Casualties) == 0 || o.Date.Start.Before(e.Date.Start) || o.Date.End.After(e.Date.End) || o.Place.Country != e.Place.Country {
				continue
			}
			switch e.Place.Precision {
			case event.GeoCountry, event.GeoRegion:
				told = true
			case event.GeoAdmin1:
				told = told || o.Place.Admin1 == e.Place.Name || o.Place.Admin1 != "" && o.Place.Admin1 == e.Place.Admin1
			}
		}
		if !told {
			out = append(out, e)
		}
	}
	return out
}

// roundupWords tell several incidents at once: "attacked some
// communities", "raids on three villages", "in separate attacks".
var roundupWords = relit.MustCompile(`(?i)\b(?:attacked|raided|stormed|struck|hit|invaded)\s+(?:some|several|many|various|two|three|four|five|six|\d+)\s+(?:\w+\s+)?(?:communities|villages|towns|settlements)\b|\b(?:attacks|raids)\s+(?:on|across)\s+(?:some|several|many|various|two|three|four|five|\d+)\s+(?:communities|villages|towns)\b|\bseparate\s+(?:attacks|raids|incidents|strikes|airstrikes|air strikes)\b`)

// dropBackground removes from news the background told after its
// incidents: a year, or a month with no violence told, across a whole
// country or a region no finer ("Mali's north fell under the control of
// Islamic extremists following a military coup in 2012", "The eastern
// region has been hard hit, with attacks up 75 percent this year",
// "Violence linked to militants killed nearly 2,000 people in Burkina
// Faso last year", "The coalition intervened in March 2015"): a stretch
// of time, not an incident one can date or place. The story's first
// event is kept, whatever it is, and so is violence its own sentence
// tells in a month ("In September 2022, a group attacked a military
// position in Burkina Faso"), not a month typed by the sentences after it
// ("Saudi Arabia sent troops to Yemen in March 2015. … The majority of
// victims were killed in airstrikes").
func dropBackground(es []event.Event) []event.Event {
	first := firstTold(es)
	out := es[:0]
	for i, e := range es {
		// "Formed in 1978, the group has been carrying out violence in
		// support of its demand": a year over a province, no one hurt.
		wide := e.Place.Precision.Rank() >= event.GeoRegion.Rank() || e.Place.Precision.Rank() == 0 ||
			e.Place.Precision == event.GeoAdmin1 && e.Date.Precision >= event.PrecYear && len(e.Casualties) == 0
		keep := i == first || !wide || e.Date.Precision < event.PrecMonth ||
			e.Date.Precision == event.PrecMonth && (len(e.Casualties) > 0 || tellsViolence(e.Provenance.Text))
		if keep {
			out = append(out, e)
		}
	}
	return out
}

// dropHistory removes from an article what its background section tells
// of as over a month or more before the article's own fight ("In August
// 2014, the group launched a campaign to capture several cities"): the
// section sets the scene, and what was over that long before is history,
// not a day of the fight. The fight starts on the infobox's first day or, with none, on
// the day of the first event the lead tells. A prelude of the days just
// before stays, and so does what the other sections tell.
func dropHistory(es []event.Event, rec conflict.Record) []event.Event {
	start := rec.Date.Start
	if rec.Date.IsZero() {
		for _, e := range es {
			if e.Extra.Get("lead") == "true" && (start.IsZero() || e.Date.Start.Before(start)) {
				start = e.Date.Start
			}
		}
	}
	if start.IsZero() {
		return es
	}
	before := start.AddDate(0, 0, -30)
	return slices.DeleteFunc(es, func(e event.Event) bool {
		return backgroundSection.MatchString(e.Extra.Get("section")) && !e.Date.End.After(before)
	})
}

// backgroundSection names the section that sets an article's scene.
var backgroundSection = relit.MustCompile(`(?i)^(?:historical\s+)?(?:background|context|prelude|origins?)\b`)

// firstTold is the index of the event the text tells first (by its
// sentence's offset), or -1 when there is none.
func firstTold(es []event.Event) int {
	first := -1
	for i, e := range es {
		if first < 0 || e.Provenance.Span != nil && es[first].Provenance.Span != nil && e.Provenance.Span.Start < es[first].Provenance.Span.Start {
			first = i
		}
	}
	return first
}

// dropRecalled removes from news an incident told after the story's
// first in the pluperfect and dated over a month before the story ("On
// June 4 last year, rebels had ambushed a convoy in this district"): the
// tense sets it before what the story reports, and the date far before
// it, so it is recalled for context, not reported. The story's first event
// is kept, and so is a pluperfect near the story's day ("Gunmen had
// stormed the village on Sunday before troops arrived").
func dropRecalled(es []event.Event, dct time.Time) []event.Event {
	if dct.IsZero() {
		return es
	}
	first := firstTold(es)
	out := es[:0]
	for i, e := range es {
		if i != first && e.Date.End.Before(dct.AddDate(0, 0, -30)) && pluperfect.MatchString(e.Provenance.Text) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// pluperfect is "had" and a past participle: "-ed" or one of the common
// irregular ones (not "had seven bases", "had seen attacks").
var pluperfect = relit.MustCompile(`(?i)\bhad\s+(?:(?:also|earlier|previously|already|been)\s+)*(?:[a-z]+ed|taken|driven|beaten|fallen|stolen|hidden|broken|thrown|struck|shot|hit|fought|stormed|slain|blown|overrun)\b`)

// dropUnhappened removes from news what had not happened when it was
// written (dct): "the coalition ends its mission next year"; and words
// about an incident that are no development of their own: "the president
// issued a statement Sunday condemning the deaths".
func dropUnhappened(es []event.Event, dct time.Time) []event.Event {
	out := es[:0]
	for _, e := range es {
		if !dct.IsZero() && e.Date.Start.After(dct) {
			continue
		}
		if e.Type == event.Strategic && len(e.Casualties) == 0 && wordsOnly.MatchString(e.Provenance.Text) {
			continue
		}
		if len(e.Casualties) == 0 && noIncident(e) {
			continue
		}
		// "The French foreign ministry condemned the incident on Saturday
		// …, in the battle against terrorism": words, whatever the words
		// after the condemnation.
		if loc := wordsOnly.FindStringIndex(e.Provenance.Text); loc != nil && len(e.Casualties) == 0 {
			if typ, _ := classify(e.Provenance.Text[:loc[0]]); typ == event.Strategic {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// noIncident reports a news sentence that counts no one and tells no
// incident of its own: a tally of incidents over a stretch ("Eleven clashes
// have already taken place during the first week of August"), when a long
// fight began ("The insurgency … began in Mocimboa da Praia in October
// 2017"), or the dead buried ("Some bodies were buried last night").
func noIncident(e event.Event) bool {
	s := e.Provenance.Text
	switch {
	case incidentTally.MatchString(s):
		return true
	case e.Date.Precision >= event.PrecMonth && longRunBegan.MatchString(s):
		return true
	case burial.MatchString(s) && !attackWord.MatchString(s):
		return true
	}
	return false
}

var (
	incidentTally = relit.MustCompile(`(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|dozens of|scores of|hundreds of|several|many)\s+(?:[a-z-]+\s+)?(?:clashes|attacks|incidents|raids|ambushes|bombings|strikes|airstrikes|killings|kidnappings)\s+(?:have|had)\s+(?:already\s+)?(?:taken place|occurred|been (?:recorded|registered|reported|carried out))\b`)
	longRunBegan  = relit.MustCompile(`(?i)\b(?:the|this|its|their)\s+(?:[\w-]+\s+){0,3}?(?:war|conflict|insurgency|rebellion|uprising|crisis|unrest)\b[^.;]{0,80}?\b(?:began|started|broke out|erupted)\b`)
	burial        = relit.MustCompile(`(?i)\b(?:buried|burials?|funerals?|cremated|laid to rest)\b`)
	attackWord    = relit.MustCompile(`(?i)\b(?:attack|kill|shot|shoot|bomb|raid|strike|ambush|clash|fire|fight)`)
)

var wordsOnly = relit.MustCompile(`(?i)\b(?:issued a statement|condemn(?:ed|ing|s)|offered (?:his|her|their) condolences|expressed (?:his|her|their|its) (?:condolences|sympathy|concern))\b`)

var partyWord = relit.MustCompile(`(?i)\b(?:army|military|government|police|group|forces|troops|soldiers|militants|fighters|officials|authorities|ministry|statement|spokesman|rebels|insurgents|jihadists)\b`)

var denial = relit.MustCompile(`(?i)\b(?:had|has|have|did|does|was|were) not\b|\b(?:hadn't|didn't|wasn't|weren't|denied|denies)\b`)

// datelineAt returns where a dateline opens s, as dateline matches it,
// but not a town and a spaced hyphen before a lower-case word ("Bama - a
// town near the border - fell"): an aside, not where a story was filed.
func datelineAt(s string) []int {
	loc := dateline.FindStringIndex(s)
	if loc == nil || !strings.HasSuffix(strings.TrimRightFunc(s[:loc[1]], unicode.IsSpace), "-") {
		return loc
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[loc[1]:], " ")); unicode.IsLower(r) {
		return nil
	}
	return loc
}

var pronounStart = relit.MustCompile(`^(?:They|He|She|It|Both|All)\b`)

// bareTimes reports dates that are all times of day naming no day: "by
// 11am", "that evening".
func bareTimes(ds []DateMention) bool {
	for _, dm := range ds {
		if dm.Type != "TIME" || dayNamed(dm.Text) {
			return false
		}
	}
	return len(ds) > 0
}

// foldTimeOfDay folds into an article's event the later sentences dated
// only by a time of that day ("On 5 January militants overran the
// garrison …", then "The jihadists fled the town by 11am", "Troops
// regained control of the town that evening"): they tell more of the
// day's incident, not another one, and do not make it the lead's
// duplicate. What they add is kept: a finer place, a toll, parties, a
// type where the day's event had only a development.
func foldTimeOfDay(es []event.Event) []event.Event {
	var out []event.Event
	for _, e := range es {
		k := len(out) - 1
		for k >= 0 && out[k].Date.String() != e.Date.String() {
			k--
		}
		if e.Extra.Get("time_only") != "true" || k < 0 {
			out = append(out, e)
			continue
		}
		prev := &out[k]
		finerFrom(prev, e)
		mergeToll(prev, e)
		for _, a := range e.Actors {
			if !slices.ContainsFunc(prev.Actors, func(b event.Actor) bool { return b.Canonical == a.Canonical }) {
				prev.Actors = append(prev.Actors, a)
			}
		}
		if prev.Type == event.Strategic && e.Type != event.Strategic && e.Type != "" {
			prev.Type, prev.SubType = e.Type, e.SubType
		}
	}
	return out
}

// dropLeadDuplicates removes events of an article's lead that the body
// tells again: the lead summarizes.
func dropLeadDuplicates(es []event.Event) []event.Event {
	var out []event.Event
	for i, e := range es {
		if e.Extra.Get("lead") == "true" {
			dup := false
			for j, b := range es {
				if j == i || b.Extra.Get("lead") == "true" {
					continue
				}
				if !b.Date.Start.Before(e.Date.Start) && !b.Date.End.After(e.Date.End) &&
					(b.Date.String() == e.Date.String() || sharesWord(b.Provenance.Text, e.Provenance.Text)) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

var stop = map[string]bool{"the": true, "and": true, "of": true, "in": true, "on": true, "to": true, "a": true, "an": true, "by": true,
	"from": true, "with": true, "for": true, "was": true, "were": true, "its": true, "that": true, "their": true, "all": true, "niger": true,
	"united": true, "states": true, "us": true, "u.s.": true, "troops": true, "us troops": true, "has": true, "had": true, "have": true, "at": true}

// sharesWord reports a content word (not a date word) in common.
func sharesWord(a, b string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(a)) {
		w = strings.Trim(w, ".,;:()'\"")
		if len(w) > 3 && !stop[w] && !isDateWord(w) {
			words[w] = true
		}
	}
	for _, w := range strings.Fields(strings.ToLower(b)) {
		w = strings.Trim(w, ".,;:()'\"")
		if words[w] {
			return true
		}
	}
	return false
}

// refersBack reports a content word of a that b names with a determiner
// pointing back: "the base", "this camp", "that town".
func refersBack(a, b string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(a)) {
		w = strings.Trim(w, ".,;:()'\"")
		if len(w) > 3 && !stop[w] && !isDateWord(w) {
			words[w] = true
		}
	}
	bw := strings.Fields(strings.ToLower(b))
	for i := 1; i < len(bw); i++ {
		switch bw[i-1] {
		case "the", "this", "that", "these", "those":
			if words[strings.Trim(bw[i], ".,;:()'\"")] {
				return true
			}
		}
	}
	return false
}

func isDateWord(w string) bool {
	if w == "" || w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return slices.Contains(monthNames, w)
}

var leadingDate = relit.MustCompile(`^(?:On|In|By|During|Since|From|Between)\s*$`)

// summary is the sentence without its leading date phrase.
func summary(sent, text string, dm DateMention, sentStart int) string {
	s, end := sent, sentStart+len(sent)
	// "NIAMEY, Niger (AP) — Jihadists killed …": the story, not where it was filed.
	if loc := datelineAt(s); loc != nil && dm.Start >= sentStart+loc[1] {
		s = s[loc[1]:]
		sentStart += loc[1]
	}
	// "Saturday's second attack": the date is no phrase to strip. (dm may
	// lie in a later sentence: datedLead.)
	possessive := dm.End <= end && (strings.HasPrefix(text[dm.End:end], "'s ") || strings.HasPrefix(text[dm.End:end], "’s "))
	if !possessive && (dm.Start >= sentStart && dm.Start-sentStart < 12 && leadingDate.MatchString(strings.TrimSpace(text[sentStart:dm.Start])) || dm.Start == sentStart) {
		s = strings.TrimLeft(text[dm.End:end], " ,:;–—")
		if s != "" {
			r, size := utf8.DecodeRuneInString(s)
			s = strings.ToUpper(string(r)) + s[size:]
		}
	}
	for _, c := range []string{"while ", "whereas ", "but ", "and then ", "and "} {
		if strings.HasPrefix(s, c) {
			s = strings.TrimPrefix(s, c)
			r, size := utf8.DecodeRuneInString(s)
			s = strings.ToUpper(string(r)) + s[size:]
			break
		}
	}
	if len(s) > 240 {
		cut := strings.LastIndex(s[:240], " ")
		if cut < 0 {
			cut = 240
		}
		s = s[:cut] + "…"
	}
	return s
}

// holds reports whether p is a country, province, district or area that
// takes in the town: the same country, and at a province or district the
// town's province.
func holds(p, town event.Place) bool {
	if p.Country == "" || p.Country != town.Country {
		return false
	}
	switch p.Precision {
	case event.GeoCountry, event.GeoRegion:
		return true
	case event.GeoAdmin1, event.GeoAdmin2:
		return town.Admin1 != "" && (p.Admin1 == town.Admin1 || p.Name == town.Admin1)
	}
	return false
}

// within reports whether d falls inside the days of span.
func within(d, span event.Date) bool {
	return !d.IsZero() && !d.Start.Before(span.Start) && !d.End.After(span.End)
}

// juntaInView names the state a bare "junta" is: the rulers of the country
// the event is placed in, else of the country the text is about ("the
// junta announced …" in an article on Myanmar is Myanmar's).
func (x *Extractor) juntaInView(es []event.Event, rec conflict.Record, country event.Place) {
	sides := x.sides(rec)
	for i := range es {
		e := &es[i]
		name := e.Place.CountryNm
		if name == "" {
			name = country.CountryNm
		}
		if name == "" {
			continue
		}
		had := slices.ContainsFunc(e.Actors, func(a event.Actor) bool { return a.Canonical == name })
		e.Actors = slices.DeleteFunc(e.Actors, func(a event.Actor) bool { return a.Canonical == actor.Junta && had })
		for k := range e.Actors {
			if a := &e.Actors[k]; a.Canonical == actor.Junta {
				a.Canonical, a.Side = name, sides.of(name)
			}
		}
		for k := range e.Casualties {
			if c := &e.Casualties[k]; c.Who == actor.Junta {
				c.Who, c.Side = name, sides.of(name)
			}
		}
		for k := range e.Provenance.Spans {
			if m := &e.Provenance.Spans[k]; m.Kind == "actor" && m.Value == actor.Junta {
				m.Value = name
			}
		}
	}
}
