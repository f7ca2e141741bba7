// Package loadsql builds the DuckDB queries of the bulk load: a dataset
// file read by DuckDB's own read_csv and each row mapped, in SQL, to the
// store's event columns, so that parsing and mapping run vectorized on
// every core instead of row by row in Go.
//
// A source package writes its mapping with a Query (see acled.Reader.Query)
// and must keep it identical to its Go reader: where the SQL cannot map a
// row exactly as the reader would, it raises an error (Fail) and the caller
// reads the file with the Go reader instead, which names the bad row's file,
// line and column. The query never decides that a row is bad on its own.
package loadsql

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/sitrep-project/sitrep/internal/rows"
)

// Columns are the event columns a query selects, in the store's order
// (the store adds version_id in front).
var Columns = []string{
	"id", "source", "source_id",
	"date_start", "date_end", "date_precision", "date_value",
	"place_name", "admin1", "admin2", "country", "country_name", "lat", "lon", "geonameid", "geo_precision",
	"event_type", "sub_event_type", "summary",
	"fatalities_low", "fatalities_best", "fatalities_high", "fatalities_qualifier",
	"actors", "casualties", "provenance", "extra", "actor_text",
}

// Query is a mapping under construction. Its layers: the file's columns as
// text ("" for an empty field, never NULL), then values named with Let
// (which may use the columns and the joined tables, not each other), then
// the selected event columns (which may use all of these).
type Query struct {
	path   string
	ncols  int
	comma  byte
	quotes bool
	header bool
	lets   []string
	joins  []string
	guard  map[int]bool // columns trimmed (see Trimmed): true when in parts (see Guard)
}

// Readable reports whether DuckDB's read_csv would open exactly the file
// at path: it takes glob patterns ("export [1].csv" could name another
// file), "~" and URLs.
func Readable(path string) bool {
	return !strings.ContainsAny(path, "*?[]{}") && !strings.HasPrefix(path, "~") && !strings.Contains(path, "://")
}

// New starts a query over the delimited file at path with ncols columns.
// With quotes, fields may be quoted with '"' (doubled inside), as in CSV;
// without, every byte is data, as in GDELT's tab-separated files. With
// header, the first line is skipped.
func New(path string, ncols int, comma byte, quotes, header bool) *Query {
	return &Query{path: path, ncols: ncols, comma: comma, quotes: quotes, header: header}
}

// Col is column i (from 0) as text; for i < 0, a column the file lacks,
// the empty text, as the readers read a missing column.
func (q *Query) Col(i int) string {
	if i < 0 {
		return "''"
	}
	return fmt.Sprintf("c%d", i)
}

// Let names a value computed once per row.
func (q *Query) Let(name, expr string) {
	q.lets = append(q.lets, expr+" AS "+name)
}

// Join looks key up in a constant table: rows of a key and values, which
// read as name_value, name_value2, …; NULL when the key is not there.
func (q *Query) Join(name, key string, rows [][]string) {
	if len(rows) == 0 {
		return
	}
	cols := []string{name + "_key", name + "_value"}
	for i := 2; i < len(rows[0]); i++ {
		cols = append(cols, fmt.Sprintf("%s_value%d", name, i))
	}
	var vals []string
	for _, r := range rows {
		lits := make([]string, len(r))
		for i, v := range r {
			lits[i] = Quote(v)
		}
		vals = append(vals, "("+strings.Join(lits, ", ")+")")
	}
	q.joins = append(q.joins, fmt.Sprintf("LEFT JOIN (VALUES %s) AS %s(%s) ON %s_key = %s",
		strings.Join(vals, ", "), name, strings.Join(cols, ", "), name, key))
}

