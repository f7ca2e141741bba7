package geoparse

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

var parser = New(gazetteer.Default())

// find returns the toponym whose name is written as name, or fails.
func find(t *testing.T, tops []Toponym, name string) Toponym {
	t.Helper()
	for _, tp := range tops {
		if tp.Name == name {
			return tp
		}
	}
	var got []string
	for _, tp := range tops {
		got = append(got, tp.Name)
	}
	t.Fatalf("no toponym %q; found %q", name, got)
	return Toponym{}
}

func TestResolve(t *testing.T) {
	for _, tc := range []struct {
		name, text, toponym string
		country, admin1     string // admin1 code, "" for any
		code                string // feature code, "" for any
		prec                event.GeoPrecision
	}{
		{"Paris alone", "She moved to Paris last year.", "Paris", "FR", "", "PPLC", event.GeoPoint},
		{"Paris, Texas", "The fair was held in Paris, Texas, on Friday.", "Paris", "US", "TX", "", event.GeoPoint},
		{"Texas after Paris", "The fair was held in Paris, Texas, on Friday.", "Texas", "US", "TX", "ADM1", event.GeoAdmin1},
		{"Paris near Dallas", "Storms hit Dallas and Tyler before reaching Paris in northeast Texas.", "Paris", "US", "TX", "", event.GeoPoint},
		{"Niger the country", "Soldiers were deployed to Niger last year.", "Niger", "NE", "", "PCLI", event.GeoCountry},
		{"Niger State", "Gunmen attacked Minna, the capital of Niger State, on Monday.", "Niger State", "NG", "", "ADM1", event.GeoAdmin1},
		{"Niger state lower case", "Farmers in Niger state and Kwara state lost crops.", "Niger", "NG", "", "ADM1", event.GeoAdmin1},
		{"division word named", "Flooding hit the Akita Prefecture of northern Japan.", "Akita Prefecture", "JP", "", "ADM1", event.GeoAdmin1},
		{"division word lower case", "Cases rose in the provinces of Masvingo province and Manicaland.", "Masvingo", "ZW", "", "ADM1", event.GeoAdmin1},
		{"division word of an organisation", "Scientists at the Pennsylvania State University found mites.", "Pennsylvania", "US", "PA", "ADM1", event.GeoAdmin1},
		{"list of states", "Losses were reported in Georgia, Oklahoma, Pennsylvania, Wisconsin and California.", "Oklahoma", "US", "OK", "ADM1", event.GeoAdmin1},
		{"Georgia among states", "A cow in Alabama tested positive; samples went to labs in Iowa and Texas, and a lab in Georgia confirmed it. Canada and Sweden have had cases.", "Georgia", "US", "GA", "ADM1", event.GeoAdmin1},
		{"Niger River", "Boats sank on the Niger River near Mopti.", "Niger River", "", "", "STM", event.GeoRegion},
		{"Georgia the state", "Hurricane warnings went up in Florida, Georgia and South Carolina.", "Georgia", "US", "GA", "ADM1", event.GeoAdmin1},
		{"Georgia the country", "Russian troops crossed from Russia into Georgia near Tbilisi.", "Georgia", "GE", "", "PCLI", event.GeoCountry},
		{"Georgia holding Atlanta", "Flights from Atlanta to Moscow, Kyiv and Warsaw resumed; Georgia lawmakers objected.", "Georgia", "US", "GA", "ADM1", event.GeoAdmin1},
		{"Georgia near Atlanta", "Police in Atlanta, Georgia, said two people died.", "Georgia", "US", "GA", "ADM1", event.GeoAdmin1},
		{"compound abroad, placed in its sentence", "Four people from the NHS West Midlands in England have died; Wales and Scotland have had cases.", "West Midlands", "GB", "ENG", "ADM1", event.GeoAdmin1},
		{"direction and name abroad", "Cholera reached the Central Plateau of Haiti, officials in Port-au-Prince said.", "Central Plateau", "HT", "", "", event.GeoNear},
		{"spelled as written beats another spelling", "Researchers at the University of California, San Diego found it; Dr. Rao of Children's Hospital of Pittsburgh said so.", "Pittsburgh", "US", "PA", "", event.GeoPoint},
		// Local news: a county named, even in its sheriff's office's name,
		// places its town against a far larger namesake.
		{"town in a named county", "Deputies in Paulding County said the crash happened near Dallas on Tuesday.", "Dallas", "US", "GA", "", event.GeoNear},
		{"county in an office's name", "The Paulding County Sheriff's Office said the crash happened near Dallas.", "Dallas", "US", "GA", "", event.GeoNear},
		{"county before a capitalized word", "The Paulding County Sheriff's Office said the crash happened near Dallas.", "Paulding County", "US", "GA", "ADM2", event.GeoAdmin2},
		// Datelines: a short town's name in capitals is no acronym there.
		{"dateline with a state", "ROME, Ga. -- A man was arrested Tuesday.", "ROME", "US", "GA", "", event.GeoPoint},
		{"dateline with an agency", "Intro line.\nBAKU (Reuters) - Talks began.", "BAKU", "AZ", "", "PPLC", event.GeoPoint},
		{"Arabic article assimilated", "Islamic State fighters attacked an army post in Deir ez-Zor.", "Deir ez-Zor", "SY", "", "", event.GeoPoint},
		{"dateline is a town", "KANO, Nigeria (Reuters) - Gunmen killed 12 people in Zamfara state.", "KANO", "NG", "", "", event.GeoPoint},
		{"common word before a state", "Firefighters in Paradise, Calif., battled the fire.", "Paradise", "US", "CA", "", event.GeoPoint},
		{"each pair its own town", "Officials in Jackson, Miss., said the plant failed. In Jackson, Tenn., and Jackson, Wyo., nothing failed.", "Jackson", "US", "MS", "", event.GeoPoint},
		{"town's name continued by a particle", "In Cabo Delgado, insurgents raided Mocimboa da Praia, Mozambique's army said.", "Mocimboa da Praia", "MZ", "", "", event.GeoPoint},
		{"Arabic town without its article", "Turkish drones struck Kurdish positions near Qamishli in northeast Syria.", "Qamishli", "SY", "", "", event.GeoNear},
		{"state office", "Georgia Gov. Brian Kemp spoke about Russia, Ukraine and Armenia on Monday.", "Georgia", "US", "GA", "ADM1", event.GeoAdmin1},
		{"city by the start of its name", "Stocks fell in London, New York and Tokyo. Tokyo and London rose later. \"It's uncertain,\" said a trader at Credit Suisse First Boston in Frankfurt.", "Frankfurt", "DE", "", "", event.GeoPoint},
		{"company's town with its state", "Oshkosh Truck Corp., Oshkosh, Wis., estimated earnings.", "Oshkosh", "US", "WI", "", event.GeoPoint},
		{"district, city", "Funeral homes across Brooklyn, New York, sold body parts.", "New York", "US", "NY", "", event.GeoPoint},
		{"town, state", "Funeral homes across Albany, New York, sold body parts.", "New York", "US", "NY", "ADM1", event.GeoAdmin1},
		{"town abroad in a list of another country's towns", "Cholera cases were reported in Suba, Migori, Homa Bay and Kisumu.", "Suba", "KE", "", "", event.GeoNear},
		{"district of a city", "The cakes were made at a bakery in the Adhamiyah district of Baghdad.", "Adhamiyah", "IQ", "07", "", event.GeoAdmin1},
		{"Tongo Tongo", "The patrol was ambushed outside the village of Tongo Tongo.", "Tongo Tongo", "NE", "09", "", event.GeoNear},
		{"Tongo-Tongo", "Fighting near Tongo-Tongo in Niger killed four.", "Tongo-Tongo", "NE", "", "", event.GeoNear},
		{"Lake Chad basin", "Militants were attacked in the Lake Chad basin region.", "Lake Chad basin", "", "", "RGN", event.GeoRegion},
		{"northern Niger", "Smugglers cross northern Niger toward Libya.", "Niger", "NE", "", "PCLI", event.GeoRegion},
		{"province of", "Clashes broke out in the province of Tillabéri.", "Tillabéri", "NE", "09", "ADM1", event.GeoAdmin1},
		{"Gaza beside the Strip", "Officials in the Gaza Strip confirmed cases. Israel has a blockade on Gaza, and Egypt restricts movement.", "Gaza", "PS", "", "", ""},
		{"plural division word", "Storms damaged homes in Fulton and DeKalb counties on Monday.", "Fulton", "US", "GA", "ADM2", event.GeoAdmin2},
		{"lower-case county", "Farmers in Cobb county lost crops.", "Cobb", "US", "GA", "ADM2", event.GeoAdmin2},
		{"town in a named county", "Floyd County deputies patrolled Rome and Cave Spring.", "Rome", "US", "GA", "", event.GeoPoint},
		{"pair across a moved boundary", "In eight villages of Santa Maria, Davao del Sur, pigs died.", "Santa Maria", "PH", "11", "", event.GeoPoint},
		{"Moscow the city", "Tbilisi accused Moscow of arming the rebels.", "Moscow", "RU", "", "PPLC", event.GeoPoint},
		{"Kano the city", "Gunmen attacked a market in Kano on Friday.", "Kano", "NG", "", "PPLA", event.GeoPoint},
		{"New York the city", "He flew from London to New York on Monday.", "New York", "US", "NY", "PPL", event.GeoPoint},
		{"New York in a list of states", "Concerts were planned in New Jersey and New York next year.", "New York", "US", "NY", "ADM1", event.GeoAdmin1},
		{"Congo near Goma", "Fighting in eastern Congo near Goma displaced thousands.", "Congo", "CD", "", "PCLI", ""},
		{"Congo beside Brazzaville", "The Brazzaville government said Congo would hold elections.", "Congo", "CG", "", "PCLI", ""},
		{"former name", "Ebola first appeared in Zaire in 1976.", "Zaire", "CD", "", "PCLI", event.GeoCountry},
		{"short name", "Peacekeepers left Bosnia in 2004.", "Bosnia", "BA", "", "PCLI", event.GeoCountry},
		{"Washington the capital", "Officials in Washington said the talks with Havana would resume.", "Washington", "US", "DC", "PPLC", event.GeoPoint},
		{"Washington among states", "Fires burned in Oregon, Washington and Idaho.", "Washington", "US", "WA", "ADM1", event.GeoAdmin1},
		{"Geneva the city", "Talks resumed in Geneva on Monday.", "Geneva", "CH", "", "PPLA", event.GeoPoint},
		{"division's capitals in its country", "NSW police said Sydney and Newcastle in Australia flooded.", "NSW", "AU", "", "ADM1", event.GeoAdmin1},
		{"lower-case particle in a name", "Flights to Rio de Janeiro resumed.", "Rio de Janeiro", "BR", "", "", event.GeoPoint},
		{"shared rest of two names", "Storms hit North and South Carolina.", "North", "US", "NC", "ADM1", event.GeoAdmin1},
		{"shared rest of two countries", "Talks between North and South Korea resumed.", "North", "KP", "", "PCLI", event.GeoCountry},
		{"a newspaper's city elsewhere", "The Boston Globe reported it. Boston officials said the roads were closed.", "Boston", "US", "MA", "", event.GeoPoint},
		{"University of Georgia", "Research teams from the universities of Georgia and Glasgow found it.", "Georgia", "US", "GA", "ADM1", event.GeoAdmin1},
		{"University of Washington", "He studied at the University of Washington.", "Washington", "US", "WA", "ADM1", event.GeoAdmin1},
		{"Glasgow beside a US state", "Research teams from the universities of Georgia and Glasgow found it.", "Glasgow", "GB", "", "", event.GeoPoint},
		{"the Black Sea", "Birds flew from Russia and Ukraine to the Black Sea.", "Black Sea", "", "", "", ""},
		{"a lake before its namesake suburb", "Two fishermen drowned on Lake Albert, police in Hoima said.", "Lake Albert", "", "", "LK", event.GeoRegion},
		{"a lake with no other place", "Boats capsized on Lake Albert on Monday.", "Lake Albert", "", "", "LK", event.GeoRegion},
		{"a division's name with its word, all common words", "Floods displaced hundreds in the Upper East Region on Monday.", "Upper East Region", "GH", "", "ADM1", event.GeoAdmin1},
		{"a capital for its government", "Beijing said it would retaliate.", "Beijing", "CN", "", "PPLC", event.GeoPoint},
		{"world city in a US text", "Officials in Chicago and Boston said the suspect flew to Paris.", "Paris", "FR", "", "PPLC", event.GeoPoint},
		{"world city among states", "Senators in Washington and governors in Ohio and Michigan met in Toronto.", "Toronto", "CA", "", "", event.GeoPoint},
		{"towns listed together", "Storm damage in Rome and Cartersville was reported in northwest Georgia.", "Rome", "US", "GA", "", event.GeoPoint},
		{"town listed with towns", "Flooding in Cairo and Carbondale forced evacuations in southern Illinois.", "Cairo", "US", "IL", "", event.GeoPoint},
		{"country name among towns", "A crash near Lebanon, Hershey and Harrisburg closed the turnpike.", "Lebanon", "US", "PA", "", event.GeoNear},
		{"country among countries and capitals", "Aid went to Lebanon, Damascus and Amman.", "Lebanon", "LB", "", "PCLI", event.GeoCountry},
		{"Greater before a city", "Rains flooded Greater Mumbai on Monday.", "Greater Mumbai", "IN", "", "", event.GeoPoint},
		{"hyphened name", "Cases rose in the Rhône-Alpes region.", "Rhône-Alpes", "FR", "", "", ""},
		{"two names hyphened", "The Israel-Gaza border stayed closed.", "Gaza", "PS", "", "", ""},
		{"capitalized direction in the name", "Planes will spray most of North Dallas this week.", "North Dallas", "US", "TX", "", event.GeoRegion},
		{"feature after the name", "Lettuce from the Salinas Valley in California was recalled.", "Salinas Valley", "US", "CA", "", event.GeoRegion},
		{"feature before the name", "Birds died on the shore of Lake Erie near Toledo.", "Lake Erie", "US", "", "", event.GeoRegion},
		{"U.S.", "The U.S. deployed drones.", "U.S.", "US", "", "PCLI", event.GeoCountry},
		{"Côte d'Ivoire", "Cocoa from Côte d'Ivoire rose.", "Côte d'Ivoire", "CI", "", "", event.GeoCountry},
		{"possessive", "Canada's health agency reported a case.", "Canada", "CA", "", "PCLI", event.GeoCountry},
		{"Santa Ana pair", "At Franklin Elementary in Santa Ana, California, parents met. Later, officials in Santa Ana spoke.", "Santa Ana", "US", "CA", "", event.GeoPoint},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tp := find(t, parser.Parse(tc.text), tc.toponym)
			p := tp.Place
			if p.Country != tc.country || (tc.admin1 != "" && p.Admin1Code != tc.admin1) || (tc.code != "" && p.FeatureCode != tc.code) {
				t.Errorf("%q → %s (%s %s %s)", tc.toponym, p.Name, p.Country, p.Admin1Code, p.FeatureCode)
			}
			if tc.prec != "" && tp.Precision != tc.prec {
				t.Errorf("%q precision %s, want %s", tc.toponym, tp.Precision, tc.prec)
			}
			if tc.text[tp.Start:tp.End] != tp.Name {
				t.Errorf("offsets %d–%d give %q, not %q", tp.Start, tp.End, tc.text[tp.Start:tp.End], tp.Name)
			}
		})
	}
}

