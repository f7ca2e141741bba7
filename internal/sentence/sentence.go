// Package sentence splits English prose into sentences, keeping byte spans,
// without breaking at abbreviations ("U.S.", "Gen.", "Jan."), initials
// ("Thomas D. Waldhauser") or decimals.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a sentence's byte range in the text given to Split.
type Span struct{ Start, End int }

var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true, "maj": true, "capt": true,
	"sgt": true, "cpl": true, "pvt": true, "adm": true, "gov": true, "sen": true, "rep": true, "pres": true, "prof": true,
	"st": true, "mt": true, "ft": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true, "etc": true,
	"approx": true, "est": true, "inc": true, "corp": true, "ltd": true, "co": true, "jr": true, "sr": true, "e.g": true, "i.e": true,
	"u.s": true, "u.k": true, "u.n": true, "a.m": true, "p.m": true,
}

// states are the AP style's abbreviations of US states ("SHERIDAN, Wyo.
// (AP) —"), which end a sentence only when one starts after them.
var states = map[string]bool{
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true, "fla": true, "ga": true,
	"ill": true, "ind": true, "kan": true, "kans": true, "ky": true, "la": true, "md": true, "mass": true, "mich": true,
	"minn": true, "miss": true, "mo": true, "mont": true, "neb": true, "nev": true, "n.h": true, "n.j": true, "n.m": true,
	"n.y": true, "n.c": true, "n.d": true, "okla": true, "ore": true, "pa": true, "r.i": true, "s.c": true, "s.d": true,
	"tenn": true, "tex": true, "vt": true, "va": true, "wash": true, "w.va": true, "wis": true, "wyo": true,
}

// Split returns the sentences of s.
func Split(s string) []Span {
	var out []Span
	start := skipSpace(s, 0)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\n' && i+1 < len(s) && s[i+1] == '\n' {
			if e := trimEnd(s, start, i); e > start {
				out = append(out, Span{start, e})
			}
			start = skipSpace(s, i)
			i = start
			continue
		}
		if r == '.' || r == '!' || r == '?' {
			j := i + size
			for j < len(s) && (s[j] == '"' || s[j] == '\'' || s[j] == ')' || strings.HasPrefix(s[j:], "”") || strings.HasPrefix(s[j:], "’")) {
				_, sz := utf8.DecodeRuneInString(s[j:])
				j += sz
			}
			if j >= len(s) || s[j] == ' ' || s[j] == '\n' || s[j] == '\t' {
				next := skipSpace(s, j)
				if r != '.' || isBoundary(s, start, i, next) {
					out = append(out, Span{start, j})
					start = next
					i = next
					continue
				}
			}
		}
		i += size
	}
	if e := trimEnd(s, start, len(s)); e > start {
		out = append(out, Span{start, e})
	}
	return out
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func trimEnd(s string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return end
}

// isBoundary decides whether the period at dot ends a sentence.
func isBoundary(s string, start, dot, next int) bool {
	if next >= len(s) {
		return true
	}
	// The word before the period.
	w := dot
	for w > start && !unicode.IsSpace(rune(s[w-1])) && s[w-1] != '(' {
		w--
	}
	word := strings.ToLower(strings.Trim(s[w:dot], "\"'("))
	nr, _ := utf8.DecodeRuneInString(s[next:])
	lowerNext := unicode.IsLower(nr) || unicode.IsDigit(nr) && abbrev[word]
	if lowerNext {
		return false
	}
	if nr == '(' {
		return false // "SHERIDAN, Wyo. (AP) —": an aside follows, no sentence
	}
	if states[word] {
		return startsSentence(s[next:])
	}
	if abbrev[word] {
		// "U.S. troops" continues; "… in the U.S. The next day" ends. Only
		// titles and months never end a sentence.
		switch word {
		case "u.s", "u.k", "u.n", "etc", "a.m", "p.m", "inc", "corp", "ltd", "co", "jr", "sr":
			return startsSentence(s[next:])
		}
		return false
	}
	// An initial: "Thomas D. Waldhauser".
	if len(word) == 1 && unicode.IsLetter(rune(word[0])) {
		return false
	}
	return true
}

// startsSentence guesses whether a capitalized word after "U.S." opens a
// new sentence: function words and pronouns do, names mostly don't.
func startsSentence(s string) bool {
	end := strings.IndexAny(s, " ,;")
	if end < 0 {
		end = len(s)
	}
	switch s[:end] {
	case "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "This", "That", "These", "Those",
		"But", "However", "After", "Before", "During", "Since", "Following", "According", "Both", "There", "His", "Her", "Their":
		return true
	}
	return false
}
