package conflict

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

type isoTable map[string]string

func (t isoTable) ISO3(name string) (string, bool) { v, ok := t[name]; return v, ok }

func normalize(t *testing.T, infobox string) Record {
	t.Helper()
	d, err := article.Parse("t.txt", []byte("= T =\n\n"+infobox+"\n\nSome text.\n"))
	if err != nil {
		t.Fatal(err)
	}
	return Normalize(d, isoTable{"Mali": "MLI", "Niger": "NER", "Burkina Faso": "BFA"})
}

func js(v any) string { b, _ := json.Marshal(v); return string(b) }

func TestDates(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ongoing  bool
	}{
		{"5 February 2013 – 5 August 2024, ()", "2013-02-05/2024-08-05", false},
		{"March 2019 – 14 June 2021", "2019-03/2021-06-14", false},
		{"2015 – present", "2015/PRESENT", true},
		{"October 4, 2017", "2017-10-04", false},
		{"c. 2018", "2018", false},
		// One end leaves out what the other gives.
		{"14–16 June 2019", "2019-06-14/2019-06-16", false},
		{"4-5 October 2017", "2017-10-04/2017-10-05", false},
		{"June 14–16, 2019", "2019-06-14/2019-06-16", false},
		{"14 June – 2 July 2019", "2019-06-14/2019-07-02", false},
		{"June 14 – July 2, 2019", "2019-06-14/2019-07-02", false},
		{"June – August 2019", "2019-06/2019-08", false},
		{"30 December 2019 – 2 January 2020", "2019-12-30/2020-01-02", false},
		{"14 June 2019 – present", "2019-06-14/PRESENT", true},
		{"2013–2024", "2013/2024", false},
		// What does not exist, or runs backwards, is no range.
		{"31 June 2019", "", false},
		{"30–31 June 2019", "2019-06-30", false}, // the start, as for an end not read
		{"16–14 June 2019", "2019-06-16", false},
		{"14–16", "", false},
		// ISO days, and an hour after a day.
		{"2015-04-02", "2015-04-02", false},
		{"2015-04-02 – 2015-04-05", "2015-04-02/2015-04-05", false},
		{"2015-02-30", "", false},
		{"18 October 1998 2:00 am", "1998-10-18", false},
		{"18 October 1998, 14:30 (UTC+3)", "1998-10-18", false},
		{"June 2019 – 14 June 2021 2:00 pm", "2019-06/2021-06-14", false},
		{"June", "", false},
	} {
		r := normalize(t, "- Date: "+tc.in)
		if r.Date.String() != tc.want || r.Ongoing != tc.ongoing {
			t.Errorf("%q: %q ongoing=%v, want %q %v", tc.in, r.Date.String(), r.Ongoing, tc.want, tc.ongoing)
		}
	}
}

func TestListsAndPlaces(t *testing.T) {
	r := normalize(t, "- Partof: Jihadist insurgency in Niger, War in the Sahel, and the war on terror (Operation Juniper Shield)\n- Place: Burkina Faso, Mali and Niger")
	if got := strings.Join(r.PartOf, "|"); got != "Jihadist insurgency in Niger|War in the Sahel|War on terror|Operation Juniper Shield" {
		t.Errorf("part of: %s", got)
	}
	if got := js(r.Places); got != `[{"name":"Burkina Faso","iso":"BFA"},{"name":"Mali","iso":"MLI"},{"name":"Niger","iso":"NER"}]` {
		t.Errorf("places: %s", got)
	}
}

func TestParties(t *testing.T) {
	r := normalize(t, "- Combatant1: Supported by:, France\n- Combatant2: Nusrat al-Islam, Islamic State – West Africa Province, Boko Haram (partially aligned with ISIL since 2015) ---- 22px Ansar Dine")
	if got := strings.Join(r.Sides[1].Parties, "|"); got != "Nusrat al-Islam|Islamic State – West Africa Province|Boko Haram|Ansar Dine" {
		t.Errorf("side 2: %s", got)
	}
	if got := strings.Join(r.Sides[0].Parties, "|"); got != "France" {
		t.Errorf("side 1: %s", got)
	}
}

func TestCommanders(t *testing.T) {
	r := normalize(t, "- Commander1: Joe Biden, (2021–2024), Jim Mattis, James C. Vechery Emmanuel Macron, (2017–2023), Barack Obama (2013–2017)\n"+
		"- Commander2: Iyad Ag Ghaly ---- Adnan Abu Walid al-SahrawiKIA, Abubakar Shekau (KIA), Doundou Chefou ---- 22px Abubakar ShekauKIA 22px Abu Umaimata")
	want1 := `[{"name":"Joe Biden","from":"2021","to":"2024"},{"name":"Jim Mattis"},{"name":"James C. Vechery"},{"name":"Emmanuel Macron","from":"2017","to":"2023"},{"name":"Barack Obama","from":"2013","to":"2017"}]`
	if got := js(r.Sides[0].Commanders); got != want1 {
		t.Errorf("side 1:\n got %s\nwant %s", got, want1)
	}
	want2 := `[{"name":"Iyad Ag Ghaly"},{"name":"Adnan Abu Walid al-Sahrawi","killed_in_action":true},{"name":"Abubakar Shekau","killed_in_action":true},{"name":"Doundou Chefou"},{"name":"Abu Umaimata"}]`
	if got := js(r.Sides[1].Commanders); got != want2 {
		t.Errorf("side 2:\n got %s\nwant %s", got, want2)
	}
}