// TestOneReading: a name read as a place once stays a place where a
// weaker cue alone would reject it, and a city is known by its other names.
func TestOneReading(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       int
	}{
		{"He died at his home near Fort Hood. Fort Hood said he had served abroad.", "Fort Hood", 2},
		{"Gunmen fought police on Saturday. Acapulco, population over 600,000, is a port.", "Acapulco", 1},
	} {
		n := 0
		for _, tp := range parser.Parse(tc.text) {
			if tp.Name == tc.name {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q: %d × %q, want %d", tc.text, n, tc.name, tc.want)
		}
	}
}

// TestNamedDirection: a capitalized direction names a part of the place,
// whose point moves that way; a lower-case one leaves the point alone.
func TestNamedDirection(t *testing.T) {
	named := find(t, parser.Parse("Herders fled camps in South Sahel."), "South Sahel")
	plain := find(t, parser.Parse("Herders fled camps in Sahel."), "Sahel")
	lower := find(t, parser.Parse("Herders fled camps in southern Sahel."), "Sahel")
	if named.Place.Lat >= plain.Place.Lat-0.5 || named.Place.Lon != plain.Place.Lon || named.Place.ID != 0 {
		t.Errorf("South Sahel at %.2f,%.2f, Sahel at %.2f,%.2f", named.Place.Lat, named.Place.Lon, plain.Place.Lat, plain.Place.Lon)
	}
	if lower.Place.Lat != plain.Place.Lat {
		t.Errorf("southern Sahel moved to %.2f", lower.Place.Lat)
	}
	// A direction that begins a division's name is that division.
	if p := find(t, parser.Parse("Refugees fled camps in South Darfur."), "South Darfur").Place; p.FeatureCode != "ADM1" || p.Country != "SD" {
		t.Errorf("South Darfur → %s %s %s", p.Name, p.Country, p.FeatureCode)
	}
}

