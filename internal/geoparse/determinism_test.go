package geoparse

import (
	"fmt"
	"testing"
)

// TestDeterministic: a text parses the same way every time. Mentions of
// one name are settled together, and a pair among them ("the village of
// Delhi, New York") looks at its region's reading, which the group of
// "New York" may change first or last: settled in map order, this text
// came out two ways at random (7 runs in 20 read that Delhi in India).
// Sentences written for the purpose.
func TestDeterministic(t *testing.T) {
	text := "Delhi, Delaware county, New York\n" +
		"The town of Delhi lies in Delaware County, New York, United States. About five thousand people lived there in 2010.\n" +
		"The town lies in the middle of the county and holds the village of Delhi, New York.\n" +
		"Its name comes from the city of Delhi, the capital territory of India. One settler wanted another name, but the others chose Delhi, and Delhi it stayed.\n" +
		"History\n" +
		"Delhi was carved out of Kortright, Middletown and Walton in 1798. It took its name from Delhi in India.\n" +
		"Parts of Bovina and Hamden were added later. Delhi, the county seat, stands on the north bank of the Delaware.\n"
	first := fmt.Sprint(parser.Parse(text))
	for range 40 {
		if got := fmt.Sprint(parser.Parse(text)); got != first {
			t.Fatalf("a second reading differs:\n%s\n%s", first, got)
		}
	}
}
