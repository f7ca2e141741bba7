package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/codebook"
	"github.com/sitrep-project/sitrep/internal/datagen"
	"github.com/sitrep-project/sitrep/internal/rows/rowstest"
	"github.com/sitrep-project/sitrep/internal/store"
)

// TestMain lets a test run this binary as the sitrep command itself, so
// that a test can kill a real ingest process without building one.
func TestMain(m *testing.M) {
	if os.Getenv("SITREP_TEST_AS_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	if peer := os.Getenv("SITREP_TEST_PEER"); peer != "" {
		if err := runPeer(peer, os.Args[1:]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// sitrep runs a command in process and returns its exit code and output.
func sitrep(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

// storeState is what a failed ingest must leave untouched.
type storeState struct {
	versions []store.Version
	events   int64
}

func state(t *testing.T, db string) storeState {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var s storeState
	if s.versions, err = st.Versions(ctx, ""); err != nil {
		t.Fatal(err)
	}
	if err := st.DB().QueryRowContext(ctx, `SELECT count(*) FROM events`).Scan(&s.events); err != nil {
		t.Fatal(err)
	}
	return s
}

func (s storeState) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d events;", s.events)
	for _, v := range s.versions {
		fmt.Fprintf(&b, " v%d %s/%s %d rows current=%v;", v.ID, v.Source, v.Dataset, v.Rows, v.Current)
	}
	return b.String()
}

// acledRecords generates n ACLED rows, header first.
func acledRecords(t *testing.T, n int, seed uint64) [][]string {
	t.Helper()
	var buf bytes.Buffer
	if err := datagen.Write(&buf, datagen.Options{Source: "acled", Rows: n, Seed: seed}); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func col(header []string, name string) int {
	for i, h := range header {
		if h == name {
			return i
		}
	}
	panic("no column " + name)
}

// writeCSV writes records as CSV, with line i replaced by raw[i] when
// given (line 1 is the header).
func writeCSV(t *testing.T, path string, recs [][]string, raw map[int]string, prefix string) {
	t.Helper()
	var buf bytes.Buffer
	buf.WriteString(prefix)
	for i, r := range recs {
		if s, ok := raw[i+1]; ok {
			buf.WriteString(s + "\n")
			continue
		}
		w := csv.NewWriter(&buf)
		w.Write(r)
		w.Flush()
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func csvLine(r []string) string {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(r)
	w.Flush()
	return strings.TrimSuffix(buf.String(), "\n")
}

// TestIngestBadRows checks that a file with one bad row is refused whole
// with its file, line and column, leaving the store as it was; that
// --skip-bad takes it, keeping the row in a reject file; and that a BOM is
// no error at all.
func TestIngestBadRows(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.duckdb")
	good := acledRecords(t, 20, 1)
	h := good[0]
	goodPath := filepath.Join(dir, "good.csv")
	writeCSV(t, goodPath, good, nil, "")
	if code, _, stderr := sitrep(t, "ingest", "--db", db, goodPath); code != 0 {
		t.Fatalf("good file: exit %d: %s", code, stderr)
	}
	before := state(t, db)
	if before.events != 20 || len(before.versions) != 1 {
		t.Fatalf("after the good file: %v", before)
	}

	edit := func(f func(r []string) []string) string {
		r := append([]string(nil), good[5]...) // line 6
		return csvLine(f(r))
	}
	noCommas := func(r []string) []string {
		for i := range r {
			r[i] = strings.NewReplacer(",", " ", `"`, "").Replace(r[i])
		}
		return r
	}
	for _, c := range []struct {
		name string
		line string // line 6 as written
		want string // in the error
	}{
		{"truncated row", edit(func(r []string) []string { return r[:12] }), "line 6 column inter2: wrong number of fields: 12, header has 31"},
		{"bad date", edit(func(r []string) []string { r[col(h, "event_date")] = "2021-02-30"; return r }), "line 6 column event_date: bad date"},
		{"bad number", edit(func(r []string) []string { r[col(h, "fatalities")] = "7x"; return r }), "line 6 column fatalities: bad number"},
		{"bad coordinate", edit(func(r []string) []string { r[col(h, "latitude")] = "191.5"; return r }), "line 6 column latitude: bad number"},
		{"wrong delimiter", strings.Join(noCommas(append([]string(nil), good[5]...)), ";"), "line 6 column event_date: wrong number of fields: 1, header has 31"},
		{"extra column", edit(func(r []string) []string { return append(r, "surplus") }), "line 6: wrong number of fields: 32, header has 31"},
		{"stray quote", csvLine(good[5][:30]) + `,"1736467200"x`, "line 6: stray quote after a quoted field"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".csv")
			writeCSV(t, path, good, map[int]string{6: c.line}, "")
			before := state(t, db)
			code, _, stderr := sitrep(t, "ingest", "--db", db, "--dataset", "good", path)
			if code != 1 || !strings.Contains(stderr, path+" line") || !strings.Contains(stderr, c.want) {
				t.Fatalf("exit %d, stderr %q; want exit 1 and %q", code, stderr, c.want)
			}
			if after := state(t, db); after.String() != before.String() {
				t.Fatalf("store changed by a failed ingest:\nbefore %v\nafter  %v", before, after)
			}

			// One bad row allowed: the rest goes in, the row is kept.
			code, stdout, stderr := sitrep(t, "ingest", "--db", db, "--dataset", c.name, "--skip-bad", "1", path)
			if code != 0 || !strings.Contains(stdout, "19 events") || !strings.Contains(stderr, "1 bad rows skipped") {
				t.Fatalf("--skip-bad 1: exit %d\n%s\n%s", code, stdout, stderr)
			}
			rej, err := os.ReadFile(path + ".rejects")
			if err != nil {
				t.Fatal(err)
			}
			if want := csvLine(h) + "\n" + c.line + "\n"; string(rej) != want {
				t.Errorf("reject file\n got %q\nwant %q", rej, want)
			}
		})
	}

	t.Run("too many bad rows", func(t *testing.T) {
		path := filepath.Join(dir, "two_bad.csv")
		bad := func(i int) string {
			r := append([]string(nil), good[i]...)
			r[col(h, "event_date")] = "yesterday"
			return csvLine(r)
		}
		writeCSV(t, path, good, map[int]string{4: bad(3), 9: bad(8)}, "")
		now := state(t, db)
		code, _, stderr := sitrep(t, "ingest", "--db", db, "--skip-bad", "1", path)
		if code != 1 || !strings.Contains(stderr, "too many bad rows (more than 1)") || !strings.Contains(stderr, "line 9 column event_date") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if after := state(t, db); after.String() != now.String() {
			t.Fatalf("store changed:\nbefore %v\nafter  %v", now, after)
		}
		// Refused without --skip-bad, every bad row is listed, not only
		// the first.
		code, _, stderr = sitrep(t, "ingest", "--db", db, path)
		if code != 1 || !strings.Contains(stderr, "line 4 column event_date") || !strings.Contains(stderr, "also bad: "+path+" line 9 column event_date") ||
			!strings.Contains(stderr, "and 1 more bad rows") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})

	t.Run("BOM", func(t *testing.T) {
		path := filepath.Join(dir, "bom.csv")
		writeCSV(t, path, good, nil, "\xef\xbb\xbf")
		code, stdout, stderr := sitrep(t, "ingest", "--db", db, "--dataset", "bom", path)
		if code != 0 || !strings.Contains(stdout, "20 events") {
			t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
		}
		st, err := store.Open(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		var n int
		err = st.DB().QueryRow(`SELECT count(*) FROM events e JOIN source_versions v USING (version_id) WHERE v.dataset = 'bom' AND e.id = 'acled:' || $1`, good[1][0]).Scan(&n)
		if err != nil || n != 1 {
			t.Errorf("first event %q after a BOM: %d rows, %v", good[1][0], n, err)
		}
	})
}

// TestIngestIdempotent checks that the same file twice is one version, and
// that a changed file is a new version that replaces it.
func TestIngestIdempotent(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.duckdb")
	path := filepath.Join(dir, "2018-01-01-2024-10-31-sample.csv")
	recs := acledRecords(t, 50, 2)
	writeCSV(t, path, recs, nil, "")
	for i := 0; i < 2; i++ {
		if code, _, stderr := sitrep(t, "ingest", "--db", db, "--source", "acled", path); code != 0 {
			t.Fatalf("run %d: exit %d: %s", i, code, stderr)
		}
	}
	s := state(t, db)
	if len(s.versions) != 1 || s.events != 50 || s.versions[0].Release != "ACLED 2024-10-31" {
		t.Fatalf("after two ingests of one file: %v, release %q", s, s.versions[0].Release)
	}
	_, stdout, _ := sitrep(t, "ingest", "--db", db, path)
	if !strings.Contains(stdout, "unchanged (version 1, 50 events)") {
		t.Errorf("third ingest said %q", stdout)
	}
	writeCSV(t, path, recs[:41], nil, "")
	if code, _, stderr := sitrep(t, "ingest", "--db", db, path); code != 0 {
		t.Fatalf("changed file: exit %d: %s", code, stderr)
	}
	s = state(t, db)
	if len(s.versions) != 2 || s.versions[0].Current || !s.versions[1].Current || s.versions[1].Rows != 40 {
		t.Fatalf("after a changed file: %v", s)
	}
}

// TestIngestZip: a GDELT zip takes the bulk load (--bulk on fails
// otherwise), and when its member cannot be written out the ingest says
// so and reads it row by row, with the same events.
func TestIngestZip(t *testing.T) {
	dir := t.TempDir()
	zpath := rowstest.Zip(t, dir, "../../internal/gdelt/testdata/20240101000000.export.CSV", "20240101000000.export.CSV")
	bulk := filepath.Join(dir, "bulk.duckdb")
	if code, _, stderr := sitrep(t, "ingest", "--db", bulk, "--bulk", "on", zpath); code != 0 {
		t.Fatalf("bulk load of a zip: exit %d: %s", code, stderr)
	}
	t.Setenv("TMPDIR", filepath.Join(dir, "missing"))
	rows := filepath.Join(dir, "rows.duckdb")
	code, _, stderr := sitrep(t, "ingest", "--db", rows, zpath)
	if code != 0 || !strings.Contains(stderr, "no bulk load") || !strings.Contains(stderr, "reading row by row") {
		t.Fatalf("zip with no room to write it out: exit %d, stderr %q", code, stderr)
	}
	if a, b := state(t, bulk), state(t, rows); a.events != 6 || b.events != 6 {
		t.Errorf("events: bulk %d, row by row %d; want 6", a.events, b.events)
	}
}

// TestIngestGEDExport is the acceptance check on UCDP's GED for the
// Central African Republic: ingested twice and exported, it gives back
// every event with UCDP's id, dates, date precision and best/low/high.
func TestIngestGEDExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.duckdb")
	src := filepath.Join("..", "..", "internal", "demo", "data", "GEDEvent_v23_1_CAF.csv")
	for i := 0; i < 2; i++ {
		if code, stdout, stderr := sitrep(t, "ingest", "--db", db, "--source", "ucdp", src); code != 0 {
			t.Fatalf("ingest %d: exit %d\n%s%s", i, code, stdout, stderr)
		}
	}
	code, out, stderr := sitrep(t, "export", "--db", db, "--format", "csv")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	got, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(got)-1 != 1848 || len(want)-1 != 1848 {
		t.Fatalf("exported %d rows, file has %d; want 1848", len(got)-1, len(want)-1)
	}
	gh, wh := got[0], want[0]
	exported := map[string][]string{}
	for _, r := range got[1:] {
		exported[r[col(gh, "source_id")]] = r
	}
	for _, w := range want[1:] {
		id := w[col(wh, "id")]
		g, ok := exported[id]
		if !ok {
			t.Errorf("event %s not exported", id)
			continue
		}
		prec, ok := codebook.UCDPDatePrecision(w[col(wh, "date_prec")])
		if !ok {
			t.Fatalf("event %s: date_prec %q", id, w[col(wh, "date_prec")])
		}
		for _, c := range [][2]string{
			{g[col(gh, "id")], "ucdp:" + id},
			{g[col(gh, "date_start")], w[col(wh, "date_start")][:10]},
			{g[col(gh, "date_end")], w[col(wh, "date_end")][:10]},
			{g[col(gh, "date_precision")], prec.String()},
			{g[col(gh, "fatalities_best")], w[col(wh, "best")]},
			{g[col(gh, "fatalities_low")], w[col(wh, "low")]},
			{g[col(gh, "fatalities_high")], w[col(wh, "high")]},
		} {
			if c[0] != c[1] {
				t.Errorf("event %s: exported %q, GED has %q", id, c[0], c[1])
			}
		}
	}
}

// TestDiffCommand runs sitrep diff on two ACLED exports that differ by an
// added, an edited and a deleted event.
func TestDiffCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.duckdb")
	recs := acledRecords(t, 10, 3)
	h := recs[0]
	old := filepath.Join(dir, "old.csv")
	writeCSV(t, old, recs, nil, "")
	edited := append([][]string(nil), recs[:4]...)             // header and 3 events
	edited = append(edited, recs[5:]...)                       // event 4 deleted
	edited = append(edited, append([]string(nil), recs[1]...)) // a new event
	added := edited[len(edited)-1]
	added[0] = "NEW99"
	edited[2] = append([]string(nil), edited[2]...)
	edited[2][col(h, "fatalities")] = "12"
	edited[2][col(h, "admin2")] = "Elsewhere"
	nu := filepath.Join(dir, "new.csv")
	writeCSV(t, nu, edited, nil, "")
	for _, p := range []string{old, nu} {
		if code, _, stderr := sitrep(t, "ingest", "--db", db, "--dataset", "acled", "--release", filepath.Base(p), p); code != 0 {
			t.Fatalf("ingest %s: %s", p, stderr)
		}
	}
	code, stdout, stderr := sitrep(t, "diff", "--db", db, "acled", "old.csv", "current")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"+ acled:NEW99\t",
		"- acled:" + recs[4][0] + "\t",
		"~ acled:" + recs[2][0] + "\n",
		fmt.Sprintf("    fatalities: %q → \"12 (low 12, high 12)\"", fmt.Sprintf("%s (low %[1]s, high %[1]s)", recs[2][col(h, "fatalities")])),
		fmt.Sprintf("    admin2: %q → \"Elsewhere\"", recs[2][col(h, "admin2")]),
		"acled: version 1 (old.csv) → version 2 (new.csv): 1 added, 1 changed, 1 deleted, 8 unchanged",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("diff output lacks %q:\n%s", want, stdout)
		}
	}
	code, stdout, _ = sitrep(t, "diff", "--db", db, "--json", "acled", "1", "2")
	if code != 0 || strings.Count(stdout, "\n") != 4 || !strings.Contains(stdout, `"summary":`) {
		t.Errorf("--json: exit %d:\n%s", code, stdout)
	}
	if code, _, stderr := sitrep(t, "diff", "--db", db, "acled", "1", "7"); code != 1 || !strings.Contains(stderr, "no version 7") {
		t.Errorf("missing version: exit %d: %s", code, stderr)
	}
	if code, stdout, _ := sitrep(t, "versions", "--db", db, "--json"); code != 0 || strings.Count(stdout, `"version_id"`) != 2 {
		t.Errorf("versions --json: exit %d:\n%s", code, stdout)
	}
}

// TestIngestKilled kills an ingest process mid-file (SIGKILL: no chance to
// roll back) and checks that the store opens, holds exactly the versions
// that had finished, and that the same ingest then completes. The file has
// 300,000 rows, or SITREP_KILL_ROWS (2500000 for the full-size check).
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and ingests a large file")
	}
	n := 300000
	if s := os.Getenv("SITREP_KILL_ROWS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatalf("SITREP_KILL_ROWS: %v", err)
		}
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "t.duckdb")
	small := filepath.Join(dir, "small.csv")
	writeCSV(t, small, acledRecords(t, 100, 4), nil, "")
	if code, _, stderr := sitrep(t, "ingest", "--db", db, small); code != 0 {
		t.Fatalf("small file: %s", stderr)
	}
	before := state(t, db)

	big := filepath.Join(dir, "big.csv")
	if err := writeGenerated(big, datagen.Options{Source: "acled", Rows: n, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(self, "ingest", "--db", db, big)
	cmd.Env = append(os.Environ(), "SITREP_TEST_AS_MAIN=1")
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait for the first progress line that shows rows read: they are
	// then streaming into the open transaction (the bulk load reports MB).
	progressLine := regexp.MustCompile(`big\.csv: ([1-9]\d* rows|[1-9]\d* of \d+ MB)`)
	lines := bufio.NewScanner(errPipe)
	var seen string
	deadline := time.AfterFunc(10*time.Minute, func() { cmd.Process.Kill() })
	for lines.Scan() {
		if m := progressLine.FindStringSubmatch(lines.Text()); m != nil {
			seen = m[1]
			break
		}
	}
	deadline.Stop()
	if seen == "" {
		cmd.Wait()
		t.Fatalf("the ingest ended before any progress line")
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, errPipe)
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("ingest was not killed: %v", err)
	}
	t.Logf("killed after %s of %d rows", seen, n)

	if after := state(t, db); after.String() != before.String() {
		t.Fatalf("after the kill:\n got %v\nwant %v", after, before)
	}
	code, stdout, stderr := sitrep(t, "ingest", "--db", db, big)
	if code != 0 || !strings.Contains(stdout, fmt.Sprintf("%d events", n)) {
		t.Fatalf("ingest after the kill: exit %d\n%s\n%s", code, stdout, stderr)
	}
	after := state(t, db)
	if len(after.versions) != 2 || after.events != before.events+int64(n) {
		t.Fatalf("after the second ingest: %v", after)
	}
}
