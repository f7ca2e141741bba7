package ucdp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/rows"
)

// PageReader reads GED events from a page of the UCDP API
// (https://ucdpapi.pcr.uu.se/api/gedevents/<version>): an object whose
// Result array holds the events, with the GED column names as keys. A bare
// array of events reads too. Values are mapped as the CSV's are, booleans
// as GED writes them in CSV ("1", "0") and null as empty.
//
// JSON has no useful line numbers: in errors, Line is the event's position
// in the Result array, from 1.
type PageReader struct {
	dec      *json.Decoder
	name     string
	l        *layout
	keys     []string
	vals     []string
	n        int
	done     bool
	nextPage string
	total    int
}

// NewPageReader reads r up to the start of the events; name is the file
// name errors carry.
func NewPageReader(r io.Reader, name string) (*PageReader, error) {
	br := bufio.NewReader(r)
	if b, err := br.Peek(3); err == nil && string(b) == "\xef\xbb\xbf" {
		br.Discard(3) // encoding/json rejects a byte-order mark
	}
	p := &PageReader{dec: json.NewDecoder(br), name: name}
	p.dec.UseNumber()
	t, err := p.dec.Token()
	if err != nil {
		return nil, fmt.Errorf("ucdp %s: not a UCDP API page: %w", name, err)
	}
	switch t {
	case json.Delim('['):
		return p, nil
	case json.Delim('{'):
	default:
		return nil, fmt.Errorf("ucdp %s: not a UCDP API page: starts with %v", name, t)
	}
	for p.dec.More() {
		if err := p.topKey(); err != nil {
			return nil, fmt.Errorf("ucdp %s: %w", name, err)
		}
		if p.n < 0 {
			break
		}
	}
	if p.n < 0 {
		p.n = 0
		return p, nil
	}
	return nil, fmt.Errorf("ucdp %s: not a UCDP API page: no Result array", name)
}

// topKey reads one key of the page object and its value, stopping at the
// start of Result (marked by n = -1).
func (p *PageReader) topKey() error {
	t, err := p.dec.Token()
	if err != nil {
		return err
	}
	key, _ := t.(string)
	switch key {
	case "Result":
		t, err := p.dec.Token()
		if err != nil {
			return err
		}
		if t != json.Delim('[') {
			return errors.New("the Result member is not an array")
		}
		p.n = -1
		return nil
	case "NextPageUrl":
		var s *string
		if err := p.dec.Decode(&s); err != nil {
			return fmt.Errorf("NextPageUrl: %w", err)
		}
		if s != nil {
			p.nextPage = *s
		}
		return nil
	case "TotalCount":
		var n json.Number
		if err := p.dec.Decode(&n); err != nil {
			return fmt.Errorf("TotalCount: %w", err)
		}
		v, _ := n.Int64()
		p.total = int(v)
		return nil
	}
	var skip json.RawMessage
	return p.dec.Decode(&skip)
}

// NextPage is the page's NextPageUrl, known once Next has returned io.EOF
// when the API wrote it after Result.
func (p *PageReader) NextPage() string { return p.nextPage }

// Total is the page's TotalCount, the number of events over all pages.
func (p *PageReader) Total() int { return p.total }

// Header is empty: a reject file of JSON events holds one per line.
func (p *PageReader) Header() string { return "" }

// Next returns the next event: io.EOF at the end, a *rows.Error for an
// event that cannot be mapped, after which Next goes on. Broken JSON ends
// the page with a plain error.
func (p *PageReader) Next() (event.Event, error) {
	if p.done {
		return event.Event{}, io.EOF
	}
	if !p.dec.More() {
		p.done = true
		if _, err := p.dec.Token(); err != nil { // ']'
			return event.Event{}, fmt.Errorf("ucdp %s: %w", p.name, err)
		}
		for p.dec.More() { // keys after Result
			if err := p.topKey(); err != nil {
				return event.Event{}, fmt.Errorf("ucdp %s: %w", p.name, err)
			}
		}
		return event.Event{}, io.EOF
	}
	p.n++
	var raw json.RawMessage
	if err := p.dec.Decode(&raw); err != nil {
		p.done = true
		return event.Event{}, fmt.Errorf("ucdp %s event %d: %w", p.name, p.n, err)
	}
	// The decoder would read a byte that is not UTF-8 as U+FFFD: the
	// event stored with a character of its text lost, without a word.
	if i, near := rows.BadUTF8([]string{string(raw)}); i >= 0 {
		return event.Event{}, p.rowErr(raw, "", fmt.Errorf("%w: %q", rows.ErrUTF8, near))
	}
	if err := p.flatten(raw); err != nil {
		return event.Event{}, p.rowErr(raw, "", err)
	}
	if i, err := rows.BadText(p.vals); i >= 0 { // a \u0000 in a string
		return event.Event{}, p.rowErr(raw, p.keys[i], err)
	}
	if p.l == nil || !p.l.sameAs(p.keys) {
		// A key given twice would go to Extra under the name of the
		// first, and the writer could give back only one of the two.
		if err := rows.Duplicate(p.keys); err != nil {
			p.l = nil
			return event.Event{}, p.rowErr(raw, "", err)
		}
		p.l = newLayout(append([]string(nil), p.keys...))
	}
	e, ferr := p.l.event(p.vals, event.Provenance{DocID: p.name, Line: p.n})
	if ferr != nil {
		return event.Event{}, p.rowErr(raw, ferr.col, ferr.err)
	}
	return e, nil
}

func (p *PageReader) rowErr(raw json.RawMessage, col string, err error) *rows.Error {
	return &rows.Error{File: p.name, Line: p.n, Column: col, Err: err, Raw: string(raw)}
}

// flatten reads one event object into keys and values, in order.
func (p *PageReader) flatten(raw []byte) error {
	p.keys, p.vals = p.keys[:0], p.vals[:0]
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return errors.New("event is not a JSON object")
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		key := t.(string)
		v, err := dec.Token()
		if err != nil {
			return err
		}
		var s string
		switch v := v.(type) {
		case string:
			s = v
		case json.Number:
			s = v.String()
		case bool:
			s = "0"
			if v {
				s = "1"
			}
		case nil:
		default:
			return fmt.Errorf("%w: %s is not a plain value", ErrFields, key)
		}
		p.keys = append(p.keys, key)
		p.vals = append(p.vals, s)
	}
	return nil
}
