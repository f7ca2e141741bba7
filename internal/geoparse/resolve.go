package geoparse

import (
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/relit"
)

// Resolution: which candidate each recognized name means, from its kind
// and population, the text's focus, its neighbours, lists and pairs.

// resolve picks a candidate for every mention.
func (p *Parser) resolve(text string, ms []mention, focus map[string]float64) {
	peoples(text, ms)
	// "Town, Region" and "Town, Country": the pair fixes both.
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		sep := text[a.end:b.start]
		bi := i + 1
		// "Buenos Aires, in Colombia's southwestern Cauca province": the
		// division after a country's possessive holds the town.
		if (sep == " in " || sep == ", in ") && i+2 < len(ms) && b.cands[0].Level() == 1 && ms[i+2].cands[0].Level() == 2 &&
			countryPossessive.MatchString(text[b.end:ms[i+2].start]) {
			b, bi, sep = &ms[i+2], i+2, " in "
		}
		if sep == ", in " {
			sep = " in "
		}
		if !pairSep(sep) {
			continue
		}
		if adjectiveUse(text, b) {
			continue // "Baghdad, U.S. military says": "U.S." qualifies the military
		}
		// "In the Donetsk region, Russia said": a country after the comma
		// that speaks is the clause's subject, not the town's country.
		if sep != " in " && b.cands[0].Level() == 1 && speaks(text, b.end) {
			continue
		}
		// "Canada, Mexico": a list of countries, not a town and its
		// country. A state's abbreviation after a country's name makes it
		// the town: "Lebanon, Pa.".
		// So does a state's full name that holds a town of the country's
		// name: "China, Maine", "Mexico, Maine" ("Canada, Mexico" stays
		// two countries, Mexico being one).
		townOfState := a.cands[0].Level() <= 1 && b.cands[0].Level() == 2 && townIn(a.cands, b.cands[0])
		if a.cands[0].Level() <= 1 && !b.abbrev && !townOfState {
			continue
		}
		if !b.abbrev && !townOfState && sep != " in " && peers(a, b) {
			continue // "in" makes no list: "Kano in Kano State"
		}
		for _, c := range a.cands {
			for _, d := range b.cands {
				if d.Level() >= 1 && d.Level() <= 3 && c.Level() > d.Level() && inside(d, c) {
					a.parent = bi
					break
				}
			}
			if a.parent >= 0 {
				break
			}
		}
	}
	// A division named after its seat ("Niamey" the capital district)
	// is rarely what a bare name means: the town is. So with a city of a
	// million inside the division, whatever the city's full name ("New
	// York" for New York City), and with a division the name only
	// shortens ("Moscow" for Moscow Oblast, "Kano" for Kano State) beside
	// a city of that very name.
	for i := range ms {
		m := &ms[i]
		m.namesake = make([]bool, len(m.cands))
		for j, c := range m.cands {
			if c.Level() != 2 && c.Level() != 3 {
				continue
			}
			short := gazetteer.Fold(c.Name) != m.key
			for _, t := range m.cands {
				if t.FeatureClass != "P" {
					continue
				}
				same := gazetteer.Fold(t.Name) == m.key
				seat := t.FeatureCode == "PPLA" || t.FeatureCode == "PPLC"
				if contains(c, t) && (same && t.Population >= 1000 || t.Population >= 1_000_000 || seat && t.Population >= 50_000) ||
					short && same && t.Population >= 100_000 {
					m.namesake[j] = true
					break
				}
			}
		}
	}
	// A national capital that shares its name with a division elsewhere
	// in its country is what news means by the bare name: "Washington"
	// is the government's city, not the state, unless a division word or
	// other states say so.
	for i := range ms {
		m := &ms[i]
		m.capital = make([]bool, len(m.cands))
		for j, c := range m.cands {
			if c.FeatureCode != "PPLC" || gazetteer.Fold(c.Name) != m.key {
				continue
			}
			for _, d := range m.cands {
				if d.Level() == 2 && d.Country == c.Country && !contains(d, c) {
					m.capital[j] = true
					break
				}
			}
		}
	}
	// "MARION, Ill. -- Alexander County schools reopened": a dateline's
	// town and its state say where the story is, and local news names
	// that state's counties bare. The state's share of the focus is too
	// weak a hint when the text also names rivers and states that read
	// as states (Illinois's county of 2,400 lost to North Carolina's).
	dateState := ""
	if len(ms) > 1 && ms[0].parent > 0 && dateline(text, ms[0].start, ms[0].end) {
		if d := ms[ms[0].parent].cands[0]; d.Level() == 2 && (ms[ms[0].parent].abbrev || len(ms[ms[0].parent].cands) == 1) {
			dateState = d.Country + "." + d.Admin1Code
		}
	}
	// First pass: context-free choice, to learn the document's focus.
	for i := range ms {
		m := &ms[i]
		m.scores = make([]float64, len(m.cands))
		for j := range m.cands {
			m.scores[j] = p.base(m, j)
		}
		m.pick = argmax(m.scores)
	}
	admin1 := map[string]float64{}
	// own is what each name added to the focus: a name is judged by the
	// rest of the text, lest its first guess confirm itself ("Gaza", a
	// clear province of Mozambique alone, must not outvote "Gaza Strip"
	// and "Israel").
	type share struct {
		country, admin1 string
		w               float64
	}
	own := map[string]share{}
	// "the former U.S. Embassy compound in Tripoli", "U.S. officials
	// said": a country named only as an actor ("U.S. Embassy") says less
	// of where the story is than one named as a place; a small town of it
	// must not outweigh a world city of the story's region (Geneva,
	// Illinois, for "the U.N. rights office in Geneva" in a story on Libya).
	located := map[string]bool{}
	for _, m := range ms {
		if c := m.cands[m.pick]; c.IsCountry() && !stateActorAfter(text, m.end) {
			located[m.key] = true
		}
	}
	// The countries the text names by a country's or a first-level
	// division's name, as first read.
	regionNamed := map[string]bool{}
	for _, m := range ms {
		if c := m.cands[m.pick]; (c.Level() == 1 || c.Level() == 2) && c.Country != "" && !m.feature {
			regionNamed[c.Country] = true
		}
	}
	for _, m := range ms {
		// Each name counts once, and only what is sure feeds the focus: a
		// guess repeated ten times would confirm itself.
		if _, ok := own[m.key]; ok {
			continue
		}
		c := m.cands[m.pick]
		sh := share{}
		switch {
		case c.IsCountry() && !rivalDivision(m.cands):
			sh = share{country: c.Country, w: 1}
			if !located[m.key] {
				sh = share{}
			}
		case m.feature && c.Level() >= 3 && !regionNamed[c.Country]:
			// A feature named after a town ("Coles Bay", read as Coles,
			// Spain, in a text on Tasmania) is a guess, which must not make
			// the next one ("Maria Island") at home abroad; in a country
			// the text names by a country's or a state's name it counts
			// ("the Chesapeake Bay" in a text on Maryland).
		case len(m.cands) == 1 && c.Country != "":
			sh = share{c.Country, c.Country + "." + c.Admin1Code, 0.5}
		case c.Level() == 2 && m.scores[m.pick]-second(m.scores) > 3:
			// A clear first-level division ("Texas", "Queensland").
			sh = share{c.Country, c.Country + "." + c.Admin1Code, 0.75}
		case c.Country != "" && oneCountry(m.cands):
			// "Brazzaville", the city or its district: either way the
			// Congo. "Atlanta", clearly the Georgian city, says Georgia
			// too.
			sh = share{country: c.Country, w: 0.5}
			if c.Level() >= 3 && m.scores[m.pick]-second(m.scores) > 2 {
				sh.admin1 = c.Country + "." + c.Admin1Code
			}
		}
		own[m.key] = sh
		if sh.w > 0 {
			focus[sh.country] += sh.w
			if sh.admin1 != "" {
				admin1[sh.admin1] += sh.w
			}
		}
	}
	total, totalA := sum(focus), sum(admin1)
	first := make([]gazetteer.Place, len(ms))
	firstLv := make([]int, len(ms)) // first[i].Level(), asked for by every candidate's neighbours
	for i, m := range ms {
		first[i] = m.cands[m.pick]
		firstLv[i] = first[i].Level()
	}
	// Sibling divisions: the first-level divisions of each country the
	// first pass found, each name once.
	siblings := map[string]map[string]bool{} // country → folded names
	for i, m := range ms {
		if c := first[i]; c.Level() == 2 && c.Country != "" {
			if siblings[c.Country] == nil {
				siblings[c.Country] = map[string]bool{}
			}
			siblings[c.Country][m.key] = true
		}
	}
	// Second-level divisions the first pass found: a town in a county
	// the text names is that county's ("Floyd County ... Rome").
	// Every county of that name counts, not only the first pass's pick:
	// "Paulding County ... near Dallas" is Georgia's county and Dallas,
	// Georgia, though Ohio's Paulding County reads first on its own.
	// A name many states give a county ("Washington County": thirty of
	// them) counts only in states the text is about, lest it lift every
	// town of every Washington County (Kingston, Rhode Island, in a story
	// on Rome, Georgia).
	counties := map[string]string{} // country.admin1.admin2 → folded name
	// Every county of every name the first pass read as a county, for a
	// name read abroad (below).
	anyCounty := map[string]string{}
	for i, m := range ms {
		if first[i].Level() != 3 {
			continue
		}
		for _, c := range m.cands {
			if c.Level() == 3 && c.Admin2Code != "" {
				anyCounty[c.Country+"."+c.Admin1Code+"."+c.Admin2Code] = m.key
			}
		}
		n := 0
		for _, c := range m.cands {
			if c.Level() == 3 {
				n++
			}
		}
		for _, c := range m.cands {
			if c.Level() == 3 && c.Admin2Code != "" && (n <= commonCounty || admin1[c.Country+"."+c.Admin1Code] > 0 || c.ID == first[i].ID) {
				counties[c.Country+"."+c.Admin1Code+"."+c.Admin2Code] = m.key
			}
		}
	}
	// Second pass: focus, neighbours and pairs.
	for i := range ms {
		m := &ms[i]
		if len(m.cands) == 1 {
			continue
		}
		for j, c := range m.cands {
			s := p.base(m, j)
			// A text that names other states or provinces of a country
			// means that country's division: "Georgia" beside "Alabama"
			// and "Iowa" is the US state, not the Caucasian country.
			if c.Level() == 2 {
				n := len(siblings[c.Country])
				if siblings[c.Country][m.key] {
					n--
				}
				s += math.Min(float64(n), 3)
			}
			sh := own[m.key]
			f, tot := focus[c.Country], total-sh.w
			if sh.country == c.Country {
				f -= sh.w
			}
			if tot > 0 && c.Country != "" {
				// A country's share alone says little about which of its
				// hamlets is meant: "Paris" in a text on Chicago and
				// Boston is no village of 8,000 in Illinois.
				scale := 1.0
				if c.Level() == 5 && c.Population < 100_000 && worldCityAbroad(m.cands, c.Country) {
					scale = 0.5
				}
				s += 5 * f / tot * scale
				if f > 0 {
					s += 1
				} else if tot >= 2 && c.Level() >= 2 && (c.Level() < 5 || c.Population < 1_000_000) {
					// A division or town of a country the text never
					// mentions, when it mentions others. A city of a
					// million may be known abroad; a division of a million
					// is not ("Bol" for Colombia's Bolívar in a text on
					// Chad and Cameroon).
					s -= 2
				}
			}
			// Towns listed together lie together: "Rome and Cartersville",
			// "Lebanon, Hershey and Harrisburg".
			if c.Level() == 5 {
				bonus := 0.0
				for _, k := range [2]int{i - 1, i + 1} {
					if k < 0 || k >= len(ms) || !listed(text, ms, min(i, k)) || ms[k].key == m.key {
						continue
					}
					o := first[k]
					switch {
					case o.Level() == 5 && o.Country == c.Country && o.Admin1Code == c.Admin1Code:
						bonus = max(bonus, 3)
					case o.Level() == 5 && o.Country == c.Country:
						bonus = max(bonus, 1.5)
					}
				}
				s += bonus
			}
			// A country listed among towns of another country where it
			// also names a town: "Lebanon" beside Hershey and Harrisburg.
			if c.Level() == 1 {
				for _, k := range [2]int{i - 1, i + 1} {
					if k < 0 || k >= len(ms) || !listed(text, ms, min(i, k)) || ms[k].key == m.key {
						continue
					}
					if o := first[k]; o.Level() == 5 && o.Country != c.Country && hasTownIn(m.cands, o.Country) {
						s -= 4
						break
					}
				}
			}
			// Items of one list are of one kind: "New Jersey and New
			// York" are states, "Georgia and Armenia" countries.
			if lv := c.Level(); lv == 1 || lv == 2 {
				for _, k := range [2]int{i - 1, i + 1} {
					if k >= 0 && k < len(ms) && listed(text, ms, min(i, k)) && ms[k].key != m.key &&
						first[k].Level() == lv && (lv == 1 || first[k].Country == c.Country) {
						s += 2
						break
					}
				}
			}
			a1 := c.Country + "." + c.Admin1Code
			fa, totA := admin1[a1], totalA
			if sh.admin1 != "" {
				totA -= sh.w
				if sh.admin1 == a1 {
					fa -= sh.w
				}
			}
			if totA > 0 && c.Level() >= 3 {
				s += 2 * fa / totA
				// "LAS CRUCES, N.M. -- A Las Vegas man": a paper names a
				// resident's town bare when it lies in the story's state,
				// and adds the state otherwise ("a Las Vegas, Nev., man").
				// Not a hamlet's, though: "PHOENIX -- A Miami woman" is
				// Florida's Miami, not Arizona's town of 1,800.
				if m.resident && c.Population >= 10_000 {
					s += 6 * fa / totA
				}
			}
			if c.Level() == 3 && i != 0 && c.Country+"."+c.Admin1Code == dateState && !otherStateCue(text, ms, first, i, dateState) {
				s += 4
			}
			// A division holding towns the text names clearly ("Georgia"
			// beside "Atlanta").
			if totA > 0 && c.Level() == 2 && fa > 0 {
				s += 2
			}
			// A county the text names outweighs a namesake a hundred times
			// larger (Dallas, Georgia, of 12,870 people, beside Paulding
			// County; not Dallas, Texas); +5 cost half 0 of GeoVirus one
			// toponym.
			if c.Level() >= 4 && c.Admin2Code != "" {
				if k, ok := counties[c.Country+"."+c.Admin1Code+"."+c.Admin2Code]; ok && k != m.key {
					s += 4
				}
			}
			// Neighbours: other names resolved near this candidate.
			// Only names within a window count: neighbours are local, and
			// a book-length text must stay linear.
			near := 0.0
			cl := c.Level()
			for k := max(0, i-neighbourWindow); k < min(len(ms), i+neighbourWindow+1); k++ {
				o := &first[k]
				if k == i || firstLv[k] <= 1 || ms[k].key == m.key {
					continue
				}
				// A division's point is no place a town lies near: the
				// centre of New York state says little for a village by
				// it against Cleveland, Ohio.
				w := 1.0
				if firstLv[k] == 2 && cl == 5 {
					w = 0.5
				}
				// 300 km is 2.7° of latitude: farther, no trigonometry.
				if math.Abs(c.Lat-o.Lat) > 2.8 {
					continue
				}
				if d := gazetteer.Distance(c.Lat, c.Lon, o.Lat, o.Lon); d < 300 {
					near += w * (1 - d/300)
				}
			}
			s += math.Min(near, 3)
			if m.parent >= 0 {
				for _, d := range ms[m.parent].cands {
					if inside(d, c) {
						s += 10
						break
					}
				}
			}
			m.scores[j] = s
		}
		m.pick = argmax(m.scores)
		// "the siege of Ladysmith in South Africa", in a text whose other
		// places lie in Canada: a pair says which country holds the
		// town, however strongly the text's focus speaks for another.
		if m.parent >= 0 && !slices.ContainsFunc(ms[m.parent].cands, func(d gazetteer.Place) bool { return inside(d, m.cands[m.pick]) }) {
			best := -1
			for j, c := range m.cands {
				if c.Level() > 1 && slices.ContainsFunc(ms[m.parent].cands, func(d gazetteer.Place) bool { return d.Level() == 1 && inside(d, c) }) &&
					(best < 0 || m.scores[j] > m.scores[best]) {
					best = j
				}
			}
			if best >= 0 {
				m.pick = best
			}
		}
		// "Mexico, N.Y.", "China, Maine": a country's name paired with a
		// state of another country is that state's town, however large
		// the country's prior. Only the pick moves: the scores still
		// speak for the bare mentions ("Lebanon's prime minister").
		if m.parent >= 0 && m.cands[0].Level() <= 1 {
			best := -1
			for j, c := range m.cands {
				if c.Level() == 5 && c.Country != m.cands[0].Country && slices.ContainsFunc(ms[m.parent].cands, func(d gazetteer.Place) bool { return d.Level() == 2 && inside(d, c) }) &&
					(best < 0 || m.scores[j] > m.scores[best]) {
					best = j
				}
			}
			if best >= 0 {
				m.pick = best
			}
		}
		// "The checkpoint will take place in Lebanon" in a story on Warren
		// County, Ohio; "Lima's north side" beside the Allen County
		// Sheriff's Office: a name read in a country the text names nothing
		// else in is the town of that name inside a county the text names.
		if c0 := m.cands[m.pick]; c0.Country != "" {
			f := focus[c0.Country]
			if sh := own[m.key]; sh.country == c0.Country {
				f -= sh.w
			}
			best := -1
			for j, c := range m.cands {
				if f > 0 || c.Level() != 5 || c.Country == c0.Country || c.Admin2Code == "" {
					continue
				}
				if k, ok := anyCounty[c.Country+"."+c.Admin1Code+"."+c.Admin2Code]; ok && k != m.key && (best < 0 || m.scores[j] > m.scores[best]) {
					best = j
				}
			}
			if best >= 0 {
				m.scores[best] = m.scores[m.pick] + 1
				m.pick = best
			}
		}
	}
	// One sense per text: every mention of a name takes the candidate
	// with the best total score over all of them, so that "Santa Ana,
	// California" settles the later bare "Santa Ana".
	// Mentions are grouped by name and candidates alike: a rule may give
	// one mention of a name other candidates ("Loudon county" its
	// counties, beside a bare "Loudon"), whose scores do not add up.
	byKey := map[string][]int{}
	for i := range ms {
		k := ms[i].key
		for _, c := range ms[i].cands {
			k += "\x00" + strconv.Itoa(c.ID)
		}
		byKey[k] = append(byKey[k], i)
	}
	// In the order of their first mention: a group's pairs look at their
	// region's pick ("Delhi, New York"), which another group may change.
	// Read in map order, one text came out two ways at random.
	groups := slices.SortedFunc(maps.Values(byKey), func(a, b []int) int { return a[0] - b[0] })
	for _, group := range groups {
		if len(group) < 2 {
			continue
		}
		total := make([]float64, len(ms[group[0]].cands))
		for _, i := range group {
			for j, sc := range ms[i].scores {
				total[j] += sc
			}
		}
		best := argmax(total)
		for _, i := range group {
			// A division named so by its office keeps that reading:
			// "Georgia's prime minister ... Georgia Gov. Brian Kemp".
			if c := ms[i].cands[ms[i].pick]; ms[i].wantAdmin && c.FeatureCode == "ADM1" && ms[i].cands[best].Level() != 2 {
				continue
			}
			// A mention paired with its own region keeps that reading:
			// "Jackson, Miss. ... Jackson, Tenn. ... Jackson, Wyo.".
			if pa := ms[i].parent; pa >= 0 && inside(ms[pa].cands[ms[pa].pick], ms[i].cands[ms[i].pick]) &&
				!inside(ms[pa].cands[ms[pa].pick], ms[i].cands[best]) {
				continue
			}
			ms[i].pick = best
		}
	}
	sameCounty(ms)
	p.subjects(text, ms)
	p.demonymNamesakes(text, ms)
	nicknames(text, ms)
	hyphenParts(text, ms)
	// The region half of a pair follows its town.
	for i := range ms {
		m := &ms[i]
		if m.parent < 0 {
			continue
		}
		c := m.cands[m.pick]
		b := &ms[m.parent]
		if j := cityAround(b.cands, c); j >= 0 {
			b.pick = j
			continue
		}
		for j, d := range b.cands {
			if inside(d, c) {
				b.pick = j
				break
			}
		}
	}
	// A town the gazetteer knows only abroad: "Bradford, Ontario" when
	// only the English Bradford is known, or "the community of O'Leary"
	// read as a hamlet in a country the text never names. The right
	// place is missing; the name is placed inside its region instead,
	// every mention of it alike.
	stray := map[string]bool{}
	// How much of the focus its main country holds: a text about one
	// country is where a stray stands out.
	topShare := 0.0
	for _, w := range focus {
		if total > 0 {
			topShare = max(topShare, w/total)
		}
	}
	for i := range ms {
		m := &ms[i]
		c := m.cands[m.pick]
		f := focus[c.Country]
		if sh := own[m.key]; sh.country == c.Country {
			f -= sh.w
		}
		// "CNN" is a division's code (Cunene), "NSW" another's: a
		// division's capitals count only where the text is about its
		// country.
		if m.acronym && c.Level() == 2 && f <= 0 {
			m.drop = true
		}
		// "Hamas fighters", "Wagner mercenaries", "the Wagner group": a
		// name read only in a country the text never names, while it names
		// others, before a word for armed men or their organisation, is
		// theirs (Hamm's other name, a hamlet in South Dakota).
		if c.Level() >= 3 && c.Country != "" && f <= 0 && total-own[m.key].w >= 1 && actorNoun(text, m.end) {
			m.drop = true
			continue
		}
		// A compound of a known name ("West Midlands", "Fraser Valley")
		// names a part of it or a feature beside it; read in a country
		// the text never names, while it names others, the compound is
		// another place of the same name: Zimbabwe's Midlands is not the
		// West Midlands of a text on England.
		if (m.namedDir || m.feature) && c.Level() >= 2 && c.Country != "" && f <= 0 && total-own[m.key].w >= 0.5 && topShare >= 0.4 {
			stray[m.key] = true
			continue
		}
		// A region across borders ("Kashmir") has no country to stray
		// from.
		if c.Level() < 3 || m.abbrev || c.Country == "" {
			continue
		}
		// An item of a list ("the Zaire, Bundibugyo, Côte d'Ivoire and
		// Sudan strains") names each place on its own.
		inList := i > 0 && listed(text, ms, i-1) || i+2 < len(ms) && listed(text, ms, i+1)
		if i+1 < len(ms) && m.parent < 0 && !inList {
			b := ms[i+1]
			d := b.cands[b.pick]
			if sep := text[m.end:b.start]; pairSep(sep) && sep != "," && b.strong && (d.Level() == 1 || d.Level() == 2) &&
				d.Country != "" && !contains(d, c) && !peers(m, &b) && !adjectiveUse(text, &b) {
				stray[m.key] = true
			}
		}
		// Not a capital in a dateline: "BEIRUT (AP)" heads stories on
		// Syria, filed from abroad.
		if (m.wantTown || m.wantAdmin) && total-own[m.key].w >= 2 && f <= 0 && !(c.FeatureCode == "PPLC" && dateline(text, m.start, m.end)) {
			stray[m.key] = true
		}
		// A small town abroad, in a country the text never names, when
		// the text names others: "Mann" in a report on the Central
		// African Republic is no hamlet on the Isle of Man.
		// A city called by the start of its name ("Frankfurt" for
		// Frankfurt am Main) is called by its name.
		shortName := m.viaAlt && c.Population >= 100_000 && strings.HasPrefix(gazetteer.Fold(c.Name), m.key+" ")
		// Not when its pair names what holds it ("Inates (Tillabery, West
		// Niger)": the country, named with a compass word, weighs no
		// focus).
		held := m.parent >= 0 && inside(ms[m.parent].cands[ms[m.parent].pick], c)
		if c.Level() == 5 && (c.Population < 100_000 || m.viaAlt && !shortName || m.feature) && total-own[m.key].w >= 1 && f <= 0 && !inList && topShare >= 0.4 && !held {
			stray[m.key] = true
		}
		// "the village of Otu, near the town of Mamfe" in a story on
		// Cameroon: no city abroad (Ōtsu, Japan), whatever its size.
		if c.Level() == 5 && c.Population >= 100_000 && f <= 0 && total-own[m.key].w > 0 && villageOf.MatchString(text[max(0, m.start-24):m.start]) {
			stray[m.key] = true
		}
		// "the Adhamiyah district of Baghdad", "a suburb of Harare": a part
		// of the town or division named next lies within it; read
		// anywhere else it is a namesake, and the part is placed there.
		// "Kiyawa District in Birnin Magaji": so with the part's word
		// inside its span.
		if i+1 < len(ms) && c.Level() >= 2 {
			b := ms[i+1]
			d := b.cands[b.pick]
			sep := text[m.end:b.start]
			if lv := d.Level(); (lv == 2 || lv == 3 || lv == 5) && (partOf(sep) || (sep == " in " || sep == " of ") && partEnd(text[m.start:m.end])) && !within(c, d) {
				if !placeWithin(m, d) {
					stray[m.key] = true
				}
				continue
			}
		}
		// "Columbus, Ohio's Linden neighborhood", "Nairobi's Kibera
		// slum": a part of the town before the possessive lies within it.
		if i > 0 && c.Level() >= 3 && text[ms[i-1].end:m.start] == "'s " && partAfter(text, m.end) {
			h := i - 1
			if h > 0 && ms[h-1].parent == h {
				h-- // the town of "Columbus, Ohio"
			}
			d := ms[h].cands[ms[h].pick]
			if lv := d.Level(); lv == 2 || lv == 3 || lv == 5 {
				if !within(c, d) && !placeWithin(m, d) {
					stray[m.key] = true
					m.holderEnd = ms[h].end
				}
				continue
			}
		}
		// "Makera, Akuzo and Usu villages of Kiyawa District in Birnin
		// Magaji, Zamfara State": a town named as a village lies in the
		// first-level division its sentence names; read in another of the
		// same country (Makera, Kaduna State), it is a namesake.
		if (c.Level() == 5 && c.Population < 100_000 || c.Level() == 3) && villageNamed(text, m.start, m.end) {
			// "the rural Queensland towns of Forrest Ridge and Cypress
			// Gardens": so too a small town in a country the text never
			// names (Cypress Gardens, Florida), though the list hides it
			// from the rule for small towns abroad above.
			if d, ok := sentenceDivision(text, ms, i); ok && (d.Country == c.Country || c.Population < 100_000 && f <= 0) && !slices.ContainsFunc(m.cands, func(e gazetteer.Place) bool {
				return e.Country == d.Country && e.Admin1Code == d.Admin1Code
			}) {
				stray[m.key] = true
				home := d
				home.ID = 0
				for k := range ms {
					if ms[k].key == m.key {
						ms[k].home = &home
					}
				}
				continue
			}
		}
		// A small town abroad among another country's towns: in "Suba,
		// Migori, Homa Bay, Rongo" (Kenya) Suba is no Philippine
		// village. Two other items must agree on the country, and the
		// name must have no town there.
		if inList && c.Level() == 5 && c.Population < 100_000 && f <= 0 {
			if lc := listCountry(text, ms, i); lc != "" && lc != c.Country && !hasTownIn(m.cands, lc) {
				stray[m.key] = true
			}
		}
		// "Potosi, Pilot Knob, and Belgrade" (Missouri fire districts): a
		// city abroad, however large, among three or more small towns of
		// one country is a place there the gazetteer lacks, not the
		// Serbian capital, unless a town of the name lies within 300 km
		// of them (the resolver's to pick). Small towns only: "Chicago,
		// Denver and London" stays London.
		if inList && c.Level() == 5 && c.Population >= 100_000 && f <= 0 {
			if st, ok := smallTownList(text, ms, i); ok && st.Country != c.Country && !slices.ContainsFunc(m.cands, func(e gazetteer.Place) bool {
				return e.Level() == 5 && gazetteer.Distance(e.Lat, e.Lon, st.Lat, st.Lon) < 300
			}) {
				stray[m.key] = true
			}
		}
	}
	p.strayAbroad(text, ms, stray)
	p.strayHeld(text, ms, stray)
	p.strayStates(ms, stray)
	for i := range ms {
		ms[i].stray = stray[ms[i].key] && !ms[i].subject && !ms[i].likened
	}
}

