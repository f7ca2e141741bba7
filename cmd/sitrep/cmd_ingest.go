package main

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"

	"github.com/sitrep-project/sitrep/internal/dataset"
	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/narrative"
	"github.com/sitrep-project/sitrep/internal/store"
)

func init() {
	c := &command{name: "ingest", usage: "ingest [--db PATH|URL] [--source article|acled|ucdp|gdelt] [--dataset NAME] [--release TEXT] [--skip-bad N] [--bulk auto|on|off] [--memory SIZE] FILE…",
		summary: "read narratives or dataset files into the store, one transaction and one version per file"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		db := fs.String("db", store.DefaultPath, "store: a DuckDB file or a postgres:// URL")
		source := fs.String("source", "", "article, acled, ucdp or gdelt (sniffed when empty); an article read from /dev/stdin or /dev/fd/N is named piped- and the first 12 hex digits of its SHA-256, so different articles stay different documents")
		opt := datasetOptions{}
		fs.StringVar(&opt.dataset, "dataset", "", "the dataset each file's version belongs to, which the next version of it replaces (default: the file's stem; every dataset file of the run gets this one name). In a run of one article and no dataset file (a file, a named pipe or a stream), that document's name (default: the file's stem; piped- and a hash of its text for /dev/stdin or /dev/fd/N); a run of two or more articles and no dataset file is refused, as one name would make each article the next version of the one before; beside a dataset file, articles keep their own names")
		fs.StringVar(&opt.release, "release", "", `release label kept with the version and in each event's provenance (default: from the file name: "GED 23.1", ACLED's export day, GDELT's timestamp)`)
		fs.IntVar(&opt.skipBad, "skip-bad", 0, "accept up to N malformed rows per file, kept in FILE.rejects")
		fs.StringVar(&opt.bulk, "bulk", "auto", `datasets on DuckDB: "auto" lets DuckDB read and map the file itself, and reads it row by row when that stops on a row it cannot map as the reader does; "off" always reads row by row; "on" fails instead of falling back. A .zip's member is first written out to $TMPDIR`)
		dct := dctFlag(fs)
		memory := memoryFlag(fs, "ingesting a file")
		cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to this file")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			return fmt.Errorf("%w: want at least one FILE", errUsage)
		}
		when, err := parseDCT(*dct)
		if err != nil {
			return err
		}
		switch opt.bulk {
		case "auto", "on", "off":
		default:
			return fmt.Errorf("%w: --bulk %q: want auto, on or off", errUsage, opt.bulk)
		}
		switch *source {
		case "", "article", "acled", "ucdp", "gdelt":
		default:
			return fmt.Errorf("%w: --source %q: want article, acled, ucdp or gdelt", errUsage, *source)
		}
		// Every file is looked at before the first is stored: a mistyped
		// last name left the files before it ingested and the rest not.
		// A stream's or pipe's article is read here, once, and kept: it
		// cannot be read again, and refused after the store was made it
		// left an empty store.
		piped := map[string][]byte{}
		articles, datasets := 0, 0
		type seenDoc struct {
			path string
			sum  [sha256.Size]byte
		}
		docs := map[string]seenDoc{} // an article's document id: its first file
		for _, path := range fs.Args() {
			fi, err := os.Stat(path)
			if err != nil {
				return err
			}
			if fi.IsDir() {
				return fmt.Errorf("%s: is a directory, not a file", path)
			}
			// A dataset is read more than once (sniffed, hashed, then its
			// rows): a pipe's second open waits for a writer forever. An
			// article is read once, so a pipe or /dev/stdin serves.
			src := *source
			if src == "" {
				src = sniffSource(path)
			}
			if src != "article" && !fi.Mode().IsRegular() {
				hint := ""
				if *source == "" && !datasetName(path) {
					// Sniffed by its name, a pipe's source is a guess,
					// unless the name says it holds a dataset.
					hint = " (for an article, pass --source article)"
				}
				return fmt.Errorf("%s: not a regular file (%s): ingest reads a dataset more than once; save it to a file first%s", path, kindOf(fi.Mode()), hint)
			}
			// A file that cannot be opened (no read permission; a socket,
			// which no open reads) failed after the store was created,
			// leaving an empty store behind. A pipe is opened once only,
			// by its reader.
			if fi.Mode()&os.ModeSocket != 0 {
				return fmt.Errorf("%s: a socket, not a file", path)
			}
			switch {
			case src == "article":
				articles++
				// A file is read again when stored: an article refused
				// for its bytes left an empty store too.
				data, err := articleBytes(path)
				if err != nil {
					return err
				}
				// Two different articles of one stem ("a/ferry.txt",
				// "b/ferry.txt") are one document: the second was stored
				// as the next version of the first, which left the
				// current view without a word.
				id, sum := docID(path, data), sha256.Sum256(data)
				if prev, ok := docs[id]; ok && prev.sum != sum {
					return fmt.Errorf("%s and %s are both the document %q, so the second would replace the first: ingest them in runs of their own, or rename one", prev.path, path, id)
				} else if !ok {
					docs[id] = seenDoc{path, sum}
				}
				if !fi.Mode().IsRegular() || streamPath(path) {
					piped[path] = data
				}
			case fi.Mode().IsRegular():
				f, err := os.Open(path)
				if err != nil {
					return err
				}
				f.Close()
			}
			// A dataset's head (its compression, encoding, source and
			// header) is cheap to check and was checked only after the
			// store was made, so an unknown file left an empty store.
			if src != "article" {
				datasets++
				if err := checkDataset(ctx, path, src); err != nil {
					return err
				}
			}
		}
		// In a run holding a dataset file, --dataset is the dataset's
		// name, as it always was: an article beside it keeps its own, or
		// it would be stored anew under its stem by a later run of its
		// own. In a run of articles alone it names the one article; one
		// name for several made each the next version of the one before,
		// and only the last stayed current.
		articleName := opt.dataset
		if datasets > 0 {
			articleName = ""
		} else if opt.dataset != "" && articles > 1 {
			return fmt.Errorf("%w: --dataset names one document, and this run has %d articles: ingest each article to be named in a run of its own", errUsage, articles)
		}
		if *cpuprofile != "" {
			f, err := os.Create(*cpuprofile)
			if err != nil {
				return err
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				return err
			}
			defer pprof.StopCPUProfile()
		}
		st, err := store.Open(ctx, *db)
		if err != nil {
			return err
		}
		defer st.Close()
		var x *narrative.Extractor // the store's gazetteer's, made on the first narrative
		extractor := func() (*narrative.Extractor, error) {
			var err error
			if x == nil {
				x, err = storeExtractor(ctx, st)
			}
			return x, err
		}
		for _, path := range fs.Args() {
			src := *source
			if src == "" {
				src = sniffSource(path)
			}
			if src == "article" {
				data, ok := piped[path]
				if !ok {
					if data, err = articleBytes(path); err != nil {
						return ingestFailed(ctx, path, err)
					}
				}
				r, err := readData(extractor, path, articleName, data, when)
				if err != nil {
					return ingestFailed(ctx, path, err)
				}
				warn(stderr, path, r)
				res, err := putReading(ctx, st, r, path)
				if err != nil {
					return ingestFailed(ctx, path, err)
				}
				report(stdout, path, res)
				continue
			}
			if err := limitMemory(ctx, st, *memory, 128); err != nil {
				return err
			}
			res, err := ingestDataset(ctx, st, path, src, opt, stderr)
			if err != nil {
				if st.Kind() == store.DuckDB && strings.Contains(err.Error(), "Out of Memory") {
					err = fmt.Errorf("%w\n(raise --memory, now %q)", err, *memory)
				}
				return ingestFailed(ctx, path, err)
			}
			report(stdout, path, res)
		}
		return nil
	}
	register(c)
}

