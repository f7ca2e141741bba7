package timex

import (
	"maps"
	"slices"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/wordfuzz"
)

// FuzzParse checks that any input parses without panicking into ordered,
// non-overlapping spans whose Text is the input at their offsets, and that
// Date never panics either.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"On December 6, 2017 two months after the October ambush",
		"between 2015 and 2017", "2013–2017", "1990-91", "mid-September 2024",
		"10:30 a.m. EST Wednesday", "the first two quarters of 1990", "5 1/2 hours",
		"a year and a half later", "Q4 2017", "the '90s", "08/05/2024", "the day before yesterday",
		"nineteen ninety-six", "April 12-14, 2024", "from April 12 to 14", "year-ago quarter ended Sept. 30",
		"F-16 Air Base 201 1,500 troops", "\xff\xfe2017", "every other Tuesday",
		"FY2013 and H1 2013 at 6.30pm", "June–July 2024 (2007–present)", "on Wednesday (Mar. 1)",
		"the weekend of 17 September", "the September 11 attacks, 9/11", "from Monday till Wednesday this week",
		"Ash Wednesday, Black Friday", "the first of June 2009 at four o'clock in the morning", "at least 4-7 days in the \u201990s",
		"noon EST; updated 6:58 AM EDT, Fri March 22, 2013",
	} {
		f.Add(s, int64(0), false)
		f.Add(s, int64(886_000_000), true)
	}
	f.Fuzz(checkParse)
}

// FuzzParseWords spells its input out of the engine's own lexicon (months,
// weekdays, numbers, units, parts of the day) and the words and figures
// around dates (see wordfuzz): random bytes seldom spell "the last two
// fiscal quarters of 1990", where the grammar's rules meet.
func FuzzParseWords(f *testing.F) {
	words := wordfuzz.Words(maps.Keys(monthWords), maps.Keys(weekdayWords), maps.Keys(seasonWords),
		maps.Keys(ordinalWords), maps.Keys(numberWords), maps.Keys(decadeWords), maps.Keys(unitWords),
		maps.Keys(partOfDay), maps.Keys(holidays), slices.Values([]string{
			"the", "a", "an", "of", "on", "in", "at", "by", "for", "last", "next", "this", "that", "ago", "later",
			"earlier", "before", "after", "since", "until", "between", "and", "or", "from", "to", "through", "-", "–",
			"/", ",", ".", "'s", "every", "each", "per", "fiscal", "half", "mid-", "early", "late", "end", "beginning",
			"today", "yesterday", "tomorrow", "now", "currently", "a.m.", "p.m.", "EST", "o'clock", "Jan.", "Sept.",
			"Mon.", "1", "4", "12", "19", "31", "90", "2017", "1990", "'90s", "1990s", "10:30", "08/05/2024",
			"2024-08-05", "Q4", "FY2013", "H1", "killed", "said", "will", "was", "troops", "Air Base", "F-16", "1,500"}))
	f.Add([]byte{0, 1, 2, 3}, int64(886_000_000), false)
	f.Add([]byte{10, 0x85, 40, 200, 7}, int64(0), true)
	f.Fuzz(func(t *testing.T, data []byte, dct int64, narrative bool) {
		checkParse(t, wordfuzz.Spell(words, data), dct, narrative)
	})
}

// checkParse parses s: no panic, and ordered, non-overlapping spans whose
// Text is the input at their offsets, each with a value and a Date that
// does not panic.
func checkParse(t *testing.T, s string, dct int64, narrative bool) {
	opt := Options{}
	if dct != 0 {
		opt.DCT = time.Unix(dct%(1<<40), 0).UTC()
	}
	if narrative {
		opt.Mode = Narrative
	}
	prev := 0
	for _, x := range Parse(s, opt) {
		if x.Start < prev || x.End <= x.Start || x.End > len(s) {
			t.Fatalf("bad span [%d,%d) after %d in %q", x.Start, x.End, prev, s)
		}
		if x.Text != s[x.Start:x.End] {
			t.Fatalf("Text %q != input[%d:%d]", x.Text, x.Start, x.End)
		}
		if utf8.ValidString(s) && !utf8.ValidString(x.Text) {
			t.Fatalf("span splits a rune: %q", x.Text)
		}
		if x.Value == "" {
			t.Fatalf("empty value for %q", x.Text)
		}
		prev = x.End
		x.Date()
	}
}
