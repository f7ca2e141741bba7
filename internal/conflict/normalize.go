package conflict

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/casualty"
	"github.com/sitrep-project/sitrep/internal/event"
)

// Countries resolves a country name to ISO 3166-1 alpha-3.
type Countries interface {
	ISO3(name string) (string, bool)
}

// Normalize builds the record from an article's infobox. Keys are matched
// without case and digits pick the side (Combatant1, Commander2…).
func Normalize(d *article.Document, countries Countries) Record {
	r := Record{Name: d.Title}
	sides := map[int]*Side{}
	side := func(n int) *Side {
		if sides[n] == nil {
			sides[n] = &Side{Number: n}
		}
		return sides[n]
	}
	for _, f := range d.Infobox {
		r.Fields = append(r.Fields, Field{Key: f.Key, Value: f.Value})
		key, n := splitKey(f.Key)
		v := f.Value
		switch key {
		case "conflict", "name":
			if v != "" {
				r.Name = v
			}
		case "partof":
			r.PartOf = listItems(v)
		case "date":
			r.Date, r.Ongoing = dateRange(v)
		case "place", "location":
			items := splitCountries(listItems(v), countries)
			// "Tessalit, Kidal Region, Mali": a town within a region within
			// a country is one place in one country, not three places.
			if site, country, ok := hierarchy(items, countries); ok {
				r.Site, items = site, []string{country}
			}
			for _, p := range items {
				pl := Place{Name: p}
				if countries != nil {
					pl.ISO, _ = countries.ISO3(p)
				}
				r.Places = append(r.Places, pl)
			}
		case "result", "status":
			r.Result = sentences(v)
		case "combatant":
			side(n).Parties = parties(v)
		case "commander":
			side(n).Commanders = commanders(v)
		case "strength", "units":
			if key == "strength" {
				side(n).Strength = strengths(v)
			}
		case "casualties":
			side(n).Casualties = claims(v)
		}
	}
	for n := 1; n <= 9; n++ {
		if s := sides[n]; s != nil {
			// An unnamed first claim belongs to the side's only party.
			if len(s.Parties) == 1 && len(s.Casualties) > 0 && s.Casualties[0].Who == "" {
				s.Casualties[0].Who = s.Parties[0]
			}
			r.Sides = append(r.Sides, *s)
		}
	}
	return r
}

var keyRe = regexp.MustCompile(`^([A-Za-z_]+?)(\d*)$`)

func splitKey(k string) (string, int) {
	m := keyRe.FindStringSubmatch(k)
	if m == nil {
		return strings.ToLower(k), 0
	}
	n, _ := strconv.Atoi(m[2])
	return strings.ToLower(strings.ReplaceAll(m[1], "_", "")), n
}

var (
	pxRe = regexp.MustCompile(`\b\d+px(?:\b|([A-Z]))`)
	// A year or a span of years in parentheses: "(2012)", "(2014–15)",
	// "(2009–present)".
	yearsParen = regexp.MustCompile(`^\d{4}(?:\s*[–—-]\s*(?:\d{2}|\d{4}|present))?$`)
	parenRe    = regexp.MustCompile(`\s*\(([^()]*)\)`)
	emptyPar   = regexp.MustCompile(`,?\s*\(\s*\)`)
	groupSep   = regexp.MustCompile(`\s*-{3,}\s*`)
	kiaSuffix  = regexp.MustCompile(`(?:\s*\(?\bKIA\)?|([a-z])KIA)\b|\s*†`) // "Madi al-Kinani †" reads as KIA
)

// clean removes image artifacts ("22px"), empty "()" and group separators.
func clean(v string) string {
	v = pxRe.ReplaceAllString(v, ",$1") // "25pxCheikh Ag Aoussa": an icon's size glued to a name
	v = emptyPar.ReplaceAllString(v, "")
	v = groupSep.ReplaceAllString(v, ", ")
	return strings.TrimSpace(v)
}

