package narrative

import (
	"testing"
	"time"
)

// TestCountedBack: an incident a sentence dates by counting back from the
// one it tells ("came two days after…") is its own event, on the day
// counted back; a count with no incident after it, an open count ("more
// than two weeks after") and an incident the story dates itself make none.
func TestCountedBack(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"days back from the lead", "Gunmen kill 12 soldiers in Niger\n\n" +
			"Gunmen killed 12 soldiers in an attack on an army post in western Niger on Tuesday, the defence ministry said.\n" +
			"The attack near Ayorou came two days after jihadists ambushed a patrol near Tillaberi, killing four police officers.\n",
			[]string{"2023-06-04 day Battles police officers killed 4 [Tillabéri]",
				"2023-06-06 day Battles Niger killed 12 [Ayorou]"}},
		{"own date, a week back", "Bomb kills five in Gao\n\n" +
			"In northern Mali, a roadside bomb killed five soldiers near Gao on Sunday, a week after militants stormed a base in Menaka, killing 20.\n",
			[]string{"2023-06-01/2023-06-07 week Violence against civilians people killed 20 [Ménaka]",
				"2023-06-11 day Explosions/Remote violence Mali killed 5 [Gao]"}},
		{"no incident counted to", "Protest in Niamey\n\n" +
			"Thousands marched in Niamey on Saturday to protest against the junta.\n" +
			"The march came two days after the government announced new elections.\n",
			[]string{"2023-06-10 day Protests  [Niamey]"}},
		{"open count", "Gunmen kill 12 soldiers in Niger\n\n" +
			"Gunmen killed 12 soldiers in an attack on an army post near Ayorou on Tuesday, the defence ministry said.\n" +
			"The attack came more than two weeks after jihadists ambushed a patrol near Tillaberi, killing four police officers.\n",
			[]string{"2023-06-06 day Battles soldiers killed 12 [Ayorou]"}},
		{"told with its own day", "Gunmen kill 12 soldiers in Niger\n\n" +
			"Gunmen killed 12 soldiers in an attack on an army post near Ayorou on Tuesday, the defence ministry said.\n" +
			"The attack came two days after jihadists ambushed a patrol near Tillaberi.\n" +
			"On June 4, jihadists ambushed a police patrol near Tillaberi, killing four officers.\n",
			[]string{"2023-06-04 day Battles officers killed 4 [Tillabéri]",
				"2023-06-06 day Battles soldiers killed 12 [Ayorou]"}},
	} {
		dct, _ := time.Parse("2006-01-02", "2023-06-12")
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestRoundupTotal: a lead that sums separate attacks is marked a total,
// so that checks weigh it against a claim rather than add it up.
func TestRoundupTotal(t *testing.T) {
	dct, _ := time.Parse("2006-01-02", "2023-06-12")
	r, err := Default().WithDCT(dct).Read("roundup", []byte("Bandits kill 42 in Zamfara\n\n"+
		"No fewer than 42 persons have been killed by suspected bandits in separate attacks across villages in Zamfara State on Sunday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Events) != 1 || r.Events[0].Extra.Get("total") != "true" {
		t.Errorf("events %+v", r.Events)
	}
}