func TestEventPlace(t *testing.T) {
	tp := find(t, parser.Parse("The patrol was ambushed outside the village of Tongo Tongo."), "Tongo Tongo")
	ep := tp.EventPlace()
	if ep.Country != "NER" || ep.Lat == nil || ep.Lon == nil || ep.Precision != event.GeoNear || !strings.HasPrefix(gazetteer.Fold(ep.Admin1), "tillaberi") {
		t.Errorf("EventPlace = %+v", ep)
	}
	// A capitalized direction is already in the name: not "North North Dallas".
	tp = find(t, parser.Parse("Planes will spray North Dallas."), "North Dallas")
	if ep := tp.EventPlace(); ep.Name != "North Dallas" || ep.Precision != event.GeoRegion {
		t.Errorf("EventPlace = %+v", ep)
	}
	tp = find(t, parser.Parse("Smugglers cross northern Niger."), "Niger")
	if ep := tp.EventPlace(); ep.Name != "northern Niger" || ep.Precision != event.GeoRegion || ep.GeonameID != 2440476 {
		t.Errorf("EventPlace = %+v", ep)
	}
}

func TestNotPlaces(t *testing.T) {
	for _, text := range []string{
		"President Obama met Secretary Francisco Duque on Monday.",
		"In March, police said the May meeting will go ahead.",
		"Cases of West Nile virus and Marburg virus rose.",
		"He met Nelson Mandela and Kelly Johnson.",
		"The WHO and FAO issued a statement.",
		"Canadian and Nigerien officials met.",
		"Lisa told reporters the Republic would not pay.",
		"Kellogg Co. lost market share. Kellogg is suspending work on a plant.",
		"The Washington Post and the Boston Globe reported it first.",
		"Mr. Hunter spoke on Monday. Hunter expects sales to fall.",
		"The quarter was strong, CNN said.",
		"Fire crews closed Jackson Avenue and Paris Road overnight.",
		"Pilgrims filled St. Peter's Square and Lafayette Square.",
		"Rebels reached Sam Ouandja overnight.",
		"Agents sought James C. Kopp. Kopp had lived nearby.",
		"Manuel Gonzalez, 59, a bus mechanic, filed a motion.",
		"Bill Clinton spoke. Clinton will ask Congress for money.",
		"Michael Jordan scored 40 as George Washington looked on.",
		"The UNHCR appealed for US$2.8 million; crops are worth $US 15 billion.",
		"Officials at the White House declined to comment.",
		// A founder's possessive names a company, there and later.
		"Chains such as McDonald's Corp. use it. Rated B-1 by Moody's Investors Service Inc. and A-3 by Moody's.",
		// "and" joins companies too.
		"Fellow companies, such as Aiwa Co. and Pioneer Electric Corp., responded.",
		// A company's name after "of" or "to", and people joined by "and".
		"It bid for Coates Brothers PLC. The offer values the whole of Coates at 301 million.",
		"The fund is run by Daniel L. Barnett and Paul A. Reese, officers of Oasis Capital Management Inc. He was a consultant to Oasis.",
		// A sentence's opening "And" is no list's.
		"Oil wells were set afire. And Robert Gates, the deputy adviser, spoke.",
		// Common words that name a place only in translation (Casablanca).
		"A lawyer for the White House secretary spoke. White House on Thursday said no.",
		"\"Are you ready?\" one asked.",
		// A given name marks the next word as a surname for the whole text.
		"John Clifford, the chief veterinarian, spoke. The samples were clean, said Clifford.",
		"Tim Whitley, a city official, spoke. According to Whitley, the spraying works.",
		// A given name that is a country's name only in another language.
		"Prime Minister Dominique de Villepin has stated that the plan stands.",
		// A given name before a surname's particle, even after a cue.
		"According to Dennis van Engelsdorp, a bee specialist, the hives died.",
		// Hyphened compounds: an organisation's name and an adjective.
		"She told Agence France-Presse that the count was low.",
		"He had UK-Algerian dual citizenship.",
		// An Arabic name, its given name not in the list.
		"\"There is avian flu now,\" Hassan el Bushra, a regional adviser, said.",
		// America ending an organisation's name.
		"He told the Voice of America news agency that Peanut Corp. of America had closed.",
		// Capitals at a line's start that are no dateline's town.
		"WHO, the health agency, said so.\nFAO - the food agency - agreed.",
		// A school named after a person.
		"Five boys attending Franklin Elementary fell ill, as did pupils at Kennedy Elementary School.",
	} {
		if tops := parser.Parse(text); len(tops) > 0 {
			var got []string
			for _, tp := range tops {
				got = append(got, tp.Name+"→"+tp.Place.Name+" "+tp.Place.Country)
			}
			t.Errorf("%q: found %q", text, got)
		}
	}
}