// splitTop splits on commas (and ";") outside parentheses.
func splitTop(v string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range v {
		switch r {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ',', ';':
			// "1,000" is a number, not a list.
			if r == ',' && i > 0 && i+1 < len(v) && isDigit(v[i-1]) && isDigit(v[i+1]) {
				continue
			}
			if depth == 0 {
				out = append(out, v[start:i])
				start = i + 1
			}
		}
	}
	out = append(out, v[start:])
	var res []string
	for _, s := range out {
		if s = strings.TrimSpace(s); s != "" {
			res = append(res, s)
		}
	}
	return res
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// listItems reads "A, B, and the c (D)" as [A, B, C, D]: a parenthesis
// names one more item, a leading article goes, a first letter is raised.
func listItems(v string) []string {
	v = clean(v)
	var out []string
	for _, it := range splitTop(v) {
		var extra []string
		it = parenRe.ReplaceAllStringFunc(it, func(m string) string {
			inner := strings.TrimSpace(parenRe.FindStringSubmatch(m)[1])
			// "War in Afghanistan (2001–2021)": the years tell one war
			// from another of the same name; they are not another item.
			if yearsParen.MatchString(inner) {
				return m
			}
			extra = append(extra, inner)
			return ""
		})
		it = strings.TrimSpace(it)
		for _, pre := range []string{"and ", "or "} {
			it = strings.TrimPrefix(it, pre)
		}
		items := []string{it}
		// "the Moro conflict and the Military intervention against ISIL":
		// two conflicts joined without a comma; "Islamic State of Iraq and
		// the Levant" is one name, no conflict on either side.
		if a, b, ok := strings.Cut(it, " and the "); ok && conflictHead.MatchString(a) && conflictHead.MatchString(b) {
			items = []string{a, b}
		} else if a, b, ok := strings.Cut(it, " and "); ok && conflictHead.MatchString(a) && conflictHead.MatchString(b) {
			// "Somali Civil War (2009–present) and 2015 Ramadan attacks"
			// too, with no "the" before the second.
			items = []string{a, b}
		}
		for _, x := range append(items, extra...) {
			for _, pre := range []string{"the ", "The "} {
				x = strings.TrimPrefix(x, pre)
			}
			if x = upperFirst(strings.TrimSpace(x)); x != "" {
				out = append(out, x)
			}
		}
	}
	return out
}

// conflictHead is a word that heads the name of a conflict. Terrorism,
// persecution, invasion, dispute, occupation and genocide name one as well
// ("War in Norland and Terrorism in Eastland", "the Valley dispute and
// cross-border attacks in Hill").
var conflictHead = regexp.MustCompile(`(?i)\b(?:war|wars|conflict|insurgency|campaign|intervention|rebellion|crisis|operations?|offensive|uprising|revolution|siege|battle|attacks|bombings|massacres|clashes|terrorism|persecution|invasion|dispute|occupation|genocide)\b`)

// hierarchy reads a place line whose last item is a country and whose
// other items are not ("Kunar Province, Afghanistan") as a site within
// that country.
func hierarchy(items []string, countries Countries) (site, country string, ok bool) {
	if countries == nil || len(items) < 2 {
		return "", "", false
	}
	last := items[len(items)-1]
	if _, isCountry := countries.ISO3(last); !isCountry {
		return "", "", false
	}
	for _, it := range items[:len(items)-1] {
		if _, isCountry := countries.ISO3(it); isCountry {
			return "", "", false
		}
	}
	return strings.Join(items[:len(items)-1], ", "), last, true
}

// splitCountries splits "Mali and Niger" when both halves are countries;
// "Trinidad and Tobago" stays whole.
func splitCountries(items []string, countries Countries) []string {
	if countries == nil {
		return items
	}
	var out []string
	for _, it := range items {
		a, b, ok := strings.Cut(it, " and ")
		if _, whole := countries.ISO3(it); ok && !whole {
			_, okA := countries.ISO3(a)
			_, okB := countries.ISO3(b)
			if okA && okB {
				out = append(out, a, b)
				continue
			}
		}
		out = append(out, it)
	}
	return out
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// sentences splits a result line into statements: at commas followed by a
// capitalized word.
func sentences(v string) []string {
	v = clean(v)
	var out []string
	start := 0
	for i := 0; i < len(v); i++ {
		if v[i] == ',' && i+2 < len(v) && v[i+1] == ' ' && unicode.IsUpper(rune(v[i+2])) {
			out = append(out, strings.TrimSpace(v[start:i]))
			start = i + 1
		}
	}
	out = append(out, strings.TrimSpace(v[start:]))
	return out
}

// parties reads a combatant line: names separated by commas, with
// parenthesized remarks ("partially aligned with ISIL since 2015") dropped
// and "Supported by:" markers skipped.
func parties(v string) []string {
	v = clean(v)
	var out []string
	seen := map[string]bool{}
	for _, it := range splitTop(v) {
		it = strings.TrimSpace(parenRe.ReplaceAllStringFunc(it, func(m string) string {
			// "Communist Party of India (Maoist)": the faction is part
			// of the name, not a remark about it.
			if factionParen.MatchString(parenRe.FindStringSubmatch(m)[1]) {
				return m
			}
			return ""
		}))
		// "* Fatah", "** Tanzim": a list's bullets are not the name, nor
		// part of a qualifier ("* Supported by: Chad").
		it = strings.TrimSpace(strings.TrimLeft(it, "*"))
		// "Alleged: al-Qaeda", "Limited involvement: United States",
		// "Hizbul Islam*": a qualifier or a footnote mark is not a name.
		it = partyQualifier.ReplaceAllString(it, "")
		// "Air support:", "Co-belligerents:", "Islamist groups:" before
		// the names or flags they head name no party; nor does a bare
		// mark left of a flag ("'") or an image's border ("border|"). A
		// name heading its members ("Multinational Joint Task Force:",
		// "Jaish al-Fatah:") is a party, as any other heading is.
		if strings.HasSuffix(it, ":") && headingLabel(strings.TrimSuffix(it, ":")) ||
			!strings.ContainsFunc(it, unicode.IsLetter) || imageParam.MatchString(it) {
			continue
		}
		it = strings.TrimSpace(strings.TrimRight(strings.TrimSuffix(strings.TrimRight(it, "*"), ":"), "*"))
		it = strings.TrimSpace(strings.TrimPrefix(it, "and "))
		if it == "" || seen[it] {
			continue
		}
		seen[it] = true
		out = append(out, it)
	}
	return out
}

// headingLabel reports whether a heading in a combatant cell is a
// label for the parties under it rather than a party: a kind of support
// ("Air support"), a kind of ally ("Co-belligerents", "Foreign
// volunteers") or a group of no name ("Islamist groups", "various
// militias"), its last word a common plural in lower case.
func headingLabel(h string) bool {
	h = strings.TrimSpace(strings.TrimRight(h, "*"))
	words := strings.Fields(h)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	switch l := strings.ToLower(last); {
	case l == "support" || l == "co-belligerents" || l == "cobelligerents" || l == "allies" || l == "volunteers" ||
		l == "fighters" || l == "sponsors" || l == "advisors" || l == "advisers" || l == "mercenaries":
		return true
	case len(words) >= 2 && strings.ToLower(words[len(words)-2]) == "support" && (l == "from" || l == "by"):
		return true
	case last == l && genericPlurals[l]:
		return true
	}
	return false
}

// genericPlurals are the common nouns a heading of no name ends with in
// lower case ("Islamist groups:", "various militias:").
var genericPlurals = map[string]bool{"groups": true, "militias": true, "factions": true, "forces": true, "tribes": true,
	"units": true, "rebels": true, "insurgents": true, "organisations": true, "organizations": true, "movements": true,
	"parties": true, "elements": true, "clans": true}

var (
	factionParen   = regexp.MustCompile(`^\p{Lu}[\p{L}–-]*ists?$`)
	partyQualifier = regexp.MustCompile(`(?i)^(?:Supported by|Alleged(?:ly)?|Limited involvement|Reportedly|Possibly|Formerly)\s*:\s*`)
	imageParam     = regexp.MustCompile(`^[*\s]*(?:border|frameless|thumb|left|right|center|upright)\|?$`)
)

var (
	undescribed   = regexp.MustCompile(`^(?:Unidentified|Unknown|Unnamed|Several|Various|Other)\b`)
	describedRole = regexp.MustCompile(`\b(?:commanders|leaders|officers|chiefs|emirs)\s*$`)
)

var yearsRe = regexp.MustCompile(`^\(?\s*(\d{4})\s*[–—-]\s*(\d{4}|present)?\s*\)?$`)

// commanders reads "Joe Biden, (2021–2024), Jim Mattis, Adnan Abu Walid
// al-SahrawiKIA": a term in parentheses belongs to the name before it; KIA
// marks, glued or not, are flags; names glued together without a comma are
// split before a known given name.
func commanders(v string) []Commander {
	v = clean(v)
	var out []Commander
	seen := map[string]int{}
	describing := false
	for _, it := range splitTop(v) {
		// "Unidentified Mozambican, Tanzanian, and Somali commanders" is a
		// description cut at its commas, not three names: from its opening
		// word to its plural noun, one-word items between.
		if undescribed.MatchString(it) || describing && (!strings.Contains(it, " ") || strings.HasPrefix(it, "and ")) {
			describing = !describedRole.MatchString(it)
			continue
		}
		describing = false
		if m := yearsRe.FindStringSubmatch(it); m != nil {
			if len(out) > 0 {
				out[len(out)-1].From, out[len(out)-1].To = m[1], m[2]
			}
			continue
		}
		// A term glued after a name: "Barack Obama (2013–2017)".
		var from, to string
		if m := parenRe.FindStringSubmatch(it); m != nil {
			if y := yearsRe.FindStringSubmatch(m[1]); y != nil {
				from, to = y[1], y[2]
			}
			it = strings.TrimSpace(parenRe.ReplaceAllString(it, ""))
		}
		it = bracketNote.ReplaceAllString(it, "")
		for _, name := range sharedSurname(it) {
			kia := false
			if loc := kiaSuffix.FindStringSubmatchIndex(name); loc != nil {
				kia = true
				name = kiaSuffix.ReplaceAllString(name, "$1")
			}
			// The marks of one taken prisoner or wounded go, as KIA
			// does, but flag nothing the record keeps.
			name = powSuffix.ReplaceAllString(name, "$1")
			name = strings.TrimSpace(rankPrefix.ReplaceAllString(strings.TrimSpace(name), ""))
			if name == "" {
				continue
			}
			if i, dup := seen[name]; dup {
				out[i].KilledInAction = out[i].KilledInAction || kia
				continue
			}
			seen[name] = len(out)
			out = append(out, Commander{Name: name, KilledInAction: kia, From: from, To: to})
		}
	}
	return out
}

var (
	// "Lt. Gen. Abdel-Wahab al-Saadi", "COL Randy George", "Warrant
	// Officer Isaac Otsyalo": a rank is not part of the name, and a
	// commander listed with one is matched without it.
	rankPrefix = regexp.MustCompile(`^(?:(?:(?:Lt|Lieut|Maj|Brig|Gen|Col|Capt|Cpt|Cdr|Cmdr|Sgt|Cpl|Pvt|Adm|Dir|Cmdt|Comdt)\.|[VR]\.\s*Adm\.|(?:COL|LTC|LTG|CPT|CAPT|MAJ|GEN|SGT|SSG|SFC|CSM|ADM|1LT|2LT|LT)\b|(?:Lieutenant|Major|Brigadier|General|Colonel|Captain|Sergeant|Staff|Admiral|Commander|Field|Marshal|Warrant|Officer)\b|(?:First|Second) Class\b)\s*)+`)
	// "Maalim Janow [*]": a footnote mark.
	bracketNote = regexp.MustCompile(`\s*\[[^\]]*\]`)
	// "AbdulaimPOW", "Bilal Ag AcherifWIA (WIA)": glued or apart.
	powSuffix = regexp.MustCompile(`(?:\s*\(?\b(?:POW|WIA)\)?|([a-z])(?:POW|WIA))\b`)
	// "Omar and Abdullah Maute": two brothers, one surname.
	twoGiven = regexp.MustCompile(`^(\p{Lu}[\p{L}'-]+) and (\p{Lu}[\p{L}'-]+) (\p{Lu}[\p{L}' -]+)$`)
)

// sharedSurname splits "Omar and Abdullah Maute" into both names, and
// otherwise splits names glued together.
func sharedSurname(s string) []string {
	if m := twoGiven.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		return []string{m[1] + " " + m[3], m[2] + " " + m[3]}
	}
	return splitGluedNames(s)
}

// splitGluedNames splits "James C. Vechery Emmanuel Macron" before a given
// name that follows a complete name of two or more words.
func splitGluedNames(s string) []string {
	f := strings.Fields(s)
	var out []string
	start := 0
	for i := 2; i < len(f); i++ {
		prev := strings.ToLower(f[i-1])
		if givenNames[strings.ToLower(f[i])] && i-start >= 2 && !particles[prev] && !strings.HasSuffix(prev, ".") && i+1 < len(f) {
			out = append(out, strings.Join(f[start:i], " "))
			start = i
		}
	}
	return append(out, strings.Join(f[start:], " "))
}

// particles may stand inside a name before a given name ("Abu Walid").
var particles = map[string]bool{"abu": true, "ibn": true, "bin": true, "ben": true, "ag": true, "al": true, "el": true, "de": true, "van": true, "von": true, "mohamed": true, "muhammad": true, "mohammed": true}

// givenNames are common given names across the conflicts sitrep reads.
var givenNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`
	james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
	steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
	jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
	tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry
	austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan albert willie
	alan eugene russell vincent philip bobby johnny bradley roy ralph lloyd barack hillary jim lloyd mike antony
	emmanuel francois françois nicolas jacques jean pierre michel louis philippe alain bernard florence marine edouard
	vladimir sergei sergey dmitry yevgeny boris angela olaf rishi boris theresa tony gordon keir
	mohamed mahamadou abdourahamane assimi ibrahim ibrahima amadou ousmane moussa mamadou idriss mahamat bola muhammadu goodluck
	abubakar abdelmalek iyad adnan amadou hamadou`) {
		m[n] = true
	}
	return m
}()

