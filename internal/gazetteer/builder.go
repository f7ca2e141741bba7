package gazetteer

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/sitrep-project/sitrep/internal/geonames"
)

// Builder gathers GeoNames rows and other place data into a Gazetteer.
// Rows may come in any order: alternate names for ids not yet seen wait for
// their place, and divisions named in admin1CodesASCII.txt without a row of
// their own get coordinates from the places inside them.
type Builder struct {
	places   []Place
	keys     [][]string // extra folded names per place
	demonyms [][]string // folded demonyms, countries only
	byID     map[int]int32
	pending  map[int][]string
	iso3     map[string]string // alpha-2 → alpha-3
	cinfo    map[string]geonames.CountryInfo
	admin1   map[string]string     // "NE.09" → name
	admin2   map[string]string     // "NE.09.123" → name
	aliases  map[string][]string   // "AU.02" → folded other names of a division
	points   map[string][2]float64 // "AU.04" → a division's representative point
	// pendingDemonyms are (alpha-2, folded demonym) pairs given to the
	// countries at Build, once every country row is in.
	pendingDemonyms [][2]string
	// NoRegions leaves out the hand-written regions Build adds otherwise
	// (the generator sets it: Default adds them at load).
	NoRegions bool
	nextID    int
	// asBuilt holds the ids of rows AddEmbedded added, whose names Build
	// already derived once: deriving them again would abbreviate the
	// abbreviations ("pt st mary").
	asBuilt map[int]bool
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder {
	return &Builder{
		byID:    map[int]int32{},
		pending: map[int][]string{},
		iso3:    map[string]string{},
		cinfo:   map[string]geonames.CountryInfo{},
		admin1:  map[string]string{},
		admin2:  map[string]string{},
		aliases: map[string][]string{},
		points:  map[string][2]float64{},
		nextID:  -1,
	}
}

// Len is the number of places added so far.
func (b *Builder) Len() int { return len(b.places) }

// syntheticID hands out negative ids to places without a GeoNames row.
func (b *Builder) syntheticID() int {
	id := b.nextID
	b.nextID--
	return id
}

// AddPlace adds a place with alternate names. A zero ID gets a synthetic
// one; a place whose ID is already present replaces the earlier one and
// keeps its names.
func (b *Builder) AddPlace(p Place, alternateNames ...string) {
	if p.ID == 0 {
		p.ID = b.syntheticID()
	} else if p.ID < 0 && p.ID <= b.nextID {
		b.nextID = p.ID - 1
	}
	keys := foldNames(alternateNames)
	if i, ok := b.byID[p.ID]; ok {
		delete(b.asBuilt, p.ID)
		b.places[i] = p
		b.keys[i] = append(b.keys[i], keys...)
		return
	}
	if pend, ok := b.pending[p.ID]; ok {
		keys = append(keys, pend...)
		delete(b.pending, p.ID)
	}
	b.byID[p.ID] = int32(len(b.places))
	b.places = append(b.places, p)
	b.keys = append(b.keys, keys)
	b.demonyms = append(b.demonyms, nil)
}

func foldNames(names []string) []string {
	var out []string
	for _, n := range names {
		if k := Fold(n); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// AddGeoname adds a row of the geoname table. Alternate names in other
// scripts, all-lower-case transliterations and airport codes are dropped:
// English text never writes a place that way.
func (b *Builder) AddGeoname(g geonames.Geoname) {
	var alts []string
	for _, a := range g.AlternateNames {
		if usefulName(a) {
			alts = append(alts, a)
		}
	}
	b.AddPlace(Place{
		ID: g.ID, Name: g.Name, ASCIIName: g.ASCIIName, Lat: g.Lat, Lon: g.Lon,
		FeatureClass: g.FeatureClass, FeatureCode: g.FeatureCode, Country: g.Country,
		Admin1Code: g.Admin1, Admin2Code: g.Admin2, Population: g.Population,
	}, alts...)
}

// usefulName keeps Latin-script names that carry a capital letter and are
// not short all-capital codes (IATA, ICAO) mixed into the alternate names.
func usefulName(s string) bool {
	if s == "" || !isLatin(s) {
		return false
	}
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	if upper == 0 {
		return false
	}
	return !(lower == 0 && len(s) <= 4)
}

// AddAltName adds a row of alternateNamesV2.txt. Links, postal codes and
// airport codes are not names of the place in text and are dropped.
func (b *Builder) AddAltName(a geonames.AltName) {
	switch a.Lang {
	case "link", "post", "iata", "icao", "faac", "tcid", "unlc", "wkdt", "fr_1793", "phon", "piny":
		return
	}
	if !isLatin(a.Name) {
		return
	}
	k := Fold(a.Name)
	if k == "" {
		return
	}
	if i, ok := b.byID[a.GeonameID]; ok {
		b.keys[i] = append(b.keys[i], k)
		return
	}
	b.pending[a.GeonameID] = append(b.pending[a.GeonameID], k)
}

// AddCountryInfo adds a row of countryInfo.txt: the alpha-3 code and the
// country's name. A country whose geoname row never comes is made from it.
func (b *Builder) AddCountryInfo(c geonames.CountryInfo) {
	b.iso3[c.ISO] = c.ISO3
	b.cinfo[c.ISO] = c
}

// SetISO3 records a country's alpha-3 code.
func (b *Builder) SetISO3(iso2, iso3 string) { b.iso3[iso2] = iso3 }

// AddAdmin adds a row of admin1CodesASCII.txt (level 1) or admin2Codes.txt
// (level 2).
func (b *Builder) AddAdmin(level int, a geonames.Admin) {
	if level == 1 {
		b.admin1[a.Code] = a.Name
	} else {
		b.admin2[a.Code] = a.Name
	}
	if a.ID > 0 {
		b.pending[a.ID] = append(b.pending[a.ID], foldNames([]string{a.Name, a.ASCIIName})...)
	}
}

// AddAdminAlias gives a division another name ("NSW" for "AU.02").
func (b *Builder) AddAdminAlias(code, name string) {
	if k := Fold(name); k != "" {
		b.aliases[code] = append(b.aliases[code], k)
	}
}

// SetAdminPoint gives a first-level division without a geoname row its
// representative point ("AU.04" → the centroid of Queensland's outline),
// used instead of the centre of its towns.
func (b *Builder) SetAdminPoint(code string, lat, lon float64) {
	b.points[code] = [2]float64{lat, lon}
}

// AddDemonym records what a country's people are called ("Nigerien").
// The plural is added too.
func (b *Builder) AddDemonym(iso2, demonym string) bool {
	for i := range b.places {
		if p := &b.places[i]; p.Country == iso2 && p.IsCountry() {
			for _, d := range []string{demonym, plural(demonym)} {
				if k := Fold(d); k != "" {
					b.demonyms[i] = append(b.demonyms[i], k)
				}
			}
			return true
		}
	}
	return false
}

func plural(d string) string {
	switch {
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "s"), strings.HasSuffix(d, "sh"), strings.HasSuffix(d, "ch"):
		return d
	case strings.HasSuffix(d, "man"):
		return strings.TrimSuffix(d, "man") + "men"
	}
	return d + "s"
}

// adminSuffixes are words that name a kind of division after its name;
// text often drops them ("Tillabéri" for "Tillabéri Region").
var adminSuffixes = []string{
	" region", " province", " state", " governorate", " oblast", " prefecture",
	" department", " district", " county", " municipality", " division",
	" voivodeship", " autonomous region", " special administrative region",
}

// adminPrefixes are the same words before the name ("Province of Nueva
// Ecija").
var adminPrefixes = []string{"province of ", "state of ", "department of ", "region of ", "county of ", "governorate of ", "municipality of "}

func stripAdminSuffix(k string) string {
	for _, s := range adminSuffixes {
		if rest, ok := strings.CutSuffix(k, s); ok && len(rest) >= 4 && !isDirection(rest) && !generic[rest] {
			return rest
		}
	}
	for _, s := range adminPrefixes {
		if rest, ok := strings.CutPrefix(k, s); ok && len(rest) >= 4 {
			return rest
		}
	}
	return ""
}

// generic words name no division by themselves: "Federal District" and
// "Free State" are not "Federal" and "Free".
var generic = map[string]bool{
	"federal": true, "free": true, "capital": true, "national": true, "special": true, "autonomous": true,
	"metropolitan": true, "union": true, "greater": true, "new": true, "old": true, "upper": true, "lower": true,
	"middle": true, "coastal": true, "city": true, "border": true, "lake": true, "river": true, "highland": true,
	"mountain": true, "island": true, "islands": true,
}

// abbreviations pairs words English text abbreviates in place names.
var abbreviations = [][2]string{{"saint ", "st "}, {"sainte ", "ste "}, {"mount ", "mt "}, {"fort ", "ft "}, {"port ", "pt "}}

// withAbbreviations adds "St Louis" for "Saint Louis" and the like.
func withAbbreviations(keys []string) []string {
	for _, k := range keys {
		for _, ab := range abbreviations {
			if strings.HasPrefix(k, ab[0]) {
				keys = append(keys, ab[1]+k[len(ab[0]):])
			} else if i := strings.Index(k, " "+ab[0]); i >= 0 {
				keys = append(keys, k[:i+1]+ab[1]+k[i+1+len(ab[0]):])
			}
		}
	}
	return keys
}

// Unabbreviate writes out the words withAbbreviations shortens in a
// folded key ("st marys county" gives "saint marys county"), so that a
// key read from text and a place's folded name can be compared however
// either spells its saint, mount or fort.
func Unabbreviate(key string) string {
	words := strings.Split(key, " ")
	for i, w := range words[:len(words)-1] {
		for _, ab := range abbreviations {
			if w+" " == ab[1] {
				words[i] = strings.TrimSuffix(ab[0], " ")
			}
		}
	}
	return strings.Join(words, " ")
}

func isDirection(k string) bool {
	switch k {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
		"north east", "north west", "south east", "south west", "northeast", "northwest", "southeast", "southwest":
		return true
	}
	return false
}

// Build finishes the gazetteer. The builder must not be used afterwards.
func (b *Builder) Build(source string) *Gazetteer {
	b.dropEmbeddedDivisions()
	b.addMissingAdmins(1)
	b.addMissingAdmins(2)
	b.addMissingCountries()
	b.countryPopulation()
	for _, pd := range b.pendingDemonyms {
		for i := range b.places {
			if p := &b.places[i]; p.Country == pd[0] && p.IsCountry() {
				b.demonyms[i] = append(b.demonyms[i], pd[1])
				break
			}
		}
	}
	for i := range b.places {
		p := &b.places[i]
		if p.Country3 == "" {
			p.Country3 = b.iso3[p.Country]
		}
		if p.Admin1Code != "" && p.Admin1Name == "" {
			p.Admin1Name = b.admin1[p.Country+"."+p.Admin1Code]
		}
		if p.Admin2Code != "" && p.Admin2Name == "" {
			p.Admin2Name = b.admin2[p.Country+"."+p.Admin1Code+"."+p.Admin2Code]
		}
		if b.asBuilt[p.ID] {
			continue
		}
		if p.FeatureCode == "ADM1" {
			b.keys[i] = append(b.keys[i], b.aliases[p.Country+"."+p.Admin1Code]...)
		}
		b.keys[i] = withAbbreviations(append(b.keys[i], Fold(p.Name)))
		// Only first-level divisions go by their bare name: "Buffalo" is
		// the city, not Buffalo County.
		if p.FeatureCode == "ADM1" {
			for _, k := range append([]string{Fold(p.Name)}, b.keys[i]...) {
				if s := stripAdminSuffix(k); s != "" {
					b.keys[i] = append(b.keys[i], s)
				}
			}
		}
		// "Province of Nueva Ecija" is Nueva Ecija at any level.
		if p.FeatureCode == "ADM2" {
			for _, pre := range adminPrefixes {
				if rest, ok := strings.CutPrefix(Fold(p.Name), pre); ok && len(rest) >= 4 {
					b.keys[i] = append(b.keys[i], rest)
				}
			}
		}
	}
	places, keys, dems := b.places, b.keys, b.demonyms
	if !b.NoRegions {
		var err error
		if places, keys, dems, err = withRegions(places, keys, dems); err != nil {
			panic(err) // embedded data, tested
		}
	}
	return newGazetteer(places, keys, dems, source)
}

// dropEmbeddedDivisions removes the embedded gazetteer's own division rows
// (synthetic ids, made from its towns' codes) where an imported dump has
// the division's GeoNames row: one division, not two, and not two rows
// under one id once Build gives the embedded first-level divisions their
// GeoNames ids.
func (b *Builder) dropEmbeddedDivisions() {
	if len(b.asBuilt) == 0 {
		return
	}
	code := func(p Place) string {
		if p.FeatureCode == "ADM1" {
			return "1." + p.Country + "." + p.Admin1Code
		}
		return "2." + p.Country + "." + p.Admin1Code + "." + p.Admin2Code
	}
	dumped := map[string]bool{}
	for _, p := range b.places {
		if (p.FeatureCode == "ADM1" || p.FeatureCode == "ADM2") && p.ID > 0 && !b.asBuilt[p.ID] {
			dumped[code(p)] = true
		}
	}
	if len(dumped) == 0 {
		return
	}
	k := 0
	for i, p := range b.places {
		if p.ID < 0 && b.asBuilt[p.ID] && (p.FeatureCode == "ADM1" || p.FeatureCode == "ADM2") && dumped[code(p)] {
			delete(b.byID, p.ID)
			delete(b.asBuilt, p.ID)
			continue
		}
		b.places[k], b.keys[k], b.demonyms[k] = p, b.keys[i], b.demonyms[i]
		b.byID[p.ID] = int32(k)
		k++
	}
	b.places, b.keys, b.demonyms = b.places[:k], b.keys[:k], b.demonyms[:k]
}

// addMissingAdmins makes a place for every named division that has no
// geoname row, at the centre of the places inside it.
func (b *Builder) addMissingAdmins(level int) {
	code := "ADM1"
	names := b.admin1
	if level == 2 {
		code, names = "ADM2", b.admin2
	}
	have := map[string]bool{}
	members := map[string][]int32{}
	for i, p := range b.places {
		key := p.Country + "." + p.Admin1Code
		if level == 2 {
			key += "." + p.Admin2Code
		}
		if p.FeatureCode == code {
			have[key] = true
			continue
		}
		if p.FeatureClass == "P" && p.Admin1Code != "" && (level == 1 || p.Admin2Code != "") {
			members[key] = append(members[key], int32(i))
		}
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		if have[key] {
			continue
		}
		m := members[key]
		if len(m) == 0 {
			continue // no place to put it at
		}
		parts := strings.SplitN(key, ".", 3)
		p := Place{Name: names[key], ASCIIName: asciiOf(names[key]), FeatureClass: "A", FeatureCode: code, Country: parts[0], Admin1Code: parts[1]}
		if level == 2 {
			p.Admin2Code = parts[2]
			p.Admin2Name = names[key]
		}
		p.Lat, p.Lon, p.Population = centre(b.places, m)
		if pt, ok := b.points[key]; ok && level == 1 {
			p.Lat, p.Lon = pt[0], pt[1]
		}
		b.AddPlace(p)
	}
}

// addMissingCountries makes country places from countryInfo.txt rows whose
// geoname row was not imported.
func (b *Builder) addMissingCountries() {
	have := map[string]bool{}
	members := map[string][]int32{}
	for i, p := range b.places {
		if p.IsCountry() {
			have[p.Country] = true
		} else if p.FeatureClass == "P" {
			members[p.Country] = append(members[p.Country], int32(i))
		}
	}
	codes := make([]string, 0, len(b.cinfo))
	for c := range b.cinfo {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		info := b.cinfo[c]
		if have[c] || len(members[c]) == 0 {
			continue
		}
		lat, lon, _ := centre(b.places, members[c])
		b.AddPlace(Place{ID: info.ID, Name: info.Name, ASCIIName: asciiOf(info.Name), Lat: lat, Lon: lon,
			FeatureClass: "A", FeatureCode: "PCLI", Country: c, Country3: info.ISO3, Population: info.Population})
	}
}

// countryPopulation gives countries without a population the sum of their
// towns', so that Prior can rank them.
func (b *Builder) countryPopulation() {
	sum := map[string]int64{}
	for _, p := range b.places {
		if p.FeatureClass == "P" {
			sum[p.Country] += p.Population
		}
	}
	for i := range b.places {
		if p := &b.places[i]; p.IsCountry() && p.Population == 0 {
			p.Population = sum[p.Country]
		}
	}
}

// centre is the middle of the box holding the member places, which lands
// near the middle of a division's area where a mean would be pulled toward
// its cities (Queensland's towns crowd its east coast); and the members'
// total population. The box leaves out the outer trimShare of the members
// on each side: a few towns filed under the wrong division otherwise
// stretch it by hundreds of kilometres (Heilongjiang's box reached into
// Inner Mongolia). Longitudes are read on the shortest arc holding the
// members, so a division across the antimeridian (Fiji's Eastern Division,
// Chukotka) is not centred on the far side of the world.
func centre(places []Place, members []int32) (lat, lon float64, pop int64) {
	lats := make([]float64, len(members))
	lons := make([]float64, len(members))
	for j, i := range members {
		lats[j], lons[j] = places[i].Lat, places[i].Lon
		pop += places[i].Population
	}
	sort.Float64s(lats)
	sort.Float64s(lons)
	unwrapLongitudes(lons)
	q := func(xs []float64, f float64) float64 { return xs[int(math.Round(f*float64(len(xs)-1)))] }
	lon = (q(lons, trimShare) + q(lons, 1-trimShare)) / 2
	if lon >= 180 {
		lon -= 360
	}
	return (q(lats, trimShare) + q(lats, 1-trimShare)) / 2, lon, pop
}

// trimShare is the share of a division's towns left out on each side of
// its box. Chosen against the outlines of the 2,973 first-level divisions
// whose Natural Earth outline holds most of their towns: the median
// distance from the outline's centroid stays 11 km while the divisions
// more than 350 km from it fall from 19 to 15 (docs/benchmarks/geo.md).
const trimShare = 0.02

// unwrapLongitudes rotates sorted longitudes so that they run along the
// shortest arc holding them all: the widest gap between neighbours (the
// one across the antimeridian included) is where the arc is cut, and the
// longitudes after the cut are moved past 180. The result stays sorted.
func unwrapLongitudes(lons []float64) {
	n := len(lons)
	if n < 2 {
		return
	}
	cut, widest := 0, lons[0]+360-lons[n-1] // the gap across the antimeridian
	for i := 1; i < n; i++ {
		if g := lons[i] - lons[i-1]; g > widest {
			cut, widest = i, g
		}
	}
	if cut == 0 {
		return
	}
	rot := make([]float64, 0, n)
	rot = append(rot, lons[cut:]...)
	for _, x := range lons[:cut] {
		rot = append(rot, x+360)
	}
	copy(lons, rot)
}

func asciiOf(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			var out []rune
			for _, r := range s {
				if r < 0x80 {
					out = append(out, r)
					continue
				}
				f := foldRune(nil, r)
				if len(f) > 0 && f[0] < 0x80 {
					// keep the capital where the original had one
					if unicode.IsUpper(r) {
						f[0] = byte(unicode.ToUpper(rune(f[0])))
					}
					out = append(out, []rune(string(f))...)
				}
			}
			return string(out)
		}
	}
	return s
}