// Select finishes the query with one expression per event column.
func (q *Query) Select(cols map[string]string) (string, error) {
	var b strings.Builder
	types := make([]string, q.ncols)
	text := make([]string, q.ncols)
	for i := range q.ncols {
		types[i] = fmt.Sprintf("'c%d': 'VARCHAR'", i)
		text[i] = fmt.Sprintf("coalesce(c%d, '') AS c%d", i, i)
	}
	quote, skip := "''", 0
	if q.quotes {
		quote = `'"'`
	}
	if q.header {
		skip = 1
	}
	// strict_mode: a row with too few or too many fields, or a stray quote,
	// fails the query, as it fails the reader. compression none: the
	// readers take the bytes as they are, whatever the file's name.
	fmt.Fprintf(&b, "WITH txt AS (SELECT %s FROM read_csv(%s, header = false, skip = %d, delim = %s, quote = %s, escape = %s, "+
		"auto_detect = false, strict_mode = true, null_padding = false, compression = 'none', columns = {%s})),\n",
		strings.Join(text, ", "), Quote(q.path), skip, Quote(string(q.comma)), quote, quote, strings.Join(types, ", "))
	all := q.lets
	if len(q.guard) > 0 {
		all = append(all[:len(all):len(all)], q.guardLet()+" AS trim_ok")
	}
	lets := ""
	if len(all) > 0 {
		lets = ", " + strings.Join(all, ", ")
	}
	fmt.Fprintf(&b, "prep AS (SELECT *%s FROM txt %s)\nSELECT ", lets, strings.Join(q.joins, " "))
	for i, c := range Columns {
		e, ok := cols[c]
		if !ok {
			return "", fmt.Errorf("loadsql: no expression for column %s", c)
		}
		if c == "id" && len(q.guard) > 0 {
			e = "CASE WHEN trim_ok THEN " + e + " END" // the check must run
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(e + " AS " + c)
	}
	for c := range cols {
		if !slices.Contains(Columns, c) {
			return "", fmt.Errorf("loadsql: %s is not an event column", c)
		}
	}
	b.WriteString(" FROM prep")
	return b.String(), nil
}

// Count is a death toll read from text (already trimmed): NULL when
// empty, a whole number from 0 to rows.MaxToll, or a failure.
func Count(text, what string) string {
	return fmt.Sprintf("CASE WHEN %s = '' THEN NULL WHEN regexp_full_match(%s, '[+-]?[0-9]{1,18}') AND %s::BIGINT BETWEEN 0 AND %d THEN %s::BIGINT ELSE %s END",
		text, text, text, rows.MaxToll, text, Fail("bad "+what))
}

// Points sets the lat and lon columns from the values named lat and lon:
// both or neither, as the store keeps them.
func Points(cols map[string]string) {
	cols["lat"] = "CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN lat END"
	cols["lon"] = "CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN lon END"
}

// Provenance is a dataset row's provenance document.
func Provenance(source, docID, version string) string {
	return JSONObject(map[string]string{"source": source, "doc_id": docID, "version": version}, "source", "doc_id", "version")
}

// Actor is the JSON text of an actor named by the text expression name.
func Actor(name string, side int, role string) string {
	return fmt.Sprintf(`'{"name":' || to_json(%s) || ',"side":%d,"role":"%s"}'`, name, side, role)
}

// Sides are the actors and actor_text columns of two parties, a on side 1
// and b on side 2, each left out when its name is empty.
func Sides(a, roleA, b, roleB string) (actors, actorText string) {
	actors = fmt.Sprintf("coalesce('[' || nullif(concat_ws(',', CASE WHEN %s <> '' THEN %s END, CASE WHEN %s <> '' THEN %s END), '') || ']', 'null')",
		a, Actor(a, 1, roleA), b, Actor(b, 2, roleB))
	actorText = fmt.Sprintf("'|' || concat(CASE WHEN %s <> '' THEN %s || '|' END, CASE WHEN %s <> '' THEN %s || '|' END)", a, a, b, b)
	return actors, actorText
}

// Fail is an expression that stops the query: the row needs the reader.
func Fail(why string) string { return "error(" + Quote("bulk load: "+why) + ")" }

// Check is value when cond holds, and otherwise stops the query.
func Check(cond, value, why string) string {
	return "CASE WHEN " + cond + " THEN " + value + " ELSE " + Fail(why) + " END"
}

// Trimmed is column i as Go's strings.TrimSpace leaves it. DuckDB's trim
// takes only spaces, and trimming by a set of characters costs it a
// microsecond a value, so the column is trimmed of spaces and the query
// fails (the reader then takes the file) for a row where any trimmed
// column begins or ends with other white space (a tab, NBSP, U+3000…).
// White space inside the value is no matter: GED's place descriptions
// break lines after their commas. For i < 0, as for Col, the empty text.
func (q *Query) Trimmed(i int) string {
	if i < 0 {
		return "''"
	}
	if q.guard == nil {
		q.guard = map[int]bool{}
	}
	if _, ok := q.guard[i]; !ok {
		q.guard[i] = false // a Guard before stays
	}
	return "trim(" + q.Col(i) + ")"
}

// Guard marks column i as one the mapping trims with trim() in parts: the
// pieces between ';' or ',' get the check Trimmed gives a whole value.
func (q *Query) Guard(i int) {
	if q.guard == nil {
		q.guard = map[int]bool{}
	}
	q.guard[i] = true
}

// unicodeSpace is a regular-expression class of the runes unicode.IsSpace
// accepts, but the space.
var unicodeSpace = func() string {
	var b strings.Builder
	b.WriteByte('[')
	for r := rune(0); r <= 0x3000; r++ {
		if unicode.IsSpace(r) && r != ' ' {
			fmt.Fprintf(&b, `\x{%x}`, r)
		}
	}
	b.WriteByte(']')
	return b.String()
}()

// guardLet is the check of the Trimmed and Guard columns: the values of
// each kind joined by chr(1), so that one regular expression a kind tests
// every edge.
func (q *Query) guardLet() string {
	var whole, parts []string
	for i := range q.ncols {
		if inParts, ok := q.guard[i]; ok && inParts {
			parts = append(parts, q.Col(i))
		} else if ok {
			whole = append(whole, q.Col(i))
		}
	}
	var conds []string
	for _, k := range []struct {
		cols []string
		sep  string
	}{{whole, `\x01`}, {parts, `\x01;,`}} {
		if len(k.cols) > 0 {
			pattern := `(^|[` + k.sep + `]) *` + unicodeSpace + `|` + unicodeSpace + ` *([` + k.sep + `]|$)`
			conds = append(conds, fmt.Sprintf("regexp_matches(concat_ws(chr(1), %s), %s)", strings.Join(k.cols, ", "), Quote(pattern)))
		}
	}
	return fmt.Sprintf("CASE WHEN %s THEN %s ELSE true END",
		strings.Join(conds, " OR "), Fail("a value begins or ends with white space other than spaces"))
}

// Null is expr with "" as NULL, as the store keeps empty text.
func Null(expr string) string { return "nullif(" + expr + ", '')" }

// Quote is s as an SQL string literal.
func Quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// jsonString is s encoded as a JSON string, as an SQL literal.
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return Quote(string(b))
}

