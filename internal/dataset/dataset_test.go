package dataset

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/rows/rowstest"
)

var fixtures = map[string]string{
	"../acled/testdata/acled_2024.csv":            "acled",
	"../acled/testdata/acled_2019.csv":            "acled",
	"../ucdp/testdata/ged231_caf_sample.csv":      "ucdp",
	"../ucdp/testdata/api_page.json":              "ucdp",
	"../gdelt/testdata/20240101000000.export.CSV": "gdelt",
}

func TestSniff(t *testing.T) {
	for path, want := range fixtures {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := Sniff(b[:min(len(b), 4096)]); got != want {
			t.Errorf("Sniff(%s) = %q, want %q", path, got, want)
		}
	}
	for _, in := range []string{"", "hello,world\n", "a\tb\tc\n"} {
		if got := Sniff([]byte(in)); got != "" {
			t.Errorf("Sniff(%q) = %q", in, got)
		}
	}
}

func count(t *testing.T, r Reader) (n int) {
	t.Helper()
	for {
		_, err := r.Next()
		if err == io.EOF {
			return n
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
}

func TestOpen(t *testing.T) {
	ctx := context.Background()
	want := map[string]int{"acled": 0, "ucdp": 0, "gdelt": 0}
	for path, src := range fixtures {
		f, err := Open(ctx, path, "")
		if err != nil {
			t.Fatal(err)
		}
		if f.Source() != src {
			t.Errorf("%s: source %q", path, f.Source())
		}
		want[src] += count(t, f)
		f.Close()
	}
	if want["acled"] != 8 || want["ucdp"] != 106 || want["gdelt"] != 6 {
		t.Errorf("events per source %v", want)
	}

	// GDELT publishes zips holding one .CSV.
	zpath := rowstest.Zip(t, t.TempDir(), "../gdelt/testdata/20240101000000.export.CSV", "20240101000000.export.CSV")
	f, err := Open(ctx, zpath, "gdelt")
	if err != nil {
		t.Fatal(err)
	}
	if n := count(t, f); n != 6 || f.Name() != zpath+":20240101000000.export.CSV" {
		t.Errorf("zip: %d events from %s", n, f.Name())
	}
	f.Close()

	if _, err := Open(ctx, "../acled/testdata/acled_2024.csv", "ucdp"); err == nil {
		t.Error("ACLED file opened as UCDP")
	}
	if _, err := Open(ctx, "../acled/testdata/README.md", ""); err == nil || !strings.Contains(err.Error(), "README.md") {
		t.Errorf("unknown format: %v", err)
	}
	if _, err := Open(ctx, "x.csv", "acled2"); err == nil {
		t.Error("unknown source accepted")
	}
}

func TestTolerate(t *testing.T) {
	in := "event_id_cnty,event_date,fatalities\nA1,2020-01-01,1\nA2,2020-02-30,1\nA3,2020-01-03,x\nA4,2020-01-04,4\n"
	open := func() Reader {
		r, _, err := NewReader(strings.NewReader(in), "t.csv", "")
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	var rej bytes.Buffer
	tol := Tolerate(open(), 2, &rej)
	if n := count(t, tol); n != 2 {
		t.Errorf("%d events", n)
	}
	if want := "event_id_cnty,event_date,fatalities\nA2,2020-02-30,1\nA3,2020-01-03,x\n"; rej.String() != want {
		t.Errorf("reject file %q, want %q", rej.String(), want)
	}
	if r := tol.Rejected(); len(r) != 2 || r[0].Line != 3 || r[1].Column != "fatalities" {
		t.Errorf("rejected %v", r)
	}

	tol = Tolerate(open(), 1, nil)
	var err error
	for err == nil {
		_, err = tol.Next()
	}
	var re *RowError
	if !errors.Is(err, ErrTooManyBad) || !errors.As(err, &re) || re.Line != 4 {
		t.Errorf("second bad row with limit 1: %v", err)
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	f, err := Open(ctx, "../ucdp/testdata/ged231_caf_sample.csv", "")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var n int
	for ; n < 2000; n++ {
		if _, err = f.Next(); err != nil {
			break
		}
	}
	if n != 0 || !errors.Is(err, context.Canceled) {
		t.Errorf("read %d events after cancel: %v", n, err)
	}
}