var oneName = regexp.MustCompile(`^\p{Lu}[\p{L}.-]*$`)

var strengthRe = regexp.MustCompile(`(?i)^(?:(.+?):\s*)?([~≈]|approx\.?\s*|about\s+|around\s+|estimated\s+|an estimated\s+|c\.\s*|at least\s+|over\s+|more than\s+)?(\d[\d,]*)(\^|[eE]\d)?\+?\s*([^()]*?)\s*(?:\((.*)\))?$`)

// strengths reads "ISIL-West Africa: ~3,500 fighters (April 2018)".
func strengths(v string) []Strength {
	var out []Strength
	for _, it := range splitTop(clean(v)) {
		m := strengthRe.FindStringSubmatch(it)
		if m == nil {
			continue
		}
		n, err := strconv.Atoi(strings.ReplaceAll(m[3], ",", ""))
		if err != nil || m[4] != "" {
			// A figure past int's range, or a power touching its digits
			// ("10^30", "1e9"; not "3 E2 aircraft"), is no head count; the
			// infobox line keeps it in Fields.
			continue
		}
		q := strings.ToLower(strings.TrimSpace(m[2]))
		s := Strength{Count: n, Who: strings.TrimSpace(m[1]), Unit: strings.TrimSpace(m[5]), Raw: it,
			Approx: q != "" && !strings.HasPrefix(q, "at least") && !strings.HasPrefix(q, "over") && !strings.HasPrefix(q, "more"),
			Min:    strings.HasPrefix(q, "at least") || strings.HasPrefix(q, "over") || strings.HasPrefix(q, "more") || strings.Contains(it, "+")}
		if m[6] != "" {
			if d, ok := parseDate(m[6]); ok {
				s.AsOf = d.String()
			} else if s.Who == "" && s.Unit == "" && oneName.MatchString(m[6]) {
				s.Who = m[6] // "60 (US)", "2 (Latvia)": whose force the bare figure is
			}
		}
		out = append(out, s)
	}
	return out
}

