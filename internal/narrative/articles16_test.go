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
			"The battle took place on 3 October 2009.\n\n== Background ==\n\nOn 12 May 2009, rebels attacked a police post in Greece.\n",
			placeLine, []string{"2009-05-12 Greece", "2009-10-03 Kavála"}},
		{"a long war", "= Kavala insurgency =\n\n- Conflict: Kavala insurgency\n- Date: 4 March 2011 – 9 June 2015\n- Place: Kavala, Greece\n\n" +
			"The insurgency began in the hills around Kavala.\n\n== Course ==\n\nOn 12 May 2013, rebels attacked a police post in Greece.\n",
			placeLine, []string{"2013-05-12 Greece"}},
	} {
		checkEvents(t, Default(), tc.name, tc.text, tc.line, tc.want)
	}
}
