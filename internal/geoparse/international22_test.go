package geoparse

import "testing"

// Rules from round 22's probe of fresh international news of every kind
// (disasters, transport, crime, tourism, culture, science); the sentences
// are written for the tests in the probe's patterns.

// TestInstitutionNounNoPlace: "Commerce" and "Federation", nouns of
// ministries, chambers and federations that the SCOWL lists lack, are no
// towns of Texas or New South Wales inside an institution's name; a town
// of that name with its state beside it stays a place.
func TestInstitutionNounNoPlace(t *testing.T) {
	checkNews(t, []newsCase{
		{"a ministry's portfolio", "The former Minister of Commerce and Trade toured the flooded farms outside Lilongwe on Friday.",
			[]string{"Commerce"}, "Lilongwe", "MW", ""},
		{"a chamber", "The Chamber of Commerce in Guayaquil asked the port to reopen its second terminal.",
			[]string{"Commerce"}, "Guayaquil", "EC", ""},
		{"a federation of societies", "Teams of the International Federation of Red Cross reached Port Vila by boat on Monday.",
			[]string{"Federation"}, "Port Vila", "VU", ""},
		{"a national federation", "The National Federation of Rice Growers met in Iloilo to discuss the drought.",
			[]string{"Federation"}, "Iloilo", "PH", ""},
		{"the town with its state", "A tornado damaged twelve homes in Commerce, Texas, on Tuesday night.",
			nil, "Commerce", "US", "TX"},
		{"the town after a cue", "Deputies in Jackson County, Georgia, were called to a home near Commerce after a quarrel.",
			nil, "Commerce", "US", ""},
	})
}
