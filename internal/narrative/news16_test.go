package narrative

import (
	"testing"
	"time"
)

// TestRetoldAtCountry: a later sentence that points back to the day's
// incident ("in Monday's clash") and counts some of its dead again tells
// it again, though it names no place and so stands at the story's country:
// the country holds the incident's town. A sentence that names another
// town far off stays an incident of its own.
func TestRetoldAtCountry(t *testing.T) {
	dct := time.Date(2024, 5, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"retold with no place", "Clash in northern Mali\n\n" +
			"Four rebels and a soldier were killed while three others were wounded in a clash near Kidal in Mali on Monday, the army said.\n\n" +
			"The spokesman said a soldier was killed in action and three others were wounded in Monday's clash.\n",
			[]string{"2024-05-06 day Battles rebels killed 4; Mali killed 1; others wounded 3 [Kidal]"}},
		{"another town far off", "Clashes in Mali\n\n" +
			"Four rebels and a soldier were killed in a clash near Kidal in Mali on Monday, the army said.\n\n" +
			"A soldier was killed and three others were wounded in a clash near Sikasso on Monday.\n",
			[]string{"2024-05-06 day Battles rebels killed 4; Mali killed 1 [Kidal]", "2024-05-06 day Battles soldier killed 1; others wounded 3 [Sikasso]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestNoIncident: in news, a sentence that counts no one and tells no
// incident of its own is no event: a tally of incidents over a stretch,
// when a long fight began, the dead buried. An attack at a funeral and a
// fight that began on a day are incidents.
func TestNoIncident(t *testing.T) {
	dct := time.Date(2024, 5, 9, 0, 0, 0, 0, time.UTC)
	lead := "Gunmen kill nine in Mali\n\nGunmen killed nine villagers in Kidal on Tuesday, officials said.\n\n"
	one := "2024-05-07 day Violence against civilians villagers killed 9 [Kidal]"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a tally of clashes", lead + "Fourteen clashes have already taken place in the region during April, a security report says.\n", []string{one}},
		{"when the insurgency began", lead + "The insurgency, led by several armed groups, began in Gao in January 2012.\n", []string{one}},
		{"the dead buried", lead + "Some of the dead were buried on Wednesday, a relative said.\n", []string{one}},
		{"an attack at a funeral", lead + "On Wednesday a bomb exploded at a funeral in Gao, killing three mourners.\n",
			[]string{one, "2024-05-08 day Explosions/Remote violence mourners killed 3 [Gao]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestGlossedDay: "what happened yesterday (Saturday)" in a quote: the
// weekday in brackets says which day "yesterday" was for the speaker, so
// the sentence has one date, that day, and is not cut in two at the
// bracket.
func TestGlossedDay(t *testing.T) {
	dct := time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC) // a Monday
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"yesterday glossed", "Bandits abduct traders\n\n" +
			"Police said, \"What happened yesterday (Saturday) in Kidal was that gunmen killed two traders on the road.\"\n",
			[]string{"2024-05-11 day Violence against civilians traders killed 2 [Kidal]"}},
		{"no gloss", "Bandits abduct traders\n\n" +
			"Police said gunmen killed two traders on the road in Kidal yesterday.\n",
			[]string{"2024-05-12 day Violence against civilians traders killed 2 [Kidal]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestLeadPastBackground: an undated lead takes the day of a later
// sentence that tells its violence in the week before the story, even
// when a line of background dated long before ("since the army seized
// power nearly two years ago") comes between; background that itself
// tells violence still ends the search, and the lead keeps its week. (The
// later sentence's village does not yet refine a lead placed at a region.)
func TestLeadPastBackground(t *testing.T) {
	dct := time.Date(2023, 1, 19, 0, 0, 0, 0, time.UTC) // a Thursday
	lead := "Air strikes kill villagers\n\nAt least six civilians were killed when the air force bombed a village in the Sagaing region, a witness said.\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"quiet background between", lead +
			"The country has been in crisis since the army seized power nearly two years ago.\n\n" +
			"Planes dropped bombs on a market in the village of Kanbalu late on Wednesday, the witness said.\n",
			[]string{"2023-01-18 day Violence against civilians civilians killed at least 6 [Sagaing Region]"}},
		{"background telling violence", lead +
			"The army killed hundreds of protesters after it seized power nearly two years ago.\n\n" +
			"Planes dropped bombs on a market in the village of Kanbalu late on Wednesday, the witness said.\n",
			[]string{"2023-01-13/2023-01-19 week Violence against civilians civilians killed at least 6 [Sagaing Region]", "2023-01-18 day Explosions/Remote violence  [Kanbalu]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}
