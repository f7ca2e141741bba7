package narrative

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
)

// TestArticles18 reads phrasings that a fifth set of unseen encyclopedic
// articles used (round 18), in articles we wrote. Each row is one article
// and the events it must give.
func TestArticles18(t *testing.T) {
	date := func(e event.Event) string { return e.Date.String() }
	for _, tc := range []struct {
		name, text string
		line       func(event.Event) string
		want       []string
	}{
		// What the background section tells of as over a month or more
		// before the fight is history; a prelude of the weeks before, and
		// what other sections tell, stay.
		{"a campaign months before", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 3 March 2015\n\n" +
			"On 3 March 2015, rebels of the Valley Front attacked Kavala and were driven back.\n\n== Background ==\n\n" +
			"In August 2014, the Valley Front launched a campaign to capture the towns of the coast. On 25 August, it captured Drama.\n",
			date, []string{"2015-03-03"}},
		{"a prelude in the weeks before", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 3 March 2015\n\n" +
			"On 3 March 2015, rebels of the Valley Front attacked Kavala and were driven back.\n\n== Background ==\n\n" +
			"On 20 February 2015, the rebels ambushed an army patrol near Drama.\n",
			date, []string{"2015-02-20", "2015-03-03"}},
		{"an earlier attack told in the aftermath", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 3 March 2015\n\n" +
			"On 3 March 2015, rebels of the Valley Front attacked Kavala and were driven back.\n\n== Aftermath ==\n\n" +
			"Survivors said that the same rebels had raided Drama in August 2014.\n",
			date, []string{"2014-08", "2015-03-03"}},
		// With no infobox, the lead's incident sets the day.
		{"no infobox", "= Kavala hotel attack =\n\n" +
			"On 27 November 2022, gunmen attacked a hotel in Kavala, killing nine people.\n\n== Background ==\n\n" +
			"The group's deadliest attack was a truck bombing in Kavala in October 2017.\n",
			date, []string{"2022-11-27"}},
		// Civilians named by their people are civilians; soldiers named by
		// their country stay that country's.
		{"civilians of a people", "= Kavala massacre =\n\n" +
			"On 15 January 1999, police units killed 45 Greek Albanian civilians in the village of Kavala.\n",
			eventLine, []string{"1999-01-15 day Violence against civilians civilians killed 45 [Kavála]"}},
		{"soldiers of a country", "= Battle of Kavala =\n\n" +
			"On 15 January 1999, rebels attacked Kavala and killed 12 Greek soldiers.\n",
			eventLine, []string{"1999-01-15 day Battles Greece killed 12 [Kavála]"}},
	} {
		checkEvents(t, Default(), tc.name, tc.text, tc.line, tc.want)
	}
}

// TestClassify18 types a fight whose sentence tells of explosives taken or
// made safe, in sentences we wrote: arms seized are no blast; a blast
// told beside a seizure keeps its type.
func TestClassify18(t *testing.T) {
	for _, tc := range []struct{ in, typ string }{
		{"Militants attacked the army barracks and were driven off. Food, IEDs, and weapons were seized by the troops.", event.Battles},
		{"Soldiers clashed with the rebels and recovered two bombs and a rifle.", event.Battles},
		{"An IED exploded under the patrol's truck, and troops later seized weapons nearby.", event.ExplosionsRemote},
		{"Rebels detonated a bomb at the market.", event.ExplosionsRemote},
		{"Two bombs went off and weapons were seized.", event.ExplosionsRemote},
		{"Security forces seized the town after bombs hit the base.", event.Battles},
		{"The troops recovered after the explosion of two bombs.", event.ExplosionsRemote},
		{"The Police Mobile Force sent two units to the town.", event.Strategic},
		{"An angry mob set fire to the mayor's house.", event.Riots},
	} {
		if typ, _ := classify(tc.in); typ != tc.typ {
			t.Errorf("%q: %s, want %s", tc.in, typ, tc.typ)
		}
	}
}