// newGazetteer indexes places; keys and demonyms are folded, per place.
func newGazetteer(places []Place, keys, demonyms [][]string, source string) *Gazetteer {
	g := &Gazetteer{
		places:  places,
		byID:    make(map[int]int32, len(places)),
		names:   make(map[string][]int32, len(places)*2),
		country: map[string]int32{},
		demonym: map[string]int32{},
		admin1:  map[string]int32{},
		admin2:  map[string]int32{},
		cells:   map[int32][]int32{},
		source:  source,
		dems:    demonyms,
	}
	var seen []string
	loose := looseIndex{}
	for i := range places {
		p := &places[i]
		g.byID[p.ID] = int32(i)
		seen = seen[:0]
		add := func(k string) {
			if k == "" {
				return
			}
			for _, s := range seen {
				if s == k {
					return
				}
			}
			seen = append(seen, k)
			g.names[k] = append(g.names[k], int32(i))
			if w := strings.Count(k, " ") + 1; w > g.maxWords {
				g.maxWords = w
			}
		}
		add(Fold(p.Name))
		add(Fold(p.ASCIIName))
		for _, k := range keys[i] {
			add(k)
		}
		add(withoutArticle(*p))
		for _, k := range spellings(*p) {
			add(k)
		}
		if looseCountries[p.Country] && p.Level() >= 2 {
			for _, k := range seen {
				loose.add(k, int32(i))
			}
		}
		if p.IsCountry() {
			for _, k := range seen {
				g.setCountry(k, int32(i))
			}
			g.setCountry(strings.ToLower(p.Country), int32(i))
			if p.Country3 != "" {
				g.setCountry(strings.ToLower(p.Country3), int32(i))
			}
			for _, d := range demonyms[i] {
				g.setCountry(d, int32(i))
				g.setDemonym(d, int32(i))
			}
		}
		if p.FeatureCode == "ADM1" && p.Admin1Code != "" {
			g.admin1[p.Country+"."+p.Admin1Code] = int32(i)
		}
		if p.FeatureCode == "ADM2" && p.Admin2Code != "" {
			g.admin2[p.Country+"."+p.Admin1Code+"."+p.Admin2Code] = int32(i)
		}
		if p.FeatureClass == "P" || p.FeatureClass == "A" {
			c := cellOf(p.Lat, p.Lon)
			g.cells[c] = append(g.cells[c], int32(i))
		}
	}
	// Rows name their divisions through the divisions' own rows.
	for i := range places {
		p := &places[i]
		if j, ok := g.admin1[p.Country+"."+p.Admin1Code]; ok && p.Admin1Name == "" {
			p.Admin1Name = places[j].Name
		}
		if j, ok := g.admin2[p.Country+"."+p.Admin1Code+"."+p.Admin2Code]; ok && p.Admin2Name == "" {
			p.Admin2Name = places[j].Name
		}
	}
	prior := make([]float64, len(places))
	for i := range places {
		prior[i] = Prior(places[i])
	}
	g.loose = loose.settle(prior)
	for k, idx := range g.names {
		sortByPrior(places, prior, idx)
		seatFirst(places, idx, k)
	}
	return g
}

