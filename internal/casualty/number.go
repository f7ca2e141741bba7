// Package casualty reads counts of people out of English text: numbers
// written as digits or words with their qualifiers ("at least 21", "about
// 100", "dozens"), and the casualty statements built from them ("four
// American, four Nigerien and at least 21 ISGS militants died", "killing
// 12", "two soldiers were wounded").
package casualty

import (
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/event"
)

var units = map[string]int{
	"zero": 0, "no": 0, "none": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "both": 2, "a couple of": 2, "couple": 2,
}

var tens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]int{"hundred": 100, "thousand": 1000, "million": 1000000}

// vague words give a low-best-high range, not a figure.
var vague = map[string][3]int{
	"several": {3, 4, 9}, "a few": {2, 3, 5}, "few": {2, 3, 5}, "some": {2, 5, 20},
	"dozens": {24, 36, 99}, "dozens of": {24, 36, 99}, "a dozen": {12, 12, 12}, "dozen": {12, 12, 12},
	"scores": {40, 60, 99}, "hundreds": {200, 300, 999}, "thousands": {2000, 3000, 9999},
	"many": {5, 10, 99}, "numerous": {5, 10, 99},
}

// qualifiers before a number, longest first.
var qualifiers = []struct {
	words string
	q     event.Qualifier
}{
	{"at least", event.Min}, {"no fewer than", event.Min}, {"no less than", event.Min}, {"more than", event.Min},
	{"over", event.Min}, {"upwards of", event.Min}, {"in excess of", event.Min}, {"a minimum of", event.Min},
	{"at most", event.Max}, {"up to", event.Max}, {"fewer than", event.Max}, {"less than", event.Max}, {"as many as", event.Max},
	{"no more than", event.Max}, {"a maximum of", event.Max},
	{"about", event.Approx}, {"around", event.Approx}, {"approximately", event.Approx}, {"roughly", event.Approx},
	{"nearly", event.Approx}, {"almost", event.Approx}, {"an estimated", event.Approx}, {"estimated", event.Approx},
	{"some", event.Approx}, {"circa", event.Approx}, {"~", event.Approx}, {"c.", event.Approx}, {"close to", event.Approx},
}

// Number is a count found in text, with its byte span.
type Number struct {
	Count      event.Count
	Start, End int
}

// ParseNumber reads a count at the start of s ("at least 21", "four",
// "1,000", "twenty-one", "dozens of", "~300"). It returns the count and the
// number of bytes consumed, or ok=false.
func ParseNumber(s string) (c event.Count, n int, ok bool) {
	// A count is a few words long: look no further, so that scanning a
	// sentence stays linear, and fold ASCII only, so that byte offsets into
	// low are offsets into s.
	if len(s) > maxNumberLen {
		s = s[:maxNumberLen]
	}
	low := asciiLower(s)
	// "between 30 and 40", "30 to 40", "30–40": the lower figure as the
	// best, as ACLED codes conflicting reports, the range kept.
	between := hasWordPrefix(low, "between")
	if between {
		n = len("between")
		for n < len(low) && low[n] == ' ' {
			n++
		}
		low = low[n:]
	}
	if c, m, ok := numberRange(low, between); ok {
		return c, n + m, true
	}
	if between {
		return c, 0, false
	}
	q := event.Exact
	for _, x := range qualifiers {
		if hasWordPrefix(low, x.words) {
			rest := strings.TrimLeft(low[len(x.words):], " ")
			// "over a dozen": a dozen is as exact as 12.
			if _, m, ok := plainNumber(rest); ok && m > 0 || hasWordPrefix(rest, "a dozen") || hasWordPrefix(rest, "dozen") {
				q = x.q
				n = len(low) - len(rest)
				low = rest
				break
			}
		}
	}
	v, m, ok := plainNumber(low)
	if !ok {
		for _, w := range []string{"dozens of", "a dozen", "a few", "hundreds", "thousands", "dozens", "dozen", "several", "scores", "numerous", "many"} {
			if hasWordPrefix(low, w) {
				r := vague[w]
				h := r[2]
				if r[0] == r[2] {
					return event.Count{Low: r[0], Best: r[1], High: &h, Qualifier: q}, n + len(w), true
				}
				return event.Count{Low: r[0], Best: r[1], High: &h, Qualifier: event.Vague}, n + len(w), true
			}
		}
		return c, 0, false
	}
	c = event.Count{Low: v, Best: v, Qualifier: q}
	if q == event.Exact {
		h := v
		c.High = &h
	}
	if q == event.Max {
		h := v
		c.High = &h
		c.Low = 0
	}
	return c, n + m, true
}

const maxNumberLen = 120

