package narrative

import (
	"slices"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article/articletest"
	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/gazetteer/gazetteertest"
	"github.com/sitrep-project/sitrep/internal/wordfuzz"
)

// FuzzRead: any text reads without a panic, as news with a date and as a
// narrative, and every event's provenance lies inside the text.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"Gunmen kill six soldiers\n\nGunmen killed six soldiers in an ambush near Djibo on Saturday, the army said on Sunday.\n" +
			"\"The patrol was attacked near Djibo,\" a source told AFP (Agence France-Presse) on Sunday.\nFour soldiers were wounded in the attack.\n",
		"Suicide bomber kills six\n\nMAIDUGURI, Nigeria, June 12, 2023\nA suicide bomber struck a market near Monday Market, killing six people.\n" +
			"Eleven people were wounded in the attack, the latest in bombings that have killed 600 people since the governor was sworn in on May 29.\n",
		"= Raid =\n\n- Date: 9 January 2020\n- Casualties1: 89 killed\n\nThe attack occurred on 9 January 2020 near Chinagodrar.\n",
		"HIGHLIGHTS\n- On 10 March, armed men attacked Tawori.\n",
		"T\n\nSaturday's 's attack. They . On",
		"Police repel bandits\n\nThe Police Mobile Force (PMF) sent two units in April.\n\nOn Sunday, PMF officers repelled bandits near Gusau.\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if utf8.ValidString(s) {
			checkRead(t, s)
		}
	})
}

// FuzzReadNames reads news spelt out of the gazetteer's shared names,
// countries and divisions and the words of incident copy around them (see
// gazetteertest), which random bytes seldom reach.
func FuzzReadNames(f *testing.F) {
	names, err := gazetteertest.Names(gazetteer.Default()) // what Default reads with
	if err != nil {
		f.Fatal(err)
	}
	words := append(slices.Clone(gazetteertest.Connectors),
		" killed ", " were killed", " wounded ", " at least 21 ", " people", " soldiers", " civilians", " gunmen",
		" attacked ", " an ambush", " a bomb", " an air strike", " on Saturday", " last week", " in January", " 2019",
		" the army said", " jihadists", " Islamic State", " Boko Haram", " militia", " the village", " Heading\n\n")
	for _, s := range [][]byte{
		{60, 0x80, 0x10, 0x00, 68, 76, 70},
		{0x90, 0x00, 0x00, 73, 75, 0xa0, 0x00, 0x00, 79, 2, 0xb0, 0x00, 0x00, 80},
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, gazetteertest.Text(names, words, data))
	})
}

// FuzzReadMarkup reads articles spelt out of wikitext and plain-format
// markup and a military conflict's infobox keys and values (articletest):
// the infobox reader, the claims checked against the narrative and the
// events below them, on nesting random bytes seldom reach.
func FuzzReadMarkup(f *testing.F) {
	f.Add([]byte{0, 40, 9, 4, 3, 250, 1, 200, 2})
	f.Add([]byte{92, 70, 200, 150, 65, 71, 160, 5, 8, 100, 230})
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, wordfuzz.Spell(articletest.Markup, data))
	})
}

// fuzzReaders read a fuzz input as a narrative and as news of a day.
var fuzzReaders = func() []*Extractor {
	x := Default()
	return []*Extractor{x, x.WithDCT(time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC))}
}()

// checkRead reads s both ways: no panic, and every event has a date and
// provenance inside the text it points into (the document's text, which
// for wikitext is the rendering, not s).
func checkRead(t *testing.T, s string) {
	for _, ex := range fuzzReaders {
		r, err := ex.Read("f.txt", []byte(s))
		if err != nil {
			continue // a clear error is the reader's to test
		}
		n := utf8.RuneCountInString(r.Document.Text)
		for _, e := range r.Events {
			if sp := e.Provenance.Span; sp != nil && (sp.Start < 0 || sp.End > n || sp.Start > sp.End) {
				t.Fatalf("event span %+v outside %d runes", *sp, n)
			}
			for _, m := range e.Provenance.Spans {
				if m.Start < 0 || m.End > n || m.Start > m.End {
					t.Fatalf("mark %+v outside %d runes", m, n)
				}
			}
			if e.Date.IsZero() {
				t.Fatalf("event without a date: %+v", e)
			}
		}
	}
}
