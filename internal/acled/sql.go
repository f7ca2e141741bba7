package acled

import (
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/internal/codebook"
	"github.com/sitrep-project/sitrep/internal/loadsql"
)

// Query returns the reader's mapping written as one DuckDB query over
// read_csv, for a bulk load in which DuckDB reads and maps the file on all
// cores. It selects the store's event columns (loadsql.Columns) for the
// export at path, whose header was read by r.
//
// The query maps a row exactly as Next does (TestQueryMatchesReader in
// package dataset holds the two together) or fails: any row it cannot map
// the same way raises an error, and the caller then reads the file with
// the Reader, which names the bad row's line and column. docID and version
// fill the provenance as the ingest does.
func (r *Reader) Query(path, docID, version string) (string, error) {
	q := loadsql.New(path, len(r.header), r.sc.Comma(), true, true)
	col := func(k field) string { return q.Col(r.idx[k]) }
	trim := func(k field) string { return q.Trimmed(r.idx[k]) }
	has := func(k field) bool { return r.idx[k] >= 0 }
	hdr := func(k field) string {
		if i := r.idx[k]; i >= 0 {
			return r.header[i]
		}
		return ""
	}

	// The prepared row: every input column as text ("" for empty), and the
	// values more than one output column needs.
	id := trim(fID)
	q.Let("id", loadsql.Check(id+" <> ''", id, "missing event id"))
	prec := "1"
	if has(fTimePrec) {
		tp := trim(fTimePrec)
		prec = fmt.Sprintf("CASE WHEN %s = '' THEN 1 WHEN %s IN ('1', '2', '3') THEN %s::INTEGER ELSE %s END",
			col(fTimePrec), tp, tp, loadsql.Fail("bad time_precision"))
	}
	q.Let("tprec", prec)
	rawDate := col(fDate)
	iso := fmt.Sprintf("regexp_full_match(%s, '[0-9]{4}-[0-9]{2}-[0-9]{2}')", rawDate)
	q.Let("iso_date", iso)
	// Text dates as the reader reads them: "04 October 2017", "4 Oct
	// 2017", "04-October-2017"; anything else fails and goes to the reader.
	text := fmt.Sprintf("coalesce(try_strptime(%s, ['%%d %%B %%Y', '%%d %%b %%Y', '%%d-%%B-%%Y', '%%d-%%b-%%Y'])::DATE, %s)",
		trim(fDate), loadsql.Fail("bad event_date"))
	q.Let("day", fmt.Sprintf(`CASE WHEN %s THEN coalesce(try_cast(%s AS DATE), %s) WHEN regexp_full_match(%s, '[0-9]{1,2}[ -][A-Za-z]{3,9}[ -][0-9]{4}') THEN %s ELSE %s END`,
		iso, rawDate, loadsql.Fail("bad event_date"), trim(fDate), text, loadsql.Fail("bad event_date")))

	// Columns.
	sel := map[string]string{
		"id":        "'" + Source + ":' || id",
		"source":    "'" + Source + "'",
		"source_id": "id",
		// Week: the seven days centred on the day; month: the whole month.
		"date_start":     "CASE WHEN year(day) < 1800 THEN " + loadsql.Fail("bad event_date") + " WHEN tprec = 2 THEN day - 3 WHEN tprec = 3 THEN date_trunc('month', day)::DATE ELSE day END",
		"date_end":       "CASE tprec WHEN 2 THEN day + 3 WHEN 3 THEN last_day(day) ELSE day END",
		"date_precision": "CASE tprec WHEN 2 THEN 3 WHEN 3 THEN 4 ELSE 1 END",
		"date_value":     "CASE tprec WHEN 3 THEN strftime(day, '%Y-%m') ELSE strftime(day, '%Y-%m-%d') END",
		"place_name":     loadsql.Null(col(fLocation)),
		"admin1":         loadsql.Null(col(fAdmin1)),
		"admin2":         loadsql.Null(col(fAdmin2)),
		"country_name":   loadsql.Null(col(fCountry)),
		"event_type":     "CASE WHEN legacy_type IS NULL THEN " + loadsql.Null(col(fType)) + " ELSE legacy_type END",
		"sub_event_type": "CASE WHEN legacy_type IS NULL OR " + col(fSubType) + " <> '' THEN " + loadsql.Null(col(fSubType)) + " ELSE " + loadsql.Null("legacy_sub") + " END",
		"summary":        loadsql.Null(col(fNotes)),
		"geonameid":      "NULL",
		"casualties":     "'null'",
		"provenance":     loadsql.Provenance(Source, docID, version),
	}

	// Country: iso3 when given, else the numeric ISO code.
	country := "NULL"
	if has(fISO3) {
		country = loadsql.Null(col(fISO3))
	}
	if r.iso >= 0 {
		c := q.Col(r.iso)
		q.Join("num", "try_cast("+q.Trimmed(r.iso)+" AS INTEGER)::VARCHAR", countryByNum())
		num := fmt.Sprintf("CASE WHEN %s = '' THEN NULL WHEN regexp_full_match(%s, '[+-]?[0-9]{1,9}') THEN num_value ELSE %s END",
			c, q.Trimmed(r.iso), loadsql.Fail("bad iso"))
		if has(fISO3) {
			// The reader reads iso only when iso3 is empty.
			num = fmt.Sprintf("CASE WHEN %s <> '' THEN %s ELSE %s END", col(fISO3), col(fISO3), num)
		}
		country = num
	}
	q.Let("country_num", country)
	sel["country"] = "country_num"

	// Coordinates: both or neither, as the store keeps them.
	coord := func(k field, lim int) string {
		if !has(k) {
			return "NULL"
		}
		return loadsql.Coord(trim(k), lim, hdr(k))
	}
	q.Let("lat", coord(fLat, 90))
	q.Let("lon", coord(fLon, 180))
	loadsql.Points(sel)
	geo := "NULL"
	if has(fGeoPrec) {
		t := trim(fGeoPrec)
		geo = fmt.Sprintf("CASE WHEN %s = '' THEN NULL WHEN %s = '1' THEN 'point' WHEN %s = '2' THEN 'near' WHEN %s = '3' THEN 'admin1' ELSE %s END",
			col(fGeoPrec), t, t, t, loadsql.Fail("bad geo_precision"))
	}
	sel["geo_precision"] = geo

	// Fatalities: one exact count.
	fat := "NULL"
	if has(fFatalities) {
		fat = loadsql.Count(trim(fFatalities), "fatalities")
	}
	q.Let("fat", fat)
	sel["fatalities_low"], sel["fatalities_best"], sel["fatalities_high"] = "fat", "fat", "fat"
	sel["fatalities_qualifier"] = "CASE WHEN fat IS NOT NULL THEN '' END"

	// Legacy typology.
	if has(fType) {
		q.Join("legacy", col(fType), legacyTypes())
		q.Let("legacy_type", "legacy_value")
		q.Let("legacy_sub", "legacy_value2")
	} else {
		q.Let("legacy_type", "NULL::VARCHAR")
		q.Let("legacy_sub", "NULL::VARCHAR")
	}

	// Actors, and the inter codes of absent actors, kept in extra.
	var actors, actorNames []string
	var sideExtra []string
	for _, s := range [2]struct {
		actor, assoc, inter field
		side                int
		role, assocRole     string
	}{
		{fActor1, fAssoc1, fInter1, 1, "actor1", "assoc_actor_1"},
		{fActor2, fAssoc2, fInter2, 2, "actor2", "assoc_actor_2"},
	} {
		inter := trim(s.inter)
		v := fmt.Sprintf("inter%d", s.side)
		q.Let(v, fmt.Sprintf("CASE WHEN regexp_matches(%s, '^[0-9]') AND %s NOT IN ('0','1','2','3','4','5','6','7','8') THEN %s ELSE %s END",
			inter, inter, loadsql.Fail("bad "+hdr(s.inter)), inter))
		name := col(s.actor)
		actors = append(actors, fmt.Sprintf(`CASE WHEN %s <> '' THEN '{"name":' || to_json(%s) || ',"side":%d,"role":"%s"' || CASE WHEN %s <> '' THEN ',"inter":' || to_json(%s) ELSE '' END || '}' END`,
			name, name, s.side, s.role, v, v))
		actorNames = append(actorNames, fmt.Sprintf("CASE WHEN %s <> '' THEN %s || '|' END", name, name))
		if has(s.inter) {
			// The code as it was: of an absent actor, or with spaces.
			sideExtra = append(sideExtra, loadsql.Member(fmt.Sprintf("CASE WHEN %s <> '' THEN %s <> %s ELSE %s <> '' END", name, col(s.inter), inter, col(s.inter)),
				hdr(s.inter), col(s.inter)))
		}
		if has(s.assoc) {
			q.Guard(r.idx[s.assoc])
			list := fmt.Sprintf("list_filter(list_transform(string_split(%s, ';'), x -> trim(x)), x -> x <> '')", col(s.assoc))
			// The list as it was when Record would write it otherwise.
			sideExtra = append(sideExtra, loadsql.Member(fmt.Sprintf("%s <> array_to_string(%s, '; ')", col(s.assoc), list), hdr(s.assoc), col(s.assoc)))
			actors = append(actors, fmt.Sprintf(`nullif(array_to_string(list_transform(%s, x -> %s), ','), '')`,
				list, loadsql.Actor("x", s.side, s.assocRole)))
			actorNames = append(actorNames, fmt.Sprintf("nullif(array_to_string(%s, '|') || '|', '|')", list))
		}
	}
	sel["actors"] = "coalesce('[' || nullif(concat_ws(',', " + strings.Join(actors, ", ") + "), '') || ']', 'null')"
	sel["actor_text"] = "'|' || concat(" + strings.Join(actorNames, ", ") + ")"

	// Extra: the unmapped columns in file order, then what the model's
	// fields cannot give back, in the reader's order: text that Record
	// would write otherwise (" X1", " 2", "+3", "A;B") is kept as it was.
	var names, values, optional []string
	for i, h := range r.header {
		if !r.mapped[i] {
			names, values = append(names, h), append(values, q.Col(i))
		}
	}
	if has(fID) {
		optional = append(optional, loadsql.Member(col(fID)+" <> id", hdr(fID), col(fID)))
	}
	if has(fTimePrec) {
		optional = append(optional, loadsql.Member(col(fTimePrec)+" <> tprec::VARCHAR", hdr(fTimePrec), col(fTimePrec)))
	}
	if has(fDate) {
		optional = append(optional, loadsql.Member("tprec = 3 OR NOT iso_date", hdr(fDate), rawDate))
	}
	if has(fISO3) && r.iso >= 0 {
		// The country came from iso: the empty iso3 is kept.
		optional = append(optional, loadsql.Member(col(fISO3)+" = '' AND country_num IS NOT NULL", hdr(fISO3), col(fISO3)))
	}
	for _, k := range []field{fLat, fLon} {
		if has(k) {
			// Text that does not print back the same ("7.0", " 7", " ").
			optional = append(optional, loadsql.Member(col(k)+" <> '' AND "+loadsql.Reprinted(col(k)), hdr(k), col(k)))
		}
	}
	if has(fGeoPrec) {
		optional = append(optional, loadsql.Member(col(fGeoPrec)+" <> "+trim(fGeoPrec), hdr(fGeoPrec), col(fGeoPrec)))
	}
	optional = append(optional, sideExtra...)
	if has(fFatalities) {
		optional = append(optional, loadsql.Member(col(fFatalities)+" <> coalesce(fat::VARCHAR, '')", hdr(fFatalities), col(fFatalities)))
	}
	if has(fType) {
		optional = append(optional, loadsql.Member("legacy_type IS NOT NULL", hdr(fType), col(fType)))
	}
	sel["extra"] = loadsql.Object(names, values, optional)
	return q.Select(sel)
}

// countryByNum is ISO 3166 numeric → alpha-3.
func countryByNum() [][]string {
	var out [][]string
	for _, c := range codebook.Countries() {
		if c.Num > 0 {
			if k, ok := codebook.ByNum(c.Num); ok && k.ISO3 == c.ISO3 { // the one ByNum answers
				out = append(out, []string{fmt.Sprint(c.Num), c.ISO3})
			}
		}
	}
	return out
}

// legacyTypes is the pre-2019 typology: old type → new type, sub-type.
func legacyTypes() [][]string {
	var out [][]string
	for _, old := range codebook.ACLEDLegacyTypes() {
		t, sub, _ := codebook.ACLEDLegacyType(old)
		out = append(out, []string{old, t, sub})
	}
	return out
}
