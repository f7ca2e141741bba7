// Package actor names the parties to events: an alias table, kept as data,
// maps what texts and datasets write ("ISGS", "U.S. troops", "Nigerien
// soldiers") to one canonical name each, and Find locates those names in
// text.
package actor

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed aliases.tsv
var defaultTable string

// Kind of actor.
type Kind string

const (
	State   Kind = "state"   // a country's forces or government
	Group   Kind = "group"   // a named armed group
	Org     Kind = "org"     // an international organisation
	Generic Kind = "generic" // an unnamed actor: "armed men", "militants"
)

// Junta is the canonical name of a state's rulers named only by what they
// are ("the junta"): which state is the reader's to say, from the country
// the text places them in.
const Junta = "junta"

// Entry is one canonical actor.
type Entry struct {
	Canonical string
	Kind      Kind
	Aliases   []string
	// Place: the country's name alone is where things happen, not who
	// fights ("a bombing in southwestern Pakistan"); only the forces'
	// names make the state a party in text. The name still looks up.
	Place bool
}

// Table maps aliases to canonical actors.
type Table struct {
	entries []Entry
	byKey   map[string]int  // folded alias → entry
	maxLen  int             // longest alias in words
	first   map[string]bool // folded first word of every alias: where a match can start
}

// Default returns the built-in table.
func Default() *Table {
	t, err := Parse(defaultTable)
	if err != nil {
		panic("actor: built-in alias table: " + err.Error()) // caught by tests
	}
	return t
}

// Parse reads a table: lines of canonical, kind and |-separated aliases,
// tab-separated, and for a state optionally "place" (Entry.Place); #
// starts a comment.
func Parse(src string) (*Table, error) {
	t := &Table{byKey: map[string]int{}, first: map[string]bool{}}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 && len(f) != 4 {
			return nil, fmt.Errorf("alias table line %d: want 3 or 4 tab-separated fields, got %d", n+1, len(f))
		}
		e := Entry{Canonical: f[0], Kind: Kind(f[1])}
		if len(f) == 4 {
			if f[3] != "place" || e.Kind != State {
				return nil, fmt.Errorf("alias table line %d: fourth field %q: only a state's may be, and only \"place\"", n+1, f[3])
			}
			e.Place = true
		}
		switch e.Kind {
		case State, Group, Org, Generic:
		default:
			return nil, fmt.Errorf("alias table line %d: unknown kind %q", n+1, f[1])
		}
		e.Aliases = append([]string{f[0]}, strings.Split(f[2], "|")...)
		idx := len(t.entries)
		t.entries = append(t.entries, e)
		for _, a := range e.Aliases {
			k := Fold(a)
			if k == "" {
				continue
			}
			// Case matters for short acronyms ("IS", "US" vs "is", "us").
			if isAcronym(a) {
				k = "=" + a
			}
			if prev, dup := t.byKey[k]; dup && prev != idx {
				return nil, fmt.Errorf("alias table line %d: %q is already an alias of %s", n+1, a, t.entries[prev].Canonical)
			}
			t.byKey[k] = idx
			f := strings.Fields(Fold(a))
			if len(f) > t.maxLen {
				t.maxLen = len(f)
			}
			t.first[strings.TrimSuffix(f[0], ".")] = true
		}
	}
	return t, nil
}

func isAcronym(s string) bool {
	if len(s) > 4 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && r != '.' {
			return false
		}
	}
	return true
}

// Fold lower-cases and normalizes dashes, apostrophes and spaces so that
// "Islamic State – West Africa Province" and "Islamic State - West Africa
// Province" meet.
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '–' || r == '—' || r == '-':
			r = '-'
		case r == '’' || r == '‘' || r == '`':
			r = '\''
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.ReplaceAll(b.String(), " - ", "-")
}

// Lookup returns the entry for a name as written.
func (t *Table) Lookup(name string) (Entry, bool) {
	name = strings.TrimSpace(name)
	if isAcronym(name) {
		if i, ok := t.byKey["="+name]; ok {
			return t.entries[i], true
		}
	}
	i, ok := t.byKey[Fold(name)]
	if !ok {
		i, ok = t.byKey[Fold(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))]
	}
	if !ok {
		return Entry{}, false
	}
	return t.entries[i], true
}

// has reports a name that is itself an alias, not one only after its
// leading article is dropped.
func (t *Table) has(name string) bool {
	if isAcronym(name) {
		if _, ok := t.byKey["="+name]; ok {
			return true
		}
	}
	_, ok := t.byKey[Fold(name)]
	return ok
}

// Canonical returns the canonical name, or the name itself when unknown.
func (t *Table) Canonical(name string) string {
	if e, ok := t.Lookup(name); ok {
		return e.Canonical
	}
	return strings.TrimSpace(name)
}

