package geoparse

import (
	"os"
	"testing"

	"github.com/sitrep-project/sitrep/internal/relit/relittest"
)

// TestFilteredPatterns holds every pattern of the geoparser that runs
// behind relit's literal filter to the plain regexp, on the seed article,
// its lines and stretches of it, and on sentences we wrote to match them.
func TestFilteredPatterns(t *testing.T) {
	seed, err := os.ReadFile("testdata/seed_niger.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		string(seed),
		"Rebels of the Northern Liberation Front for the Delta attacked the port town of Kessa, some 40 km north-west of Dara.",
		"The village, which lies about 12 miles south of Tarra, was first called Old Mill and later renamed Millbrook.",
		"Talks at the United Nations went on while the Sallan city of Orvo was shelled; the people of the Vessi and Orra peoples fled.",
		"It is a town and the county seat of Harlan County, Kentucky, named after a general; its birthplace museum opened in 1990.",
		"Fans at the Cup derby cheered as the striker scored; the Magistrate's Court of the Lake District sat in the Duke of York's hall.",
	}
	relittest.Same(t, texts, 12, 200)
}
