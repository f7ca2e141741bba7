// Package article reads narrative documents into titled, sectioned blocks of
// text with an infobox: the plain-text article format ("= Title =", "- Key:
// Value" infobox lines, "==Section==" headings), MediaWiki wikitext with an
// {{Infobox …}} template, and plain text such as news or event notes.
//
// Offsets in a Document are byte offsets into Document.Text, which for the
// article and plain formats is the input itself and for wikitext is its
// plain rendering.
package article

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxSize bounds the documents Parse accepts, so that memory stays bounded
// whatever a user passes in.
const MaxSize = 16 << 20

// Format names an input format.
type Format string

const (
	FormatArticle  Format = "article"
	FormatWikitext Format = "wikitext"
	FormatText     Format = "text"
)

// Document is a parsed narrative.
type Document struct {
	Name    string // file name or id, for messages
	Title   string
	Format  Format
	Text    string
	Infobox []Field
	Blocks  []Block
	SeeAlso []string
}

// Field is one infobox entry.
type Field struct {
	Key   string
	Value string
	Line  int // 1-based line in the input
}

// Kind of block.
type Kind string

const (
	Heading   Kind = "heading"
	Paragraph Kind = "paragraph"
	Bullet    Kind = "bullet"
)

// Block is a heading, a paragraph or a list item.
type Block struct {
	Kind    Kind
	Level   int    // heading depth: 1 for "= T =", 2 for "== S ==" …
	Section string // the innermost heading above the block
	Text    string
	Start   int // byte offsets of Text in Document.Text
	End     int
	Line    int
}

// Error is a problem with the input, located.
type Error struct {
	Name string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s line %d: %s", e.Name, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Name, e.Msg)
}

// ErrTooLarge is in the message of the error for inputs over MaxSize.
var ErrTooLarge = errors.New("document too large")

// Parse reads a document, sniffing its format.
func Parse(name string, data []byte) (*Document, error) {
	return ParseFormat(name, data, Sniff(data))
}

// Sniff guesses the format: wikitext if it has an {{Infobox or wiki
// headings with ”'bold”' or [[links]]; the article format if it opens
// with "= Title ="; plain text otherwise (which still reads "- Key:
// Value" lines right under its title as an infobox).
func Sniff(data []byte) Format {
	head := data
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	if bytes.Contains(head, []byte("{{Infobox")) || bytes.Contains(head, []byte("{{infobox")) ||
		(bytes.Contains(head, []byte("[[")) && bytes.Contains(head, []byte("'''"))) {
		return FormatWikitext
	}
	trim := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if bytes.HasPrefix(trim, []byte("= ")) || bytes.HasPrefix(trim, []byte("=")) && bytes.Contains(firstLine(trim), []byte(" =")) {
		return FormatArticle
	}
	return FormatText
}

func firstLine(b []byte) []byte {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i]
	}
	return b
}

// ParseFormat reads a document of a known format.
func ParseFormat(name string, data []byte, f Format) (*Document, error) {
	if len(data) > MaxSize {
		return nil, &Error{Name: name, Msg: fmt.Sprintf("%v: over the limit of %d bytes (%d MiB)", ErrTooLarge, MaxSize, MaxSize>>20)}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if err := CheckText(name, data); err != nil {
		return nil, err
	}
	data = BlankBreaks(data)
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{Name: name, Msg: "empty document"}
	}
	switch f {
	case FormatArticle:
		return parseArticle(name, string(data))
	case FormatWikitext:
		return parseWikitext(name, string(data))
	case FormatText:
		return parseText(name, string(data)), nil
	}
	return nil, &Error{Name: name, Msg: fmt.Sprintf("unknown format %q", f)}
}

// CheckText refuses what is not text: invalid UTF-8 and control bytes
// other than tab, newline, carriage return, form feed and vertical tab (a
// NUL is what UTF-16 without a byte-order mark shows; a form feed ends
// each page of pdftotext's output). The commands that read a text file
// outside Parse use it, with BlankBreaks, so that they take what read
// takes.
func CheckText(name string, data []byte) error {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return &Error{Name: name, Line: line, Msg: fmt.Sprintf("invalid UTF-8 at byte %d: not a text document", i)}
		}
		if r == '\n' {
			line++
		} else if r < 0x20 && r != '\t' && r != '\r' && r != '\f' && r != '\v' || r == 0x7f {
			return &Error{Name: name, Line: line, Msg: fmt.Sprintf("control character %U at byte %d: not a text document", r, i)}
		}
		i += size
	}
	return nil
}

