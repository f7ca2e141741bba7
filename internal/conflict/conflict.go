// Package conflict holds the normalized conflict record that an article's
// infobox describes: the parties on each side, their commanders, strengths
// and the casualties claimed, the span of dates and the places.
package conflict

import "github.com/sitrep-project/sitrep/internal/event"

// Record is one conflict as its infobox states it.
type Record struct {
	Name   string     `json:"name"`
	PartOf []string   `json:"part_of,omitempty"`
	Date   event.Date `json:"date"`
	// Ongoing is set when the infobox says "– present".
	Ongoing bool    `json:"ongoing,omitempty"`
	Places  []Place `json:"places,omitempty"`
	// Site is where within its one country the infobox places the
	// conflict, as written: "Chintalnar, Dantewada District" of
	// "Chintalnar, Dantewada District, Chhattisgarh, India" (Places
	// then holds India alone).
	Site   string   `json:"site,omitempty"`
	Result []string `json:"result,omitempty"`
	Sides  []Side   `json:"sides"`
	// Fields keeps every infobox line as written, in order.
	Fields []Field `json:"fields,omitempty"`
}

// Field is one raw infobox line.
type Field struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// Place is a country or area the conflict took place in.
type Place struct {
	Name string `json:"name"`
	ISO  string `json:"iso,omitempty"` // ISO 3166-1 alpha-3 when a country
}

// Side is one belligerent side (Combatant1, Combatant2, …).
type Side struct {
	Number     int         `json:"number"`
	Parties    []string    `json:"parties"`
	Commanders []Commander `json:"commanders,omitempty"`
	Strength   []Strength  `json:"strength,omitempty"`
	Casualties []Claim     `json:"casualties,omitempty"`
}

// Commander is a leader listed for a side.
type Commander struct {
	Name           string `json:"name"`
	From           string `json:"from,omitempty"` // year or date, as written
	To             string `json:"to,omitempty"`
	KilledInAction bool   `json:"killed_in_action,omitempty"`
}

// Strength is a force size.
type Strength struct {
	Count  int    `json:"count"`
	Approx bool   `json:"approx,omitempty"`
	Min    bool   `json:"min,omitempty"`
	Unit   string `json:"unit,omitempty"`
	Who    string `json:"who,omitempty"`
	AsOf   string `json:"as_of,omitempty"` // TimeML value: "2018-04"
	Raw    string `json:"raw"`
}

// Claim is one casualty statement of an infobox, structured.
type Claim struct {
	Raw               string `json:"raw"`
	Who               string `json:"who,omitempty"`
	Killed            *int   `json:"killed,omitempty"`
	KilledNonHostile  *int   `json:"killed_non_hostile,omitempty"`
	Wounded           *int   `json:"wounded,omitempty"`
	WoundedNonHostile *int   `json:"wounded_non_hostile,omitempty"`
	Captured          *int   `json:"captured,omitempty"`
	Other             []Item `json:"other,omitempty"` // "1 weapons cache" destroyed, vehicles…
	Min               bool   `json:"min,omitempty"`
	Approx            bool   `json:"approx,omitempty"`
	Unknown           bool   `json:"unknown,omitempty"` // "Unknown killed"
	Note              string `json:"note,omitempty"`
}

// Item is a counted non-human loss.
type Item struct {
	Count int    `json:"count"`
	What  string `json:"what"`
	Min   bool   `json:"min,omitempty"`
}
