package event

// The ACLED event typology: 6 event types and 25 sub-event types, as in the
// ACLED codebook.
const (
	Battles           = "Battles"
	ExplosionsRemote  = "Explosions/Remote violence"
	ViolenceCivilians = "Violence against civilians"
	Protests          = "Protests"
	Riots             = "Riots"
	Strategic         = "Strategic developments"
)

// Typology lists each event type with its sub-event types, in codebook order.
var Typology = []struct {
	Type     string
	SubTypes []string
}{
	{Battles, []string{"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}},
	{ExplosionsRemote, []string{"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"}},
	{ViolenceCivilians, []string{"Sexual violence", "Attack", "Abduction/forced disappearance"}},
	{Protests, []string{"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}},
	{Riots, []string{"Violent demonstration", "Mob violence"}},
	{Strategic, []string{"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"}},
}

// TypeOf returns the event type of an ACLED sub-event type, or "".
func TypeOf(sub string) string {
	for _, t := range Typology {
		for _, s := range t.SubTypes {
			if s == sub {
				return t.Type
			}
		}
	}
	return ""
}

// ValidType reports whether t is one of the six ACLED event types.
func ValidType(t string) bool {
	for _, x := range Typology {
		if x.Type == t {
			return true
		}
	}
	return false
}
