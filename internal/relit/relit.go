// Package relit runs a regular expression only on text that holds the
// literal strings every match of it must contain. Go's regexp has no
// literal prefix to skip to in a pattern such as `\b(?:ambush|clash)`, so
// it tries the pattern at every byte; a few strings.Contains calls turn
// most texts away first. The answers are those of regexp, always: the
// filter is a necessary condition derived from the pattern's syntax tree.
package relit

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Regexp is a compiled regexp.Regexp with its required literals. Methods
// it does not redefine are the embedded regexp's, unfiltered.
type Regexp struct {
	*regexp.Regexp
	// need holds sets of literals: every match contains at least one
	// literal of each set.
	need [][]lit
	fold bool // some literal is matched without regard to case
}

// lit is a string a match must hold; a folded one is held in ASCII
// lower case and looked for in the text lowered the same way.
type lit struct {
	s    string
	fold bool
}

// maxSets bounds the sets tested: beyond a few, each adds cost and
// rarely turns a text away.
const maxSets = 3

// MustCompile compiles expr as regexp.MustCompile does and derives its
// required literals.
func MustCompile(expr string) *Regexp {
	r := compile(regexp.MustCompile(expr), expr)
	if r.need != nil {
		mu.Lock()
		all = append(all, r)
		mu.Unlock()
	}
	return r
}

// compile derives re's required literals, registering nothing (the fuzz
// test compiles millions).
func compile(re *regexp.Regexp, expr string) *Regexp {
	r := &Regexp{Regexp: re}
	t, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return r
	}
	t = t.Simplify()
	prog, err := syntax.Compile(t)
	if err != nil {
		return r
	}
	// A pattern anchored at the start is tried at one place only and
	// fails there soon; the scan for its literals costs more (three
	// times the pattern's time in the geoparser's distanceAhead).
	if prog.StartCond()&syntax.EmptyBeginText != 0 {
		return r
	}
	r.need = best(required(t), maxSets)
	for _, set := range r.need {
		for _, l := range set {
			r.fold = r.fold || l.fold
		}
	}
	return r
}

var (
	mu  sync.Mutex
	all []*Regexp
)

// Filtered returns every pattern compiled so far with a filter, so that
// a package's tests can hold its own to regexp on its own texts.
func Filtered() []*Regexp {
	mu.Lock()
	defer mu.Unlock()
	return slices.Clone(all)
}

// Need returns the sets of literals the filter tests, a folded one
// marked "(?i)" (for tests).
func (r *Regexp) Need() [][]string {
	var out [][]string
	for _, set := range r.need {
		var ss []string
		for _, l := range set {
			if l.fold {
				ss = append(ss, "(?i)"+l.s)
			} else {
				ss = append(ss, l.s)
			}
		}
		out = append(out, ss)
	}
	return out
}