var monthNames = map[string]time.Month{}

func init() {
	for m := time.January; m <= time.December; m++ {
		monthNames[strings.ToLower(m.String())] = m
		monthNames[strings.ToLower(m.String()[:3])] = m
	}
	monthNames["sept"] = time.September
}

// dateParts are the pieces of an infobox date, any of them missing (0):
// one end of a range may leave out what the other gives ("14–16 June
// 2019", "June 14–16, 2019", "14 June – 2 July 2019").
type dateParts struct {
	day   int
	month time.Month
	year  int
}

var (
	dmyRe = regexp.MustCompile(`^(?:(\d{1,2})\s+)?([A-Za-z]+)\.?(?:,?\s+(\d{4}))?$`) // "14 June 2019", "June", "14 June"
	mdyRe = regexp.MustCompile(`^([A-Za-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$`)      // "June 14, 2019", "June 14"
	dyRe  = regexp.MustCompile(`^(?:c\.\s*)?(?:(\d{1,2}),?\s*)?(\d{4})?$`)           // "2019", "c. 2018", "16, 2019", "16"
)

// splitDate reads the forms infoboxes use, whole or elided.
func splitDate(s string) (dateParts, bool) {
	s = strings.TrimSpace(strings.Trim(s, "()"))
	atoi := func(t string) int { n, _ := strconv.Atoi(t); return n }
	if m := dmyRe.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNames[strings.ToLower(m[2])]; ok {
			return dateParts{atoi(m[1]), mo, atoi(m[3])}, true
		}
	}
	if m := mdyRe.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNames[strings.ToLower(m[1])]; ok {
			return dateParts{atoi(m[2]), mo, atoi(m[3])}, true
		}
	}
	if m := dyRe.FindStringSubmatch(s); m != nil && s != "" {
		return dateParts{atoi(m[1]), 0, atoi(m[2])}, true
	}
	return dateParts{}, false
}