// strayStates finds towns and features read in a state the text never
// places anything else in, when its other places lie in one state: "the
// Town of Wheaton" in a story from Eau Claire, Wis., is no Wheaton,
// Illinois, nor "Madison Range near Bozeman" Madison, Wisconsin, nor
// "the Sugar Valley and Hill City communities" of a Georgia county Hill
// City, Kansas. Local news names such places without their state, and the
// gazetteer (towns of 500 and more) often lacks the right one. The
// namesake is dropped for a place inside the sentence's, or else the
// nearest of the text's places in that state.
func (p *Parser) strayStates(ms []mention, stray map[string]bool) {
	type state struct{ country, admin1 string }
	t := newTally(func(a, b state) bool { return a.country+a.admin1 < b.country+b.admin1 })
	for i := range ms {
		m := &ms[i]
		c := m.cands[m.pick]
		if m.drop || stray[m.key] || c.Admin1Code == "" || c.Level() < 2 {
			continue
		}
		t.add(m.key, state{c.Country, c.Admin1Code})
	}
	for i := range ms {
		m := &ms[i]
		c := m.cands[m.pick]
		if m.drop || stray[m.key] || m.abbrev || m.parent >= 0 || m.within || c.Admin1Code == "" {
			continue
		}
		if !(m.feature && c.Level() >= 3 || c.Level() == 5 && c.Population < 100_000) {
			continue
		}
		// Paired with a state ("Bristol, Indiana") or holding one ("Tacoma,
		// Wash."): the text says which.
		if i+1 < len(ms) && ms[i+1].parent == i || i > 0 && ms[i-1].parent == i {
			continue
		}
		n, top, cnt := t.others(m.key)
		own := state{c.Country, c.Admin1Code}
		// US, Australian and Canadian writing only: elsewhere a province is
		// named less surely than a state, and a first version for every
		// country cost GeoVirus Kabanjahe (North Sumatra, read in a story
		// on Aceh). Round 12: "Oyster Bay" (New South Wales) in a text on
		// Tasmania's east coast.
		if !stateFederations[top.country] || own.country != top.country || n < 2 || cnt(top) < 2 || 3*cnt(top) < 2*n || top == own || cnt(own) > 0 {
			continue
		}
		// A namesake in that state is the resolver's to pick, not a stray.
		if slices.ContainsFunc(m.cands, func(d gazetteer.Place) bool { return d.Country == top.country && d.Admin1Code == top.admin1 }) {
			continue
		}
		// The nearest place of the text in that state, below the state.
		best, dist := -1, 0
		for k := range ms {
			d := ms[k].cands[ms[k].pick]
			if k == i || ms[k].drop || ms[k].key == m.key || d.Country != top.country || d.Admin1Code != top.admin1 || d.Level() != 3 && d.Level() != 5 {
				continue
			}
			gap := ms[k].start - m.start
			if gap < 0 {
				gap = -gap / 2 // an earlier place is the likelier holder
			}
			if best < 0 || gap < dist {
				best, dist = k, gap
			}
		}
		if best < 0 {
			continue
		}
		home := ms[best].cands[ms[best].pick]
		home.ID = 0
		stray[m.key] = true
		for k := range ms {
			if ms[k].key == m.key {
				ms[k].home = &home
			}
		}
	}
}

