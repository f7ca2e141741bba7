package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/sitrep-project/sitrep/internal/demo"
	"github.com/sitrep-project/sitrep/internal/narrative"
	"github.com/sitrep-project/sitrep/internal/server"
	"github.com/sitrep-project/sitrep/internal/store"
)

func init() {
	c := &command{name: "demo", usage: "demo [--db PATH] [--addr HOST:PORT] [--load-only]",
		summary: "load the embedded seed article and UCDP sample into the store and serve the page"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		db := fs.String("db", store.DefaultPath, "store: a DuckDB file or a postgres:// URL")
		addr := fs.String("addr", "127.0.0.1:8080", "address to serve on")
		loadOnly := fs.Bool("load-only", false, "load the data and exit without serving")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		st, err := store.Open(ctx, *db)
		if err != nil {
			return err
		}
		defer st.Close()
		if err := loadDemo(ctx, st, stdout, stderr); err != nil {
			return err
		}
		if *loadOnly {
			return nil
		}
		log := slog.New(slog.NewTextHandler(stderr, nil))
		srv := server.New(st, server.Options{Logger: log})
		fmt.Fprintf(stdout, "serving http://%s/\n", *addr)
		return srv.ListenAndServe(ctx, *addr)
	}
	register(c)
}

// loadDemo ingests the embedded files; files already loaded are unchanged.
func loadDemo(ctx context.Context, st *store.Store, stdout, stderr io.Writer) error {
	tmp, err := os.MkdirTemp("", "sitrep-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	x := narrative.Default()
	for _, f := range demo.Files() {
		if f.Source == "article" {
			r, err := x.Read(f.Name, f.Data)
			if err != nil {
				return err
			}
			res, err := putReading(ctx, st, r, f.Name)
			if err != nil {
				return fmt.Errorf("demo %s: %w", f.Name, err)
			}
			report(stdout, f.Name, res)
			continue
		}
		path := filepath.Join(tmp, f.Name)
		if err := os.WriteFile(path, f.Data, 0o600); err != nil {
			return err
		}
		res, err := ingestDataset(ctx, st, path, f.Source, datasetOptions{release: "demo"}, stderr)
		if err != nil {
			return fmt.Errorf("demo %s: %w", f.Name, err)
		}
		report(stdout, f.Name, res)
	}
	return nil
}
