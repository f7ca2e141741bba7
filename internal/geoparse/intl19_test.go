package geoparse

import "testing"

// Rules from round 19's probe of fresh international news of every kind
// (weather and disasters, transport, business, diplomacy, sport, crime);
// the sentences are written for the tests in the probe's patterns.

// TestDivisionAdjectiveNoGivenName: an adjective made from a division's
// kind ("Cantonal", "Provincial") before the division's name is an
// office's word, not a given name; the division stays a place in every
// mention, not a surname.
func TestDivisionAdjectiveNoGivenName(t *testing.T) {
	for _, tc := range []struct{ text, name, country string }{
		{"A skier was buried near Verbier in Valais, and the Cantonal Valais Police opened an inquiry; Valais closed two runs.", "Valais", "CH"},
		{"Floods cut roads in Limpopo, and the Provincial Limpopo Disaster Centre said Limpopo schools would close.", "Limpopo", "ZA"},
		{"Fires burned in Ticino, the Cantonal Ticino Police said, and Ticino closed two trails.", "Ticino", "CH"},
	} {
		// The office's own mention is its name's; the two others are the division.
		n := 0
		for _, tp := range parser.Parse(tc.text) {
			if tp.Name == tc.name {
				if tp.Place.Country != tc.country {
					t.Errorf("%q: %s → %s (%s)", tc.text, tc.name, tp.Place.Name, tp.Place.Country)
				}
				n++
			}
		}
		if n < 2 {
			t.Errorf("%q: %d mentions of %s read, want the two outside the office's name", tc.text, n, tc.name)
		}
	}
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"cantonal", true}, {"provincial", true}, {"departmental", true}, {"prefectural", true}, {"communal", true},
		{"regional", true}, {"jamal", false}, {"neal", false}, {"al", false}, {"bilal", false}, {"cantona", false},
	} {
		if got := divisionAdjective(tc.word); got != tc.want {
			t.Errorf("divisionAdjective(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestAirlineNamedForPlace: a place's name after a capital "Air" names an
// airline ("Air Pacific", "Air Lugano"); the place alone stays a place.
func TestAirlineNamedForPlace(t *testing.T) {
	checkNews(t, []newsCase{
		{"a town's airline", "On Sunday Air Lugano carried a hurt climber from the pass down to Bellinzona in Ticino.",
			[]string{"Lugano"}, "Bellinzona", "CH", ""},
		{"an ocean's airline", "Air Pacific cancelled its flights to Nadi as the cyclone neared.",
			[]string{"Pacific"}, "Nadi", "FJ", ""},
		{"a country's airline", "Air India resumed flights from Delhi to Toronto after a week.",
			[]string{"India"}, "Toronto", "CA", ""},
		{"the place alone", "The air over Lugano was clear, and guides in Lugano reopened two routes.",
			nil, "Lugano", "CH", ""},
	})
}

// TestAmericasPeopleNotIndia: "Indians" after a people's name ("Quechua
// Indians", "Aymara Indians") are a people of the Americas and do not make
// India a country the text names, which had sent a town of the text's own
// country to a bigger namesake abroad; a compass word before it ("South
// Indians") is India's still.
func TestAmericasPeopleNotIndia(t *testing.T) {
	checkNews(t, []newsCase{
		{"a people of the Andes", "A truck carrying 40 Quechua Indians home from a fiesta in rural Peru overturned near the district capital of Santa Teresa.",
			nil, "Santa Teresa", "PE", ""},
		{"without the people's word", "A truck carrying 40 farmers home from a fiesta in rural Peru overturned near the district capital of Santa Teresa.",
			nil, "Santa Teresa", "PE", ""},
	})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"They met Quechua Indians there.", true},
		{"The museum shows how Plains Indians hunted bison.", true},
		{"Some Indians voted early.", false},
		{"South Indians voted early.", false},
		{"Indians voted early.", false},
		{"The Indian team won.", false},
	} {
		toks := tokenize(tc.text, nil)
		got := false
		for i := range toks {
			got = got || americasPeople(tc.text, toks, i)
		}
		if got != tc.want {
			t.Errorf("%q: americasPeople = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestGivenNameOfBigTown: a town's name before a word the text uses as a
// surname (after a title, a title's country, or before "said") is the
// person's given name,
// even a big town's ("Vladimir Putin"); the town named with a cue of
// place stays the town.
func TestGivenNameOfBigTown(t *testing.T) {
	checkNews(t, []newsCase{
		{"after a title, then bare", "Russian President Vladimir Putin hosted the talks in Moscow. During the ceremony, Vladimir Putin thanked both leaders.",
			[]string{"Vladimir"}, "Moscow", "RU", ""},
		{"a title, of and a country before the name", "The bridge was opened by the Foreign Minister of Belarus Vladimir Kostrov in Astana. Later Vladimir Kostrov flew home to Minsk.",
			[]string{"Vladimir"}, "Astana", "KZ", ""},
		{"the town with a cue", "The delegation then travelled to Vladimir, east of Moscow, by train.",
			nil, "Vladimir", "RU", ""},
	})
}

// TestVoivodeship: Poland's division word after the division's name names
// the division ("the Lubusz Voivodeship"), as "Province" or "Oblast" does.
func TestVoivodeship(t *testing.T) {
	checkNews(t, []newsCase{
		{"after a people's word", "Officials of the Polish Lubusz Voivodeship declared a flood alert for towns along the river.",
			nil, "Lubusz Voivodeship", "PL", ""},
		{"at a sentence's start", "Lubusz Voivodeship closed two bridges, a spokesman in Zielona Gora said.",
			nil, "Lubusz Voivodeship", "PL", ""},
	})
}
