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
		// The sentence that opens an article on one incident and names it
		// is dated by the infobox where it gives no day of its own.
		{"an undated opening sentence", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: July 9, 2000\n- Place: Kavala, Greece\n\n" +
			"The Battle of Kavala, codenamed Operation Long Hill, was the final phase of the government's campaign against the rebels, which ended in the capture of their camp at Kavala.\n",
			func(e event.Event) string { return e.Date.String() }, []string{"2000-07-09"}},
		{"a season the infobox refines", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 24 March – 5 April 2021\n- Place: Kavala, Greece\n\n" +
			"The Battle of Kavala was fought during late March and early April 2021 over control of the town of Kavala, between the army and rebels.\n",
			func(e event.Event) string { return e.Date.String() }, []string{"2021-03-24/2021-04-05"}},
		// A later sentence of the paragraph that dates the incident is left
		// to do so, and a war's long record dates no sentence.
		{"a later sentence dates it", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 28 September – 1 October 2012\n- Place: Kavala, Greece\n\n" +
			"The Battle of Kavala was an offensive led by the army against the rebels in their last stronghold of Kavala. It began on 28 September 2012.\n",
			func(e event.Event) string { return e.Date.String() }, []string{"2012-09-28"}},
		{"a war's record", "= Kavala insurgency =\n\n- Conflict: Kavala insurgency\n- Date: 4 March 2011 – 9 June 2015\n- Place: Kavala, Greece\n\n" +
			"The Kavala insurgency was an armed conflict between the army and rebels in the hills around Kavala.\n",
			func(e event.Event) string { return e.Date.String() }, nil},
		// With no place line, "the city" is the town the title names.
		{"the city of the title", "= Second Battle of Kavala =\n\n- Conflict: Second Battle of Kavala\n- Date: 16–21 May 2014\n\n" +
			"The town lies in the north of Greece.\n\n== Battle ==\n\n" +
			"On 18 May 2014, 1500 Greek soldiers arrived in the city after rebels attacked the governor's office.\n",
			placeLine, []string{"2014-05-18 Kavála"}},
		{"no town in the title", "= Second Battle of the Hills =\n\n- Conflict: Second Battle of the Hills\n- Date: 16–21 May 2014\n\n" +
			"The town lies in the north of Greece.\n\n== Battle ==\n\n" +
			"On 18 May 2014, 1500 Greek soldiers arrived in the city after rebels attacked the governor's office.\n",
			placeLine, []string{"2014-05-18 Greece"}},
		// An infobox with no date: the day the first sentence gives bounds
		// the background as the infobox's start would.
		{"history before an undated infobox", "= Kavala barracks massacre =\n\n- Conflict: Kavala barracks massacre\n- Place: Kavala, Greece\n- Combatant1: Valley Front\n\n" +
			"The Kavala barracks massacre was a mass killing of cadets that occurred in Kavala on 12 June 2014.\n\n== Background ==\n\n" +
			"The barracks were built near Kavala in 1973 as an air base. The army handed the barracks over to the air force in 2011.\n",
			func(e event.Event) string { return e.Date.String() }, []string{"2014-06-12"}},
		// Where the beaten side fled to is not where it was beaten.
		{"fled towards a town", "= Second Battle of Kavala =\n\n- Conflict: Second Battle of Kavala\n- Date: 16–21 May 2014\n\n" +
			"The town lies in the north of Greece.\n\n== Battle ==\n\n" +
			"On 21 May 2014, the army launched an offensive to retake the city. The fighting lasted five hours after the first camp was captured by the rebels. " +
			"After the fighting, the soldiers fled towards Serres, others fled to the second camp.\n",
			placeLine, []string{"2014-05-21 Kavála"}},
		{"withdrew to a town", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 21 May 2014\n- Place: Kavala, Greece\n\n" +
			"On 21 May 2014, rebels attacked an army post in the city. After the fighting, the soldiers withdrew to Serres.\n",
			placeLine, []string{"2014-05-21 Kavála"}},
	} {
		checkEvents(t, Default(), tc.name, tc.text, tc.line, tc.want)
	}
}

func placeLine(e event.Event) string { return e.Date.String() + " " + e.Place.Name }