// date is the day, month or year the parts name, once they hold a year,
// and a month for a day; false for one that does not exist (31 June).
func (p dateParts) date() (event.Date, bool) {
	switch {
	case p.year == 0 || (p.day > 0 && p.month == 0):
		return event.Date{}, false
	case p.day > 0:
		d := event.Day(p.year, p.month, p.day)
		return d, d.Start.Day() == p.day
	case p.month > 0:
		return event.Month(p.year, p.month), true
	}
	return event.Year(p.year), true
}

// parseDate reads one whole date.
func parseDate(s string) (event.Date, bool) {
	p, ok := splitDate(s)
	if !ok {
		return event.Date{}, false
	}
	return p.date()
}

var (
	isoDay    = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	clockTime = regexp.MustCompile(`(?i),?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:UTC|GMT)[+−-]?\d*\)?)?`)
)

var rangeSep = regexp.MustCompile(`\s*(?:–|—|-{1,2}|\bto\b|\buntil\b)\s*`)

// dateRange reads "5 February 2013 – 5 August 2024, ()", "14–16 June
// 2019" or "2015 – present".
func dateRange(v string) (event.Date, bool) {
	v = clean(v)
	if i := strings.Index(v, "("); i > 0 {
		v = v[:i] // "(11 years, 6 months)"
	}
	// After the remark goes: the comma before "(5 days)" is left bare.
	v = strings.TrimRight(v, ", ")
	// "18 October 1998 2:00 am": the hour is finer than the record keeps.
	v = clockTime.ReplaceAllString(v, "")
	// "2015-04-02", "2015-04-02 – 2015-04-05": ISO days, whose hyphens
	// are no range's.
	if iso := isoDay.FindAllStringSubmatch(v, 3); len(iso) > 0 && len(iso) <= 2 && strings.TrimSpace(rangeSep.ReplaceAllString(isoDay.ReplaceAllString(v, ""), "")) == "" {
		var ds []event.Date
		for _, m := range iso {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			d, _ := strconv.Atoi(m[3])
			day := event.Day(y, time.Month(mo), d)
			if mo < 1 || mo > 12 || day.Start.Day() != d {
				return event.Date{}, false
			}
			ds = append(ds, day)
		}
		if len(ds) == 1 || !ds[1].Start.After(ds[0].Start) {
			return ds[0], false
		}
		return event.Date{Start: ds[0].Start, End: ds[1].End, Precision: event.PrecDay, Value: ds[0].String() + "/" + ds[1].String()}, false
	}
	parts := rangeSep.Split(v, 2)
	if len(parts) == 1 {
		if d, ok := parseDate(parts[0]); ok {
			return d, false
		}
		return event.Date{}, false
	}
	endS := strings.TrimSpace(parts[1])
	if strings.EqualFold(endS, "present") || strings.EqualFold(endS, "ongoing") {
		start, ok := parseDate(parts[0])
		if !ok {
			return event.Date{}, false
		}
		return event.Date{Start: start.Start, End: start.Start, Precision: start.Precision, Value: start.String() + "/PRESENT"}, true
	}
	a, okA := splitDate(parts[0])
	b, okB := splitDate(endS)
	if !okA {
		return event.Date{}, false
	}
	if okB {
		// The start borrows what it leaves out from the end ("14–16 June
		// 2019", "14 June – 2 July 2019"), the end its month from the
		// start ("June 14–16, 2019").
		if a.year == 0 {
			a.year = b.year
			if a.month == 0 && a.day > 0 {
				a.month = b.month
			}
		}
		if b.month == 0 && b.day > 0 {
			b.month = a.month
		}
	}
	start, ok := a.date()
	if !ok {
		return event.Date{}, false
	}
	end, ok := b.date()
	if !okB || !ok || end.End.Before(start.Start) {
		return start, false
	}
	p := start.Precision
	if end.Precision > p {
		p = end.Precision
	}
	return event.Date{Start: start.Start, End: end.End, Precision: p, Value: start.String() + "/" + end.String()}, false
}