// looseIndex gathers, while a gazetteer is built, the folded names filed
// under each Loose key; settle keeps one per key.
type looseIndex map[string][]looseEntry

type looseEntry struct {
	key   string
	place int32
}

// add files a place's folded name under its Loose key, and a name of
// several words also under its words run together ("+" marks those).
// Several names may share a loose key; settle keeps the likeliest.
func (x looseIndex) add(k string, i int32) {
	l := Loose(k)
	if len(l) < 4 {
		return
	}
	x[l] = append(x[l], looseEntry{k, i})
	if strings.Contains(l, " ") {
		j := "+" + singleConsonants(strings.ReplaceAll(l, " ", ""))
		x[j] = append(x[j], looseEntry{k, i})
	}
}

// settle returns, per loose key, the name of the place with the highest
// prior (nil when no name was filed).
func (x looseIndex) settle(prior []float64) map[string]string {
	if len(x) == 0 {
		return nil
	}
	out := make(map[string]string, len(x))
	for l, es := range x {
		best := es[0]
		for _, e := range es[1:] {
			if prior[e.place] > prior[best.place] {
				best = e
			}
		}
		out[l] = best.key
	}
	return out
}

// setCountry keeps the first country to claim a key, unless a later one is
// a sovereign state and the first is not ("Congo").
func (g *Gazetteer) setCountry(k string, i int32) {
	if j, ok := g.country[k]; ok {
		if g.places[j].FeatureCode == "PCLI" || g.places[i].FeatureCode != "PCLI" {
			return
		}
	}
	g.country[k] = i
}