// Mention is an actor name found in text.
type Mention struct {
	Start, End int // byte offsets
	Text       string
	Entry      Entry
}

// Find returns the longest alias matches in s, left to right, on word
// boundaries. An acronym s spells out as another name is not the table's
// (see Redefined).
func (t *Table) Find(s string) []Mention {
	return t.FindExcept(s, t.Redefined(s))
}

// FindExcept is Find with the acronyms a whole document redefines (from
// Redefined on it), for a part of it: "the Police Mobile Force (PMF)" in
// a story's lead makes a later paragraph's "PMF" Nigeria's unit too.
func (t *Table) FindExcept(s string, redefined map[string]bool) []Mention {
	type word struct{ start, end int }
	var words []word
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r2) && !(r2 == '.' && j+sz < len(s) && isWordRune(rune(s[j+sz])) && s[j+sz] != ' ') {
				break
			}
			j += sz
		}
		// keep the dot of "U.S." as part of the word
		if j < len(s) && s[j] == '.' && strings.Count(s[i:j], ".") > 0 {
			j++
		}
		// "pro-Islamic State militants": the group's supporters are read
		// as the group.
		if j-i > 5 && strings.EqualFold(s[i:i+4], "pro-") {
			if r, _ := utf8.DecodeRuneInString(s[i+4:]); unicode.IsUpper(r) {
				i += 4
			}
		}
		words = append(words, word{i, j})
		i = j
	}
	// owns reports whether the words from k on name a force, the words
	// a possessive name owns when it is a party ("Chad's army"); "defence"
	// does only in "defence forces" and "defence and security forces", not
	// in "Cameroon's defence minister".
	owns := func(k int) bool {
		at := func(k int) string { return strings.ToLower(s[words[k].start:words[k].end]) }
		switch w := at(k); {
		case forceWord[w]:
			return true
		case w == "defence" || w == "defense":
			var rest []string
			for j := k + 1; j < len(words) && j <= k+3; j++ {
				rest = append(rest, at(j))
			}
			next := strings.Join(rest, " ")
			return strings.HasPrefix(next, "forces") || strings.HasPrefix(next, "and security forces")
		}
		return false
	}
	var out []Mention
	for i := 0; i < len(words); {
		w := Fold(s[words[i].start:words[i].end])
		bare, _ := cutPossessive(w)
		if !t.first[strings.TrimSuffix(w, ".")] && !t.first[w] && !t.first[bare] {
			i++
			continue
		}
		matched := false
		for n := min(t.maxLen+1, len(words)-i); n >= 1; n-- {
			text := s[words[i].start:words[i+n-1].end]
			// "Communist Party of India (Maoist)": a name that ends in a
			// bracket ends past the last word; read without it, its
			// country ("India") would be taken for the party.
			if end := words[i+n-1].end; strings.Contains(text, "(") && end < len(s) && s[end] == ')' {
				text = s[words[i].start : end+1]
			}
			e, ok := t.Lookup(text)
			if !ok && strings.HasSuffix(text, ".") {
				e, ok = t.Lookup(strings.TrimSuffix(text, "."))
				if ok {
					text = strings.TrimSuffix(text, ".")
				}
			}
			// "the ‘Defense Brigades of Benghazi’": a single quote that
			// closes a quoted name is read as part of its last word. Only
			// after an opening quote: "Hamas’ spokesman" is a possessive,
			// which names a party only before a force (below).
			if !ok && strings.HasSuffix(text, "’") && strings.HasSuffix(s[:words[i].start], "‘") {
				if e, ok = t.Lookup(strings.TrimSuffix(text, "’")); ok {
					text = strings.TrimSuffix(text, "’")
				}
			}
			// "the Democratic Republic of Congo's army": a possessive ends
			// the name, it is no part of it. Only before a force, so that
			// "Niger's president" or "Iraq's media cell" name no party.
			forces := false // "Pakistan's army": the name owns a force
			if !ok && i+n < len(words) && owns(i+n) {
				if base, cut := cutPossessive(text); cut {
					if e, ok = t.Lookup(base); ok {
						text, forces = base, true
					}
				}
			}
			if ok && len(redefined) > 0 {
				f, _ := cutPossessive(strings.TrimPrefix(Fold(text), "the "))
				ok = !redefined[strings.TrimSuffix(f, ".")]
			}
			// A country's name alone, for a state whose name is a place,
			// names no party; its forces' names do.
			if ok && e.Place && !forces && strings.TrimPrefix(Fold(text), "the ") == Fold(e.Canonical) {
				ok = false
			}
			// "a South American country", "South Sudanese troops": a
			// compass or region word before a lone demonym makes another
			// people of it.
			if ok && n == 1 && !forces && i > 0 && regionWord[s[words[i-1].start:words[i-1].end]] {
				ok = false
			}
			if ok {
				start := words[i].start
				// "The Mali War": the article is the phrase's, not the actor's.
				if n > 1 && strings.EqualFold(s[start:words[i].end], "the") && !t.has(text) {
					start = words[i+1].start
					text = s[start : words[i].start+len(text)]
				}
				out = append(out, Mention{Start: start, End: start + len(text), Text: text, Entry: e})
				i += n
				matched = true
				break
			}
		}
		if !matched {
			i++
		}
	}
	return out
}

