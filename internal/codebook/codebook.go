// Package codebook holds the code lists of the datasets sitrep reads: ACLED
// event types, inter codes and precision codes; UCDP GED violence types and
// precision codes; CAMEO root codes as GDELT uses them; and the country
// codes (ISO 3166 alpha-3 and numeric, FIPS 10-4, Gleditsch–Ward) that
// tie them together. It also holds the crosswalks from UCDP and CAMEO
// codes to the ACLED typology the event model uses.
package codebook

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/event"
)

// Code is one entry of a code list.
type Code struct {
	Code  string
	Label string
	Note  string
}

// List is a named code list.
type List struct {
	Name   string // "acled.inter"
	Column string // the column the codes appear in
	Codes  []Code
}

// Find returns the entry whose code or label equals s (labels compared
// without case), so that "1" and "State forces" find the same entry.
func (l List) Find(s string) (Code, bool) {
	s = strings.TrimSpace(s)
	for _, c := range l.Codes {
		if c.Code == s || strings.EqualFold(c.Label, s) {
			return c, true
		}
	}
	return Code{}, false
}

// ACLEDInter is ACLED's actor-type code list. ACLED wrote inter1/inter2 as
// numbers until 2024 and as labels since; Find accepts both.
var ACLEDInter = List{Name: "acled.inter", Column: "inter1, inter2", Codes: []Code{
	{"0", "", "no actor"},
	{"1", "State forces", ""},
	{"2", "Rebel groups", ""},
	{"3", "Political militias", ""},
	{"4", "Identity militias", "formerly Communal/identity militias"},
	{"5", "Rioters", ""},
	{"6", "Protesters", ""},
	{"7", "Civilians", ""},
	{"8", "External/Other forces", ""},
}}

// ACLEDTimePrecision says how exactly ACLED knows event_date.
var ACLEDTimePrecision = List{Name: "acled.time_precision", Column: "time_precision", Codes: []Code{
	{"1", "day", "the day is known"},
	{"2", "week", "event_date is a day within the known week"},
	{"3", "month", "event_date is a day within the known month"},
}}

// ACLEDGeoPrecision says how exactly ACLED knows the location.
var ACLEDGeoPrecision = List{Name: "acled.geo_precision", Column: "geo_precision", Codes: []Code{
	{"1", "point", "the town itself"},
	{"2", "near", "near a town, or part of a region: the town's coordinates"},
	{"3", "admin1", "only a larger region: the provincial capital's coordinates"},
}}

// UCDPViolence is UCDP GED's type_of_violence.
var UCDPViolence = List{Name: "ucdp.type_of_violence", Column: "type_of_violence", Codes: []Code{
	{"1", "state-based conflict", "mapped to Battles / Armed clash"},
	{"2", "non-state conflict", "mapped to Battles / Armed clash"},
	{"3", "one-sided violence", "mapped to Violence against civilians / Attack"},
}}

// UCDPWherePrec is UCDP GED's where_prec.
var UCDPWherePrec = List{Name: "ucdp.where_prec", Column: "where_prec", Codes: []Code{
	{"1", "point", "exact location"},
	{"2", "near", "within about 25 km of a known point"},
	{"3", "admin2", "second-order administrative division"},
	{"4", "admin1", "first-order administrative division"},
	{"5", "region", "a linear feature or part of a country (road, river, border)"},
	{"6", "country", "only the country is known"},
	{"7", "world", "international waters or airspace, or several countries"},
}}

// UCDPDatePrec is UCDP GED's date_prec.
var UCDPDatePrec = List{Name: "ucdp.date_prec", Column: "date_prec", Codes: []Code{
	{"1", "day", "exact date"},
	{"2", "days", "within 2–6 days"},
	{"3", "week", "within a week"},
	{"4", "month", "within a month"},
	{"5", "months", "within 2–12 months"},
}}

// UCDPClarity is UCDP GED's event_clarity.
var UCDPClarity = List{Name: "ucdp.event_clarity", Column: "event_clarity", Codes: []Code{
	{"1", "high", "a clear, single event"},
	{"2", "low", "an aggregate of several events"},
}}

