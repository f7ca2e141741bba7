package relit

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestNeed(t *testing.T) {
	tests := []struct {
		expr string
		want [][]string
	}{
		{`convoy`, [][]string{{"convoy"}}},
		{`\b(?:left|leave)\b`, [][]string{{"leave", "left"}}},
		{`\bshell(?:ed|ing)?`, [][]string{{"shell"}}},
		{`\bthe (\p{Lu}\p{L}+) (?:town|city) of $`, [][]string{{" city of ", " town of "}, {"the "}}},
		{`[Tt]he ["“']?$`, [][]string{{"(?i)the "}}},
		// What a match may lack is no filter.
		{`(?i)\bcamp\b`, [][]string{{"(?i)camp"}}},
		{`(?i)\b(?:east|west) of (?:the )?$`, [][]string{{"(?i)east of ", "(?i)west of "}}},
		{`(?i:é)tat`, [][]string{{"tat"}}},
		{`(?:base|camp)?s\b`, [][]string{{"s"}}},
		{`\b(?:raid|\d+ killed)`, [][]string{{" killed", "raid"}}},
		{`\b(?:raid|\w+)`, nil},
		{`a*`, nil},
		{`(?:ab){2,}`, [][]string{{"ab"}}},
		{"\uFFFD", nil},
	}
	for _, tt := range tests {
		if got := MustCompile(tt.expr).Need(); !reflect.DeepEqual(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("%s: need %q, want %q", tt.expr, got, tt.want)
		}
	}
}

// TestSameAnswers holds every method to regexp's on patterns of the
// shapes the reader and the geoparser use and on texts built from their
// words, so that both matching and refused texts are many.
func TestSameAnswers(t *testing.T) {
	exprs := []string{
		`\b(?:withdraw|withdrawal|deploy|deployment|left|leave|plans?)`,
		`\b(?:took|seized|captured) (?:control of )?(?:the )?(?:town|city|village|base|camp)`,
		`\bkill(?:ed|ing) (?:at least |about )?(?:\d+|one|two|dozens)\b|\bshot dead\b`,
		`\bthe (?:[\p{Ll}-]+ )?(\p{Lu}\p{L}+) (?:city|town|village|port) of $`,
		`^(?: town| village)?,? (?:about |some )?(\d+) ?(?:km|miles) (?:north|south)`,
		`\bleft ((?:[\w-]+ ){1,5}?)(?:dead|killed)\b`,
		`[Tt]he ["“'‘]?$`,
		`(?:é|e)tat\b`,
		`\b(?:did|had)\s*(?:not|n't)\s+(?:\w+\s+)?(?:kill|attack)\w*`,
		`(?i)\b(?:north|south)(?:ern)?\s+of\s+(?:the\s+)?$`,
		`(?i)\b(?:taken|killed)\s+(?:\w+\s+){0,2}?to\b|\bAT LEAST\b`,
		`(?i)\b(?:Gao|mopti)s?\b`,
	}
	words := strings.Fields(`the The town city village port camp base of took seized captured control killed killing at least about
		one two 12 dozens shot dead left leave leaves withdraw withdrawal deploy plans plan km miles north south ,  Gao Mopti
		état etat did had not n't attack kill KILLED Killed North SOUTH Southern taken TAKEN to TO
		Mopti MOPTI gaos — “ ’ é town, of the`)
	// The Kelvin sign and the long s fold to k and s; invalid bytes.
	words = append(words, "\u212Ailled", "\u017Fouth", "\u212A", "\xff", "\xe2\x80", "\ufffd")
	rng := rand.New(rand.NewPCG(1, 2))
	matched := 0
	for _, expr := range exprs {
		r, std := MustCompile(expr), regexp.MustCompile(expr)
		for range 3000 {
			n := rng.IntN(12)
			var b strings.Builder
			for k := range n {
				if k > 0 && rng.IntN(5) > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(words[rng.IntN(len(words))])
			}
			if rng.IntN(3) == 0 {
				b.WriteByte(' ')
			}
			s := b.String()
			if std.MatchString(s) {
				matched++
			}
			same := r.MatchString(s) == std.MatchString(s) &&
				r.FindString(s) == std.FindString(s) &&
				slices.Equal(r.FindStringIndex(s), std.FindStringIndex(s)) &&
				slices.Equal(r.FindStringSubmatch(s), std.FindStringSubmatch(s)) &&
				slices.Equal(r.FindStringSubmatchIndex(s), std.FindStringSubmatchIndex(s)) &&
				reflect.DeepEqual(r.FindAllString(s, -1), std.FindAllString(s, -1)) &&
				reflect.DeepEqual(r.FindAllStringIndex(s, -1), std.FindAllStringIndex(s, -1)) &&
				reflect.DeepEqual(r.FindAllStringSubmatch(s, -1), std.FindAllStringSubmatch(s, -1)) &&
				reflect.DeepEqual(r.FindAllStringSubmatchIndex(s, -1), std.FindAllStringSubmatchIndex(s, -1)) &&
				r.ReplaceAllString(s, "<$1>") == std.ReplaceAllString(s, "<$1>")
			if !same {
				t.Fatalf("%s on %q: answers differ from regexp's", expr, s)
			}
		}
	}
	if matched < 1000 {
		t.Errorf("only %d texts matched: the test says little", matched)
	}
}

// TestAnchored leaves patterns tried at the start only unfiltered: they
// fail there sooner than the literals are looked for.
func TestAnchored(t *testing.T) {
	for _, expr := range []string{`^ of the town`, `^(?:, | and )village`, `\Aconvoy`} {
		if need := MustCompile(expr).Need(); need != nil {
			t.Errorf("%s: need %q, want none", expr, need)
		}
	}
	if need := MustCompile(`^convoy|ambush`).Need(); need == nil {
		t.Errorf("a branch unanchored: want a filter")
	}
}