// nicknameRe matches a nickname that likens a place to a famous city
// around the city's name: "the Manchester of the South", "the 'Venice
// of the North'", "the Paris of America".
var (
	nicknameBefore = relit.MustCompile(`\b[Tt]he ["“'‘]?$`)
	nicknameAfter  = relit.MustCompile(`^ of (?:the )?(?:(?:North|South|East|West|Midwest|Orient|Americas?|Africa|Asia|Europe|Pacific|Prairies|Plains|Tropics|World)\b|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern)? )`)
)

// nicknames reads the city a nickname likens a place to as the most
// populous town of its name: the comparison means the famous one, not a
// namesake near the text's places (Manchester, Georgia, for Athens, "the
// Manchester of the South").
func nicknames(text string, ms []mention) {
	for i := range ms {
		m := &ms[i]
		// The name alone, read as a town: not "the Akita Prefecture of
		// northern Japan".
		if m.parent >= 0 || m.cands[m.pick].Level() != 5 || gazetteer.Fold(text[m.start:m.end]) != m.key || !nicknameBefore.MatchString(text[max(0, m.start-6):m.start]) || !nicknameAfter.MatchString(text[m.end:min(len(text), m.end+40)]) {
			continue
		}
		// A capital first, then a first-level seat, then the most
		// populous: "Venice" is the Venetian capital, not Venice,
		// California.
		rank := func(c gazetteer.Place) int {
			switch c.FeatureCode {
			case "PPLC":
				return 2
			case "PPLA":
				return 1
			}
			return 0
		}
		best := -1
		for j, c := range m.cands {
			if c.Level() != 5 || gazetteer.Fold(c.Name) != m.key {
				continue
			}
			if b := best; b < 0 || rank(c) > rank(m.cands[b]) || rank(c) == rank(m.cands[b]) && c.Population > m.cands[b].Population {
				best = j
			}
		}
		if best >= 0 && (rank(m.cands[best]) > 0 || m.cands[best].Population >= 100_000) {
			m.pick = best
			m.likened = true
		}
	}
}

