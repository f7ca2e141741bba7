package narrative

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
)

// TestArticles17 reads phrasings that a fourth set of unseen encyclopedic
// articles used (round 17), in articles we wrote. Each row is one article
// and the events it must give.
func TestArticles17(t *testing.T) {
	date := func(e event.Event) string { return e.Date.String() }
	typed := func(e event.Event) string { return e.Date.String() + " " + e.Type }
	for _, tc := range []struct {
		name, text string
		line       func(event.Event) string
		want       []string
	}{
		// A sentence dated only by a time of day tells more of the day's
		// incident, in the same paragraph or in a later section.
		{"the hours of the raid", "= Raid on Kavala =\n\n- Conflict: Raid on Kavala\n- Date: 5 January 2015\n\n" +
			"On 5 January 2015, rebels of the Valley Front overran the army's defences and captured the town of Kavala.\n\n== Raid ==\n\n" +
			"The army sent reinforcements from the coast, and the rebels left the town by 11am. Soldiers regained control of Kavala that evening.\n",
			typed, []string{"2015-01-05 Battles"}},
		{"a toll told at an hour", "= Kavala college attack =\n\n" +
			"On 20 January 2016, four gunmen opened fire at a college near Kavala.\n\n== Attack ==\n\n" +
			"At 9:30 am, the men entered the classrooms; at least 30 people were killed.\n",
			eventLine, []string{"2016-01-20 day Battles people killed at least 30 [Kavála]"}},
		// An hour with its own day is that day's.
		{"an hour of another day", "= Kavala college attack =\n\n" +
			"On 20 January 2016, four gunmen opened fire at a college near Kavala.\n\n== Aftermath ==\n\n" +
			"At 9:30 am on 23 January 2016, the army named the commander it blamed.\n",
			date, []string{"2016-01-20", "2016-01-23"}},
		// A group formed as another's offshoot is history; a force that
		// formed up in the morning as a column is not a founding.
		{"an affiliate's founding", "= Raid on Kavala =\n\n- Conflict: Raid on Kavala\n- Date: 5 January 2015\n\n" +
			"On 5 January 2015, rebels of the Valley Front attacked the army post in Kavala.\n\n== Prelude ==\n\n" +
			"The Valley Front formed in 2014 as an affiliate of the Hill Union in northern Greece.\n",
			date, []string{"2015-01-05"}},
		{"a column formed", "= Raid on Kavala =\n\n- Conflict: Raid on Kavala\n- Date: 5 January 2015\n\n" +
			"On 5 January 2015, rebels of the Valley Front attacked the army post in Kavala.\n\n== Aftermath ==\n\n" +
			"On 9 January 2015, soldiers formed up at dawn as a column and attacked the rebels near Kavala.\n",
			date, []string{"2015-01-05", "2015-01-09"}},
		// An article that opens on how its fight began, with no day: the
		// infobox's first day. One that names the day keeps it.
		{"how the fighting began", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 10–18 January 2013\n- Place: Kavala, Greece\n\n" +
			"The fighting began when rebels hidden on a bus opened fire at an army checkpoint outside Kavala. Around 25 soldiers were killed.\n",
			date, []string{"2013-01-10"}},
		{"how the fighting began, on its day", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 10–18 January 2013\n- Place: Kavala, Greece\n\n" +
			"The fighting began on 12 January 2013 when rebels opened fire at an army checkpoint outside Kavala.\n",
			date, []string{"2013-01-12"}},
		// The people a massacre or an attack on unarmed people kills are
		// civilians; in a fight, and beside civilians named, they stay as
		// told.
		{"people killed in a massacre", "= Kavala massacre =\n\n" +
			"On 14 August 2016, rebels massacred at least 64 people in the Rwangoma quarter of Kavala.\n",
			eventLine, []string{"2016-08-14 day Violence against civilians civilians killed at least 64 [Kavála]"}},
		{"people killed in a fight", "= Battle of Kavala =\n\n" +
			"On 14 August 2016, rebels clashed with soldiers in Kavala; 12 people were killed.\n",
			eventLine, []string{"2016-08-14 day Battles people killed 12 [Kavála]"}},
	} {
		checkEvents(t, Default(), tc.name, tc.text, tc.line, tc.want)
	}
}

// TestClassify17 types a blast that opens a shooting of unarmed people, in
// sentences we wrote; a blast alone, or one before a fight, keeps its type.
func TestClassify17(t *testing.T) {
	for _, tc := range []struct{ in, typ, sub string }{
		{"A suicide bomber blew himself up in the lobby, and three gunmen then carried out a mass shooting in the hotel.", event.ViolenceCivilians, "Attack"},
		{"A bomb exploded at the gate before the gunmen opened fire on the worshippers inside.", event.ViolenceCivilians, "Attack"},
		{"A suicide bomber blew himself up at the checkpoint.", event.ExplosionsRemote, "Suicide bomb"},
		{"A car bomb exploded at the gate and the militants seized the base.", event.Battles, "Non-state actor overtakes territory"},
		{"Jets bombed the market and then opened fire on the crowd.", event.ExplosionsRemote, "Air/drone strike"},
	} {
		if typ, sub := classify(tc.in); typ != tc.typ || sub != tc.sub {
			t.Errorf("%q: %s / %s, want %s / %s", tc.in, typ, sub, tc.typ, tc.sub)
		}
	}
}
