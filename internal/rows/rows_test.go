package rows

import (
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

type scanned struct {
	line   int
	fields []string
	err    error
	raw    string
}

func scanAll(in string, comma byte, quotes bool) []scanned {
	s := NewScanner(strings.NewReader(in), "t.csv", comma, quotes)
	var out []scanned
	for {
		f, err := s.Scan()
		if err == io.EOF {
			return out
		}
		out = append(out, scanned{s.Line(), append([]string(nil), f...), err, s.Raw()})
	}
}

func TestScan(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		comma  byte
		quotes bool
		want   []scanned
	}{
		{"plain", "a,b\n1,2\n", ',', true, []scanned{{1, []string{"a", "b"}, nil, "a,b"}, {2, []string{"1", "2"}, nil, "1,2"}}},
		{"crlf and no final newline", "a,b\r\n1,2", ',', true, []scanned{{1, []string{"a", "b"}, nil, "a,b"}, {2, []string{"1", "2"}, nil, "1,2"}}},
		{"bom", "\xef\xbb\xbfa,b\n", ',', true, []scanned{{1, []string{"a", "b"}, nil, "a,b"}}},
		{"quoted comma and escaped quote", `x,"say ""hi"", then go",z` + "\n", ',', true,
			[]scanned{{1, []string{"x", `say "hi", then go`, "z"}, nil, `x,"say ""hi"", then go",z`}}},
		{"quoted newline spans lines", "\"a\nb\",c\nd,e\n", ',', true,
			[]scanned{{1, []string{"a\nb", "c"}, nil, "\"a\nb\",c"}, {3, []string{"d", "e"}, nil, "d,e"}}},
		{"empty fields", ",,\n", ',', true, []scanned{{1, []string{"", "", ""}, nil, ",,"}}},
		{"quote inside bare field is literal", "12\" gun,b\n", ',', true, []scanned{{1, []string{"12\" gun", "b"}, nil, "12\" gun,b"}}},
		{"blank lines skipped", "a\n\n\nb\n", ',', true, []scanned{{1, []string{"a"}, nil, "a"}, {4, []string{"b"}, nil, "b"}}},
		{"tabs without quoting", "1\t\"x\t2\n", '\t', false, []scanned{{1, []string{"1", "\"x", "2"}, nil, "1\t\"x\t2"}}},
		{"stray quote then recovery", "\"a\"b,c\nd,e\n", ',', true,
			[]scanned{{1, nil, ErrQuote, "\"a\"b,c"}, {2, []string{"d", "e"}, nil, "d,e"}}},
		{"unclosed quote at end", "a,b\n\"c,d\n", ',', true,
			[]scanned{{1, []string{"a", "b"}, nil, "a,b"}, {2, nil, ErrUnclosed, "\"c,d"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scanAll(tt.in, tt.comma, tt.quotes)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d records %+v, want %d", len(got), got, len(tt.want))
			}
			for i, g := range got {
				w := tt.want[i]
				if g.line != w.line || g.raw != w.raw {
					t.Errorf("record %d: line %d raw %q, want line %d raw %q", i, g.line, g.raw, w.line, w.raw)
				}
				if w.err != nil {
					var re *Error
					if !errors.As(g.err, &re) || !errors.Is(g.err, w.err) || re.Line != w.line || re.Raw != w.raw {
						t.Errorf("record %d: err %v, want %v at line %d", i, g.err, w.err, w.line)
					}
					continue
				}
				if g.err != nil || !reflect.DeepEqual(g.fields, w.fields) {
					t.Errorf("record %d: %q %v, want %q", i, g.fields, g.err, w.fields)
				}
			}
		})
	}
}

func TestRecordSizeBounded(t *testing.T) {
	in := "\"" + strings.Repeat("x\n", MaxRecord) + "\"\nnext,row\n"
	got := scanAll(in, ',', true)
	if len(got) != 2 || !errors.Is(got[0].err, ErrRecordSize) || len(got[0].raw) > MaxRecord+4096 {
		t.Fatalf("got %d records, first err %v, raw %d bytes", len(got), got[0].err, len(got[0].raw))
	}
	if got[1].fields[0] != "next" || got[1].line != MaxRecord+2 {
		t.Errorf("after the long record: %q at line %d", got[1].fields, got[1].line)
	}
}

func TestErrorText(t *testing.T) {
	e := &Error{File: "a.csv", Line: 7, Column: "event_date", Err: errors.New("bad date")}
	if got := e.Error(); got != "a.csv line 7 column event_date: bad date" {
		t.Errorf("got %q", got)
	}
}

func TestCoord(t *testing.T) {
	for _, c := range []struct {
		s     string
		limit float64
		want  float64
		ok    bool
	}{
		{"13.5", 90, 13.5, true},
		{"-90", 90, -90, true},
		{"180", 180, 180, true},
		{"90.0001", 90, 0, false},
		{"-180.5", 180, 0, false},
		{"NaN", 90, 0, false},
		{"nan", 180, 0, false},
		{"Inf", 180, 0, false},
		{"-inf", 90, 0, false},
		{"", 90, 0, false},
		{"13,5", 90, 0, false},
		{" 13.5", 90, 0, false}, // callers trim when their format allows spaces
	} {
		v, ok := Coord(c.s, c.limit)
		if ok != c.ok || (ok && v != c.want) {
			t.Errorf("Coord(%q, %g) = %g, %v; want %g, %v", c.s, c.limit, v, ok, c.want, c.ok)
		}
	}
}
