package datagen

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/acled"
	"github.com/sitrep-project/sitrep/internal/codebook"
	"github.com/sitrep-project/sitrep/internal/event"
)

// acledTypes weights event types and sub-types roughly as ACLED's Africa
// and Middle East data has them: protests the largest share, then
// battles, violence against civilians and remote violence.
var acledTypes = []struct {
	typ    string
	weight float64
	subs   []string
	subW   []float64
	zero   float64 // share of events with no fatality
	alpha  float64 // Pareto shape of the rest: smaller, heavier tail
}{
	{event.Battles, 22, []string{"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}, []float64{95, 2.5, 2.5}, 0.45, 1.1},
	{event.ExplosionsRemote, 16, []string{"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"}, []float64{0.05, 40, 1, 42, 15, 2}, 0.55, 1.2},
	{event.ViolenceCivilians, 18, []string{"Sexual violence", "Attack", "Abduction/forced disappearance"}, []float64{4, 78, 18}, 0.35, 1.5},
	{event.Protests, 29, []string{"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}, []float64{90, 9, 1}, 0.995, 2},
	{event.Riots, 7, []string{"Violent demonstration", "Mob violence"}, []float64{60, 40}, 0.85, 2},
	{event.Strategic, 8, []string{"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"}, []float64{3, 20, 20, 15, 3, 25, 6, 8}, 0.97, 2},
}

var acledSources = []string{"Premium Times", "Radio Dabanga", "Reuters", "AFP", "Shabelle Media Network", "SOHR", "Le Faso", "Radio Okapi", "Al Masdar Online", "Twitter; Undisclosed Source", "Daily Trust; Vanguard", "Local partner"}
var acledScales = []string{"National", "Subnational", "International", "Local partner-National", "New media", "Other"}

func (g *gen) acled(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(acled.Columns); err != nil {
		return err
	}
	tw := make([]float64, len(acledTypes))
	for i, t := range acledTypes {
		tw[i] = t.weight
	}
	seq := map[string]int{}
	rec := make([]string, len(acled.Columns))
	for range g.o.Rows {
		c := g.country()
		t := &acledTypes[g.pick(tw)]
		sub := t.subs[g.pick(t.subW)]
		p := c.places[g.r.IntN(len(c.places))]
		a1, i1, a2, i2 := g.acledActors(c, t.typ, sub)
		deaths := g.deaths(t.zero, t.alpha, 600)
		day := g.day()
		tp := []string{"1", "2", "3"}[g.pick([]float64{86, 11, 3})]
		gp := []string{"1", "2", "3"}[g.pick([]float64{72, 23, 5})]
		seq[c.iso3]++
		var assoc1, assoc2 string
		if g.r.IntN(10) == 0 {
			assoc1 = g.of(c.militias)
		}
		if a2 != "" && strings.HasPrefix(a2, "Civilians") && g.r.IntN(6) == 0 {
			assoc2 = g.of([]string{"Farmers", "Women", "Students", "Journalists", "Fulani Ethnic Group", "Christian Group", "Muslim Group"}) + " (" + c.c.Name + "); Women (" + c.c.Name + ")"
		}
		disorder := "Political violence"
		switch t.typ {
		case event.Protests, event.Riots:
			disorder = "Demonstrations"
		case event.Strategic:
			disorder = "Strategic developments"
		}
		civ := ""
		if strings.HasPrefix(a2, "Civilians") {
			civ = "Civilian targeting"
		}
		tags := ""
		if t.typ == event.Protests {
			tags = g.of([]string{"crowd size=no report", "crowd size=hundreds", "crowd size=around 50", "crowd size=thousands"})
		}
		lat, lon := g.jitter(p.lat, 0.05), g.jitter(p.lon, 0.05)
		loc := p.town
		if gp == "3" {
			loc = p.admin1
		}
		date := day.Format(event.Layout)
		if g.o.TextDates {
			date = day.Format("02 January 2006")
		}
		inter1, inter2 := interCode(i1, g.o.TextInter), interCode(i2, g.o.TextInter)
		interaction := min(i1, i2) + max(i1, i2) // ACLED writes the lower code first
		if i2 == "0" {
			interaction = i1 + "0"
		}
		if g.o.TextInter {
			interaction = label(i1)
			if i2 != "0" {
				interaction += "-" + label(i2)
			} else {
				interaction += " only"
			}
		}
		rec = append(rec[:0],
			fmt.Sprintf("%s%d", c.iso3, seq[c.iso3]), date, strconv.Itoa(day.Year()), tp, disorder,
			t.typ, sub, a1, assoc1, inter1, a2, assoc2, inter2, interaction, civ,
			strconv.Itoa(c.c.Num), c.region, c.c.Name, p.admin1, p.admin2, "", loc,
			strconv.FormatFloat(lat, 'f', 4, 64), strconv.FormatFloat(lon, 'f', 4, 64), gp,
			g.of(acledSources), g.of(acledScales), g.acledNotes(day, tp, a1, a2, sub, p, deaths),
			strconv.Itoa(deaths), tags, strconv.FormatInt(day.AddDate(0, 0, 7+g.r.IntN(60)).Unix(), 10))
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func interCode(code string, text bool) string {
	if code == "0" {
		return ""
	}
	if text {
		return label(code)
	}
	return code
}

func label(code string) string {
	c, _ := codebook.ACLEDInter.Find(code)
	return c.Label
}

// acledActors picks the two sides and their inter codes for an event.
func (g *gen) acledActors(c *country, typ, sub string) (a1, i1, a2, i2 string) {
	armed := func() (string, string) {
		switch n := g.r.IntN(10); {
		case n < 4 || len(c.rebels) == 0 && n < 6:
			return c.state, "1"
		case n < 7 && len(c.rebels) > 0:
			return g.of(c.rebels), "2"
		default:
			m := g.of(c.militias)
			switch {
			case strings.Contains(m, "Wagner") || strings.Contains(m, "Rwanda") || strings.Contains(m, "Israel"):
				return m, "8"
			case strings.Contains(m, "Ethnic") || strings.Contains(m, "Communal") || strings.Contains(m, "Clan"):
				return m, "4"
			}
			return m, "3"
		}
	}
	civilians := "Civilians (" + c.c.Name + ")"
	switch typ {
	case event.Battles:
		a1, i1 = armed()
		for a2, i2 = armed(); a2 == a1; a2, i2 = armed() {
		}
	case event.ExplosionsRemote:
		if sub == "Air/drone strike" || sub == "Shelling/artillery/missile attack" {
			a1, i1 = c.state, "1"
		} else {
			a1, i1 = armed()
		}
		if g.r.IntN(2) == 0 {
			a2, i2 = civilians, "7"
		} else if a2, i2 = armed(); a2 == a1 {
			a2, i2 = "", "0"
		}
	case event.ViolenceCivilians:
		a1, i1 = armed()
		a2, i2 = civilians, "7"
	case event.Protests:
		a1, i1 = "Protesters ("+c.c.Name+")", "6"
		a2, i2 = "", "0"
		if sub != "Peaceful protest" {
			a2, i2 = "Police Forces of "+c.c.Name, "1"
		}
	case event.Riots:
		a1, i1 = "Rioters ("+c.c.Name+")", "5"
		a2, i2 = "", "0"
		if g.r.IntN(2) == 0 {
			a2, i2 = civilians, "7"
		}
	default:
		a1, i1 = armed()
		a2, i2 = "", "0"
		if sub == "Arrests" || sub == "Looting/property destruction" {
			a2, i2 = civilians, "7"
		}
	}
	return a1, i1, a2, i2
}

// acledNotes writes a note in ACLED's style, with the commas and quotes
// that make CSV quoting necessary.
func (g *gen) acledNotes(day time.Time, tp, a1, a2, sub string, p place, deaths int) string {
	var b strings.Builder
	switch tp {
	case "2":
		fmt.Fprintf(&b, "Around %s (week of), ", day.Format("2 January 2006"))
	case "3":
		fmt.Fprintf(&b, "In %s (month of), ", day.Format("January 2006"))
	default:
		fmt.Fprintf(&b, "On %s, ", day.Format("2 January 2006"))
	}
	b.WriteString(a1)
	if a2 != "" {
		fmt.Fprintf(&b, " and %s", a2)
	}
	fmt.Fprintf(&b, " were involved in an event coded as %q in %s (%s, %s).", strings.ToLower(sub), p.town, p.admin2, p.admin1)
	switch {
	case deaths == 1:
		b.WriteString(" 1 person was killed.")
	case deaths > 1:
		fmt.Fprintf(&b, " %d people were killed.", deaths)
	}
	return b.String()
}
