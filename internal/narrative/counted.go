package narrative

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/conflict"
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/relit"
	"github.com/sitrep-project/sitrep/internal/sentence"
)

// countedBack finds the earlier incident a sentence dates by counting back
// from the one it tells: in "The attack came two days after jihadists
// ambushed a patrol, killing four" the ambush is two days before the
// attack. anchor is the day of the incident the sentence tells: its own
// date, or, when it has none and points back at an incident ("The attack
// came…", "It came…"), the last one dated before it. It returns the
// clause that tells the earlier incident, as a unit, and its date.
func countedBack(text string, u unit, anchor event.Date) (unit, DateMention, bool) {
	if anchor.IsZero() || anchor.Precision != event.PrecDay || !anchor.Start.Equal(anchor.End) {
		return unit{}, DateMention{}, false
	}
	for _, dm := range u.dates {
		m := countedSpan.FindStringSubmatch(dm.Value)
		if dm.Type != "DURATION" || m == nil {
			continue
		}
		after := countedAfter.FindStringIndex(text[dm.End:u.span.End])
		if after == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		days, prec := n, event.PrecDay
		if m[2] == "W" {
			days, prec = 7*n, event.PrecWeek
		}
		if n == 0 || days > 60 || dm.Mod == "MORE_THAN" || dm.Mod == "EQUAL_OR_MORE" {
			continue // "more than two weeks after": no day to count to
		}
		if len(u.eventDate) > 0 {
			if u.eventDate[0].Start > dm.Start {
				continue // the sentence's own date is the earlier incident's
			}
		} else if !countedHead.MatchString(text[u.span.Start:dm.Start]) && !eventAnaphor.MatchString(text[u.span.Start:dm.Start]) {
			continue // not said of an incident told before
		}
		from := dm.End + after[1]
		clause := text[from:u.span.End]
		// "a week after the election": no incident; "two days after the
		// attack in Inates": the noun tells of one, often told elsewhere.
		if !strings.ContainsAny(clause, " ") || !tellsViolence(clause) {
			continue
		}
		day := anchor.Start.AddDate(0, 0, -days)
		d := event.Range(day, day, prec)
		switch {
		case dm.Mod == "LESS_THAN" || dm.Mod == "EQUAL_OR_LESS":
			// "less than a week after": any day of the week before.
			d = event.Range(day, anchor.Start.AddDate(0, 0, -1), event.PrecWeek)
			if days > 7 {
				d.Precision = event.PrecMonth
			}
		case prec == event.PrecWeek:
			d = event.Range(day.AddDate(0, 0, -3), day.AddDate(0, 0, 3), prec)
		}
		if d.Start.Equal(d.End) {
			d.Value = day.Format(event.Layout)
		}
		at := DateMention{Start: dm.Start, End: dm.End + after[1], Text: text[dm.Start : dm.End+after[1]], Type: "DATE", Value: d.String(), Date: d, OK: true}
		return narrow(u, sentence.Span{Start: from, End: u.span.End}), at, true
	}
	return unit{}, DateMention{}, false
}

var (
	countedSpan  = relit.MustCompile(`^P([0-9]+)([DW])$`)
	countedAfter = relit.MustCompile(`^\s+after\s+`)
	// "It came two days after…", "This happened a week after…".
	countedHead = relit.MustCompile(`^(?:It|This|That)\s+(?:\w+\s+)?(?:came|happened|occurred|took place)\b`)
)

// headOnly cuts from a follow-up the clause of an earlier incident a
// sentence counts back to ("The attack came two days after gunmen killed
// four"): the follow-up tells its own incident, not that one's toll.
func headOnly(text string, more []unit, anchor event.Date) []unit {
	out := make([]unit, 0, len(more))
	for _, u := range more {
		if tail, _, ok := countedBack(text, u, anchor); ok {
			cut := tail.span.Start
			for _, dm := range u.dates {
				if dm.End <= cut && dm.Start < cut && countedAfter.MatchString(text[dm.End:cut]) {
					cut = dm.Start
				}
			}
			u = narrow(u, sentence.Span{Start: u.span.Start, End: cut})
		}
		out = append(out, u)
	}
	return out
}

// countedEvents builds the earlier incidents the sentences of units count
// back to (countedBack), each unless an event of es already tells it: the
// same type within its days.
func (x *Extractor) countedEvents(docID, text string, ro runeIndex, d *article.Document, units []unit, es []event.Event, country event.Place, rec conflict.Record, acr map[string]bool) []event.Event {
	var out []event.Event
	var last event.Date
	for _, u := range units {
		anchor := last
		if len(u.eventDate) > 0 {
			anchor = u.eventDate[0].Date
			last = u.eventDate[len(u.eventDate)-1].Date
		}
		h, at, ok := countedBack(text, u, anchor)
		if !ok {
			continue
		}
		e := x.build(docID, text, ro, []unit{h}, at, true, rec, acr)
		if e.Place.Name == "" && country.Country != "" {
			e.Place = country
		}
		told := false
		for _, o := range es {
			told = told || o.Type == e.Type && !o.Date.Start.After(e.Date.Start) && !o.Date.End.Before(e.Date.End)
		}
		if told {
			continue
		}
		e.Extra = append(e.Extra,
			event.KV{Key: "section", Value: d.Blocks[u.block].Section}, event.KV{Key: "paragraph", Value: strconv.Itoa(u.block)},
			event.KV{Key: "counted_back", Value: strings.TrimSuffix(strings.TrimSpace(at.Text), "after") + "before " + anchor.String()})
		if r, size := utf8.DecodeRuneInString(e.Summary); size > 0 {
			e.Summary = string(unicode.ToUpper(r)) + e.Summary[size:]
		}
		out = append(out, e)
	}
	return out
}
