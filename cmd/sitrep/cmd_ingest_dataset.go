package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep-project/sitrep/internal/dataset"
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/store"
)

// ingestDataset streams one ACLED, UCDP or GDELT file into the store as a
// new version. A malformed row fails the whole file unless --skip-bad
// allows it; the rows allowed are kept verbatim in PATH.rejects and listed
// on stderr with line and error, so that nothing is dropped silently.
func ingestDataset(ctx context.Context, st *store.Store, path, source string, opt datasetOptions, stderr io.Writer) (store.Result, error) {
	hash, err := fileHash(path)
	if err != nil {
		return store.Result{}, err
	}
	rd, err := dataset.Open(ctx, path, source)
	if err != nil {
		return store.Result{}, err
	}
	defer rd.Close()
	name := opt.dataset
	if name == "" {
		base := filepath.Base(path)
		name = strings.TrimSuffix(base, filepath.Ext(base))
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
		return &e, nil
	}
	res, err := st.Ingest(ctx, store.Meta{Source: rd.Source(), Dataset: name, Release: opt.release, FileName: filepath.Base(path), FileHash: hash}, next)
	if tol != nil {
		if n := len(tol.Rejected()); n > 0 {
			fmt.Fprintf(stderr, "%s: %d bad rows skipped, kept in %s:\n", path, n, rejects.Name())
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

func fileHash(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
