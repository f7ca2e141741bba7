package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMatchCommand: an article's drone strike and the ACLED row of the same
// day and town pair; the ACLED row of another town does not.
func TestMatchCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.duckdb")
	acled := filepath.Join(dir, "acled_somalia.csv")
	csv := "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,iso,admin1,location,latitude,longitude,geo_precision,fatalities\n" +
		"SOM1,2020-01-12,2020,1,Explosions/Remote violence,Air/drone strike,Military Forces of the United States,Al Shabaab,Somalia,706,Lower Juba,Kismayo,-0.3582,42.5454,1,17\n" +
		"SOM2,2020-01-12,2020,1,Battles,Armed clash,Military Forces of Somalia,Al Shabaab,Somalia,706,Banadir,Mogadishu,2.0371,45.3438,1,3\n"
	if err := os.WriteFile(acled, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := sitrep(t, "ingest", "--db", db, "../../testdata/articles/coastal_strikes.wiki", acled); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	code, out, stderr := sitrep(t, "match", "--db", db, "--format", "csv")
	if code != 0 {
		t.Fatalf("match: exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], "article,coastal_strikes#1,2020-01-12,Kismayo") || !strings.Contains(lines[1], "acled,acled:SOM1,2020-01-12,Kismayo") {
		t.Errorf("pairs:\n%s", out)
	}
	// Filters narrow what is matched: nothing in Banadir pairs.
	if code, out, _ := sitrep(t, "match", "--db", db, "--admin1", "Banadir"); code != 0 || !strings.HasSuffix(out, "0 pairs\n") {
		t.Errorf("filtered: exit %d:\n%s", code, out)
	}
	if code, _, stderr := sitrep(t, "match", "--db", db, "--days", "99"); code != 2 || !strings.Contains(stderr, "days") {
		t.Errorf("bad --days: exit %d: %s", code, stderr)
	}
}