func (g *Gazetteer) setDemonym(k string, i int32) {
	if j, ok := g.demonym[k]; ok {
		if g.places[j].FeatureCode == "PCLI" || g.places[i].FeatureCode != "PCLI" {
			return
		}
	}
	g.demonym[k] = i
}

// keysOf inverts the name index: every key per place, for writing out.
func (g *Gazetteer) keysOf() [][]string {
	keys := make([][]string, len(g.places))
	for k, idx := range g.names {
		for _, i := range idx {
			keys[i] = append(keys[i], k)
		}
	}
	for i := range keys {
		sort.Strings(keys[i])
	}
	return keys
}

// seatFirst puts a town ahead of the division named after it when the town
// lies inside that division ("Agadez" the town, not the region; "Niamey"
// the capital, not the capital district): text that means the division
// says so ("Agadez region").
func seatFirst(places []Place, idx []int32, key string) {
	if len(idx) < 2 {
		return
	}
	top := places[idx[0]]
	if top.FeatureCode != "ADM1" && top.FeatureCode != "ADM2" {
		return
	}
	for k, j := range idx[1:] {
		p := places[j]
		if p.FeatureClass != "P" || p.Country != top.Country || p.Admin1Code != top.Admin1Code || p.Population < 1000 {
			continue
		}
		// Only a town that bears the name itself: "Oklahoma" is not
		// Oklahoma City, though GeoNames lists it as an alternate name.
		if Fold(p.Name) != key && Fold(p.ASCIIName) != key {
			continue
		}
		if top.FeatureCode == "ADM2" && p.Admin2Code != top.Admin2Code {
			continue
		}
		copy(idx[1:k+2], idx[:k+1])
		idx[0] = j
		return
	}
}

