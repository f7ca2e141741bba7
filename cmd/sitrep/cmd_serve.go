package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

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
		s := server.New(st, server.Options{Token: *token, MaxPage: *maxPage, QueryTimeout: *timeout, Logger: log, CacheTTL: *cacheTTL})
		fmt.Fprintf(stdout, "serving %s on http://%s/\n", st.Name(), *addr)
		return s.ListenAndServe(ctx, *addr)
	}
	register(c)
}