// checkDataset opens a dataset's file as its ingest will and refuses what
// would be refused only after the store was made: a missing coordinate
// column, or no row after the header. Such a file left an empty store, or
// when not first in the run, the files before it stored and the rest not.
func checkDataset(ctx context.Context, path, src string) error {
	rd, err := dataset.Open(ctx, path, src)
	if err != nil {
		return err
	}
	defer rd.Close()
	if err := needCoordinates(rd); err != nil {
		return err
	}
	// A bad first row is the ingest's to report (or skip, with
	// --skip-bad); only a file with no row at all is refused here.
	if _, err := rd.Next(); errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: %w", path, store.ErrNoEvents)
	}
	return nil
}

// ingestFailed says which file failed when the error does not (a
// duplicated id is found by the store, which knows no file), and that an
// interrupted file was not stored rather than "context canceled".
func ingestFailed(ctx context.Context, path string, err error) error {
	if ctx.Err() != nil {
		return &interrupted{path, err}
	}
	if !strings.Contains(err.Error(), path) {
		return fmt.Errorf("%s: %w", path, err)
	}
	return err
}

// interrupted is an ingest stopped by a signal. The file and the outcome
// come first, on one line; the store's words follow only when they are
// not the cancellation echoed back: PostgreSQL's driver reports the
// connection it closed, DuckDB's bulk load a second line.
type interrupted struct {
	path string
	err  error
}

