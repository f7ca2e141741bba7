package narrative

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
)

func TestClassify(t *testing.T) {
	for _, tc := range []struct{ in, typ, sub string }{
		{"A U.S. drone strike near Kismayo killed 17 militants.", event.ExplosionsRemote, "Air/drone strike"},
		{"An IED struck a convoy near Gao.", event.ExplosionsRemote, "Remote explosive/landmine/IED"},
		{"Jeffrey Woodke was kidnapped from his home by armed men.", event.ViolenceCivilians, "Abduction/forced disappearance"},
		{"A joint force was ambushed outside the village.", event.Battles, "Armed clash"},
		{"Protesters marched in Bamako against the insecurity.", event.Protests, "Peaceful protest"},
		{"The two governments signed a status of forces agreement.", event.Strategic, "Agreement"},
		{"The guard detained the president in a coup.", event.Strategic, "Arrests"},
		{"Fighters of the group killed 14 soldiers.", event.Battles, "Armed clash"},
		{"Gunmen killed 20 civilians in the market.", event.ViolenceCivilians, "Attack"},
		{"A villager was found dead in the forest.", event.ViolenceCivilians, "Attack"},
		// "left … dead" deals deaths; "left the area" is a move.
		{"The raid last week in the north also left eight soldiers dead.", event.Battles, "Armed clash"},
		{"The troops left the area after the vote.", event.Strategic, "Change to group/activity"},
		{"The trader was murdered by the rebels on Monday night.", event.Battles, "Armed clash"},
		{"The killings were condemned.", event.Strategic, "Other"},
		{"A French soldier was killed in a car accident near Arlit.", event.Strategic, "Other"},
		{"By June 2020, government forces had retaken Janaale.", event.Battles, "Government regains territory"},
		{"French aircraft struck targets near Gao and Kidal.", event.ExplosionsRemote, "Air/drone strike"},
		// A bombing, not a bomb named: an explosion all the same.
		{"Four people were killed and nine hurt on Friday in a bombing near the bus station.", event.ExplosionsRemote, "Remote explosive/landmine/IED"},
		{"The bombings targeted a market and a mosque.", event.ExplosionsRemote, "Remote explosive/landmine/IED"},
		// What did not happen types nothing.
		{"Gunmen stormed the camp but did not abduct anybody.", event.Battles, "Armed clash"},
		{"The attackers had not kidnapped anyone, and they never looted the shops.", event.Strategic, "Other"},
		{"Nothing of note.", event.Strategic, "Other"},
	} {
		typ, sub := classify(tc.in)
		if typ != tc.typ || sub != tc.sub {
			t.Errorf("%q: %s / %s, want %s / %s", tc.in, typ, sub, tc.typ, tc.sub)
		}
		if event.TypeOf(sub) != typ {
			t.Errorf("%q: sub-type %q is not one of %q's", tc.in, sub, typ)
		}
	}
}

func TestTotalWording(t *testing.T) {
	for _, tc := range []struct {
		in    string
		total bool
	}{
		{"Officials said 300 militants had died during the campaign.", true},
		{"In total, 46 soldiers were killed.", true},
		{"A total of 12 soldiers died over the whole deployment.", true},
		// One raid: "the operation" and "the fighting" are the raid's.
		{"During the firefight 11 militants died; a cache was destroyed during the operation.", false},
		{"Eight soldiers were killed during the fighting.", false},
	} {
		if got := totalRe.MatchString(tc.in); got != tc.total {
			t.Errorf("%q: total %v, want %v", tc.in, got, tc.total)
		}
	}
}

func TestByVictims(t *testing.T) {
	for _, tc := range []struct {
		cas      []event.Casualty
		typ, sub string
	}{
		{[]event.Casualty{{Who: "peacekeepers", Killed: event.N(4)}}, event.Battles, "Armed clash"},
		{[]event.Casualty{{Who: "villagers", Killed: event.N(25)}}, event.ViolenceCivilians, "Attack"},
		// One of them: "a 30-year-old villager", "a farmer".
		{[]event.Casualty{{Who: "30-year-old villager", Killed: event.N(1)}}, event.ViolenceCivilians, "Attack"},
		{[]event.Casualty{{Who: "farmer", Killed: event.N(1)}, {Who: "worker", Wounded: event.N(1)}}, event.ViolenceCivilians, "Attack"},
		{[]event.Casualty{{Who: "soldiers", Wounded: event.N(12)}, {Who: "civilians", Killed: event.N(2)}}, event.Battles, "Armed clash"},
		// An accident, or only captives, is no armed violence.
		{[]event.Casualty{{Who: "France", Killed: event.N(1), NonHostile: true}}, event.Strategic, "Other"},
		{[]event.Casualty{{Who: "people", Captured: event.N(14)}}, event.Strategic, "Other"},
		{nil, event.Strategic, "Other"},
	} {
		typ, sub := byVictims(tc.cas, event.Strategic, "Other")
		if typ != tc.typ || sub != tc.sub {
			t.Errorf("%+v: %s / %s, want %s / %s", tc.cas, typ, sub, tc.typ, tc.sub)
		}
	}
}