// Redefined returns the acronyms of the table (folded) that s spells out
// as another name: in "the Police Mobile Force (PMF)" the acronym is
// Nigeria's unit, not Iraq's Popular Mobilization Forces, and so
// throughout s. A spelling-out counts when the initials of the
// capitalized words before the bracket make the acronym and the name is
// not one of the entry's own under another spelling.
func (t *Table) Redefined(s string) map[string]bool {
	var out map[string]bool
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '(')
		if j < 0 {
			return out
		}
		open := i + j
		i = open + 1
		k := strings.IndexByte(s[i:], ')')
		if k < 2 || k > 8 {
			continue
		}
		acr := s[i : i+k]
		core := strings.ReplaceAll(acr, ".", "") // "U.N." spells two words
		if !isAcronym(core) && !allUpper(acr) {
			continue
		}
		e, ok := t.Lookup(acr)
		if !ok {
			continue
		}
		// The capitalized words before the bracket, as many as the
		// acronym has letters, skipping "of", "for", "and", "the".
		fields := strings.Fields(s[max(0, open-160):open])
		var initials []byte
		var name []string
		for f := len(fields) - 1; f >= 0 && len(initials) < len(core); f-- {
			w := strings.Trim(fields[f], ",;:\"'")
			switch w {
			case "of", "for", "and", "the", "de", "du", "des", "la":
				name = append(name, w)
				continue
			}
			if w == "" || w[0] < 'A' || w[0] > 'Z' {
				break
			}
			initials = append(initials, w[0])
			name = append(name, w)
		}
		slices.Reverse(initials)
		slices.Reverse(name)
		if !strings.EqualFold(string(initials), core) {
			continue
		}
		if d, ok := t.Lookup(strings.Join(name, " ")); ok && d.Canonical == e.Canonical || spellsEntry(name, e) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[Fold(acr)] = true
	}
}

// spellsEntry reports whether a spelled-out name is the entry's own
// under another spelling: it begins as the entry's name or an alias does
// ("Islamic State West Africa Province", "Syrian Defense Forces" for
// ISWAP and SDF), or shares two words with one ("Balochistan Liberation
// Army", the French name of the FARDC). "Police Mobile Force" is no
// spelling of the PMF.
func spellsEntry(name []string, e Entry) bool {
	first := Fold(name[0])
	for _, n := range append([]string{e.Canonical}, e.Aliases...) {
		fs := strings.Fields(Fold(n))
		if len(fs) == 0 {
			continue
		}
		if fs[0] == first {
			return true
		}
		shared := 0
		for _, w := range name {
			if w = Fold(w); len(w) > 3 && slices.Contains(fs, w) {
				shared++
			}
		}
		if shared >= 2 {
			return true
		}
	}
	return false
}

// allUpper reports whether s is written in capitals and digits only, with
// at least one capital ("ADF", "M23").
func allUpper(s string) bool {
	upper := false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper = true
		case !unicode.IsDigit(r):
			return false
		}
	}
	return upper
}

// regionWord: capitalized words that, before a one-word name, make a
// region's people of it ("Latin American", "North African").
var regionWord = map[string]bool{
	"South": true, "North": true, "East": true, "West": true, "Central": true,
	"Latin": true, "Native": true, "Southern": true, "Northern": true, "Eastern": true, "Western": true,
}

// forceWord: what follows a possessive name when the name is a party to
// the fighting ("Chad's army", "Hamas's fighters").
var forceWord = map[string]bool{
	"army": true, "armed": true, "military": true, "forces": true, "force": true,
	"troops": true, "soldiers": true, "police": true, "navy": true, "air": true,
	"militia": true, "militiamen": true, "fighters": true, "paramilitary": true,
	"paramilitaries": true, "jets": true, "warplanes": true, "gunmen": true,
}

// cutPossessive drops a final "'s" or "’s".
func cutPossessive(s string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if len(s) > len(suf)+1 && strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)], true
		}
	}
	return s, false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’' || r == '–'
}

// Entries lists the table, by canonical name.
func (t *Table) Entries() []Entry {
	out := append([]Entry(nil), t.entries...)
	sort.Slice(out, func(i, j int) bool { return out[i].Canonical < out[j].Canonical })
	return out
}
