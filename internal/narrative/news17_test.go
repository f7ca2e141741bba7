package narrative

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
)

// Session 13's reader fixes, each on sentences of our own.

// TestJoinedDays: two days a conjunction joins date one incident over
// them, not one incident a day; days far apart, or joined by words
// between, stay apart.
func TestJoinedDays(t *testing.T) {
	dct := time.Date(2024, 2, 11, 0, 0, 0, 0, time.UTC) // a Sunday
	head := "Clashes near Goma\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"weekdays joined by and", head + "At least 20 people were killed when rebels and soldiers clashed near Butembo on Friday and Saturday, officials said on Sunday.\n",
			[]string{"2024-02-09/2024-02-10 days Battles people killed at least 20 [Butembo]"}},
		{"and on", head + "Rebels and soldiers clashed near Butembo on Friday and on Saturday, killing 12 people.\n",
			[]string{"2024-02-09/2024-02-10 days Battles people killed 12 [Butembo]"}},
		{"from one day to another", head + "Rebels and soldiers fought around Butembo from Wednesday to Friday, killing 12 people.\n",
			[]string{"2024-02-07/2024-02-09 days Battles people killed 12 [Butembo]"}},
		{"a fortnight apart", head + "Rebels attacked Butembo on 1 January and 20 January 2024, killing 12 people.\n",
			[]string{"2024-01-01 day Battles  [Butembo]", "2024-01-20 day Violence against civilians people killed 12 [DR Congo]"}},
		{"an incident between", head + "Rebels attacked Butembo on Friday and burned the market on Saturday, killing 12 people.\n",
			[]string{"2024-02-09 day Battles  [Butembo]", "2024-02-10 day Violence against civilians people killed 12 [DR Congo]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestStateNamedOnce: a state the alias table names is not named again
// by a word of that name ("Congo" in "Democratic Republic of Congo") nor
// by its demonym under the gazetteer's name; peacekeepers are not the one
// state the event names.
func TestStateNamedOnce(t *testing.T) {
	dct := time.Date(2024, 2, 11, 0, 0, 0, 0, time.UTC)
	actors := func(e event.Event) string {
		var as []string
		for _, a := range e.Actors {
			as = append(as, a.Canonical)
		}
		return fmt.Sprintf("%s %s | %s", e.Date.String(), casualties(e), strings.Join(as, "; "))
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a word of the state's name", "Fighting in the east\n\n" +
			"Troops of the Democratic Republic of Congo fought rebels near Butembo on Saturday, killing nine of them.\n",
			[]string{"2024-02-10 people killed 9 | Democratic Republic of the Congo; militants"}},
		{"the demonym of a state already named", "Fighting in the east\n\n" +
			"Congolese soldiers retook Butembo from M23 rebels on Saturday, the government of the Democratic Republic of Congo said.\n",
			[]string{"2024-02-10  | M23; militants; Democratic Republic of the Congo"}},
		{"peacekeepers beside the host's army", "Fighting in the east\n\n" +
			"Two peacekeepers were wounded when rebels attacked a base the Congolese army shares with the UN mission near Butembo on Saturday.\n",
			[]string{"2024-02-10 peacekeepers wounded 2 | militants; Democratic Republic of the Congo; United Nations"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, actors, tc.want)
	}
}

// TestReviewFixes: forms a review of session 13's rules found them to
// catch beyond their comments, each in sentences of ours: a report verb in
// the next sentence does not make a sentence's opening day a report's; "had
// seven bases" is no pluperfect; a town, a spaced hyphen and a lower-case
// aside are no dateline; a reproach of attacks on civilians does not make a
// bomb on a patrol violence against civilians.
func TestReviewFixes(t *testing.T) {
	dct := time.Date(2024, 5, 21, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"report verb in the next sentence", "Fighting in Mali\n\n" +
			"Militants stormed Kidal on Saturday, killing four soldiers.\n\n" +
			"On Monday, the fighting reached Gao. Officials said that nine soldiers died there.\n",
			[]string{"2024-05-18 day Battles soldiers killed 4 [Kidal]", "2024-05-20 day Battles soldiers killed 9 [Mali]"}},
		{"had seven bases", "Bandits kill farmers\n\n" +
			"Gunmen killed three farmers in Kaduna on Sunday. On March 2, bandits killed 12 villagers in Zamfara, where the army had seven bases.\n",
			[]string{"2024-03-02 day Violence against civilians villagers killed 12 [Zamfara State]", "2024-05-19 day Violence against civilians farmers killed 3 [Kaduna]"}},
		{"a spaced hyphen before an aside", "Town falls\n\n" +
			"Bama - a town near the border - fell to the militants on Monday, and 12 soldiers were killed there.\n",
			[]string{"2024-05-20 day Battles soldiers killed 12 [Bama]"}},
		{"a reproach of attacks on civilians", "Patrol hit\n\n" +
			"A roadside bomb struck an army patrol near Gao on Monday, killing four soldiers, in an area where militants have long been accused of attacks on civilians.\n",
			[]string{"2024-05-20 day Explosions/Remote violence soldiers killed 4 []"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}