// BlankBreaks returns data with each form feed and vertical tab made a
// space: the readers split words and lines on spaces and newlines only,
// and a page break is no more than a space between words. The byte
// offsets stay those of the input. data is not changed.
func BlankBreaks(data []byte) []byte {
	if !bytes.ContainsAny(data, "\f\v") {
		return data
	}
	out := bytes.Clone(data)
	for i, c := range out {
		if c == '\f' || c == '\v' {
			out[i] = ' '
		}
	}
	return out
}

// lines splits text into lines with their byte offsets, without the
// trailing "\r\n" or "\n".
type line struct {
	text  string
	start int
	num   int
}

func splitLines(s string) []line {
	var out []line
	start, num := 0, 1
	for start <= len(s) {
		end := strings.IndexByte(s[start:], '\n')
		var l string
		next := 0
		if end < 0 {
			l = s[start:]
			next = len(s) + 1
		} else {
			l = s[start : start+end]
			next = start + end + 1
		}
		out = append(out, line{strings.TrimSuffix(l, "\r"), start, num})
		start = next
		num++
	}
	return out
}

// headingLevel returns the depth of a "== H ==" line and its text.
func headingLevel(l string) (int, string, bool) {
	t := strings.TrimSpace(l)
	if len(t) < 3 || t[0] != '=' || t[len(t)-1] != '=' {
		return 0, "", false
	}
	open := len(t) - len(strings.TrimLeft(t, "="))
	closeN := len(t) - len(strings.TrimRight(t, "="))
	if open != closeN || open*2 >= len(t) || open > 6 {
		return 0, "", false
	}
	h := strings.TrimSpace(t[open : len(t)-closeN])
	if h == "" {
		return 0, "", false
	}
	return open, h, true
}

// infoboxLine matches "- Key: Value" where Key is one word as infoboxes
// spell them (Conflict, Partof, Casualties1, Commander2…).
func infoboxLine(l string) (key, val string, ok bool) {
	if !strings.HasPrefix(l, "- ") {
		return "", "", false
	}
	rest := l[2:]
	i := strings.Index(rest, ": ")
	if i <= 0 || i > 40 {
		if strings.HasSuffix(rest, ":") && !strings.Contains(rest, " ") {
			return rest[:len(rest)-1], "", true
		}
		return "", "", false
	}
	key = rest[:i]
	// Stored pages keep the template's spaced keys ("Map Type", "Native
	// Name Lang", "Combatants Header"): up to four capitalised words. A
	// line of prose ("- In 2013: …") is not a key and ends the infobox.
	words := strings.Split(key, " ")
	if len(words) > 4 {
		return "", "", false
	}
	for _, w := range words {
		if w == "" || len(words) > 1 && !(w[0] >= 'A' && w[0] <= 'Z') {
			return "", "", false
		}
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
				return "", "", false
			}
		}
	}
	return key, strings.TrimSpace(rest[i+2:]), true
}

func parseArticle(name, s string) (*Document, error) {
	d := &Document{Name: name, Format: FormatArticle, Text: s}
	ls := splitLines(s)
	i := 0
	for i < len(ls) && strings.TrimSpace(ls[i].text) == "" {
		i++
	}
	lvl, title, ok := headingLevel(ls[i].text)
	if !ok || lvl != 1 {
		return nil, &Error{Name: name, Line: ls[i].num, Msg: `no title: an article opens with "= Title ="`}
	}
	d.Title = title
	d.Blocks = append(d.Blocks, Block{Kind: Heading, Level: 1, Text: title, Section: title,
		Start: ls[i].start + strings.Index(ls[i].text, title), Line: ls[i].num})
	d.Blocks[0].End = d.Blocks[0].Start + len(title)
	i++
	d.readBody(ls[i:], title, true)
	return d, nil
}

