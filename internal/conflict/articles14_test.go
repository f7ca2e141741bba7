package conflict

import (
	"strings"
	"testing"
)

// Infobox lines of the kinds that unseen encyclopedic articles wrote and
// the seed did not (session 11). The names are ours.

func TestArticles14PartOfYears(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"the Harbour War (1998–2003)", "Harbour War (1998–2003)"},
		{"the Valley uprising (2011)", "Valley uprising (2011)"},
		{"Lowland campaign (2016–17), and the River insurgency (2004–present)", "Lowland campaign (2016–17)|River insurgency (2004–present)"},
		// Two conflicts joined by "and the", without a comma.
		{"the Harbour conflict and the Military intervention against the Front", "Harbour conflict|Military intervention against the Front"},
		{"War in Norland and the Valley campaign", "War in Norland|Valley campaign"},
		// One name with "and the" in it is not two.
		{"the war against the Islamic Front of Norland and the Coast", "War against the Islamic Front of Norland and the Coast"},
		{"the Republic of Norland and the Isles", "Republic of Norland and the Isles"},
		// A name in parentheses is still an item of its own.
		{"the Coast War (Operation Tidewater)", "Coast War|Operation Tidewater"},
	} {
		r := normalize(t, "- Partof: "+tc.in)
		if got := strings.Join(r.PartOf, "|"); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestArticles14Commanders(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Cpt. Aldo Ferrante, Lt. Bruno KesslerKIA", `[{"name":"Aldo Ferrante"},{"name":"Bruno Kessler","killed_in_action":true}]`},
		{"Lt. Gen. Omar Haddad, Maj. Gen. Sami Nour (Corps commander)", `[{"name":"Omar Haddad"},{"name":"Sami Nour"}]`},
		{"COL Dana Pruitt (2-5 INF [TF Granite]), CPT Lee Marsh (A Co)", `[{"name":"Dana Pruitt"},{"name":"Lee Marsh"}]`},
		{"Warrant Officer Tomas Weir, Sgt. Ivo Rand, Gen. Pia Lund", `[{"name":"Tomas Weir"},{"name":"Ivo Rand"},{"name":"Pia Lund"}]`},
		{"Karim Sefu †, Yara Belt [*], Malo Dene (Governor of the district) †", `[{"name":"Karim Sefu","killed_in_action":true},{"name":"Yara Belt"},{"name":"Malo Dene","killed_in_action":true}]`},
		{"Idris Ag TalebPOW, 25pxSidi Ag Hamma", `[{"name":"Idris Ag Taleb"},{"name":"Sidi Ag Hamma"}]`},
		{"Tariq and Hamid Osei (brothers; reported dead)", `[{"name":"Tariq Osei"},{"name":"Hamid Osei"}]`},
		// A name that is not a rank, and an initial, stay.
		{"Marco Generali, R. Kelso Dunn", `[{"name":"Marco Generali"},{"name":"R. Kelso Dunn"}]`},
	} {
		r := normalize(t, "- Commander1: "+tc.in)
		if got := js(r.Sides[0].Commanders); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func TestArticles14Parties(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Workers' Party of Norland (Maoist)", "Workers' Party of Norland (Maoist)"},
		{"People's Front (Marxist–Leninist), Harbour Guard (disbanded in 2009)", "People's Front (Marxist–Leninist)|Harbour Guard"},
		{"Hill Brigade*, Valley Front, Alleged: Coast Legion", "Hill Brigade|Valley Front|Coast Legion"},
		{"Republic of Norland, Limited involvement: Sudland, Supported by:, Eastland", "Republic of Norland|Sudland|Eastland"},
		// An acronym or a place in parentheses is a remark.
		{"Valley Front (VF), Norland (northern units)", "Valley Front|Norland"},
	} {
		r := normalize(t, "- Combatant1: "+tc.in)
		if got := strings.Join(r.Sides[0].Parties, "|"); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestArticles14Claims(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Total: 310+ KIA, 250+ KIA, 95+ WIA, Brigade 60 KIA, 12+ WIA",
			`[{"killed":310},{"killed":250,"wounded":95},{"killed":60,"who":"Brigade","wounded":12}]`},
		{"400 (killed by the relief column)", `[{"killed":400,"note":"by the relief column"}]`},
		{"Norland: 12 killed, 3 POWs", `[{"captured":3,"killed":12,"who":"Norland"}]`},
		// "None" is no one's name: the side's only party stays whose claim it is.
		{"None", `[{"who":"Valley Front"}]`},
		// A bare figure with a remark that is no measure keeps the remark as who.
		{"75 (official figure)", `[{"who":"official figure"}]`},
	} {
		parties := "Valley Front, Hill Brigade"
		if tc.in == "None" {
			parties = "Valley Front"
		}
		r := normalize(t, "- Combatant1: "+parties+"\n- Casualties1: "+tc.in)
		var got []map[string]any // marshalled with sorted keys
		for _, c := range r.Sides[0].Casualties {
			m := map[string]any{}
			if c.Who != "" {
				m["who"] = c.Who
			}
			for k, p := range map[string]*int{"killed": c.Killed, "wounded": c.Wounded, "captured": c.Captured} {
				if p != nil {
					m[k] = *p
				}
			}
			if c.Note != "" {
				m["note"] = c.Note
			}
			got = append(got, m)
		}
		if js(got) != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, js(got), tc.want)
		}
	}
}

func TestArticles14StrengthWho(t *testing.T) {
	r := normalize(t, "- Strength1: 40 (Norland), 6 (Sudland), 300 (Government claim), 90 (June 2011)")
	s := r.Sides[0].Strength
	if len(s) != 4 || s[0].Who != "Norland" || s[1].Who != "Sudland" || s[2].Who != "" || s[3].Who != "" || s[3].AsOf != "2011-06" {
		t.Errorf("strength: %s", js(s))
	}
}

func TestArticles14PlaceHierarchy(t *testing.T) {
	for _, tc := range []struct{ in, places, site string }{
		{"Kidalo, Northern Region, Mali", `[{"name":"Mali","iso":"MLI"}]`, "Kidalo, Northern Region"},
		{"Upper Valley, Niger", `[{"name":"Niger","iso":"NER"}]`, "Upper Valley"},
		// Several countries, or a last item that is no country, are a list.
		{"Mali, Niger", `[{"name":"Mali","iso":"MLI"},{"name":"Niger","iso":"NER"}]`, ""},
		{"Kidalo, Mali, Upper Valley", `[{"name":"Kidalo"},{"name":"Mali","iso":"MLI"},{"name":"Upper Valley"}]`, ""},
		{"Mali", `[{"name":"Mali","iso":"MLI"}]`, ""},
	} {
		r := normalize(t, "- Place: "+tc.in)
		if js(r.Places) != tc.places || r.Site != tc.site {
			t.Errorf("%q: places %s site %q, want %s %q", tc.in, js(r.Places), r.Site, tc.places, tc.site)
		}
	}
}
