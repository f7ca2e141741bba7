package narrative

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/actor"
	"github.com/sitrep-project/sitrep/internal/event"
)

func read(t *testing.T, file string) *Reading {
	t.Helper()
	b, err := os.ReadFile("../../testdata/articles/" + file)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Default().Read(file, b)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func casualties(e event.Event) string {
	var parts []string
	for _, c := range e.Casualties {
		s := c.Who
		if c.Killed != nil {
			s += " killed " + c.Killed.String()
		}
		if c.Wounded != nil {
			s += " wounded " + c.Wounded.String()
		}
		if c.Captured != nil {
			s += " captured " + c.Captured.String()
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// checkEvents reads text as the document name.txt and compares its
// events, one line each, with want.
func checkEvents(t *testing.T, x *Extractor, name, text string, line func(event.Event) string, want []string) {
	t.Helper()
	r, err := x.Read(name+".txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range r.Events {
		got = append(got, line(e))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: got\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func find(r *Reading, date string) *event.Event {
	for i := range r.Events {
		if r.Events[i].Date.String() == date {
			return &r.Events[i]
		}
	}
	return nil
}

// TestOtherArticles checks phrasings the seed does not have, in fixtures
// written for the purpose: each row is one fact a reader must get.
func TestOtherArticles(t *testing.T) {
	for _, tc := range []struct {
		file, date, typ, cas string
	}{
		// "In mid-2019 … killing 12 civilians. Two soldiers were wounded …"
		// Armed men killing civilians is Violence against civilians in
		// ACLED's codebook, whatever the verb ("raided", "attacked").
		{"lake_town_raids.txt", "2019-05-01/2019-08-31", event.ViolenceCivilians, "civilians killed 12; soldiers wounded 2"},
		// "At least 14 soldiers were killed and seven were wounded …, while dozens of militants died."
		{"lake_town_raids.txt", "2020-02-03", event.Battles, "Chad killed at least 14 wounded 7; Islamic State – West Africa Province killed 24–99"},
		// "Three weeks later" resolves against the last date.
		{"lake_town_raids.txt", "2020-W09", "", "insurgents killed 26"},
		// "The following month, four more soldiers died … landmine"
		{"northern_corridor.txt", "2016-09", event.Battles, "Mali killed 5 captured 2"},
		{"northern_corridor.txt", "2016-10", event.ExplosionsRemote, "Mali killed 4"},
		{"northern_corridor.txt", "2018-03-06", event.Protests, ""},
		// wikitext: "a U.S. drone strike near Kismayo killed 17 al-Shabaab militants"
		{"coastal_strikes.wiki", "2020-01-12", event.ExplosionsRemote, "Al-Shabaab killed 17"},
		{"coastal_strikes.wiki", "2020-04", "", "Al-Shabaab killed 14"},
		// plain text: "Two days later, a patrol was ambushed near Ouallam"
		{"field_note.txt", "2021-03-18", event.ViolenceCivilians, "civilians killed at least 58"},
		{"field_note.txt", "2021-03-20", event.Battles, "soldiers wounded 3"},
	} {
		r := read(t, tc.file)
		e := find(r, tc.date)
		if e == nil {
			var got []string
			for _, e := range r.Events {
				got = append(got, e.Date.String())
			}
			t.Errorf("%s: no event on %s; events: %v", tc.file, tc.date, got)
			continue
		}
		if tc.typ != "" && e.Type != tc.typ {
			t.Errorf("%s %s: type %q, want %q", tc.file, tc.date, e.Type, tc.typ)
		}
		if got := casualties(*e); got != tc.cas {
			t.Errorf("%s %s: casualties %q, want %q", tc.file, tc.date, got, tc.cas)
		}
		if e.Provenance.Span == nil || e.Provenance.Text == "" {
			t.Errorf("%s %s: no provenance", tc.file, tc.date)
		}
	}
}

func TestPlacesAndVerdicts(t *testing.T) {
	r := read(t, "coastal_strikes.wiki")
	if e := find(r, "2020-01-12"); e == nil || e.Place.Name != "Kismayo" || e.Place.Lat == nil || e.Place.Country != "SOM" {
		t.Errorf("Kismayo strike place: %+v", e)
	}
	if len(r.Reconciliation) != 1 || r.Reconciliation[0].Status != "consistent" || r.Reconciliation[0].Found != 31 {
		t.Errorf("verdicts: %+v", r.Reconciliation)
	}
	r = read(t, "northern_corridor.txt")
	if !r.Conflict.Ongoing || len(r.Reconciliation) != 1 || r.Reconciliation[0].Found != 9 {
		t.Errorf("northern corridor: ongoing=%v verdicts %+v", r.Conflict.Ongoing, r.Reconciliation)
	}
}

// TestProvenance checks that every mark points at its text: spans are code
// points into the document, which has non-ASCII characters before them.
func TestProvenance(t *testing.T) {
	r := read(t, "niger_seed.txt")
	runes := []rune(r.Document.Text)
	for _, e := range r.Events {
		sp := e.Provenance.Span
		if got := string(runes[sp.Start:sp.End]); got != e.Provenance.Text {
			t.Fatalf("%s: span text %q != %q", e.ID, got, e.Provenance.Text)
		}
		for _, m := range e.Provenance.Spans {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				t.Fatalf("%s: mark %+v out of range", e.ID, m)
			}
		}
	}
	tongo := find(r, "2017-10-04")
	var kinds []string
	for _, m := range tongo.Provenance.Spans {
		kinds = append(kinds, fmt.Sprintf("%s:%s", m.Kind, string(runes[m.Start:m.End])))
	}
	joined := strings.Join(kinds, " ")
	for _, want := range []string{"date:October 4, 2017", "place:Tongo Tongo", "number:at least 21 ISGS militants"} {
		if !strings.Contains(joined, want) {
			t.Errorf("Tongo Tongo marks lack %q: %s", want, joined)
		}
	}
}

// TestSites: a named site placed once in the text places later events
// that name it, and "away from X" does not put an event in X.
func TestSites(t *testing.T) {
	text := "= Base test =\n\n==History==\nIn 2015 the army built Camp Alpha in the town of Gao.\n\n" +
		"On 3 May 2016, troops left Camp Alpha, moving away from Bamako.\n"
	r, err := Default().Read("sites.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e := find(r, "2016-05-03")
	if e == nil || e.Place.Name != "Gao" {
		t.Fatalf("event at the site: %+v", e)
	}
}

// TestNewsDCT: news text anchors "on Tuesday" and "yesterday" on the date
// it was written.
func TestNewsDCT(t *testing.T) {
	text := "Gunmen kill 12 in western Niger\n\nGunmen on motorcycles killed 12 villagers near Ouallam on Tuesday, officials said. Two soldiers were wounded yesterday in a separate attack near Tillaberi.\n"
	dct, _ := time.Parse("2006-01-02", "2021-03-19") // a Friday
	r, err := Default().WithDCT(dct).Read("news.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range r.Events {
		got = append(got, e.Date.String()+" "+casualties(e))
	}
	want := "2021-03-16 villagers killed 12|2021-03-18 soldiers wounded 2"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %q\nwant %q", strings.Join(got, "|"), want)
	}
}

// TestInheritPlaces: an event whose sentence names no town takes the
// previous event's town only when it points back to something there.
func TestInheritPlaces(t *testing.T) {
	agadez := event.Place{Name: "Agadez", Country: "NER", Precision: event.GeoPoint}
	niger := event.Place{Name: "Niger", Country: "NER", Precision: event.GeoCountry}
	for _, tc := range []struct {
		prev, cur string
		para      string
		want      string
	}{
		{"Construction of the base began near Agadez.", "The base began operations.", "1", "Agadez"},
		{"Construction of the base began near Agadez.", "This base began operations.", "1", "Agadez"},
		// A word in common is no reference: the bomb may have struck a
		// town the gazetteer lacks.
		{"Gunmen attacked a hotel in Agadez, killing 20 hostages.", "A car bomb struck a camp in Gao, killing 77.", "1", "Niger"},
		{"Construction of the base began near Agadez.", "The base began operations.", "2", "Niger"},
	} {
		prev := event.Event{Summary: tc.prev, Place: agadez, Extra: event.Extra{{Key: "paragraph", Value: "1"}}}
		cur := event.Event{Summary: tc.cur, Place: niger, Extra: event.Extra{{Key: "paragraph", Value: tc.para}}}
		got := inheritPlaces([]event.Event{prev, cur})[1].Place.Name
		if got != tc.want {
			t.Errorf("%q after %q (paragraph %s): place %q, want %q", tc.cur, tc.prev, tc.para, got, tc.want)
		}
	}
}

// TestUnseenWording reads short texts in wordings the fixtures lack, each
// with what an analyst would read out of it, one line an event.
func TestUnseenWording(t *testing.T) {
	full := func(e event.Event) string {
		return fmt.Sprintf("%s %s %s %s [%s] %s", e.Date.String(), e.Date.Precision, e.Type, casualties(e), e.Place.Name, e.Summary)
	}
	for _, tc := range []struct {
		name, dct, text string
		want            []string
	}{
		// A clock time dates what happened on the day in view (the raid
		// told again, with its toll), and a place inside a party's name is
		// not where it happened.
		{"time and party", "", "Inates raid in Niger\n\nThe raid began on 10 December 2019 near Inates.\n\n" +
			"At around 7:30 p.m., fighters of the Islamic State in the Greater Sahara attacked the camp. The army said that 71 soldiers were killed.\n\n" +
			"On 12 December 2019, the Islamic State in the Greater Sahara killed 14 soldiers.\n", []string{
			"2019-12-10 day Battles soldiers killed 71 [Niger] The raid began on 10 December 2019 near Inates.",
			"2019-12-12 day Battles soldiers killed 14 [Niger] The Islamic State in the Greater Sahara killed 14 soldiers.",
		}},
		// A dateline is where the story was filed and "said Wednesday" when
		// it was told; neither is an event's place or date.
		{"dateline", "2024-03-20", "Ambushes kill soldiers\n\n" +
			"NIAMEY, Niger (AP) — Suspected jihadists killed at least 17 soldiers in an ambush on Tuesday, Niger's defense ministry said Wednesday.\n\n" +
			"WASHINGTON (Reuters) - Gunmen killed 5 soldiers near Ouallam on Monday.\n\n" +
			"The army confirmed on Wednesday that 3 soldiers died near Tillaberi.\n", []string{
			"2024-03-18 day Battles soldiers killed 5 [Ouallam] Gunmen killed 5 soldiers near Ouallam on Monday.",
			"2024-03-19 day Battles Niger killed at least 17 [Niger] Suspected jihadists killed at least 17 soldiers in an ambush on Tuesday, Niger's defense ministry said Wednesday.",
			// Alone, the day it was told is the best date there is.
			"2024-03-20 day Battles soldiers killed 3 [Tillabéri] The army confirmed on Wednesday that 3 soldiers died near Tillaberi.",
		}},
		// "in Dioura, Mali": the country after an unknown town is where it
		// happened, not a party, whatever country the text is mostly about;
		// the town is named, placed in that country.
		{"town and country", "", "Attacks in Niger and Mali\n\n" +
			"On 2 April 2019, gunmen attacked a post in Dioura, Mali, killing 9 soldiers. On 5 April 2019, 12 soldiers were killed near Ouallam in Niger. " +
			"On 9 April 2019, a bomb killed 3 soldiers near Ayorou in Niger.\n", []string{
			"2019-04-02 day Battles Mali killed 9 [Dioura] Gunmen attacked a post in Dioura, Mali, killing 9 soldiers.",
			"2019-04-05 day Battles Niger killed 12 [Ouallam] 12 soldiers were killed near Ouallam in Niger.",
			"2019-04-09 day Explosions/Remote violence Niger killed 3 [Ayorou] A bomb killed 3 soldiers near Ayorou in Niger.",
		}},
		// A dateline with the country and the day in full ("GAO, Mali, May
		// 2, 2019 — ") dates nothing: the incident is one event on its own
		// day, not two.
		{"dateline with country and day", "", "Attack near Menaka\n\n" +
			"MENAKA, Mali, March 8, 2019 — Gunmen attacked a police post near Menaka on Wednesday, killing three policemen and wounding two.\n", []string{
			"2019-03-06 day Battles Mali killed 3 wounded 2 [Ménaka] Gunmen attacked a police post near Menaka on Wednesday, killing three policemen and wounding two.",
		}},
		// A day number before a dated day opens a range, and a date after
		// "until" ends a period rather than dating an event.
		// "By 9 June 2019, …" tells what stood by then, not an incident of
		// that day; "On 9 June 2019" does.
		{"by a day", "", "Fighting for Menaka\n\n" +
			"On 2 June 2019, militants attacked a post near Menaka, killing 6 soldiers. " +
			"By 9 June 2019, the militants held 40 villages around Menaka and 2,000 people had fled.\n", []string{
			"2019-06-02 day Battles soldiers killed 6 [Ménaka] Militants attacked a post near Menaka, killing 6 soldiers.",
		}},
		{"day ranges", "", "Clashes in Mali\n\nFighting broke out on the night of 4–5 October 2017 near Menaka, killing 4 soldiers. " +
			"Between 10 and 12 May 2019, militants attacked three villages near Menaka, killing 35 civilians. " +
			"The mission was extended until 30 June 2023. On 9 June 2019, the army sent reinforcements to Menaka.\n", []string{
			"2017-10-04/2017-10-05 days Battles soldiers killed 4 [Ménaka] Fighting broke out on the night of 4–5 October 2017 near Menaka, killing 4 soldiers.",
			"2019-05-10/2019-05-12 days Violence against civilians civilians killed 35 [Ménaka] Militants attacked three villages near Menaka, killing 35 civilians.",
			"2019-06-09 day Strategic developments  [Ménaka] The army sent reinforcements to Menaka.",
		}},
		// An article on one day's attack: a body paragraph with the toll
		// but no date tells of that day, at the article's town though the
		// gazetteer lacks it; a bearing from a town is not the town.
		{"one day's attack", "", "= Chinagodrar attack =\n\n- Date: 9 January 2020\n- Place: Chinagodrar, Niger\n- Combatant1: Niger\n" +
			"- Combatant2: Islamic State in the Greater Sahara\n- Casualties1: 89 killed\n\n" +
			"The attack occurred on 9 January 2020 when militants attacked a camp in Chinagodrar, about 200 km north of Niamey.\n\n" +
			"==Attack==\nAccording to the ministry, 89 soldiers were killed and 77 militants were \"neutralised\".\n\n" +
			"==Reactions==\nOn 12 January 2020, a camp 40 km north of Niamey was reinforced.\n", []string{
			"2020-01-09 day Battles Niger killed 89; Islamic State in the Greater Sahara killed 77 [Chinagodrar] According to the ministry, 89 soldiers were killed and 77 militants were \"neutralised\".",
			"2020-01-12 day Strategic developments  [Niger] A camp 40 km north of Niamey was reinforced.",
		}},
		// The sentence after a dated one that names places gives the finest
		// of them, not its first.
		{"finest in the continuation", "", "Claims\n\nOn 12 December 2019, the group claimed the attack. " +
			"The president cut short a trip to Egypt and returned to Niamey.\n", []string{
			"2019-12-12 day Strategic developments  [Niamey] The group claimed the attack.",
		}},
		// A report dated in its title is written that day: "On Monday" is
		// the Monday before it; "since 1 March" bounds a period.
		{"dated report", "", "Burkina Faso: Flash Update No. 3 (12 March 2024)\n\n" +
			"- On 11 March, an improvised explosive device exploded near Djibo, wounding four soldiers.\n" +
			"- Since 1 March, more than 2,500 people have been displaced to Fada N'Gourma.\n\n" +
			"On Monday, a convoy of 40 trucks reached Kaya.\n", []string{
			"2024-03-11 day Explosions/Remote violence soldiers wounded 4 [Djibo] An improvised explosive device exploded near Djibo, wounding four soldiers.",
			"2024-03-11 day Strategic developments  [Kaya] A convoy of 40 trucks reached Kaya.",
		}},
		// Event notes under a title that is also a footnotes heading.
		{"notes", "", "Notes\n\nOn 15 March 2024, suspected Ansaru militants abducted 12 passengers along the Kaduna-Abuja highway near Katari.\n", []string{
			"2024-03-15 day Violence against civilians passengers captured 12 [Kaduna] Suspected Ansaru militants abducted 12 passengers along the Kaduna-Abuja highway near Katari.",
		}},
		// A wikitext table of incidents: a row an event.
		{"table", "", "{{Infobox military conflict\n| conflict = Attacks in Tillabéri\n| date = 2021\n| place = [[Niger]]\n}}\n" +
			"The '''attacks''' were massacres.\n\n== List ==\n{| class=\"wikitable\"\n! Date !! Location !! Deaths !! Notes\n|-\n" +
			"| 2 January 2021 || [[Ouallam]] || 70 || Villagers killed by gunmen\n|-\n| 15 March 2021 || Banibangou || 58 || Bus passengers killed\n|}\n", []string{
			"2021-01-02 day Violence against civilians civilians killed 70 [Ouallam] In Ouallam, 70 killed, Villagers killed by gunmen.",
			"2021-03-15 day Violence against civilians civilians killed 58 [Niger] In Banibangou, 58 killed, Bus passengers killed.",
		}},
	} {
		x := Default()
		if tc.dct != "" {
			dct, _ := time.Parse("2006-01-02", tc.dct)
			x = x.WithDCT(dct)
		}
		checkEvents(t, x, tc.name, tc.text, full, tc.want)
	}
}

// TestWithMod: "early", "mid-" and "late" take their third of a year or a
// month.
func TestWithMod(t *testing.T) {
	for _, tc := range []struct {
		d         event.Date
		mod, want string
		prec      event.Precision
	}{
		{event.Year(2019), "START", "2019-01-01/2019-04-30", event.PrecMonths},
		{event.Year(2019), "MID", "2019-05-01/2019-08-31", event.PrecMonths},
		{event.Year(2017), "END", "2017-09-01/2017-12-31", event.PrecMonths},
		{event.Month(2019, time.September), "MID", "2019-09-11/2019-09-20", event.PrecWeek},
		{event.Month(2024, time.February), "END", "2024-02-21/2024-02-29", event.PrecWeek},
		{event.Month(2019, time.September), "APPROX", "2019-09", event.PrecMonth},
		{event.Day(2019, time.September, 3), "START", "2019-09-03", event.PrecDay},
	} {
		got := withMod(tc.d, tc.mod)
		if got.String() != tc.want || got.Precision != tc.prec {
			t.Errorf("%s %s: %s (%v), want %s (%v)", tc.mod, tc.d.String(), got.String(), got.Precision, tc.want, tc.prec)
		}
	}
}

// TestSoldiersBesideMilitia: "soldiers" are the army's when a militia
// fights on the same side, not the militia's.
func TestSoldiersBesideMilitia(t *testing.T) {
	text := "= Siege of Djibo =\n\n- Date: February 2022 – present\n- Place: Djibo, Burkina Faso\n" +
		"- Combatant1: Burkina Faso, Volunteers for the Defence of the Homeland\n- Combatant2: JNIM\n\n" +
		"On 26 November 2022, JNIM fighters attacked a military base in Djibo, killing 10 soldiers and 4 VDP members.\n"
	r, err := Default().Read("djibo.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e := find(r, "2022-11-26")
	if e == nil {
		t.Fatalf("no event: %+v", r.Events)
	}
	if got := casualties(*e); got != "Burkina Faso killed 10; Volunteers for the Defence of the Homeland killed 4" {
		t.Errorf("casualties %q", got)
	}
}

// TestJuntaInView: a bare "junta" is the rulers of the country the event
// is in, and takes that state's side; it was once always Niger's.
func TestJuntaInView(t *testing.T) {
	for _, tc := range []struct{ name, text, date, want string }{
		{"placed", "Strikes in Mali\n\nOn 4 May 2024, a junta drone strike killed 8 civilians near Niono in Mali.\n", "2024-05-04", "Mali"},
		{"from the text's country", "= Battle of Example Town =\n\n- Date: March 2022\n- Place: Loikaw, Myanmar\n" +
			"- Combatant1: Myanmar\n- Combatant2: Karenni Army\n\nOn 2 March 2022, the junta shelled the town.\n", "2022-03-02", "Myanmar"},
	} {
		r, err := Default().Read(tc.name+".txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		e := find(r, tc.date)
		if e == nil {
			t.Fatalf("%s: no event: %+v", tc.name, r.Events)
		}
		var got []string
		for _, a := range e.Actors {
			got = append(got, a.Canonical)
		}
		if !slices.Contains(got, tc.want) || slices.Contains(got, "Niger") || slices.Contains(got, actor.Junta) {
			t.Errorf("%s: actors %v, want %s among them", tc.name, got, tc.want)
		}
	}
}

// TestSoldiersOfAnAlliance: where the state side has several forces and
// the event names none, bare "soldiers" are that side's, and count for its
// infobox claim; where both sides are states, they are nobody's yet.
func TestSoldiersOfAnAlliance(t *testing.T) {
	for _, tc := range []struct {
		name, sides string
		want        event.Side
		verdict     string
	}{
		{"an army and its foreign ally against an armed group", "- Combatant1: Mali, France\n- Combatant2: JNIM\n", 1, "consistent"},
		{"one army against an armed group", "- Combatant1: Mali\n- Combatant2: JNIM\n", 1, "consistent"},
		{"two states", "- Combatant1: Mali, France\n- Combatant2: Burkina Faso\n", 0, "no evidence"},
	} {
		text := "= Battle of Tessit =\n\n- Date: 14–16 June 2019\n- Place: Tessit, Mali\n" + tc.sides +
			"- Casualties1: 12 killed\n\n" +
			"On 14 June 2019, fighters attacked the camp at Tessit, killing seven soldiers. " +
			"On 16 June, a roadside bomb killed five more soldiers on the road north.\n"
		r, err := Default().Read("tessit.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		var sides []event.Side
		for _, e := range r.Events {
			for _, c := range e.Casualties {
				sides = append(sides, c.Side)
			}
		}
		if len(sides) != 2 || sides[0] != tc.want || sides[1] != tc.want {
			t.Errorf("%s: casualty sides %v, want two of side %d", tc.name, sides, tc.want)
		}
		if len(r.Reconciliation) != 1 || r.Reconciliation[0].Status != tc.verdict {
			t.Errorf("%s: verdicts %+v, want %s", tc.name, r.Reconciliation, tc.verdict)
		}
	}
}

// TestBattleSite: a battle's events that name no place are at the one
// town its infobox names; a campaign's, or a battle's fought over two
// towns, are in its country.
func TestBattleSite(t *testing.T) {
	for _, tc := range []struct {
		name, date, place, want string
	}{
		{"a battle at a town", "14–16 June 2019", "Ouallam, Tillabéri Region, Niger", "Ouallam"},
		{"a battle near a town", "14–16 June 2019", "Kelmaro, near Ouallam, Niger", "Ouallam"},
		{"a campaign", "June 2019 – March 2021", "Ouallam, Tillabéri Region, Niger", "Niger"},
		{"an ongoing siege", "June 2019 – present", "Ouallam, Niger", "Niger"},
		{"two towns", "14–16 June 2019", "Ouallam and Banibangou, Niger", "Niger"},
		{"a town and a name the gazetteer lacks", "14–16 June 2019", "Ouallam, Banibangou, Niger", "Niger"},
	} {
		text := "= Battle of Kelmaro =\n\n- Date: " + tc.date + "\n- Place: " + tc.place + "\n" +
			"- Combatant1: Niger\n- Combatant2: Islamic State in the Greater Sahara\n\n" +
			"The battle was fought in June 2019.\n\n==Battle==\n" +
			"On 14 June 2019, fighters attacked the army camp before dawn, killing seven soldiers.\n"
		r, err := Default().Read("kelmaro.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		e := find(r, "2019-06-14")
		if e == nil {
			t.Errorf("%s: no event: %+v", tc.name, r.Events)
			continue
		}
		if e.Place.Name != tc.want || e.Place.Lat == nil {
			t.Errorf("%s: place %q (%v), want %q", tc.name, e.Place.Name, e.Place.Precision, tc.want)
		}
	}
}

// eventLine shows what a news test checks of an event: date, precision,
// type, tolls and place.
func eventLine(e event.Event) string {
	return fmt.Sprintf("%s %s %s %s [%s]", e.Date.String(), e.Date.Precision, e.Type, casualties(e), e.Place.Name)
}

// TestNewsStory reads wire copy as it comes from the web: one paragraph a
// line, the incident told over several, its day given late or not at all.
func TestNewsStory(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		// The paragraph after the lead names the town; a later one that
		// refers back ("in the attack") adds the wounded; background
		// ("thousands … have been killed") adds nothing.
		{"follow-up", "Gunmen kill six soldiers in northern Burkina Faso\n\n" +
			"Gunmen killed six Burkinabe soldiers in an attack on a patrol in northern Burkina Faso on Saturday, the army said on Sunday.\n" +
			"“The patrol was attacked near Djibo, in the Soum province, by dozens of men on motorbikes,” a security source told Reuters by phone.\n" +
			"Four soldiers were wounded in the attack and six were killed, the army said in a statement read on state television.\n" +
			"The country has been fighting jihadist groups linked to al Qaeda and Islamic State since 2015, and thousands of people have been killed.\n",
			[]string{"2023-06-10 day Battles Burkina Faso killed 6 wounded 4 [Djibo]"}},
		// The lead dates only the report; the sentence that refers back
		// gives the day.
		{"day given late", "Militants kill 12 villagers in Borno\n\n" +
			"Militants killed 12 villagers and abducted nine women in a village in Borno State, residents told AFP (Agence France-Presse) on Sunday.\n" +
			"The attack happened on Friday night in Monguno, shortly after evening prayers, two residents said by telephone from the town.\n",
			[]string{"2023-06-09 day Violence against civilians villagers killed 12; women captured 9 [Monguno]"}},
		// A dated retelling that points back ("The gunmen") and counts no
		// dead adds its wounded to the incident, and its finer place.
		{"retold with the wounded", "Gunmen kill 7 in Tillaberi village\n\n" +
			"Gunmen killed seven civilians in a raid on a village in western Niger overnight, officials said on Sunday.\n" +
			"The gunmen came on motorbikes late on Saturday near Ouallam and fired on a market, a local official said. Four other people were wounded.\n",
			[]string{"2023-06-10 day Violence against civilians civilians killed 7; people wounded 4 [Ouallam]"}},
		// No day at all: the week up to the story's date.
		{"no day", "Bandits kill 8 in Zamfara\n\nBandits killed eight people in an attack on a market in Zamfara State, police said in a statement.\n",
			[]string{"2023-06-06/2023-06-12 week Violence against civilians people killed 8 [Zamfara State]"}},
		// A coalition led by a state is no place; a paragraph counted from
		// another day tells another incident, two days before this one's;
		// a war's toll is no event's.
		{"air strike", "Coalition air strike kills nine\n\n" +
			"At least nine civilians, including four children, were killed in a Saudi-led coalition air strike in northern Yemen on Saturday, medics said.\n" +
			"Apart from those killed, three people were wounded, medics said.\n" +
			"No one has claimed the attack, which came two days after gunmen killed eight people in the same province.\n" +
			"Saturday's second attack hit a house in Hajjah province and killed six civilians, residents said.\n" +
			"The coalition intervened in March 2015. The intervention has killed at least 10,000 people.\n",
			[]string{"2023-06-08 day Violence against civilians people killed 8 [Yemen]",
				"2023-06-10 day Explosions/Remote violence civilians killed at least 9; people wounded 3 [northern Yemen]",
				"2023-06-10 day Violence against civilians civilians killed 6 [Ḩajjah]"}},
		// A title-case dateline; a lead dated by its report ("announced
		// Monday") takes the day of the violence told after it; a possessive
		// day names a paper, not an incident; a retelling with no toll of
		// its own is no second event.
		{"report's day", "Twelve soldiers killed in Burkina Faso\n\n" +
			"Ouagadougou — At least 12 soldiers were killed and eight others wounded in an ambush in the north of Burkina Faso, the army announced Monday, according to Tuesday's edition of a daily.\n" +
			"\"On Saturday, armed men attacked a unit near the village. The toll is twelve fallen soldiers,\" a security source told AFP.\n" +
			"They were ambushed at about 3 pm on Saturday as they returned to their base.\n",
			[]string{"2023-06-10 day Battles Burkina Faso killed at least 12 wounded 8 [Burkina Faso]"}},
		// A dateline on its own line, a market named after a weekday, a
		// bare hour, a toll since another day, and a retelling of the same
		// bombing: one event.
		{"one bombing", "Suicide bomber kills six in Maiduguri\n\nMAIDUGURI, Nigeria, June 12, 2023\n" +
			"A suicide bomber struck a crowded market in Maiduguri on Monday, killing six people near Monday Market, officials said in a statement issued in the city.\n" +
			"Eleven people were wounded in the attack, the latest in a spate of bombings that have killed more than 600 people since the governor was sworn in on May 29.\n" +
			"Witnesses said the bomber detonated a device at the entrance to the market around 7.30 am, as traders were setting up their stalls for the day.\n" +
			"\"Today, at about 0730hrs, a suicide bomber detonated a device at the market,\" the police said in a statement read to reporters.\n",
			[]string{"2023-06-12 day Explosions/Remote violence people killed 6 wounded 11 [Maiduguri]"}},
		// A dateline's day dates nothing; "on Sunday confirmed" dates the
		// report of an incident already dated; a toll "less than a week
		// after" is another incident's, in the week before; a denial is no
		// event; "stormed" is an attack, on villagers only; "the village
		// of Tondikiwindi", unknown to the gazetteer, is where.
		{"told the next day", "Gunmen kill 19 in western Niger\n\n" +
			"NIAMEY Jun 12 Dozens of armed men stormed the village of Tondikiwindi in the Tillaberi region on Saturday evening, the regional governor said in a statement read on state radio.\n" +
			"A municipal official on Sunday confirmed that 19 people were killed and two others wounded in the attack, less than a week after gunmen killed 58 villagers in the same area.\n" +
			"The army said it had not carried out any strikes in the area on Sunday, contrary to reports on social media.\n",
			[]string{"2023-06-03/2023-06-09 week Violence against civilians villagers killed 58 [Niger]",
				"2023-06-10 day Violence against civilians people killed 19 wounded 2 [Tondikiwindi]"}},
		// A running total over the past year is no incident, and "one of
		// those kidnapped" counts no one again.
		{"running total", "Bandits kill one in Zamfara\n\n" +
			"Suspected armed bandits on Friday stormed a community in Zamfara State, killing one person and kidnapping at least seven others, an official said.\n" +
			"One of those kidnapped is the district head of the community, who was taken from his house along with his three wives and his son.\n" +
			"Thousands of people have either been killed or kidnapped in Zamfara by suspected bandits in the past year, according to local officials.\n",
			[]string{"2023-06-09 day Violence against civilians person killed 1; others captured at least 7 [Zamfara State]"}},
		// A border names the country across it; a name after a
		// possessive is someone, not where.
		{"across the border", "Gunmen kill 12 soldiers in Burkina Faso\n\n" +
			"Gunmen stormed a military post near the Mali border on Friday, killing 12 soldiers, the army of Burkina Faso said.\n" +
			"In September 2022, a group led by a fighter once loyal to Algeria's Mokhtar Belmokhtar attacked a military position in Burkina Faso.\n",
			[]string{"2022-09 month Battles  [Burkina Faso]", "2023-06-09 day Battles Burkina Faso killed 12 [Burkina Faso]"}},
		// A retelling in a quote gives the toll the lead lacked; a
		// bomber's own death counts.
		{"bomber alone", "Suicide bomber dies in Maiduguri\n\n" +
			"A suicide bomber detonated his explosives near a market in Maiduguri on Saturday but failed to kill anyone else, police said.\n" +
			"\"On Saturday at about 1915hrs, a suicide bomber heading towards the market detonated the device strapped to his body, killing only himself,\" the police said.\n",
			[]string{"2023-06-10 day Explosions/Remote violence himself killed 1 [Maiduguri]"}},
		// A denial first: nothing before the next event to compare with;
		// an attack on a village with no fight told is on civilians.
		{"denial first", "Army denies strikes\n\n" +
			"The army said it had not carried out any strikes in the area on Sunday.\n" +
			"They said gunmen attacked a village near Tillaberi on Sunday.\n",
			[]string{"2023-06-11 day Violence against civilians  [Tillabéri]"}},
		// "Kabul, Feb 17 (IANS)" is a dateline; the lead dated by its
		// report takes the day of the quote that tells the attack.
		{"title-case dateline", "8 policemen killed in Balkh\n\n" +
			"Kabul, Jun 12 (IANS) At least eight policemen were killed and three injured after the Taliban stormed a checkpoint in Balkh province, an official said on Monday.\n" +
			"\"Taliban attacked a security checkpoint with guns on Saturday night,\" the official said.\n",
			[]string{"2023-06-10 day Battles policemen killed at least 8 wounded 3 [Balkh]"}},
		// "the Friday afternoon assault": a weekday naming the incident
		// dates it.
		{"weekday before the noun", "Taliban kill 3 policemen\n\n" +
			"KABUL, Afghanistan (AP) — Taliban insurgents stormed a police checkpoint in the province of Kapisa, killing three policemen.\n" +
			"A police official said the Friday afternoon assault on the checkpoint lasted two hours.\n",
			[]string{"2023-06-09 day Battles policemen killed 3 [Kapisa]"}},
		// A sentence of two days: its first clause is the lead's, the
		// rest another event.
		{"two days in one sentence", "Three civilians killed in Beni\n\n" +
			"Three civilians were killed in an attack on a village in Beni territory in eastern Congo, the army said on Saturday.\n" +
			"The civilians died in the attack on Thursday night, while the attackers were killed on Friday morning.\n",
			[]string{"2023-06-08 day Violence against civilians civilians killed 3 [Beni]", "2023-06-09 day Strategic developments  [DR Congo]"}},
		// The lead's troops are the state's its follow-up names, and its
		// figure told again is not added.
		{"told again", "Gunmen kill a dozen troops\n\n" +
			"About 40 gunmen stormed a military position near the Mali border on Friday, killing a dozen troops.\n" +
			"A dozen soldiers were killed in northern Burkina Faso when the gunmen attacked the post, the president said.\n",
			[]string{"2023-06-09 day Battles Burkina Faso killed 12 [northern Burkina Faso]"}},
		// "an overnight … airstrike" dates the lead; an hour in the
		// follow-up is the incident's; "their two children" are among the
		// dead already counted; "On Monday … at noon" keeps its day.
		{"overnight", "Airstrike kills six in Sanaa\n\n" +
			"SANAA, June 12 (Xinhua) -- Six civilians were killed in an overnight coalition airstrike, officials and residents said on Monday.\n" +
			"Residents said they heard planes at midnight and four explosions on a house in a district north of the capital Sanaa.\n" +
			"A father, his wife and their two children were killed, the residents said.\n" +
			"On Thursday, a coalition airstrike hit a market in Sanaa at noon, killing five people.\n",
			[]string{"2023-06-08 day Explosions/Remote violence people killed 5 [Sanaa]",
				"2023-06-11 day Explosions/Remote violence civilians killed 6 [Sanaa]"}},
		// "the same day" is the incident's day, not the report's.
		{"the same day", "31 soldiers killed in Mali\n\n" +
			"At least 31 soldiers were killed on Saturday in an attack in the Gao region of Mali, the army confirmed on Monday.\n" +
			"The attack came on the same day as a massacre of 58 civilians in neighbouring Niger, where militants attacked four buses.\n",
			[]string{"2023-06-10 day Battles Mali killed at least 31 [Gao]", "2023-06-10 day Violence against civilians civilians killed 58 [Niger]"}},
		// People killed one by one are counted, and are civilians; a
		// retelling by "the bandits" is the same incident; a border area
		// with a country is not in it.
		{"village head", "Bandits kill village head, five others\n\n" +
			"A group of bandits, on Wednesday, invaded a village in Jibia Local Government Area of Katsina State and killed the village head, Alhaji Musa Bello, his personal assistant and four other residents.\n" +
			"A police spokesman said \"the bandits invaded the village around 11:30 p.m. on Wednesday and started shooting.\"\n" +
			"Air strikes by helicopters killed 25 civilians in a village in Yemen's Red Sea border area with Saudi Arabia on Friday, residents said.\n",
			[]string{"2023-06-07 day Violence against civilians village head killed 1; personal assistant killed 1; residents killed 4 [Jibia]",
				"2023-06-09 day Explosions/Remote violence civilians killed 25 [Yemen]"}},
		// What attackers carried is not how they struck; a district
		// "bordering Afghanistan" is not in it; militants counted, then
		// named, are counted once.
		{"armed with", "Militants kill 10 officers\n\n" +
			"PESHAWAR, Pakistan (AP) — Militants armed with assault rifles and grenades attacked a security post in Karak, a district in Khyber Pakhtunkhwa province bordering Afghanistan, on Friday, killing 10 officers and wounding three, police said.\n" +
			"Officers returned fire, and four militants were killed in the attack, a police official said.\n" +
			"He blamed the Pakistani Taliban for the attack.\n",
			[]string{"2023-06-09 day Battles officers killed 10 wounded 3; Tehrik-i-Taliban Pakistan killed 4 [Karak]"}},
		// "explosives blew up" is an explosion; who the dead were, told
		// after the lead's toll, are not more dead; an earlier report's
		// figure is not added.
		{"who the dead were", "Car bomb kills 10 in Baghdad\n\n" +
			"BAGHDAD, Iraq — A car loaded with 300 pounds of explosives blew up Friday near a police station in southwest Baghdad, killing 10 Iraqi civilians and wounding four others, the military said.\n" +
			"Officials said earlier initial reports showed one person killed and 11 others wounded in the explosion.\n" +
			"The military said four laborers working in a nearby palm grove died in the blast, while two bystanders also died in the attack.\n",
			[]string{"2023-06-09 day Explosions/Remote violence iraqi civilians killed 10 wounded 4 [southwest Baghdad]"}},
		// "PATNA:" is a dateline, not the place; a retelling with the
		// same toll is no second event; "(AP)" alone opens no summary.
		{"colon dateline", "22 security personnel killed in Chhattisgarh\n\n" +
			"PATNA: Twenty-two Indian security forces were killed and 30 others injured in a gun battle with Maoist rebels in Chhattisgarh, police said Sunday.\n" +
			"(AP) The forces were ambushed on Saturday while returning from a search operation near a forest in Chhattisgarh.\n" +
			"Officials said the rebels attacked the patrol on Saturday, killing 22 security personnel.\n",
			[]string{"2023-06-10 day Battles India killed 22 wounded 30 [Chhattisgarh]"}},
		// "the capital" of a story placed in a country is its capital;
		// "the state capital" is not.
		{"the capital", "Police disperse protesters\n\n" +
			"KATMANDU, Nepal -- Police fired tear gas to stop pro-democracy demonstrators from marching into the capital's center Sunday, arresting dozens of protesters.\n" +
			"In Chhattisgarh, rebels attacked a patrol on Saturday some 400 kilometres from the state capital, killing four policemen.\n",
			[]string{"2023-06-10 day Battles policemen killed 4 [Chhattisgarh]", "2023-06-11 day Protests  [Kathmandu]"}},
		// A retelling dropped for its same toll still gives its finer
		// place.
		{"retold finer", "12 dead in bar shooting\n\n" +
			"Twelve people were killed in a shooting at a bar in central Mexico on Saturday, local authorities said. Police believe Saturday's attack took place when an armed group entered the bar in the city of Irapuato and opened fire, killing six men and six women.\n",
			[]string{"2023-06-10 day Violence against civilians people killed 12 [Irapuato]"}},
		// Who the dead were, in the event's next sentence, are not more
		// dead; "pro-Islamic State in Iraq and Syria" names a group, not
		// where; "the town of Patikul" is.
		{"who among them", "Airstrikes kill 20 in Idlib\n\n" +
			"At least twenty civilians were killed in a series of airstrikes in Idlib on Saturday. The bombing in Idlib city killed at least nine children and three teachers.\n" +
			"On Friday, Philippine troops clashed with pro-Islamic State in Iraq and Syria militants in the town of Patikul in Sulu province.\n",
			[]string{"2023-06-09 day Battles  [Patikul]", "2023-06-10 day Explosions/Remote violence civilians killed at least 20 [Idlib]"}},
		// A lead dated by its week takes the day its next sentence gives
		// ("Tuesday's attacks"); its report is "according to" someone on
		// Thursday; a retelling after background is still a retelling.
		{"this week", "Airstrikes kill 12 in Sagaing\n\n" +
			"BANGKOK -- Airstrikes by the military on two villages in Sagaing region last week killed 12 civilians, according to villagers and the head of a local group on Sunday.\n" +
			"Tuesday's attacks on the two villages also wounded about a dozen people, they said.\n" +
			"Sagaing is a stronghold of armed resistance to the military, which seized power on Feb. 1, 2021.\n" +
			"In the latest deadly aerial attacks, a fighter jet dropped three bombs on a monastery on Tuesday, a resident said.\n",
			[]string{"2021-02-01 day Strategic developments  [Sagaing Region]", "2023-06-06 day Explosions/Remote violence civilians killed 12; people wounded about 12 [Sagaing Region]"}},
		// A sentence pointing back at older attacks does not date an
		// undated lead.
		{"older attacks", "Protesters tear-gassed\n\n" +
			"Police fired tear gas and water cannons to disperse the protesters who were marching towards the police headquarters in Colombo.\n" +
			"The protesters are demanding the arrest of those behind the attacks on peaceful protesters in Colombo on May 9.\n",
			[]string{"2023-05-09 day Protests  [Colombo]", "2023-06-06/2023-06-12 week Protests  [Colombo]"}},
		// What has not happened yet, and a condemnation, are no events.
		{"not yet, and words", "Taliban kill 4 police\n\n" +
			"KABUL, Afghanistan (AP) — Taliban insurgents attacked a checkpoint in Nuristan province on Sunday, killing four police officers.\n" +
			"The U.S.-led coalition ends its mission next year, officials said.\n" +
			"The president issued a statement on Monday condemning the attack.\n",
			[]string{"2023-06-11 day Battles police officers killed 4 [Nuristan]"}},
		// A lead that tells no violence and no day is no event.
		{"no incident", "Security talks\n\nOfficials met in Niamey to discuss security along the border, the ministry said in a statement.\n", nil},
	} {
		dct, _ := time.Parse("2006-01-02", "2023-06-12")
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestLocalities: a village, town or district the gazetteer lacks, named
// as such, is the incident's place, with the coordinates of the province
// or country the geoparser put it in; a name the text does not call a
// locality stays read as its container.
func TestLocalities(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		// "the village of …" in the paragraph after a lead placed in a
		// part of a country.
		{"village of", "Gunmen kill 30 in Burkina Faso\n\n" +
			"Gunmen killed about 30 civilians in a night attack on a village in northern Burkina Faso, the government said on Sunday.\n" +
			"The attackers struck on Saturday night, killing residents of the village of Dangara and burning the market, the statement said.\n",
			[]string{"2023-06-10 day Violence against civilians civilians killed about 30 [Dangara]"}},
		// "… village" in the lead, beside its state.
		{"village after", "Insurgents kill five in Borno\n\n" +
			"Insurgents killed five farmers in a dawn raid on Kadangari village, Borno, on Sunday, residents said.\n",
			[]string{"2023-06-11 day Violence against civilians farmers killed 5 [Kadangari]"}},
		// A district in the province the lead named, in a follow-up; a
		// hyphenated name is read whole, and a part of it is no place of
		// its own.
		{"district of", "Taliban kill nine soldiers\n\n" +
			"At least nine soldiers were killed when Taliban fighters stormed a checkpoint in Kunduz province on Saturday night, officials said.\n" +
			"In Kunduz, the fighters overran a police post in the district of Dasht-e-Nawar after a long gunbattle.\n",
			[]string{"2023-06-10 day Battles soldiers killed at least 9 [Dasht-e-Nawar]"}},
		{"hyphenated", "Taliban kill nine soldiers\n\n" +
			"At least nine soldiers were killed when Taliban fighters stormed a checkpoint in Kunduz province on Saturday night, officials said.\n" +
			"In Kunduz, the fighters overran a police post in the district of Dasht-e-Bala after a long gunbattle.\n",
			[]string{"2023-06-10 day Battles soldiers killed at least 9 [Dasht-e-Bala]"}},
		// A name that says it is a township.
		{"township", "Airstrike kills eight\n\n" +
			"At least eight civilians were killed and four wounded on Tuesday in a junta airstrike in Taze Township, Sagaing Region.\n",
			[]string{"2023-06-06 day Explosions/Remote violence civilians killed at least 8 wounded 4 [Taze Township]"}},
		// A name the gazetteer lacks that the text does not call a
		// locality ("Taliban", read by the geoparser as the province) is
		// no place of its own.
		{"not a locality", "Taliban kill seven soldiers\n\n" +
			"At least seven soldiers were killed after Taliban militants stormed a checkpoint in Nangarhar province late on Sunday night, officials said.\n" +
			"The Taliban have not commented on the attack so far.\n",
			[]string{"2023-06-11 day Battles soldiers killed at least 7 [Nangarhar]"}},
		// Not called a locality: the province stays.
		{"no locality", "Taliban kill nine soldiers\n\n" +
			"At least nine soldiers were killed when Taliban fighters stormed a checkpoint in Kunduz province on Saturday night, officials said.\n",
			[]string{"2023-06-10 day Battles soldiers killed at least 9 [Kunduz]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestNotWhere: a city a distance away, named after its kind, and the
// places the wounded were taken to or reinforcements came from are not
// where the incident was.
func TestNotWhere(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"distance from a capital", "Militants attack village\n\n" +
			"Twelve people were killed on Saturday when militants attacked Kadangari village, some 150 km north of the Nigerian capital of Abuja, a police official said.\n",
			[]string{"2023-06-10 day Violence against civilians people killed 12 [Kadangari]"}},
		{"distance from a city", "Soldiers killed\n\n" +
			"Gunmen killed eight soldiers on Saturday in an attack about 120 kilometers (75 miles) east of the northern city of Gao, the army said.\n",
			[]string{"2023-06-10 day Battles soldiers killed 8 [Mali]"}},
		{"near a town", "Soldiers killed\n\n" +
			"Gunmen killed eight soldiers on Saturday in an attack on a post southwest of the town of Ansongo, the army said.\n",
			[]string{"2023-06-10 day Battles soldiers killed 8 [Ansongo]"}},
		{"taken to", "Missile kills soldiers\n\n" +
			"A missile hit a military camp in Yemen on Saturday, killing seven soldiers. The wounded were taken to Aden hospitals.\n",
			[]string{"2023-06-10 day Explosions/Remote violence soldiers killed 7 [Yemen]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestLeadParagraph: what a lead's own paragraph and the paragraph after it
// tell. A dateline with its country in brackets dates and places nothing,
// and a later sentence of the lead's paragraph that points back gives the
// incident's day and province; a paragraph that dates a later sentence
// still tells the incident up to it; the start of a period ("a wave of
// violence … that began on March 3") dates no incident; a relative among
// the dead is not counted again.
func TestLeadParagraph(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"day later in the lead", "Soldiers killed in clash\n\n" +
			"Cotabato [Philippines], June 11 (ANI/Xinhua): Three soldiers were killed and two others wounded in a clash with communist rebels in the southern province, the army said on Sunday. " +
			"The army said the fighting, which erupted at dawn on Saturday in a village in Sultan Kudarat province, lasted two hours.\n",
			[]string{"2023-06-10 day Battles soldiers killed 3 wounded 2 [Province of Sultan Kudarat]"}},
		{"paragraph dated later", "Gunmen kill nine at a wedding\n\n" +
			"Gunmen killed nine people at a wedding party on Saturday night in the state of Zacatecas, officials said.\n" +
			"Among the dead in Fresnillo were the groom and two of his cousins. The state governor promised on Sunday to find the killers.\n",
			[]string{"2023-06-10 day Violence against civilians people killed 9 [Fresnillo]", "2023-06-11 day Strategic developments  [Mexico]"}},
		{"start of a period", "Gang kills eight in Haitian suburb\n\n" +
			"Gang members killed at least eight people in a hillside suburb of Haiti's capital early on Sunday, residents said.\n" +
			"The suburb had escaped a wave of gang violence across Port-au-Prince that began on March 3, until now.\n",
			[]string{"2023-06-11 day Violence against civilians people killed at least 8 [Port-au-Prince]"}},
		// Someone's relative among the dead is one of them, not one more.
		{"a relative", "Gunmen kill six in market raid\n\n" +
			"Gunmen killed six people in a raid on a market in Zamfara State on Sunday, police said.\n" +
			"The victims lay in the road for hours, and a trader wept on learning that a cousin of his was killed.\n",
			[]string{"2023-06-11 day Violence against civilians people killed 6 [Zamfara State]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestUnseenLocalities: a village or town named as such that the
// geoparser does not see at all is the incident's place, known to the
// region of the province or country holding it; a people's village ("a
// Christian village") is none; "village of" after a named village names
// its area; a quote's date followed by ", said X" is the incident's day,
// not the report's; a city hundreds of kilometres away is not the place.
func TestUnseenLocalities(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the town of", "Gunmen kill 14 in Chad\n\n" +
			"Gunmen stormed the town of Mbai Ngoro in southern Chad early on Saturday, killing 14 residents, officials said.\n",
			[]string{"2023-06-10 day Violence against civilians residents killed 14 [Mbai Ngoro]"}},
		{"village of an area", "Militia kills 12 in Darfur\n\n" +
			"An attack by a militia on Hillat Barud village of Um Kadada area in Sudan killed 12 villagers on Saturday, a local committee said.\n",
			[]string{"2023-06-10 day Violence against civilians villagers killed 12 [Hillat Barud]"}},
		{"a people's village", "Gunmen kill nine in Nigeria\n\n" +
			"Gunmen attacked a Christian village in Plateau State on Sunday, killing nine people, police said.\n",
			[]string{"2023-06-11 day Violence against civilians people killed 9 [Plateau State]"}},
		{"quote dated, then said", "Herders killed in Mali\n\n" +
			"Militiamen have killed eight herders during a raid hundreds of kilometres northeast of the Malian capital Bamako, a UN spokesman told reporters.\n" +
			"\"Armed men killed eight herders\" in the village of Tindi Koro last Friday, said Colonel Moussa Diallo, the spokesman.\n",
			[]string{"2023-06-09 day Violence against civilians herders killed 8 [Tindi Koro]"}},
		// "near Kandia, Niger": a name the gazetteer lacks, its
		// country after a comma; a month before a country is no place.
		{"a town and its region", "Soldiers killed in Niger\n\n" +
			"Gunmen killed six soldiers near Kandia, Niger on Saturday, the army said. In May, Niger had sent more troops there.\n",
			[]string{"2023-06-10 day Battles Niger killed 6 [Kandia]"}},
		{"a month before a country", "Soldiers killed in Mali\n\n" +
			"In March, Mali lost nine soldiers in an ambush, the army said.\n",
			[]string{"2023-03 month Battles  [Mali]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestOneThenGroup: a lead that counts one by its article ("a Togolese
// police officer has been killed") is an event, dated by the next sentence
// whose assailants "targeted" the place; "A policeman and seven suspected
// rebels" are eight.
func TestOneThenGroup(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"one, present perfect", "Attackers kill police officer in Mali\n\n" +
			"BAMAKO, Mali — The U.N. mission in Mali says a Togolese police officer has been killed in an attack by armed men in the northern town of Aguelhok.\n" +
			"The mission says dozens of assailants targeted the camp and the town market early Saturday.\n",
			[]string{"2023-06-10 day Battles togolese police officer killed 1 [Aguelhok]"}},
		{"one and a group", "Eight killed in clash\n\n" +
			"MANILA, June 12 (PNA) – A policeman and seven suspected rebels were killed in a clash before dawn on Sunday in Samar province, officials said.\n" +
			"A three-hour gunfight between police and about 20 rebels broke out around 3 a.m. on Sunday in Catubig town, the army said.\n",
			[]string{"2023-06-11 day Battles policeman killed 1; suspected rebels killed 7 [Catubig]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestSubordinateDay: a sentence that points back at the incident before
// an earlier day told in a clause of its own ("… in Pulwama district where
// militants killed two workers on Wednesday") goes on telling the
// incident up to that clause: its place and wounded are the incident's,
// the clause's dead are not. "overnight Friday" is one time, not two.
func TestSubordinateDay(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"overnight and revenge", "Rebels attack town\n\n" +
			"BANGUI, Central African Republic — Rebels attacked a northern town overnight Friday, and clashes left at least 20 dead as peacekeepers confronted them, the U.N. said.\n" +
			"The attack in Bambari was likely revenge for the killing Thursday of a local commander, the mission said.\n",
			[]string{"2023-06-08 day Strategic developments  [Bambari]", "2023-06-09 day Battles people killed at least 20 [Bambari]"}},
		{"where, earlier", "Soldiers killed in Kashmir\n\n" +
			"At least three soldiers died Sunday in a gunfight with militants in Indian-administered Kashmir, officials said.\n" +
			"A police officer was also wounded in the gunfight as troops searched a village in Pulwama district where militants killed two workers on Wednesday.\n",
			[]string{"2023-06-07 day Battles police officer wounded 1; workers killed 2 [Pulwama]",
				"2023-06-11 day Battles soldiers killed at least 3; police officer wounded 1 [Pulwama]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestVisitsAndWords: a county the geoparser does not see is the place; a
// visit to the scene dates no incident, and the attack's own day, told
// later, dates the lead; a minister's guess ("suggested on Sunday the
// violence stemmed from …") and a condemnation, whatever words follow it,
// are no events.
func TestVisitsAndWords(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"county", "Raiders kill nine herders in South Sudan\n\n" +
			"Raiders killed nine herders at a cattle camp in Wunlit County of South Sudan on Saturday, officials said.\n",
			[]string{"2023-06-10 day Violence against civilians herders killed 9 [Wunlit]"}},
		{"scene visit", "Soldiers killed in Chad\n\n" +
			"Boko Haram fighters killed 31 soldiers in an attack on an army base on an island in Lake Chad, the army said.\n" +
			"The president traveled to the scene of the attack on Sunday to honour the dead troops.\n" +
			"The attack early on Friday in Kaiga was the deadliest this year.\n",
			[]string{"2023-06-09 day Battles Chad killed 31 [Lake Chad]"}},
		{"guess and condemnation", "Gunmen kill 11 at a bar\n\n" +
			"Gunmen killed 11 people at a bar in the state of Guanajuato on Saturday, officials said.\n" +
			"The state security chief suggested on Sunday the violence stemmed from a feud between two gangs.\n" +
			"The foreign ministry of Canada condemned the incident on Sunday, adding it stood with Mexico in the battle against organized crime.\n",
			[]string{"2023-06-10 day Violence against civilians people killed 11 [Guanajuato]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestCaptionsAndDatelines: a photo's caption that opens the body, ending
// in a full date or a credit, is no event and gives the lead nothing; a
// clause of another time after the lead's follow-up points back ("since
// the RSF took control of the state capital Singa in April") names no
// place of the incident; a dateline in title case with a colon
// ("Sanaa:") is where the story was filed, not the district it names.
func TestCaptionsAndDatelines(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"caption with a date", "Gunmen kill 12 in Burkina Faso\n\n" +
			"Mourners bury the victims of the attack in Djibo on June 10, 2023.\n" +
			"Gunmen killed 12 civilians in an attack on a village near Djibo on Saturday, residents said.\n",
			[]string{"2023-06-10 day Violence against civilians civilians killed 12 [Djibo]"}},
		{"caption with a credit", "Junta airstrikes kill 11\n\n" +
			"A monastery in Kyun Taw village after junta airstrikes on Tuesday. / Supplied\n" +
			"At least 11 civilians were killed and five wounded on Tuesday in junta airstrikes in Taze Township, Sagaing Region.\n",
			[]string{"2023-06-06 day Explosions/Remote violence civilians killed at least 11 wounded 5 [Taze Township]"}},
		{"another time's place", "RSF kills 30 in Sudan village\n\n" +
			"The paramilitary Rapid Support Forces attacked a village in Sennar State on Sunday, killing at least 30 people, activists said.\n" +
			"The attack was the latest of dozens on farming villages since the RSF took control of the state capital Singa in April.\n",
			[]string{"2023-06-11 day Violence against civilians people killed at least 30 [Sennar]"}},
		{"title-case dateline", "Airstrike kills 9 in Yemen\n\n" +
			"Sanaa: At least nine civilians were killed on Saturday in an airstrike on a market in the Qarshawi district of Marib province, medics said.\n",
			[]string{"2023-06-10 day Explosions/Remote violence civilians killed at least 9 [Qarshawi]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestRoundupClauses: a roundup that tells two incidents in one sentence
// ("killed 11 farmers in Gwoza on Saturday and eight fishermen in Monguno
// on Sunday") gives each its toll: the second clause shares the first's
// verb.
func TestRoundupClauses(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	checkEvents(t, Default().WithDCT(dct), "two in one", "Attacks across Borno kill 19\n\n"+
		"Insurgents killed 11 farmers in Gwoza on Saturday and eight fishermen in Monguno on Sunday, officials said.\n",
		eventLine, []string{"2023-06-10 day Violence against civilians farmers killed 11 [Gwoza]",
			"2023-06-11 day Violence against civilians fishermen killed 8 [Monguno]"})
}

// TestRoundThenExact: a round figure in the lead ("Nearly a dozen
// policemen") told exactly after it ("killing 11 policemen") is the exact
// one; a toll "including four raiders" tells a fight.
func TestRoundThenExact(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	checkEvents(t, Default().WithDCT(dct), "round then exact", "Policemen killed in Niger\n\n"+
		"Nearly a dozen policemen were killed in an ambush in the Tahoua region on Sunday, a security source said.\n"+
		"Gunmen ambushed the convoy near the border, killing 11 policemen and wounding nine others, the source said.\n",
		eventLine, []string{"2023-06-11 day Battles policemen killed 11 wounded 9 [Tahoua Region]"})
	// Raiders among the dead fell in a fight: not violence against civilians.
	checkEvents(t, Default().WithDCT(dct), "attackers among the dead", "Raid on cattle camp\n\n"+
		"At least nine people, including four raiders, were killed in a raid on a cattle camp in Wunlit County of South Sudan on Saturday, officials said.\n",
		eventLine, []string{"2023-06-10 day Battles people killed at least 9 [Wunlit]"})
}

// TestRelativeTime: a span of time told in a relative clause after the
// violence ("a town … where two reporters disappeared in early March") is
// another story's, so the attack's day told next dates the lead; a drone
// attack is an air/drone strike.
func TestRelativeTime(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"where, in early March", "Gunmen kill mayor in Mexico\n\n" +
			"Gunmen killed the mayor of a town in southern Mexico where two reporters disappeared in early March, state prosecutors said on Sunday.\n" +
			"The mayor of Zapotitlan was shot dead by gunmen on a motorbike in the attack Saturday.\n",
			[]string{"2023-06-10 day Battles zapotitlan killed 1 [Zapotitlán de Vadillo]"}},
		{"drone attack", "Drone attack kills 9\n\n" +
			"Nine people were killed in a drone attack on a market in the Amhara region on Saturday, residents said.\n",
			[]string{"2023-06-10 day Explosions/Remote violence people killed 9 [Amhara]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestTownInProvince: a town the geoparser put no finer than a region ("on
// patrol in Bantilawan town", beside the "Southern Luzon Command") is in
// the province the lead named.
func TestTownInProvince(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	checkEvents(t, Default().WithDCT(dct), "town in province", "Militiamen killed in ambush\n\n"+
		"Four government militiamen were killed in an ambush by suspected rebels in Quezon province on Friday, the army said.\n"+
		"A spokesman of the Southern Luzon Command said the ambush happened while the militiamen were on patrol in Bantilawan town.\n",
		eventLine, []string{"2023-06-09 day Battles government militiamen killed 4 [Bantilawan]"})
}

// TestTollToldAgain: the lead's toll told again the same day with more
// ("a toll of 12 dead and 9 wounded … 30 "terrorists" had been killed") is
// one event with all of it and the retelling's village; a second attack
// of the same day with its own toll stays apart (TestNewsStory's "air
// strike").
func TestTollToldAgain(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	checkEvents(t, Default().WithDCT(dct), "told again with more", "Niger says 12 soldiers killed\n\n"+
		"The Niger defence ministry said on Sunday that at least 12 soldiers had been killed on Saturday in fighting near the border with Mali. "+
		"\"On Saturday, a unit of the defence forces exchanged fire with armed groups near the village of Tizegorou\", it said, announcing a toll of 12 dead and 9 wounded and adding that 30 \"terrorists\" had been killed.\n",
		eventLine, []string{"2023-06-10 day Battles Niger killed at least 12 wounded 9; terrorists killed 30 [Tizegorou]"})
}
