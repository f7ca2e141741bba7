package geoparse

import (
	"testing"
)

// TestDatelineStateCounty (round 19): a county named bare after a dateline's
// town and state is that state's, though a larger namesake lies elsewhere
// and the text names rivers and other states; a county given its own state
// keeps it.
func TestDatelineStateCounty(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "bare county", text: "CAIRO, Ill. -- Alexander County crews stacked sandbags as the Ohio and Mississippi rivers rose, and Missouri farmers waited for word.",
			toponym: "Alexander County", country: "US", admin1: "IL"},
		{name: "own state", text: "COLUMBIA, Mo. -- A man from Boone County, Ky., was arrested Monday after a chase on Interstate 70.",
			toponym: "Boone County", country: "US", admin1: "KY"},
	})
}