var (
	claimStart = regexp.MustCompile(`(?:^|\s)((?:Unknown|Several|Dozens|Hundreds|At least|Over|About|More than|Approx\.?)\b|~?\d[\d,]*\b)`)
	itemRe     = regexp.MustCompile(`^(?i)(at least |over |about |~|more than )?(\d[\d,]*|unknown|several|dozens|hundreds)\+?(?:\s+(.*))?$`)
	claimLabel = regexp.MustCompile(`^(\p{Lu}[\p{L} ]{0,30}):\s*(.+)$`)
	// Words that stand for a figure not given, not for whom.
	noFigure = map[string]bool{"none": true, "nil": true, "unknown": true, "unclear": true, "light": true, "heavy": true, "minimal": true, "minor": true, "many": true, "few": true}
	nameOnly = regexp.MustCompile(`^\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3}$`)
	// "Killed: 183, Wounded: 400": a measure as the label of its figure,
	// read as "183 Killed, 400 Wounded".
	measureFirst = regexp.MustCompile(`(?i)\b(killed|dead|deaths|wounded|injured|captured|prisoners|kia|wia|pows?)\s*:\s*((?:at least |over |about |~|more than )?\d+(?:,\d{3})*\+?)`)
)

// claims reads a casualties line. Statements run into each other in the
// plain format ("… (while operating with the United States) 1 killed …"),
// so a new claim starts at a measure already seen in the current one, at a
// capitalized quantifier after a lowercase word, and after a closing
// remark that names who.
func claims(v string) []Claim {
	v = measureFirst.ReplaceAllString(clean(v), "$2 $1")
	var out []Claim
	cur := &Claim{}
	var rawB strings.Builder // cur.Raw, written at flush (not a string grown by +=)
	flush := func() {
		if rawB.Len() > 0 {
			cur.Raw = strings.TrimSpace(rawB.String())
			out = append(out, *cur)
		}
		cur = &Claim{}
		rawB.Reset()
	}
	var last **int // the measure the next "(N non hostile)" refines
	bare := -1     // a figure given without a measure: "800 (killed by …)"
	for _, seg := range segments(v) {
		raw := seg
		prevBare := bare
		bare = -1
		if strings.HasPrefix(seg, "(") {
			inner := strings.TrimSpace(strings.Trim(seg, "()"))
			low := strings.ToLower(inner)
			// "800 (killed by Colombian reinforcements)": the remark
			// says what the bare figure counts.
			if measure, who, note := splitMeasure(inner); prevBare >= 0 && who == "" {
				if slot := cur.slot(measure); slot != nil && *slot == nil {
					x := prevBare
					*slot = &x
					last = slot
					cur.Note = strings.TrimSpace(cur.Note + " " + note)
					rawB.WriteString(" " + raw)
					continue
				}
			}
			if strings.Contains(low, "non hostile") || strings.Contains(low, "non-hostile") {
				n := leadingInt(inner)
				if last != nil && *last != nil {
					if n < 0 {
						n = **last
					}
					nh := n
					switch last {
					case &cur.Killed:
						cur.KilledNonHostile = &nh
					case &cur.Wounded:
						cur.WoundedNonHostile = &nh
					}
				}
				rawB.WriteString(" " + raw)
				continue
			}
			// A remark naming who the figures are about closes the claim.
			w := inner
			for _, pre := range []string{"while ", "when "} {
				if strings.HasPrefix(low, pre) {
					w = inner[len(pre):]
				}
			}
			if cur.Who == "" {
				cur.Who = w
			} else {
				cur.Note = strings.TrimSpace(cur.Note + " " + inner)
			}
			rawB.WriteString(" " + raw)
			flush()
			last = nil
			continue
		}
		// "Total: 641+ KIA", "Kenya: 150 killed": a label before the
		// figures; a total names no one.
		label := ""
		if lm := claimLabel.FindStringSubmatch(seg); lm != nil && itemRe.MatchString(lm[2]) {
			label, seg = lm[1], lm[2]
		}
		// "Amisom 118 KIA": a name alone, before the figures it is about.
		if nameOnly.MatchString(seg) && !itemRe.MatchString(seg) && !noFigure[strings.ToLower(seg)] {
			if rawB.Len() > 0 {
				flush()
			}
			cur.Who = seg
			rawB.WriteString(raw)
			continue
		}
		m := itemRe.FindStringSubmatch(seg)
		if m == nil {
			rawB.WriteString(" " + raw)
			continue
		}
		if strings.TrimSpace(m[3]) == "" {
			// A bare figure: its measure, if any, is in the remark after it.
			if n, err := strconv.Atoi(strings.ReplaceAll(m[2], ",", "")); err == nil {
				bare = n
			}
			rawB.WriteString(" " + raw)
			continue
		}
		qual := strings.ToLower(strings.TrimSpace(m[1]))
		numS := strings.ToLower(m[2])
		rest := m[3]
		n := -1
		if v, err := strconv.Atoi(strings.ReplaceAll(numS, ",", "")); err == nil {
			n = v
		}
		measure, who, note := splitMeasure(rest)
		slot := cur.slot(measure)
		if slot != nil && *slot != nil || slot != nil && cur.Unknown || slot == nil && rawB.Len() > 0 && (cur.Killed != nil || cur.Unknown) {
			flush()
			slot = cur.slot(measure)
		}
		rawB.WriteString(" " + raw)
		if qual != "" && qual != "~" && qual != "about " {
			cur.Min = cur.Min || strings.HasPrefix(qual, "at least") || strings.HasPrefix(qual, "over") || strings.HasPrefix(qual, "more")
		}
		// "40+ killed" is at least 40, as "40+ fighters" is in a strength.
		cur.Min = cur.Min || strings.HasPrefix(seg[len(m[1])+len(m[2]):], "+")
		cur.Approx = cur.Approx || qual == "~" || strings.HasPrefix(qual, "about")
		if who == "" && !strings.EqualFold(label, "total") {
			who = label
		}
		if who != "" && cur.Who == "" {
			cur.Who = who
		}
		if note != "" {
			cur.Note = strings.TrimSpace(cur.Note + " " + note)
		}
		if slot == nil {
			if n >= 0 {
				cur.Other = append(cur.Other, Item{Count: n, What: strings.TrimSpace(rest), Min: cur.Min})
			}
			last = nil
			continue
		}
		if n < 0 {
			cur.Unknown = true
			last = nil
			continue
		}
		x := n
		*slot = &x
		last = slot
	}
	flush()
	return out
}

