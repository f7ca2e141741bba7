package geoparse

import "testing"

// Rules from round 24's probe of fresh international news of every kind;
// the sentences are written for the tests in the probe's patterns.

// TestRouteHyphenedPair: two or more known places hyphened before a
// lower-case route word ("highway", "road", "axis", "border") are each a
// place, the ends of the link; a hyphened pair that is a person's or a
// company's name, or one before another noun, stays unread.
func TestRouteHyphenedPair(t *testing.T) {
	checkNews(t, []newsCase{
		{"a highway's ends", "A lorry overturned on the Dodoma-Morogoro highway late on Thursday.",
			nil, "Morogoro", "TZ", ""},
		{"the first end", "A lorry overturned on the Dodoma-Morogoro highway late on Thursday.",
			nil, "Dodoma", "TZ", ""},
		{"an axis", "Herders fled along the Bambari-Ippy axis after the raid.",
			nil, "Ippy", "CF", ""},
		{"a three-town route", "Trucks on the Semera-Abala-Mekelle route waited for a week.",
			nil, "Abala", "ET", ""},
		{"a road", "Snow closed the Kabul-Jalalabad road for two days.",
			nil, "Jalalabad", "AF", ""},
		{"a double surname", "Maria Dodoma-Morogoro scored twice in the second half.",
			[]string{"Dodoma", "Morogoro"}, "", "", ""},
		{"a pair before another noun", "The Dodoma-Morogoro derby drew a crowd of ten thousand.",
			[]string{"Dodoma", "Morogoro"}, "", "", ""},
		{"a company's name before road", "The Rolls-Royce road show reached the capital in May.",
			[]string{"Rolls", "Royce"}, "", "", ""},
		{"an adjective's compound", "Troops massed on the Franco-Spanish border in 1793.",
			[]string{"Franco"}, "", "", ""},
		{"surnames before a bill", "The Johnson-Wilson road safety bill passed the Senate on Tuesday.",
			[]string{"Johnson", "Wilson"}, "", "", ""},
		{"clubs before a game", "Chelsea fans travelled to the Wimbledon-Chelsea road game in the cup.",
			[]string{"Wimbledon"}, "", "", ""},
		{"a plan's authors", "The Baker-Hamilton corridor plan was shelved in the spring.",
			[]string{"Baker", "Hamilton"}, "", "", ""},
		{"a capitalized road's name", "Shares of Dodoma-Morogoro Road Holdings rose on Monday.",
			[]string{"Dodoma", "Morogoro"}, "", "", ""},
		{"given names before a route word and a function word", "Critics said the Kennedy-Bradley road to war began in 1961.",
			[]string{"Kennedy", "Bradley"}, "", "", ""},
		{"a given name and a surname", "The Kennedy-Johnson road to war ran through Saigon.",
			[]string{"Kennedy", "Johnson"}, "", "", ""},
		{"a surveyors' pair", "Historians still argue over the Mason-Dixon border.",
			[]string{"Mason", "Dixon"}, "", "", ""},
		{"two presidents", "The Hoover-Truman road to war began in Washington.",
			[]string{"Hoover", "Truman"}, "", "", ""},
		// An accepted miss: a town that bears a given name costs its link.
		{"a town that is also a given name", "Troops held the Lyman-Siversk road after the shelling.",
			[]string{"Lyman", "Siversk"}, "", "", ""},
		{"a long chain", "Signs along the Tunis-Sfax-Sousse-Gabes-Bizerte-Gafsa-Kairouan road were put up in May.",
			nil, "Kairouan", "TN", ""},
	})
}
