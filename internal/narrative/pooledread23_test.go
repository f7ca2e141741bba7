package narrative

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
)

// TestPooledRead23TownDistrict reads, in articles we wrote, the largest
// class of event places missed over ten probes' development halves
// (session 19): an infobox whose place line opens with a town the
// gazetteer holds only as the district named for it. The town is still
// the fight's town, so an incident of its days placed no finer than the
// country happened there. Only the date and place are compared.
func TestPooledRead23TownDistrict(t *testing.T) {
	for _, tc := range []struct{ name, place, text, want string }{
		{"town before its province", "Kunduz, Kunduz Province, Afghanistan",
			"On 6 October 2016, Afghan commandos pushed the insurgents back from the main square.\n", "2016-10-06 Kunduz"},
		{"town before a territory", "Jenin, West Bank",
			"On 6 October 2016, Israeli troops began to leave after the last fighters gave themselves up.\n", "2016-10-06 Jenin"},
		// A line calling its first item a district names no town: the
		// country stays.
		{"district alone", "Surobi District, Afghanistan",
			"On 6 October 2016, Afghan commandos pushed the insurgents back from the main road.\n", "2016-10-06 Afghanistan"},
	} {
		head := "= Battle of Tarnak =\n\n- Date: 3–9 October 2016\n- Place: " + tc.place + "\n\n"
		checkEvents(t, Default(), tc.name, head+tc.text, placeLine, []string{tc.want})
	}
}

// TestPooledRead23MilitantsParty reads a word for fighters among an
// event's actors, missed in two probes' development halves: where the
// infobox's armed side has one party and the event names no armed group,
// the militants are that party, as they already were in its toll.
func TestPooledRead23MilitantsParty(t *testing.T) {
	for _, tc := range []struct{ name, combatant2, text, want string }{
		{"one armed party", "Boko Haram",
			"On 4 July 2014, about 300 militants stormed the barracks at Gwoza and burned the market.\n", "Boko Haram"},
		// A group the event names is whose militants they are.
		{"group named", "Boko Haram",
			"On 4 July 2014, about 300 Ansaru militants stormed the barracks at Gwoza and burned the market.\n", "Ansaru,militants"},
		// Two armed parties: whose fighters these were is not said.
		{"two armed parties", "Boko Haram, Ansaru",
			"On 4 July 2014, about 300 militants stormed the barracks at Gwoza and burned the market.\n", "militants"},
	} {
		head := "= Battle of Gwoza =\n\n- Date: 4 July 2014\n- Place: Gwoza, Borno State, Nigeria\n- Combatant1: Nigeria\n- Combatant2: " + tc.combatant2 + "\n\n"
		checkEvents(t, Default(), tc.name, head+tc.text, armedActors, []string{tc.want})
	}
}

// armedActors lists an event's actors that are not states.
func armedActors(e event.Event) string {
	var s []string
	for _, a := range e.Actors {
		if a.Canonical != "Nigeria" {
			s = append(s, a.Canonical)
		}
	}
	return strings.Join(s, ",")
}
