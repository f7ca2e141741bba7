package narrative

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
)

// TestArticles19 reads phrasings that a sixth set of unseen encyclopedic
// articles used (round 19), in articles we wrote. Each row is one article
// and the events it must give.
func TestArticles19(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		// The article's own town that the gazetteer lacks is still a
		// place: a sentence naming it, and a sentence of the fight's days
		// naming nothing finer than its province, are placed there; a
		// village named near it and a town the gazetteer knows keep their
		// own.
		{"a town the gazetteer lacks on the place line", "= Battle of Varnok =\n\n- Conflict: Battle of Varnok\n- Date: 24–26 April 2021\n- Place: Varnok, Chin State, Myanmar\n\n" +
			"The Battle of Varnok was fought between the junta and a local militia.\n\n== Battle ==\n\n" +
			"Clashes in Varnok on 1 April killed ten soldiers.\n\n" +
			"On 25 April, the junta declared martial law in Chin State.\n\n" +
			"On 9 September, militants occupied Oluvi, a village near Varnok.\n",
			[]string{"2021-04-01 day Battles soldiers killed 10 [Varnok]", "2021-04-25 day Strategic developments  [Varnok]",
				"2021-09-09 day Strategic developments  [Oluvi]"}},
		{"a town the gazetteer knows keeps its own", "= Battle of Varnok =\n\n- Conflict: Battle of Varnok\n- Date: 24–26 April 2021\n- Place: Varnok, Chin State, Myanmar\n\n" +
			"On 28 September, fighting spread to Hakha.\n",
			[]string{"2021-09-28 day Battles  [Hakha]"}},
		{"a town the gazetteer lacks in the title", "= Battle of Varnok (2019) =\n\n" +
			"On 18 November 2019, Malian soldiers were ambushed during a patrol of Varnok, in the east of Mali.\n",
			[]string{"2019-11-18 day Battles  [Varnok]"}},
		// A building or a base the title names is no town.
		{"a building in the title", "= Varnok University attack =\n\n" +
			"On 20 January 2016, gunmen attacked Varnok University in Charsadda, Pakistan.\n\n" +
			"On 23 January 2016, the army blamed a Taliban commander for the attack on Varnok University.\n",
			[]string{"2016-01-20 day Battles  [Charsadda]", "2016-01-23 day Battles  [Pakistan]"}},
		// A party or a people the title names where a town may stand is
		// who fought, not where: the events stay in the country.
		{"an armed group in the title", "= 2021 Taliban offensive =\n\n- Place: Afghanistan\n\n" +
			"On 3 July 2021, Taliban fighters attacked army posts across Afghanistan.\n",
			[]string{"2021-07-03 day Battles  [Afghanistan]"}},
		{"a demonym in the title", "= 2019 Malian offensive =\n\n- Place: Mali\n\n" +
			"On 3 July 2019, Malian soldiers attacked rebel posts across Mali.\n",
			[]string{"2019-07-03 day Battles  [Mali]"}},
		{"a town the gazetteer lacks before offensive", "= 2019 Varnok offensive =\n\n- Place: Mali\n\n" +
			"On 3 July 2019, rebels attacked army posts in Varnok, Mali.\n",
			[]string{"2019-07-03 day Battles  [Varnok]"}},
	} {
		checkEvents(t, Default(), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestClassify19 types ground taken by force, a counterattack and an
// attacker killed as battles, in sentences we wrote; ground handed over
// without a fight, and a plan, stay strategic developments.
func TestClassify19(t *testing.T) {
	for _, tc := range []struct{ in, typ string }{
		{"The rebels overran a police outpost near the river.", event.Battles},
		{"The militants ended the day capturing the city and burning its market.", event.Battles},
		{"Government troops took control of most of the town by nightfall.", event.Battles},
		{"The city of Darnel was captured on 11 June.", event.Battles},
		{"Insurgents attempted to capture the town but were pushed back.", event.Battles},
		{"The army launched a counterattack, dislodging the rebels from the hills.", event.Battles},
		{"The operation went on, and a sixth attacker was confirmed killed.", event.Battles},
		{"The rebels withdrew and the army entered the town unopposed.", event.Strategic},
		{"The governor announced plans to rebuild the city.", event.Strategic},
	} {
		if typ, _ := classify(tc.in); typ != tc.typ {
			t.Errorf("%q: type %s, want %s", tc.in, typ, tc.typ)
		}
	}
}

// TestClassifyGroundReview types, in sentences we wrote, what the ground
// rule of TestClassify19 must leave alone: a crowd moved on by police, a
// person seized whom a place word qualifies, and a post taken over once
// its garrison left; and what it still takes.
func TestClassifyGroundReview(t *testing.T) {
	for _, tc := range []struct{ in, typ, sub string }{
		{"Officers dislodged several hundred demonstrators from a camp beside the ministry.", event.Protests, "Peaceful protest"},
		{"Riot police dislodged striking teachers and protesters from the square with batons.", event.Riots, "Violent demonstration"},
		{"By noon the protesters took the town square and blocked the bridge.", event.Protests, "Peaceful protest"},
		{"Troops seized a base commander at dawn and arrested three of his guards.", event.Strategic, "Arrests"},
		{"The militia captured the village chief and his two sons.", event.Strategic, "Other"},
		{"The foreign contingent withdrew from Port Anselm, and its base was taken over by the national army.", event.Strategic, "Non-violent transfer of territory"},
		// Still ground taken by force.
		{"The rebels seized the base after a two-day siege.", event.Battles, "Non-state actor overtakes territory"},
		{"The garrison was taken over by the insurgents after heavy losses.", event.Battles, "Non-state actor overtakes territory"},
		{"The army dislodged the insurgents from the ridge above the town.", event.Battles, "Government regains territory"},
		{"Rebels captured the town's airport after days of protests in the capital.", event.Battles, "Non-state actor overtakes territory"},
	} {
		if typ, sub := classify(tc.in); typ != tc.typ || sub != tc.sub {
			t.Errorf("%q: %s / %s, want %s / %s", tc.in, typ, sub, tc.typ, tc.sub)
		}
	}
}