// arabicCountries write place names with the article ("Al Qāmishlī", "Ar
// Raqqah"), which English news mostly leaves out ("Qamishli", "Raqqa").
var arabicCountries = map[string]bool{
	"AE": true, "BH": true, "DZ": true, "EG": true, "IQ": true, "JO": true, "KW": true, "LB": true, "LY": true, "MA": true,
	"MR": true, "OM": true, "PS": true, "QA": true, "SA": true, "SD": true, "SY": true, "TN": true, "YE": true,
}

// withoutArticle is a town's or division's name in an Arabic-speaking
// country without its leading article, as English news writes it
// ("qamishli" for Al Qāmishlī), or "". Hamlets are left out: a short name
// without its article would stand for too many.
func withoutArticle(p Place) string {
	if !arabicCountries[p.Country] || p.Level() < 2 || p.Level() == 5 && p.Population < 10_000 && !strings.HasPrefix(p.FeatureCode, "PPLA") {
		return ""
	}
	k := Fold(p.Name)
	for _, a := range []string{"al ", "el ", "ar ", "as ", "ash ", "ad ", "az ", "at ", "an "} {
		if rest, ok := strings.CutPrefix(k, a); ok && len(rest) >= 4 && !strings.Contains(rest, " ") && !arabicGeneric[rest] {
			return rest
		}
	}
	return ""
}

