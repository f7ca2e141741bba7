package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/dataset"
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/snapshot"
	"github.com/sitrep-project/sitrep/internal/store"
)

// ingestDataset streams one ACLED, UCDP or GDELT file into the store as a
// new version. A malformed row fails the whole file unless --skip-bad
// allows it; the rows allowed are kept verbatim in PATH.rejects and listed
// on stderr with line and error, so that nothing is dropped silently.
func ingestDataset(ctx context.Context, st *store.Store, path, source string, opt datasetOptions, stderr io.Writer) (store.Result, error) {
	hash, modified, nul, err := fileHash(path)
	if err != nil {
		return store.Result{}, err
	}
	rd, err := dataset.Open(ctx, path, source)
	if err != nil {
		return store.Result{}, err
	}
	defer rd.Close()
	release := opt.release
	if release == "" {
		release = snapshot.Release(rd.Source(), path, modified)
	}
	name := opt.dataset
	if name == "" {
		base := filepath.Base(path)
		name = strings.TrimSuffix(base, filepath.Ext(base))
	}
	if err := needCoordinates(rd); err != nil {
		return store.Result{}, err
	}
	meta := store.Meta{Source: rd.Source(), Dataset: name, Release: release, FileName: filepath.Base(path), FileHash: hash, NeedEvents: true}
	// DuckDB's CSV reader keeps a NUL byte, which the readers refuse with
	// its line (PostgreSQL cannot store it): such a file is read row by
	// row. A zip always holds NUL bytes; its member is checked as it is
	// written out for the bulk load (dataset.File.Query).
	if strings.EqualFold(filepath.Ext(path), ".zip") {
		nul = false
	}
	if opt.bulk != "off" && opt.skipBad == 0 && st.Kind() == store.DuckDB && !nul {
		if res, ok, err := bulkLoad(ctx, st, rd, meta, opt.bulk, stderr); ok {
			return res, err
		}
	}
	var src dataset.Reader = rd
	var tol *dataset.Tolerant
	var rejects *os.File
	if opt.skipBad > 0 {
		if rejects, err = os.Create(path + ".rejects"); err != nil {
			return store.Result{}, err
		}
		defer rejects.Close()
		tol = dataset.Tolerate(rd, opt.skipBad, rejects)
		src = tol
	}
	progress := newProgress(stderr, path)
	defer progress.done()
	next := func() (*event.Event, error) {
		e, err := src.Next()
		if err != nil {
			return nil, err
		}
		progress.tick()
		e.Provenance.Version = release
		return &e, nil
	}
	res, err := st.Ingest(ctx, meta, next)
	var re *dataset.RowError
	if errors.As(err, &re) {
		// The file is refused whole; list the other bad rows too, so that
		// one round of fixes is enough.
		progress.done()
		more := moreBadRows(rd, stderr)
		if more > 0 {
			err = fmt.Errorf("%w (and %d more bad rows after it)", err, more)
		}
	}
	if tol != nil {
		if n := len(tol.Rejected()); n > 0 {
			what := "skipped"
			if err != nil {
				what = "met before the file was refused"
			}
			fmt.Fprintf(stderr, "%s: %d bad rows %s, kept in %s:\n", path, n, what, rejects.Name())
			for _, re := range tol.Rejected() {
				fmt.Fprintf(stderr, "  %v\n", re)
			}
		} else {
			rejects.Close()
			os.Remove(rejects.Name())
		}
	}
	return res, err
}