// hyphenParts reads a name that is a part of a hyphened division the text
// names ("Natal" after "KwaZulu-Natal", "Palatinate" after
// "Rhineland-Palatinate") as that division, when it was read in another
// country: the text shortens its own division's name; a namesake abroad
// (Natal, Brazil) shares the word only. A division's town stays the town
// ("Calais" after "Nord-Pas-de-Calais" lies inside it), and a country's
// part is no division ("Guinea" beside Guinea-Bissau).
func hyphenParts(text string, ms []mention) {
	// The parts of the text's hyphened divisions, each to its first
	// division.
	var parts map[string]gazetteer.Place
	for k := range ms {
		d := ms[k].cands[ms[k].pick]
		name := text[ms[k].start:ms[k].end]
		if (d.Level() != 2 && d.Level() != 3) || !strings.Contains(name, "-") {
			continue
		}
		for _, part := range strings.Split(name, "-") {
			if parts == nil {
				parts = map[string]gazetteer.Place{}
			}
			if key := gazetteer.Fold(part); key != "" {
				if _, ok := parts[key]; !ok {
					parts[key] = d
				}
			}
		}
	}
	if parts == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.parent >= 0 || m.abbrev || strings.ContainsAny(text[m.start:m.end], "-‐–") {
			continue
		}
		d, ok := parts[m.key]
		if !ok || d.Country == m.cands[m.pick].Country {
			continue
		}
		m.cands = append(slices.Clip(m.cands), d)
		m.scores = append(slices.Clip(m.scores), m.scores[m.pick])
		m.pick = len(m.cands) - 1
		m.likened = true
	}
}