func TestDemonymFocus(t *testing.T) {
	// "Nigerien" says the text is about Niger: the town of Tahoua there,
	// not a namesake elsewhere.
	tops := parser.Parse("Nigerien soldiers reached Dosso on Tuesday.")
	if tp := find(t, tops, "Dosso"); tp.Place.Country != "NE" {
		t.Errorf("Dosso → %s %s", tp.Place.Name, tp.Place.Country)
	}
	if c, ok := gazetteer.Default().Country("Nigerien"); !ok || c.Country3 != "NER" {
		t.Errorf("Country(Nigerien) = %v", c)
	}
}

func TestSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/seed_niger.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	tops := parser.Parse(text)
	for _, tc := range []struct {
		name          string
		lat, lon, tol float64
	}{
		{"Niamey", 13.51, 2.11, 10},
		{"Agadez", 16.97, 7.99, 10},
		{"Arlit", 18.74, 7.39, 10},
		{"Tongo Tongo", 15.05, 1.84, 10},
		{"Chad Lake basin", 13, 14.5, 200},
	} {
		tp := find(t, tops, tc.name)
		if d := gazetteer.Distance(tp.Place.Lat, tp.Place.Lon, tc.lat, tc.lon); d > tc.tol {
			t.Errorf("%s → %s %s at %.2f,%.2f, %.0f km off", tc.name, tp.Place.Name, tp.Place.Country, tp.Place.Lat, tp.Place.Lon, d)
		}
	}
	for _, tp := range tops {
		if tp.Name == "Niger" && tp.Place.Country != "NE" {
			t.Errorf("Niger at %d → %s %s", tp.Start, tp.Place.Name, tp.Place.Country)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	text := "Ça va: l'armée est à Niamey."
	tops := parser.Parse(text)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, text, tops); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Toponyms []struct {
			Start, End int
			Name       string
			Lat, Lon   float64
			GeonameID  *int `json:"geonameid"`
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Toponyms) != 1 {
		t.Fatalf("toponyms = %+v", out.Toponyms)
	}
	tp := out.Toponyms[0]
	// Code points, as Python counts: "Ça va: l'armée est à " is 21.
	if r := []rune(text); tp.Start != 21 || string(r[tp.Start:tp.End]) != "Niamey" {
		t.Errorf("span %d–%d", tp.Start, tp.End)
	}
	if tp.GeonameID == nil || *tp.GeonameID != 2440485 {
		t.Errorf("geonameid %v", tp.GeonameID)
	}
	if !strings.Contains(buf.String(), `"toponyms"`) {
		t.Error("no toponyms key")
	}
}

func TestStateAbbrev(t *testing.T) {
	for _, tc := range []struct {
		text, town, abbrev string
		country, admin1    string
	}{
		{"Police in Washington, D.C. said two people died.", "Washington", "D.C.", "US", "DC"},
		{"The fair was held in Paris, Tex., on Friday.", "Paris", "Tex.", "US", "TX"},
		{"Storms hit Athens, GA late on Monday.", "Athens", "GA", "US", "GA"},
		{"Charleston, W.Va. flooded again.", "Charleston", "W.Va.", "US", "WV"},
		{"He moved to London, Ont. in May.", "London", "Ont.", "CA", "08"},
		{"Rain fell on Portland, Maine and Portland, Ore. alike.", "Portland", "Ore.", "US", "OR"},
	} {
		t.Run(tc.abbrev, func(t *testing.T) {
			tops := parser.Parse(tc.text)
			ab := find(t, tops, tc.abbrev)
			if ab.Place.FeatureCode != "ADM1" || ab.Place.Country != tc.country || ab.Place.Admin1Code != tc.admin1 || ab.Precision != event.GeoAdmin1 {
				t.Errorf("%q → %s %s %s %s", tc.abbrev, ab.Place.Name, ab.Place.Country, ab.Place.Admin1Code, ab.Place.FeatureCode)
			}
			// The town before it lies in the state.
			var town Toponym
			for _, tp := range tops {
				if tp.Name == tc.town && tp.End < ab.Start {
					town = tp
				}
			}
			if town.Place.Country != tc.country || town.Place.Admin1Code != tc.admin1 {
				t.Errorf("%q → %s %s %s", tc.town, town.Place.Name, town.Place.Country, town.Place.Admin1Code)
			}
		})
	}
	// A postal code needs a place and a comma before it.
	for _, text := range []string{"He said OK and left.", "The CA office closed, IN part."} {
		for _, tp := range parser.Parse(text) {
			if tp.Place.FeatureCode == "ADM1" && tp.Place.Country == "US" {
				t.Errorf("%q: found %q → %s", text, tp.Name, tp.Place.Name)
			}
		}
	}
}

// TestUnknown: names the gazetteer lacks, found by their context and
// placed inside the nearest resolved place of their sentence.
func TestUnknown(t *testing.T) {
	for _, tc := range []struct {
		text, name, country string
		prec                event.GeoPrecision
	}{
		{"Cholera struck the Cacuaco district of Angola's capital city Luanda.", "Cacuaco", "AO", event.GeoNear},
		{"A dead swan was found in the village of Cellardyke in Fife, Scotland.", "Cellardyke", "GB", event.GeoAdmin2},
		{"Pigs died in the villages of Bumbacari and Dudescu near Tulcea.", "Bumbacari", "RO", event.GeoNear},
		{"Farmers in the Wedza district, Mashonaland East province, lost cattle.", "Wedza", "ZW", event.GeoAdmin1},
		{"Ferries to Waiheke Island near Auckland stopped.", "Waiheke Island", "NZ", event.GeoNear},
		// A part of the town before the possessive, past its region.
		{"The shooting happened in Columbus, Ohio's Linden neighborhood, police said.", "Linden", "US", event.GeoNear},
		// A settlement named by its word.
		{"Nine deaths came from the Mukuru slums in Nairobi.", "Mukuru", "KE", event.GeoNear},
		// An item of a list of places.
		{"Cases came from Migori, Homa Bay, Rongo, Siaya and Kisumu in Kenya.", "Rongo", "KE", event.GeoNear},
		{"He had worked in Fort Detrick, Maryland, for 18 years.", "Fort Detrick", "US", event.GeoAdmin1},
		// Known only abroad: placed in the region the text gives.
		{"He must appear in a Bradford, Ontario court in May.", "Bradford", "CA", event.GeoAdmin1},
		{"Canada found avian flu in the community of O'Leary in Prince Edward Island. Ottawa and Toronto were told.", "O'Leary", "CA", event.GeoAdmin1},
		{"Rebels in the Central African Republic attacked Boyali village on Sunday.", "Boyali", "CF", event.GeoCountry},
	} {
		tp := find(t, parser.Parse(tc.text), tc.name)
		if tp.Place.Country != tc.country || tp.Precision != tc.prec || tp.Place.ID != 0 {
			t.Errorf("%q → %s %s id %d, %s; want %s %s", tc.name, tp.Place.Name, tp.Place.Country, tp.Place.ID, tp.Precision, tc.country, tc.prec)
		}
	}
	// One name, one place: the second "Piccadilly" finds London in its
	// sentence, and the first, with nothing beside it, follows.
	tops := parser.Parse("Officials in Britain and the UK met Russians. He ate at a bar in Piccadilly. He was taken ill in Piccadilly and then in London.")
	for _, tp := range tops {
		if tp.Name == "Piccadilly" && tp.Place.Country != "GB" {
			t.Errorf("Piccadilly at %d → %s %s", tp.Start, tp.Place.Name, tp.Place.Country)
		}
	}
	// Items of a list keep their own places.
	tp := find(t, parser.Parse("Pigs in Pandi, Bulacan, carried the virus, unlike the Zaire, Bundibugyo, Côte d'Ivoire and Sudan strains."), "Bundibugyo")
	if tp.Place.Country != "UG" {
		t.Errorf("Bundibugyo → %s %s", tp.Place.Name, tp.Place.Country)
	}
	for _, text := range []string{
		"The village of Kampungu has been quarantined.", // nothing to place it in
		"A girl from the northern Kurdish village of Ranya fell ill in Iraq.",
		"The governor, Anthony Bol Madut, told reporters in Juba.",
		"Brands included Lund, Dutch Farms, Kemps, Bayview, Mountain Dairy, NuLay and Sun Valley.",
		"The car was found at Newark International Airport, New Jersey, in December.",
		"Unicorp and Cara Operations Ltd. extended the offer. Cara, a food chain, agreed.",
		"The mayor of Dogubayazit, Mukkades Kubilay, claims that aid is late.",
		"Pigs died in Binh Phuoc, Vietnam.", // a country is too coarse to place a village
	} {
		for _, tp := range parser.Parse(text) {
			if tp.Name == "Kampungu" || tp.Name == "Kurdish" || tp.Name == "Bol" || tp.Name == "NuLay" || tp.Name == "Mukkades Kubilay" || tp.Name == "Binh Phuoc" || tp.Name == "International Airport" || tp.Name == "Cara" {
				t.Errorf("%q: found %q → %s", text, tp.Name, tp.Place.Name)
			}
		}
	}
}

