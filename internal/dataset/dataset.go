// Package dataset opens conflict-event dataset files of any supported
// source (ACLED, UCDP GED, GDELT), guessing the source from the content
// when not told, and reads them as one stream of events with per-row
// errors that a caller may tolerate up to a limit, keeping the rejects.
package dataset

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep-project/sitrep/internal/acled"
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/gdelt"
	"github.com/sitrep-project/sitrep/internal/loadsql"
	"github.com/sitrep-project/sitrep/internal/rows"
	"github.com/sitrep-project/sitrep/internal/ucdp"
)

// RowError is a bad row: file, line, column and the raw record. Readers
// return it from Next and can go on after it.
type RowError = rows.Error

// Reader is a stream of events. Next returns io.EOF at the end and a
// *RowError for a bad row, after which it can be called again; any other
// error ends the stream.
type Reader interface {
	Next() (event.Event, error)
}

// Sources are the sources Open knows.
var Sources = []string{acled.Source, ucdp.Source, gdelt.Source}

// Sniff guesses the source of a file from its first bytes: "acled",
// "ucdp" (GED CSV or API JSON), "gdelt", or "" when it cannot tell.
func Sniff(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		return ucdp.Source
	}
	line := head
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	low := strings.ToLower(string(line))
	switch {
	case strings.Contains(low, "event_id_cnty"):
		return acled.Source
	case strings.Contains(low, "date_start") && (strings.Contains(low, "type_of_violence") || strings.Contains(low, "relid")):
		return ucdp.Source
	}
	if n := bytes.Count(line, []byte{'\t'}) + 1; n == 57 || n == 58 || n == 61 {
		return gdelt.Source
	}
	return ""
}

// File is an open dataset file.
type File struct {
	source string
	path   string // on disk; "" when read from a zip
	member *zip.File
	tmp    string // the member, written out for a bulk load
	name   string
	r      Reader
	closer io.Closer
	ctx    context.Context
	n      int
}

// Open opens path as a file of source, or of the sniffed source when
// source is "". A .zip (as GDELT publishes) is read through its one data
// member. The context is checked as the file is read.
func Open(ctx context.Context, path, source string) (*File, error) {
	if source != "" && !known(source) {
		return nil, fmt.Errorf("dataset %s: unknown source %q (want %s)", path, source, strings.Join(Sources, ", "))
	}
	f := &File{name: path, ctx: ctx}
	var in io.Reader
	if strings.EqualFold(filepath.Ext(path), ".zip") {
		zr, err := zip.OpenReader(path)
		if err != nil {
			return nil, fmt.Errorf("dataset %s: %w", path, err)
		}
		var data []*zip.File
		for _, m := range zr.File {
			if !m.FileInfo().IsDir() && !strings.HasPrefix(filepath.Base(m.Name), ".") {
				data = append(data, m)
			}
		}
		if len(data) != 1 {
			zr.Close()
			return nil, fmt.Errorf("dataset %s: want one file in the zip, found %d", path, len(data))
		}
		rc, err := data[0].Open()
		if err != nil {
			zr.Close()
			return nil, fmt.Errorf("dataset %s: %w", path, err)
		}
		f.name = path + ":" + data[0].Name
		f.member = data[0]
		f.closer = closers{rc, zr}
		in = rc
	} else {
		osf, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("dataset: %w", err)
		}
		f.closer = osf
		f.path = path
		in = osf
	}
	r, src, err := NewReader(in, f.name, source)
	if err != nil {
		f.closer.Close()
		return nil, err
	}
	f.r, f.source = r, src
	return f, nil
}

// compressed names the compression head starts with, "" for none.
func compressed(head []byte) string {
	for _, m := range []struct{ magic, name string }{
		{"\x1f\x8b", "gzip"}, {"BZh", "bzip2"}, {"\xfd7zXZ\x00", "xz"}, {"\x28\xb5\x2f\xfd", "zstd"},
	} {
		if bytes.HasPrefix(head, []byte(m.magic)) {
			return m.name
		}
	}
	return ""
}

// utf16Text reports whether head is UTF-16: a byte-order mark, or a NUL
// in every other byte of its first characters (ASCII saved as UTF-16
// without a mark). A CSV of UTF-8 holds no NUL.
func utf16Text(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return true
	}
	if len(head) < 8 {
		return false
	}
	for _, off := range []int{0, 1} {
		nul := 0
		for i := off; i < 8; i += 2 {
			if head[i] == 0 && head[i^1] != 0 {
				nul++
			}
		}
		if nul == 4 {
			return true
		}
	}
	return false
}

