package narrative

import (
	"testing"
	"time"
)

// TestReportOpensSentence: a day that opens a sentence before its subject
// and a report verb with "that" ("On Wednesday evening, the army revealed
// that …") dates the report, so a later sentence that points back at the
// incident gives the lead its day, and the report's day is no second
// incident. A day that opens a sentence telling the violence itself is
// the incident's, and a report with no later day keeps the report's.
func TestReportOpensSentence(t *testing.T) {
	dct := time.Date(2024, 5, 9, 0, 0, 0, 0, time.UTC) // a Thursday
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the report's day, the attack's later", "Soldiers killed in Mali\n\n" +
			"On Wednesday evening, the army revealed that eight soldiers were killed earlier this week in an ambush near Kidal.\n\n" +
			"According to officers, the ambush hit a supply convoy on Monday afternoon.\n",
			[]string{"2024-05-06 day Battles soldiers killed 8 [Kidal]"}},
		{"the day opens the violence", "Villagers killed in Mali\n\n" +
			"On Wednesday evening, gunmen attacked a village near Kidal, killing five villagers.\n",
			[]string{"2024-05-08 day Violence against civilians villagers killed 5 [Kidal]"}},
		{"a report with no later day", "Traders killed in Mali\n\n" +
			"On Wednesday, police said that gunmen killed four traders near Gao.\n\n" +
			"No group has claimed the killings.\n",
			[]string{"2024-05-08 day Violence against civilians traders killed 4 [Gao]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestHyphenDateline: a town in title case and a hyphen spaced on either
// side open a story where it was filed ("Dakar - A monitor says …"), as a
// dash does: the incident's place is the one the text tells it at, not
// the filing town. A hyphenated word is no dateline.
func TestHyphenDateline(t *testing.T) {
	dct := time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"filed elsewhere", "Drone strike kills six\n\n" +
			"Dakar - A monitoring group says a drone strike has killed at least six people in a town in eastern Mali.\n\n" +
			"The strike hit the town of Ansongo in the Gao region on Sunday, the group said.\n",
			[]string{"2024-05-12 day Explosions/Remote violence people killed at least 6 [Ansongo]"}},
		{"a hyphenated word", "Drone strike kills six\n\n" +
			"Pro-government forces say a drone strike killed six fighters in the town of Ansongo in Mali on Sunday.\n",
			[]string{"2024-05-12 day Explosions/Remote violence fighters killed 6 [Ansongo]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestAnotherOne: "another soldier was injured" counts one soldier more,
// as "a soldier was killed" counts one, whether it follows the dead in
// the sentence or opens it; "another two soldiers" keeps its figure.
func TestAnotherOne(t *testing.T) {
	dct := time.Date(2024, 5, 15, 0, 0, 0, 0, time.UTC) // a Wednesday
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"after the dead", "Clash in Mali\n\n" +
			"Two rebels and a soldier were killed on Monday while another soldier was injured during a clash near Kidal, the army said.\n",
			[]string{"2024-05-13 day Battles rebels killed 2; soldier killed 1 wounded 1 [Kidal]"}},
		{"opening the sentence", "Clash in Mali\n\n" +
			"Another soldier was injured in a clash near Kidal on Monday.\n",
			[]string{"2024-05-13 day Battles soldier wounded 1 [Kidal]"}},
		{"another two", "Clash in Mali\n\n" +
			"Another two soldiers were wounded in a clash near Gao on Tuesday.\n",
			[]string{"2024-05-14 day Battles soldiers wounded 2 [Gao]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestRecalledPluperfect: in news, an incident told after the story's
// first in the pluperfect and dated over a month before the story is
// recalled for context, not reported; the same told in the simple past
// stays an event, and so does a pluperfect near the story's day.
func TestRecalledPluperfect(t *testing.T) {
	dct := time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC) // a Monday
	lead := "Soldiers killed in Mali\n\nSix soldiers were killed when rebels ambushed a convoy near Kidal on Sunday, officials said.\n\n"
	one := "2024-05-12 day Battles soldiers killed 6 [Kidal]"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"pluperfect, last year", lead + "On June 4 last year, rebels had ambushed an army convoy near Gao, killing 18 soldiers.\n", []string{one}},
		{"simple past, last year", lead + "On June 4 last year, rebels ambushed an army convoy near Gao, killing 18 soldiers.\n",
			[]string{"2023-06-04 day Battles soldiers killed 18 [Gao]", one}},
		{"pluperfect, the day before", lead + "On Saturday, rebels had ambushed a patrol near Gao, killing two soldiers.\n",
			[]string{"2024-05-11 day Battles soldiers killed 2 [Gao]", one}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestUnitNamedAfterGroup: "two jawans of the Assam Rifles": a unit's
// name after "of the" says whose men the group are, though its last word
// is a weapon's; the group is read, and the others wounded after it are
// more of it. Things counted before a weapon's name stay things.
func TestUnitNamedAfterGroup(t *testing.T) {
	dct := time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a unit's name", "Troops ambushed in Manipur\n\n" +
			"Two jawans of the Assam Rifles were killed and five others were injured when gunmen ambushed their truck near Imphal on Friday.\n",
			[]string{"2024-05-10 day Battles India killed 2 wounded 5 [Imphāl]"}},
		{"things, not men", "Arms seized in Manipur\n\n" +
			"Two boxes of AK-47 Rifles were seized near Imphal on Friday.\n",
			[]string{"2024-05-10 day Strategic developments  [Imphāl]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}
