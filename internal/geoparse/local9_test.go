package geoparse

import (
	"slices"
	"testing"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// names lists the names of the toponyms found in a text.
func names(tops []Toponym) []string {
	var out []string
	for _, tp := range tops {
		out = append(out, tp.Name)
	}
	return out
}

// TestStatePatrol (round 9): a state's name before "Highway Patrol",
// "State Patrol" or "Road Commission" is the state's (or the county's) own
// body, and the law-enforcement words of local news name no town ("Patrol"
// is a hamlet of West Java, "Trooper" a town of Pennsylvania).
func TestStatePatrol(t *testing.T) {
	for _, tc := range []struct {
		text   string
		name   string // a toponym that must be found ("" for none)
		admin1 string // its state
		not    []string
	}{
		{"The driver was hurt near Salina, according to the Kansas Highway Patrol.", "Kansas", "", []string{"Patrol"}},
		{"A trooper of the Ohio State Highway Patrol stopped the car near Zanesville.", "Ohio", "", []string{"Patrol"}},
		{"Troopers with the Wisconsin State Patrol closed the road near Tomah.", "Wisconsin", "", []string{"Patrol"}},
		{"The Alcona County Road Commission plowed the roads after the storm.", "Alcona County", "MI", nil},
		{"Deputies said Trooper Dan Miller and Jailer Jason Woosley helped.", "", "", []string{"Trooper", "Jailer"}},
		// A road keeps its number and is no place.
		{"The crash happened on Kansas Highway 20 near Hiawatha.", "Hiawatha", "", []string{"Kansas"}},
	} {
		tops := parser.Parse(tc.text)
		got := names(tops)
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: %q read as a place (%v)", tc.text, n, got)
			}
		}
		if tc.name == "" {
			continue
		}
		i := slices.IndexFunc(tops, func(tp Toponym) bool { return tp.Name == tc.name })
		if i < 0 {
			t.Errorf("%q: %q not found (%v)", tc.text, tc.name, got)
			continue
		}
		if tc.admin1 != "" && tops[i].Place.Admin1Code != tc.admin1 {
			t.Errorf("%q: %q → %s %s", tc.text, tc.name, tops[i].Place.Name, tops[i].Place.Admin1Code)
		}
	}
}

// TestTownOfNamedCounty (round 9): a name read in a country the text names
// nothing else in is the town of that name inside a county the text names.
func TestTownOfNamedCounty(t *testing.T) {
	for _, tc := range []struct {
		text, name, country, admin1 string
	}{
		{"The checkpoint will take place in Lebanon, the Warren County Sheriff's Office said.", "Lebanon", "US", "OH"},
		{"A crash happened on Lima's north side Monday. The Allen County Sheriff's Office responded to the scene.", "Lima", "US", "OH"},
		{"The Henry County Commission met Tuesday in Paris to discuss the budget.", "Paris", "US", "TN"},
		// No county named: the country and the capital stay.
		{"Israeli jets struck targets in Lebanon on Monday.", "Lebanon", "LB", ""},
		{"The minister flew to Lima for talks with Peru's president.", "Lima", "PE", ""},
	} {
		tp := find(t, parser.Parse(tc.text), tc.name)
		if tp.Place.Country != tc.country || tc.admin1 != "" && tp.Place.Admin1Code != tc.admin1 {
			t.Errorf("%q: %s → %s %s %s", tc.text, tc.name, tp.Place.Name, tp.Place.Country, tp.Place.Admin1Code)
		}
	}
}

// TestResidentOf (round 9): "of" after a person's age or full name names
// where the person lives, a town though an English word ("Effort") or one
// the gazetteer lacks ("Blakeslee", placed at the text's nearest town).
func TestResidentOf(t *testing.T) {
	text := "BRODHEADSVILLE -- A crash in Monroe County hurt two troopers on Sunday. \"It was loud,\" said Evelyn Harris of Effort. " +
		"\"It is dark at night,\" said Malinda Loving of Blakeslee. Police said John Smith, 36, of Effort, was driving."
	tops := parser.Parse(text)
	n := 0
	for _, tp := range tops {
		if tp.Name == "Effort" {
			n++
			if tp.Place.Admin1Code != "PA" {
				t.Errorf("Effort → %s %s", tp.Place.Name, tp.Place.Admin1Code)
			}
		}
	}
	if n != 2 {
		t.Errorf("Effort found %d times, want 2 (%v)", n, names(tops))
	}
	tp := find(t, tops, "Blakeslee")
	if tp.Place.Country != "US" || tp.Place.Admin1Code != "PA" {
		t.Errorf("Blakeslee → %s %s %s", tp.Place.Name, tp.Place.Country, tp.Place.Admin1Code)
	}
	for _, s := range []string{
		"The Philippine Department of Agriculture said the farm in Bulacan was quarantined.",
		"Officials of the Duke of Edinburgh Award met in Kent.",
	} {
		for _, n := range names(parser.Parse(s)) {
			if n == "Agriculture" || n == "Edinburgh Award" {
				t.Errorf("%q: %q read as a place", s, n)
			}
		}
	}
}

