package narrative

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
)

// TestDivisionHoldsVillage: a town the text names as the district around
// it ("Makurdi Local Government Area", "Makurdi LGA") holds the village
// named in it, which the gazetteer lacks: the village is the incident's
// place. Since round 19 a town named as a town ("Makurdi, the state
// capital") that the geoparser reads the village in holds it too
// (TestVillageInTown), and the district stays the place when the sentence
// names no village.
func TestDivisionHoldsVillage(t *testing.T) {
	dct := time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC) // a Monday
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a community in the area", "Gunmen kill five in Benue\n\n" +
			"Gunmen on Sunday attacked the Ugbanyi community in Makurdi Local Government Area of Benue State and killed five farmers.\n",
			[]string{"2024-05-12 day Violence against civilians farmers killed 5 [Ugbanyi]"}},
		{"a village in the LGA", "Gunmen kill five in Benue\n\n" +
			"Gunmen on Sunday attacked Ugbanyi village in Makurdi LGA and killed five farmers.\n",
			[]string{"2024-05-12 day Violence against civilians farmers killed 5 [Ugbanyi]"}},
		{"a town named as a town", "Gunmen kill five in Benue\n\n" +
			"Gunmen on Sunday attacked Ugbanyi village in Makurdi, the Benue State capital, and killed five farmers.\n",
			[]string{"2024-05-12 day Violence against civilians farmers killed 5 [Ugbanyi]"}},
		{"no village named", "Gunmen kill five in Benue\n\n" +
			"Gunmen on Sunday attacked a market in Makurdi Local Government Area of Benue State and killed five traders.\n",
			[]string{"2024-05-12 day Violence against civilians traders killed 5 [Makurdi]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestRetoldPlace: a sentence of the lead's paragraph that opens on the
// incident ("The blast …", "The ambush …") and says where it took place
// gives a place finer than the lead's district, in reach of it. A later
// sentence that does not open on the incident, or names a place far from
// the district, leaves the lead's place.
func TestRetoldPlace(t *testing.T) {
	dct := time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC) // a Thursday
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the blast took place there", "Blast kills police in Maharashtra\n\n" +
			"Nine policemen were killed on Wednesday in a landmine blast in Maharashtra's Gadchiroli district. " +
			"The blast, which wrecked their truck, took place as they reached a stream near Tsokwa village.\n",
			[]string{"2024-05-15 day Explosions/Remote violence policemen killed 9 [Tsokwa]"}},
		{"not opening on the incident", "Blast kills police in Maharashtra\n\n" +
			"Nine policemen were killed on Wednesday in a landmine blast in Maharashtra's Gadchiroli district. " +
			"Officers said the unit had left Tsokwa village in the morning.\n",
			[]string{"2024-05-15 day Explosions/Remote violence policemen killed 9 [Gadchiroli]"}},
		{"a place far off", "Blast kills police in Maharashtra\n\n" +
			"Nine policemen were killed on Wednesday in a landmine blast in Maharashtra's Gadchiroli district. " +
			"The blast was the worst since one in Pune district.\n",
			[]string{"2024-05-15 day Explosions/Remote violence policemen killed 9 [Gadchiroli]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestWardLocality: a name before "Ward" or "Council Ward" is a place
// the gazetteer may lack, as one before "village" or "district" is: the
// community attacked in it is placed by that name, within the local
// government area the sentence names, not at the area's town.
func TestWardLocality(t *testing.T) {
	dct := time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC) // a Monday
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a council ward", "Gunmen kill five in Benue\n\n" +
			"Five farmers were killed on Sunday when gunmen attacked a community in Ugbanyi Mbakpe Council Ward of Makurdi Local Government Area of Benue State.\n",
			[]string{"2024-05-12 day Violence against civilians farmers killed 5 [Ugbanyi Mbakpe]"}},
		{"a ward", "Gunmen kill five in Benue\n\n" +
			"Five farmers were killed on Sunday when gunmen attacked Ndikwor Ward in Makurdi Local Government Area.\n",
			[]string{"2024-05-12 day Violence against civilians farmers killed 5 [Ndikwor]"}},
		{"a hospital's ward", "Gunmen kill five in Benue\n\n" +
			"Five farmers were killed on Sunday in Makurdi Local Government Area; the wounded lie in the Emergency Ward.\n",
			[]string{"2024-05-12 day Violence against civilians farmers killed 5 [Makurdi]"}},
		{"a spokesman surnamed Ward", "Gunmen kill five in Benue\n\n" +
			"Five farmers were killed on Sunday in Makurdi Local Government Area, police spokesman Peter Ward said.\n",
			[]string{"2024-05-12 day Violence against civilians farmers killed 5 [Makurdi]"}},
		{"a hospital's ward by name", "Gunmen kill five in Benue\n\n" +
			"Five farmers were killed on Sunday in Makurdi Local Government Area; the wounded were taken to Federal Medical Centre Emergency Ward.\n",
			[]string{"2024-05-12 day Violence against civilians farmers killed 5 [Makurdi]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestRedefinedAcronymAcrossParagraphs: an acronym the story's lead spells
// out as another name than the actor table's ("the Police Mobile Force
// (PMF)") is that name's in a later paragraph's event too.
func TestRedefinedAcronymAcrossParagraphs(t *testing.T) {
	dct := time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC) // a Monday
	text := "Police repel bandits in Zamfara\n\n" +
		"The Police Mobile Force (PMF) sent two units to Zamfara State in April to guard the farms.\n\n" +
		"On Sunday, PMF officers repelled bandits who attacked Gusau, killing four of them, a spokesman said.\n"
	actors := func(e event.Event) string {
		var names []string
		for _, a := range e.Actors {
			names = append(names, a.Canonical)
		}
		return e.Date.String() + " " + strings.Join(names, ",")
	}
	r, err := Default().WithDCT(dct).Read("pmf.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Events {
		if got := actors(e); strings.Contains(got, "Popular Mobilization Forces") {
			t.Errorf("event %s: the lead's PMF read as Iraq's", got)
		}
	}
	if len(r.Events) == 0 {
		t.Error("no event read")
	}
}
