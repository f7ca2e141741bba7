package conflict

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/wordfuzz"
)

// FuzzNormalize feeds arbitrary infobox values to every field reader.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"5 killed (1 non hostile), 4 injured (2 non hostile) 5 killed, 8 wounded (While operating with the United States)",
		"Iyad Ag Ghaly ---- Adnan Abu Walid al-SahrawiKIA, 22px Abu Umaimata",
		"ISIL-West Africa: ~3,500 fighters (April 2018), ISGS: ~300 fighters",
		"5 February 2013 – 5 August 2024, ()", "((((", "1,000,000,000,000,000,000,000 killed", "At least",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		d := &article.Document{Title: "T"}
		for _, k := range []string{"Date", "Partof", "Place", "Result", "Combatant1", "Commander1", "Strength1", "Casualties1"} {
			d.Infobox = append(d.Infobox, article.Field{Key: k, Value: v})
		}
		Normalize(d, nil)
	})
}

// infoboxWords are the words infobox values of a military conflict are
// written in: qualifiers ("at least", "~", "c."), counts with thousands
// separators and beyond int64, measures and their abbreviations ("KIA",
// "WIA", "non-hostile"), dates with month names and dashes, "present",
// terms of command in brackets, given names and particles the commander
// reader splits glued names at, image markup ("22px") and the list
// punctuation the readers split at.
var infoboxWords = []string{
	"at least", "over", "more than", "about", "around", "approx.", "est.", "~", "c.", "up to", "+", "Unknown", "unknown", "Total:",
	"0", "1", "4", "22", "300", "3,500", "1,000", "1,000,000", "9,223,372,036,854,775,808", "99999999999999999999", "hundreds", "dozens",
	"killed", "KIA", "WIA", "dead", "deaths", "wounded", "injured", "captured", "missing", "executed", "non-hostile", "non hostile",
	"fighters", "soldiers", "troops", "civilians", "aircraft", "vehicles", "destroyed", "weapons cache",
	"January", "February", "April", "August", "Sept", "sept.", "December", "1", "5", "31", "2013", "2017", "2024", "1799", "0000",
	"–", "-", "—", "present", "ongoing", "(", ")", "()", "(11 years, 6 months)", "(until 2019)", "(from 2017)", "(2013–2017)",
	"Iyad Ag Ghaly", "Abu", "Walid", "al-Sahrawi", "Adnan", "Emmanuel", "Macron", "James C. Vechery", "Barack Obama", "†", "{{KIA}}",
	"United States", "France", "Niger", "Mali", "ISGS", "ISIL-West Africa", "JNIM", "Islamic State", "per", "according to", "the",
	"22px", "px", "File:Flag.svg", ",", ";", ":", ".", "<br>", "\n", "*", "and", "/", "%",
}

// FuzzNormalizeWords reads infobox values spelt out of infoboxWords (one
// byte a word, wordfuzz.Spell) under every key the normalizer reads. Random
// bytes seldom spell "at least 3,500 fighters (April 2018)" or "5 February
// 2013 – present", which is where its rules fire. Beyond not panicking:
// every line is kept as written (Fields), counts are not negative (an
// overflow), a date span does not end before it starts, and text out is
// valid UTF-8. (A run of figures found quadratic time in segments: see
// BenchmarkClaimsRunOn.)
func FuzzNormalizeWords(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200, 220, 240})
	keys := []string{"Date", "Partof", "Place", "Result", "Combatant1", "Commander1", "Strength1", "Casualties1", "Casualties2"}
	f.Fuzz(func(t *testing.T, data []byte) {
		v := wordfuzz.Spell(infoboxWords, data)
		d := &article.Document{Title: "T"}
		for _, k := range keys {
			d.Infobox = append(d.Infobox, article.Field{Key: k, Value: v})
		}
		r := Normalize(d, nil)
		if len(r.Fields) != len(keys) {
			t.Fatalf("%d fields kept of %d", len(r.Fields), len(keys))
		}
		for i, fl := range r.Fields {
			if fl.Key != keys[i] || fl.Value != v {
				t.Fatalf("field %d changed: %+v", i, fl)
			}
		}
		if !r.Date.IsZero() && r.Date.End.Before(r.Date.Start) {
			t.Fatalf("%q: date ends before it starts: %+v", v, r.Date)
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b) || bytes.Contains(b, []byte(`\ufffd`)) {
			t.Fatalf("%q: invalid UTF-8 out: %s", v, b)
		}
		for _, s := range r.Sides {
			for _, st := range s.Strength {
				if st.Count < 0 {
					t.Fatalf("%q: negative strength %+v", v, st)
				}
			}
			for _, c := range s.Casualties {
				for _, p := range []*int{c.Killed, c.KilledNonHostile, c.Wounded, c.WoundedNonHostile, c.Captured} {
					if p != nil && *p < 0 {
						t.Fatalf("%q: negative count %+v", v, c)
					}
				}
				for _, it := range c.Other {
					if it.Count < 0 {
						t.Fatalf("%q: negative count %+v", v, it)
					}
				}
			}
		}
	})
}
