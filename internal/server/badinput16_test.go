package server

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/store"
)

// TestUnknownVersionAndEarlyAt: a version or as_of the store does not hold
// is a 404 naming it on every filtered endpoint (it was a 200 with no
// events, or with every event for as_of), and a change day whose baseline
// would begin before year 1 is a 400 (0001-01-01, Go's zero day, was read
// as "not given" and answered for the latest period).
func TestUnknownVersionAndEarlyAt(t *testing.T) {
	backends(t, func(t *testing.T, st *store.Store) {
		h := New(st, Options{CacheTTL: -1})
		for _, tc := range []struct {
			target string
			status int
			has    string
		}{
			{"/api/events?version=1", 200, `"events"`},
			{"/api/events?version=999", 404, "version 999: no such version"},
			{"/api/events?as_of=999", 404, "as_of 999: no such version"},
			{"/api/aggregate?by=country&version=999", 404, "version 999"},
			{"/api/infobox?as_of=999", 404, "as_of 999"},
			{"/api/events?version=abc", 400, `"param":"version"`},
			{"/api/change?at=0001-01-01", 400, `"param":"at"`},
			{"/api/change?at=0001-03-15", 400, "before year 1"},
			{"/api/change?at=0001-03-15&periods=1", 200, `"period":"0001-03-01"`},
			{"/api/change?at=2017-10-04", 200, `"period":"2017-10-01"`},
		} {
			t.Run(tc.target, func(t *testing.T) {
				a := get(t, h, tc.target)
				if a.status != tc.status || !strings.Contains(string(a.body), tc.has) {
					t.Errorf("%d %s; want %d and %q", a.status, a.body, tc.status, tc.has)
				}
			})
		}
	})
}
