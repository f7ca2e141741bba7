package store

import (
	"strconv"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/event"
)

// The JSON columns are written by hand: encoding/json spent a third of an
// ingest's CPU on reflection and on re-validating Extra's MarshalJSON
// output. The encoders write exactly what json.Marshal writes for the same
// values (TestJSONColumnsMatchEncodingJSON holds them to it, and fails when
// the model gains a field they do not know).

func appendActors(b []byte, as []event.Actor) []byte {
	if as == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, a := range as {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"name":`...)
		b = appendString(b, a.Name)
		if a.Canonical != "" {
			b = append(b, `,"canonical":`...)
			b = appendString(b, a.Canonical)
		}
		if a.Side != 0 {
			b = append(b, `,"side":`...)
			b = strconv.AppendInt(b, int64(a.Side), 10)
		}
		if a.Role != "" {
			b = append(b, `,"role":`...)
			b = appendString(b, a.Role)
		}
		if a.Inter != "" {
			b = append(b, `,"inter":`...)
			b = appendString(b, a.Inter)
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

func appendCasualties(b []byte, cs []event.Casualty) []byte {
	if cs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, c := range cs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"who":`...)
		b = appendString(b, c.Who)
		if c.Side != 0 {
			b = append(b, `,"side":`...)
			b = strconv.AppendInt(b, int64(c.Side), 10)
		}
		for _, k := range [3]struct {
			key string
			c   *event.Count
		}{{`,"killed":`, c.Killed}, {`,"wounded":`, c.Wounded}, {`,"captured":`, c.Captured}} {
			if k.c != nil {
				b = append(b, k.key...)
				b = appendCount(b, k.c)
			}
		}
		if c.NonHostile {
			b = append(b, `,"non_hostile":true`...)
		}
		if c.Note != "" {
			b = append(b, `,"note":`...)
			b = appendString(b, c.Note)
		}
		if c.Span != nil {
			b = append(b, `,"span":`...)
			b = appendSpan(b, c.Span)
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

func appendCount(b []byte, c *event.Count) []byte {
	b = append(b, `{"low":`...)
	b = strconv.AppendInt(b, int64(c.Low), 10)
	b = append(b, `,"best":`...)
	b = strconv.AppendInt(b, int64(c.Best), 10)
	if c.High != nil {
		b = append(b, `,"high":`...)
		b = strconv.AppendInt(b, int64(*c.High), 10)
	}
	if c.Qualifier != "" {
		b = append(b, `,"qualifier":`...)
		b = appendString(b, string(c.Qualifier))
	}
	return append(b, '}')
}

func appendSpan(b []byte, s *event.Span) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	return append(b, '}')
}

func appendProvenance(b []byte, p *event.Provenance) []byte {
	b = append(b, `{"source":`...)
	b = appendString(b, p.Source)
	if p.DocID != "" {
		b = append(b, `,"doc_id":`...)
		b = appendString(b, p.DocID)
	}
	if p.Version != "" {
		b = append(b, `,"version":`...)
		b = appendString(b, p.Version)
	}
	if p.Line != 0 {
		b = append(b, `,"line":`...)
		b = strconv.AppendInt(b, int64(p.Line), 10)
	}
	if p.Span != nil {
		b = append(b, `,"span":`...)
		b = appendSpan(b, p.Span)
	}
	if p.Text != "" {
		b = append(b, `,"text":`...)
		b = appendString(b, p.Text)
	}
	if len(p.Spans) > 0 {
		b = append(b, `,"marks":[`...)
		for i, m := range p.Spans {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"kind":`...)
			b = appendString(b, m.Kind)
			b = append(b, `,"start":`...)
			b = strconv.AppendInt(b, int64(m.Start), 10)
			b = append(b, `,"end":`...)
			b = strconv.AppendInt(b, int64(m.End), 10)
			if m.Value != "" {
				b = append(b, `,"value":`...)
				b = appendString(b, m.Value)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendExtra writes Extra as an object in column order, as its
// MarshalJSON does (a nil Extra is "{}" there too).
func appendExtra(b []byte, x event.Extra) []byte {
	b = append(b, '{')
	for i, kv := range x {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, kv.Key)
		b = append(b, ':')
		b = appendString(b, kv.Value)
	}
	return append(b, '}')
}

const hexDigits = "0123456789abcdef"

// appendString quotes s as encoding/json does by default: HTML-safe, with
// invalid UTF-8 as U+FFFD and U+2028/U+2029 escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
