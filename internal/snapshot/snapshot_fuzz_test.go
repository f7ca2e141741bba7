package snapshot

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/store"
)

// FuzzRelease feeds arbitrary file names: no panic, and a release names
// its source.
func FuzzRelease(f *testing.F) {
	for _, s := range []string{"GEDEvent_v23_1_CAF.csv", "ged231-csv.zip", "2018-01-01-2024-10-31-Nigeria.csv", "20240101000000.export.CSV.zip", "ged9", "9999-99-99.csv"} {
		f.Add(s)
	}
	prefix := map[string]string{"ucdp": "GED ", "acled": "ACLED ", "gdelt": "GDELT "}
	f.Fuzz(func(t *testing.T, name string) {
		for source, p := range prefix {
			if r := Release(source, name, time.Time{}); r != "" && !strings.HasPrefix(r, p) {
				t.Errorf("Release(%s, %q) = %q", source, name, r)
			}
		}
	})
}

// FuzzResolve feeds arbitrary version references: no panic, and a version
// found is one of those given.
func FuzzResolve(f *testing.F) {
	vs := []store.Version{
		{ID: 1, Release: "GED 22.1", FileHash: "aaaa1111"},
		{ID: 2, Release: "GED 23.1", FileHash: "bbbb2222", Current: true},
	}
	for _, s := range []string{"1", "GED 23.1", "current", "aaaa11", "-1", "99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ref string) {
		v, err := Resolve(vs, ref)
		if err == nil && v.ID != 1 && v.ID != 2 {
			t.Errorf("Resolve(%q) = version %d", ref, v.ID)
		}
	})
}