func TestStrengths(t *testing.T) {
	r := normalize(t, "- Strength1: 1,000 personnel\n- Strength2: ISIL-West Africa: ~3,500 fighters (April 2018), ISGS: ~300 fighters, at least 50 technicals")
	if got := js(r.Sides[0].Strength); got != `[{"count":1000,"unit":"personnel","raw":"1,000 personnel"}]` {
		t.Errorf("side 1: %s", got)
	}
	s := r.Sides[1].Strength
	if len(s) != 3 || s[0].Count != 3500 || !s[0].Approx || s[0].Who != "ISIL-West Africa" || s[0].AsOf != "2018-04" || s[0].Unit != "fighters" ||
		s[1].Count != 300 || s[1].Who != "ISGS" || s[2].Count != 50 || !s[2].Min || s[2].Approx {
		t.Errorf("side 2: %s", js(s))
	}
}

// TestStrengthOutOfRange: a figure no count can hold, or written as a
// power, gives no strength (the line stays in Fields, as written), and a
// plain one beside it is still read.
func TestStrengthOutOfRange(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"10^30 soldiers", `null`},
		{"1e9 men", `null`},
		{"1000000000000000000000000000000", `null`},
		{"10^6 fighters, 400 police", `[{"count":400,"unit":"police","raw":"400 police"}]`},
		{"9000 soldiers", `[{"count":9000,"unit":"soldiers","raw":"9000 soldiers"}]`},
		// A unit's name after a space is no power.
		{"3 E2 aircraft", `[{"count":3,"unit":"E2 aircraft","raw":"3 E2 aircraft"}]`},
	} {
		r := normalize(t, "- Strength1: "+tc.in)
		if got := js(r.Sides[0].Strength); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.in, got, tc.want)
		}
		if f := r.Fields[len(r.Fields)-1]; f.Value != tc.in {
			t.Errorf("%q: field keeps %q", tc.in, f.Value)
		}
	}
}

func TestClaims(t *testing.T) {
	r := normalize(t, "- Combatant1: U.S. Armed Forces\n"+
		"- Casualties1: 5 killed (1 non hostile), 4 injured (2 non hostile) 5 killed, 8 wounded (While operating with the United States) 1 killed (non hostile) (while operating with the United States)\n"+
		"- Casualties2: 32 militants killed in two separate attacks Unknown killed in other attacks between 2015 and 2017 At least 1 weapons cache")
	c := r.Sides[0].Casualties
	if len(c) != 3 {
		t.Fatalf("side 1 claims: %s", js(c))
	}
	if *c[0].Killed != 5 || *c[0].KilledNonHostile != 1 || *c[0].Wounded != 4 || *c[0].WoundedNonHostile != 2 || c[0].Who != "U.S. Armed Forces" {
		t.Errorf("claim 1: %s", js(c[0]))
	}
	if *c[1].Killed != 5 || *c[1].Wounded != 8 || c[1].Who != "operating with the United States" || c[1].KilledNonHostile != nil {
		t.Errorf("claim 2: %s", js(c[1]))
	}
	if *c[2].Killed != 1 || c[2].KilledNonHostile == nil || *c[2].KilledNonHostile != 1 {
		t.Errorf("claim 3: %s", js(c[2]))
	}
	c2 := r.Sides[1].Casualties
	if len(c2) != 3 || *c2[0].Killed != 32 || c2[0].Who != "militants" || c2[0].Note != "in two separate attacks" ||
		!c2[1].Unknown || len(c2[2].Other) != 1 || c2[2].Other[0].Count != 1 || !c2[2].Other[0].Min {
		t.Errorf("side 2 claims: %s", js(c2))
	}
}

// TestMeasureFirst: infoboxes that write the measure as the label of its
// figure ("Killed: 183") give the same claim as "183 killed".
func TestMeasureFirst(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Killed: 183", "183 killed"},
		{"Killed: 183, Wounded: 400", "183 killed; 400 wounded"},
		{"Killed: 1,183 Wounded: 40+", "at least 1183 killed; 40 wounded"},
		{"Dead: 12 Injured: 25 Captured: 3", "12 killed; 25 wounded; 3 captured"},
		{"killed: at least 50", "at least 50 killed"},
		{"Civilians killed: 30", "30 killed (Civilians)"},
		// A label naming who, or a total, as before.
		{"Mali: 40 killed", "40 killed (Mali)"},
		{"Total: 641+ KIA", "at least 641 killed"},
		{"40+ killed", "at least 40 killed"},
	} {
		var got []string
		for _, c := range claims(tc.in) {
			var s []string
			for _, f := range []struct {
				n    *int
				what string
			}{{c.Killed, "killed"}, {c.Wounded, "wounded"}, {c.Captured, "captured"}} {
				if f.n != nil {
					s = append(s, fmt.Sprintf("%d %s", *f.n, f.what))
				}
			}
			line := strings.Join(s, "; ")
			if c.Min {
				line = "at least " + line
			}
			if c.Who != "" {
				line += " (" + c.Who + ")"
			}
			got = append(got, line)
		}
		if g := strings.Join(got, " | "); g != tc.want {
			t.Errorf("claims(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
}
