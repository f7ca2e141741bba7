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

// TestPooledRead23TollReport reads the toll given on a later day, a
// spurious event in three probes' development halves: a sentence whose
// date is only when a toll was given or reported tells no incident of its
// own. A toll given on the incident's day, and a later incident that
// brings a toll up, are still dated.
func TestPooledRead23TollReport(t *testing.T) {
	const head = "= Kordi attack =\n\n- Date: 3 October 2016\n- Place: Kordi, Mopti Region, Mali\n\nThe Kordi attack was an assault on an army post in central Mali.\n\n== Attack ==\n\nOn 3 October 2016, gunmen attacked the army post at Kordi, killing 20 soldiers.\n"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"toll as subject", "The official death toll was raised to 25 on 6 October.\n", []string{"2016-10-03"}},
		{"toll brought up by a find", "The bodies of five more soldiers were found on 6 October, bringing the death toll to 25.\n", []string{"2016-10-03"}},
		{"report of the fighting", "The ministry announced on 6 October that 25 soldiers had died in the attack.\n", []string{"2016-10-03"}},
		// A new incident that brings a toll up is an incident.
		{"later incident", "On 6 October, a mine killed four soldiers near Kordi, bringing the death toll to 24.\n", []string{"2016-10-03", "2016-10-06"}},
		// A toll given on the incident's own day dates it still.
		{"same day", "\nThe army said on 3 October that the death toll was 20.\n", []string{"2016-10-03", "2016-10-03"}},
	} {
		checkEvents(t, Default(), tc.name, head+tc.text, func(e event.Event) string { return e.Date.String() }, tc.want)
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

// TestPooledRead23NthAttempt reads a sentence that counts the fight among
// earlier ones of its kind, a spurious event in two probes' development
// halves: its dates are the earlier attempts', not an incident of its own.
func TestPooledRead23NthAttempt(t *testing.T) {
	const head = "= Battle of Gwoza =\n\n- Date: 4 July 2014\n- Place: Gwoza, Borno State, Nigeria\n\nThe battle of Gwoza was fought in July 2014.\n\n== Battle ==\n\nOn 4 July 2014, militants stormed the barracks at Gwoza.\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"second attempt", "The battle was the second attempt by the militants to take Gwoza, after a failed first attempt in January.\n", []string{"2014-07-04"}},
		{"fourth attack", "It was the fourth attack on the barracks since an assault in May.\n", []string{"2014-07-04"}},
		// A later attack that is not counted among the fight's kind is
		// an incident.
		{"later attack", "The attack was repelled, and on 9 July 2014 a second assault on the barracks failed.\n", []string{"2014-07-04", "2014-07-09"}},
	} {
		checkEvents(t, Default(), tc.name, head+tc.text, func(e event.Event) string { return e.Date.String() }, tc.want)
	}
}