// TestActors: armed groups named like a place abroad are not that place.
func TestActors(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Hamas fighters crossed into Israel from Gaza. Egypt and Qatar mediated.", "Hamas"},
		{"The Hamas-run health ministry in Gaza said 40 died; Israel and Egypt disagreed.", "Hamas"},
		{"Malian troops and Wagner mercenaries killed civilians in central Mali. The Wagner group denied it; Burkina Faso protested.", "Wagner"},
	} {
		for _, tp := range parser.Parse(tc.text) {
			if tp.Name == tc.name {
				t.Errorf("%q: %s → %s %s", tc.text, tp.Name, tp.Place.Name, tp.Place.Country)
			}
		}
	}
	// A place of the text's own country keeps its men: "Tigray forces".
	tp := find(t, parser.Parse("Tigray fighters advanced in northern Ethiopia, officials in Addis Ababa said."), "Tigray")
	if tp.Place.Country != "ET" {
		t.Errorf("Tigray → %s %s", tp.Place.Name, tp.Place.Country)
	}
}

// TestPairsKeepTheirTowns: one sense per text yields to a town's own
// region.
func TestPairsKeepTheirTowns(t *testing.T) {
	var got []string
	for _, tp := range parser.Parse("Officials in Jackson, Miss., said the plant failed. In Jackson, Tenn., and Jackson, Wyo., nothing failed.") {
		if tp.Name == "Jackson" {
			got = append(got, tp.Place.Admin1Code)
		}
	}
	if strings.Join(got, " ") != "MS TN WY" {
		t.Errorf("Jacksons in %v, want MS TN WY", got)
	}
}

// TestCountryNamedTown: a state's abbreviation makes a country's name a
// town, and the country stays the country elsewhere.
func TestCountryNamedTown(t *testing.T) {
	var got []string
	for _, tp := range parser.Parse("In Lebanon, Pa., and Lebanon, Tenn., storms downed trees. Lebanon's prime minister met officials in Beirut.") {
		if tp.Name == "Lebanon" {
			got = append(got, tp.Place.Country+"."+tp.Place.Admin1Code)
		}
	}
	if strings.Join(got, " ") != "US.PA US.TN LB." {
		t.Errorf("Lebanons in %v, want US.PA US.TN LB.", got)
	}
}

