package gdelt

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/sitrep-project/sitrep/internal/codebook"
	"github.com/sitrep-project/sitrep/internal/loadsql"
)

// Query returns the reader's mapping written as one DuckDB query over
// read_csv, for a bulk load in which DuckDB reads and maps the file on all
// cores (see acled.Reader.Query). The layout is taken from the first line
// of the file at path. The query maps a row exactly as Next does or fails,
// and the file is then read by the Reader, which names the bad row.
func (g *Reader) Query(path, docID, version string) (string, error) {
	cols, err := layoutOf(path)
	if err != nil {
		return "", err
	}
	ix := newIndex(cols)
	q := loadsql.New(path, len(cols), '\t', false, false)
	c := q.Col

	// Numbers are checked as the reader checks them, so that a file the
	// reader refuses is refused here too; a form this query cannot vouch
	// for (hex, "inf", a 40-digit exponent) fails and goes to the reader.
	var checks []string
	for i, kind := range ix.numeric {
		pattern := ""
		switch kind {
		case 'i':
			pattern = `[+-]?[0-9]{1,18}`
		case 'f':
			pattern = `[+-]?([0-9]{1,30}(\.[0-9]{0,30})?|\.[0-9]{1,30})([eE][+-]?[0-9]{1,2})?`
		default:
			continue
		}
		checks = append(checks, fmt.Sprintf("(%s = '' OR regexp_full_match(%s, '%s'))", c(i), c(i), pattern))
	}
	q.Let("ok", loadsql.Check(strings.Join(checks, " AND "), "true", "bad number"))
	id := c(ix.id)
	q.Let("id", loadsql.Check("regexp_full_match("+id+", '[0-9]+')", id, "bad GLOBALEVENTID"))
	date := c(ix.date)
	q.Let("day", fmt.Sprintf("CASE WHEN regexp_full_match(%s, '[0-9]{8}') AND %s >= '18000101' THEN coalesce(try_strptime(%s, '%%Y%%m%%d')::DATE, %s) ELSE %s END",
		date, date, date, loadsql.Fail("bad SQLDATE"), loadsql.Fail("bad SQLDATE")))
	q.Let("lat", loadsql.Coord(c(ix.gLat), 90, "ActionGeo_Lat"))
	q.Let("lon", loadsql.Coord(c(ix.gLon), 180, "ActionGeo_Long"))
	q.Let("parts", "string_split("+c(ix.gName)+", ', ')")

	// Code tables: the CAMEO code's longest listed prefix, the root's
	// label, the geo type's precision, the FIPS country.
	byLen := map[int][][]string{}
	for _, p := range codebook.CAMEOPrefixes() {
		t, sub, _ := codebook.CAMEOType(p)
		byLen[len(p)] = append(byLen[len(p)], []string{p, t, sub})
	}
	code := c(ix.code)
	var types, subs []string
	for n := 4; n >= 2; n-- {
		name := fmt.Sprintf("cameo%d", n)
		q.Join(name, fmt.Sprintf("left(%s, %d)", code, n), byLen[n])
		if len(byLen[n]) > 0 {
			types = append(types, name+"_value")
			subs = append(subs, fmt.Sprintf("CASE WHEN %s_value IS NOT NULL THEN %s_value2 END", name, name))
		}
	}
	var roots [][]string
	for _, r := range codebook.CAMEORoot.Codes {
		roots = append(roots, []string{r.Code, r.Label})
	}
	root := c(ix.root)
	q.Join("root", fmt.Sprintf("CASE WHEN length(%s) = 1 THEN '0' || %s ELSE %s END", root, root, root), roots)
	var geo [][]string
	for _, t := range codebook.GDELTGeoType.Codes {
		geo = append(geo, []string{t.Code, t.Label})
	}
	q.Join("geo", c(ix.gType), geo)
	var fips [][]string
	for _, k := range codebook.Countries() {
		if k.FIPS == "" {
			continue
		}
		if got, ok := codebook.ByFIPS(k.FIPS); ok && got.ISO3 == k.ISO3 {
			fips = append(fips, []string{k.FIPS, k.ISO3})
		}
	}
	q.Join("fips", c(ix.gCountry), fips)

	a1, a2, place, typ := c(ix.a1name), c(ix.a2name), c(ix.gName), c(ix.gType)
	sel := map[string]string{
		"id":             "CASE WHEN ok THEN '" + Source + ":' || id END",
		"source":         "'" + Source + "'",
		"source_id":      "id",
		"date_start":     "day",
		"date_end":       "day",
		"date_precision": "1",
		"date_value":     "strftime(day, '%Y-%m-%d')",
		"place_name":     loadsql.Null(place),
		"admin1": fmt.Sprintf("nullif(CASE WHEN %s IN ('3', '4') AND len(parts) = 3 THEN parts[2] WHEN %s IN ('2', '5') AND len(parts) = 2 THEN parts[1] END, '')",
			typ, typ),
		"admin2":         "NULL",
		"country":        "fips_value",
		"country_name":   "nullif(parts[-1], '')",
		"geonameid":      "NULL",
		"geo_precision":  "nullif(geo_value, '')",
		"event_type":     "coalesce(" + strings.Join(types, ", ") + ")",
		"sub_event_type": "nullif(coalesce(" + strings.Join(subs, ", ") + "), '')",
		// As the reader's summary: "Fight (CAMEO 193): A against B, in P".
		"summary": fmt.Sprintf(`coalesce(nullif(root_value, ''), 'Event') || ' (CAMEO ' || %s || ')' || `+
			`CASE WHEN %s <> '' OR %s <> '' THEN ': ' || %s || CASE WHEN %s <> '' THEN CASE WHEN %s <> '' THEN ' ' ELSE '' END || 'against ' || %s ELSE '' END ELSE '' END || `+
			`CASE WHEN %s <> '' THEN ', in ' || %s ELSE '' END`,
			code, a1, a2, a1, a2, a1, a2, place, place),
		"fatalities_low":       "NULL",
		"fatalities_best":      "NULL",
		"fatalities_high":      "NULL",
		"fatalities_qualifier": "NULL",
		"casualties":           "'null'",
		"provenance":           loadsql.Provenance(Source, docID, version),
	}

	loadsql.Points(sel)
	sel["actors"], sel["actor_text"] = loadsql.Sides(a1, "actor1", a2, "actor2")

	// Extra: every unmapped column in order, then coordinates that would
	// not print back the same.
	var names, values, optional []string
	for i, name := range cols {
		if !ix.mapped[i] {
			names, values = append(names, name), append(values, c(i))
		}
	}
	for _, i := range []int{ix.gLat, ix.gLon} {
		optional = append(optional, loadsql.Member(c(i)+" <> '' AND "+loadsql.Reprinted(c(i)), cols[i], c(i)))
	}
	sel["extra"] = loadsql.Object(names, values, optional)
	return q.Select(sel)
}

// layoutOf reads the first line of a GDELT file for its layout.
func layoutOf(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	line, err := bufio.NewReaderSize(f, 64<<10).ReadSlice('\n')
	if err != nil && len(line) == 0 {
		return nil, fmt.Errorf("gdelt %s: %w", path, err)
	}
	cols, ok := layouts[bytes.Count(line, []byte{'\t'})+1]
	if !ok || bytes.HasPrefix(line, []byte("\xef\xbb\xbf")) {
		return nil, fmt.Errorf("gdelt %s line 1: not a layout the bulk load knows", path)
	}
	return cols, nil
}