func (e *interrupted) Error() string {
	msg := e.path + ": interrupted: nothing of this file was stored"
	if errors.Is(e.err, context.Canceled) {
		return msg
	}
	return msg + "; the store, as it stopped: " + strings.Join(strings.Fields(e.err.Error()), " ")
}

func (e *interrupted) Unwrap() error { return e.err }

// storeExtractor is the default extractor, placing names with the store's
// imported gazetteer when it holds one: an analyst who imported a
// country's GeoNames dump wants its villages on the events ingested.
func storeExtractor(ctx context.Context, st *store.Store) (*narrative.Extractor, error) {
	g, err := gazetteer.Load(ctx, st.DB(), "store "+st.Name())
	if err != nil {
		return nil, err
	}
	if g == nil {
		return narrative.Default(), nil
	}
	return narrative.New(g), nil
}

// memoryFlag adds --memory: DuckDB's memory limit while the command does
// what it is for.
func memoryFlag(fs *flag.FlagSet, doing string) *string {
	return fs.String("memory", "auto", `DuckDB memory limit while `+doing+`: a size ("1GB"), "auto" (128MB and 128MB per DuckDB thread; twice that for a Parquet export) or "" (DuckDB's default, 80% of RAM)`)
}

// limitMemory caps DuckDB's buffer memory in this process before a file
// is ingested or events are read out. DuckDB's default (80% of RAM) lets it
// keep every block it touches: an ingest of 2.5M ACLED rows took 1.9 GB,
// and the sort of a whole-store export 5.9 GB RSS, where capped the sort
// spills to the store's temporary folder. A bulk load, in which DuckDB
// reads and maps the file on every thread, needs room for each thread's
// row groups: "auto" gives 128 MB and 128 MB a thread (2.5M ACLED rows
// failed at 171 MB on 2 threads; at 384 MB they peaked at 513 MiB RSS, 1M
// GDELT rows at 839 MiB).
//
// autoMB is what "auto" gives per DuckDB thread and once more: 128 for
// most work, 256 for a Parquet export, whose row groups cannot spill (2.5M
// ACLED events ran out of memory at 384 MB, took 41 s at 512 MB and 15 s
// at 768 MB, peaking at 1.08 GB RSS; 4.7 GB with no limit).
func limitMemory(ctx context.Context, st *store.Store, limit string, autoMB int64) error {
	if limit == "" || st.Kind() != store.DuckDB {
		return nil
	}
	if limit == "auto" {
		var threads int64
		if err := st.DB().QueryRowContext(ctx, "SELECT current_setting('threads')").Scan(&threads); err != nil {
			return err
		}
		limit = fmt.Sprintf("%dMB", autoMB*(1+max(threads, 1)))
	}
	if _, err := st.DB().ExecContext(ctx, "SET memory_limit = '"+strings.ReplaceAll(limit, "'", "")+"'"); err != nil {
		return fmt.Errorf("%w: --memory %q: %v", errUsage, limit, err)
	}
	return nil
}

type datasetOptions struct {
	dataset, release, bulk string
	skipBad                int
}

func report(w io.Writer, path string, res store.Result) {
	if res.Unchanged {
		fmt.Fprintf(w, "%s: unchanged (version %d, %d events)\n", path, res.Version.ID, res.Version.Rows)
		return
	}
	fmt.Fprintf(w, "%s: version %d of %s/%s, %d events\n", path, res.Version.ID, res.Version.Source, res.Version.Dataset, res.Version.Rows)
}

// sniffSource tells narratives from datasets by extension; datasets are
// told apart by their header when the ingest opens them.
func sniffSource(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".wiki", ".wikitext", ".md":
		return "article"
	}
	return ""
}

// datasetName says whether a file's name marks it as a dataset's export
// that ingest reads: a CSV or TSV, a zip holding one, or a UCDP API page
// (JSON). A .gz is refused as compressed whatever its pipe, so it is no
// sign of a dataset.
func datasetName(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv", ".tsv", ".zip", ".json":
		return true
	}
	return false
}

// putReading stores a read document with its events, record and checks.
func putReading(ctx context.Context, st *store.Store, r *narrative.Reading, path string) (store.Result, error) {
	rec, err := json.Marshal(r.Conflict)
	if err != nil {
		return store.Result{}, err
	}
	ver, err := json.Marshal(r.Reconciliation)
	if err != nil {
		return store.Result{}, err
	}
	return st.PutDocument(ctx, store.Document{
		ID: r.DocID, Title: r.Title, Path: path, Format: r.Format, SHA256: r.SHA256,
		Body: r.Document.Text, Conflict: rec, Reconciliation: ver,
	}, r.Events)
}

// kindOf names a file mode that is not a regular file or a folder.
func kindOf(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeCharDevice != 0:
		return "a character device"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}
