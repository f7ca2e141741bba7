package geoparse

import "testing"

// TestWikiDefinedCommonWords (round 15): a town whose name is a common
// English word ("Orange") is a place only with context; a sentence that
// defines it as a settlement is that context for every mention, also
// when a dash stands before the verb, as some mirrors leave it. A title
// of nobility before "of" keeps the word a title. Sentences written for
// the purpose.
func TestWikiDefinedCommonWords(t *testing.T) {
	checkWiki(t, []wikiCase{
		{"a dash before the verb, then bare mentions",
			"Orange – is a city in the tablelands of New South Wales. Wool buyers came to Orange each spring, and the shire named its new hall after Orange.",
			"Orange", []string{"AU", "AU", "AU"}, "02"},
		{"a royal title before \"of\" stays a title",
			"Orange is a city in New South Wales. Its name honours the Prince of Orange, and Orange grew with the railway.",
			"Orange", []string{"AU", "AU"}, "02"},
		{"no definition: the common word stays a word",
			"Growers said Orange prices fell this year, and Lemon prices rose.",
			"Orange", []string{""}, ""},
	})
}

// TestWikiQualifiedNamesakes (round 15): a namesake the text places in
// another country, by a demonym before it ("the German city of Heidelberg")
// or by a country after "in" ("the larger city of Utrecht in the
// Netherlands"), is read there, though the subject bears the name.
// Sentences written for the purpose.
func TestWikiQualifiedNamesakes(t *testing.T) {
	checkWiki(t, []wikiCase{
		{"a demonym before the namesake",
			"Zamora is a city in Michoacán. Its first settlers came from the Spanish city of Zamora, and Zamora grew as a market town.",
			"Zamora", []string{"MX", "ES", "MX"}, ""},
		{"another demonym, another country",
			"Heidelberg is a town in Gauteng. Travellers compare it with the German city of Heidelberg, and Heidelberg grew on gold.",
			"Heidelberg", []string{"ZA", "DE", "ZA"}, ""},
		{"a country after \"in the\"",
			"Utrecht is a town in KwaZulu-Natal. It was named after the larger city of Utrecht in the Netherlands, and Utrecht grew slowly.",
			"Utrecht", []string{"ZA", "NL", "ZA"}, ""},
		{"a demonym of the subject's own country changes nothing",
			"Trujillo is a city in Peru. Guides call it the old Peruvian city of Trujillo, and Trujillo lies near the coast.",
			"Trujillo", []string{"PE", "PE", "PE"}, ""},
	})
}

// TestWikiRenamedSubject (round 15): a sentence that opens with a name
// and says it was renamed the subject ("... would be renamed Kingsford",
// "... was declared a village and named Greenfield") gives the subject's
// former name, though no naming verb stands before it. Sentences written
// for the purpose.
func TestWikiRenamedSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text, former string
		want, notAt        string // admin1 the former name must be read in; one it must not be read in
	}{
		{"\"would be renamed\" the subject",
			"Kingsford is a town in Western Australia. Whalers camped on the bay for years. Moorlock Landing would be renamed Kingsford when the jetty opened. Kingsford grew as a port.",
			"Moorlock Landing", "08", ""},
		{"\"and named\" the subject, after another verb",
			"Greenfield is a town in Ohio. Mill Point was surveyed in 1790, and it was declared a village and named Greenfield in 1801.",
			"Mill Point", "OH", ""},
		{"renamed another place: not the subject's",
			"Greenfield is a town in Ohio. Its founders came from Pennsylvania, where Harris Ferry was renamed Harrisburg.",
			"Harris Ferry", "", "OH"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, found := "", false
			for _, tp := range parser.Parse(tc.text) {
				if tp.Name == tc.former {
					got, found = tp.Place.Admin1Code, true
				}
			}
			if tc.want != "" && got != tc.want || tc.notAt != "" && found && got == tc.notAt {
				t.Errorf("%s read in admin1 %q (found %v), want %q, not %q", tc.former, got, found, tc.want, tc.notAt)
			}
		})
	}
}