// slot is where a figure of measure m goes, nil for other counts.
func (c *Claim) slot(m casualty.Measure) **int {
	switch m {
	case casualty.Killed:
		return &c.Killed
	case casualty.Wounded:
		return &c.Wounded
	case casualty.Captured:
		return &c.Captured
	}
	return nil
}

// segments cuts a casualties line into counted phrases and parenthesized
// remarks.
func segments(v string) []string {
	var out []string
	for _, part := range splitTop(v) {
		rest := part
		// The counted phrases of the text up to the next "(", found once:
		// after a cut at one of them, the rest of the list is that of the
		// text left (offsets moved by the cut), so that a long run of
		// figures is not searched again at every figure.
		var locs [][]int
		base, cached := 0, false // locs' offsets less base are offsets into rest
		for rest != "" {
			base += len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace))
			rest = strings.TrimSpace(rest)
			if strings.HasPrefix(rest, "(") {
				cached = false
				depth := 0
				i := 0
				for ; i < len(rest); i++ {
					if rest[i] == '(' {
						depth++
					} else if rest[i] == ')' {
						depth--
						if depth == 0 {
							break
						}
					}
				}
				if i >= len(rest) {
					i = len(rest) - 1
				}
				out = append(out, rest[:i+1])
				rest = rest[i+1:]
				continue
			}
			// Up to the next "(" or the next counted phrase.
			end := len(rest)
			if i := strings.IndexByte(rest, '('); i >= 0 {
				end = i
			}
			if !cached {
				locs, base = claimStart.FindAllStringSubmatchIndex(rest[:end], -1), 0
			}
			cached = false
			for k, l := range locs {
				if i, j := l[2]-base, l[3]-base; i > 0 && (unicode.IsUpper(rune(rest[i])) || isDigit(rest[i]) && !isYear(rest[i:j]) || rest[i] == '~') && precededByWord(rest, i) {
					end = i
					locs, cached, base = locs[k+1:], true, base+i
					break
				}
			}
			out = append(out, strings.TrimSpace(rest[:end]))
			rest = rest[end:]
		}
	}
	return out
}

