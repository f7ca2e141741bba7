package geoparse

import (
	"strings"
	"testing"
)

// Rules from round 23's probe of fresh conflict and security news (attacks,
// clashes, drone strikes, bandits' raids); the sentences are written for the
// tests in the probe's patterns.

// TestClosingCreditNoPlace: a wire agency's name in parentheses after the
// last sentence of a paragraph, alone or joined to another agency's by a
// slash, is the story's credit, not Xinhua in China; so is the agency
// wherever else the text names it. A place in parentheses inside its
// sentence, or with more words after it on the line, stays a place.
func TestClosingCreditNoPlace(t *testing.T) {
	checkNews(t, []newsCase{
		{"a closing credit", "Gunmen killed six herders near Kadugli on Sunday, officials said. (Xinhua)\n",
			[]string{"Xinhua"}, "Kadugli", "SD", ""},
		{"a credit at the text's end", "Two soldiers died when their truck hit a mine outside Mopti. (Xinhua)",
			[]string{"Xinhua"}, "Mopti", "ML", ""},
		{"two agencies by a slash", "The attackers fled towards the border after burning the market in Monguno. (Xinhua/NAN)\n\nMore follows.",
			[]string{"Xinhua", "NAN"}, "Monguno", "NG", ""},
		{"the slash the other way, on its own line", "Police said the curfew in Imphal would stay until Monday.\n(ANI/Xinhua)\n",
			[]string{"ANI", "Xinhua"}, "Imphal", "IN", ""},
		{"the agency named again", "A local chief told Xinhua that the raid on Goma lasted two hours.\nHe asked for more troops. (Xinhua)\n",
			[]string{"Xinhua"}, "Goma", "CD", ""},
		{"a place inside its sentence", "Shelling hit the camp at Bunia (Ituri) before dawn.",
			nil, "Ituri", "CD", ""},
		{"a place closing a sentence", "Troops were sent to the north (Kidal).\n",
			nil, "Kidal", "ML", ""},
		// A place in parentheses after the sentence, on its line or the
		// next, is no credit: only agencies' names are.
		{"a place after the sentence", "Troops were sent to the north on Monday. (Kidal)\n",
			nil, "Kidal", "ML", ""},
		{"places joined by a slash after the sentence", "Shelling hit Kharkiv and Izium overnight, officials said.\n(Kharkiv/Izium)\n",
			nil, "Izium", "UA", ""},
		{"a small agency joined to a listed one", "Gunmen attacked a checkpoint in Ghazni on Friday, officials said.\n(Pajhwok/Xinhua)\n",
			[]string{"Xinhua", "Pajhwok"}, "Ghazni", "AF", ""},
		{"an agency whose name is a place's too", "Gunmen attacked a checkpoint in Ghazni on Friday, officials said.\n(Bakhtar)\n",
			[]string{"Bakhtar"}, "Ghazni", "AF", ""},
		// A dateline's credit is the agency wherever the text names
		// it, a place's name or not (fourth review of session 19).
		{"a dateline's credit named again", "KABUL, Afghanistan (Bakhtar) -- Bakhtar reported on Sunday that gunmen had attacked a checkpoint in Ghazni.",
			[]string{"Bakhtar"}, "Ghazni", "AF", ""},
	})
}

// TestCaboDelgadoDistrictSeats: the district seats of Mozambique's Cabo
// Delgado province, which the GeoNames extract lacks (no population), are
// read in Mozambique; Palma on Majorca stays Spain's when the text is there.
func TestCaboDelgadoDistrictSeats(t *testing.T) {
	checkNews(t, []newsCase{
		{"a district seat", "Insurgents burned twenty houses in a village of Macomia district, in Cabo Delgado, on Tuesday.",
			nil, "Macomia", "MZ", "01"},
		{"a list of districts", "Families who fled Quissanga and Metuge reached Pemba by boat, the aid agency said.",
			nil, "Quissanga", "MZ", "01"},
		{"a town with its province", "Fighting near Palma, in Cabo Delgado province, closed the road for a week.",
			nil, "Palma", "MZ", "01"},
		{"the accented spelling", "Attacks in Chiúre district displaced thousands of people in June.",
			nil, "Chiúre", "MZ", "01"},
		{"the namesake on Majorca", "Tourists filled the cathedral square in Palma, on Majorca, for the festival.",
			nil, "Palma", "ES", ""},
	})
}

// TestMaguindanaoProvince: the Philippine province of Maguindanao, which
// the extract lacks (GeoNames split it in two in 2022), and its two
// successors' names are read in the Philippines.
func TestMaguindanaoProvince(t *testing.T) {
	checkNews(t, []newsCase{
		{"the province", "Troops clashed with armed men near a market in Maguindanao on Friday, the army said.",
			nil, "Maguindanao", "PH", ""},
		{"after a town", "Two farmers were shot in Datu Piang, Maguindanao, before dawn.",
			nil, "Maguindanao", "PH", ""},
		{"a successor's name", "Floods forced families in Maguindanao del Sur to leave their homes.",
			nil, "Maguindanao del Sur", "PH", ""},
	})
}

// TestClosingCreditPlaceAgency: an agency whose name is a place's too is
// the credit in the parentheses closing the story, and the place where
// the story names it.
func TestClosingCreditPlaceAgency(t *testing.T) {
	text := "Police closed the road to Petra on Friday after rockfalls, officials in Jordan said.\n(Petra)\n"
	body, credit := strings.Index(text, "Petra"), strings.LastIndex(text, "Petra")
	var got []int
	for _, tp := range parser.Parse(text) {
		if tp.Name == "Petra" {
			got = append(got, tp.Start)
			if tp.Place.Country != "JO" {
				t.Errorf("Petra → %s (%s)", tp.Place.Name, tp.Place.Country)
			}
		}
	}
	if len(got) != 1 || got[0] != body {
		t.Errorf("Petra read at %v, want only %d (the credit at %d is the agency)", got, body, credit)
	}
}
