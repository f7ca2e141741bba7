package narrative

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-project/sitrep/internal/relit/relittest"
)

// TestFilteredPatterns holds every pattern of the reader that runs behind
// relit's literal filter to the plain regexp, on the test articles, their
// lines and stretches of them, and on sentences we wrote to match.
func TestFilteredPatterns(t *testing.T) {
	texts := []string{
		"Gunmen ambushed a patrol near the town; the soldiers did not return fire and were later evacuated to the capital.",
		"In total, 40 people were killed during the whole campaign, most of them in separate attacks on villages.",
		"The convoy retreated towards the north of the river after a landmine exploded two days after the raid.",
		"A soldier died in a vehicle accident; militants armed with rocket-propelled grenades left three guards dead.",
		"PROTESTERS RALLIED IN THE CAPITAL, AND POLICE ARRESTED 12; THE ARMY RETOOK THE BASE WITHOUT A FIGHT.",
	}
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("test articles: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	relittest.Same(t, texts, 40, 2000)
}