// JSONObject is an object of string members in the order of keys, as an
// SQL literal; empty values are left out, as the model's omitempty does.
func JSONObject(m map[string]string, keys ...string) string {
	var b strings.Builder
	b.WriteByte('{')
	for _, k := range keys {
		v := m[k]
		if v == "" {
			continue
		}
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		vb, _ := json.Marshal(v)
		b.Write(kb)
		b.WriteByte(':')
		b.Write(vb)
	}
	b.WriteByte('}')
	return Quote(b.String())
}

// decimal is a plain decimal of at most 15 significant digits: such text
// parses to the double that prints back as the same digits (when written
// without padding), in Go's strconv as in DuckDB.
const decimal = `-?[0-9]{1,3}(\.[0-9]{1,12})?`

// canonical is text Go's strconv.FormatFloat(v, 'f', -1, 64) writes.
const canonical = `-?(0|[1-9][0-9]{0,2})(\.[0-9]{0,11}[1-9])?`

// Coord is a latitude (lim 90) or longitude (lim 180) read from text:
// NULL when empty, and a failure when out of range or when the text is
// not a plain decimal this package can hold to Go's parsing.
func Coord(text string, lim int, what string) string {
	return fmt.Sprintf("CASE WHEN %s = '' THEN NULL WHEN regexp_full_match(%s, '%s') AND abs(%s::DOUBLE) <= %d THEN %s::DOUBLE ELSE %s END",
		text, text, decimal, text, lim, text, Fail("bad "+what))
}

// Reprinted is true when raw, a number Coord accepted from it or its
// trimmed form, would not be written back the same: "7.0", " 7". Readers
// keep such text in Extra so that a row can be rebuilt.
func Reprinted(raw string) string {
	return fmt.Sprintf("NOT regexp_full_match(%s, '%s')", raw, canonical)
}

// Object is a JSON object of text members, in order: names[i] is the key
// of the text expression values[i]; then the optional members, each an
// expression giving `,"key":value` or "". One json_object call per row is
// about a third cheaper than quoting each member with to_json.
func Object(names, values, optional []string) string {
	opt := "''"
	if len(optional) > 0 {
		opt = "concat(" + strings.Join(optional, ", ") + ")"
	}
	if len(names) == 0 {
		return "'{' || substr(" + opt + ", 2) || '}'"
	}
	args := make([]string, 0, 2*len(names))
	for i, n := range names {
		args = append(args, Quote(n), values[i])
	}
	obj := "json_object(" + strings.Join(args, ", ") + ")::VARCHAR"
	if len(optional) == 0 {
		return obj
	}
	return "left(" + obj + ", -1) || " + opt + " || '}'"
}

// Member is an optional member for Object: key and the text expression
// value, when cond holds.
func Member(cond, key, value string) string {
	return "CASE WHEN " + cond + " THEN ','||" + jsonString(key) + "||':'||to_json(" + value + ") ELSE '' END"
}
