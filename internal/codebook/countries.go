package codebook

import (
	"strconv"
	"strings"
	"sync"
)

// Country is one country or territory under the codes the datasets use.
type Country struct {
	ISO3 string // ISO 3166-1 alpha-3
	Num  int    // ISO 3166-1 numeric, as in ACLED's iso column
	FIPS string // FIPS 10-4, as in GDELT's *Geo_CountryCode columns
	GW   int    // Gleditsch–Ward number, as in UCDP's country_id, gwnoa, gwnob
	Name string
}

// countryTable is ISO3|numeric|FIPS|GW|name. ISO and FIPS codes follow the
// GeoNames countryInfo table (CC BY 4.0); Gleditsch–Ward numbers follow
// Gleditsch & Ward (1999) as UCDP uses them. Kosovo has no ISO code: XKX is
// the code GeoNames, ACLED (numeric 0) and UCDP share.
const countryTable = `AND|20|AN|232|Andorra
ARE|784|AE|696|United Arab Emirates
AFG|4|AF|700|Afghanistan
ATG|28|AC|58|Antigua and Barbuda
AIA|660|AV|0|Anguilla
ALB|8|AL|339|Albania
ARM|51|AM|371|Armenia
AGO|24|AO|540|Angola
ATA|10|AY|0|Antarctica
ARG|32|AR|160|Argentina
ASM|16|AQ|0|American Samoa
AUT|40|AU|305|Austria
AUS|36|AS|900|Australia
ABW|533|AA|0|Aruba
ALA|248||0|Aland Islands
AZE|31|AJ|373|Azerbaijan
BIH|70|BK|346|Bosnia and Herzegovina
BRB|52|BB|53|Barbados
BGD|50|BG|771|Bangladesh
BEL|56|BE|211|Belgium
BFA|854|UV|439|Burkina Faso
BGR|100|BU|355|Bulgaria
BHR|48|BA|692|Bahrain
BDI|108|BY|516|Burundi
BEN|204|BN|434|Benin
BLM|652|TB|0|Saint Barthelemy
BMU|60|BD|0|Bermuda
BRN|96|BX|835|Brunei
BOL|68|BL|145|Bolivia
BES|535||0|Bonaire, Saint Eustatius and Saba
BRA|76|BR|140|Brazil
BHS|44|BF|31|Bahamas
BTN|64|BT|760|Bhutan
BVT|74|BV|0|Bouvet Island
BWA|72|BC|571|Botswana
BLR|112|BO|370|Belarus
BLZ|84|BH|80|Belize
CAN|124|CA|20|Canada
CCK|166|CK|0|Cocos Islands
COD|180|CG|490|Democratic Republic of Congo
CAF|140|CT|482|Central African Republic
COG|178|CF|484|Republic of Congo
CHE|756|SZ|225|Switzerland
CIV|384|IV|437|Ivory Coast
COK|184|CW|0|Cook Islands
CHL|152|CI|155|Chile
CMR|120|CM|471|Cameroon
CHN|156|CH|710|China
COL|170|CO|100|Colombia
CRI|188|CS|94|Costa Rica
CUB|192|CU|40|Cuba
CPV|132|CV|402|Cape Verde
CUW|531|UC|0|Curacao
CXR|162|KT|0|Christmas Island
CYP|196|CY|352|Cyprus
CZE|203|EZ|316|Czech Republic
DEU|276|GM|260|Germany
DJI|262|DJ|522|Djibouti
DNK|208|DA|390|Denmark
DMA|212|DO|54|Dominica
DOM|214|DR|42|Dominican Republic
DZA|12|AG|615|Algeria
ECU|218|EC|130|Ecuador
EST|233|EN|366|Estonia
EGY|818|EG|651|Egypt
ESH|732|WI|0|Western Sahara
ERI|232|ER|531|Eritrea
ESP|724|SP|230|Spain
ETH|231|ET|530|Ethiopia
FIN|246|FI|375|Finland
FJI|242|FJ|950|Fiji
FLK|238|FK|0|Falkland Islands
FSM|583|FM|987|Micronesia
FRO|234|FO|0|Faroe Islands
FRA|250|FR|220|France
GAB|266|GB|481|Gabon
GBR|826|UK|200|United Kingdom
GRD|308|GJ|55|Grenada
GEO|268|GG|372|Georgia
GUF|254|FG|0|French Guiana
GGY|831|GK|0|Guernsey
GHA|288|GH|452|Ghana
GIB|292|GI|0|Gibraltar
GRL|304|GL|0|Greenland
GMB|270|GA|420|Gambia
GIN|324|GV|438|Guinea
GLP|312|GP|0|Guadeloupe
GNQ|226|EK|411|Equatorial Guinea
GRC|300|GR|350|Greece
SGS|239|SX|0|South Georgia and the South Sandwich Islands
GTM|320|GT|90|Guatemala
GUM|316|GQ|0|Guam
GNB|624|PU|404|Guinea-Bissau
GUY|328|GY|110|Guyana
HKG|344|HK|0|Hong Kong
HMD|334|HM|0|Heard Island and McDonald Islands
HND|340|HO|91|Honduras
HRV|191|HR|344|Croatia
HTI|332|HA|41|Haiti
HUN|348|HU|310|Hungary
IDN|360|ID|850|Indonesia
IRL|372|EI|205|Ireland
ISR|376|IS|666|Israel
IMN|833|IM|0|Isle of Man
IND|356|IN|750|India
IOT|86|IO|0|British Indian Ocean Territory
IRQ|368|IZ|645|Iraq
IRN|364|IR|630|Iran
ISL|352|IC|395|Iceland
ITA|380|IT|325|Italy
JEY|832|JE|0|Jersey
JAM|388|JM|51|Jamaica
JOR|400|JO|663|Jordan
JPN|392|JA|740|Japan
KEN|404|KE|501|Kenya
KGZ|417|KG|703|Kyrgyzstan
KHM|116|CB|811|Cambodia
KIR|296|KR|946|Kiribati
COM|174|CN|581|Comoros
KNA|659|SC|60|Saint Kitts and Nevis
PRK|408|KN|731|North Korea
KOR|410|KS|732|South Korea
XKX|0|KV|347|Kosovo
KWT|414|KU|690|Kuwait
CYM|136|CJ|0|Cayman Islands
KAZ|398|KZ|705|Kazakhstan
LAO|418|LA|812|Laos
LBN|422|LE|660|Lebanon
LCA|662|ST|56|Saint Lucia
LIE|438|LS|223|Liechtenstein
LKA|144|CE|780|Sri Lanka
LBR|430|LI|450|Liberia
LSO|426|LT|570|Lesotho
LTU|440|LH|368|Lithuania
LUX|442|LU|212|Luxembourg
LVA|428|LG|367|Latvia
LBY|434|LY|620|Libya
MAR|504|MO|600|Morocco
MCO|492|MN|221|Monaco
MDA|498|MD|359|Moldova
MNE|499|MJ|341|Montenegro
MAF|663|RN|0|Saint Martin
MDG|450|MA|580|Madagascar
MHL|584|RM|983|Marshall Islands
MKD|807|MK|343|North Macedonia
MLI|466|ML|432|Mali
MMR|104|BM|775|Myanmar
MNG|496|MG|712|Mongolia
MAC|446|MC|0|Macao
MNP|580|CQ|0|Northern Mariana Islands
MTQ|474|MB|0|Martinique
MRT|478|MR|435|Mauritania
MSR|500|MH|0|Montserrat
MLT|470|MT|338|Malta
MUS|480|MP|590|Mauritius
MDV|462|MV|781|Maldives
MWI|454|MI|553|Malawi
MEX|484|MX|70|Mexico
MYS|458|MY|820|Malaysia
MOZ|508|MZ|541|Mozambique
NAM|516|WA|565|Namibia
NCL|540|NC|0|New Caledonia
NER|562|NG|436|Niger
NFK|574|NF|0|Norfolk Island
NGA|566|NI|475|Nigeria
NIC|558|NU|93|Nicaragua
NLD|528|NL|210|Netherlands
NOR|578|NO|385|Norway
NPL|524|NP|790|Nepal
NRU|520|NR|970|Nauru
NIU|570|NE|0|Niue
NZL|554|NZ|920|New Zealand
OMN|512|MU|698|Oman
PAN|591|PM|95|Panama
PER|604|PE|135|Peru
PYF|258|FP|0|French Polynesia
PNG|598|PP|910|Papua New Guinea
PHL|608|RP|840|Philippines
PAK|586|PK|770|Pakistan
POL|616|PL|290|Poland
SPM|666|SB|0|Saint Pierre and Miquelon
PCN|612|PC|0|Pitcairn
PRI|630|RQ|0|Puerto Rico
PSE|275|WE|0|Palestine
PRT|620|PO|235|Portugal
PLW|585|PS|986|Palau
PRY|600|PA|150|Paraguay
QAT|634|QA|694|Qatar
REU|638|RE|0|Reunion
ROU|642|RO|360|Romania
SRB|688|RI|345|Serbia
RUS|643|RS|365|Russia
RWA|646|RW|517|Rwanda
SAU|682|SA|670|Saudi Arabia
SLB|90|BP|940|Solomon Islands
SYC|690|SE|591|Seychelles
SDN|729|SU|625|Sudan
SSD|728|OD|626|South Sudan
SWE|752|SW|380|Sweden
SGP|702|SN|830|Singapore
SHN|654|SH|0|Saint Helena
SVN|705|SI|349|Slovenia
SJM|744|SV|0|Svalbard and Jan Mayen
SVK|703|LO|317|Slovakia
SLE|694|SL|451|Sierra Leone
SMR|674|SM|331|San Marino
SEN|686|SG|433|Senegal
SOM|706|SO|520|Somalia
SUR|740|NS|115|Suriname
STP|678|TP|403|Sao Tome and Principe
SLV|222|ES|92|El Salvador
SXM|534|NN|0|Sint Maarten
SYR|760|SY|652|Syria
SWZ|748|WZ|572|eSwatini
TCA|796|TK|0|Turks and Caicos Islands
TCD|148|CD|483|Chad
ATF|260|FS|0|French Southern Territories
TGO|768|TO|461|Togo
THA|764|TH|800|Thailand
TJK|762|TI|702|Tajikistan
TKL|772|TL|0|Tokelau
TLS|626|TT|860|East Timor
TKM|795|TX|701|Turkmenistan
TUN|788|TS|616|Tunisia
TON|776|TN|972|Tonga
TUR|792|TU|640|Turkey
TTO|780|TD|52|Trinidad and Tobago
TUV|798|TV|973|Tuvalu
TWN|158|TW|713|Taiwan
TZA|834|TZ|510|Tanzania
UKR|804|UP|369|Ukraine
UGA|800|UG|500|Uganda
UMI|581||0|United States Minor Outlying Islands
USA|840|US|2|United States
URY|858|UY|165|Uruguay
UZB|860|UZ|704|Uzbekistan
VAT|336|VT|0|Vatican City
VCT|670|VC|57|Saint Vincent and the Grenadines
VEN|862|VE|101|Venezuela
VGB|92|VI|0|British Virgin Islands
VIR|850|VQ|0|U.S. Virgin Islands
VNM|704|VM|816|Vietnam
VUT|548|NH|935|Vanuatu
WLF|876|WF|0|Wallis and Futuna
WSM|882|WS|990|Samoa
YEM|887|YM|679|Yemen
MYT|175|MF|0|Mayotte
ZAF|710|SF|560|South Africa
ZMB|894|ZA|551|Zambia
ZWE|716|ZI|552|Zimbabwe`

