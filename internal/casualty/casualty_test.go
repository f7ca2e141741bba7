package casualty

import (
	"fmt"
	"strings"
	"testing"
)

func render(ms []Mention) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, fmt.Sprintf("%s %s %s", m.Count.String(), m.Measure, m.Who))
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"During the firefight which lasted for more than three hours, four American, four Nigerien and at least 21 ISGS militants died and eight Nigerien and two Americans including the teams commander were wounded.",
			"4 killed American; 4 killed Nigerien; at least 21 killed ISGS militants; 8 wounded Nigerien; 2 wounded Americans"},
		{"Gunmen attacked the village, killing 12 civilians.", "12 killed civilians"},
		// One named with an article, then a group; one in the present perfect.
		{"A policeman and four gunmen were killed in the shootout near the market.", "1 killed policeman; 4 killed gunmen"},
		{"The mission says a Kenyan officer has been killed in an ambush on its convoy.", "1 killed Kenyan officer"},
		// A group word in quotes.
		{`The army added that 14 "bandits" had been killed in the raid.`, "14 killed bandits"},
		// A question is no figure.
		{"The army did not say how many attackers were killed in the raid.", ""},
		{"Two soldiers were wounded in the blast.", "2 wounded soldiers"},
		{"During the firefight 11 militants died including two wearing suicide vests, one weapons cache was also destroyed during the operation.", "11 killed militants"},
		{"No American or Nigerien soldiers were killed or wounded.", ""},
		{"On December 9, 2018 a French soldier was killed and a US servicemember was injured in a car accident.", "1 killed French soldier; 1 wounded US servicemember"},
		{"On February 2, 2017, U.S. commando Shawn Thomas was killed and another injured in a non-combat vehicle accident in Niger.", "1 killed U.S. commando Shawn Thomas; 1 wounded U.S. commando Shawn Thomas"},
		{"The ambush left four American and four Nigerien soldiers dead.", "4 killed American; 4 killed Nigerien soldiers"},
		{"Dozens of people were killed in mid-2019.", "24–99 killed people"},
		{"At least 30 people were kidnapped by bandits.", "at least 30 captured people"},
		{"A force of 46 personnel and eight vehicles was ambushed by over 50 militants with around 20 motorcycles.", ""},
		{"The attack killed at least 35 soldiers and wounded 12 others.", "at least 35 killed soldiers; 12 wounded soldiers"},
		{"Three policemen were killed and two others wounded.", "3 killed policemen; 2 wounded policemen"},
		{"The gunmen killed 12 soldiers and four others.", "12 killed soldiers; 4 killed others"},
		{"Bandits killed one farmer and abducted five others.", "1 killed farmer; 5 captured others"},
		{"Between 30 and 40 fighters were killed near Diffa.", "30 (30–40) killed fighters"},
		{"Officials said 20 to 25 villagers died.", "20 (20–25) killed villagers"},
		{"Two soldiers and 3-5 civilians were wounded.", "2 wounded soldiers; 3 (3–5) wounded civilians"},
		{"The blast killed 5 and wounded 9.", "5 killed ; 9 wounded "},
		{"4 peacekeepers were killed and 5 were seriously wounded.", "4 killed peacekeepers; 5 wounded peacekeepers"},
		{"The army said it had \"neutralised\" 27 terrorists.", "27 killed terrorists"},
		{"Up to 50 people may have died.", "up to 50 killed people"},
		{"89 soldiers were killed and 77 militants were \"neutralised\".", "89 killed soldiers; 77 killed militants"},
		{"Militants abducted 12 passengers along the Kaduna-Abuja highway.", "12 captured passengers"},
		{"This cowardly attack resulted in the death of 16 soldiers, while another six were wounded and one missing.", "16 killed soldiers; 6 wounded soldiers"},
		{"The attacks had an official death toll of 141 people.", "141 killed people"},
		{"The death toll rose from 20 to 31, officials said.", "31 killed "},
		{"Officials put the toll at about 40 dead.", "about 40 killed "},
		{"Police condemned the killing of three farmers and the abduction of 12 pupils.", "3 killed farmers; 12 captured pupils"},
		{"The death toll from the 2019 floods is unknown.", ""},
		{"The death of its leader weakened the group.", ""},
		{"Four members of Niger’s Defence and Security Forces (FDS) were killed and two injured in the attack.", "4 killed members of Niger’s Defence and Security Forces; 2 wounded members of Niger’s Defence and Security Forces"},
		{"Gunmen killed four American and three Nigerien soldiers.", "4 killed American; 3 killed Nigerien soldiers"},
		{"At least nine civilians, including four children, were killed in an air strike.", "at least 9 killed civilians"},
		{"The strike killed 9, bringing to 30 the number of people killed in two days.", "9 killed "},
		{"Two airstrikes claimed the lives of at least 21 civilians.", "at least 21 killed civilians"},
		{"Doctors saved the lives of 12 children.", ""},
		// An age is no count: "a 25-year-old" is one person.
		{"A 32-year-old herder was killed by gunmen near the river on Monday.", "1 killed 32-year-old herder"},
		{"Rebels shot dead a 70-year-old farmer and his son.", "1 killed 70-year-old farmer; 1 killed son"},
		{"The attackers killed a nine-month-old baby.", "1 killed nine-month-old baby"},
		// A person after a possessive joins the list.
		{"The mine destroyed the truck, killing six soldiers and their civilian driver.", "6 killed soldiers; 1 killed civilian driver"},
		{"Two guards and their commander were killed in the raid.", "2 killed guards; 1 killed commander"},
		{"Militants killed four villagers and their cattle.", "4 killed villagers"},
		// "Four of them died": a figure of a group told before.
		{"Seven men were shot at the checkpoint. Three of them died in hospital.", "3 killed "},
		{"Three of them were killed.", "3 killed "},
		{"Gunmen opened fire at the home, killing a security guard.", "1 killed security guard"},
		{"Militants briefly captured a military base south-west of the capital.", ""},
		{"Terrorists murdered and beheaded five people on Tuesday.", "5 killed people"},
		{"The army executed a plan to retake the town.", ""},
		{"Sgt. Nevada Krinkee died at a hospital after being shot Tuesday.", "1 killed Sgt. Nevada Krinkee"},
		{"Five people in Maiduguri died.", "5 killed people"}, // a place between the count and "died" is no name
		{"Two police officers were fatally shot in Sheridan.", "2 killed police officers"},
		{"Drone strikes killed two jihadist commanders close to Al-Qaeda.", "2 killed jihadist commanders"},
		{"Many died, and several others badly injured.", "5–99 killed ; 3–9 wounded others"},
		{"The Thursday attack in Tsafe claimed at least 18 lives.", "at least 18 killed "},
		{"One of those kidnapped is the district head.", ""},
		{"Three of the soldiers were killed.", "3 killed soldiers"},
		{"He said one AK-47 rifle was seized from a bandit.", ""},
		{"\"They kidnapped 42 people.\"", "42 captured people"},
		{"Bandits attacked a community, kidnapping over a dozen people.", "at least 12 captured people"},
		// Not a range: a count, then another count.
		{"Gunmen killed 5 soldiers and 9 civilians.", "5 killed soldiers; 9 killed civilians"},
		// Who the dead were, after how many: no more dead.
		{"These terrorists had already killed three civilians, two women and a child.", "3 killed civilians"},
		{"Gunmen killed 12 people, five women and seven men, in the village.", "12 killed people"},
		// A person by role, of a named place: one.
		{"Gunmen on Sunday night killed the village head of Tudun Wada community in Zurmi, Alhaji Musa Sani.", "1 killed village head"},
		{"Bandits killed the district head of Kauran Namoda, police said.", "1 killed district head"},
		{"The head of state condemned the killing.", ""},
		// Killing in two words before the group.
		{"Gunmen on Monday shot dead six farm workers near the river, officials said.", "6 killed farm workers"},
		{"The raiders stormed a checkpoint, shooting dead two guards and seizing rifles.", "2 killed guards"},
		{"Militants gunned down a teacher outside the school.", "1 killed teacher"},
		{"Three traders were shot dead at the market.", "3 killed traders"},
		{"Gunmen killed 5 soldiers, 3 women and 2 children.", "5 killed soldiers; 3 killed women; 2 killed children"},
		// People named one by one, a name in apposition passed over.
		{"Bandits killed the village head, Alhaji Musa Bello, his personal assistant and four other residents.", "1 killed village head; 1 killed personal assistant; 4 killed residents"},
		{"They killed the village's head, Jafaru Rabiu, and four others.", "1 killed village's head; 4 killed others"},
		{"The raiders killed the head of the family.", ""},
		{"Gunmen killed the village chief and his wife.", "1 killed village chief; 1 killed wife"},
		// One more after a group: "a soldier", "another policeman".
		{"An intense shootout in which 12 militants and a soldier were killed.", "12 killed militants; 1 killed soldier"},
		{"Militants ambushed a police vehicle, killing a local police chief and another policeman.", "1 killed local police chief; 1 killed policeman"},
		{"They killed three officers and wounded five before fleeing.", "3 killed officers; 5 wounded officers"},
		// Dead and hurt told as one figure: neither.
		{"Thirty seven people were killed and wounded in a series of car bombs.", ""},
		{"Twelve people were killed or injured.", ""},
		// A group's long name, "in" and an acronym inside.
		{"Three Philippine soldiers and four pro-Islamic State in Iraq and Syria (ISIS) militants were killed.", "3 killed Philippine soldiers; 4 killed pro-Islamic State in Iraq and Syria (ISIS) militants"},
		{"Four Marines were killed in Helmand.", "4 killed Marines"},
		// Places counted are no victims.
		{"Attacks on the two villages also wounded about a dozen people.", "about 12 wounded people"},
		// A place between the one counted and the outcome is where, not
		// who.
		{"A female Lwin Thar villager in Taze Township was killed in another airstrike.", "1 killed female Lwin Thar villager"},
		{"A villager in Kani Township was killed on Tuesday.", "1 killed villager"},
		{"Two farmers in Gwoza were killed.", "2 killed farmers"},
		// A day between the group and the outcome; "shot to death".
		{"At least 30 people on Sunday were killed in a raid on a market.", "at least 30 killed people"},
		{"Four farmers on Tuesday were wounded.", "4 wounded farmers"},
		{"Five men were shot to death outside a bar.", "5 killed men"},
		{"Two guards were hacked to death at the gate.", "2 killed guards"},
		// A bomber's own death counts.
		{"The bomber detonated the device strapped to his body, killing only himself.", "1 killed himself"},
		{"A suicide bomber attacked the market, killing self.", "1 killed self"},
		{"She blew herself up, killing herself and two guards.", "1 killed herself; 2 killed guards"},
		// A figure with no connective before it is no second group.
		{"It came the same day as a massacre of 37 villagers just 80 kilometres away.", "37 killed villagers"},
		{"The raid killed 14 fighters 30 km north of the town.", "14 killed fighters"},
	} {
		if got := render(Find(tc.in)); got != tc.want {
			t.Errorf("%s\n got: %s\nwant: %s", tc.in, got, tc.want)
		}
	}
}

func TestFindGroupEdges(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Four more soldiers died when their vehicle struck a landmine.", "4 killed soldiers"},
		{"A second strike killed 14 militants near Jilib.", "14 killed militants"},
		{"At least 14 soldiers were killed and seven were wounded in the fighting.", "at least 14 killed soldiers; 7 wounded soldiers"},
		{"Five Malian soldiers were killed and two were captured.", "5 killed Malian soldiers; 2 captured Malian soldiers"},
		{"Gunmen attacked the village, killing at least 58 civilians returning from a market.", "at least 58 killed civilians"},
	} {
		if got := render(Find(tc.in)); got != tc.want {
			t.Errorf("%s\n got: %s\nwant: %s", tc.in, got, tc.want)
		}
	}
}

// TestFindLinear: a long run of invalid bytes once took seconds (each
// token lower-cased the rest of the text).
func TestFindLinear(t *testing.T) {
	s := strings.Repeat("\xd1", 200000) + "0\x80ll"
	if ms := Find(s); len(ms) != 0 {
		t.Errorf("found %d mentions in garbage", len(ms))
	}
}
