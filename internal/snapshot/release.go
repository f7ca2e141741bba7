// Package snapshot names and compares versions of a dataset. Every ingest
// of a file is one version; Release says which published release a file
// is ("GED 23.1", an ACLED export date), Resolve finds a version from what
// a person types, and Diff lists the events added, changed field by field,
// and deleted between two versions of the same source.
package snapshot

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/store"
)

var (
	// UCDP publishes "GEDEvent_v23_1.csv", "ged231-csv.zip" and monthly
	// candidates such as "GEDEvent_v24_0_3".
	gedName = regexp.MustCompile(`(?i)ged(?:event)?[_-]?v?(\d{2})[_.]?(\d)(?:[_.](\d{1,2}))?(?:\D|$)`)
	// ACLED's exports are named for the span they cover and the day they
	// were made: "2018-01-01-2024-10-31-Nigeria.csv", "ACLED_2024-10-31.csv".
	isoDay = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)
	// GDELT names each 15-minute file by its timestamp (2.0) and each daily
	// file by its day (1.0): "20240101000000.export.CSV.zip".
	gdeltStamp = regexp.MustCompile(`^(\d{14}|\d{8})\.export`)
)

// Release names the release a dataset file is, from its name: "GED 23.1"
// for a UCDP GED file, the export day for ACLED ("ACLED 2024-10-31"), the
// file's timestamp for GDELT. An ACLED export whose name carries no day is
// named by the day the file was written, which for a download is the day
// ACLED made it; modified is that time (the zero time to skip this).
// Release returns "" when the name says nothing.
func Release(source, path string, modified time.Time) string {
	base := filepath.Base(path)
	switch source {
	case "ucdp":
		m := gedName.FindStringSubmatch(base)
		if m == nil {
			return ""
		}
		r := "GED " + m[1] + "." + m[2]
		if m[3] != "" {
			r += "." + m[3]
		}
		return r
	case "acled":
		days := isoDay.FindAllString(base, -1)
		for i := len(days) - 1; i >= 0; i-- {
			if _, err := time.Parse(time.DateOnly, days[i]); err == nil {
				return "ACLED " + days[i]
			}
		}
		if !modified.IsZero() {
			return "ACLED " + modified.UTC().Format(time.DateOnly) + " (file date)"
		}
	case "gdelt":
		if m := gdeltStamp.FindStringSubmatch(base); m != nil {
			return "GDELT " + m[1]
		}
	}
	return ""
}

// Resolve finds the version ref names among vs: a version id ("12"), a
// release label ("GED 23.1"), "current" when one dataset of the source is
// current, or a prefix of at least six hex digits of the file's SHA-256.
// A ref that fits several versions is an error that lists them, so that
// a diff never compares other data than the one meant.
func Resolve(vs []store.Version, ref string) (store.Version, error) {
	ref = strings.TrimSpace(ref)
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		for _, v := range vs {
			if v.ID == id {
				return v, nil
			}
		}
		return store.Version{}, fmt.Errorf("no version %d", id)
	}
	var hits []store.Version
	switch {
	case strings.EqualFold(ref, "current"):
		for _, v := range vs {
			if v.Current {
				hits = append(hits, v)
			}
		}
	default:
		for _, v := range vs {
			if strings.EqualFold(v.Release, ref) {
				hits = append(hits, v)
			}
		}
		if len(hits) == 0 && len(ref) >= 6 && isHex(ref) {
			for _, v := range vs {
				if strings.HasPrefix(v.FileHash, strings.ToLower(ref)) {
					hits = append(hits, v)
				}
			}
		}
	}
	switch len(hits) {
	case 0:
		return store.Version{}, fmt.Errorf("no version %q", ref)
	case 1:
		return hits[0], nil
	}
	ids := make([]string, len(hits))
	for i, v := range hits {
		ids[i] = fmt.Sprintf("%d (%s/%s)", v.ID, v.Source, v.Dataset)
	}
	return store.Version{}, fmt.Errorf("%q names %d versions: %s; give the version id", ref, len(hits), strings.Join(ids, ", "))
}

func isHex(s string) bool {
	for _, c := range strings.ToLower(s) {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
