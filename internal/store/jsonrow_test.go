package store

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
)

// awkward holds strings encoding/json escapes: quotes, controls, HTML,
// invalid UTF-8, line and paragraph separators, and plain non-ASCII.
var awkward = []string{"", "plain", `q"uote\\`, "tab\tnl\nret\r\b\f\x01\x1f", "<a&b>", "bad\xff\xfeutf8", "sep\u2028\u2029", "Ségou – 村", "\x7f"}

func TestJSONColumnsMatchEncodingJSON(t *testing.T) {
	high := 7
	var events []event.Event
	for i, s := range awkward {
		e := event.Event{
			Actors: []event.Actor{{Name: s}, {Name: "x", Canonical: s, Side: event.Side(i % 4), Role: s, Inter: s}},
			Casualties: []event.Casualty{{Who: s}, {Who: "y", Side: event.SideThird, Killed: event.N(i), Wounded: &event.Count{Low: 1, Best: 2, Qualifier: event.Approx},
				Captured: &event.Count{Low: -1, Best: 0, High: &high}, NonHostile: i%2 == 0, Note: s, Span: &event.Span{Start: i, End: i + 3}}},
			Provenance: event.Provenance{Source: s, DocID: s, Version: s, Line: i, Text: s},
			Extra:      event.Extra{{Key: s, Value: s}, {Key: "k", Value: ""}},
		}
		if i%2 == 1 {
			e.Provenance.Span = &event.Span{Start: 1, End: 2}
			e.Provenance.Spans = []event.Mark{{Kind: "date", Start: 0, End: 4, Value: s}, {Kind: "place"}}
		}
		events = append(events, e)
	}
	events = append(events, event.Event{}, event.Event{Actors: []event.Actor{}, Casualties: []event.Casualty{}, Extra: event.Extra{}})
	for i := range events {
		e := &events[i]
		for _, c := range []struct {
			name string
			got  []byte
			want any
		}{
			{"actors", appendActors(nil, e.Actors), e.Actors},
			{"casualties", appendCasualties(nil, e.Casualties), e.Casualties},
			{"provenance", appendProvenance(nil, &e.Provenance), e.Provenance},
			{"extra", appendExtra(nil, e.Extra), e.Extra},
		} {
			want, err := json.Marshal(c.want)
			if err != nil {
				t.Fatal(err)
			}
			if string(c.got) != string(want) {
				t.Errorf("event %d %s:\n got %s\nwant %s", i, c.name, c.got, want)
			}
		}
	}
}

// TestJSONEncodersKnowTheModel fails when a model type the encoders write
// gains, loses or renames a field, so that no field is dropped unnoticed.
func TestJSONEncodersKnowTheModel(t *testing.T) {
	for _, c := range []struct {
		v    any
		tags string
	}{
		{event.Actor{}, "name canonical,omitempty side,omitempty role,omitempty inter,omitempty"},
		{event.Casualty{}, "who side,omitempty killed,omitempty wounded,omitempty captured,omitempty non_hostile,omitempty note,omitempty span,omitempty"},
		{event.Count{}, "low best high,omitempty qualifier,omitempty"},
		{event.Span{}, "start end"},
		{event.Provenance{}, "source doc_id,omitempty version,omitempty line,omitempty span,omitempty text,omitempty marks,omitempty"},
		{event.Mark{}, "kind start end value,omitempty"},
		{event.KV{}, "key value"},
	} {
		typ := reflect.TypeOf(c.v)
		var tags []string
		for i := 0; i < typ.NumField(); i++ {
			tags = append(tags, typ.Field(i).Tag.Get("json"))
		}
		if got := strings.Join(tags, " "); got != c.tags {
			t.Errorf("%s has fields %q; the JSON encoders in jsonrow.go write %q", typ, got, c.tags)
		}
	}
}

// TestJSONColumnsAreJSON checks that DuckDB holds the JSON columns as JSON
// documents that its JSON functions can look into, not as JSON strings.
func TestJSONColumnsAreJSON(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "t.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	evs := sample(2)
	evs[0].Extra = event.Extra{{Key: "note", Value: `say "<hi>"` + "\n"}}
	if _, err := s.Ingest(ctx, Meta{Source: "test", Dataset: "d", FileHash: "h"}, sliceSource(evs)); err != nil {
		t.Fatal(err)
	}
	var typ, note, who string
	err = s.DB().QueryRowContext(ctx, `SELECT json_type(actors), json_extract_string(extra, '$.note'), json_extract_string(casualties, '$[0].who')
		FROM events WHERE id = $1`, evs[0].ID).Scan(&typ, &note, &who)
	if err != nil {
		t.Fatal(err)
	}
	if typ != "ARRAY" || note != `say "<hi>"`+"\n" || who != "Islamic State in the Greater Sahara" {
		t.Errorf("json_type %q, extra.note %q, casualties[0].who %q", typ, note, who)
	}
}
