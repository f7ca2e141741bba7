package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord  tokKind = iota // letters, possibly with digits after them
	tNum                  // starts with a digit: "1990", "1,500", "1990s", "5th", "1.5"
	tPunct                // any single other rune
)

// token is one lexical unit; s and e are byte offsets into the text.
type token struct {
	s, e int
	kind tokKind
	low  string // lower-cased text; "am"/"pm" for "a.m."/"p.m."
}

// lex splits text into words, numbers and single punctuation runes. It keeps
// byte offsets so that matches map back onto the caller's text exactly.
func lex(text string) []token {
	toks := make([]token, 0, len(text)/5)
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || unicode.IsSpace(r):
			i += size
		case (r == 'a' || r == 'p' || r == 'A' || r == 'P') && meridiem(text, i) > 0:
			n := meridiem(text, i)
			toks = append(toks, token{s: i, e: i + n, kind: tWord, low: strings.ToLower(text[i:i+1]) + "m"})
			i += n
		case unicode.IsLetter(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += s2
			}
			toks = append(toks, token{s: i, e: j, kind: tWord, low: strings.ToLower(text[i:j])})
			i = j
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(text) {
				c := text[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				// Digit groups "1,500" and decimals "1.5" stay one token, so a
				// grouped number can never be read as a year.
				if c == ',' && j+4 <= len(text) && isDigits(text[j+1:j+4]) && (j+4 == len(text) || text[j+4] < '0' || text[j+4] > '9') {
					j += 4
					continue
				}
				if c == '.' && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
					j += 2
					continue
				}
				if (c == 'a' || c == 'p' || c == 'A' || c == 'P') && (j-i <= 2 || dottedClock(text[i:j])) && meridiem(text, j) > 0 {
					// "9pm", "5:47am": the hour ends where a.m./p.m.
					// begins, so both read as in "9 p.m.".
					break
				}
				if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
					j++
					continue
				}
				break
			}
			toks = append(toks, token{s: i, e: j, kind: tNum, low: strings.ToLower(text[i:j])})
			i = j
			if n := len(toks); n >= 2 && dayBefore(toks[n-2].low) && ordinalDot(text, toks[n-1].low, j) {
				// "the 13th. of March", "the 5th. Jan. 1834": older
				// prose stops its ordinals; the stop ends no sentence.
				i++
			}
		default:
			toks = append(toks, token{s: i, e: i + size, kind: tPunct, low: punctLow(r, text[i:i+size])})
			i += size
		}
	}
	return toks
}

// dayBefore reports whether low, the word before an ordinal, makes it a
// day of the month ("the 5th", "on 3rd"); after a verb ("finished 2nd.")
// the ordinal is a rank, and its stop may end the sentence.
func dayBefore(low string) bool {
	if _, ok := weekdayWords[low]; ok {
		return true
	}
	return low == "the" || low == "on" || low == "this" || low == ","
}

// ordinalDot reports whether the byte at j is a full stop written after
// the ordinal day low ("13th", "22d") and before its month: "of" and a
// month, or a month followed by a four-digit year or a comma ("the 5th.
// Jan. 1834", "the 3rd. January 1853"). A day number after the month
// ("3rd. May 22 is polling day") says the month opens a new sentence.
func ordinalDot(text, low string, j int) bool {
	if j >= len(text) || text[j] != '.' || !ordinalDay(low) {
		return false
	}
	w, rest := nextWord(text[j+1:])
	if w == "of" {
		w, _ = nextWord(rest)
		_, ok := monthWords[w]
		return ok
	}
	if _, ok := monthWords[w]; !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, ".")
	rest = strings.TrimLeft(rest, " ")
	if rest != "" && rest[0] == ',' {
		return true
	}
	k := 0
	for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
		k++
	}
	return k == 4
}

// ordinalDay reports whether low is a day of the month written as an
// ordinal number: 1st to 31st, and the older 2d, 3d, 22d.
func ordinalDay(low string) bool {
	k := 0
	for k < len(low) && low[k] >= '0' && low[k] <= '9' {
		k++
	}
	if k == 0 || k > 2 {
		return false
	}
	switch low[k:] {
	case "st", "nd", "rd", "th", "d":
	default:
		return false
	}
	n := 0
	for _, c := range low[:k] {
		n = n*10 + int(c-'0')
	}
	return n >= 1 && n <= 31
}

// nextWord returns the lower-cased letters that open s after spaces, and
// what follows them.
func nextWord(s string) (string, string) {
	s = strings.TrimLeft(s, " ")
	k := 0
	for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z') {
		k++
	}
	return strings.ToLower(s[:k]), s[k:]
}

// dottedClock reports whether s is an hour and minutes written with a
// dot, as British copy does ("6.30pm").
func dottedClock(s string) bool {
	k := strings.IndexByte(s, '.')
	return k >= 1 && k <= 2 && len(s) == k+3 && isDigits(s[:k]) && isDigits(s[k+1:])
}

// punctLow folds typographic quotes to their ASCII forms, so that rules
// written for "Monday's" and "the '90s" hold for the curly quotes of
// modern news copy ("Monday’s", "the ’90s").
func punctLow(r rune, s string) string {
	switch r {
	case '\u2018', '\u2019', '\u02bc':
		return "'"
	case '\u201c', '\u201d':
		return `"`
	}
	return s
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// meridiem returns the byte length of "a.m."/"p.m."/"am"/"pm" at i, or 0.
// The final period is kept unless it ends a sentence, which is how the
// TimeBank annotators drew these spans.
func meridiem(text string, i int) int {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsLetter(r) {
			return 0
		}
	}
	rest := text[i:]
	n := 0
	switch {
	case len(rest) >= 3 && rest[1] == '.' && (rest[2] == 'm' || rest[2] == 'M'):
		n = 3
		if len(rest) > 3 && rest[3] == '.' {
			if !sentenceEnd(rest[4:]) || timeFollows(rest[4:]) {
				n = 4
			}
		}
	case len(rest) >= 2 && (rest[1] == 'm' || rest[1] == 'M'):
		n = 2
	default:
		return 0
	}
	if n < len(rest) {
		r, _ := utf8.DecodeRuneInString(rest[n:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return 0
		}
	}
	return n
}

// sentenceEnd reports whether what follows a period looks like the start of
// a new sentence (or the end of the text).
func sentenceEnd(rest string) bool {
	t := strings.TrimLeft(rest, " \t")
	if t == "" || t[0] == '\n' || t[0] == '\r' || t[0] == '"' || t[0] == '\'' || t[0] == ')' ||
		strings.HasPrefix(t, "\u201c") || strings.HasPrefix(t, "\u2018") {
		return true
	}
	if len(t) == len(rest) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// timeFollows reports whether the next word continues a time expression
// ("10 p.m. EST", "10 p.m. Wednesday"), so a period before it is not a
// sentence end.
func timeFollows(rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	w := strings.ToLower(rest[:end])
	_, wd := weekdayWords[w]
	_, mo := monthWords[w]
	return timeZones[w] || wd || mo && len(w) > 3
}
