package geonames

import (
	"archive/zip"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Open opens a dump file for reading, unpacking it when GeoNames ships it
// packed: "allCountries.zip" (one .txt inside) or a gzipped copy. The name
// returned is the inner file's, for DetectKind.
func Open(path string) (io.ReadCloser, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, "", err
	}
	// A folder opens, and failed at its first read as "line 0".
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		f.Close()
		return nil, "", fmt.Errorf("%s: is a directory, not a GeoNames dump", path)
	}
	switch {
	case strings.HasSuffix(strings.ToLower(path), ".gz"):
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			if errors.Is(err, io.ErrUnexpectedEOF) {
				return nil, "", fmt.Errorf("%s: the compressed stream ends early, in its header (truncated: a cut download?): %w", path, err)
			}
			return nil, "", fmt.Errorf("%s: %w", path, err)
		}
		return readCloser{zr, f}, strings.TrimSuffix(path, path[len(path)-3:]), nil
	case strings.HasSuffix(strings.ToLower(path), ".zip"):
		st, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, "", err
		}
		zr, err := zip.NewReader(f, st.Size())
		if err != nil {
			f.Close()
			return nil, "", fmt.Errorf("%s: %w", path, err)
		}
		for _, zf := range zr.File {
			// GeoNames zips hold the table plus a readme.txt.
			if strings.HasSuffix(zf.Name, ".txt") && !strings.EqualFold(zf.Name, "readme.txt") {
				rc, err := zf.Open()
				if err != nil {
					f.Close()
					return nil, "", fmt.Errorf("%s: %s: %w", path, zf.Name, err)
				}
				return readCloser{rc, f}, zf.Name, nil
			}
		}
		f.Close()
		return nil, "", fmt.Errorf("%s: no .txt table inside", path)
	}
	return f, path, nil
}

type readCloser struct {
	io.Reader
	under io.Closer
}

func (r readCloser) Close() error {
	if c, ok := r.Reader.(io.Closer); ok {
		c.Close()
	}
	return r.under.Close()
}
