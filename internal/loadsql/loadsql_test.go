package loadsql

import (
	"database/sql"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
)

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                 "'plain'",
		"it's":                  "'it''s'",
		"x'); DROP TABLE t; --": "'x''); DROP TABLE t; --'",
		`back\slash`:            `'back\slash'`,
	} {
		if got := Quote(in); got != want {
			t.Errorf("Quote(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestReadable(t *testing.T) {
	for path, want := range map[string]bool{
		"/data/acled.csv": true, "rel/it's here.csv": true, "/data/export [1].csv": false,
		"/data/*.csv": false, "a?.csv": false, "{a,b}.csv": false, "~/x.csv": false, "s3://bucket/x.csv": false,
	} {
		if got := Readable(path); got != want {
			t.Errorf("Readable(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestSelectColumns(t *testing.T) {
	q := New("f.csv", 1, ',', true, true)
	all := map[string]string{}
	for _, c := range Columns {
		all[c] = "NULL"
	}
	if _, err := q.Select(all); err != nil {
		t.Fatalf("every column: %v", err)
	}
	delete(all, "extra")
	if _, err := q.Select(all); err == nil || !strings.Contains(err.Error(), "extra") {
		t.Errorf("a missing column: %v", err)
	}
	all["extra"], all["bogus"] = "NULL", "1"
	if _, err := q.Select(all); err == nil || !strings.Contains(err.Error(), "bogus") {
		t.Errorf("an unknown column: %v", err)
	}
}

// TestJSON runs the JSON builders in DuckDB and decodes what they write.
func TestJSON(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	odd := "say \"hi\" \\ <b>&\n\t\u2028 é 中"
	cases := []struct {
		name string
		expr string
		want any
	}{
		{"object literal", JSONObject(map[string]string{"source": "acled", "doc_id": odd, "version": ""}, "source", "doc_id", "version"),
			[]kv{{"source", "acled"}, {"doc_id", odd}}},
		{"members in order", Object([]string{"z", "a", `q"k`}, []string{Quote("1"), Quote(odd), Quote("")}, nil),
			[]kv{{"z", "1"}, {"a", odd}, {`q"k`, ""}}},
		{"optional members", Object([]string{"z"}, []string{Quote("1")}, []string{Member("true", "lat", Quote("7.0")), Member("false", "lon", Quote("x"))}),
			[]kv{{"z", "1"}, {"lat", "7.0"}}},
		{"only optional", Object(nil, nil, []string{Member("true", "k", Quote(odd))}), []kv{{"k", odd}}},
		{"empty", Object(nil, nil, []string{Member("false", "k", Quote("v"))}), []kv{}},
	}
	for _, c := range cases {
		var got string
		if err := db.QueryRow("SELECT " + c.expr).Scan(&got); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if members := decodeOrdered(t, got); !reflect.DeepEqual(members, c.want) {
			t.Errorf("%s: %s decodes to %v, want %v", c.name, got, members, c.want)
		}
	}
}

type kv struct{ k, v string }

// decodeOrdered reads a JSON object of strings keeping member order.
func decodeOrdered(t *testing.T, s string) []kv {
	t.Helper()
	d := json.NewDecoder(strings.NewReader(s))
	if tok, err := d.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("%s: not an object", s)
	}
	out := []kv{}
	for d.More() {
		k, err := d.Token()
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		var v string
		if err := d.Decode(&v); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		out = append(out, kv{k.(string), v})
	}
	return out
}

func TestFail(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v string
	if err := db.QueryRow("SELECT " + Check("1 = 1", "'ok'", "never")).Scan(&v); err != nil || v != "ok" {
		t.Errorf("a passing check: %q %v", v, err)
	}
	err = db.QueryRow("SELECT " + Check("1 = 2", "'ok'", "bad thing")).Scan(&v)
	if err == nil || !strings.Contains(err.Error(), "bulk load: bad thing") {
		t.Errorf("a failing check: %v", err)
	}
}

// TestTrimmed holds Trimmed to strings.TrimSpace, and a Guard column's
// pieces between ; or , to strings.TrimSpace of each: a value is either
// trimmed alike or its row fails, and plain spaces never fail. White
// space inside a Trimmed value (a line break after a comma, as GED's place
// descriptions have) fails nothing.
func TestTrimmed(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ins := []string{"", "a", " a ", "  a b  ", "\ta\n", "\u00a0a\u3000", " \u0085a", "a\u2029 ", "\va b\f", "a\u200bb", " \u2028 ", "x\u00a0y",
		"a;\tb", "a,\nb", "a ,\u00a0b", "a\t;b", "a; b", "a , b"}
	for _, parts := range []bool{false, true} {
		for _, in := range ins {
			q := New("unused", 2, ',', true, true)
			v := q.Trimmed(0)
			if parts {
				q.Guard(0)
			}
			q.Trimmed(1) // a second, clean column: each edge of the joined values counts once
			query := "SELECT " + v + " FROM (SELECT " + Quote(in) + " AS c0, 'b' AS c1) WHERE " + q.guardLet()
			var got string
			err := db.QueryRow(query).Scan(&got)
			want := strings.TrimSpace(in)
			pieces := []string{in}
			if parts {
				pieces = strings.FieldsFunc("\x00"+in+"\x00", func(r rune) bool { return r == ';' || r == ',' })
			}
			fails := false
			for _, p := range pieces {
				p = strings.Trim(p, "\x00")
				fails = fails || strings.TrimSpace(p) != strings.Trim(p, " ")
			}
			switch {
			case fails && err == nil:
				t.Errorf("%q (in parts %v): no failure, got %q", in, parts, got)
			case !fails && err != nil:
				t.Errorf("%q (in parts %v): %v", in, parts, err)
			case !fails && got != want:
				t.Errorf("Trimmed(%q) = %q, strings.TrimSpace gives %q", in, got, want)
			}
		}
	}
}

// TestMissingColumn: a column the file lacks (index -1) reads as the
// empty text, as the readers read it, and is not trimmed or guarded.
func TestMissingColumn(t *testing.T) {
	q := New("f.csv", 3, ',', true, true)
	if c, tr := q.Col(-1), q.Trimmed(-1); c != "''" || tr != "''" {
		t.Errorf("Col(-1) %s, Trimmed(-1) %s", c, tr)
	}
	if c, tr := q.Col(2), q.Trimmed(2); c != "c2" || tr != "trim(c2)" {
		t.Errorf("Col(2) %s, Trimmed(2) %s", c, tr)
	}
	if _, ok := q.guard[2]; len(q.guard) != 1 || !ok || q.guard[2] {
		t.Errorf("guarded columns %v, want only 2, whole", q.guard)
	}
}