// needCoordinates refuses an ACLED or UCDP GED file whose header lacks
// latitude or longitude. Both publish them for every event, so a file
// without them is an export with columns left out, and its events would
// be stored without coordinates: off the map, out of every bbox query and
// never matched by place, while geo_precision still said "point".
func needCoordinates(rd *dataset.File) error {
	cols := rd.Columns()
	if cols == nil || (rd.Source() != "acled" && rd.Source() != "ucdp") {
		return nil
	}
	var missing []string
	for _, want := range []string{"latitude", "longitude"} {
		if !slices.ContainsFunc(cols, func(c string) bool { return strings.EqualFold(strings.TrimSpace(c), want) }) {
			missing = append(missing, want)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return fmt.Errorf("%s line 1: no %s column: its events would have no coordinates (columns left out of the export? export it again with them)",
		rd.Name(), strings.Join(missing, " or "))
}

// bulkLoad lets DuckDB read and map the file itself (package loadsql),
// several times faster than reading it row by row. ok is false when the
// file has no such query, or the query stopped on a row it cannot map
// exactly as the reader would: the reader then ingests the file, and
// names the bad row if there is one. With mode "on" there is no second
// try: the query's own error is returned.
func bulkLoad(ctx context.Context, st *store.Store, rd *dataset.File, meta store.Meta, mode string, stderr io.Writer) (res store.Result, ok bool, err error) {
	q, ok, err := rd.Query(meta.Release)
	if !ok || err != nil {
		if mode == "on" {
			return res, true, fmt.Errorf("bulk load: %s has no bulk-load query (%v)", rd.Name(), err)
		}
		if err != nil { // a zip that could not be written out, say
			fmt.Fprintf(stderr, "%s: no bulk load (%v); reading row by row\n", rd.Name(), err)
		}
		return res, false, nil
	}
	stop := watchRead(stderr, rd.Name(), rd.Size())
	res, err = st.IngestQuery(ctx, meta, q)
	stop(err == nil, res.Version.Rows)
	var dup *store.DuplicateError
	if err == nil || ctx.Err() != nil || errors.As(err, &dup) {
		return res, true, err
	}
	if mode == "on" {
		// The query cannot say which row stopped it; the reader can.
		return res, true, fmt.Errorf("%s: bulk load stopped (%s): --bulk on names no line; --bulk auto or off reads the file row by row and names the line and column",
			rd.Name(), declined(err))
	}
	// Row by row is several times slower: say why.
	fmt.Fprintf(stderr, "%s: bulk load stopped (%s); reading row by row\n", rd.Name(), declined(err))
	return res, false, nil
}

// declined is the gist of why a bulk load stopped: the query's own
// reason ("bad event_date"), or the first line of DuckDB's.
func declined(err error) string {
	msg := err.Error()
	if _, why, ok := strings.Cut(msg, "bulk load: "); ok {
		msg = why
	}
	msg, _, _ = strings.Cut(msg, "\n")
	if r := []rune(msg); len(r) > 160 {
		msg = string(r[:160]) + "…"
	}
	return strings.TrimSpace(msg)
}

// maxListed bounds the bad rows listed after a refused file.
const maxListed = 20

// moreBadRows reads the rest of a refused file for its other bad rows,
// lists the first maxListed on w and returns how many there were.
func moreBadRows(r dataset.Reader, w io.Writer) int {
	n := 0
	for {
		_, err := r.Next()
		var re *dataset.RowError
		switch {
		case err == nil:
			continue
		case errors.As(err, &re):
			n++
			if n <= maxListed {
				fmt.Fprintf(w, "  also bad: %v\n", re)
			} else if n == maxListed+1 {
				fmt.Fprintln(w, "  …")
			}
			continue
		}
		return n
	}
}

// fileHash returns the file's SHA-256, which makes a second ingest of the
// same bytes a no-op, its modification time, and whether it holds a NUL
// byte (found on the same pass: a memchr beside the hash costs nothing).
func fileHash(path string) (string, time.Time, bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", time.Time{}, false, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return "", time.Time{}, false, err
	}
	h := sha256.New()
	var nul nulScan
	if _, err := io.Copy(io.MultiWriter(h, &nul), f); err != nil {
		return "", time.Time{}, false, fmt.Errorf("%s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), fi.ModTime(), bool(nul), nil
}

// nulScan notes whether a NUL byte was written to it.
type nulScan bool

func (n *nulScan) Write(p []byte) (int, error) {
	if !*n && bytes.IndexByte(p, 0) >= 0 {
		*n = true
	}
	return len(p), nil
}