// numberRange reads "30 to 40", "30-40" and, after "between", "30 and 40".
func numberRange(low string, between bool) (event.Count, int, bool) {
	v, m, ok := plainNumber(low)
	if !ok || m == 0 {
		return event.Count{}, 0, false
	}
	rest := low[m:]
	sep := len(rest) - len(strings.TrimLeft(rest, " "))
	rest = rest[sep:]
	var joiner string
	for _, j := range []string{"to", "and", "-", "–", "—"} {
		if (j != "and" || between) && strings.HasPrefix(rest, j) && (j[0] != 't' && j[0] != 'a' || hasWordPrefix(rest, j)) {
			joiner = j
			break
		}
	}
	if joiner == "" {
		return event.Count{}, 0, false
	}
	after := strings.TrimLeft(rest[len(joiner):], " ")
	w, m2, ok := plainNumber(after)
	if !ok || m2 == 0 || w <= v {
		return event.Count{}, 0, false
	}
	h := w
	return event.Count{Low: v, Best: v, High: &h}, len(low) - len(after) + m2, true
}

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func hasWordPrefix(s, w string) bool {
	if !strings.HasPrefix(s, w) {
		return false
	}
	if len(s) == len(w) {
		return true
	}
	last := w[len(w)-1]
	if last == '~' || last == '.' {
		return true
	}
	r := s[len(w)]
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
}

// plainNumber reads digits ("1,000", "21") or number words ("twenty-one",
// "two hundred") at the start of s (lower case).
func plainNumber(s string) (int, int, bool) {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ',' && i > 0 && i+3 < len(s)+0 && isDigits(s[i+1:], 3)) {
		i++
	}
	if i > 0 {
		if i < len(s) && (s[i] == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9') {
			return 0, 0, false // a decimal is not a head count
		}
		if i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
			return 0, 0, false // "22px", "2nd"
		}
		v, err := strconv.Atoi(strings.ReplaceAll(s[:i], ",", ""))
		if err != nil {
			return 0, 0, false
		}
		// "3 million", "1.5 thousand" are not head counts we read; "2 thousand" is.
		rest := strings.TrimLeft(s[i:], " ")
		for w, k := range scales {
			if hasWordPrefix(rest, w) && v <= maxCount/k {
				return v * k, len(s) - len(rest) + len(w), true
			}
		}
		return v, i, true
	}
	return wordNumber(s)
}

func isDigits(s string, n int) bool {
	if len(s) < n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) == n || s[n] < '0' || s[n] > '9'
}

// maxCount bounds the figures read: no count of people is larger, and
// products past it could overflow.
const maxCount = 1_000_000_000

// wordNumber reads "twenty-one", "one hundred and five", "four".
func wordNumber(s string) (int, int, bool) {
	total, cur, used := 0, 0, 0
	pos := 0
	any := false
	const (
		unitWord = iota + 1
		tenWord
		scaleWord
	)
	last := 0 // the kind of the last word read
	for pos < len(s) {
		w, next := nextWord(s, pos)
		if w == "" {
			break
		}
		switch {
		case w == "a" && !any:
			// "a hundred" but not "a soldier": only with a scale after.
			w2, n2 := nextWord(s, next)
			if _, ok := scales[w2]; ok {
				cur = 1
				any = true
				used, pos = next, next
				_ = n2
				continue
			}
			return 0, 0, false
		case w == "and" && any:
			w2, _ := nextWord(s, next)
			if _, ok := units[w2]; !ok {
				if _, ok := tens[w2]; !ok {
					return total + cur, used, true
				}
			}
			pos = next
			continue
		}
		if v, ok := units[w]; ok && w != "no" && w != "none" && w != "a" && w != "an" && w != "some" && w != "both" && w != "couple" && w != "single" {
			if last == unitWord {
				break // "fifteen fifteen": two numbers, not one
			}
			cur += v
			last = unitWord
		} else if v, ok := tens[w]; ok {
			if last == unitWord || last == tenWord {
				break
			}
			cur += v
			last = tenWord
		} else if v, ok := scales[w]; ok && any {
			// A figure past maxCount counts no people; the words would
			// overflow ("fifteen hundred hundred hundred …").
			if v == 100 {
				if cur > maxCount/v {
					break
				}
				cur *= v
			} else {
				if cur > (maxCount-total)/v {
					break
				}
				total += cur * v
				cur = 0
			}
			last = scaleWord
		} else if w == "both" && !any {
			return 2, next, true
		} else {
			break
		}
		any = true
		used, pos = next, next
	}
	if !any {
		return 0, 0, false
	}
	return total + cur, used, true
}

// nextWord returns the lower-case word at s[pos:] (letters, splitting on
// hyphens) and where the next one starts.
func nextWord(s string, pos int) (string, int) {
	for pos < len(s) && (s[pos] == ' ' || s[pos] == '-') {
		pos++
	}
	start := pos
	for pos < len(s) && s[pos] >= 'a' && s[pos] <= 'z' {
		pos++
	}
	if start == pos {
		return "", pos
	}
	w := s[start:pos]
	return w, pos
}
