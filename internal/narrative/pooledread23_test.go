package narrative

import "testing"

// TestPooledRead23TownDistrict reads, in articles we wrote, the largest
// class of event places missed over ten probes' development halves
// (session 19): an infobox whose place line opens with a town the
// gazetteer holds only as the district named for it. The town is still
// the fight's town, so an incident of its days placed no finer than the
// country happened there. Only the date and place are compared.
func TestPooledRead23TownDistrict(t *testing.T) {
	for _, tc := range []struct{ name, place, text, want string }{
		{"town before its province", "Kunduz, Kunduz Province, Afghanistan",
			"On 6 October 2016, Afghan commandos pushed the insurgents back from the main square.\n", "2016-10-06 Kunduz"},
		{"town before a territory", "Jenin, West Bank",
			"On 6 October 2016, Israeli troops began to leave after the last fighters gave themselves up.\n", "2016-10-06 Jenin"},
		// A line naming a district alone, or calling its first item a
		// district, names no town: the country stays.
		{"district alone", "Surobi District, Afghanistan",
			"On 6 October 2016, Afghan commandos pushed the insurgents back from the main road.\n", "2016-10-06 Afghanistan"},
	} {
		head := "= Battle of Tarnak =\n\n- Date: 3–9 October 2016\n- Place: " + tc.place + "\n\n"
		checkEvents(t, Default(), tc.name, head+tc.text, placeLine, []string{tc.want})
	}
}
