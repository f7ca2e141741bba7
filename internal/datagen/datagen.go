// Package datagen writes large, realistic ACLED, UCDP GED and GDELT files
// for benchmarks and load tests. The files are synthetic — no real event
// is in them — but follow each source's published layout and, roughly, its
// distributions: ACLED's mix of event types and sub-types, countries
// weighted like ACLED's Africa and Middle East coverage, heavy-tailed
// fatalities with many zeros, dates spread over years with every
// precision code; UCDP's violence types, precision codes and low/best/high
// estimates; GDELT's CAMEO mix, Goldstein scale and mention counts.
// The same seed gives the same file.
package datagen

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"time"

	"github.com/sitrep-project/sitrep/internal/codebook"
)

// Options says what to generate.
type Options struct {
	Source string // "acled", "ucdp" or "gdelt"
	Rows   int
	Seed   uint64
	From   time.Time // first possible event day; zero means 2018-01-01
	To     time.Time // last possible event day; zero means 2024-12-31
	// ACLED only: TextDates writes "04 October 2017" instead of
	// "2017-10-04"; TextInter writes inter codes as labels.
	TextDates bool
	TextInter bool
}

// Write writes a generated file to w.
func Write(w io.Writer, o Options) error {
	if o.Rows < 0 {
		return fmt.Errorf("datagen: negative row count %d", o.Rows)
	}
	if o.From.IsZero() {
		o.From = time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if o.To.IsZero() {
		o.To = time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	if o.To.Before(o.From) {
		return fmt.Errorf("datagen: --to %s before --from %s", o.To.Format(time.DateOnly), o.From.Format(time.DateOnly))
	}
	g := &gen{r: rand.New(rand.NewPCG(o.Seed, o.Seed^0x5eed)), o: o}
	switch o.Source {
	case "acled":
		return g.acled(w)
	case "ucdp":
		return g.ucdp(w)
	case "gdelt":
		return g.gdelt(w)
	}
	return fmt.Errorf("datagen: unknown source %q (want acled, ucdp or gdelt)", o.Source)
}

type gen struct {
	r *rand.Rand
	o Options
}

// place is a town with its first- and second-order divisions.
type place struct {
	town, admin2, admin1 string
	lat, lon             float64
}

// country is one country the generator writes events in, with a weight
// that follows ACLED's and UCDP's volumes in Africa and the Middle East.
type country struct {
	iso3, region string
	weight       float64
	places       []place
	state        string // the state forces' name
	rebels       []string
	militias     []string
	c            codebook.Country
}

var countries = func() []country {
	cs := []country{
		{iso3: "SYR", region: "Middle East", weight: 16, state: "Military Forces of Syria (2000-2024)", rebels: []string{"Hayat Tahrir al Sham", "Islamic State (Syria)"}, militias: []string{"Syrian Democratic Forces", "Unidentified Armed Group (Syria)"},
			places: []place{{"Idlib", "Idleb", "Idleb", 35.9306, 36.6339}, {"Aleppo", "Jebel Saman", "Aleppo", 36.2021, 37.1343}, {"Deir ez Zor", "Deir ez Zor", "Deir ez Zor", 35.3359, 40.1408}, {"Daraa", "Daraa", "Dara", 32.6189, 36.1021}}},
		{iso3: "YEM", region: "Middle East", weight: 10, state: "Military Forces of Yemen (2017-) Supreme Political Council", rebels: []string{"AQAP: Al Qaeda in the Arabian Peninsula"}, militias: []string{"Military Forces of Yemen (2012-) Presidential Leadership Council", "Southern Transitional Council"},
			places: []place{{"Taizz", "Al Qahirah", "Taizz", 13.5789, 44.0209}, {"Marib", "Marib City", "Marib", 15.4623, 45.3253}, {"Al Hudaydah", "Al Hali", "Al Hudaydah", 14.7978, 42.9545}}},
		{iso3: "NGA", region: "Western Africa", weight: 9, state: "Military Forces of Nigeria (2023-)", rebels: []string{"Islamic State West Africa Province (ISWAP)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"}, militias: []string{"Fulani Ethnic Militia (Nigeria)", "Unidentified Armed Group (Nigeria)"},
			places: []place{{"Maiduguri", "Maiduguri", "Borno", 11.8464, 13.1603}, {"Pulka", "Gwoza", "Borno", 11.2653, 13.8789}, {"Zaria", "Zaria", "Kaduna", 11.1113, 7.7227}, {"Jos", "Jos North", "Plateau", 9.8965, 8.8583}, {"Lagos", "Lagos Island", "Lagos", 6.4531, 3.3958}}},
		{iso3: "SDN", region: "Northern Africa", weight: 6, state: "Military Forces of Sudan (2019-)", rebels: []string{"SPLM-N: Sudan People's Liberation Movement-North (Al Hilu Faction)"}, militias: []string{"Rapid Support Forces", "Unidentified Armed Group (Sudan)"},
			places: []place{{"Khartoum", "Khartoum", "Khartoum", 15.5881, 32.5342}, {"Omdurman", "Um Durman", "Khartoum", 15.6445, 32.4777}, {"El Fasher", "El Fasher", "North Darfur", 13.6279, 25.3494}, {"Geneina", "Geneina", "West Darfur", 13.4525, 22.4472}}},
		{iso3: "COD", region: "Middle Africa", weight: 6, state: "Military Forces of the Democratic Republic of Congo (2019-)", rebels: []string{"M23: March 23 Movement", "ADF: Allied Democratic Forces"}, militias: []string{"CODECO: Cooperative for Development of Congo", "Mai-Mai Militia"},
			places: []place{{"Goma", "Goma", "Nord-Kivu", -1.6792, 29.2228}, {"Beni", "Beni", "Nord-Kivu", 0.4911, 29.4731}, {"Bunia", "Bunia", "Ituri", 1.5594, 30.2522}, {"Kinshasa", "Kinshasa", "Kinshasa", -4.3276, 15.3136}}},
		{iso3: "SOM", region: "Eastern Africa", weight: 6, state: "Military Forces of Somalia (2022-)", rebels: []string{"Al Shabaab"}, militias: []string{"Ma'awisley Militia", "Clan Militia (Somalia)"},
			places: []place{{"Mogadishu - Hodan", "Mogadishu", "Banadir", 2.0371, 45.3438}, {"Baidoa", "Baydhaba", "Bay", 3.1136, 43.6498}, {"Kismayo", "Kismayo", "Lower Juba", -0.3582, 42.5454}}},
		{iso3: "IRQ", region: "Middle East", weight: 5, state: "Military Forces of Iraq (2022-)", rebels: []string{"Islamic State (Iraq)"}, militias: []string{"PMF: Popular Mobilization Forces", "Unidentified Armed Group (Iraq)"},
			places: []place{{"Baghdad", "Baghdad - Karkh", "Baghdad", 33.3152, 44.3661}, {"Kirkuk", "Kirkuk", "Kirkuk", 35.4681, 44.3922}, {"Mosul", "Mosul", "Ninewa", 36.34, 43.13}}},
		{iso3: "BFA", region: "Western Africa", weight: 5, state: "Military Forces of Burkina Faso (2022-)", rebels: []string{"JNIM: Group for Support of Islam and Muslims", "Islamic State Sahel Province"}, militias: []string{"VDP: Volunteers for the Defense of the Homeland", "Koglweogo Militia"},
			places: []place{{"Djibo", "Soum", "Sahel", 14.1022, -1.6306}, {"Natiaboani", "Gourma", "Est", 11.7014, 0.5617}, {"Ouagadougou", "Kadiogo", "Centre", 12.3714, -1.5197}}},
		{iso3: "PSE", region: "Middle East", weight: 5, state: "Military Forces of Israel (2022-)", rebels: []string{"Hamas Movement", "PIJ: Palestinian Islamic Jihad"}, militias: []string{"Settlers (Israel)"},
			places: []place{{"Gaza City", "Gaza City", "Gaza Strip", 31.5017, 34.4668}, {"Jenin", "Jenin", "West Bank", 32.4608, 35.2953}, {"Khan Yunis", "Khan Yunis", "Gaza Strip", 31.3462, 34.3063}}},
		{iso3: "MLI", region: "Western Africa", weight: 4, state: "Military Forces of Mali (2021-)", rebels: []string{"JNIM: Group for Support of Islam and Muslims", "Islamic State Sahel Province"}, militias: []string{"Dozo Communal Militia (Mali)", "Wagner Group"},
			places: []place{{"Mopti", "Mopti", "Mopti", 14.4843, -4.1827}, {"Gao", "Gao", "Gao", 16.2717, -0.0447}, {"Menaka", "Menaka", "Menaka", 15.9182, 2.4022}}},
		{iso3: "CMR", region: "Middle Africa", weight: 4, state: "Military Forces of Cameroon (1982-)", rebels: []string{"Ambazonian Separatists"}, militias: []string{"Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"},
			places: []place{{"Bamenda", "Mezam", "Nord-Ouest", 5.9597, 10.1459}, {"Buea", "Fako", "Sud-Ouest", 4.1527, 9.241}, {"Mora", "Mayo-Sava", "Extreme-Nord", 11.0457, 14.1401}}},
		{iso3: "ETH", region: "Eastern Africa", weight: 4, state: "Military Forces of Ethiopia (2018-)", rebels: []string{"OLF-Shane: Oromo Liberation Front-Shane"}, militias: []string{"Fano Militia", "Unidentified Armed Group (Ethiopia)"},
			places: []place{{"Bahir Dar", "Bahir Dar Special Zone", "Amhara", 11.5936, 37.3908}, {"Nekemte", "East Wellega", "Oromia", 9.0893, 36.5554}}},
		{iso3: "ZAF", region: "Southern Africa", weight: 3, state: "Police Forces of South Africa (2019-)", rebels: []string{}, militias: []string{"Unidentified Gang (South Africa)"},
			places: []place{{"Johannesburg", "City of Johannesburg", "Gauteng", -26.2041, 28.0473}, {"Durban", "eThekwini", "KwaZulu-Natal", -29.8587, 31.0218}}},
		{iso3: "LBY", region: "Northern Africa", weight: 2, state: "Military Forces of Libya (2016-) Haftar Faction", rebels: []string{}, militias: []string{"Radaa Special Deterrence Forces", "Unidentified Armed Group (Libya)"},
			places: []place{{"Tripoli", "Tripoli", "Tripoli", 32.8872, 13.1913}, {"Benghazi", "Benghazi", "Benghazi", 32.1167, 20.0667}}},
		{iso3: "NER", region: "Western Africa", weight: 2, state: "Military Forces of Niger (2023-)", rebels: []string{"Islamic State Sahel Province", "JNIM: Group for Support of Islam and Muslims"}, militias: []string{"Unidentified Armed Group (Niger)"},
			places: []place{{"Tillaberi", "Tillaberi", "Tillaberi", 14.2117, 1.4531}, {"Tongo Tongo", "Ouallam", "Tillaberi", 14.9333, 1.9667}, {"Diffa", "Diffa", "Diffa", 13.3154, 12.6113}}},
		{iso3: "MOZ", region: "Southern Africa", weight: 2, state: "Military Forces of Mozambique (2015-)", rebels: []string{"Islamic State Mozambique Province"}, militias: []string{"Rwanda Defence Force"},
			places: []place{{"Mocimboa da Praia", "Mocimboa da Praia", "Cabo Delgado", -11.3475, 40.3542}, {"Palma", "Palma", "Cabo Delgado", -10.7753, 40.4742}}},
		{iso3: "CAF", region: "Middle Africa", weight: 2, state: "Military Forces of the Central African Republic (2016-)", rebels: []string{"UPC: Union for Peace in the Central African Republic", "3R: Return, Reclamation, Rehabilitation"}, militias: []string{"Anti-Balaka", "Wagner Group"},
			places: []place{{"Bangui", "Bangui", "Bangui", 4.3612, 18.5549}, {"Bria", "Bria", "Haute-Kotto", 6.5423, 21.9863}, {"Bambari", "Bambari", "Ouaka", 5.7628, 20.6672}}},
		{iso3: "KEN", region: "Eastern Africa", weight: 2, state: "Police Forces of Kenya (2022-)", rebels: []string{"Al Shabaab"}, militias: []string{"Pokot Ethnic Militia (Kenya)"},
			places: []place{{"Nairobi", "Nairobi", "Nairobi", -1.2864, 36.8172}, {"Mandera", "Mandera East", "Mandera", 3.9366, 41.867}}},
		{iso3: "LBN", region: "Middle East", weight: 2, state: "Military Forces of Israel (2022-)", rebels: []string{"Hezbollah"}, militias: []string{"Unidentified Armed Group (Lebanon)"},
			places: []place{{"Bint Jbeil", "Bint Jbeil", "Nabatiyeh", 33.1194, 35.4331}, {"Beirut", "Beirut", "Beirut", 33.8938, 35.5018}}},
		{iso3: "EGY", region: "Northern Africa", weight: 1, state: "Military Forces of Egypt (2014-)", rebels: []string{"Islamic State Sinai Province"}, militias: []string{"Unidentified Armed Group (Egypt)"},
			places: []place{{"Cairo", "Cairo", "Cairo", 30.0444, 31.2357}, {"Al Arish", "Al Arish", "North Sinai", 31.1316, 33.7984}}},
	}
	for i := range cs {
		c, ok := codebook.ByISO3(cs[i].iso3)
		if !ok {
			panic("datagen: no codes for " + cs[i].iso3) // a typo in the table above
		}
		cs[i].c = c
	}
	return cs
}()

// pick returns an index drawn with the given weights.
func (g *gen) pick(weights []float64) int {
	var sum float64
	for _, w := range weights {
		sum += w
	}
	x := g.r.Float64() * sum
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

func (g *gen) country() *country {
	ws := make([]float64, len(countries))
	for i, c := range countries {
		ws[i] = c.weight
	}
	return &countries[g.pick(ws)]
}

// deaths draws a heavy-tailed count: zero with probability zero, else a
// Pareto draw with shape alpha, capped.
func (g *gen) deaths(zero, alpha float64, limit int) int {
	if g.r.Float64() < zero {
		return 0
	}
	n := int(math.Floor(math.Pow(1-g.r.Float64(), -1/alpha)))
	return min(n, limit)
}

// day draws a day between From and To, later days likelier, as coverage
// and activity grow over the years in both ACLED and GDELT.
func (g *gen) day() time.Time {
	span := int(g.o.To.Sub(g.o.From).Hours()/24) + 1
	d := int(math.Sqrt(g.r.Float64()) * float64(span))
	return g.o.From.AddDate(0, 0, min(d, span-1))
}

func (g *gen) jitter(v, by float64) float64 {
	return math.Round((v+(g.r.Float64()*2-1)*by)*1e4) / 1e4
}

func (g *gen) of(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[g.r.IntN(len(xs))]
}