// Historical Gleditsch–Ward states that UCDP still uses for old events.
var gwHistorical = map[int]string{
	255: "DEU", // German Federal Republic before 1990, and Germany in UCDP's usage
	265: "DEU", // German Democratic Republic
	315: "CZE", // Czechoslovakia
	678: "YEM", // Yemen Arab Republic (North Yemen)
	680: "YEM", // People's Republic of Yemen (South Yemen)
	817: "VNM", // Republic of Vietnam (South Vietnam)
}

type countryIndex struct {
	all    []Country
	byISO3 map[string]int
	byNum  map[int]int
	byFIPS map[string]int
	byGW   map[int]int
}

var countries = sync.OnceValue(func() *countryIndex {
	ix := &countryIndex{byISO3: map[string]int{}, byNum: map[int]int{}, byFIPS: map[string]int{}, byGW: map[int]int{}}
	for line := range strings.SplitSeq(countryTable, "\n") {
		f := strings.Split(line, "|")
		num, _ := strconv.Atoi(f[1])
		gw, _ := strconv.Atoi(f[3])
		c := Country{ISO3: f[0], Num: num, FIPS: f[2], GW: gw, Name: f[4]}
		i := len(ix.all)
		ix.all = append(ix.all, c)
		ix.byISO3[c.ISO3] = i
		if c.Num != 0 || c.ISO3 == "XKX" {
			ix.byNum[c.Num] = i
		}
		if c.FIPS != "" {
			ix.byFIPS[c.FIPS] = i
		}
		if c.GW != 0 {
			ix.byGW[c.GW] = i
		}
	}
	for gw, iso := range gwHistorical {
		if _, ok := ix.byGW[gw]; !ok {
			ix.byGW[gw] = ix.byISO3[iso]
		}
	}
	return ix
})

// Countries returns every country in the table, in table order.
func Countries() []Country { return countries().all }

func lookup(m map[string]int, k string) (Country, bool) {
	if i, ok := m[k]; ok {
		return countries().all[i], true
	}
	return Country{}, false
}

// ByISO3 finds a country by its ISO 3166-1 alpha-3 code.
func ByISO3(code string) (Country, bool) { return lookup(countries().byISO3, code) }

// ByFIPS finds a country by its FIPS 10-4 code, as GDELT writes it.
func ByFIPS(code string) (Country, bool) { return lookup(countries().byFIPS, code) }

// ByNum finds a country by its ISO 3166-1 numeric code, as ACLED writes it.
func ByNum(n int) (Country, bool) {
	ix := countries()
	if i, ok := ix.byNum[n]; ok {
		return ix.all[i], true
	}
	return Country{}, false
}

// ByGW finds a country by its Gleditsch–Ward number, as UCDP writes it.
func ByGW(n int) (Country, bool) {
	ix := countries()
	if i, ok := ix.byGW[n]; ok {
		return ix.all[i], true
	}
	return Country{}, false
}