// TestWireNews covers rules from the TimeBank/AQUAINT gold set's
// development half (round 5): what must and must not be read as a place
// in wire and broadcast news.
func TestWireNews(t *testing.T) {
	checkNews(t, []newsCase{
		{"agency in a dateline's credit", "HAVANA, August 7 (Xinhua) -- The Cuban government spoke.\nBUDAPEST (Xinhua) _ So did Hungary.",
			[]string{"Xinhua"}, "HAVANA", "CU", ""},
		{"Saudi as an adjective", "Saudi officials said the Saudi ambassador to Washington had left.",
			[]string{"Saudi"}, "Washington", "US", ""},
		{"Saudi as the country after a cue", "He worked in Saudi for ten years.", nil, "Saudi", "SA", ""},
		{"Thai as an adjective", "The Thai army moved troops to the border with Cambodia.", []string{"Thai"}, "Cambodia", "KH", ""},
		{"Vatican stays the state", "The Vatican reports that the Pope has recovered.", nil, "Vatican", "VA", ""},
		{"lower-case direction in a state's name", "The plates came from a machine shop in north Carolina, where a friend worked.",
			[]string{"Carolina"}, "north Carolina", "US", "NC"},
		{"lower-case direction before a continent stays a part of it", "The bombings in east Africa killed 250.",
			[]string{"east Africa"}, "Africa", "", ""},
		{"a county and its state past a lower-case division word", "Deputies in Harris county, Georgia, said the road was closed.",
			nil, "Harris", "US", "GA"},
		{"a common word paired with a state's full name", "They met in the city of Independence, Missouri, on Friday.",
			nil, "Independence", "US", "MO"},
		{"a common word placed once, then after a cue", "They met in the city of Independence, Missouri. At the library in Independence, ministers signed.",
			nil, "Independence", "US", "MO"},
		{"a country's other name", "The bomb was found in the Irish Republic, police said.", nil, "Irish Republic", "IE", ""},
		{"a historical state", "Albright, a daughter of Czechoslovakia, fled as a child.", nil, "Czechoslovakia", "", ""},
		{"a strait named after a state", "He made the journey across the Florida Straits by boat.", []string{"Florida"}, "Florida Straits", "", ""},
		{"a state's name as a given name", "Virginia Welch delivered this message to the county board.", []string{"Virginia", "Welch"}, "", "", ""},
		{"a state's name before a town", "Flooding closed roads in Virginia Beach and Norfolk.", nil, "Virginia Beach", "US", "VA"},
		{"given name, middle name, surname", "They were met by Craig and Joan Brown Campbell of the National Council of Churches.", []string{"Campbell", "Brown"}, "", "", ""},
		{"treaties and alliances", "Former Warsaw Pact countries joined NATO (North Atlantic Treaty Organization), ending the Yalta accord's order.",
			[]string{"Warsaw", "Pact", "North Atlantic", "Yalta"}, "", "", ""},
		{"a city against a hamlet by its state's point", "An officer of the Amherst, N.Y., Police Department said the bulletin came from the FBI office in Cleveland.",
			nil, "Cleveland", "US", "OH"},
		{"news agencies and papers", "According to Xinhua News Agency, The Hamilton Spectator and ABC News, 12 died in Harbin.",
			[]string{"Xinhua", "Hamilton"}, "Harbin", "CN", ""},
		{"an air base named after a person", "She left Andrews Air Force Base, Maryland, on Monday.", []string{"Andrews"}, "Maryland", "US", "MD"},
		{"a country's air force", "In the air, U.S. Air Force fliers engaged Iraqi warplanes.", nil, "U.S.", "US", ""},
		{"a company named after a state", "Texas Instruments Inc. said profit rose. Shares of Texas Instruments fell in Dallas.",
			[]string{"Texas"}, "Dallas", "US", "TX"},
		{"a division's acronym before a ministry", "The NSW Primary Industries Minister said horses near Sydney, Australia, were moved.", nil, "NSW", "AU", ""},
		{"a hospital named for a saint", "The man was taken to St. John's Hospital in Springfield, Ill.", []string{"St. John"}, "Springfield", "US", "IL"},
		{"a US highway", "The crash was on U.S. 78 near Winterville, Ga., and closed U.S. Route 1.", []string{"U.S."}, "Winterville", "US", "GA"},
		{"a sea after a sentence's The", "The Persian Gulf showdown took a personal turn.", nil, "Persian Gulf", "", ""},
		{"a sea, not the state named after it, before a new sentence", "The route ran from Aqaba on the Red Sea. Aqaba is busy.", nil, "Red Sea", "", ""},
		{"the state named after a sea", "Fishermen in the Red Sea state of Sudan went on strike.", nil, "Red Sea", "SD", ""},
		{"stock exchanges", "In New York Stock Exchange trading the shares rose; the Toronto Stock Exchange fell in Ottawa's view.",
			[]string{"New York", "Toronto"}, "Ottawa", "CA", ""},
		{"adjectives after a prefix", "After a trans-Atlantic process and pan-African talks, delegates met in Accra.",
			[]string{"Atlantic", "African"}, "Accra", "GH", ""},
		{"other names of countries", "Sales rose in Brazil and Korea; goods went via the Comoro Islands to Tanzania.", nil, "Korea", "KR", ""},
		{"a plural counted by a number", "The administration plans to deploy 45,000 Marines and 200 Rangers to Saudi Arabia.",
			[]string{"Marines", "Rangers"}, "Saudi Arabia", "SA", ""},
		{"a year before a town", "Crowds recalled the games held in 2004 Athens, Greece.", nil, "Athens", "GR", ""},
		{"a dateline's town that is also a given name", "DALTON -- A Whitfield County grand jury indicted a man Tuesday.", nil, "DALTON", "US", "GA"},
		{"a town whose last word says so after a given name", "Commissioner Lee Jefferson said Jefferson City officials would meet.", nil, "Jefferson City", "US", "MO"},
		{"a country's name as a given name", "Coach Mark Richt praised Macon native Jordan Jenkins.", []string{"Jordan", "Jenkins"}, "Macon", "US", "GA"},
		{"a hospital named after a person", "The victim was taken to Hamilton Medical Center in Dalton, Ga.", []string{"Hamilton"}, "Dalton", "US", "GA"},
		{"a town's hospital in lower case", "The six arrived at the Benghazi hospital in Libya.", nil, "Benghazi", "LY", ""},
		{"a president's administration", "The Clinton administration has pushed for the boy's return to Cuba.", []string{"Clinton"}, "Cuba", "CU", ""},
		{"Jesus", "Protesters waved posters of the boy and Jesus in Miami.", []string{"Jesus"}, "Miami", "US", "FL"},
		{"Capitol Hill", "His cousins sought support on Capitol Hill for the bill.", nil, "Capitol Hill", "US", ""},
		{"a county missing from its state is placed in it", "The board of supervisors of Loudon county, Virginia, will vote.",
			nil, "Loudon", "US", "VA"},
		// Conflict news: a short town name after a cue, in a country the
		// text names; a division of a country it never names is not meant.
		{"a short town of a country named by demonym", "Malian troops were attacked in Gao.", nil, "Gao", "ML", ""},
		{"a short town of a country named before", "Fighting in Mali. A bomb struck a camp in Gao, killing 77.", nil, "Gao", "ML", ""},
		{"a short name in no country the text names stays unread", "The mayor of Gao said.", []string{"Gao"}, "", "", ""},
		{"a short town of a country one of its towns placed", "Two soldiers died between Ménaka and Tessit. Protesters in Gao marched the same day.",
			nil, "Gao", "ML", ""},
		{"a short town beside another", "Fighting in Chad. Troops moved to Mao and Bol.", nil, "Mao", "TD", ""},
		{"a county name thirty states share lifts no town elsewhere", "ROME, Ga. -- A Floyd County man was arrested after a chase that began in " +
			"Cartersville, the Georgia State Patrol said. The suspect fled from a traffic stop near Kingston.\n\n" +
			"In Atlanta, officials linked the case to a burglary in Paris, Tenn. The Washington County sheriff in Tennessee declined to comment.",
			nil, "Kingston", "US", "GA"},
		// Local news (round 5 probes): a town called by an English word
		// after a cue, in a state the text has named.
		{"a town called by an English word in a named state", "A jury in Kansas City, Mo., acquitted him. Clay County prosecutors in Liberty filed charges.",
			nil, "Liberty", "US", "MO"},
		{"an English word in a state the text names, not a town of it", "Lawmakers from Phoenix, Ariz., spoke in Congress on Tuesday.",
			[]string{"Congress"}, "Phoenix", "US", "AZ"},
		{"a school named after a president", "Lincoln High School in Jackson, Miss., was closed after a water main break.",
			[]string{"Lincoln"}, "Jackson", "US", "MS"},
		{"a school named after its town, which the text places", "ROME, Ga. -- The Rome High School Wolves beat Calhoun.",
			nil, "Rome", "US", "GA"},
		{"a resident's town that is also a given name", "CHATTANOOGA, Tenn. -- A Dalton man was killed on Interstate 75 near Ringgold, Ga.",
			nil, "Dalton", "US", "GA"},
		{"a resident's town in the story's state", "LAS CRUCES, N.M. -- A Las Vegas man was charged. Police said he drove from Roswell.",
			nil, "Las Vegas", "US", "NM"},
		{"a resident's town named with its state", "LAS CRUCES, N.M. -- A Las Vegas, Nev., man was charged.",
			nil, "Las Vegas", "US", "NV"},
		{"a stadium named after two people", "Fans from Pelham filled Jordan-Hare Stadium in Auburn, Ala., on Saturday.",
			[]string{"Jordan-Hare", "Jordan"}, "Auburn", "US", "AL"},
		{"a town's police, though a given name", "Marion police said a man was charged. The sheriff of Delaware County, Ohio, called the bomb squad.",
			nil, "Marion", "US", "OH"},
		{"a person's name after said", "ATHENS, Ga. -- Coach Kirby Smart said Florence, a freshman, will start against Tennessee.",
			[]string{"Florence"}, "ATHENS", "US", "GA"},
		{"a town and its state after said", "\"It was loud,\" said Florence, Ala., police Capt. Ron Tyler.",
			nil, "Florence", "US", "AL"},
		{"a country's name for a town, with a state's full name", "The family moved to China, Maine, in 1990.",
			nil, "China", "US", "ME"},
		{"one country's name for towns of several states", "He grew up in Mexico, Mo., then moved to Mexico, N.Y.",
			nil, "Mexico", "US", "MO"},
		{"countries listed, not a town and its state", "Troops from Canada, Mexico and Georgia, Armenia met.",
			nil, "Canada", "CA", ""},
		{"a town's police in a state", "Mt. Pleasant police in Michigan and Fort Worth police in Texas sought the man.",
			nil, "Mt. Pleasant", "US", "MI"},
		{"a given name first in a list of counties", "Storms hit Floyd and Bartow counties on Tuesday, north of Atlanta.",
			nil, "Floyd", "US", "GA"},
		{"a county's high school", "Woodford County High School in Versailles, Ky., will get a new gym.",
			nil, "Woodford County", "US", "KY"},
		{"no division of an unnamed country", "Place: Chad, Cameroon\n\nISWAP militants attacked a Chadian army post near Bol.", nil, "Bol", "TD", ""},
	})
}

