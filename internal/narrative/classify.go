package narrative

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/relit"
)

// rules map wording to the ACLED typology, first match wins: the more
// specific forms of violence before the general ones, and violence before
// strategic developments.
var rules = []struct {
	re       *relit.Regexp
	typ, sub string
}{
	{relit.MustCompile(`\bsuicide (?:bomb|attack|car)|\bsuicide bomber`), event.ExplosionsRemote, "Suicide bomb"},
	{relit.MustCompile(`\b(?:drone|air|aerial)[ -]?strikes?\b|\bdrone attacks?\b|\bairstrikes?\b|\bbombing raid|\bbombed by (?:aircraft|jets)|\b(?:aircraft|jets|warplanes|planes|helicopters?|drones?|gunships?) (?:struck|bombed|hit|attacked|targeted|fired)`), event.ExplosionsRemote, "Air/drone strike"},
	{relit.MustCompile(`\b(?:ied|improvised explosive|landmine|roadside bomb|car bomb|explosive device|bombs?\b|bombings?\b|explosives\b|blew up|exploded|detonat)`), event.ExplosionsRemote, "Remote explosive/landmine/IED"},
	{relit.MustCompile(`\b(?:shell(?:ed|ing)|artillery|mortar|rocket(?:s)? (?:fire|attack)|missile)`), event.ExplosionsRemote, "Shelling/artillery/missile attack"},
	{relit.MustCompile(`\bgrenade`), event.ExplosionsRemote, "Grenade"},
	{relit.MustCompile(`\b(?:kidnapp|abduct|taken hostage|hostage)`), event.ViolenceCivilians, "Abduction/forced disappearance"},
	{relit.MustCompile(`\b(?:rape|sexual violence|sexually assaulted)`), event.ViolenceCivilians, "Sexual violence"},
	{relit.MustCompile(`\b(?:massacre|civilians? (?:were |was )?(?:killed|shot|executed)|(?:killed|killing) (?:[\w-]+ ){0,3}civilians|villagers?\b)`), event.ViolenceCivilians, "Attack"},
	// "retook the town while the rebels withdrew and offered no
	// resistance": ground changing hands without a fight.
	{relit.MustCompile(`\b(?:without (?:a (?:fight|shot)|firing a shot|(?:any )?resistance)|(?:offered|offering|met|meeting|encountered|faced|facing) (?:little or )?no resistance|unopposed)\b`), event.Strategic, "Non-violent transfer of territory"},
	// "overran a military base", "capturing the city", "took control of
	// most of the town", "the town of Kessa was captured", "attempted to
	// capture the town", "two attempts were made to capture the fort",
	// "attempts to breach the city": ground taken by force, or tried for.
	// Both are checked by takesGround: the ground must be the object, and
	// a crowd that protests or riots is not an armed party.
	{groundTaken, event.Battles, "Non-state actor overtakes territory"},
	{regained, event.Battles, "Government regains territory"},
	{relit.MustCompile(`\b(?:ambush|firefight|clash|skirmish|battle|fighting|warfare|attacked|attack on|counter-?attack|under (?:attack|fire|assault)|gunfight|offensive|raid|assault|fought|engaged|stormed|(?:assailants|attackers|gunmen|militants|fighters|rebels) targeted)`), event.Battles, "Armed clash"},
	// Deaths dealt, with no other wording ("fighters killed 14 soldiers"),
	// are armed violence, not a strategic development; deaths suffered ("a
	// soldier was killed in a car accident") are not.
	{relit.MustCompile(`\bkill(?:ed|ing) (?:at least |about |some |more than |over |nearly |around |up to )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several|many)\b|\bshot dead\b|\bfatally shot\b|\b(?:attackers?|militants?|terrorists?|gunm[ae]n|insurgents?|assailants?|jihadists?) (?:was|were) (?:confirmed|reported) killed\b|\bshot and killed\b|\bgunned down\b|\bopened fire\b|\bgunmen\b|\bmurdered by\b`), event.Battles, "Armed clash"},
	{relit.MustCompile(`\b(?:riot|mob(?:s|bed|bing)?\b)`), event.Riots, "Violent demonstration"},
	{relit.MustCompile(`\b(?:protest|demonstrat|rall(?:y|ied)|march(?:ed)? (?:through|on|in))`), event.Protests, "Peaceful protest"},
	{relit.MustCompile(`\b(?:coup|arrest|detain)`), event.Strategic, "Arrests"},
	{relit.MustCompile(`\b(?:agree|agreement|signed|treaty|accord|ceasefire|cease-fire|truce|deal)\b`), event.Strategic, "Agreement"},
	{relit.MustCompile(`\b(?:constructed|built|established|opened) (?:a |the |niger )?(?:\w+ )?(?:base|headquarters|outpost|camp)|\bbase (?:began|opened)|began operations`), event.Strategic, "Headquarters or base established"},
	{relit.MustCompile(`\b(?:looted|looting|torched|burned down|destroyed (?:homes|houses|property))`), event.Strategic, "Looting/property destruction"},
	{relit.MustCompile(`\b(?:weapons cache|defused|seized weapons)`), event.Strategic, "Disrupted weapons use"},
	{relit.MustCompile(`\b(?:withdraw|withdrawal|deploy|deployment|evict|arrived|pull out|suspension|suspend|left|leave|rejected|announced|released|approval|approved|plans?)`), event.Strategic, "Change to group/activity"},
}

