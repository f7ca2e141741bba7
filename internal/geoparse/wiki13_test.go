package geoparse

import "testing"

// TestWikiEntries (round 13): a gazetteer's or an encyclopedia's entry
// heads its subject without a verb ("Moscow, city, seat of ...") and
// lists its holders after commas; every bare mention of the name is the
// subject, a mention paired with another holder a namesake. Sentences
// written for the purpose.
func TestWikiEntries(t *testing.T) {
	checkWiki(t, []wikiCase{
		{"no article, holders after commas",
			"Moscow\nMoscow, city, seat of a rural county, northwestern Idaho, U.S. Moscow grew around a land-grant college, and Moscow ships lentils.",
			"Moscow", []string{"US", "US", "US", "US"}, "ID"},
		{"an article and a holder after of",
			"PARIS, a town of Tennessee, U.S.A., lies on a ridge. Paris holds a fish fry every spring.",
			"Paris", []string{"US"}, "TN"}, // the heading, in capitals, is another name
		{"a namesake paired with its state stays a namesake",
			"Moscow, town, north-central Idaho, U.S. A settler named it after Moscow, Pennsylvania. Moscow later won the state college.",
			"Moscow", []string{"US", "US", "US"}, "ID"},
		{"a news lead's appositive without a holder changes nothing",
			"Moscow, the capital, saw protests on Sunday. Moscow police detained dozens.",
			"Moscow", []string{"RU", "RU"}, ""},
	})
}

// TestWikiStrayAbroad (round 13): a feature's name, or a longer name's
// first words, read at a town abroad in a country the text places nothing
// else in, far from its towns, is placed again among them. Sentences
// written for the purpose.
func TestWikiStrayAbroad(t *testing.T) {
	const ipswich = "Ipswich is a city in Queensland, Australia. It was first called Limestone Station by a surveyor who found limestone on a trip up the river from Brisbane. Convicts were sent to work at Limestone Hill."
	const gisborne = "Gisborne lies on Poverty Bay in New Zealand. Boats from Napier called at Wairoa, Portland Island and Portland Point on the way north."
	checkWiki(t, []wikiCase{
		{"a station's name: its first word a town abroad", ipswich, "Limestone", []string{"AU"}, ""},
		{"a hill's name, a town abroad by another name", ipswich, "Limestone Hill", []string{"AU"}, ""},
		{"an island's name in a list of the text's places", gisborne, "Portland Island", []string{"NZ"}, ""},
		{"a point's name beside it", gisborne, "Portland Point", []string{"NZ"}, ""},
		{"a town abroad named plainly stays abroad",
			"Kerang is a town in northern Victoria, Australia, between Bendigo and Echuca. Its first doctor had trained in Edinburgh.",
			"Edinburgh", []string{"GB"}, ""},
	})
}

// TestWikiNicknames (round 13): a nickname likening a place to a famous
// city ("the Manchester of the South") means the famous city, not a
// namesake near the text's places. Sentences written for the purpose.
func TestWikiNicknames(t *testing.T) {
	checkWiki(t, []wikiCase{
		{"a quoted nickname, a direction",
			"Athens is a city in Georgia, near Atlanta. Its cotton mills made it known as the 'Manchester of the South'.",
			"Manchester", []string{"GB"}, ""},
		{"a nickname of a continent",
			"Lowell is a city in Massachusetts, on the Merrimack River near Nashua, New Hampshire. Its mills made it the Manchester of America.",
			"Manchester", []string{"GB"}, ""},
		{"a northern nickname",
			"Stockholm, the capital of Sweden, is often called the Venice of the North.",
			"Venice", []string{"IT"}, ""},
		{"no nickname: the namesake near the text's places",
			"Athens is a city in Georgia, near Atlanta. Buses run from Atlanta to Manchester and Warm Springs.",
			"Manchester", []string{"US"}, ""},
	})
}

// TestWikiHyphenParts (round 13): a part of a hyphened division the text
// names stands for that division, not a namesake abroad. Sentences
// written for the purpose.
func TestWikiHyphenParts(t *testing.T) {
	checkWiki(t, []wikiCase{
		{"the second part of a province's name",
			"Newcastle is a coal town in KwaZulu-Natal, South Africa, near Ladysmith. Its coal once went by rail to the ports of Natal.",
			"Natal", []string{"ZA"}, ""},
		{"the town of a division's part stays the town",
			"Ferries leave Calais for Dover; Calais lies in the former region of Nord-Pas-de-Calais.",
			"Calais", []string{"FR", "FR", "FR"}, ""}, // the hyphened name's part is read too
		{"a country's part is another country",
			"Refugees crossed from Guinea-Bissau into Guinea and Senegal.",
			"Guinea", []string{"GN"}, ""},
	})
}

// TestWikiPeoples (round 13): the names of a list that ends in a plural
// noun for peoples are peoples', not places'. Sentences written for the
// purpose.
func TestWikiPeoples(t *testing.T) {
	const lancaster = "Lancaster is a city in Pennsylvania. Before the settlers came, the Shawnee, Conestoga, Lenape (or Delaware), and Nanticoke peoples hunted along the river."
	checkWiki(t, []wikiCase{
		{"the last of a list of peoples", lancaster, "Nanticoke", []string{""}, ""},
		{"a people's other name in parentheses", lancaster, "Delaware", []string{""}, ""},
		{"the list's state stays", lancaster, "Pennsylvania", []string{"US"}, ""},
		{"one name before the noun is a place's",
			"Many Ohio tribes signed the treaty at Greenville.",
			"Ohio", []string{"US"}, ""},
	})
}