// peoplesList matches the rest of a list of names that ends in a plural
// noun for peoples, after one of its names: "Shawnee, Susquehannock,
// Lenape (or Delaware), and Nanticoke peoples", "the Jagera, Yuggera and
// Ugarapul clans".
var peoplesList = relit.MustCompile(`^\)?(?: \([^()]{0,40}\))?((?:,| and|, and) (?:the )?\p{Lu}[\p{L}'’-]*(?: \([^()]{0,40}\))?)* (?:peoples|tribes|nations|clans|bands)\b`)

// peoples drops the names of a list of two and more that ends in a plural
// noun for peoples: they name peoples, not the towns and states named
// after them (Nanticoke, Pennsylvania; Delaware). One name before the
// noun ("the Ohio tribes") is a place's.
func peoples(text string, ms []mention) {
	for i := range ms {
		m := &ms[i]
		loc := peoplesList.FindStringSubmatchIndex(text[m.end:min(len(text), m.end+300)])
		if loc == nil {
			continue
		}
		// A list of two and more: a list separator after the name, or
		// one before it.
		before := text[max(0, m.start-6):m.start]
		if loc[2] < 0 && !strings.HasSuffix(before, ", ") && !strings.HasSuffix(before, " and ") && !strings.HasSuffix(before, "(or ") {
			continue
		}
		m.drop = true
	}
}

// tally counts the text's places by distinct name (a mention's key) and
// region, a country or a state, so that a name that may be a stray can ask
// where the text's other places lie, its own entry left out: the strays'
// rules place a name by the company it keeps, not by itself.
type tally[R comparable] struct {
	of    map[string]R // key → its region, the first one counted
	count map[R]int
	less  func(a, b R) bool // ties between regions go to the lesser
}

func newTally[R comparable](less func(a, b R) bool) *tally[R] {
	return &tally[R]{of: map[string]R{}, count: map[R]int{}, less: less}
}

func (t *tally[R]) add(key string, r R) {
	if _, ok := t.of[key]; !ok {
		t.of[key] = r
		t.count[r]++
	}
}

// others reports the number of the text's names other than key, the
// region holding most of them (the zero region when there are none) and
// their count by region.
func (t *tally[R]) others(key string) (n int, top R, cnt func(R) int) {
	own, self := t.of[key]
	cnt = func(r R) int {
		if self && r == own {
			return t.count[r] - 1
		}
		return t.count[r]
	}
	n = len(t.of)
	if self {
		n--
	}
	first := true
	for r := range t.count {
		if k := cnt(r); k > 0 && (first || k > cnt(top) || k == cnt(top) && t.less(r, top)) {
			top, first = r, false
		}
	}
	return n, top, cnt
}

// strayAbroad finds a feature's name, or a longer name's first words,
// read at a town abroad in a country the text places nothing else in,
// far from every town of the text, when its other places lie in one
// country: "Portland Island" off Hawke's Bay is no Portland, Oregon,
// "Limestone Station" and "Limestone Hill" in a text on Queensland no
// Limestone, Illinois. The gazetteer lacks such features and small
// places; the town abroad shares a word only. The stray is placed again
// in the text's country (the nearest town there), or dropped.
func (p *Parser) strayAbroad(text string, ms []mention, stray map[string]bool) {
	// Such names among the text's places, and the strays found before:
	// they neither place the text nor vouch for one another.
	shaped := make([]bool, len(ms))
	for i := range ms {
		m := &ms[i]
		if m.drop || stray[m.key] || m.abbrev || m.parent >= 0 || m.within || m.subject || m.likened || m.cands[m.pick].Level() < 3 {
			continue
		}
		// Paired with a place of its country ("Bristol, Indiana"): the
		// text says which. A pair across countries did not hold.
		c := m.cands[m.pick]
		if i+1 < len(ms) && ms[i+1].parent == i && ms[i+1].cands[ms[i+1].pick].Country == c.Country ||
			i > 0 && ms[i-1].parent == i && ms[i-1].cands[ms[i-1].pick].Country == c.Country {
			continue
		}
		lw := lastWord(text[m.start:m.end])
		shaped[i] = m.feature || featureNamed(text, m.end) || featureWords[lw] || featureEnds[lw] || siteWords[lw]
	}
	// The text's other places, by distinct name and country.
	t := newTally(func(a, b string) bool { return a < b })
	found := false
	for k := range ms {
		o := &ms[k]
		found = found || shaped[k]
		if shaped[k] || o.drop || stray[o.key] || o.cands[o.pick].Country == "" {
			continue
		}
		t.add(o.key, o.cands[o.pick].Country)
	}
	if !found {
		return
	}
	for i := range ms {
		if !shaped[i] {
			continue
		}
		m := &ms[i]
		c := m.cands[m.pick]
		n, top, cnt := t.others(m.key)
		if n < 3 || top == "" || top == c.Country || cnt(c.Country) > 0 || 3*cnt(top) < 2*n {
			continue
		}
		// Far from every town of the text.
		near := false
		for k := range ms {
			d := ms[k].cands[ms[k].pick]
			if lv := d.Level(); !shaped[k] && !ms[k].drop && !stray[ms[k].key] && ms[k].key != m.key && (lv == 3 || lv == 5) && gazetteer.Distance(c.Lat, c.Lon, d.Lat, d.Lon) < strayReach {
				near = true
				break
			}
		}
		if near {
			continue
		}
		// Even with a namesake in that country the name is likelier one
		// the gazetteer lacks, near the text's towns: it is placed again.
		stray[m.key] = true
	}
}

