package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/narrative"
	"github.com/sitrep-project/sitrep/internal/server"
	"github.com/sitrep-project/sitrep/internal/store"
)

func init() {
	c := &command{name: "serve", usage: "serve [--db PATH|URL] [--addr HOST:PORT] [--token TOKEN]",
		summary: "serve the HTTP API and the web page; read-only unless a token is given"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		db := fs.String("db", store.DefaultPath, "store: a DuckDB file or a postgres:// URL")
		addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
		token := fs.String("token", os.Getenv("SITREP_TOKEN"), "bearer token that allows POST /api/ingest (default $SITREP_TOKEN; empty: read-only)")
		maxPage := fs.Int("max-page", server.DefaultMaxPage, "largest page of events one request may ask for")
		timeout := fs.Duration("query-timeout", server.DefaultQueryTimeout, "longest a request's database work may take")
		cacheTTL := fs.Duration("cache-ttl", 2*time.Second, "keep answers of read endpoints this long (negative: no cache)")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
		}
		st, err := store.Open(ctx, *db)
		if err != nil {
			return err
		}
		defer st.Close()
		log := slog.New(slog.NewTextHandler(stderr, nil))
		opt := server.Options{Token: *token, MaxPage: *maxPage, QueryTimeout: *timeout, Logger: log, CacheTTL: *cacheTTL}
		if *token != "" {
			opt.Ingest = uploadIngester(st, stderr)
		}
		s := server.New(st, opt)
		fmt.Fprintf(stdout, "serving %s on http://%s/\n", st.Name(), *addr)
		return s.ListenAndServe(ctx, *addr)
	}
	register(c)
}

// uploadIngester ingests an uploaded file as `sitrep ingest` would: the body
// is spooled to a temporary file named like the upload, so that sniffing,
// hashing, line-numbered errors and versions work the same. Articles are
// placed with the store's imported gazetteer, loaded on the first one and
// again after another import into the store (PostgreSQL lets one run while
// the server serves); a load that failed is tried again on the next
// article, not kept.
func uploadIngester(st *store.Store, stderr io.Writer) func(ctx context.Context, r io.Reader, up server.Upload) (any, error) {
	var (
		mu       sync.Mutex
		loaded   *narrative.Extractor
		loadedAt string // the gazetteer's stamp when loaded
	)
	extractor := func(ctx context.Context) (*narrative.Extractor, error) {
		mu.Lock()
		defer mu.Unlock()
		stamp, err := gazetteer.Stamp(ctx, st.DB())
		if err != nil {
			return nil, fmt.Errorf("the store's gazetteer: %w", err)
		}
		if loaded == nil || stamp != loadedAt {
			x, err := storeExtractor(ctx, st)
			if err != nil {
				return nil, fmt.Errorf("the store's gazetteer: %w", err)
			}
			loaded, loadedAt = x, stamp
		}
		return loaded, nil
	}
	return func(ctx context.Context, r io.Reader, up server.Upload) (any, error) {
		name, source := up.Name, up.Source
		name = filepath.Base(name)
		if name == "" || name == "." || name == "/" {
			name = "upload"
		}
		dir, err := os.MkdirTemp("", "sitrep-upload-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			return nil, err
		}
		if _, err := io.Copy(f, r); err != nil {
			f.Close()
			return nil, err
		}
		if err := f.Close(); err != nil {
			return nil, err
		}
		if source == "" {
			source = sniffSource(path)
		}
		res, err := ingestUpload(ctx, st, path, source, up, extractor, stderr)
		if err != nil {
			// The client knows its file by the name it gave, not by the
			// server's temporary folder.
			err = ingestFailed(ctx, path, err)
			return nil, &uploadError{err, strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")}
		}
		return res, nil
	}
}

// uploadError is an upload's error told with the client's file name.
type uploadError struct {
	err error
	msg string
}

func (e *uploadError) Error() string { return e.msg }
func (e *uploadError) Unwrap() error { return e.err }

// ingestUpload stores an uploaded file spooled to path.
func ingestUpload(ctx context.Context, st *store.Store, path, source string, up server.Upload,
	extractor func(context.Context) (*narrative.Extractor, error), stderr io.Writer) (any, error) {
	name := filepath.Base(path)
	if source == "article" {
		rd, err := readFileAt(func() (*narrative.Extractor, error) { return extractor(ctx) }, path, up.DCT)
		if err != nil {
			return nil, err
		}
		res, err := putReading(ctx, st, rd, name)
		if err != nil {
			return nil, err
		}
		// What could not be read goes back with the result.
		return struct {
			store.Result
			Warnings []string `json:"warnings,omitempty"`
		}{res, rd.Warnings}, nil
	}
	res, err := ingestDataset(ctx, st, path, source, datasetOptions{}, stderr)
	if err != nil {
		return nil, err
	}
	return res, nil
}
