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