func countNamed(tops []Toponym, name string) int {
	n := 0
	for _, tp := range tops {
		if tp.Name == name {
			n++
		}
	}
	return n
}

// TestLocalNews holds the rules of issue 4's sixth round, made on errors
// in real local US news (a private probe set, not in the repository); the
// sentences are written for the tests in the same patterns.
func TestLocalNews(t *testing.T) {
	checkNews(t, []newsCase{
		{"a county of common words with its office", "The Park County Sheriff's Office said the hiker was found near Livingston, Montana.",
			nil, "Park County", "US", "MT"},
		{"a county of common words at a sentence's start", "Deputies searched all night. Clay County deputies found him near Liberty, Mo.",
			nil, "Clay County", "US", "MO"},
		{"a state that is a given name before its bureau", "Deputies in Walker County, Ga., called the Georgia Bureau of Investigation.",
			nil, "Georgia", "US", "GA"},
		{"a state that is a given name stays a person's name", "Georgia Welch told deputies she had seen the truck.",
			[]string{"Georgia"}, "", "", ""},
		{"a storm's name", "Deputies enforced a curfew in Crowley, La., after Hurricane Delta passed.",
			[]string{"Hurricane", "Hurricane Delta", "Delta"}, "Crowley", "US", "LA"},
		{"a surname a county is called", "Police Jury President Louis Kent was booked in Clinton, La. Kent has served on the jury for a decade.",
			[]string{"Kent"}, "Clinton", "US", "LA"},
		{"a town out of the text's one state", "EAU CLAIRE, Wis. (AP) — A tornado damaged homes near Elk Mound, the Chippewa County Sheriff's Office said.\nVolunteers were asked to stay away from the Town of Wheaton.",
			nil, "Wheaton", "US", "WI"},
		{"a range named like a town of another state", "BOZEMAN, Mont. (AP) — Gallatin County deputies rescued a hiker stranded on a ridge of the Madison Range near Big Sky.",
			nil, "Madison Range", "US", "MT"},
		{"a town paired with its own state stays there", "BOZEMAN, Mont. (AP) — Gallatin County deputies said the hiker, of Madison, Wis., was found near Big Sky.",
			nil, "Madison", "US", "WI"},
		{"a range the gazetteer lacks, past an abbreviation's period", "LIVINGSTON, Mont. (AP) — The Park County Sheriff's Office said that at about 10:20 p.m. on Monday a hiker was overdue in the Crazy Mountains.",
			nil, "Crazy Mountains", "US", "MT"},
		{"plural lakes", "BOZEMAN, Mont. (AP) — Gallatin County deputies reached the Chilled Lakes area before dawn.",
			nil, "Chilled Lakes", "US", "MT"},
		{"a village the gazetteer lacks before its lower-case word", "YOLA, Nigeria (AP) — Gunmen invaded the Negga village in Adamawa state and killed seven people near a Kurdish village.",
			[]string{"Kurdish"}, "Negga", "NG", ""},
		{"a village the gazetteer lacks, of two words", "KADUNA, Nigeria (AP) — Bandits killed 20 people at the Dogon Dawa village in Kaduna State.",
			[]string{"Dogon"}, "Dogon Dawa", "NG", ""},
		{"a state's postal code in parentheses", "The rider, of Tacoma (WA), was traveling east on Highway 402 near Kimberly, Ore.",
			nil, "WA", "US", "WA"},
		{"a postal code at a sentence's end takes no period", "Deputies arrested Joshua Hayes, 35, of Monterey, TN. Hayes was booked into jail.",
			nil, "TN", "US", "TN"},
		{"a postal code in a dateline keeps its period", "CROFTON, MD. (AP) - Anne Arundel County police say two people died.",
			nil, "MD.", "US", "MD"},
		{"two counties hyphened before a county line, the first", "EAU CLAIRE, Wis. (AP) — Storms damaged homes near the Chippewa-Dunn county line on Tuesday.",
			nil, "Chippewa", "US", "WI"},
		{"two counties hyphened before a county line, the second", "EAU CLAIRE, Wis. (AP) — Storms damaged homes near the Chippewa-Dunn county line on Tuesday.",
			nil, "Dunn", "US", "WI"},
		{"a town called by a common word in a list of towns", "The fire in Wakefield, Massachusetts, drew crews from Melrose, Stoneham, Reading and Lynnfield.",
			nil, "Reading", "US", "MA"},
		{"a common word in a list of people stays a word", "The fire in Wakefield, Massachusetts, was fought by Melrose, Stoneham and Sons.",
			[]string{"Sons"}, "", "", ""},
		{"agencies credited together in a dateline", "YOLA (Adamawa, Nigeria), Nov 4 (NNN-XINHUA) — Gunmen attacked a village.",
			[]string{"XINHUA"}, "YOLA", "NG", ""},
		{"a newspaper named Standard", "The Montana Standard reports that Gallatin County deputies found him near Bozeman, Mont.",
			[]string{"Montana"}, "Bozeman", "US", "MT"},
		{"a township the gazetteer lacks, named like a big city", "CANTON, Ohio (AP) — Liverpool Township trustees met on Friday with a law firm of North Canton.",
			[]string{"Liverpool"}, "Liverpool Township", "US", "OH"},
		{"a township in a dateline, abbreviated", "OSNABURG TWP.-- A new fire chief was sworn in. Trustees wrote to the mayor of East Canton.",
			nil, "OSNABURG TWP.", "US", "OH"},
		{"a dateline's town the gazetteer lacks", "Trustees meet\nLACROFT — Liverpool Township trustees asked a law firm of North Canton, Ohio, to draft charges.",
			nil, "LACROFT", "US", "OH"},
		{"a dateline's town called by an English word", "Dead loons wash up\nEMPIRE (AP) — Loons were found dead on a beach in Leelanau County, Mich.",
			nil, "EMPIRE", "US", "MI"},
		{"a dateline of an institution", "UNITED NATIONS (AP) — The Security Council met on Kenya.",
			[]string{"UNITED NATIONS"}, "Kenya", "KE", ""},
		{"a town read abroad with nothing in its sentence to hold it", "Militants stormed a house in Upper Dir, Pakistan, near the border with Afghanistan, police said.\nThe attack took place about 65 kilometres northwest of Khar, the main town.",
			nil, "Khar", "PK", ""},
		{"a surname after initials", "WATER VALLEY, Miss. — Organizers Frank B. Brooks, T.G. Baker and Jeremy Warren handed in 400 signatures.",
			[]string{"Baker"}, "WATER VALLEY", "US", "MS"},
		{"a country's letters are no initials", "Four U.S. Chinook helicopters landed near Kabul, Afghanistan.",
			nil, "U.S.", "US", ""},
		{"a newspaper's word alone", "WATER VALLEY, Miss. — Speaking to the Herald in May, organizers said they had 400 signatures.",
			[]string{"Herald"}, "WATER VALLEY", "US", "MS"},
		{"a name placed by its context, again bare", "Militants targeted Mamond village in Khyber Pakhtunkhwa province, Pakistan. At least five civilians were killed in Mamond, officials said.",
			nil, "Mamond", "PK", ""},
		{"a bare name that begins a longer one", "Militants targeted Mamond village in Pakistan. Mamond Khan, a tribal elder, was killed.",
			[]string{"Mamond Khan"}, "", "", ""},
		{"a surname a big city is called stays the city after a cue", "Mayor Anne Paris spoke. The council then flew to Paris.",
			nil, "", "", ""},
	})
}

