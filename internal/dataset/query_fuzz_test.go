package dataset_test

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzQueryMatchesReader is a differential fuzz of the bulk-load queries
// against the readers: on any rows under an ACLED header (or any GDELT
// rows), the query must fail, or store exactly what the reader gives.
// Each input costs two DuckDB ingests, so a run does thousands of inputs,
// not millions: go test ./internal/dataset -run '^$' -fuzz FuzzQueryMatchesReader -fuzztime 5m
func FuzzQueryMatchesReader(f *testing.F) {
	f.Add(true, acledRow(nil))
	f.Add(true, acledRow(map[string]string{"time_precision": "3", "latitude": "7.0", "event_date": "4 oct 2017", "inter2": "Rebel groups"})+
		acledRow(map[string]string{"event_id_cnty": "X2", "event_type": "Remote violence", "assoc_actor_2": "a;b", "iso": ""}))
	f.Add(true, acledRow(map[string]string{"event_id_cnty": "\tX3\u00a0", "assoc_actor_1": "A;\u3000B", "fatalities": "\v4", "event_date": "04-oct-2017"}))
	f.Add(false, gdeltRow(nil))
	f.Add(false, gdeltRow(map[string]string{"GLOBALEVENTID": "7", "ActionGeo_Lat": "7.0", "EventCode": "1831"}))
	f.Fuzz(func(t *testing.T, acled bool, rows string) {
		source, body := "gdelt", rows
		if acled {
			source, body = "acled", acledHeader+rows
		}
		dir := t.TempDir()
		path := filepath.Join(dir, "in.csv")
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := compareLoads(t, filepath.Join(dir, "s"), path, source); err != nil {
			t.Fatal(err)
		}
	})
}
