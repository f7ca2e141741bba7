package geoparse

import "testing"

// Rules from round 18's probe of humanitarian reports and event notes; the
// sentences are written for the tests in the reports' patterns.

// TestUkrainianAdjectiveOblasts: UN and Ukrainian government English name
// an oblast or hromada by the Ukrainian adjective of its centre; each is
// the oblast, or the hromada's town, of Ukraine.
func TestUkrainianAdjectiveOblasts(t *testing.T) {
	checkNews(t, []newsCase{
		{"capitalized Oblast", "Shelling damaged two schools in Donetska Oblast overnight, the regional authorities said.",
			nil, "Donetska Oblast", "UA", "05"},
		{"a list before the plural", "Convoys reached Donetska, Kharkivska and Sumska oblasts with water and blankets.",
			nil, "Kharkivska", "UA", ""},
		{"the last of the list", "Convoys reached Donetska, Kharkivska and Sumska oblasts with water and blankets.",
			nil, "Sumska", "UA", ""},
		{"lower-case oblast, a noun in -sa", "Drones struck port facilities in Odeska oblast on Sunday night.",
			nil, "Odeska", "UA", ""},
		{"a noun in -zhzhia", "Evacuation buses left front-line villages of Zaporizka Oblast on Monday.",
			nil, "Zaporizka Oblast", "UA", ""},
		{"a hromada is its town's", "About 9,000 residents of Pokrovska Hromada remain without running water.",
			nil, "Pokrovska Hromada", "UA", "05"},
		{"a surname in -ska is no place", "Olena Kovalska, head of the oblast health department, said three clinics had closed.",
			[]string{"Olena Kovalska", "Kovalska"}, "", "", ""},
	})
}

// TestSomaliMemberStates: Somalia's federal member states and the two
// northern states, which GeoNames lacks (it has the older regions), are
// places of Somalia, with their word "State" when capitalized.
func TestSomaliMemberStates(t *testing.T) {
	checkNews(t, []newsCase{
		{"a member state", "River flooding displaced 3,000 people in Hirshabelle on Tuesday.",
			nil, "Hirshabelle", "SO", ""},
		{"its word capitalized", "Two aid workers were abducted in Jubaland State, near the Kenyan border.",
			nil, "Jubaland State", "SO", ""},
		{"in a list", "Rains were heavier in Galmudug and Puntland than in Somaliland this week.",
			nil, "Puntland", "SO", ""},
		{"the north-west", "Traders in Somaliland reported rising livestock prices after the drought.",
			nil, "Somaliland", "SO", ""},
		{"the south-west's full name", "Clan clashes were reported in South West State, where Baidoa is the seat.",
			nil, "South West State", "SO", ""},
	})
}

// TestSudanLocality: "locality", Sudan's third-level division, after a
// name the gazetteer lacks makes it a place of the state its sentence
// names, and the Arabic article written apart is the name's first word;
// an English "As" or "At" that begins the sentence is not.
func TestSudanLocality(t *testing.T) {
	checkNews(t, []newsCase{
		{"a locality", "Clashes in West Darfur's Kulbus locality displaced about 2,000 people.",
			nil, "Kulbus", "SD", ""},
		{"the article written apart", "New arrivals in As Serief locality of North Darfur sleep in the open.",
			nil, "As Serief", "SD", ""},
		{"an English word before it", "At Kulbus locality, in West Darfur, a clinic reopened on Sunday.",
			[]string{"At Kulbus"}, "Kulbus", "SD", ""},
	})
}

// TestTownPartCounty: a county of South Sudan named for a town and a part
// of it ("Aweil Centre County", "Mundri West County") is one name, held
// by the state its sentence names; Pennsylvania's Centre County, named
// alone, is still read.
func TestTownPartCounty(t *testing.T) {
	checkNews(t, []newsCase{
		{"a centre county", "Cholera cases rose in Aweil Centre County and in Wau last week.",
			[]string{"Aweil", "Centre County"}, "Aweil Centre County", "SS", ""},
		{"a west county", "Floods destroyed 400 shelters in Mundri West County in Western Equatoria State.",
			[]string{"Mundri"}, "Mundri West County", "SS", ""},
		{"the US county alone", "Fairs in Centre County, Pennsylvania, drew large crowds this summer.",
			nil, "Centre County", "US", ""},
		{"a US city's part", "Deputies in San Diego North County arrested two men on Monday.",
			nil, "San Diego", "US", "CA"},
	})
}
