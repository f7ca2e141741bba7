package narrative

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
)

// TestArticles16 reads phrasings that a third set of unseen encyclopedic
// articles used (round 16), in articles we wrote. Each row is one article
// and the events it must give.
func TestArticles16(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		line       func(event.Event) string
		want       []string
	}{
		// In an article on the fight for one town, an incident of the
		// fight's days placed no finer than the country or an area of it
		// happened at the town; before the fight, or in a long war, the
		// country stays.
		{"the country of a one-day battle", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 3 October 2009\n- Place: Kavala, Greece\n\n" +
			"Rebels attacked an army post in northern Greece on 3 October 2009 and held it for a day.\n",
			placeLine, []string{"2009-10-03 Kavála"}},
		{"the title's town with no infobox date", "= Battle of Kavala (2009) =\n\n" +
			"The battle began on 3 October 2009 and was one of the first of the rebellion in Greece.\n",
			placeLine, []string{"2009-10-03 Kavála"}},
		{"before the battle", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 3 October 2009\n- Place: Kavala, Greece\n\n" +
			"The battle took place on 3 October 2009.\n\n== Earlier attacks ==\n\nOn 12 May 2009, rebels attacked a police post in Greece.\n",
			placeLine, []string{"2009-05-12 Greece", "2009-10-03 Kavála"}},
		{"a long war", "= Kavala insurgency =\n\n- Conflict: Kavala insurgency\n- Date: 4 March 2011 – 9 June 2015\n- Place: Kavala, Greece\n\n" +
			"The insurgency began in the hills around Kavala.\n\n== Course ==\n\nOn 12 May 2013, rebels attacked a police post in Greece.\n",
			placeLine, []string{"2013-05-12 Greece"}},
		// An infobox with no date, and a lead whose second sentence says
		// when the fight began: what came more than a week before is
		// background; a prelude in the days before is not.
		{"the day the battle began", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Combatant1: Valley Front\n\n" +
			"The Battle of Kavala was an engagement between the army and rebels of the Valley Front. The battle began on 21 May 2021 in the hills.\n\n" +
			"== Background ==\n\nIn Kavala, large protests broke out on 8 February 2021 against the new government. " +
			"On 17 May 2021, rebels attacked a police post near Kavala.\n",
			func(e event.Event) string { return e.Date.String() }, []string{"2021-05-17", "2021-05-21"}},
		{"a lead that does not say when it began", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Combatant1: Valley Front\n\n" +
			"The Battle of Kavala was an engagement between the army and rebels of the Valley Front. Rebels attacked the town on 21 May 2021.\n\n" +
			"== Protests ==\n\nIn Kavala, large protests broke out on 8 February 2021 against the new government.\n",
			func(e event.Event) string { return e.Date.String() }, []string{"2021-02-08", "2021-05-21"}},
		// Civilians who fell in a fight told between armed men: a battle.
		// Killed in a raid with no fight told, and in a massacre, they
		// are violence against civilians.
		{"civilians killed in a skirmish", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 3 October 2009\n- Place: Kavala, Greece\n\n" +
			"On 3 October 2009, rebels raided the town of Kavala for food. A small skirmish broke out between the rebels and the army. Two civilians were killed.\n",
			eventLine, []string{"2009-10-03 day Battles civilians killed 2 [Kavála]"}},
		{"civilians killed in a raid", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 3 October 2009\n- Place: Kavala, Greece\n\n" +
			"On 3 October 2009, rebels raided the town of Kavala for food. Two civilians were killed.\n",
			eventLine, []string{"2009-10-03 day Violence against civilians civilians killed 2 [Kavála]"}},
		// A group's founding is its history; a base set up is an event.
		{"a group's founding", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 5 March 2017\n- Place: Kavala, Greece\n\n" +
			"On 5 March 2017, rebels of the Valley Front attacked an army patrol near Kavala.\n\n== Background ==\n\n" +
			"The Valley Front was formed in March 2017 as a coalition of four rebel groups that had fought the government since 2012. " +
			"In 2015, two smaller groups coalesced into the Hill Union.\n",
			func(e event.Event) string { return e.Date.String() }, []string{"2017-03-05"}},
		{"a base set up", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 5 March 2017\n- Place: Kavala, Greece\n\n" +
			"On 5 March 2017, rebels of the Valley Front attacked an army patrol near Kavala. On 9 March 2017, a new army base was established at Kavala.\n",
			func(e event.Event) string { return e.Date.String() }, []string{"2017-03-05", "2017-03-09"}},
		// "The same day" in the paragraph of the day it points back to
		// tells more of that day's event.
		{"the siege ended the same day", "= Kavala attack =\n\n- Conflict: Kavala attack\n- Place: Kavala, Greece\n- Date: 2015-04-02\n\n" +
			"On 2 April 2015, gunmen stormed the college in Kavala, killing 148 people. The siege ended the same day, when all four of the attackers were killed.\n\n" +
			"== Background ==\nKavala lies in the north.\n",
			eventLine, []string{"2015-04-02 day Battles people killed 148; attackers killed 4 [Kavála]"}},
		{"on the same day, a statement", "= Battle of Kavala (2020) =\n\n" +
			"On 8 November, the president stated that the army had taken the city. The next day, the ministry released a video from the city. " +
			"On the same day, the rebel spokesman confirmed that it had lost control of Kavala.\n",
			func(e event.Event) string { return e.Date.String() }, []string{"2020-11-08", "2020-11-09"}},
	} {
		checkEvents(t, Default(), tc.name, tc.text, tc.line, tc.want)
	}
}

// TestClassify16 types wordings of round 16's articles, in sentences we
// wrote: ground taken without a fight, warfare breaking out, and a blast
// that opens an assault on a post.
func TestClassify16(t *testing.T) {
	for _, tc := range []struct{ in, typ, sub string }{
		{"Army units retook the town on Friday while the rebels withdrew and offered no resistance.", event.Strategic, "Non-violent transfer of territory"},
		{"The rebels entered the river port unopposed.", event.Strategic, "Non-violent transfer of territory"},
		{"Troops retook the town after a day of heavy fighting.", event.Battles, "Government regains territory"},
		{"Heavy warfare erupted near the pass on 3 May.", event.Battles, "Armed clash"},
		{"A car bomb rammed the gate before the militants seized control of their military base.", event.Battles, "Non-state actor overtakes territory"},
		{"A car bomb exploded at the gate of the base.", event.ExplosionsRemote, "Remote explosive/landmine/IED"},
		{"Jets bombed the camp after the rebels overran the town.", event.ExplosionsRemote, "Air/drone strike"},
	} {
		if typ, sub := classify(tc.in); typ != tc.typ || sub != tc.sub {
			t.Errorf("%q: %s / %s, want %s / %s", tc.in, typ, sub, tc.typ, tc.sub)
		}
	}
}
