package narrative

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
)

// TestArticles15 reads phrasings that a second set of unseen encyclopedic
// articles used (round 15), in articles we wrote. Each row is one article
// and the events it must give.
func TestArticles15(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		line       func(event.Event) string
		want       []string
	}{
		// An undated toll in the body is the infobox's day only where the
		// infobox dates one day: over several days it is the whole
		// conflict's, or a wider campaign's, not an incident.
		{"an undated toll of a one-day battle", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 3 October 2009\n- Place: Kavala, Greece\n\n" +
			"The Battle of Kavala took place on 3 October 2009 when rebels attacked an army post near Kavala.\n\n" +
			"== Aftermath ==\n\nAccording to the army, 14 soldiers were killed.\n",
			eventLine, []string{"2009-10-03 day Battles soldiers killed 14 [Kavála]"}},
		// Only the dates are checked: where the undated toll goes then is
		// another rule's matter.
		{"an undated toll of a five-day offensive", "= Kavala offensive =\n\n- Conflict: Kavala offensive\n- Date: 10–15 August 2018\n- Place: Kavala, Greece\n\n" +
			"The Kavala offensive began on 10 August 2018, when rebels launched an assault on the city of Kavala.\n\n" +
			"More than 200 people were killed, mostly rebels along with 20 soldiers.\n",
			func(e event.Event) string { return e.Date.String() }, []string{"2018-08-10"}},
		// A sentence that opens with the time until which a state held
		// tells no incident of that time; one that happens "before" a
		// date inside the sentence still does.
		{"a state until a date", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 9 July 2000\n- Place: Kavala, Greece\n\n" +
			"Prior to April 2000, the rebels had been allowed to operate some 50 camps near Kavala that were off limits to government soldiers.\n\n" +
			"Until 1998, the army had no post in the hills.\n\n" +
			"On 9 July 2000, soldiers attacked the rebel camp at Kavala, prior to the talks.\n",
			func(e event.Event) string { return e.Date.String() }, []string{"2000-07-09"}},
	} {
		checkEvents(t, Default(), tc.name, tc.text, tc.line, tc.want)
	}
}