// TestCountyOffice: a county the text names in full elsewhere, called
// without its division word before one of its offices (round 6).
func TestCountyOffice(t *testing.T) {
	for _, tc := range []struct {
		text, short, admin1 string
		want                bool
	}{
		{"BIG TIMBER, Mont. — The Sweet Grass Sheriff's Office said deputies searched Sweet Grass County all night.", "Sweet Grass", "MT", true},
		{"Kent was booked into the East Feliciana Parish jail, according to the East Feliciana Chief Deputy.", "East Feliciana", "LA", true},
		// Never named with its word: no county is assumed.
		{"The Sweet Grass Sheriff's Office said deputies searched all night.", "Sweet Grass", "", false},
	} {
		tops := parser.Parse(tc.text)
		got := slices.IndexFunc(tops, func(tp Toponym) bool { return tp.Name == tc.short })
		if (got >= 0) != tc.want {
			t.Errorf("%q: %q found %v, want %v", tc.text, tc.short, got >= 0, tc.want)
			continue
		}
		if got >= 0 && (tops[got].Place.Admin1Code != tc.admin1 || tops[got].Place.FeatureCode != "ADM2") {
			t.Errorf("%q: %q → %s %s %s", tc.text, tc.short, tops[got].Place.Name, tops[got].Place.Admin1Code, tops[got].Place.FeatureCode)
		}
	}
}

// TestAcrossBorders: a sentence that ends on a town's name ends there (the
// period was once read as an initial's), and a town of a neighbouring
// country, near the text's own towns, stays that town rather than moving
// to the text's nearest town.
func TestAcrossBorders(t *testing.T) {
	text := "On 3 May 2019, two soldiers were killed in an ambush near Kidal. On 5 May 2019, dozens of militants were killed near Tillaberi. " +
		"On 6 May 2019, a dozen soldiers were wounded near Menaka. On 7 May 2019, the attack left 17 dead near Diffa. " +
		"On 9 May 2019, an estimated 25 villagers were killed near Djibo. On 11 May 2019, the army neutralised 27 terrorists near Torodi."
	for name, country := range map[string]string{"Menaka": "ML", "Djibo": "BF", "Kidal": "ML", "Diffa": "NE"} {
		tp := find(t, parser.Parse(text), name)
		if tp.Place.Country != country || tp.Place.ID == 0 {
			t.Errorf("%s → %s %s id %d; want the town in %s", name, tp.Place.Name, tp.Place.Country, tp.Place.ID, country)
		}
	}
	// A wire story's dateline capital holds none of its villages, and a
	// namesake far off falls back on the story's country.
	tp := find(t, parser.Parse("KABUL, Afghanistan (AP) — Two police officers were killed when their checkpoint came under attack in northwestern Badghis province. "+
		"Four other police were wounded in Tuesday's attack near Qala-i-Now, the provincial capital."), "Qala-i-Now")
	if tp.Place.Country != "AF" || tp.Place.Name == "Kabul" || tp.Precision == event.GeoNear {
		t.Errorf("Qala-i-Now → %s %s %s; want Afghanistan, not near Kabul", tp.Place.Name, tp.Place.Country, tp.Precision)
	}
	for _, tc := range []struct {
		text      string
		a, b      int
		sentences bool
	}{
		{"near Menaka. On 7 May", 11, 16, true}, // the period right after the name
		{"at 10:20 p.m. on Monday", 0, 23, false},
		{"James C. Kopp was", 0, 17, false},
	} {
		if got := sentenceBreak(tc.text, tc.a, tc.b); got != tc.sentences {
			t.Errorf("sentenceBreak(%q, %d, %d) = %v", tc.text, tc.a, tc.b, got)
		}
	}
}

// newsCase is a sentence of news with what the parser must and must not
// read in it.
type newsCase struct {
	name, text string
	absent     []string // names that must not be toponyms
	toponym    string   // a name that must be one, "" for none
	country    string
	admin1     string
}

// checkNews parses each case's text: no name in absent is a toponym, every
// mention of toponym is one, and it lies in country (and admin1, if given).
func checkNews(t *testing.T, cases []newsCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tops := parser.Parse(tc.text)
			for _, tp := range tops {
				if slices.Contains(tc.absent, tp.Name) {
					t.Errorf("%q read as a place (%s %s)", tp.Name, tp.Place.Name, tp.Place.Country)
				}
			}
			if tc.toponym == "" {
				return
			}
			if n := strings.Count(tc.text, tc.toponym); countNamed(tops, tc.toponym) != n {
				t.Errorf("%d of %d mentions of %s read", countNamed(tops, tc.toponym), n, tc.toponym)
			}
			p := find(t, tops, tc.toponym).Place
			if p.Country != tc.country || tc.admin1 != "" && p.Admin1Code != tc.admin1 {
				t.Errorf("%q → %s (%s %s)", tc.toponym, p.Name, p.Country, p.Admin1Code)
			}
		})
	}
}

// TestOneSenseMixedCandidates: a name read with other candidates in one
// of its mentions ("Loudon county", its counties) beside a bare mention
// panicked in the one-sense-per-text step, which summed scores of
// different candidate lists; each mention is now read on its own list.
func TestOneSenseMixedCandidates(t *testing.T) {
	for _, text := range []string{
		"Loudon county Loudon",
		"He lives in Loudon county. Loudon is near Knoxville.",
	} {
		tops := parser.Parse(text)
		if n := countNamed(tops, "Loudon"); n != 2 {
			t.Errorf("%q: %d mentions of Loudon read, want 2", text, n)
		}
		for _, tp := range tops {
			if tp.Place.Country != "US" {
				t.Errorf("%q: %s → %s (%s)", text, tp.Name, tp.Place.Name, tp.Place.Country)
			}
		}
	}
}

// TestImportedLake: a lake an imported dump adds does not take a town's
// name from the town ("Lake Charles"); the regions table's lakes do
// ("Lake Albert" against a suburb).
func TestImportedLake(t *testing.T) {
	b := gazetteer.NewBuilder()
	b.AddEmbedded()
	b.AddPlace(gazetteer.Place{ID: 9990002, Name: "Lake Charles", ASCIIName: "Lake Charles", Lat: 30.19, Lon: -93.25,
		FeatureClass: "H", FeatureCode: "LK", Country: "US", Admin1Code: "LA"})
	p := New(b.Build("test"))
	for _, tc := range []struct{ text, name, code string }{
		{"A man was shot in Lake Charles on Monday, police said.", "Lake Charles", "PPLA2"},
		{"Boats capsized on Lake Albert on Monday.", "Lake Albert", "LK"},
	} {
		tp := find(t, p.Parse(tc.text), tc.name)
		if tp.Place.FeatureCode != tc.code {
			t.Errorf("%q → %s %s, want %s", tc.text, tp.Place.Name, tp.Place.FeatureCode, tc.code)
		}
	}
}
