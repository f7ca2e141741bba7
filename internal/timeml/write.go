package timeml

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// Tag is an annotation to insert: a span of Doc.Text and its attributes.
type Tag struct {
	Start, End int // byte offsets into Doc.Text
	Type       string
	Value      string
	Mod        string
}

// Annotate returns the document's bytes with a TIMEX3 element around each
// tag's span; every byte outside the new tags is left as it was. Tags that
// overlap an earlier tag, an existing TIMEX3, or that would cross another
// element's boundary are skipped, so the result is always well-formed.
// It returns how many tags were written.
func (d *Doc) Annotate(tags []Tag) ([]byte, int) {
	tags = append([]Tag(nil), tags...)
	sort.SliceStable(tags, func(a, b int) bool { return tags[a].Start < tags[b].Start })
	type ins struct {
		at   int
		text string
	}
	var out []ins
	tid := d.maxTID
	lastEnd, lastRaw := -1, -1
	for _, t := range tags {
		if t.Start < 0 || t.End > len(d.Text) || t.Start >= t.End || t.Start < lastEnd || d.inTimex(t.Start, t.End) {
			continue
		}
		if !timexTypes[t.Type] || t.Value == "" {
			continue // the TimeML schema requires both
		}
		rs, re := d.rawStart[t.Start], d.rawEnd[t.End-1]
		if rs < lastRaw || !d.balanced(rs, re) {
			// Two tags in one CDATA section, which counts as one unit,
			// would both wrap it.
			continue
		}
		tid++
		var b strings.Builder
		fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="%s"`, tid, escAttr(t.Type), escAttr(t.Value))
		if timexMods[t.Mod] {
			fmt.Fprintf(&b, ` mod="%s"`, escAttr(t.Mod))
		}
		b.WriteString(">")
		out = append(out, ins{rs, b.String()}, ins{re, "</TIMEX3>"})
		lastEnd, lastRaw = t.End, re
	}
	var buf bytes.Buffer
	buf.Grow(len(d.Raw) + 80*len(out))
	prev := 0
	for _, in := range out {
		buf.Write(d.Raw[prev:in.at])
		buf.WriteString(in.text)
		prev = in.at
	}
	buf.Write(d.Raw[prev:])
	return buf.Bytes(), len(out) / 2
}

// The values the TimeML 1.2.1 schema allows for TIMEX3 type and mod: a
// scorer that validates its input would reject a file with any other.
var (
	timexTypes = map[string]bool{"DATE": true, "TIME": true, "DURATION": true, "SET": true}
	timexMods  = map[string]bool{"BEFORE": true, "AFTER": true, "ON_OR_BEFORE": true, "ON_OR_AFTER": true,
		"LESS_THAN": true, "MORE_THAN": true, "EQUAL_OR_LESS": true, "EQUAL_OR_MORE": true,
		"START": true, "MID": true, "END": true, "APPROX": true}
)

// inTimex reports whether Text[s:e] overlaps a TIMEX3 the document
// already has: a file that comes annotated keeps its own tags, and a new
// one around the same words would nest inside it (TIMEX3 holds only text).
func (d *Doc) inTimex(s, e int) bool {
	for _, g := range d.Gold {
		if s < g.End && g.Start < e {
			return true
		}
	}
	return false
}

// balanced reports whether raw[s:e] holds only whole elements and no
// TIMEX3, so wrapping it keeps the document well-formed and valid.
func (d *Doc) balanced(s, e int) bool {
	var stack []string
	for _, t := range d.tags {
		if t.e <= s || t.s >= e {
			continue
		}
		if t.s < s || t.e > e || t.name == "TIMEX3" {
			return false
		}
		switch {
		case t.self:
		case t.closing:
			if len(stack) == 0 || stack[len(stack)-1] != t.name {
				return false
			}
			stack = stack[:len(stack)-1]
		default:
			stack = append(stack, t.name)
		}
	}
	return len(stack) == 0
}

func escAttr(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	return r.Replace(s)
}

// Strip removes the TIMEX3 elements inside TEXT, keeping their content:
// the inverse of Annotate on a document that had none there. Comments and
// CDATA sections are copied untouched.
func Strip(raw []byte) []byte {
	open := bytes.Index(raw, []byte("<TEXT"))
	end := bytes.LastIndex(raw, []byte("</TEXT>"))
	if open < 0 || end < open {
		return raw
	}
	var buf bytes.Buffer
	buf.Write(raw[:open])
	for i := open; i < end; {
		rest := raw[i:end]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")), bytes.HasPrefix(rest, []byte("<![CDATA[")):
			term := []byte("-->")
			if rest[1] == '!' && rest[2] == '[' {
				term = []byte("]]>")
			}
			k := bytes.Index(rest, term)
			if k < 0 {
				buf.Write(rest)
				i = end
				continue
			}
			buf.Write(rest[:k+len(term)])
			i += k + len(term)
		case bytes.HasPrefix(rest, []byte("<TIMEX3")) || bytes.HasPrefix(rest, []byte("</TIMEX3>")):
			k := bytes.IndexByte(rest, '>')
			if k < 0 {
				buf.Write(rest)
				i = end
				continue
			}
			i += k + 1
		default:
			buf.WriteByte(raw[i])
			i++
		}
	}
	buf.Write(raw[end:])
	return buf.Bytes()
}
