package narrative

import "testing"

// TestReview22LeadEve: a later sentence of the lead dated a day or two
// before the infobox's first day tells of the fight's own start (a night
// attack, a time zone's edge), so it, not the infobox, dates the fight
// and the lead gives no second event (ninth review of session 18). A day
// long before is still background. The articles are ours.
func TestReview22LeadEve(t *testing.T) {
	const box = "- Date: 9 June 2014\n- Place: Kordi, Mopti Region, Mali\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the night before the first day", "= Raid on Kordi =\n\n" + box +
			"The raid on Kordi was an assault by rebels on an army post. The assault opened late on the night of 8 June 2014, when the rebels crossed the river.\n",
			[]string{"2014-06-08 day Battles  [Kordi]"}},
		// A day long before the fight is background, as before.
		{"a background day long before", "= Raid on Kordi =\n\n" + box +
			"The raid on Kordi was an assault by rebels on an army post. The post's commander had been killed on 2 March 2014.\n",
			[]string{"2014-03-02 day Strategic developments  [Mali]", "2014-06-09 day Battles  [Kordi]"}},
	} {
		checkEvents(t, Default(), tc.name, tc.text, eventLine, tc.want)
	}
}
