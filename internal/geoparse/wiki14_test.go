package geoparse

import "testing"

// TestWikiDefinedGivenNames (round 14): a town that bears a given name
// ("Marion", "Nelson") is a person's when nothing says place; a sentence
// that defines it as a settlement says so for every mention. Sentences
// written for the purpose.
func TestWikiDefinedGivenNames(t *testing.T) {
	checkWiki(t, []wikiCase{
		{"a defined town that is a given name",
			"Marion is a small city on the plains of central Kansas, and Marion holds a county fair each summer.",
			"Marion", []string{"US", "US"}, "KS"},
		{"no definition: a given name alone stays a person's",
			"Marion said the county fair would open on Friday.",
			"Marion", []string{""}, ""},
	})
}

// TestWikiCityOf (round 14): "the city of X", "the town of X" name a
// settlement, so that X is no surname though a person bears it too.
func TestWikiCityOf(t *testing.T) {
	checkWiki(t, []wikiCase{
		{"the town of, then a person of the name",
			"The county seat is the town of Murray, in western Kentucky. Murray grew around its college; the name recalls John Murray, a congressman.",
			"Murray", []string{"US", "US"}, "KY"},
		{"a capitalized noun begins a body's name: the surname stays a person's",
			"He thanked the City of Murray Transit staff. John Murray said little, and Murray left early.",
			"Murray", []string{"", ""}, ""},
	})
}

// TestWikiPairedSubjects (round 14): a text that names its subject's
// namesake ("named the village after Berlin, Germany") and pairs the
// subject with its own holder in a sentence about it ("Berlin, Ohio grew
// slowly") is about that one: its bare mentions follow the pair.
func TestWikiPairedSubjects(t *testing.T) {
	checkWiki(t, []wikiCase{
		{"a namesake after \"named ... after\", the subject paired",
			"Berlin\nGerman farmers settled the hills of Holmes County in 1816. They named the village after Berlin, Germany. Berlin, Ohio grew slowly. Today Berlin draws many visitors.",
			"Berlin", []string{"US", "DE", "US", "US"}, "OH"},
		{"a namesake after \"birthplace\"",
			"A surveyor gave the town the name of his birthplace, Athens, Greece. Athens, Tennessee became a county seat. Athens kept its mills.",
			"Athens", []string{"GR", "US", "US"}, ""},
		{"two pairs, no namesake phrase: the bare mention is not settled by this rule",
			"Storms hit Jackson, Mississippi, on Monday. Jackson, Tennessee, was spared. Jackson officials said schools would open.",
			"Jackson", []string{"US", "US", "US"}, "MS"},
	})
}

// TestWikiFormerNames (round 14): the names a text says its subject bore
// before ("first being called Mill Point, then ...", "initially named
// Frederick Town") are the subject's, though the gazetteer lacks them or
// knows a namesake far off.
func TestWikiFormerNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]string // former name → admin1 of the place it must be read at ("" not read)
	}{
		{"a list of former names, two the gazetteer knows abroad",
			"Greenfield\nThe original settlement went through several names, first being called Mill Point (1790), then Carter's Landing (1801), Milan (1809), and Corinth (1815). Greenfield grew with the canal. Greenfield is in Ohio.",
			map[string]string{"Mill Point": "OH", "Carter's Landing": "OH", "Milan": "OH", "Corinth": "OH"}},
		{"a former name a town of another country bears",
			"Kingsford is a town in Western Australia. The area was initially named Frederick Town in honour of a prince. Kingsford grew as a port.",
			map[string]string{"Frederick Town": "08"}},
		{"a person's name after a naming verb stays a person's",
			"Greenfield is a town in Ohio, and its first settler was named John Carter. Greenfield grew.",
			map[string]string{"John Carter": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]string{}
			for _, tp := range parser.Parse(tc.text) {
				got[tp.Name] = tp.Place.Admin1Code
			}
			for n, a := range tc.want {
				if g, ok := got[n]; a == "" && ok || a != "" && g != a {
					t.Errorf("%s read in admin1 %q (found %v), want %q", n, g, ok, a)
				}
			}
		})
	}
}

// TestWikiPairedCountry (round 14): a town paired with a country ("the
// siege of Ladysmith in South Africa") lies in that country, though the
// text's other places all lie in another.
func TestWikiPairedCountry(t *testing.T) {
	checkWiki(t, []wikiCase{
		{"the namesake paired with its country, in a text on Canada",
			"Ladysmith is a coal town on Vancouver Island in British Columbia, Canada. Its coal went by rail to Nanaimo, Duncan and Victoria, and many miners came from Nanaimo and Cumberland. Ladysmith grew fast. In 1900 the town took its name from the siege of Ladysmith in South Africa.",
			"Ladysmith", []string{"CA", "CA", "ZA"}, "02"},
		{"a town paired with its own country stays",
			"Miners came from Nanaimo, Duncan and Victoria to Ladysmith, Canada, where Ladysmith grew fast.",
			"Ladysmith", []string{"CA", "CA"}, "02"},
	})
}

// TestWikiCouncils (round 14): "the City of X", the council of the
// text's subject, is the subject, though the gazetteer knows the phrase
// as another town's name only.
func TestWikiCouncils(t *testing.T) {
	checkWiki(t, []wikiCase{
		{"the subject's council",
			"Albany is a harbour town in the south of Western Australia. It lies in the local government area of the City of Albany, and Albany ships grain from the wheatbelt.",
			"City of Albany", []string{"AU"}, "08"},
	})
}

// TestWikiRoyals (round 14): a royal title and a given name before a
// noble title ("Prince Frederick, Duke of York") name a person, though a
// town bears the name; the towns stay.
func TestWikiRoyals(t *testing.T) {
	checkWiki(t, []wikiCase{
		{"a prince before his dukedom, then the town of his name",
			"The outpost was named in honour of Prince Frederick, Duke of York. Supplies came from Prince Frederick in Maryland.",
			"Prince Frederick", []string{"", "US"}, "MD"},
		{"a town of a royal's name after a cue",
			"Supplies came from Prince George, British Columbia.",
			"Prince George", []string{"CA"}, "02"},
	})
}