// classify returns the ACLED event type and sub-type that the wording
// suggests, or "Strategic developments"/"Other".
func classify(s string) (string, string) {
	// Matching lower case is several times faster than (?i) patterns.
	s = strings.ToLower(s)
	// "Militants armed with assault rifles and grenades attacked a
	// post": what they carried, not how they struck.
	if strings.Contains(s, "armed with") || strings.Contains(s, "carrying") || strings.Contains(s, "equipped with") || strings.Contains(s, "wielding") {
		s = armedWith.ReplaceAllString(s, " ")
	}
	// "Food, IEDs and weapons were seized by the troops": arms taken,
	// not a blast.
	if strings.Contains(s, "seiz") || strings.Contains(s, "recover") || strings.Contains(s, "confiscat") || strings.Contains(s, "defus") {
		s = seizedArms.ReplaceAllStringFunc(s, func(m string) string {
			// "Two bombs went off and weapons were seized", "seized
			// the town after bombs hit": the words between span a
			// blast or another clause, which stays.
			for _, w := range strings.FieldsFunc(m, func(r rune) bool { return r == ' ' || r == ',' || r == '\n' || r == '\t' }) {
				if seizureGapStop[w] || strings.HasPrefix(w, "explo") || strings.HasPrefix(w, "detonat") {
					return m
				}
			}
			return " "
		})
	}
	// "But they did not abduct anybody": what did not happen types
	// nothing.
	if strings.Contains(s, "not ") || strings.Contains(s, "n't ") || strings.Contains(s, "never ") {
		s = negatedAct.ReplaceAllString(s, " ")
	}
	// "an attack that also left eight soldiers dead": deaths dealt, not
	// anyone leaving.
	if strings.Contains(s, "left ") {
		s = leftDead.ReplaceAllString(s, "killing $1")
	}
	for _, r := range rules {
		if r.re.MatchString(s) {
			if r.re == groundTaken || r.re == regained {
				switch takesGround(s, r.re) {
				case groundNone:
					continue
				case groundHandedOver:
					return event.Strategic, "Non-violent transfer of territory"
				}
			}
			// "a car bomb rammed the gate and the militants seized the
			// base": a blast that opens a ground assault is a battle, as
			// ACLED codes an explosion followed by an armed clash.
			if r.typ == event.ExplosionsRemote && r.sub != "Air/drone strike" && overran.MatchString(s) {
				return event.Battles, "Non-state actor overtakes territory"
			}
			// "a suicide bomber blew himself up …, then the attackers
			// carried out a mass shooting": a blast that opens a shooting
			// of unarmed people is an attack on them, as ACLED codes an
			// explosion followed by the assault it began.
			if r.typ == event.ExplosionsRemote && r.sub != "Air/drone strike" && shootsCivilians(s) {
				return event.ViolenceCivilians, "Attack"
			}
			return r.typ, r.sub
		}
	}
	return event.Strategic, "Other"
}

var (
	groundTaken = relit.MustCompile(`\b(?:took|taking|seized|seizing|captured|capturing|overran|overrunning|overtook|(?:attempted|attempting|tried|trying|attempts?(?: (?:was|were) made)?) to (?:capture|seize|take|storm|breach)) (?:control of )?(?:(?:most|much|part|parts|all) of )?(?:the |their |its |a |an )?(?:[\w-]+ )?(?:town|city|village|base|camp|outpost|garrison|barracks)\b|\b(?:town|city|village|base|camp|outpost|garrison|barracks)(?: of \pL[\pL'’-]*(?: \pL[\pL'’-]*){0,2})? (?:was|were|had been|has been) (?:captured|seized|overrun|taken)\b`)
	regained    = relit.MustCompile(`\b(?:recaptured?|retook|retaken|retake|regained control|liberated|dislodg)`)
)

// What takesGround finds in a sentence.
const (
	groundNone       = iota // no ground taken by force: the rule does not apply
	groundByForce           // a battle for ground
	groundHandedOver        // ground taken over once its holders left
)

