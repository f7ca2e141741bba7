// Package timeml reads TempEval-3 TimeML documents, writes them back with
// TIMEX3 tags inserted (by any Tagger; Timex is the date engine's), and
// scores TIMEX3 annotations the TempEval-3 way.
package timeml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Span is one TIMEX3 annotation, with offsets into Doc.Text.
type Span struct {
	Start, End int
	Text       string
	Type       string
	Value      string
	Mod        string
}

// Doc is a TimeML document: its bytes, its creation time and the plain
// text of its TEXT element with the annotations already in it.
type Doc struct {
	Name string
	Raw  []byte
	// DCT is the document creation time; DCTValue its TIMEX3 value.
	DCT      time.Time
	DCTValue string
	// Text is the TEXT element's character data, tags removed and entities
	// decoded: what a tagger sees.
	Text string
	// Gold holds the TIMEX3 elements found inside TEXT.
	Gold []Span

	rawStart, rawEnd []int // per Text byte: where its source begins/ends in Raw
	tags             []tag // tags inside TEXT
	maxTID           int
}

type tag struct {
	s, e    int // in Raw
	name    string
	closing bool
	self    bool
	at      int // Text offset where the tag stands
}

var (
	attrRE = regexp.MustCompile(`([A-Za-z_:][-\w:.]*)\s*=\s*("[^"]*"|'[^']*')`)
	tidRE  = regexp.MustCompile(`\btid\s*=\s*["']t(\d+)["']`)
)

// ErrNoText means the document has no TEXT element.
var ErrNoText = errors.New("no <TEXT> element")

// Read parses a TimeML document. name is used in errors.
func Read(r io.Reader, name string) (*Doc, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := wellFormed(raw); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	d := &Doc{Name: name, Raw: raw}
	for _, m := range tidRE.FindAllSubmatch(raw, -1) {
		if n, err := strconv.Atoi(string(m[1])); err == nil && n > d.maxTID {
			d.maxTID = n
		}
	}
	open := bytes.Index(raw, []byte("<TEXT>"))
	if open < 0 {
		open = bytes.Index(raw, []byte("<TEXT "))
	}
	if open < 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrNoText)
	}
	if err := d.readDCT(open); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	openEnd := bytes.IndexByte(raw[open:], '>') + open + 1
	end := bytes.LastIndex(raw, []byte("</TEXT>"))
	if end < openEnd {
		return nil, fmt.Errorf("%s line %d: <TEXT> is not closed", name, lineOf(raw, open))
	}
	if err := d.scan(openEnd, end); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return d, nil
}

func lineOf(b []byte, off int) int { return bytes.Count(b[:off], []byte("\n")) + 1 }

// wellFormed runs the document through encoding/xml.
func wellFormed(raw []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(raw))
	dec.Strict = true
	dec.CharsetReader = byteCharset
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return fmt.Errorf("line %d: %s", se.Line, se.Msg)
			}
			return err
		}
	}
}

// byteCharset lets a document declared in a one-byte Western charset be
// checked: each byte becomes the rune of the same number (exact for
// Latin-1, and right for the ASCII that carries all markup in the others).
// The bytes themselves are never rewritten; a tagger sees them as they are.
func byteCharset(label string, in io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "us-ascii", "ascii", "iso-8859-15", "latin-9":
	default:
		return nil, fmt.Errorf("encoding %q not supported", label)
	}
	b, err := io.ReadAll(in)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(b)+len(b)/8)
	for _, c := range b {
		out = utf8.AppendRune(out, rune(c))
	}
	return bytes.NewReader(out), nil
}

// readDCT reads the creation time from the DCT element before TEXT (at
// text): the TIMEX3 inside it, not one further on, which would be a tag of
// the text (and, once sitrep timeml has tagged a "<DCT>" standing inside
// TEXT, one of its own).
func (d *Doc) readDCT(text int) error {
	raw := d.Raw
	i := bytes.Index(raw[:text], []byte("<DCT>"))
	var attrs map[string]string
	if i >= 0 {
		dct := raw[i:]
		if e := bytes.Index(dct, []byte("</DCT>")); e >= 0 {
			dct = dct[:e]
		}
		if j := bytes.Index(dct, []byte("<TIMEX3")); j >= 0 {
			if k := bytes.IndexByte(dct[j:], '>'); k >= 0 {
				attrs = parseAttrs(string(dct[j : j+k]))
			}
		}
	} else if j := bytes.Index(raw, []byte(`functionInDocument="CREATION_TIME"`)); j >= 0 {
		s := bytes.LastIndex(raw[:j], []byte("<TIMEX3"))
		k := bytes.IndexByte(raw[j:], '>')
		if s >= 0 && k >= 0 {
			attrs = parseAttrs(string(raw[s : j+k]))
		}
	}
	if attrs == nil {
		return nil // no DCT: allowed, the tagger then leaves relative dates open
	}
	d.DCTValue = attrs["value"]
	v := d.DCTValue
	if len(v) >= 10 {
		t, err := time.Parse("2006-01-02", v[:10])
		if err != nil {
			return fmt.Errorf("line %d: DCT value %q: %w", lineOf(raw, max(i, 0)), v, err)
		}
		d.DCT = t
	}
	return nil
}