// Possible reports whether s holds a literal of each required set: when
// it is false, the pattern cannot match s or any part of it.
func (r *Regexp) Possible(s string) bool {
	if len(r.need) == 0 {
		return true
	}
	var low []byte
	if r.fold {
		// Case folding takes "K" for the Kelvin sign and "s" for the
		// long s, which ASCII lowering does not: with either in the
		// text, leave it to the regexp.
		if strings.Contains(s, "\u212A") || strings.Contains(s, "\u017F") {
			return true
		}
		var buf [512]byte
		low = asciiLower(buf[:0], s)
	}
	for _, set := range r.need {
		found := false
		for _, l := range set {
			if l.fold && bytes.Contains(low, []byte(l.s)) || !l.fold && strings.Contains(s, l.s) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func asciiLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// MatchString is regexp's MatchString.
func (r *Regexp) MatchString(s string) bool {
	return r.Possible(s) && r.Regexp.MatchString(s)
}

// FindString is regexp's FindString.
func (r *Regexp) FindString(s string) string {
	if !r.Possible(s) {
		return ""
	}
	return r.Regexp.FindString(s)
}

// FindStringIndex is regexp's FindStringIndex.
func (r *Regexp) FindStringIndex(s string) []int {
	if !r.Possible(s) {
		return nil
	}
	return r.Regexp.FindStringIndex(s)
}

// FindStringSubmatch is regexp's FindStringSubmatch.
func (r *Regexp) FindStringSubmatch(s string) []string {
	if !r.Possible(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp's FindStringSubmatchIndex.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if !r.Possible(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatchIndex(s)
}

// FindAllString is regexp's FindAllString.
func (r *Regexp) FindAllString(s string, n int) []string {
	if !r.Possible(s) {
		return nil
	}
	return r.Regexp.FindAllString(s, n)
}

// FindAllStringIndex is regexp's FindAllStringIndex.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !r.Possible(s) {
		return nil
	}
	return r.Regexp.FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is regexp's FindAllStringSubmatch.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !r.Possible(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp's FindAllStringSubmatchIndex.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !r.Possible(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString is regexp's ReplaceAllString: with no match, s.
func (r *Regexp) ReplaceAllString(s, repl string) string {
	if !r.Possible(s) {
		return s
	}
	return r.Regexp.ReplaceAllString(s, repl)
}

// required returns sets of literals such that every match of t contains
// one literal of each set; nil when nothing is known.
func required(t *syntax.Regexp) [][]lit {
	switch t.Op {
	case syntax.OpLiteral:
		if l, ok := literal(t); ok {
			return [][]lit{{l}}
		}
		return nil
	case syntax.OpCapture, syntax.OpPlus:
		return required(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return required(t.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		// Runs of parts that match a few strings only are multiplied
		// out ("le" then "ft" or "ave" is "left" or "leave").
		var all [][]lit
		var run []lit
		flush := func() {
			if run = dedup(run); len(run) > 0 && !slices.ContainsFunc(run, func(l lit) bool { return l.s == "" }) {
				all = append(all, run)
			}
			run = nil
		}
		for _, s := range t.Sub {
			x := exact(s)
			if x == nil {
				flush()
				all = append(all, required(s)...)
				continue
			}
			if run == nil {
				run = x
				continue
			}
			if p := product(run, x); p != nil {
				run = p
				continue
			}
			flush()
			run = x
		}
		flush()
		// "(?:ab){2,}" is "ab" then "(?:ab)+": one set is enough.
		return slices.CompactFunc(all, slices.Equal)
	case syntax.OpAlternate:
		// One of the branches matched: the union of one set from each.
		var union []lit
		for _, s := range t.Sub {
			sets := best(required(s), 1)
			if len(sets) == 0 {
				return nil
			}
			union = append(union, sets[0]...)
		}
		return [][]lit{dedup(union)}
	}
	return nil
}

// literal is a literal node as a string to look for: a folded one only
// in ASCII, and none with U+FFFD, which matches any invalid byte.
func literal(t *syntax.Regexp) (lit, bool) {
	if slices.Contains(t.Rune, utf8.RuneError) {
		return lit{}, false
	}
	if t.Flags&syntax.FoldCase == 0 {
		return lit{s: string(t.Rune)}, true
	}
	b := make([]byte, 0, len(t.Rune))
	for _, r := range t.Rune {
		if r >= utf8.RuneSelf {
			return lit{}, false
		}
		b = append(b, byte(r))
	}
	return lit{s: string(asciiLower(nil, string(b))), fold: true}, true
}

// maxExact bounds the strings of a part multiplied out.
const maxExact = 64

// exact returns every string t can match, or nil when they are many or
// unbounded. Assertions (\b, ^, $) match the empty string.
func exact(t *syntax.Regexp) []lit {
	switch t.Op {
	case syntax.OpLiteral:
		if l, ok := literal(t); ok {
			return []lit{l}
		}
		return nil
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []lit{{}}
	case syntax.OpCapture:
		return exact(t.Sub[0])
	case syntax.OpQuest:
		x := exact(t.Sub[0])
		if x == nil {
			return nil
		}
		return append([]lit{{}}, x...)
	case syntax.OpCharClass:
		// A few runes: "['’]", "[Tt]".
		var out []lit
		for i := 0; i+1 < len(t.Rune); i += 2 {
			for r := t.Rune[i]; r <= t.Rune[i+1]; r++ {
				if r == utf8.RuneError || len(out) == 4 {
					return nil
				}
				out = append(out, lit{s: string(r)})
			}
		}
		return out
	case syntax.OpConcat:
		out := []lit{{}}
		for _, s := range t.Sub {
			x := exact(s)
			if x == nil {
				return nil
			}
			if out = product(out, x); out == nil {
				return nil
			}
		}
		return out
	case syntax.OpAlternate:
		var out []lit
		for _, s := range t.Sub {
			x := exact(s)
			if x == nil || len(out)+len(x) > maxExact {
				return nil
			}
			out = append(out, x...)
		}
		return out
	}
	return nil
}

// product returns every literal of a followed by one of b, or nil when
// they would be too many. A literal with a folded part is looked for
// folded whole: weaker, still necessary.
func product(a, b []lit) []lit {
	if len(a)*len(b) > maxExact {
		return nil
	}
	out := make([]lit, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			l := lit{s: x.s + y.s, fold: x.fold || y.fold}
			if l.fold {
				l.s = string(asciiLower(nil, l.s))
			}
			out = append(out, l)
		}
	}
	return out
}

// best keeps the n most selective sets: those whose shortest literal is
// longest, then those with fewer literals.
func best(sets [][]lit, n int) [][]lit {
	sets = slices.Clone(sets)
	slices.SortStableFunc(sets, func(a, b []lit) int {
		if d := shortest(b) - shortest(a); d != 0 {
			return d
		}
		return len(a) - len(b)
	})
	return sets[:min(n, len(sets))]
}

func shortest(set []lit) int {
	n := -1
	for _, l := range set {
		if n < 0 || len(l.s) < n {
			n = len(l.s)
		}
	}
	return n
}

// dedup drops the literals of a set that hold another of its literals:
// finding the shorter one is enough. A folded one holds only folded ones.
func dedup(set []lit) []lit {
	slices.SortFunc(set, func(a, b lit) int {
		if c := strings.Compare(a.s, b.s); c != 0 {
			return c
		}
		if a.fold == b.fold {
			return 0
		}
		if a.fold {
			return 1
		}
		return -1
	})
	set = slices.Compact(set)
	var out []lit
	for i, l := range set {
		redundant := false
		for j, o := range set {
			if i != j && (len(o.s) < len(l.s) || len(o.s) == len(l.s) && j < i) && (o.fold || !l.fold) && strings.Contains(l.s, o.s) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, l)
		}
	}
	return out
}
