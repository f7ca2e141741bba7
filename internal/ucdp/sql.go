package ucdp

import (
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/internal/codebook"
	"github.com/sitrep-project/sitrep/internal/loadsql"
)

// Query returns the reader's mapping of a GED CSV written as one DuckDB
// query over read_csv, for a bulk load in which DuckDB reads and maps the
// file on all cores (see acled.Reader.Query). It maps a row exactly as
// Next does or fails, and the file is then read by the Reader, which
// names the bad row.
func (u *Reader) Query(path, docID, version string) (string, error) {
	l := u.l
	q := loadsql.New(path, len(l.header), u.sc.Comma(), true, true)
	raw := func(k field) string { return q.Col(l.idx[k]) }
	// Every field the reader maps, it reads trimmed.
	get := func(k field) string { return q.Trimmed(l.idx[k]) }

	// count is a death toll: NULL when empty, failing unless a whole
	// number of at least 0.
	count := func(k field) string { return loadsql.Count(get(k), l.col(k)) }
	// date reads "2009-02-20", "2009-02-20 00:00:00.000" or "…T00:00:00".
	date := func(t, what string) string {
		return fmt.Sprintf("CASE WHEN regexp_full_match(%s, '(?s)[0-9]{4}-[0-9]{2}-[0-9]{2}([ T].*)?') AND left(%s, 4) >= '1800' THEN coalesce(try_cast(left(%s, 10) AS DATE), %s) ELSE %s END",
			t, t, t, loadsql.Fail("bad "+what), loadsql.Fail("bad "+what))
	}

	id := get(fID)
	q.Let("id", loadsql.Check(id+" <> ''", id, "missing id"))
	q.Let("d0", date(get(fDateStart), "date_start"))
	end := get(fDateEnd)
	q.Let("d1", fmt.Sprintf("CASE WHEN %s = '' THEN NULL ELSE %s END", end, date(end, "date_end")))
	prec := "1"
	if l.idx[fDatePrec] >= 0 {
		t := get(fDatePrec)
		prec = fmt.Sprintf("CASE WHEN %s = '' THEN 1 WHEN %s IN ('1', '2', '3', '4', '5') THEN %s::INTEGER ELSE %s END", t, t, t, loadsql.Fail("bad date_prec"))
	}
	q.Let("prec", prec) // GED's codes 1–5 are the model's day, days, week, month, months
	q.Let("lat", loadsql.Coord(get(fLat), 90, "latitude"))
	q.Let("lon", loadsql.Coord(get(fLon), 180, "longitude"))
	q.Let("side_a", get(fSideA))
	q.Let("side_b", get(fSideB))
	for _, k := range []field{fDeathsA, fDeathsB, fDeathsCiv, fDeathsUnk, fBest, fLow, fHigh} {
		q.Let(names2[k], count(k))
	}
	typ := "NULL::VARCHAR"
	if l.tov >= 0 {
		c := q.Col(l.tov)
		t := q.Trimmed(l.tov)
		typ = fmt.Sprintf("CASE WHEN %s IN ('1', '2', '3') THEN %s WHEN %s = '' THEN NULL ELSE %s END", t, t, c, loadsql.Fail("bad type_of_violence"))
	}
	q.Let("tov", typ)
	where := "NULL::VARCHAR"
	if l.idx[fWherePrec] >= 0 {
		t := get(fWherePrec)
		var cases []string
		for _, c := range codebook.UCDPWherePrec.Codes {
			cases = append(cases, fmt.Sprintf("WHEN %s THEN %s", loadsql.Quote(c.Code), loadsql.Quote(c.Label)))
		}
		where = fmt.Sprintf("CASE WHEN %s = '' THEN NULL ELSE CASE %s %s ELSE %s END END", t, t, strings.Join(cases, " "), loadsql.Fail("bad where_prec"))
	}
	q.Let("geo", where)
	country := "NULL::VARCHAR"
	if l.cid >= 0 {
		c := q.Col(l.cid)
		q.Guard(l.cid)
		first := "trim(split_part(" + c + ", ',', 1))"
		var gw [][]string
		for _, k := range codebook.Countries() {
			if got, ok := codebook.ByGW(k.GW); k.GW > 0 && ok && got.ISO3 == k.ISO3 {
				gw = append(gw, []string{fmt.Sprint(k.GW), k.ISO3})
			}
		}
		q.Join("gw", "try_cast("+first+" AS INTEGER)::VARCHAR", gw)
		country = fmt.Sprintf("CASE WHEN %s = '' THEN NULL WHEN regexp_full_match(%s, '[+-]?[0-9]{1,9}') THEN gw_value ELSE %s END", c, first, loadsql.Fail("bad country_id"))
	}
	q.Let("iso3", country)
	dyad, desc := "''", "''"
	if l.dyad >= 0 {
		dyad = q.Trimmed(l.dyad)
	}
	if l.desc >= 0 {
		desc = q.Trimmed(l.desc)
	}
	q.Let("dyad", dyad)
	q.Let("descr", desc)

	// The fatalities: best, with low and high when given.
	low := "CASE WHEN best IS NOT NULL THEN coalesce(low, best) END"
	high := "CASE WHEN best IS NOT NULL THEN high END"
	// As event.Count.String: "3", or "3 (2–5)" when low or high differ.
	toll := fmt.Sprintf("CASE WHEN %s IS NOT NULL AND (%s <> best OR %s <> best) THEN best::VARCHAR || ' (' || (%s)::VARCHAR || '–' || (%s)::VARCHAR || ')' ELSE best::VARCHAR END",
		high, low, high, low, high)
	// As summary: "dyad, description: toll killed".
	s1 := "dyad"
	s2 := fmt.Sprintf("(CASE WHEN descr <> '' THEN (CASE WHEN %s <> '' THEN %s || ', ' ELSE '' END) || descr ELSE %s END)", s1, s1, s1)
	s3 := fmt.Sprintf("(CASE WHEN best IS NOT NULL THEN (CASE WHEN %s <> '' THEN %s || ': ' ELSE '' END) || %s || ' killed' ELSE %s END)", s2, s2, toll, s2)

	var cas []string
	for _, c := range []struct {
		v, who string
		side   int
	}{{"deaths_a", "side_a", 1}, {"deaths_b", "side_b", 2}, {"deaths_civilians", "'civilians'", 3}, {"deaths_unknown", "'unknown'", 0}} {
		side := ""
		if c.side != 0 {
			side = fmt.Sprintf(`,"side":%d`, c.side)
		}
		cas = append(cas, fmt.Sprintf(`CASE WHEN %s IS NOT NULL THEN '{"who":' || to_json(%s) || '%s,"killed":{"low":' || %s || ',"best":' || %s || ',"high":' || %s || '}}' END`,
			c.v, c.who, side, c.v, c.v, c.v))
	}

	sel := map[string]string{
		"id":             "'" + Source + ":' || id",
		"source":         "'" + Source + "'",
		"source_id":      "id",
		"date_start":     "d0",
		"date_end":       fmt.Sprintf("CASE WHEN coalesce(d1, d0) < d0 THEN %s ELSE coalesce(d1, d0) END", loadsql.Fail("date_end before date_start")),
		"date_precision": "prec",
		// As event.Date.String for a range from GED.
		"date_value": "CASE WHEN prec = 1 AND coalesce(d1, d0) = d0 THEN strftime(d0, '%Y-%m-%d') " +
			"WHEN prec = 4 AND day(d0) = 1 AND coalesce(d1, d0) = last_day(d0) THEN strftime(d0, '%Y-%m') " +
			"ELSE strftime(d0, '%Y-%m-%d') || '/' || strftime(coalesce(d1, d0), '%Y-%m-%d') END",
		"place_name":     loadsql.Null(get(fWhereCoord)),
		"admin1":         loadsql.Null(get(fAdm1)),
		"admin2":         loadsql.Null(get(fAdm2)),
		"country":        "iso3",
		"country_name":   loadsql.Null(get(fCountry)),
		"geonameid":      "NULL",
		"geo_precision":  "nullif(geo, '')",
		"event_type":     "CASE tov WHEN '1' THEN 'Battles' WHEN '2' THEN 'Battles' WHEN '3' THEN 'Violence against civilians' END",
		"sub_event_type": "CASE tov WHEN '1' THEN 'Armed clash' WHEN '2' THEN 'Armed clash' WHEN '3' THEN 'Attack' END",
		"summary":        "nullif(" + s3 + ", '')",
		"fatalities_low": low, "fatalities_best": "best", "fatalities_high": high,
		"fatalities_qualifier": "CASE WHEN best IS NOT NULL THEN '' END",
		"casualties":           "coalesce('[' || nullif(concat_ws(',', " + strings.Join(cas, ", ") + "), '') || ']', 'null')",
		"provenance":           loadsql.Provenance(Source, docID, version),
	}

	loadsql.Points(sel)
	sel["actors"], sel["actor_text"] = loadsql.Sides("side_a", "side_a", "side_b", "side_b")

	// Extra: the unmapped columns in file order, then coordinates whose
	// text would not print back the same, then date_prec, low and high
	// when the model would give them back otherwise.
	var names, values, optional []string
	for i, h := range l.header {
		if !l.mapped[i] {
			names, values = append(names, h), append(values, q.Col(i))
		}
	}
	for _, k := range []field{fLat, fLon} {
		if l.idx[k] >= 0 {
			optional = append(optional, loadsql.Member(get(k)+" <> '' AND "+loadsql.Reprinted(get(k)), l.col(k), raw(k)))
		}
	}
	if l.idx[fDatePrec] >= 0 {
		optional = append(optional, loadsql.Member(get(fDatePrec)+" <> prec::VARCHAR", l.col(fDatePrec), raw(fDatePrec)))
	}
	for _, k := range []field{fLow, fHigh} {
		if l.idx[k] >= 0 {
			w := map[field]string{fLow: low, fHigh: high}[k]
			optional = append(optional, loadsql.Member(get(k)+" <> coalesce(("+w+")::VARCHAR, '')", l.col(k), raw(k)))
		}
	}
	sel["extra"] = loadsql.Object(names, values, optional)
	return q.Select(sel)
}

// names2 names the counts in the query.
var names2 = map[field]string{fDeathsA: "deaths_a", fDeathsB: "deaths_b", fDeathsCiv: "deaths_civilians",
	fDeathsUnk: "deaths_unknown", fBest: "best", fLow: "low", fHigh: "high"}