// takesGround checks the matches of groundTaken or regained in s. A crowd
// that protests or riots beside the verb ("police dislodged the
// demonstrators", "marchers took the main square") is a protest or a
// riot, as the later rules type it. The ground must be the object, not a
// word before a person ("seized a base commander"). "The camp was taken
// over by the army" once its holders withdrew is a handover.
func takesGround(s string, re *relit.Regexp) int {
	for _, loc := range re.FindAllStringIndex(s, -1) {
		if crowdNear(s, loc) {
			continue
		}
		rest := s[loc[1]:]
		if re == groundTaken {
			if personAfterPlace.MatchString(rest) {
				continue
			}
			if strings.HasSuffix(s[:loc[1]], "taken") && strings.HasPrefix(rest, " over") && withdrawn.MatchString(s) {
				return groundHandedOver
			}
		}
		return groundByForce
	}
	return groundNone
}

// crowdNear reports a crowd of protesters or rioters among the six words
// on either side of loc, within its clause.
func crowdNear(s string, loc []int) bool {
	clause := func(r rune) bool { return r == ',' || r == ';' || r == ':' || r == '.' || r == '(' || r == ')' }
	before := s[:loc[0]]
	if i := strings.LastIndexFunc(before, clause); i >= 0 {
		before = before[i+1:]
	}
	after := s[loc[1]:]
	if i := strings.IndexFunc(after, clause); i >= 0 {
		after = after[:i]
	}
	b, a := strings.Fields(before), strings.Fields(after)
	for i := len(b) - 1; i >= 0; i-- {
		if clauseWords[b[i]] {
			b = b[i+1:]
			break
		}
	}
	for i, w := range a {
		if clauseWords[w] {
			a = a[:i]
			break
		}
	}
	b, a = b[max(0, len(b)-6):], a[:min(len(a), 6)]
	return crowd.MatchString(strings.Join(b, " ")) || crowd.MatchString(strings.Join(a, " "))
}

// clauseWords open another clause or a time phrase: "seized the town
// after days of protests" sets the protests apart from the seizure.
var clauseWords = map[string]bool{"after": true, "before": true, "when": true, "while": true, "since": true, "until": true, "amid": true,
	"during": true, "following": true, "but": true, "then": true, "which": true, "who": true, "where": true, "as": true}

var crowd = relit.MustCompile(`\b(?:protest(?:s|ers?|ors?|ing)?|demonstrators?|demonstrations?|rioters?|rioting|riots|sit-ins?|marchers)\b`)

// personAfterPlace is a person whom the place word only qualifies: "a camp
// commander", "the town's mayor", "village elders".
var personAfterPlace = relit.MustCompile(`^(?:['’]s)? (?:commanders?|chiefs?|leaders?|heads?|officials?|officers?|guards?|directors?|administrators?|managers?|mayors?|governors?|elders|residents|imams?|councill?ors?)\b`)

// withdrawn is a force that left or handed over before the takeover.
var withdrawn = relit.MustCompile(`\b(?:withdr[ae]w|withdrawn|withdrawal|withdrawing|pull(?:ed|ing)? out|left|depart(?:ed|ure)|handed over|handover|evacuat)`)

// overran is a post or town taken by assault: "seized control of their
// military base", "overran the camp".
var overran = relit.MustCompile(`\b(?:took|seized|captured|overran|overtook|stormed) (?:control of )?(?:the |their |its |a |an )?(?:[\w-]+ )?(?:town|city|village|base|camp|outpost|garrison|barracks)\b`)

// shotCivilians is a shooting of unarmed people: "a mass shooting",
// "opened fire on worshippers", "an attack against civilians".
var shotCivilians = relit.MustCompile(`\bmass shootings?\b|\bshooting spree\b|\battacks? (?:against|on) civilians\b|\bopened fire on (?:the )?(?:[\w-]+ ){0,2}(?:civilians|worshippers|shoppers|guests|students|pupils|passengers|crowds?)\b`)

// shootsCivilians reports a shooting of unarmed people that the sentence
// tells, not one it reproaches someone with ("in an area where militants
// have long been accused of attacks on civilians").
func shootsCivilians(s string) bool {
	for _, loc := range shotCivilians.FindAllStringIndex(s, -1) {
		if !reproach.MatchString(s[max(0, loc[0]-48):loc[0]]) {
			return true
		}
	}
	return false
}

var reproach = relit.MustCompile(`(?i)\b(?:accused of|blamed for|responsible for|known for|history of|condemned|denounced|denied)\s+(?:\w+\s+){0,2}$`)

var leftDead = relit.MustCompile(`\bleft ((?:[\w-]+ ){1,5}?)(?:dead|killed)\b`)

