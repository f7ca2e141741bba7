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
