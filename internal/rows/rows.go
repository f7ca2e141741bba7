// Package rows splits delimited dataset files (CSV, TSV) into records,
// streaming, and describes a bad record precisely enough to find and fix
// it: file, line, column and the raw text.
//
// Quoting follows RFC 4180 (a field that starts with a quote runs to the
// matching quote, "" is a quote, line ends may be quoted), leniently where
// exports in the wild are lenient: a quote inside an unquoted field is
// literal. A record that cannot be split is reported and skipped; the next
// Scan continues with the following record.
package rows

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Error is a bad record: the reader reports it and carries on.
type Error struct {
	File   string
	Line   int    // first line of the record, from 1
	Column string // the column at fault, "" when the record as a whole is
	Err    error
	Raw    string // the record as it was in the file, for a reject file
}

func (e *Error) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("%s line %d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s line %d column %s: %v", e.File, e.Line, e.Column, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Errors a Scanner reports inside an *Error.
var (
	ErrQuote      = errors.New("stray quote after a quoted field")
	ErrUnclosed   = errors.New("quoted field not closed before the end of the file")
	ErrRecordSize = errors.New("record too long")
	// ErrUTF8 is a field that is not UTF-8. The store cannot keep such
	// bytes as text (DuckDB's appender stored them as an empty field), and
	// DuckDB's own CSV reader refuses them, so the readers refuse them too.
	ErrUTF8 = errors.New("not valid UTF-8 (a Latin-1 or Windows-1252 file? convert it first, e.g. iconv -f latin1 -t utf-8)")
	// ErrNUL is a field holding a NUL byte. No export writes one in
	// text: it comes of a binary, UTF-16 or damaged file. PostgreSQL
	// refuses it in text, naming no row, so the readers refuse it first.
	ErrNUL = errors.New("holds a NUL byte (a binary, UTF-16 or damaged file?)")
)

// MaxToll bounds a death toll read from a dataset. Above it the number is
// a typo or a corrupt field, and stored it broke every aggregate after
// (two events of 2^63-1 overflowed the sums on both backends); bounded,
// the sums of a billion events stay within 64 bits.
const MaxToll = 999_999_999

// BadText returns the index of the first field the store cannot keep as
// text, or -1, with the reason and a short excerpt: ErrUTF8 for a field
// that is not valid UTF-8, ErrNUL for one holding a NUL byte.
func BadText(fields []string) (int, error) {
	for i, f := range fields {
		if !utf8.ValidString(f) {
			_, near := BadUTF8(fields[i : i+1])
			return i, fmt.Errorf("%w: %q", ErrUTF8, near)
		}
		if at := strings.IndexByte(f, 0); at >= 0 {
			lo, hi := max(0, at-20), min(len(f), at+20)
			return i, fmt.Errorf("%w: %q", ErrNUL, f[lo:hi])
		}
	}
	return -1, nil
}

// BadUTF8 returns the index of the first field that is not valid UTF-8,
// or -1, and a short excerpt of that field around its first bad byte.
func BadUTF8(fields []string) (int, string) {
	for i, f := range fields {
		if utf8.ValidString(f) {
			continue
		}
		at := 0
		for at < len(f) {
			r, n := utf8.DecodeRuneInString(f[at:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			at += n
		}
		lo, hi := max(0, at-20), min(len(f), at+20)
		return i, strings.ToValidUTF8(f[lo:hi], "\ufffd")
	}
	return -1, ""
}

// MaxRecord bounds one record, so that a quote left open cannot make the
// scanner hold the rest of a multi-gigabyte file in memory.
const MaxRecord = 4 << 20

const (
	stStart    = iota // at the start of a field
	stBare            // inside an unquoted field
	stQuoted          // inside a quoted field
	stQuoteEnd        // just after a quote inside a quoted field
)

// Scanner reads records one at a time.
type Scanner struct {
	br     *bufio.Reader
	name   string
	comma  byte
	quotes bool

	line    int // lines consumed so far
	recLine int
	raw     []byte
	rec     string
	fields  []string
	started bool
}

// NewScanner reads records separated by comma (',' or '\t'...) from r. With
// quotes false every line is one record and quotes are ordinary bytes, as
// in GDELT's tab-separated files. A UTF-8 byte-order mark is skipped. name
// is the file name errors carry.
func NewScanner(r io.Reader, name string, comma byte, quotes bool) *Scanner {
	return &Scanner{br: bufio.NewReaderSize(r, 256<<10), name: name, comma: comma, quotes: quotes}
}

// Comma is the field delimiter.
func (s *Scanner) Comma() byte { return s.comma }

// Line is the first line of the last record scanned.
func (s *Scanner) Line() int { return s.recLine }

// Raw is the last record as it was in the file, without its line end.
func (s *Scanner) Raw() string { return s.rec }

// Name is the file name given to NewScanner.
func (s *Scanner) Name() string { return s.name }

// Scan returns the next record's fields, valid until the next call. At the
// end it returns io.EOF; for a record it cannot split, an *Error, after
// which Scan goes on with the next record. Blank lines are skipped.
func (s *Scanner) Scan() ([]string, error) {
	if !s.started {
		s.started = true
		if b, err := s.br.Peek(3); err == nil && string(b) == "\xef\xbb\xbf" {
			s.br.Discard(3)
		}
	}
	for {
		fields, err := s.scan()
		if err == nil && len(fields) == 1 && fields[0] == "" {
			continue // a blank line
		}
		return fields, err
	}
}

func (s *Scanner) scan() ([]string, error) {
	s.raw = s.raw[:0]
	s.recLine = s.line + 1
	state := stStart
	var recErr error
	for {
		chunk, err := s.br.ReadSlice('\n')
		if len(chunk) == 0 && err != nil {
			if errors.Is(err, bufio.ErrBufferFull) {
				continue
			}
			if err == io.EOF && len(s.raw) > 0 {
				break // last record has no line end
			}
			if err == io.EOF {
				return nil, io.EOF
			}
			return nil, fmt.Errorf("%s line %d: %w", s.name, s.line+1, err)
		}
		if len(s.raw)+len(chunk) > MaxRecord {
			if recErr == nil {
				recErr = ErrRecordSize
				s.raw = append(s.raw, chunk[:min(len(chunk), 4096)]...)
			}
		} else {
			s.raw = append(s.raw, chunk...)
		}
		full := err == nil // chunk ends with '\n'
		if full {
			s.line++
		}
		if s.quotes {
			state = s.advance(state, chunk, &recErr)
		}
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			if err != io.EOF {
				return nil, fmt.Errorf("%s line %d: %w", s.name, s.line+1, err)
			}
			s.line++ // the unterminated last line
			break
		}
		if full && state != stQuoted {
			break
		}
	}
	raw := s.raw
	raw = bytes.TrimSuffix(raw, []byte{'\n'})
	raw = bytes.TrimSuffix(raw, []byte{'\r'})
	s.rec = string(raw)
	if state == stQuoted && recErr == nil {
		recErr = ErrUnclosed
	}
	if recErr != nil {
		return nil, &Error{File: s.name, Line: s.recLine, Err: recErr, Raw: s.rec}
	}
	if !s.quotes {
		return s.splitBare(), nil
	}
	return s.splitQuoted(), nil
}

// advance runs the quoting state machine over one line of a record, so
// that the scanner knows whether a line end is inside a quoted field.
func (s *Scanner) advance(state int, b []byte, recErr *error) int {
	if state == stStart || state == stBare {
		// Fast path: a line with no quote at all cannot open one.
		if bytes.IndexByte(b, '"') < 0 {
			return stStart
		}
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch state {
		case stStart:
			switch c {
			case '"':
				state = stQuoted
			case s.comma, '\n', '\r':
			default:
				state = stBare
			}
		case stBare:
			// Jump to the field's end: only a delimiter or the line end
			// changes the state.
			j := bytes.IndexByte(b[i:], s.comma)
			if j < 0 {
				if b[len(b)-1] == '\n' {
					return stStart
				}
				return stBare
			}
			i += j
			state = stStart
		case stQuoted:
			j := bytes.IndexByte(b[i:], '"')
			if j < 0 {
				return stQuoted
			}
			i += j
			state = stQuoteEnd
		case stQuoteEnd:
			switch c {
			case '"':
				state = stQuoted
			case s.comma, '\n':
				state = stStart
			case '\r':
			default:
				if *recErr == nil {
					*recErr = ErrQuote
				}
				state = stBare
			}
		}
	}
	return state
}

func (s *Scanner) splitBare() []string {
	s.fields = s.fields[:0]
	rec := s.rec
	for {
		i := strings.IndexByte(rec, s.comma)
		if i < 0 {
			s.fields = append(s.fields, rec)
			return s.fields
		}
		s.fields = append(s.fields, rec[:i])
		rec = rec[i+1:]
	}
}

// splitQuoted splits a record already known to be well formed.
func (s *Scanner) splitQuoted() []string {
	s.fields = s.fields[:0]
	rec := s.rec
	for {
		if len(rec) == 0 || rec[0] != '"' {
			i := strings.IndexByte(rec, s.comma)
			if i < 0 {
				s.fields = append(s.fields, rec)
				return s.fields
			}
			s.fields = append(s.fields, rec[:i])
			rec = rec[i+1:]
			continue
		}
		// Quoted: find the closing quote, skipping "" pairs.
		j, escaped := 1, false
		for {
			k := strings.IndexByte(rec[j:], '"')
			if k < 0 { // cannot happen for a well-formed record
				j = len(rec)
				break
			}
			j += k
			if j+1 < len(rec) && rec[j+1] == '"' {
				escaped = true
				j += 2
				continue
			}
			break
		}
		f := rec[1:min(j, len(rec))]
		if escaped {
			f = strings.ReplaceAll(f, `""`, `"`)
		}
		s.fields = append(s.fields, f)
		if j+1 >= len(rec) {
			return s.fields
		}
		rec = rec[j+2:] // skip the quote and the comma
	}
}

// Coord reads a latitude (limit 90) or a longitude (limit 180); it is
// false for text that is no number or lies outside ±limit. NaN is refused
// too: it fails every comparison, so a check written as v < -limit ||
// v > limit would let it through.
func Coord(s string, limit float64) (float64, bool) {
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil && v >= -limit && v <= limit
}

// Float writes a number as a field for the readers to read back: the
// shortest decimal that parses to *p, "" for nil.
func Float(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}
