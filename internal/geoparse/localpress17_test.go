package geoparse

import "testing"

// TestLocalGovWord (round 17): a local government word of one country's
// press, capitalized after a name ("Local Government Area", "LGA",
// "Upazila", "Sub-Division"), is part of the name and keeps it in that
// country: a namesake abroad gives way, and a name the gazetteer lacks is
// still a place there. Without the word the town is read as before.
func TestLocalGovWord(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "local government area", text: "Gunmen killed four farmers in Mariga Local Government Area of Niger State on Sunday.",
			toponym: "Mariga Local Government Area", country: "NG"},
		{name: "lga", text: "The chairman of Fune LGA said the road to Damaturu had been closed since Friday.", toponym: "Fune LGA", country: "NG"},
		{name: "upazila, namesake abroad", text: "Two men were hurt in a clash in Kasba Upazila of Brahmanbaria district on Sunday.",
			toponym: "Kasba Upazila", country: "BD"},
		{name: "upazila the gazetteer lacks", text: "Floods cut the road to Bhanga Upazila, officials in Faridpur said on Monday.",
			toponym: "Bhanga Upazila", country: "BD"},
		{name: "sub-division", text: "More than 40 villages in Biswanath Sub-Division of Assam were under water on Tuesday.",
			toponym: "Biswanath Sub-Division", country: "IN"},
		{name: "no word", text: "Kasba, a market town in Bihar, was flooded on Monday.", toponym: "Kasba", country: "IN"},
	})
}

// TestLocalGovPrefix (round 17): "Barangay" or "Tehsil" capitalized before a
// name the gazetteer lacks makes the two one division's name, placed in the
// place its sentence names.
func TestLocalGovPrefix(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "barangay", text: "Floodwater reached the chapel of Barangay Dulong Ilog in Macabebe, Pampanga, on Friday.",
			toponym: "Barangay Dulong Ilog", country: "PH"},
		{name: "tehsil", text: "The hamlet lies in Tehsil Keran of Kupwara district, close to the Line of Control.",
			toponym: "Tehsil Keran", country: "IN"},
		{name: "lower-case word", text: "Barangay officials in Guagua asked for two more boats.", absent: []string{"Barangay"}},
	})
}

// TestCompassDivision (round 17): a compass word capitalized after a town's
// name, with no other capitalized word after it, names the division called
// for that part of the town (Kenya's sub-counties, Nigeria's local
// government areas); a country's name and a name before another capitalized
// word are read as before.
func TestCompassDivision(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "sub-county", text: "Families in Mumias East and Matungu moved to higher ground on Sunday.", toponym: "Mumias East", country: "KE"},
		{name: "with lga", text: "Gunmen attacked a church in Yola South LGA on Sunday night.", toponym: "Yola South LGA", country: "NG"},
		{name: "country", text: "Fighting in Sudan South of the river went on for a week.", toponym: "Sudan", country: "SD"},
		{name: "capitalized after", text: "Settlers from Israel West Bank towns marched on Friday.", toponym: "Israel", country: "IL"},
	})
}

// TestDivisionNamedWithLGA (the lead, session 13): a division the
// gazetteer names with a compass word ("Kaduna South") keeps its "LGA"; the
// word the match took in is not a capitalized word after it that makes a
// person or an organisation of the name.
func TestDivisionNamedWithLGA(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "compass division and LGA", text: "Gunmen attacked a village in Kaduna South LGA on Sunday, residents said.",
			toponym: "Kaduna South LGA", country: "NG"},
		{name: "at the start of the object", text: "Bandits raided Jos North LGA of Plateau State overnight.",
			toponym: "Jos North LGA", country: "NG"},
	})
}

// TestCommonWordDivision (the lead, session 13): a common English word
// after a cue and before a division word is a place when the gazetteer has
// a division called exactly so ("Hays" is Yemen's district as well as a
// word); the word alone stays no place.
func TestCommonWordDivision(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "district of a province", text: "Shelling killed two children in Hays district of Hodeidah province on Tuesday, medics said.",
			toponym: "Hays", country: "YE"},
		{name: "no division word", text: "Farmers stacked the hays in the barn before the rain.", absent: []string{"hays"}},
	})
}

// TestAustralianLGA: Australia's councils are local government areas too;
// the word keeps an Australian town's name in Australia rather than
// dropping it for having no Nigerian namesake.
func TestAustralianLGA(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "council area", text: "Police closed roads in the Blacktown Local Government Area on Sunday.",
			toponym: "Blacktown Local Government Area", country: "AU"},
	})
}
