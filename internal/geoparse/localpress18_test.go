package geoparse

import (
	"strings"
	"testing"
)

// TestCapitalizedLocalWords (round 18): more of the local press's
// capitalized words for its divisions and villages end a name the
// gazetteer lacks: a Cameroonian "Division", Nepal's "Rural Municipality",
// a "Village" written capitalized after its name. The name is read with
// its word and placed in the place its sentence names; a military
// division and a known division are read as before.
func TestCapitalizedLocalWords(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "cameroon division", text: "Gendarmes were ambushed at Mbot, Bui Division, in Cameroon's North West region.",
			toponym: "Bui Division", country: "CM"},
		{name: "military division", text: "The 8th Infantry Division said troops clashed with rebels in Northern Samar.",
			toponym: "Northern Samar", country: "PH", absent: []string{"Infantry Division", "Infantry"}},
		{name: "unit word without number", text: "An Airborne Division convoy left Kandahar on Monday.",
			toponym: "Kandahar", country: "AF", absent: []string{"Airborne Division", "Airborne"}},
		{name: "known division", text: "Floods hit Dhaka Division and Sylhet Division on Sunday.", toponym: "Sylhet Division", country: "BD"},
		{name: "rural municipality", text: "A landslide buried four houses in Jugal Rural Municipality of Sindhupalchowk district on Friday.",
			toponym: "Jugal Rural Municipality", country: "NP"},
		{name: "village capitalized", text: "Gunmen stormed Kwall Village in Bassa, Plateau State, on Sunday night.",
			toponym: "Kwall Village", country: "NG"},
		{name: "village in a sub-county", text: "Police recovered the cattle at Kimalel Village in Baringo South on Friday.",
			toponym: "Kimalel Village", country: "KE"},
		{name: "a people's village", text: "A Fulani village near Jos was calm on Monday.", toponym: "Jos", country: "NG", absent: []string{"Fulani village", "Fulani"}},
	})
}

// TestNotPlacesOfThePress (round 18): the local press names units,
// bodies and chiefs with words a gazetteer holds as towns: a unit's
// nickname in parentheses between its arm and its noun, a body's acronym
// spelled from its words' first letters or syllables, a paramount
// chief's title. None is a place; a place in parentheses, or a country's
// acronym after its name, still is.
func TestNotPlacesOfThePress(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "unit nickname", text: "A firefight broke out between the 78th Infantry (Warrior) Battalion and rebels in Hilongos, Leyte.",
			toponym: "Hilongos", country: "PH", absent: []string{"Warrior", "Infantry"}},
		{name: "syllable acronym", text: "The meeting was convened by the Provincial Security Committee (PROSEC) in Kenema on Friday.",
			toponym: "Kenema", country: "SL", absent: []string{"PROSEC"}},
		{name: "paramount chief", text: "Paramount Chief Sadique Kapuwa said the police had beaten people in Kenema.",
			toponym: "Kenema", country: "SL", absent: []string{"Paramount"}},
		{name: "place in parentheses", text: "Gunmen killed two traders in Inates (Tillaberi) on Monday.", toponym: "Tillaberi", country: "NE"},
		{name: "country's acronym", text: "Fighting in the Democratic Republic of Congo (DRC) displaced thousands.", toponym: "DRC", country: "CD"},
	})
}

// TestOfficeDivisions: a court's or a police force's "Division" is no
// place, though a Cameroonian division is.
func TestOfficeDivisions(t *testing.T) {
	for _, text := range []string{
		"The case was sent to the Homicide Division in Nairobi.",
		"The Appellate Division of the High Court in Johannesburg heard it.",
		"Officers of the Narcotics Division raided a house in Durban.",
	} {
		for _, tp := range parser.Parse(text) {
			if strings.HasSuffix(tp.Name, "Division") {
				t.Errorf("%q: %q read as a place", text, tp.Name)
			}
		}
	}
}
