// Package reconcile checks claims against evidence: each casualty figure of
// an infobox against the sum of the events its own narrative reports.
package reconcile

// Verdict is the outcome of checking one claim.
type Verdict struct {
	Side     int      `json:"side"`
	Claim    string   `json:"claim"`   // "Casualties1: 5 killed (1 non hostile)"
	Measure  string   `json:"measure"` // "killed", "wounded"
	Claimed  int      `json:"claimed"`
	Found    int      `json:"found"`
	FoundMin bool     `json:"found_min,omitempty"` // the evidence holds an "at least"
	Evidence string   `json:"evidence"`            // "4 killed 2017-10-04 (Tongo Tongo ambush) + 1 killed 2017-02-02"
	Events   []string `json:"events"`              // ids of the events cited
	Status   string   `json:"status"`              // "consistent", "differs", "no evidence"
	Diff     int      `json:"diff"`                // claimed − found
	Text     string   `json:"verdict"`             // "consistent", "one death more claimed than the narrative shows"
}