// NewReader reads in as a file of source (sniffed when ""), named name in
// errors. It returns the reader and the source.
func NewReader(in io.Reader, name, source string) (Reader, string, error) {
	br := bufio.NewReaderSize(in, 64<<10)
	head, err := br.Peek(br.Size())
	if len(head) == 0 && err != nil && !errors.Is(err, io.EOF) {
		return nil, "", fmt.Errorf("dataset %s: %w", name, err)
	}
	if c := compressed(head); c != "" {
		// Read as text it was "cannot tell the source", or a wall of
		// bad rows when the source was given.
		return nil, "", fmt.Errorf("dataset %s: compressed with %s; decompress it first (of archives only .zip is read as it is)", name, c)
	}
	if utf16Text(head) {
		// Each reader met it differently (a header without its
		// columns, carriage returns alone, NUL bytes): name the cause.
		return nil, "", fmt.Errorf("dataset %s: UTF-16 text; save it as UTF-8", name)
	}
	sniffed := Sniff(head)
	if source == "" {
		source = sniffed
	}
	if source == "" && len(head) == 0 {
		return nil, "", fmt.Errorf("dataset %s: empty file", name)
	}
	switch source {
	case acled.Source:
		r, err := acled.NewReader(br, name)
		return r, source, err
	case ucdp.Source:
		if t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n"); len(t) > 0 && (t[0] == '{' || t[0] == '[') {
			r, err := ucdp.NewPageReader(br, name)
			return r, source, err
		}
		r, err := ucdp.NewReader(br, name)
		return r, source, err
	case gdelt.Source:
		r, err := gdelt.NewReader(br, name)
		return r, source, err
	case "":
		return nil, "", fmt.Errorf("dataset %s: cannot tell the source from the first line; give it (%s)", name, strings.Join(Sources, ", "))
	}
	return nil, "", fmt.Errorf("dataset %s: unknown source %q (want %s)", name, source, strings.Join(Sources, ", "))
}

func known(s string) bool {
	for _, k := range Sources {
		if k == s {
			return true
		}
	}
	return false
}

// Query returns the file's bulk-load query (see package loadsql), in which
// DuckDB reads and maps the file itself, with version in every event's
// provenance. ok is false when there is none: a path DuckDB would read as
// a pattern, or a source without one. The query maps rows exactly as Next
// would or fails; after a failure, Next still reads the file from its
// first row.
//
// DuckDB cannot read inside a zip, so a zip's member is first written out
// whole to the temporary directory, where it stays until Close: deflate
// runs at hundreds of MB/s, several times the speed of reading row by row.
func (f *File) Query(version string) (query string, ok bool, err error) {
	q, has := f.r.(interface {
		Query(path, docID, version string) (string, error)
	})
	if !has {
		return "", false, nil
	}
	path := f.path
	if f.member != nil {
		if path, err = f.extract(); err != nil {
			return "", false, err
		}
	}
	if !loadsql.Readable(path) {
		return "", false, nil
	}
	query, err = q.Query(path, f.name, version)
	return query, err == nil, err
}

// extract writes the zip's member to a temporary file, once.
func (f *File) extract() (string, error) {
	if f.tmp != "" {
		return f.tmp, nil
	}
	rc, err := f.member.Open()
	if err != nil {
		return "", fmt.Errorf("dataset %s: %w", f.name, err)
	}
	defer rc.Close()
	out, err := os.CreateTemp("", "sitrep-bulk-*"+filepath.Ext(f.member.Name))
	if err != nil {
		return "", fmt.Errorf("dataset %s: %w", f.name, err)
	}
	_, err = io.Copy(out, nulReader{ctxReader{f.ctx, rc}})
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if errors.Is(err, rows.ErrNUL) {
		// DuckDB's CSV reader would keep it; the reader names its line.
		os.Remove(out.Name())
		return "", fmt.Errorf("dataset %s: %w", f.name, err)
	}
	if err != nil {
		os.Remove(out.Name())
		return "", fmt.Errorf("dataset %s: writing it out for a bulk load: %w", f.name, err)
	}
	f.tmp = out.Name()
	return f.tmp, nil
}

// nulReader stops a copy at a NUL byte (rows.ErrNUL).
type nulReader struct{ r io.Reader }

func (n nulReader) Read(p []byte) (int, error) {
	k, err := n.r.Read(p)
	if bytes.IndexByte(p[:k], 0) >= 0 {
		return 0, rows.ErrNUL
	}
	return k, err
}

// ctxReader stops a copy when its context ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// Size is the bytes of data the file holds: a zip's member uncompressed.
// 0 when it cannot tell.
func (f *File) Size() int64 {
	if f.member != nil {
		return int64(f.member.UncompressedSize64)
	}
	fi, err := os.Stat(f.path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// Columns is the header as read, or nil when the file has none (a UCDP
// API page, whose events each name their keys).
func (f *File) Columns() []string {
	if c, ok := f.r.(interface{ Columns() []string }); ok {
		return c.Columns()
	}
	return nil
}

// Source is the file's source: "acled", "ucdp" or "gdelt".
func (f *File) Source() string { return f.source }

// Name is the path, and the member for a zip: "x.zip:x.CSV".
func (f *File) Name() string { return f.name }

// Next returns the next event, as the source's reader does.
func (f *File) Next() (event.Event, error) {
	if f.n++; f.n&1023 == 1 { // the first row, then every 1024th
		if err := f.ctx.Err(); err != nil {
			return event.Event{}, err
		}
	}
	return f.r.Next()
}

// Header is the file's header line, "" for headerless formats.
func (f *File) Header() string {
	if h, ok := f.r.(interface{ Header() string }); ok {
		return h.Header()
	}
	return ""
}

// Close closes the file and removes what Query wrote out.
func (f *File) Close() error {
	err := f.closer.Close()
	if f.tmp != "" {
		err = errors.Join(err, os.Remove(f.tmp))
		f.tmp = ""
	}
	return err
}

type closers []io.Closer

func (cs closers) Close() error {
	var errs []error
	for _, c := range cs {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}