// TestPatrolPost (round 9): a state patrol's post is named after its town.
func TestPatrolPost(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"Troopers of the Ohio State Highway Patrol stopped 40 drivers, said the commander of the Chillicothe Post.", "Chillicothe", true},
		{"Troopers from the Michigan State Police-Petoskey Post were dispatched to the crash.", "Petoskey", true},
		// A city's newspaper, and any paper in a text without troopers.
		{"Troopers told the Denver Post the road was closed.", "Denver", false},
		{"The mayor told the Hillsboro Post the budget was late.", "Hillsboro", false},
	} {
		got := slices.Contains(names(parser.Parse(tc.text)), tc.name)
		if got != tc.want {
			t.Errorf("%q: %q found %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestLandmarkName (round 9): a town's name that begins a landmark's name
// the gazetteer lacks is no mention of the town.
func TestLandmarkName(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"Thousands of protesters gathered at Galle Face in Colombo on Saturday.", "Galle", false},
		{"Two swans found in Richmond Park in Glasgow are being tested.", "Richmond", false},
		// The town itself, and a whole name the gazetteer holds.
		{"The bus left Galle for Colombo on Saturday.", "Galle", true},
		{"Police in Forest Park said the crash closed the road.", "Forest Park", true},
	} {
		got := slices.Contains(names(parser.Parse(tc.text)), tc.name)
		if got != tc.want {
			t.Errorf("%q: %q found %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestStateHoldsNearestTown (round 9): a name the gazetteer lacks, held by
// a state named in its sentence, goes to the nearest county or town the
// text names in that state, not to the state's centre.
func TestStateHoldsNearestTown(t *testing.T) {
	text := "SUMMERVILLE — Chattooga County commissioners met Tuesday in Summerville. " +
		"The closest offices are currently in Rock Spring and at the Georgia State Patrol Post."
	tp := find(t, parser.Parse(text), "Rock Spring")
	if d := gazetteer.Distance(tp.Place.Lat, tp.Place.Lon, 34.80, -85.25); d > 100 {
		t.Errorf("Rock Spring → %s (%.2f,%.2f), %.0f km off", tp.Place.Name, tp.Place.Lat, tp.Place.Lon, d)
	}
}

// TestUnknownBeforeState (round 9): a name the gazetteer lacks before a
// state's abbreviation is a town there, and the abbreviation is read with
// its period; a person's name before a degree is not.
func TestUnknownBeforeState(t *testing.T) {
	tops := parser.Parse("A speeding 51-year-old Blakeslee, PA driver went airborne near Easton.")
	if tp := find(t, tops, "Blakeslee"); tp.Place.Admin1Code != "PA" {
		t.Errorf("Blakeslee → %s %s", tp.Place.Name, tp.Place.Admin1Code)
	}
	find(t, tops, "PA")
	tops = parser.Parse("The crash happened near Crutwell, Sask., about 23 kilometres west of Prince Albert.")
	if tp := find(t, tops, "Crutwell"); tp.Place.Country != "CA" {
		t.Errorf("Crutwell → %s %s", tp.Place.Name, tp.Place.Country)
	}
	find(t, tops, "Sask.")
	for _, n := range names(parser.Parse("Dr. John Smith, MD, said the patient was stable.")) {
		t.Errorf("%q read as a place", n)
	}
}

// TestPartyHomeTown (round 9): a lawmaker's party letter and home town
// name a town the gazetteer may lack; a state's abbreviation there is no
// town.
func TestPartyHomeTown(t *testing.T) {
	tp := find(t, parser.Parse("State Rep. Eddie Lumsden (R-Armuchee) backs the new office in Chattooga County."), "Armuchee")
	if tp.Place.Admin1Code != "GA" {
		t.Errorf("Armuchee → %s %s", tp.Place.Name, tp.Place.Admin1Code)
	}
	for _, n := range names(parser.Parse("Rep. Dan Burton, R-Ind., said he would hold hearings in Miami.")) {
		if n == "Ind" || n == "Ind." {
			t.Errorf("%q read as a town", n)
		}
	}
}
