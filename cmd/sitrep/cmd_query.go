package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/export"
	"github.com/sitrep-project/sitrep/internal/query"
	"github.com/sitrep-project/sitrep/internal/store"
)

func init() {
	c := &command{name: "query", usage: "query [--db PATH|URL] [filters] [--interval I] [--by DIM] | [--top N] | [--infobox] | [--span] | [--change] [--format table|json|csv|geojson]",
		summary: "list, count or summarise stored events with the API's filters"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		src := eventSourceFlags(fs)
		format := fs.String("format", "table", "table, json, csv or geojson (csv and geojson for event listings)")
		limit := fs.Int("limit", 0, "list at most N events (0: all)")
		interval := fs.String("interval", "", "aggregate by day, week, month, quarter or year")
		by := fs.String("by", "", "aggregate by event_type, sub_event_type, actor, country, admin1, source or cell")
		cell := fs.String("cell", "", "grid cell size in degrees for --by cell (default 0.5)")
		top := fs.Int("top", 0, "list the N actors in the most events")
		infobox := fs.Bool("infobox", false, "print the infobox: date span, parties and totals per side")
		span := fs.Bool("span", false, "print the first and last event")
		change := fs.Bool("change", false, "compare the latest --interval (default month) per country with the --periods before it")
		periods := fs.String("periods", "", "earlier periods in the --change baseline (default 3)")
		at := fs.String("at", "", "a day in the --change current period (default: the latest event's)")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
		}
		// Below zero they were taken as "all" and "not asked for".
		if *limit < 0 {
			return fmt.Errorf("%w: --limit %d: want 0 (all) or more", errUsage, *limit)
		}
		if *top < 0 || *top > 1000 {
			return fmt.Errorf("%w: --top %d: want 1 to 1000", errUsage, *top)
		}
		f, err := src.filter()
		if err != nil {
			return err
		}
		if *format != "table" {
			if _, err := export.ParseFormat(*format); err != nil || *format == "parquet" {
				return fmt.Errorf("%w: --format %q: want table, json, csv or geojson (parquet: use sitrep export)", errUsage, *format)
			}
		}
		st, err := src.open(ctx, 128, f)
		if err != nil {
			return err
		}
		defer st.Close()

		var out any
		switch {
		case *change:
			cv := url.Values{}
			setIf(cv, "interval", *interval)
			setIf(cv, "by", *by)
			setIf(cv, "periods", *periods)
			setIf(cv, "at", *at)
			spec, err := query.ParseChange(cv)
			if err != nil {
				return fmt.Errorf("%w: %v", errUsage, err)
			}
			rep, err := query.Compare(ctx, st, f, spec)
			if err != nil {
				return err
			}
			if *format == "table" {
				return query.WriteChange(stdout, rep)
			}
			out = rep
		case *top > 0:
			as, err := query.TopActors(ctx, st, f, *top)
			if err != nil {
				return err
			}
			if *format == "table" {
				return query.WriteActors(stdout, as)
			}
			out = map[string]any{"actors": as}
		case *infobox:
			ib, err := query.Box(ctx, st, f)
			if err != nil {
				return err
			}
			out = ib
		case *span:
			sp, err := query.FirstLast(ctx, st, f)
			if err != nil {
				return err
			}
			out = sp
		case *interval != "" || *by != "" || *cell != "":
			sv := url.Values{}
			setIf(sv, "interval", *interval)
			setIf(sv, "by", *by)
			setIf(sv, "cell", *cell)
			spec, err := query.ParseSpec(sv)
			if err != nil {
				return fmt.Errorf("%w: %v", errUsage, err)
			}
			bs, err := query.Aggregate(ctx, st, f, spec)
			if err != nil {
				return err
			}
			if *format == "table" {
				return query.WriteBuckets(stdout, bs)
			}
			out = map[string]any{"buckets": bs}
		default:
			return listEvents(ctx, st, f, *limit, *format, stdout)
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	register(c)
}

func setIf(v url.Values, k, s string) {
	if s != "" {
		v.Set(k, s)
	}
}

func listEvents(ctx context.Context, st *store.Store, f query.Filter, limit int, format string, stdout io.Writer) error {
	if format == "table" {
		t := query.NewTable(stdout)
		if _, err := query.Events(ctx, st, f, query.Page{Limit: limit}, func(e event.Event) error { return t.Write(&e) }); err != nil {
			return err
		}
		return t.Close()
	}
	ef, _ := export.ParseFormat(format)
	if limit == 0 {
		_, err := export.Write(ctx, st, f, ef, stdout)
		return err
	}
	var page []event.Event
	if _, err := query.Events(ctx, st, f, query.Page{Limit: limit}, func(e event.Event) error {
		page = append(page, e)
		return nil
	}); err != nil {
		return err
	}
	w, err := export.NewWriter(stdout, ef, export.KeysOf(page))
	if err != nil {
		return err
	}
	for i := range page {
		if err := w.Write(&page[i]); err != nil {
			return err
		}
	}
	return w.Finish()
}

// eventSource is what the commands that read events out of a store share
// (query, export, match): the store, DuckDB's memory while reading, and
// the API's filters.
type eventSource struct {
	db, memory *string
	filters    url.Values
}

func eventSourceFlags(fs *flag.FlagSet) eventSource {
	return eventSource{
		db:      fs.String("db", store.DefaultPath, "store: a DuckDB file or a postgres:// URL"),
		memory:  memoryFlag(fs, "reading"),
		filters: filterFlags(fs),
	}
}

// filter reads the filters; a bad one is a usage error.
func (s eventSource) filter() (query.Filter, error) {
	f, err := query.ParseFilter(s.filters)
	if err != nil {
		return f, fmt.Errorf("%w: %v", errUsage, err)
	}
	return f, nil
}

// open opens the store with DuckDB capped at --memory ("auto": autoMB a
// thread and once more), and checks that the versions f names are there.
func (s eventSource) open(ctx context.Context, autoMB int64, f query.Filter) (*store.Store, error) {
	st, err := openExisting(ctx, *s.db)
	if err != nil {
		return nil, err
	}
	if err := limitMemory(ctx, st, *s.memory, autoMB); err != nil {
		st.Close()
		return nil, err
	}
	if err := query.KnownVersions(ctx, st, f); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

// openExisting opens a store that a command only reads. store.Open makes
// a DuckDB file that is not there, so a mistyped --db answered with an empty
// store (no events, no versions) and left the new file behind.
func openExisting(ctx context.Context, db string) (*store.Store, error) {
	if db != "" && !store.IsPostgres(db) && !strings.HasPrefix(db, ":") {
		// A DuckDB path may carry options after "?" (access_mode=…).
		path, _, _ := strings.Cut(db, "?")
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("store %s does not exist (nothing was ingested there: check --db)", db)
		}
	}
	return store.Open(ctx, db)
}

// filterFlags adds one flag per API filter parameter, spelled the same, so
// that `sitrep query` and `sitrep export` take what GET /api/events takes.
// Each may be repeated.
func filterFlags(fs *flag.FlagSet) url.Values {
	v := url.Values{}
	for _, p := range query.FilterParams {
		name := p.Name
		fs.Func(strings.ReplaceAll(name, "_", "-"), p.Doc, func(s string) error {
			v.Add(name, s)
			return nil
		})
	}
	return v
}