// isYear reports a number that reads as a year ("between 2015 and 2017").
func isYear(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) == 4 && s >= "1900" && s <= "2100"
}

func precededByWord(s string, i int) bool {
	// Only the end of the text before i can hold a qualifier: lower-case
	// that much, not all of it at every figure of a long run.
	before := strings.TrimRightFunc(s[:i], unicode.IsSpace)
	before = strings.ToLower(before[max(0, len(before)-32):])
	for _, q := range []string{"at least", "over", "about", "more than", "around", "approx.", "approximately"} {
		if strings.HasSuffix(before, q) {
			return false
		}
	}
	j := i - 1
	for j >= 0 && s[j] == ' ' {
		j--
	}
	return j >= 0 && (s[j] >= 'a' && s[j] <= 'z' || isDigit(s[j]) || s[j] == ')')
}

// splitMeasure reads "militants killed in two separate attacks" as killed,
// who "militants", note "in two separate attacks".
func splitMeasure(s string) (casualty.Measure, string, string) {
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,;"))
		var m casualty.Measure
		switch lw {
		case "killed", "dead", "deaths", "died", "kia":
			m = casualty.Killed
		case "wounded", "injured", "wia":
			m = casualty.Wounded
		case "captured", "prisoners", "detained", "arrested", "abducted", "pow", "pows":
			m = casualty.Captured
		default:
			continue
		}
		return m, strings.Join(words[:i], " "), strings.Join(words[i+1:], " ")
	}
	return "", "", ""
}

func leadingInt(s string) int {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 {
		return -1
	}
	n, _ := strconv.Atoi(s[:i])
	return n
}
