package geoparse

import "testing"

// Rules from round 20's probe of conflict and security news; the sentences
// are written for the tests in the stories' patterns.

// aftermath is a paragraph of about 430 bytes that names no place: the
// lines a story puts between the town it opens on and the village it
// names later.
const aftermath = "Families packed what they could carry and walked for hours toward the river, where boats waited to take them across. " +
	"Teachers closed the schools and told parents to keep their children at home until the shooting stopped. " +
	"Traders said the price of flour had doubled since the road was cut, and that fuel could no longer be found at any price. " +
	"A nurse said the clinic had run out of dressings and painkillers by the second night."

// TestLoneVillageHeld: a village the gazetteer lacks, named as a village
// in a sentence of its own, lies in the town or county of the text's
// country named up to 800 bytes before it (a province only when none
// is); a capital, a place farther back and a hospital named for the
// village do not make it one.
func TestLoneVillageHeld(t *testing.T) {
	checkNews(t, []newsCase{
		{"the village of, a town a paragraph before", "Fighting spread north of Kadugli on Sunday. " + aftermath +
			"\n\nOn Monday, gunmen burned the village of Tungolo, residents said.", nil, "Tungolo", "SD", ""},
		{"a capitalized Village", "Soldiers reached Shwebo on Friday. " + aftermath +
			"\n\nHelicopters then fired on Thaungbyin Village for an hour, a resident said.", nil, "Thaungbyin Village", "MM", ""},
		{"too far back", "Soldiers reached Shwebo on Friday. " + aftermath + " " + aftermath +
			"\n\nHelicopters then fired on Thaungbyin Village for an hour, a resident said.", []string{"Thaungbyin Village"}, "", "", ""},
		{"a capital holds no village", "Officials in Khartoum said on Sunday that talks would resume. " + aftermath +
			"\n\nOn Monday, gunmen burned the village of Tungolo, residents said.", []string{"Tungolo"}, "", "", ""},
		{"a hospital named for it", "Soldiers reached Shwebo on Friday. " + aftermath +
			"\n\nA doctor said the Thaungbyin Village hospital had closed its doors.", []string{"Thaungbyin Village"}, "", "", ""},
	})
}