// CAMEORoot is the CAMEO root event codes GDELT writes in EventRootCode.
var CAMEORoot = List{Name: "cameo.root", Column: "EventRootCode", Codes: []Code{
	{"01", "Make public statement", "verbal cooperation"},
	{"02", "Appeal", "verbal cooperation"},
	{"03", "Express intent to cooperate", "verbal cooperation"},
	{"04", "Consult", "verbal cooperation"},
	{"05", "Engage in diplomatic cooperation", "verbal cooperation"},
	{"06", "Engage in material cooperation", "material cooperation"},
	{"07", "Provide aid", "material cooperation"},
	{"08", "Yield", "material cooperation"},
	{"09", "Investigate", "verbal conflict"},
	{"10", "Demand", "verbal conflict"},
	{"11", "Disapprove", "verbal conflict"},
	{"12", "Reject", "verbal conflict"},
	{"13", "Threaten", "verbal conflict"},
	{"14", "Protest", "material conflict"},
	{"15", "Exhibit force posture", "material conflict"},
	{"16", "Reduce relations", "material conflict"},
	{"17", "Coerce", "material conflict"},
	{"18", "Assault", "material conflict"},
	{"19", "Fight", "material conflict"},
	{"20", "Use unconventional mass violence", "material conflict"},
}}

// GDELTQuadClass is GDELT's QuadClass.
var GDELTQuadClass = List{Name: "gdelt.quad_class", Column: "QuadClass", Codes: []Code{
	{"1", "verbal cooperation", "CAMEO 01–05"},
	{"2", "material cooperation", "CAMEO 06–08"},
	{"3", "verbal conflict", "CAMEO 09–13"},
	{"4", "material conflict", "CAMEO 14–20"},
}}

// GDELTGeoType is GDELT's *Geo_Type.
var GDELTGeoType = List{Name: "gdelt.geo_type", Column: "ActionGeo_Type", Codes: []Code{
	{"0", "", "no location"},
	{"1", "country", "COUNTRY"},
	{"2", "admin1", "USSTATE"},
	{"3", "point", "USCITY"},
	{"4", "point", "WORLDCITY"},
	{"5", "admin1", "WORLDSTATE"},
}}

// Lists is every code list, in the order `sitrep codebook` prints them.
var Lists = []List{
	ACLEDInter, ACLEDTimePrecision, ACLEDGeoPrecision,
	UCDPViolence, UCDPWherePrec, UCDPDatePrec, UCDPClarity,
	CAMEORoot, GDELTQuadClass, GDELTGeoType,
}

// ACLEDTimePrec maps ACLED's time_precision to the model's precision.
func ACLEDTimePrec(code string) (event.Precision, bool) {
	switch code {
	case "1":
		return event.PrecDay, true
	case "2":
		return event.PrecWeek, true
	case "3":
		return event.PrecMonth, true
	}
	return event.PrecUnknown, false
}

// ACLEDGeoPrec maps ACLED's geo_precision to the model's precision.
func ACLEDGeoPrec(code string) (event.GeoPrecision, bool) {
	switch code {
	case "1":
		return event.GeoPoint, true
	case "2":
		return event.GeoNear, true
	case "3":
		return event.GeoAdmin1, true
	}
	return event.GeoUnknown, false
}

// UCDPDatePrecision maps UCDP's date_prec to the model's precision.
func UCDPDatePrecision(code string) (event.Precision, bool) {
	switch code {
	case "1":
		return event.PrecDay, true
	case "2":
		return event.PrecDays, true
	case "3":
		return event.PrecWeek, true
	case "4":
		return event.PrecMonth, true
	case "5":
		return event.PrecMonths, true
	}
	return event.PrecUnknown, false
}

// UCDPGeoPrecision maps UCDP's where_prec to the model's precision.
func UCDPGeoPrecision(code string) (event.GeoPrecision, bool) {
	if c, ok := UCDPWherePrec.Find(code); ok && c.Code == code {
		return event.GeoPrecision(c.Label), true
	}
	return event.GeoUnknown, false
}

// GDELTGeoPrecision maps GDELT's Geo_Type to the model's precision.
func GDELTGeoPrecision(code string) (event.GeoPrecision, bool) {
	if c, ok := GDELTGeoType.Find(code); ok && c.Code == code {
		return event.GeoPrecision(c.Label), true
	}
	return event.GeoUnknown, false
}

// UCDPType maps type_of_violence to an ACLED event type and sub-type. GED
// events are fatal by definition, so state-based and non-state conflict
// are armed clashes and one-sided violence is an attack on civilians.
func UCDPType(code string) (typ, sub string, ok bool) {
	switch code {
	case "1", "2":
		return event.Battles, "Armed clash", true
	case "3":
		return event.ViolenceCivilians, "Attack", true
	}
	return "", "", false
}