// spellings are a town's or division's name as English news spells it
// where GeoNames transcribes otherwise: the Arabic article written "al"
// before every letter ("Jisr al-Shughur" for Jisr ash Shughūr, "Deir
// al-Zor" for Dayr az Zawr), and Somali long vowels written single
// ("Afgoye" for Afgooye, "Lower Shabelle" for Lower Shabeelle). Hamlets
// are left out, as withoutArticle leaves them.
func spellings(p Place) []string {
	k := Fold(p.Name)
	// "the Southwest Region" for Cameroon's South-West: a division's
	// compass name is written hyphened or as one word.
	var out []string
	if lv := p.Level(); lv >= 1 && lv <= 3 {
		ws := strings.Fields(k)
		for i := 0; i+1 < len(ws); i++ {
			if (ws[i] == "north" || ws[i] == "south") && (ws[i+1] == "east" || ws[i+1] == "west") {
				out = append(out, strings.Join(slices.Concat(ws[:i], []string{ws[i] + ws[i+1]}, ws[i+2:]), " "))
				break
			}
		}
	}
	if p.Level() < 2 || p.Level() == 5 && p.Population < 10_000 && !strings.HasPrefix(p.FeatureCode, "PPLA") {
		return out
	}
	switch {
	case arabicCountries[p.Country]:
		ws := strings.Fields(k)
		changed := false
		for i, w := range ws {
			if assimilated[w] && i+1 < len(ws) {
				ws[i], changed = "al", true
			}
		}
		if changed {
			out = append(out, strings.Join(ws, " "))
		}
		// "Maarat al-Numan" for Ma‘arrat an Nu‘mān: news often writes a
		// doubled (shadda) consonant once.
		for _, c := range []string{k, strings.Join(ws, " ")} {
			if d := singleConsonants(c); d != c && !slices.Contains(out, d) {
				out = append(out, d)
			}
		}
	case p.Country == "AF" || p.Country == "IR":
		// "Jawzjan" for Jowzjān, "Nawzad" for Now Zad: GeoNames writes
		// the diphthong "ow", English news "aw".
		if strings.Contains(k, "ow") {
			out = append(out, strings.ReplaceAll(k, "ow", "aw"))
		}
	case p.Country == "UA" || p.Country == "BY":
		if g := RussianG(p); g != "" {
			out = append(out, g)
		}
	case p.Country == "SO":
		var b strings.Builder
		for i := 0; i < len(k); i++ {
			if i > 0 && k[i] == k[i-1] && strings.IndexByte("aeiou", k[i]) >= 0 {
				continue
			}
			b.WriteByte(k[i])
		}
		if b.Len() < len(k) {
			out = append(out, b.String())
		}
	}
	return out
}