// siteWords end the names of sites and landforms that stand after a name
// in the singular besides featureWords: "Limestone Hill", "Gate Station".
var siteWords = map[string]bool{"hill": true, "station": true, "point": true, "head": true}

// featureNamed reports whether a capitalized feature's or site's word
// follows a name at text[end:] ("Limestone Station"): the name is a longer
// one's first words.
func featureNamed(text string, end int) bool {
	rest := text[end:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	w := rest[1:]
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	if w == "" || !unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	lw := strings.ToLower(w)
	return featureWords[lw] || featureEnds[lw] || siteWords[lw]
}

// lastWord is the last word of a name, in lower case.
func lastWord(name string) string {
	if i := strings.LastIndexAny(name, " -"); i >= 0 {
		name = name[i+1:]
	}
	return strings.ToLower(name)
}

// stateFederations are the countries whose states or provinces local
// writing names as surely as American news names a state.
var stateFederations = map[string]bool{"US": true, "AU": true, "CA": true}

// actorNouns, in lower case right after a name, make it an armed group's
// or its men's.
var actorNouns = map[string]bool{
	"fighters": true, "militants": true, "mercenaries": true, "rebels": true, "gunmen": true, "insurgents": true,
	"militia": true, "militias": true, "militiamen": true, "jihadists": true, "group": true, "movement": true,
	"commander": true, "commanders": true, "leader": true, "leaders": true, "spokesman": true, "members": true,
	"operatives": true, "loyalists": true, "gang": true, "gangs": true, "cartel": true, "guerrillas": true,
	"paramilitaries": true,
}

// actorNoun reports whether an actor's word follows at text[end:],
// after one space ("Hamas fighters"), a closing quote and a space ("the
// 'Los Rastrojos' gang") or a hyphened "-led" or "-run".
func actorNoun(text string, end int) bool {
	rest := text[end:]
	// A name quoted: "the 'Los Rastrojos' gang".
	for _, q := range []string{"'", "’", "\"", "”"} {
		if strings.HasPrefix(rest, q+" ") {
			rest = rest[len(q):]
			break
		}
	}
	if strings.HasPrefix(rest, "-") {
		for _, s := range []string{"-led", "-run", "-backed", "-controlled", "-held", "-linked", "-allied"} {
			if strings.HasPrefix(rest, s) && (len(rest) == len(s) || !unicode.IsLetter(rune(rest[len(s)]))) {
				return true
			}
		}
		return false
	}
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = rest[1:]
	n := 0
	for n < len(rest) && rest[n] >= 'a' && rest[n] <= 'z' {
		n++
	}
	return actorNouns[rest[:n]]
}

// waterName reports whether a folded name ends in a word for a sea, a
// gulf or a strait.
func waterName(key string) bool {
	i := strings.LastIndexByte(key, ' ')
	if i < 0 {
		return false
	}
	switch key[i+1:] {
	case "sea", "gulf", "strait", "straits", "ocean", "bay", "channel":
		return true
	}
	return false
}

// lakeName reports whether a folded name is a lake's: "lake albert",
// "volta lake".
func lakeName(key string) bool {
	return strings.HasPrefix(key, "lake ") || strings.HasSuffix(key, " lake")
}

// pairSep reports whether the text between two names makes the second
// the first's region: "Tyler, Texas", "Tyler in Texas", and after a
// division word written in lower case, which stays out of the name's
// span, "Loudoun county, Virginia"; so does a town's police in a state:
// "Mt. Pleasant police in Michigan".
func pairSep(sep string) bool {
	switch sep {
	case ", ", ",", " in ":
		return true
	}
	if !strings.HasPrefix(sep, " ") {
		return false
	}
	w := sep[1:]
	i := strings.IndexAny(w, ", ")
	if i < 0 {
		return false
	}
	switch w[i:] {
	case ", ", ",", " in ":
		return adminWords[w[:i]] || w == "police in "
	}
	return false
}

// partOf reports whether the words between two names make the first a
// part of the second: " district of ", " suburb of ", " neighbourhood in ".
func partOf(sep string) bool {
	w := strings.Fields(strings.ToLower(sep))
	if len(w) != 2 || w[1] != "of" && w[1] != "in" {
		return false
	}
	switch w[0] {
	case "district", "neighbourhood", "neighborhood", "suburb", "quarter", "slum", "slums", "borough", "ward":
		return true
	}
	return false
}

// partAfter reports whether a word for a part of a town follows at
// text[end:]: " neighborhood", " district", " suburb".
func partAfter(text string, end int) bool {
	rest := strings.TrimPrefix(text[end:], " ")
	if len(rest) == len(text[end:]) {
		return false
	}
	n := 0
	for n < len(rest) && rest[n] >= 'a' && rest[n] <= 'z' {
		n++
	}
	switch rest[:n] {
	case "district", "neighbourhood", "neighborhood", "suburb", "quarter", "slum", "slums", "borough", "ward", "section":
		return true
	}
	return false
}

// listCountry is the country at least two other towns or divisions of
// mention i's list lie in, and no item in another, or "".
func listCountry(text string, ms []mention, i int) string {
	country, n := "", 0
	add := func(k int) bool {
		c := ms[k].cands[ms[k].pick]
		if c.Level() < 2 || c.Country == "" {
			return true
		}
		if country != "" && c.Country != country {
			country, n = "", -100
			return false
		}
		country = c.Country
		n++
		return true
	}
	for k := i + 1; k < len(ms) && k <= i+6 && listed(text, ms, k-1); k++ {
		if !add(k) {
			return ""
		}
	}
	for k := i - 1; k >= 0 && k >= i-6 && listed(text, ms, k); k-- {
		if !add(k) {
			return ""
		}
	}
	if n < 2 {
		return ""
	}
	return country
}

// divisionIn reports whether a first-level division of a country is among
// the candidates: then a city's size says nothing against it
// ("Washington" the state or the capital).
func divisionIn(cands []gazetteer.Place, country string) bool {
	for _, d := range cands {
		if d.Level() == 2 && d.Country == country {
			return true
		}
	}
	return false
}

// hasTownIn reports whether a populated place of a country is among the
// candidates.
func hasTownIn(cands []gazetteer.Place, country string) bool {
	for _, d := range cands {
		if d.Level() == 5 && d.Country == country {
			return true
		}
	}
	return false
}

// worldCityAbroad reports whether a city of half a million outside a country
// is among the candidates.
func worldCityAbroad(cands []gazetteer.Place, country string) bool {
	for _, d := range cands {
		if d.Level() == 5 && d.Population >= 500_000 && d.Country != country {
			return true
		}
	}
	return false
}

// townIn reports whether a town among cands lies in the first-level
// division d.
func townIn(cands []gazetteer.Place, d gazetteer.Place) bool {
	return slices.ContainsFunc(cands, func(c gazetteer.Place) bool {
		return c.Level() == 5 && contains(d, c)
	})
}

// oneCountry reports whether every candidate lies in one country.
func oneCountry(cands []gazetteer.Place) bool {
	for _, c := range cands[1:] {
		if c.Country != cands[0].Country {
			return false
		}
	}
	return true
}

// listed reports whether mentions k and k+1 are items of one list:
// "Niger, Mali and Chad".
// smallTownList reports a town of the list around mention i when three or
// more of its other items are towns of under 50,000 people of one country,
// and none is anything else.
func smallTownList(text string, ms []mention, i int) (gazetteer.Place, bool) {
	var st gazetteer.Place
	n := 0
	ok := func(k int) bool {
		c := ms[k].cands[ms[k].pick]
		if c.Level() != 5 || c.Population >= 50_000 || n > 0 && c.Country != st.Country {
			return false
		}
		st = c
		n++
		return true
	}
	for k := i + 1; k < len(ms) && k <= i+6 && listed(text, ms, k-1); k++ {
		if !ok(k) {
			return st, false
		}
	}
	for k := i - 1; k >= 0 && k >= i-6 && listed(text, ms, k); k-- {
		if !ok(k) {
			return st, false
		}
	}
	return st, n >= 3
}

func listed(text string, ms []mention, k int) bool {
	switch text[ms[k].end:ms[k+1].start] {
	case ", ", " and ", ", and ", " or ", ", or ", " & ", "/":
		return true
	}
	return false
}

// peers reports whether two names joined by a comma are items of one
// list rather than a place and its region: "Georgia, Oklahoma,
// Pennsylvania" names states, though a hamlet called Oklahoma lies in
// Pennsylvania. The first name is read as a division or country, and none
// of its divisions lies in the second.
func peers(a, b *mention) bool {
	if a.cands[0].Level() > 2 {
		return false
	}
	for _, c := range a.cands {
		if c.Level() > 2 {
			continue
		}
		for _, d := range b.cands {
			if contains(d, c) {
				return false
			}
		}
	}
	return true
}

// base is a candidate's score from the name and its own context alone.
func (p *Parser) base(m *mention, j int) float64 {
	c := m.cands[j]
	s := gazetteer.Prior(c)
	lv := c.Level()
	if m.namesake[j] && !m.wantAdmin {
		s -= 6
	}
	// A town known by the name only as one of its other names ("Glasgow"
	// for Pampa, Texas) is a weaker reading than one called so.
	if lv >= 3 && !m.abbrev && m.key != gazetteer.Fold(c.ASCIIName) && !strings.HasPrefix(gazetteer.Fold(c.Name), m.key) {
		s -= 1.5
		// Weaker still beside a larger town spelled as written:
		// "Pittsburgh" is Pittsburgh, Pennsylvania, not Pittsburg,
		// California, whatever state the text is about.
		if lv == 5 && largerExact(m, c) {
			s -= 2
		}
	}
	if m.capital[j] && !m.wantAdmin {
		s += 6
	}
	if m.diplomatic && c.FeatureCode == "PPLC" {
		s += 8
	}
	// "trade talks in Geneva", "the UN in Geneva": a town of 50,000 at
	// home yields to a capital of a country or a province abroad of
	// 150,000.
	if m.intl && lv == 5 && c.Population < 50_000 && slices.ContainsFunc(m.cands, func(d gazetteer.Place) bool {
		return d.Level() == 5 && d.Country != c.Country && d.Population >= 150_000 && (d.FeatureCode == "PPLC" || d.FeatureCode == "PPLA")
	}) {
		s -= 10
	}
	if m.wantAdmin {
		if c.FeatureCode == "ADM1" || c.FeatureCode == "ADM2" {
			s += 8
		} else {
			s -= 4
		}
	}
	if m.wantTown {
		if lv == 5 {
			s += 8
		} else {
			s -= 4
		}
	}
	// A city of half a million is known abroad: "Toronto" in an American
	// text is still Toronto, Ontario, "Glasgow" Glasgow, Scotland, not a
	// namesake at home.
	if lv == 5 && c.Population >= 500_000 && !oneCountry(m.cands) && !divisionIn(m.cands, c.Country) {
		s += 2
	}
	// "the Red Sea" is the sea, not Sudan's or Egypt's Red Sea state
	// named after it: a name ending in a water body's word means the
	// water body called so, unless a division word follows.
	if lv == 4 && c.FeatureClass == "H" && !m.wantAdmin && waterName(m.key) && m.key == gazetteer.Fold(c.Name) {
		s += 10
	}
	// "Lake Albert" is the lake, not the suburb of Wagga Wagga named after
	// it, when the lake is one the regions table lists (a negative id):
	// those are known by their names alone. A lake from an imported dump
	// gets no such help, or Lake Charles would be the lake, not the city.
	if lv == 4 && c.FeatureClass == "H" && c.ID < 0 && !m.wantAdmin && lakeName(m.key) && m.key == gazetteer.Fold(c.Name) {
		s += 10
	}
	// Rivers, mountains and other features are rarely what a bare name
	// means when a populated place or division shares it.
	if lv == 4 && c.FeatureClass != "L" {
		s -= 1
	}
	return s
}

// cityAround returns the candidate that is a city of a million holding c,
// or -1: in "Brooklyn, New York" or "Kowloon, Hong Kong" the second name
// is the city its district lies in, not the division around both.
func cityAround(cands []gazetteer.Place, c gazetteer.Place) int {
	if c.Level() < 3 {
		return -1
	}
	for j, d := range cands {
		if d.Level() == 5 && d.Population >= 1_000_000 && d.ID != c.ID && d.Country == c.Country &&
			gazetteer.Distance(d.Lat, d.Lon, c.Lat, c.Lon) <= 25 {
			return j
		}
	}
	return -1
}

// largerExact reports whether a town called exactly what the mention
// writes, and at least twice c's size, is among its candidates.
func largerExact(m *mention, c gazetteer.Place) bool {
	for _, d := range m.cands {
		if d.Level() == 5 && d.Population >= 2*c.Population && d.Population >= 10_000 && m.key == gazetteer.Fold(d.ASCIIName) {
			return true
		}
	}
	return false
}

// inside is contains for "Town, Region" pairs, lenient where division
// codes drift: a town within 75 km of a second-level division's point
// counts as in it ("Santa Maria, Davao del Sur", since moved to Davao
// Occidental).
func inside(d, c gazetteer.Place) bool {
	if contains(d, c) {
		return true
	}
	return d.Level() == 3 && c.Level() > 3 && c.Country == d.Country && gazetteer.Distance(c.Lat, c.Lon, d.Lat, d.Lon) < 75
}

// within reports whether e lies within d, a town (50 km) or a division.
func within(e, d gazetteer.Place) bool {
	return gazetteer.Distance(e.Lat, e.Lon, d.Lat, d.Lon) <= 50 || d.Level() < 5 && contains(d, e)
}

// placeWithin moves m, named as a part of d ("the Adhamiyah district of
// Baghdad"), to its first candidate of town or division level that lies
// within d. It reports false when none does.
func placeWithin(m *mention, d gazetteer.Place) bool {
	for j, e := range m.cands {
		if e.Level() >= 3 && within(e, d) {
			m.pick = j
			return true
		}
	}
	return false
}

// countryPossessive is what stands between a country and its division:
// "Colombia's southwestern Cauca province".
var countryPossessive = relit.MustCompile(`^['’]s\s+(?:[a-z-]+\s+)?$`)

// villageOf is a cue that the name after it is a small place.
var villageOf = relit.MustCompile(`(?i)\b(?:village|hamlet|settlement|locality)\s+of\s+$`)

// adjectiveUse reports a country's abbreviation used as an adjective, before
// a noun in lower case: "U.S. officials", "UK troops".
func adjectiveUse(text string, m *mention) bool {
	if m.cands[0].Level() != 1 {
		return false
	}
	name := text[m.start:m.end]
	if len(name) > 5 || strings.ToUpper(name) != name {
		return false
	}
	rest := text[m.end:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsLower(r)
}

// contains reports whether division or country d holds place c.
func contains(d, c gazetteer.Place) bool {
	if d.Country == "" || d.Country != c.Country || d.ID == c.ID {
		return false
	}
	switch d.Level() {
	case 1:
		return true
	case 2:
		return c.Admin1Code == d.Admin1Code
	case 3:
		return c.Admin1Code == d.Admin1Code && c.Admin2Code == d.Admin2Code
	}
	return false
}

func argmax(xs []float64) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}

// rivalDivision reports whether a name is also a country or first-level
// division in another country ("Georgia"), so that a first guess cannot be
// trusted. A territory that is also its country's division ("Gaza Strip")
// has no rival.
func rivalDivision(cands []gazetteer.Place) bool {
	country := ""
	for _, c := range cands {
		if c.Level() != 1 && c.Level() != 2 {
			continue
		}
		if country == "" {
			country = c.Country
		} else if c.Country != country {
			return true
		}
	}
	return false
}

// second is the runner-up score, or -Inf.
func second(xs []float64) float64 {
	a, b := math.Inf(-1), math.Inf(-1)
	for _, x := range xs {
		if x > a {
			a, b = x, a
		} else if x > b {
			b = x
		}
	}
	return b
}

// partEnd reports whether a name ends in a capitalized word for a part of
// a division ("Kiyawa District").
func partEnd(name string) bool {
	return strings.HasSuffix(name, " District") || strings.HasSuffix(name, " Area")
}

// villageList finds a list of names that ends in a plural village word
// after a name ("…, Akuzo and Usu villages"), villagesOf one before it
// ("the communities of", "the rural Queensland towns of").
var (
	villageList = relit.MustCompile(`^(?:(?:, (?:and )?| and )[A-Z][\pL'’-]*(?: [A-Z][\pL'’-]*){0,3})* (?:villages|hamlets)\b`)
	villagesOf  = relit.MustCompile(`\b(?:villages|hamlets|communities|towns) of (?:[A-Z][\pL'’-]*(?: [A-Z][\pL'’-]*){0,3}(?:, (?:and )?| and ))*$`)
)

// villageNamed reports whether the name at text[start:end] is named as a
// village: in a list ending in "villages", or after "the villages of".
func villageNamed(text string, start, end int) bool {
	return villageList.MatchString(text[end:min(len(text), end+160)]) || villagesOf.MatchString(text[max(0, start-160):start])
}

// otherStateCue reports whether a state other than the dateline's, as
// read in the first pass and holding a county of ms[i]'s name, is tied to
// ms[i]: before it with a possessive ("Kansas's X County"), right after it
// ("X County, Kansas") or governing an appositive ("X County, the largest
// county in Kansas"). Then the dateline's state is only a prior, and the
// text's own word on the county's state beats it. A state merely named
// nearby ("a Missouri man") says nothing of the county. Only mentions
// within a few dozen bytes are looked at, so a long text stays linear.
func otherStateCue(text string, ms []mention, first []gazetteer.Place, i int, dateState string) bool {
	const reach = 64
	other := func(k int) bool {
		d := first[k]
		if k == ms[0].parent || d.Level() != 2 || d.Country+"."+d.Admin1Code == dateState {
			return false
		}
		return slices.ContainsFunc(ms[i].cands, func(c gazetteer.Place) bool {
			return c.Level() == 3 && c.Country == d.Country && c.Admin1Code == d.Admin1Code
		})
	}
	for k := i - 1; k >= 0 && ms[k].end >= ms[i].start-reach; k-- {
		if ms[k].end <= ms[i].start {
			if gap := text[ms[k].end:ms[i].start]; (gap == "'s " || gap == "’s ") && other(k) {
				return true
			}
			break
		}
	}
	for k := i + 1; k < len(ms) && ms[k].start <= ms[i].end+reach; k++ {
		if ms[k].start < ms[i].end {
			continue
		}
		gap := text[ms[i].end:ms[k].start]
		tied := gap == ", " || strings.HasPrefix(gap, ", ") && strings.HasSuffix(gap, " in ") &&
			!strings.Contains(gap[2:], ",") && !sentenceBreak(text, ms[i].end, ms[k].start)
		return tied && other(k)
	}
	return false
}

// sentenceDivision is the first-level division ms[i]'s sentence names
// (the nearest), else the one the whole text names, when it names one
// only.
func sentenceDivision(text string, ms []mention, i int) (gazetteer.Place, bool) {
	best, gap := gazetteer.Place{}, -1
	var only *gazetteer.Place
	many := false
	for k := range ms {
		d := ms[k].cands[ms[k].pick]
		if k == i || ms[k].drop || d.FeatureCode != "ADM1" {
			continue
		}
		if only == nil {
			only = &d
		} else if only.Admin1Code != d.Admin1Code || only.Country != d.Country {
			many = true
		}
		a, b := ms[i].end, ms[k].start
		if k < i {
			a, b = ms[k].end, ms[i].start
		}
		if sentenceBreak(text, a, b) {
			continue
		}
		if g := b - a; gap < 0 || g < gap {
			best, gap = d, g
		}
	}
	if gap < 0 && only != nil && !many {
		return *only, true
	}
	return best, gap >= 0
}

// stateActorNouns, after a country's name, make it the name of its
// government or forces: "U.S. Embassy", "U.S. officials".
var stateActorNouns = map[string]bool{
	"embassy": true, "consulate": true, "military": true, "army": true, "navy": true, "troops": true, "forces": true,
	"officials": true, "official": true, "government": true, "envoy": true, "ambassador": true, "administration": true,
	"diplomats": true, "authorities": true, "president": true, "department": true, "state": true, "intelligence": true,
	"spokesman": true, "spokeswoman": true,
}

// stateActorAfter reports whether a state actor's noun follows a name
// ending at byte end.
func stateActorAfter(text string, end int) bool {
	return stateActorNouns[strings.ToLower(wordAfter(text, end))]
}

// wordAfter is the word (letters) after the space at byte end, or "".
func wordAfter(text string, end int) string {
	if end >= len(text) || text[end] != ' ' {
		return ""
	}
	rest := text[end+1:]
	k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if k < 0 {
		k = len(rest)
	}
	return rest[:k]
}

// speakVerbs are the verbs by which a country named as an actor speaks.
var speakVerbs = map[string]bool{
	"said": true, "says": true, "claimed": true, "claims": true, "reported": true, "reports": true, "announced": true,
	"announces": true, "denied": true, "denies": true, "accused": true, "accuses": true, "insisted": true, "warned": true,
}

// speaks reports whether the word after end is one of speakVerbs.
func speaks(text string, end int) bool { return speakVerbs[wordAfter(text, end)] }

// sum adds a map's weights in the order of their keys: floating-point
// sums in map order may differ in the last bit from run to run, and a
// share compared with a threshold then with them.
func sum(m map[string]float64) float64 {
	t := 0.0
	for _, k := range slices.Sorted(maps.Keys(m)) {
		t += m[k]
	}
	return t
}

// sameCounty gives a county called bare the reading of its full name
// elsewhere in the text: "Wayne and surrounding counties" beside "Wayne
// County" (Indiana's, by the text's other places) is not Michigan's.
func sameCounty(ms []mention) {
	var full map[string]gazetteer.Place // folded name without its division word → county
	for i := range ms {
		c := ms[i].cands[ms[i].pick]
		if c.Level() != 3 || c.Admin2Code == "" {
			continue
		}
		short, ok := strings.CutSuffix(ms[i].key, " county")
		if !ok {
			short, ok = strings.CutSuffix(ms[i].key, " parish")
		}
		if ok {
			if full == nil {
				full = map[string]gazetteer.Place{}
			}
			full[short] = c
		}
	}
	for i := range ms {
		m := &ms[i]
		f, ok := full[m.key]
		if !ok || m.cands[m.pick].Level() != 3 {
			continue
		}
		if j := slices.IndexFunc(m.cands, func(c gazetteer.Place) bool {
			return c.Level() == 3 && c.Country == f.Country && c.Admin1Code == f.Admin1Code && c.Admin2Code == f.Admin2Code
		}); j >= 0 {
			m.pick = j
		}
	}
}

// strayHeld finds a town read abroad though the text says what holds it:
// "Boni (Douentza, Mopti)" is no Bonn (an other name of it), "Maja,
// Hilmand" no Mayya, Russia. A division after a comma, or a division or
// a town opening a parenthesis, holds the name in its country: a
// namesake there is taken, else the name is a stray, placed again by
// its holder. A city of a million keeps its reading ("Paris, Ontario"
// aside, a list may run "Paris, Bavaria").
func (p *Parser) strayHeld(text string, ms []mention, stray map[string]bool) {
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if a.drop || a.abbrev || a.within || a.subject || a.parent >= 0 || stray[a.key] {
			continue
		}
		c, d := a.cands[a.pick], b.cands[b.pick]
		sep := text[a.end:b.start]
		lv := d.Level()
		if c.Level() < 3 || c.Country == d.Country || d.Country == "" || c.Population >= 1_000_000 ||
			!(sep == " (" && lv >= 2 || sep == ", " && (lv == 2 || lv == 3)) {
			continue
		}
		best := -1
		for j, e := range a.cands {
			if e.Level() >= 3 && e.Country == d.Country && (best < 0 || inside(d, e) && !inside(d, a.cands[best])) {
				best = j
			}
		}
		if best >= 0 {
			a.pick = best
			continue
		}
		stray[a.key] = true
	}
}