// cameoACLED maps CAMEO codes to ACLED type and sub-type. The longest
// listed prefix of an event code wins, so 1831 (suicide bombing) is matched
// before 183 and 18. Codes with no ACLED counterpart (statements, appeals,
// threats, most cooperation) are absent: the event keeps no type.
var cameoACLED = map[string][2]string{
	"0871": {event.Strategic, "Agreement"},                         // declare truce, ceasefire
	"057":  {event.Strategic, "Agreement"},                         // sign formal agreement
	"0874": {event.Strategic, "Non-violent transfer of territory"}, // retreat or surrender militarily
	"14":   {event.Protests, "Peaceful protest"},                   // protest, demonstrate
	"145":  {event.Riots, "Violent demonstration"},                 // protest violently, riot
	"15":   {event.Strategic, "Change to group/activity"},          // exhibit force posture
	"171":  {event.Strategic, "Looting/property destruction"},      // seize or damage property
	"173":  {event.Strategic, "Arrests"},                           // arrest, detain
	"175":  {event.ViolenceCivilians, "Attack"},                    // violent repression
	"18":   {event.ViolenceCivilians, "Attack"},                    // assault
	"181":  {event.ViolenceCivilians, "Abduction/forced disappearance"},
	"1821": {event.ViolenceCivilians, "Sexual violence"},
	"183":  {event.ExplosionsRemote, "Remote explosive/landmine/IED"}, // bombing
	"1831": {event.ExplosionsRemote, "Suicide bomb"},
	"19":   {event.Battles, "Armed clash"},                         // fight
	"191":  {event.Strategic, "Other"},                             // impose blockade
	"192":  {event.Battles, "Non-state actor overtakes territory"}, // occupy territory
	"194":  {event.ExplosionsRemote, "Shelling/artillery/missile attack"},
	"195":  {event.ExplosionsRemote, "Air/drone strike"},
	"20":   {event.ViolenceCivilians, "Attack"}, // mass killing, ethnic cleansing
	"201":  {event.Strategic, "Other"},          // mass expulsion
	"204":  {event.ExplosionsRemote, "Chemical weapon"},
}

// CAMEOType maps a CAMEO event code ("193", "1831") to an ACLED event type
// and sub-type; ok is false when ACLED has no such kind of event.
func CAMEOType(code string) (typ, sub string, ok bool) {
	for n := min(len(code), 4); n >= 2; n-- {
		if t, hit := cameoACLED[code[:n]]; hit {
			return t[0], t[1], true
		}
	}
	return "", "", false
}

// CAMEOPrefixes lists the CAMEO code prefixes CAMEOType knows, sorted.
func CAMEOPrefixes() []string { return slices.Sorted(maps.Keys(cameoACLED)) }

// CAMEORootLabel names a CAMEO root code ("19" → "Fight"), or "".
func CAMEORootLabel(root string) string {
	if len(root) == 1 {
		root = "0" + root
	}
	if c, ok := CAMEORoot.Find(root); ok && c.Code == root {
		return c.Label
	}
	return ""
}

// CountryList renders the country table as a code list for printing.
func CountryList() List {
	l := List{Name: "countries", Column: "iso (ACLED), country_id (UCDP), *Geo_CountryCode (GDELT)"}
	for _, c := range Countries() {
		l.Codes = append(l.Codes, Code{Code: c.ISO3, Label: c.Name,
			Note: "iso " + strconv.Itoa(c.Num) + ", fips " + c.FIPS + ", gw " + strconv.Itoa(c.GW)})
	}
	return l
}

// acledLegacy maps the event types ACLED used before its 2019 typology.
var acledLegacy = map[string][2]string{
	"Battle-No change of territory":              {event.Battles, "Armed clash"},
	"Battle-Government regains territory":        {event.Battles, "Government regains territory"},
	"Battle-Non-state actor overtakes territory": {event.Battles, "Non-state actor overtakes territory"},
	"Remote violence":                            {event.ExplosionsRemote, ""},
	"Riots/Protests":                             {event.Protests, ""},
	"Strategic development":                      {event.Strategic, ""},
	"Headquarters or base established":           {event.Strategic, "Headquarters or base established"},
	"Non-violent transfer of territory":          {event.Strategic, "Non-violent transfer of territory"},
}

// ACLEDLegacyTypes lists the pre-2019 event types ACLEDLegacyType maps, sorted.
func ACLEDLegacyTypes() []string { return slices.Sorted(maps.Keys(acledLegacy)) }

// ACLEDLegacyType maps an event type from ACLED's pre-2019 typology to the
// current one; ok is false for current types and unknown ones.
func ACLEDLegacyType(t string) (typ, sub string, ok bool) {
	m, ok := acledLegacy[t]
	return m[0], m[1], ok
}