// readBody reads headings, infobox lines (while infobox is true: before the
// first paragraph), paragraphs and bullets.
func (d *Document) readBody(ls []line, section string, infobox bool) {
	inSeeAlso := false
	seenInfobox := false
	prevProse := false
	wrapped := isWrapped(ls)
	for _, l := range ls {
		t := strings.TrimSpace(l.text)
		if t == "" {
			prevProse = false
			continue
		}
		lead := strings.Index(l.text, t)
		wasProse := prevProse
		prevProse = false
		if lvl, h, ok := headingLevel(t); ok {
			section = h
			inSeeAlso = isSeeAlso(h)
			infobox = false
			d.Blocks = append(d.Blocks, Block{Kind: Heading, Level: lvl, Text: h, Section: h,
				Start: l.start + strings.Index(l.text, h), End: l.start + strings.Index(l.text, h) + len(h), Line: l.num})
			continue
		}
		if infobox {
			if k, v, ok := infoboxLine(t); ok {
				d.Infobox = append(d.Infobox, Field{Key: k, Value: v, Line: l.num})
				seenInfobox = true
				continue
			}
			// A short line before the infobox is an image caption or a
			// navigation leftover ("ISIL"), not prose.
			if !seenInfobox && len(t) < 40 && !strings.ContainsAny(t, ".!?") {
				continue
			}
			infobox = false
		}
		if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "• ") {
			item := strings.TrimSpace(t[strings.IndexByte(t, ' '):])
			if inSeeAlso {
				d.SeeAlso = append(d.SeeAlso, item)
			}
			start := l.start + strings.Index(l.text, item)
			d.Blocks = append(d.Blocks, Block{Kind: Bullet, Section: section, Text: item, Start: start, End: start + len(item), Line: l.num})
			continue
		}
		// Consecutive prose lines are one paragraph when the text is
		// hard-wrapped; text copied from the web puts one paragraph a line.
		if n := len(d.Blocks); n > 0 && wasProse && wrapped && d.Blocks[n-1].Kind == Paragraph {
			b := &d.Blocks[n-1]
			b.End = l.start + lead + len(t)
			b.Text = d.Text[b.Start:b.End]
			prevProse = true
			continue
		}
		d.Blocks = append(d.Blocks, Block{Kind: Paragraph, Section: section, Text: t, Start: l.start + lead, End: l.start + lead + len(t), Line: l.num})
		prevProse = true
	}
}

// wrapWidth is wider than any hard-wrapped text's lines (72 to 80
// columns as a rule).
const wrapWidth = 100

// isWrapped reports text whose lines are hard-wrapped: none is longer
// than a wrapped line can be. Text with a longer line puts a paragraph on
// each line, as text copied from the web does.
func isWrapped(ls []line) bool {
	for _, l := range ls {
		if utf8.RuneCountInString(strings.TrimSpace(l.text)) > wrapWidth {
			return false
		}
	}
	return true
}

func isSeeAlso(h string) bool {
	h = strings.ToLower(h)
	return h == "see also" || h == "references" || h == "external links" || h == "notes" || h == "further reading"
}

// parseText reads plain text: a first short line without final punctuation
// is the title; blank-line-separated runs are paragraphs.
func parseText(name, s string) *Document {
	d := &Document{Name: name, Format: FormatText, Text: s}
	ls := splitLines(s)
	i := 0
	for i < len(ls) && strings.TrimSpace(ls[i].text) == "" {
		i++
	}
	first := strings.TrimSpace(ls[i].text)
	infobox := false
	if len(first) < 200 && !strings.HasSuffix(first, ".") && i+1 < len(ls) {
		d.Title = first
		start := ls[i].start + strings.Index(ls[i].text, first)
		d.Blocks = append(d.Blocks, Block{Kind: Heading, Level: 1, Text: first, Section: first, Start: start, End: start + len(first), Line: ls[i].num})
		i++
		// A title without "= =" over "- Key: Value" lines is an article
		// whose title lost its markup: read the lines as its infobox.
		j := i
		for j < len(ls) && strings.TrimSpace(ls[j].text) == "" {
			j++
		}
		if j < len(ls) {
			_, _, infobox = infoboxLine(strings.TrimSpace(ls[j].text))
		}
	} else {
		d.Title = name
	}
	d.readBody(ls[i:], d.Title, infobox)
	return d
}
