package dataset_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/ucdp"
)

// FuzzQueryMatchesReader is a differential fuzz of the bulk-load queries
// against the readers: on any rows under an ACLED or a GED header (source
// 0, 2), or any GDELT rows (1), the query must fail, or store exactly what
// the reader gives.
// Each input costs two DuckDB ingests, so a run does thousands of inputs,
// not millions: go test ./internal/dataset -run '^$' -fuzz FuzzQueryMatchesReader -fuzztime 5m
// (-fuzztime under the test's -timeout, 10m by default).
func FuzzQueryMatchesReader(f *testing.F) {
	f.Add(uint8(0), acledRow(nil))
	f.Add(uint8(0), acledRow(map[string]string{"time_precision": "3", "latitude": "7.0", "event_date": "4 oct 2017", "inter2": "Rebel groups"})+
		acledRow(map[string]string{"event_id_cnty": "X2", "event_type": "Remote violence", "assoc_actor_2": "a;b", "iso": ""}))
	f.Add(uint8(0), acledRow(map[string]string{"event_id_cnty": "\tX3\u00a0", "assoc_actor_1": "A;\u3000B", "fatalities": "\v4", "event_date": "04-oct-2017"}))
	// Text the readers keep as it was since FuzzReaderWords (36c1bb2,
	// 8df374c), which the queries must keep alike.
	f.Add(uint8(0), acledRow(map[string]string{"event_id_cnty": " X4", "time_precision": "", "fatalities": "+3", "inter1": " 1", "assoc_actor_1": "A;B", "latitude": " ", "geo_precision": " 2"}))
	f.Add(uint8(0), acledRow(map[string]string{"actor2": "", "inter2": " ", "fatalities": "007", "assoc_actor_2": ";B;", "time_precision": " 2"}))
	f.Add(uint8(2), ucdpRow(map[string]string{"id": "10", "best": "", "low": "3", "high": "5", "date_prec": ""}))
	f.Add(uint8(2), ucdpRow(map[string]string{"id": "11", "best": "4", "low": "", "high": "+6", "date_prec": " 2"}))
	f.Add(uint8(1), gdeltRow(nil))
	f.Add(uint8(1), gdeltRow(map[string]string{"GLOBALEVENTID": "7", "ActionGeo_Lat": "7.0", "EventCode": "1831"}))
	f.Add(uint8(2), ucdpRow(nil))
	f.Add(uint8(2), ucdpRow(map[string]string{"id": "9", "date_prec": "4", "date_end": "2009-02-28T00:00:00", "best": "4", "low": "2", "high": "", "latitude": "5.0"}))
	f.Fuzz(func(t *testing.T, which uint8, rows string) {
		var source, body string
		switch which % 3 {
		case 0:
			source, body = "acled", acledHeader+rows
		case 1:
			source, body = "gdelt", rows
		default:
			source, body = "ucdp", strings.Join(ucdp.Columns, ",")+"\n"+rows
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