// RussianG is a Ukrainian or Belarusian town's or division's name with
// the Russian g for its h ("Gostomel" for Hostomel, "Vugledar" for
// Vuhledar), as Russian sources and much English news write it, or "" when
// the name has no such h. The h of kh, zh, sh and ch stays. Hamlets are
// left out, as spellings leaves them.
func RussianG(p Place) string {
	if p.Country != "UA" && p.Country != "BY" || p.Level() < 2 || p.Level() == 5 && p.Population < 10_000 && !strings.HasPrefix(p.FeatureCode, "PPLA") {
		return ""
	}
	k := []byte(Fold(p.Name))
	changed := false
	for i, c := range k {
		if c == 'h' && (i == 0 || strings.IndexByte("kzscg", k[i-1]) < 0) {
			k[i], changed = 'g', true
		}
	}
	if !changed {
		return ""
	}
	return string(k)
}

// singleConsonants writes every doubled consonant of a folded name once.
func singleConsonants(k string) string {
	var b strings.Builder
	for i := 0; i < len(k); i++ {
		if i > 0 && k[i] == k[i-1] && 'a' <= k[i] && k[i] <= 'z' && strings.IndexByte("aeiou", k[i]) < 0 {
			continue
		}
		b.WriteByte(k[i])
	}
	return b.String()
}

// assimilated are the Arabic article's forms before "sun letters", as
// GeoNames transcribes them ("ash Shughūr", "az Zawr").
var assimilated = map[string]bool{
	"ash": true, "as": true, "ad": true, "adh": true, "ar": true, "az": true, "at": true, "ath": true, "an": true,
}

// arabicGeneric are words for features that begin many names ("El Oued",
// "the river"): without the article they are no name.
var arabicGeneric = map[string]bool{
	"oued": true, "wadi": true, "jabal": true, "jebel": true, "qasr": true, "souk": true, "tell": true, "kafr": true,
	"bahr": true, "bahri": true, "madina": true, "medina": true, "qarya": true, "wasit": true, "gharbi": true, "sharqi": true,
}
