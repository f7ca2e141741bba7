package geoparse

import (
	"math/rand"
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestFormerLeads holds formerLeads to formerLeadRe run over the whole
// text: texts built from the pattern's own words, with the spacing,
// quotes and word joins that could make the two differ.
func TestFormerLeads(t *testing.T) {
	words := []string{"was", "were", "is", "been", "being", "became", "become", "first", "originally", "initially",
		"formerly", "once", "later", "then", "known", "as", "called", "named", "renamed", "styled", "under", "the", "name",
		"town", "It", "Salt", "Point", "unnamed", "recalled", "wasnamed", "a", "man", "and", "Webster's", "Landing"}
	seps := []string{" ", " ", " ", "  ", "\n", "\t", ", ", ". ", " \"", " “", "\u00a0", "-", ""}
	seed, err := os.ReadFile("testdata/seed_niger.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		string(seed),
		"The settlement was first called Salt Point, then Webster's Landing (1786) and Corinth (1817).",
		"The area was initially named Frederick Town. It was renamed  \"Easton\" later, under the name Talbot.",
		"He recalled that the town became\n\tknown as “Ruffs Siding”; it was later styled Varners.",
	}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.Intn(24) {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteString(seps[r.Intn(len(seps))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, text := range texts {
		want := formerLeadRe.FindAllStringIndex(text, -1)
		got := formerLeads(text)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		matched++
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\n formerLeads %v\n the pattern %v", text, got, want)
		}
	}
	if matched < 1000 {
		t.Errorf("only %d of %d texts hold a former name's lead: the test says little", matched, len(texts))
	}
	t.Logf("%d of %d texts hold a lead", matched, len(texts))
}