var negatedAct = relit.MustCompile(`\b(?:did|does|do|had|has|have|was|were|could|would)\s*(?:not|n't)\s+(?:\w+\s+)?(?:abduct|kidnap|kill|attack|rape|loot|burn)\w*|\bnever\s+(?:abduct|kidnap|kill|attack|rape|loot|burn)\w*`)

// seizedArms is explosives taken or made safe, told either way round:
// "IEDs and weapons were seized", "troops recovered two bombs".
var seizedArms = relit.MustCompile(`(?:\b(?:ieds?|explosives|bombs|explosive devices)(?:,?\s+(?:and\s+)?[\w-]+){0,4}\s+(?:were|was|had been)\s+(?:seized|recovered|confiscated|defused)|\b(?:seized|recovered|confiscated|defused)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,5}?(?:ieds?|explosives|bombs|explosive devices))\b`)

// seizureGapStop are words that, between explosives and their seizure,
// mean the two are not one phrase: a blast's verbs and a clause's joints.
var seizureGapStop = map[string]bool{"went": true, "off": true, "hit": true, "struck": true, "blew": true, "killed": true,
	"after": true, "before": true, "when": true, "while": true, "as": true, "then": true, "but": true, "which": true, "that": true}

var armedWith = relit.MustCompile(`\b(?:armed with|carrying|equipped with|wielding)\s+(?:[\w-]+\s+){0,6}?(?:grenades?|rockets?|rocket-propelled grenades|rpgs|explosives|mortars?)\b`)

// civilianTarget is an attack on where people live or gather.
var civilianTarget = relit.MustCompile(`\b(?:attacked|raided|stormed|invaded|overran) (?:the |a |several |two |three )?(?:village|villages|community|communities|market|settlement|hamlet|camp for displaced|displacement camp)\b`)

// civilianKinds are who civilians killed are said to be, beside
// civilianWords: "three teachers".
var civilianKinds = map[string]bool{"teachers": true, "pupils": true, "doctors": true, "nurses": true, "journalists": true,
	"shoppers": true, "customers": true, "guests": true, "patients": true, "mourners": true}

// twoSided is wording of a fight between armed parties or of an armed
// target, as against an attack on people who do not fight back. Not
// "soldiers" or "the army": they are as often who said it.
// Attackers among the dead ("seven people, including five attackers,
// were killed") fell in a fight too.
var twoSided = relit.MustCompile(`\b(?:clash|skirmish|battle|fighting|firefight|gunfight|fought|engaged|exchanges? of (?:gun)?fire|ambush|repel|repuls|overran|overpower|returned fire|(?:military|army) (?:base|camp|post|position)|police (?:station|post)|security (?:post|checkpoint|outpost)|patrol|checkpoint|outpost|barracks|including (?:[\w-]+ ){1,2}(?:attackers|assailants|militants|gunmen|raiders|fighters|rebels))`)

// byVictims types an event its wording did not: people killed or wounded
// by others ("4 peacekeepers were killed and 5 wounded") is violence,
// against civilians when only civilians were hit, an armed clash
// otherwise. Losses in accidents are not.
func byVictims(cas []event.Casualty, typ, sub string) (string, string) {
	hit, armed := false, false
	for _, c := range cas {
		if c.NonHostile || c.Killed == nil && c.Wounded == nil {
			continue
		}
		hit = true
		if !civilianWords[lastField(strings.ToLower(c.Who))] {
			armed = true
		}
	}
	switch {
	case !hit:
		return typ, sub
	case armed:
		return event.Battles, "Armed clash"
	}
	return event.ViolenceCivilians, "Attack"
}

var civilianWords = map[string]bool{"civilians": true, "civilian": true, "villagers": true, "residents": true, "people": true, "persons": true, "others": true,
	"children": true, "women": true, "worshippers": true, "passengers": true, "students": true, "farmers": true, "herders": true, "fishermen": true, "miners": true,
	// people named one by one: "the village head", "his wife"
	"head": true, "ruler": true, "monarch": true, "emir": true, "imam": true, "pastor": true, "priest": true, "assistant": true,
	"servant": true, "wife": true, "husband": true, "son": true, "daughter": true, "brother": true, "sister": true, "father": true,
	"mother": true, "child": true, "woman": true, "man": true, "boy": true, "girl": true, "traders": true, "trader": true,
	"laborers": true, "labourers": true, "workers": true, "bystanders": true, "passers-by": true, "passersby": true, "family": true,
	// one of them: "a 25-year-old villager"
	"villager": true, "resident": true, "person": true, "farmer": true, "herder": true, "fisherman": true, "miner": true,
	"student": true, "worshipper": true, "passenger": true, "laborer": true, "labourer": true, "worker": true, "teacher": true}