func parseAttrs(s string) map[string]string {
	m := map[string]string{}
	for _, a := range attrRE.FindAllStringSubmatch(s, -1) {
		m[a[1]] = xmlUnescape(a[2][1 : len(a[2])-1])
	}
	return m
}

func xmlUnescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '&' {
			if r, n := entity(s[i:]); n > 0 {
				b.WriteString(r)
				i += n
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// entity decodes the XML entity at the start of s, returning its text and
// byte length, or n == 0.
func entity(s string) (string, int) {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 10 {
		return "", 0
	}
	name := s[1:end]
	switch name {
	case "amp":
		return "&", end + 1
	case "lt":
		return "<", end + 1
	case "gt":
		return ">", end + 1
	case "quot":
		return `"`, end + 1
	case "apos":
		return "'", end + 1
	}
	if name[0] == '#' {
		var n int64
		var err error
		if len(name) > 1 && (name[1] == 'x' || name[1] == 'X') {
			n, err = strconv.ParseInt(name[2:], 16, 32)
		} else {
			n, err = strconv.ParseInt(name[1:], 10, 32)
		}
		if err == nil && n > 0 && n <= 0x10FFFF {
			return string(rune(n)), end + 1
		}
	}
	return "", 0
}

// scan walks the TEXT content raw[s:e], building the plain text, the
// offset maps and the gold TIMEX3 spans.
func (d *Doc) scan(s, e int) error {
	raw := d.Raw
	var text []byte
	var open *Span
	openLine := 0
	d.rawStart = d.rawStart[:0]
	for i := s; i < e; {
		switch {
		case bytes.HasPrefix(raw[i:], []byte("<!--")):
			k := bytes.Index(raw[i:e], []byte("-->"))
			if k < 0 {
				return fmt.Errorf("line %d: unterminated comment", lineOf(raw, i))
			}
			i += k + 3
		case bytes.HasPrefix(raw[i:], []byte("<![CDATA[")):
			k := bytes.Index(raw[i:e], []byte("]]>"))
			if k < 0 {
				return fmt.Errorf("line %d: unterminated CDATA", lineOf(raw, i))
			}
			// A tag must never be inserted inside the section, so the
			// whole of it counts as one unit for Annotate.
			for p := i + 9; p < i+k; p++ {
				text = append(text, raw[p])
				d.rawStart = append(d.rawStart, i)
				d.rawEnd = append(d.rawEnd, i+k+3)
			}
			i += k + 3
		case bytes.HasPrefix(raw[i:], []byte("<!")), bytes.HasPrefix(raw[i:], []byte("<?")):
			// Declarations and processing instructions have no place in
			// TEXT, and XML parsers end them by rules of their own
			// ("<!>" runs to the next '>'), so a tag set beside one
			// could land inside it.
			return fmt.Errorf("line %d: markup declaration or processing instruction inside TEXT", lineOf(raw, i))
		case raw[i] == '<':
			k := bytes.IndexByte(raw[i:e], '>')
			if k < 0 {
				return fmt.Errorf("line %d: unterminated tag", lineOf(raw, i))
			}
			body := string(raw[i+1 : i+k])
			t := tag{s: i, e: i + k + 1, at: len(text)}
			t.closing = strings.HasPrefix(body, "/")
			t.self = strings.HasSuffix(body, "/")
			name := strings.TrimLeft(body, "/")
			if sp := strings.IndexAny(name, " \t\r\n/"); sp >= 0 {
				name = name[:sp]
			}
			t.name = name
			d.tags = append(d.tags, t)
			if name == "TIMEX3" && !t.self {
				if t.closing {
					if open == nil {
						return fmt.Errorf("line %d: </TIMEX3> without <TIMEX3>", lineOf(raw, i))
					}
					open.End = len(text)
					open.Text = string(text[open.Start:])
					d.Gold = append(d.Gold, *open)
					open = nil
				} else {
					if open != nil {
						return fmt.Errorf("line %d: nested <TIMEX3> (outer opened on line %d)", lineOf(raw, i), openLine)
					}
					a := parseAttrs(body)
					open = &Span{Start: len(text), Type: a["type"], Value: a["value"], Mod: a["mod"]}
					openLine = lineOf(raw, i)
				}
			}
			i += k + 1
		case raw[i] == '&':
			r, n := entity(string(raw[i:min(i+12, e)]))
			if n == 0 {
				return fmt.Errorf("line %d: bad entity", lineOf(raw, i))
			}
			for b := 0; b < len(r); b++ {
				text = append(text, r[b])
				d.rawStart = append(d.rawStart, i)
				d.rawEnd = append(d.rawEnd, i+n)
			}
			i += n
		default:
			text = append(text, raw[i])
			d.rawStart = append(d.rawStart, i)
			d.rawEnd = append(d.rawEnd, i+1)
			i++
		}
	}
	if open != nil {
		return fmt.Errorf("line %d: <TIMEX3> not closed", openLine)
	}
	d.Text = string(text)
	return nil
}
