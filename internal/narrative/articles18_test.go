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
	} {
		checkEvents(t, Default(), tc.name, tc.text, tc.line, tc.want)
	}
}
